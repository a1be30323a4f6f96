// Each rule the audit checks, broken on purpose in otherwise sound data: the audit must name it.
import {
  auditCommissions,
  auditRowFor,
  bookBalances,
  bookEvent,
  bookPayout,
  bookSale,
  emptyBook,
  type AuditCommissionRow,
  type AuditInput,
  type LedgerEntry,
} from '../../../server/domain/commission';
import { DUE, T0, at, confirmEvent, sale } from './factories';

/** Sound data: c1 paid (author 800, re-sharer 150), c2 pending (author 500). */
function soundInput(): AuditInput {
  let book = bookSale(emptyBook(), sale(), T0).book;
  book = bookSale(book, sale({ commissionId: 'c2', saleId: 'o2', resharerId: null, buyerId: 'carol' }), T0).book;
  book = bookEvent(book, 'c1', confirmEvent(), DUE);
  book = bookPayout(book, at(1, DUE), { payoutId: 'p1' }).book;
  const commissions = [...book.commissions.values()].map((c) => auditRowFor(c, book.sales.get(c.id)!));
  return { commissions, ledger: book.ledger, balances: [...bookBalances(book).values()] };
}

const row = (input: AuditInput, id: string) => input.commissions.find((r) => r.commissionId === id)!;
const withRow = (input: AuditInput, id: string, change: (r: AuditCommissionRow) => AuditCommissionRow): AuditInput => ({
  ...input,
  commissions: input.commissions.map((r) => (r.commissionId === id ? change(r) : r)),
});
const codes = (input: AuditInput) => auditCommissions(input).map((v) => v.code);

