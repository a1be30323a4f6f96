import { holdDays, transitionCommission, type Commission } from '../../../server/domain/commission';
import {
  DAY,
  DELIVERED,
  DUE,
  T0,
  at,
  codeOf,
  confirmEvent,
  confirmed,
  deepFreeze,
  opened,
  paid,
} from './factories';

const amountsOf = (c: Commission) => (c.shares ?? []).map((s) => [s.memberId, s.amountMinor]);

describe('CONFIRM', () => {
  test('is refused before delivery, and until the hold after delivery is over', () => {
    const c = opened();
    expect(codeOf(() => transitionCommission(c, confirmEvent({ deliveredAt: null }), at(100)))).toBe('NOT_DELIVERED');
    expect(DUE.getTime()).toBe(DELIVERED.getTime() + holdDays() * DAY);
    expect(codeOf(() => transitionCommission(c, confirmEvent(), new Date(DUE.getTime() - 1)))).toBe('HOLD_NOT_OVER');
    const policy = { refundWindowDays: 7, ratingWindowDays: holdDays() + 10, marginDays: 1 };
    expect(codeOf(() => transitionCommission(c, confirmEvent({ policy }), DUE))).toBe('HOLD_NOT_OVER');
    expect(transitionCommission(c, confirmEvent({ policy }), at(holdDays(policy), DELIVERED)).commission.status).toBe('CONFIRMED');
  });

  test('at the end of the hold splits the pool with trust at confirmation, not at the sale', () => {
    const c = opened(); // provisional at trust 50/50: 400 + 100
    const { commission, entries } = transitionCommission(c, confirmEvent(), DUE);
    expect(commission.status).toBe('CONFIRMED');
    expect(commission.confirmedAt).toEqual(DUE);
    // trust 90 → factor 1: 800; trust 65 → factor ¾: 150; retained 50
    expect(amountsOf(commission)).toEqual([['author', 800], ['resharer', 150]]);
    expect(commission.retainedMinor).toBe(50);
    expect(commission.shares?.[1]).toMatchObject({ trust: 65, trustFactorBps: 7_500, weightBps: 1_500 });
    expect(entries.map((e) => [e.kind, e.account, e.memberId, e.amountMinor])).toEqual([
      ['CONFIRMATION', 'PENDING', 'author', -400],
      ['CONFIRMATION', 'PENDING', 'resharer', -100],
      ['CONFIRMATION', 'CONFIRMED', 'author', 800],
      ['CONFIRMATION', 'CONFIRMED', 'resharer', 150],
    ]);
    expect(entries.every((e) => e.commissionId === 'c1' && e.at === DUE)).toBe(true);
  });

  test('a verdict that sank the recommender’s trust lowers what this very sale pays', () => {
    const low = transitionCommission(opened(), confirmEvent({ trustByMember: new Map([['author', 18], ['resharer', 65]]) }), DUE);
    expect(amountsOf(low.commission)).toEqual([['author', 0], ['resharer', 150]]);
    expect(low.commission.retainedMinor).toBe(850);
  });

  test('needs the trust of every seat holder', () => {
    const trustByMember = new Map([['author', 90]]);
    expect(codeOf(() => transitionCommission(opened(), confirmEvent({ trustByMember }), DUE))).toBe('MISSING_TRUST');
  });

  test('is refused once confirmed, paid or reversed', () => {
    for (const c of [confirmed(), paid(), transitionCommission(opened(), { type: 'REFUND' }, at(1)).commission]) {
      expect(codeOf(() => transitionCommission(c, confirmEvent(), at(100)))).toBe('ILLEGAL_TRANSITION');
    }
  });
});

