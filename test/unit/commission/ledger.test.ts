import fc from 'fast-check';
import {
  assertLedgerEntry,
  balanceOf,
  balancesFromLedger,
  type LedgerEntry,
} from '../../../server/domain/commission';
import { T0, codeOf } from './factories';

const entry = (overrides: Partial<LedgerEntry>): LedgerEntry => ({
  kind: 'ACCRUAL',
  account: 'PENDING',
  memberId: 'm',
  commissionId: 'c',
  amountMinor: 100,
  at: T0,
  ...overrides,
});

describe('assertLedgerEntry', () => {
  test.each<[string, Partial<LedgerEntry>]>([
    ['an accrual outside PENDING', { account: 'CONFIRMED' }],
    ['a negative accrual', { amountMinor: -1 }],
    ['a positive reversal', { kind: 'REVERSAL', amountMinor: 5 }],
    ['a confirmation into PAID', { kind: 'CONFIRMATION', account: 'PAID' }],
    ['a payout crediting CONFIRMED', { kind: 'PAYOUT', account: 'CONFIRMED', payoutId: 'p', amountMinor: 5 }],
    ['a payout without payout id', { kind: 'PAYOUT', account: 'PAID', commissionId: undefined }],
    ['a clawback without commission id', { kind: 'ADJUSTMENT', account: 'OWED', amountMinor: -5, commissionId: undefined }],
    ['a recovery without payout id', { kind: 'ADJUSTMENT', account: 'OWED', amountMinor: 5 }],
    ['an adjustment outside OWED', { kind: 'ADJUSTMENT', account: 'PAID', amountMinor: -5 }],
    ['a zero amount', { amountMinor: 0 }],
    ['a zero adjustment', { kind: 'ADJUSTMENT', account: 'OWED', amountMinor: 0, payoutId: 'p' }],
    ['a fractional amount', { amountMinor: 1.5 }],
    ['an unsafe amount', { amountMinor: 2 ** 53 }],
    ['no member', { memberId: '' }],
    ['no commission id on an accrual', { commissionId: undefined }],
    ['an invalid date', { at: new Date(Number.NaN) }],
    ['an unknown kind', { kind: 'GIFT' as never }],
  ])('refuses %s', (_name, overrides) => {
    expect(codeOf(() => assertLedgerEntry(entry(overrides)))).toBe('INVALID_LEDGER_ENTRY');
  });

  test.each<[string, Partial<LedgerEntry>]>([
    ['an accrual', {}],
    ['a confirmation release', { kind: 'CONFIRMATION', amountMinor: -100 }],
    ['a confirmation credit', { kind: 'CONFIRMATION', account: 'CONFIRMED' }],
    ['a reversal of CONFIRMED', { kind: 'REVERSAL', account: 'CONFIRMED', amountMinor: -1 }],
    ['a payout of a commission', { kind: 'PAYOUT', account: 'CONFIRMED', payoutId: 'p', amountMinor: -1 }],
    ['a payout in cash', { kind: 'PAYOUT', account: 'PAID', payoutId: 'p', commissionId: undefined }],
    ['a clawback', { kind: 'ADJUSTMENT', account: 'OWED', amountMinor: -7 }],
    ['a recovery', { kind: 'ADJUSTMENT', account: 'OWED', amountMinor: 7, payoutId: 'p', commissionId: undefined }],
  ])('accepts %s', (_name, overrides) => {
    expect(() => assertLedgerEntry(entry(overrides))).not.toThrow();
  });
});

describe('balancesFromLedger', () => {
  const ledger: LedgerEntry[] = [
    entry({ memberId: 'a', amountMinor: 400 }),
    entry({ memberId: 'r', amountMinor: 100 }),
    entry({ kind: 'CONFIRMATION', memberId: 'a', amountMinor: -400 }),
    entry({ kind: 'CONFIRMATION', account: 'CONFIRMED', memberId: 'a', amountMinor: 800 }),
    entry({ kind: 'PAYOUT', account: 'CONFIRMED', memberId: 'a', amountMinor: -800, payoutId: 'p' }),
    entry({ kind: 'PAYOUT', account: 'PAID', memberId: 'a', amountMinor: 800, payoutId: 'p', commissionId: undefined }),
    entry({ kind: 'ADJUSTMENT', account: 'OWED', memberId: 'a', amountMinor: -800 }),
  ];

  test('balances are the sums of the entries, per member and account', () => {
    expect(balancesFromLedger(ledger)).toEqual(
      new Map([
        ['a', { memberId: 'a', pendingMinor: 0, confirmedMinor: 0, paidMinor: 800, owedMinor: 800 }],
        ['r', { memberId: 'r', pendingMinor: 100, confirmedMinor: 0, paidMinor: 0, owedMinor: 0 }],
      ]),
    );
    expect(balanceOf(ledger, 'r').pendingMinor).toBe(100);
    expect(balanceOf(ledger, 'nobody')).toEqual({ memberId: 'nobody', pendingMinor: 0, confirmedMinor: 0, paidMinor: 0, owedMinor: 0 });
    expect(balancesFromLedger([])).toEqual(new Map());
  });

  test('refuses a malformed entry anywhere in the ledger', () => {
    expect(codeOf(() => balancesFromLedger([...ledger, entry({ amountMinor: 0 })]))).toBe('INVALID_LEDGER_ENTRY');
  });

  test('property: every balance equals the plain sum of its entries, in any order', () => {
    const line = fc.oneof(
      fc.record({ kind: fc.constant('ACCRUAL' as const), account: fc.constant('PENDING' as const), sign: fc.constant(1) }),
      fc.record({ kind: fc.constant('REVERSAL' as const), account: fc.constantFrom('PENDING' as const, 'CONFIRMED' as const), sign: fc.constant(-1) }),
      fc.record({ kind: fc.constant('CONFIRMATION' as const), account: fc.constant('CONFIRMED' as const), sign: fc.constant(1) }),
      fc.record({ kind: fc.constant('PAYOUT' as const), account: fc.constant('PAID' as const), sign: fc.constant(1) }),
      fc.record({ kind: fc.constant('ADJUSTMENT' as const), account: fc.constant('OWED' as const), sign: fc.constantFrom(1, -1) }),
    );
    const entries = fc.array(
      fc.record({ line, memberId: fc.constantFrom('a', 'b', 'c'), amount: fc.integer({ min: 1, max: 1_000_000_000 }) }).map(
        ({ line: l, memberId, amount }): LedgerEntry => ({
          kind: l.kind,
          account: l.account,
          memberId,
          commissionId: 'c',
          payoutId: 'p',
          amountMinor: l.sign * amount,
          at: T0,
        }),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(entries, fc.func(fc.integer()), (es, order) => {
        const balances = balancesFromLedger(es);
        const shuffled = [...es].sort((x, y) => order(x) - order(y));
        expect(balancesFromLedger(shuffled)).toEqual(balances);
        for (const [memberId, b] of balances) {
          const plain = (account: string) =>
            es.filter((e) => e.memberId === memberId && e.account === account).reduce((t, e) => t + e.amountMinor, 0);
          expect(b.pendingMinor).toBe(plain('PENDING'));
          expect(b.confirmedMinor).toBe(plain('CONFIRMED'));
          expect(b.paidMinor).toBe(plain('PAID'));
          expect(b.owedMinor).toBe(0 - plain('OWED'));
        }
      }),
      { numRuns: 300 },
    );
  });
});
