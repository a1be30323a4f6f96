// The whole lifecycle on the in-memory book, moving the clock through the hold, a fraud hold,
// two payouts and refunds before and after payment. After every step the audit passes and every
// balance is what the ledger sums to; refused steps leave the book (and its ledger) unchanged.
import {
  auditBook,
  bookBalances,
  bookEvent,
  bookPayout,
  bookSale,
  emptyBook,
  type CommissionBook,
  type MemberBalance,
} from '../../../server/domain/commission';
import { DELIVERED, DUE, T0, at, codeOf, confirmEvent, sale } from './factories';

const balance = (book: CommissionBook, memberId: string): Omit<MemberBalance, 'memberId'> => {
  const { memberId: _id, ...rest } = bookBalances(book).get(memberId) ?? {
    memberId,
    pendingMinor: 0,
    confirmedMinor: 0,
    paidMinor: 0,
    owedMinor: 0,
  };
  return rest;
};
const b = (pendingMinor: number, confirmedMinor: number, paidMinor: number, owedMinor: number) => ({
  pendingMinor,
  confirmedMinor,
  paidMinor,
  owedMinor,
});

function expectSound(book: CommissionBook) {
  expect(auditBook(book)).toEqual([]);
}

/** Runs a refused step and proves the book is untouched. */
function expectRefused(book: CommissionBook, step: () => unknown, code: string) {
  const ledger = [...book.ledger];
  const commissions = new Map(book.commissions);
  expect(codeOf(step)).toBe(code);
  expect(book.ledger).toEqual(ledger);
  expect(book.commissions).toEqual(commissions);
}