describe('auditCommissions', () => {
  test('passes sound data', () => {
    expect(auditCommissions(soundInput())).toEqual([]);
    expect(auditCommissions({ commissions: [], ledger: [], balances: [] })).toEqual([]);
  });

  test('names a commission paid to an inviter of the buyer (a recruit’s purchase)', () => {
    const input = withRow(soundInput(), 'c1', (r) => ({ ...r, buyerInviterIds: ['resharer'] }));
    expect(auditCommissions(input)).toEqual([
      expect.objectContaining({ code: 'PAID_TO_INVITER', commissionId: 'c1', saleId: 'o1', memberId: 'resharer' }),
    ]);
  });

  test('names a share to someone who holds no seat, e.g. up an invitation chain', () => {
    const input = withRow(soundInput(), 'c2', (r) => ({
      ...r,
      provisionalShares: [...r.provisionalShares, { memberId: 'uncle', role: 'RESHARER', amountMinor: 0 }],
    }));
    expect(codes(input)).toEqual(['PAID_TO_INVITER', 'PAID_TO_NON_BENEFICIARY']);
  });

  test('names a share to the buyer', () => {
    const input = withRow(soundInput(), 'c1', (r) => ({ ...r, buyerId: 'resharer' }));
    expect(codes(input)).toEqual(['PAID_TO_BUYER']);
  });

  test('names a commission on a self-purchase', () => {
    const input = withRow(soundInput(), 'c2', (r) => ({ ...r, buyerId: 'author' }));
    expect(codes(input)).toEqual(['SELF_PURCHASE_COMMISSION']);
  });

  test('names more than two beneficiaries of one sale, across duplicate commissions too', () => {
    const sound = soundInput();
    const c1 = row(sound, 'c1');
    const third = { memberId: 'x', role: 'RESHARER' as const, amountMinor: 0 };
    const tooMany = withRow(sound, 'c1', (r) => ({ ...r, shares: [...(r.shares ?? []), third] }));
    expect(codes(tooMany)).toEqual(['PAID_TO_NON_BENEFICIARY', 'TOO_MANY_BENEFICIARIES', 'TOO_MANY_BENEFICIARIES']);

    const twin: AuditCommissionRow = { ...c1, commissionId: 'c9', resharerId: 'y', provisionalShares: [], shares: [{ memberId: 'y', role: 'RESHARER', amountMinor: 0 }], retainedMinor: 1_000 };
    const duplicated = { ...sound, commissions: [...sound.commissions, twin] };
    expect(codes(duplicated)).toEqual(['DUPLICATE_SALE_COMMISSION', 'TOO_MANY_BENEFICIARIES']);
  });

  test('names shares above the pool, and a split that does not add up', () => {
    const over = withRow(soundInput(), 'c1', (r) => ({ ...r, poolMinor: 900, retainedMinor: 0 }));
    expect(codes(over)).toEqual(expect.arrayContaining(['SHARES_EXCEED_POOL', 'SPLIT_UNBALANCED']));
    const unbalanced = withRow(soundInput(), 'c1', (r) => ({ ...r, retainedMinor: 49 }));
    expect(codes(unbalanced)).toEqual(['SPLIT_UNBALANCED']);
  });

  test('names amounts that are not whole fen without crashing', () => {
    const input = withRow(soundInput(), 'c2', (r) => ({
      ...r,
      provisionalShares: r.provisionalShares.map((s) => ({ ...s, amountMinor: 499.5 })),
    }));
    expect(codes(input)).toEqual(['INVALID_AMOUNT', 'LEDGER_COMMISSION_MISMATCH']);
  });

  test('names a stored balance that is not its ledger sum', () => {
    const sound = soundInput();
    const balances = sound.balances.map((b) => (b.memberId === 'resharer' ? { ...b, paidMinor: 151 } : b));
    expect(auditCommissions({ ...sound, balances })).toEqual([
      expect.objectContaining({ code: 'BALANCE_MISMATCH', memberId: 'resharer' }),
    ]);
    const missing = sound.balances.filter((b) => b.memberId !== 'author');
    expect(codes({ ...sound, balances: missing })).toEqual(['BALANCE_MISMATCH', 'BALANCE_MISMATCH']); // paid 800, pending 500
  });

  test('names a malformed ledger entry and leaves it out of the sums', () => {
    const sound = soundInput();
    const bad: LedgerEntry = { kind: 'ACCRUAL', account: 'PAID', memberId: 'author', commissionId: 'c2', amountMinor: 5, at: T0 };
    expect(codes({ ...sound, ledger: [...sound.ledger, bad] })).toEqual(['INVALID_LEDGER_ENTRY']);
  });

  test('names ledger lines that disagree with a commission, and the negative balance they cause', () => {
    const sound = soundInput();
    // a second payout of c1's author share, written by mistake
    const extra: LedgerEntry = { kind: 'PAYOUT', account: 'CONFIRMED', memberId: 'author', commissionId: 'c1', payoutId: 'p2', amountMinor: -800, at: at(2, DUE) };
    const ledger = [...sound.ledger, extra];
    expect(codes({ ...sound, ledger })).toEqual(['BALANCE_MISMATCH', 'NEGATIVE_BALANCE', 'LEDGER_COMMISSION_MISMATCH']);
  });

  test('names a commission whose status the ledger does not reflect', () => {
    const input = withRow(soundInput(), 'c2', (r) => ({ ...r, status: 'REVERSED', reversedFrom: 'PENDING' }));
    expect(auditCommissions(input)).toEqual([
      expect.objectContaining({ code: 'LEDGER_COMMISSION_MISMATCH', commissionId: 'c2', memberId: 'author' }),
    ]);
  });

  test('passes after a refund after payment, and after the debt is recovered', () => {
    let book = bookSale(emptyBook(), sale(), T0).book;
    book = bookEvent(book, 'c1', confirmEvent(), DUE);
    book = bookPayout(book, at(1, DUE), { payoutId: 'p1' }).book;
    book = bookEvent(book, 'c1', { type: 'REFUND' }, at(2, DUE));
    book = bookSale(book, sale({ commissionId: 'c2', saleId: 'o2' }), at(3, DUE)).book;
    book = bookEvent(book, 'c2', confirmEvent({ deliveredAt: at(4, DUE) }), at(20, DUE));
    book = bookPayout(book, at(21, DUE), { payoutId: 'p2' }).book;
    const rows = [...book.commissions.values()].map((c) => auditRowFor(c, book.sales.get(c.id)!));
    const input = { commissions: rows, ledger: book.ledger, balances: [...bookBalances(book).values()] };
    expect(auditCommissions(input)).toEqual([]);
    expect(bookBalances(book).get('author')).toMatchObject({ paidMinor: 800, owedMinor: 0 });
  });
});