describe('fraud hold', () => {
  const flaggedAuthor = confirmEvent({ flaggedMemberIds: ['author', 'someone-else'] });

  test('a flagged beneficiary puts the whole commission on hold: still PENDING, nothing written', () => {
    const { commission, entries } = transitionCommission(opened(), flaggedAuthor, DUE);
    expect(commission.status).toBe('PENDING');
    expect(commission.fraudHold).toEqual({ since: DUE, memberIds: ['author'] });
    expect(commission.shares).toBeNull();
    expect(entries).toEqual([]);
  });

  test('a flag on someone without a seat changes nothing', () => {
    const { commission } = transitionCommission(opened(), confirmEvent({ flaggedMemberIds: ['uncle'] }), DUE);
    expect(commission.status).toBe('CONFIRMED');
  });

  test('waits until an admin clears it; the next CONFIRM re-checks flags', () => {
    const held = transitionCommission(opened(), flaggedAuthor, DUE).commission;
    expect(codeOf(() => transitionCommission(held, confirmEvent(), at(1, DUE)))).toBe('ON_FRAUD_HOLD');
    const cleared = transitionCommission(held, { type: 'CLEAR_FRAUD_HOLD' }, at(2, DUE));
    expect(cleared.commission.fraudHold).toBeNull();
    expect(cleared.entries).toEqual([]);
    // another flag still open: back on hold
    const again = transitionCommission(cleared.commission, confirmEvent({ flaggedMemberIds: ['resharer'] }), at(3, DUE));
    expect(again.commission.fraudHold?.memberIds).toEqual(['resharer']);
    const released = transitionCommission(again.commission, { type: 'CLEAR_FRAUD_HOLD' }, at(4, DUE)).commission;
    const done = transitionCommission(released, confirmEvent(), at(5, DUE)).commission;
    expect(done.status).toBe('CONFIRMED');
    expect(done.confirmedAt).toEqual(at(5, DUE));
  });

  test('CLEAR_FRAUD_HOLD is refused when there is no hold', () => {
    expect(codeOf(() => transitionCommission(opened(), { type: 'CLEAR_FRAUD_HOLD' }, DUE))).toBe('NOT_ON_HOLD');
    expect(codeOf(() => transitionCommission(confirmed(), { type: 'CLEAR_FRAUD_HOLD' }, DUE))).toBe('ILLEGAL_TRANSITION');
  });
});

describe('PAY', () => {
  test('only a CONFIRMED commission is paid; its shares leave CONFIRMED', () => {
    expect(codeOf(() => transitionCommission(opened(), { type: 'PAY', payoutId: 'p1' }, DUE))).toBe('ILLEGAL_TRANSITION');
    const { commission, entries } = transitionCommission(confirmed(), { type: 'PAY', payoutId: 'p1' }, at(1, DUE));
    expect(commission).toMatchObject({ status: 'PAID', payoutId: 'p1', paidAt: at(1, DUE) });
    expect(entries.map((e) => [e.kind, e.account, e.memberId, e.amountMinor, e.payoutId])).toEqual([
      ['PAYOUT', 'CONFIRMED', 'author', -800, 'p1'],
      ['PAYOUT', 'CONFIRMED', 'resharer', -150, 'p1'],
    ]);
    expect(codeOf(() => transitionCommission(commission, { type: 'PAY', payoutId: 'p2' }, at(2, DUE)))).toBe('ILLEGAL_TRANSITION');
    expect(codeOf(() => transitionCommission(confirmed(), { type: 'PAY', payoutId: '' }, DUE))).toBe('INVALID_ID');
  });
});