test('a month of one recommender’s commissions', () => {
  const trust = new Map([['author', 50], ['resharer', 50]]);
  let book = emptyBook();
  expectSound(book);

  // t0: three sales through the author's recommendation, and a self-purchase.
  book = bookSale(book, sale({ commissionId: 'c1', saleId: 'o1', trustByMember: trust }), T0).book; // 1,000: 400 + 100 pending
  book = bookSale(book, sale({ commissionId: 'c2', saleId: 'o2', buyerId: 'carol', resharerId: null, trustByMember: trust }), T0).book; // 1,000: 500 pending
  book = bookSale(book, sale({ commissionId: 'c3', saleId: 'o3', buyerId: 'dan', resharerId: null, trustByMember: trust }), T0).book;
  const self = bookSale(book, sale({ commissionId: 'c4', saleId: 'o4', buyerId: 'author' }), T0);
  expect(self.result).toEqual({ opened: false, reason: 'SELF_PURCHASE' });
  expect(self.book).toBe(book);
  expectSound(book);
  expect(balance(book, 'author')).toEqual(b(1_400, 0, 0, 0));
  expect(balance(book, 'resharer')).toEqual(b(100, 0, 0, 0));
  expect(bookBalances(book).has('uncle')).toBe(false); // the buyer's inviter: nothing, ever

  // day 1: o3 refunded before delivery.
  book = bookEvent(book, 'c3', { type: 'REFUND' }, at(1));
  expectSound(book);
  expect(balance(book, 'author')).toEqual(b(900, 0, 0, 0));

  // delivered on day 2; confirming before the hold is over is refused and writes nothing.
  expectRefused(book, () => bookEvent(book, 'c1', confirmEvent(), at(10)), 'HOLD_NOT_OVER');
  expectRefused(book, () => bookEvent(book, 'c3', confirmEvent(), DUE), 'ILLEGAL_TRANSITION');
  expectRefused(book, () => bookEvent(book, 'c1', { type: 'PAY', payoutId: 'px' }, DUE), 'ILLEGAL_TRANSITION');
  expectRefused(book, () => bookEvent(book, 'nope', { type: 'REFUND' }, DUE), 'INVALID_ID');

  // DUE (delivery + hold): the re-sharer of o1 has an open fraud flag → c1 waits; c2 confirms.
  // The buyer of o2 said it held up: the author's trust is now 90 → the full base.
  const flagged = confirmEvent({ flaggedMemberIds: ['resharer'] });
  book = bookEvent(book, 'c1', flagged, DUE);
  book = bookEvent(book, 'c2', flagged, DUE);
  expectSound(book);
  expect(book.commissions.get('c1')?.fraudHold?.memberIds).toEqual(['resharer']);
  expect(balance(book, 'author')).toEqual(b(400, 1_000, 0, 0));
  expect(balance(book, 'resharer')).toEqual(b(100, 0, 0, 0));

  // DUE + 1: payout 1 pays c2 only.
  const p1 = bookPayout(book, at(1, DUE), { payoutId: 'p1' });
  book = p1.book;
  expectSound(book);
  expect(p1.batch.lines.map((l) => [l.memberId, l.netMinor])).toEqual([['author', 1_000]]);
  expect(balance(book, 'author')).toEqual(b(400, 0, 1_000, 0));

  // DUE + 2: o2 refunded after payment → REVERSED, the author owes 1,000.
  book = bookEvent(book, 'c2', { type: 'REFUND' }, at(2, DUE));
  expectSound(book);
  expect(balance(book, 'author')).toEqual(b(400, 0, 1_000, 1_000));
  expectRefused(book, () => bookEvent(book, 'c2', { type: 'REFUND' }, at(3, DUE)), 'ILLEGAL_TRANSITION');

  // DUE + 3: the admin clears the flag; c1 confirms with trust now (author 90, re-sharer 65).
  expectRefused(book, () => bookEvent(book, 'c1', confirmEvent(), at(3, DUE)), 'ON_FRAUD_HOLD');
  book = bookEvent(book, 'c1', { type: 'CLEAR_FRAUD_HOLD' }, at(3, DUE));
  book = bookEvent(book, 'c1', confirmEvent(), at(3, DUE));
  expectSound(book);
  expect(balance(book, 'author')).toEqual(b(0, 800, 1_000, 1_000));
  expect(balance(book, 'resharer')).toEqual(b(0, 150, 0, 0));

  // DUE + 4: payout 2: the author's 800 all goes to the debt (200 carried); the re-sharer gets 150.
  const p2 = bookPayout(book, at(4, DUE), { payoutId: 'p2' });
  book = p2.book;
  expectSound(book);
  expect(p2.batch.lines.map((l) => [l.memberId, l.netMinor, l.carriedOwedMinor])).toEqual([
    ['author', 0, 200],
    ['resharer', 150, 0],
  ]);
  expect(balance(book, 'author')).toEqual(b(0, 0, 1_000, 200));
  expect(balance(book, 'resharer')).toEqual(b(0, 0, 150, 0));

  // an empty payout changes nothing; the debt waits for the next confirmed commission.
  const p3 = bookPayout(book, at(5, DUE), { payoutId: 'p3' });
  expect(p3.batch.lines).toEqual([]);
  expect(p3.book.ledger).toEqual(book.ledger);
  expect(DELIVERED.getTime()).toBeLessThan(DUE.getTime());
});

test('the ledger only ever grows: each step keeps every earlier entry as it was', () => {
  let book = emptyBook();
  const snapshots: CommissionBook[] = [];
  const steps: ((b: CommissionBook) => CommissionBook)[] = [
    (x) => bookSale(x, sale(), T0).book,
    (x) => bookEvent(x, 'c1', confirmEvent(), DUE),
    (x) => bookPayout(x, at(1, DUE), { payoutId: 'p1' }).book,
    (x) => bookEvent(x, 'c1', { type: 'REFUND' }, at(2, DUE)),
  ];
  for (const step of steps) {
    snapshots.push(book);
    book = step(book);
    for (const earlier of snapshots) {
      expect(book.ledger.slice(0, earlier.ledger.length)).toEqual(earlier.ledger);
      earlier.ledger.forEach((e, i) => expect(book.ledger[i]).toBe(e));
    }
    expect(book.ledger.length).toBeGreaterThan(snapshots[snapshots.length - 1]!.ledger.length);
  }
});

test('a stored balance that drifts from the ledger is named by the audit', () => {
  const book = bookSale(emptyBook(), sale(), T0).book;
  const stored = [...bookBalances(book).values()].map((x) => (x.memberId === 'author' ? { ...x, pendingMinor: 401 } : x));
  expect(auditBook(book, stored).map((v) => [v.code, v.memberId])).toEqual([['BALANCE_MISMATCH', 'author']]);
});