describe('REFUND', () => {
  test('before confirmation: REVERSED, the estimate leaves PENDING, no money moved', () => {
    const { commission, entries } = transitionCommission(opened(), { type: 'REFUND' }, at(5));
    expect(commission).toMatchObject({ status: 'REVERSED', reversedFrom: 'PENDING', reversedAt: at(5), shares: null });
    expect(entries.map((e) => [e.kind, e.account, e.amountMinor])).toEqual([
      ['REVERSAL', 'PENDING', -400],
      ['REVERSAL', 'PENDING', -100],
    ]);
  });

  test('while on a fraud hold: REVERSED too', () => {
    const held = transitionCommission(opened(), confirmEvent({ flaggedMemberIds: ['author'] }), DUE).commission;
    expect(transitionCommission(held, { type: 'REFUND' }, DUE).commission.status).toBe('REVERSED');
  });

  test('after confirmation, before payment: the shares leave CONFIRMED', () => {
    const { commission, entries } = transitionCommission(confirmed(), { type: 'REFUND' }, at(1, DUE));
    expect(commission.reversedFrom).toBe('CONFIRMED');
    expect(entries.map((e) => [e.kind, e.account, e.amountMinor])).toEqual([
      ['REVERSAL', 'CONFIRMED', -800],
      ['REVERSAL', 'CONFIRMED', -150],
    ]);
  });

  test('after payment: a negative adjustment the next payouts recover', () => {
    const { commission, entries } = transitionCommission(paid(), { type: 'REFUND' }, at(9, DUE));
    expect(commission).toMatchObject({ status: 'REVERSED', reversedFrom: 'PAID', payoutId: 'p1' });
    expect(entries.map((e) => [e.kind, e.account, e.memberId, e.amountMinor])).toEqual([
      ['ADJUSTMENT', 'OWED', 'author', -800],
      ['ADJUSTMENT', 'OWED', 'resharer', -150],
    ]);
  });

  test('twice is refused', () => {
    const reversed = transitionCommission(opened(), { type: 'REFUND' }, at(5)).commission;
    expect(codeOf(() => transitionCommission(reversed, { type: 'REFUND' }, at(6)))).toBe('ILLEGAL_TRANSITION');
  });
});

describe('refused transitions change nothing', () => {
  test.each<[string, () => Commission, Parameters<typeof transitionCommission>[1], Date]>([
    ['early CONFIRM', () => opened(), confirmEvent(), T0],
    ['PAY while pending', () => opened(), { type: 'PAY', payoutId: 'p' }, DUE],
    ['CONFIRM twice', () => confirmed(), confirmEvent(), at(1, DUE)],
    ['REFUND twice', () => transitionCommission(paid(), { type: 'REFUND' }, at(9, DUE)).commission, { type: 'REFUND' }, at(10, DUE)],
    ['CLEAR without hold', () => opened(), { type: 'CLEAR_FRAUD_HOLD' }, DUE],
    ['unknown event', () => opened(), { type: 'SHRED' } as never, DUE],
    ['invalid clock', () => opened(), { type: 'REFUND' }, new Date(Number.NaN)],
  ])('%s', (_name, make, event, now) => {
    const commission = make();
    const before = structuredClone(commission);
    expect(() => transitionCommission(deepFreeze(commission), event, now)).toThrow();
    expect(commission).toEqual(before);
  });

  test('a legal transition does not mutate its input either', () => {
    const commission = deepFreeze(opened());
    const before = structuredClone(commission);
    transitionCommission(commission, confirmEvent(), DUE);
    expect(commission).toEqual(before);
  });
});

describe('commissions rebuilt from rows are checked', () => {
  test.each<[string, (c: Commission) => Commission]>([
    ['shares on a pending commission', (c) => ({ ...c, shares: confirmed().shares })],
    ['a confirmed commission without shares', (c) => ({ ...confirmed(c), shares: null })],
    ['shares + retained ≠ pool', (c) => ({ ...confirmed(c), retainedMinor: 49 })],
    ['a share to someone without a seat', (c) => ({ ...c, provisionalShares: c.provisionalShares.map((s) => ({ ...s, memberId: 'x' })) })],
    ['provisional shares above the pool', (c) => ({ ...c, poolMinor: 100 })],
    ['reversedFrom on a live commission', (c) => ({ ...c, reversedFrom: 'PENDING' })],
    ['an unknown status', (c) => ({ ...c, status: 'LOST' as never })],
    ['a fraud hold after confirmation', (c) => ({ ...confirmed(c), fraudHold: { since: T0, memberIds: ['author'] } })],
    ['paid without a payout id', (c) => ({ ...paid(confirmed(c)), payoutId: null })],
  ])('refuses %s', (_name, corrupt) => {
    expect(codeOf(() => transitionCommission(corrupt(opened()), { type: 'REFUND' }, at(100)))).toBe('INVALID_COMMISSION');
  });

  test('refuses three seats', () => {
    const c = opened();
    const seats = [...c.seats, { memberId: 'x', role: 'RESHARER' as const }];
    expect(codeOf(() => transitionCommission({ ...c, seats }, { type: 'REFUND' }, at(1)))).toBe('INVALID_BENEFICIARIES');
  });
});
