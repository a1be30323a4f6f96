import fc from 'fast-check';
import {
  balancesFromLedger,
  openCommission,
  payoutBatch,
  transitionCommission,
  type Commission,
} from '../../../server/domain/commission';
import { DUE, at, codeOf, confirmEvent, confirmed, deepFreeze, opened, sale } from './factories';

const NOW = at(3, DUE);
const owed = (entries: [string, number][]) => new Map(entries);

/** A confirmed commission for sale `n`, author `a` and re-sharer `r`, pool 1,000, full trust. */
function confirmedFor(n: number, a = 'author', r: string | null = 'resharer'): Commission {
  const trustByMember = new Map([[a, 100], ...(r ? [[r, 100] as [string, number]] : [])]);
  const c = opened({ commissionId: `c${n}`, saleId: `o${n}`, authorId: a, resharerId: r, trustByMember });
  return transitionCommission(c, confirmEvent({ trustByMember }), DUE).commission;
}

describe('payoutBatch', () => {
  test('pays every confirmed commission, one line per member, and marks them PAID', () => {
    const batch = payoutBatch([confirmedFor(1), confirmedFor(2, 'author', null)], owed([]), NOW, { payoutId: 'p1' });
    expect(batch.lines).toEqual([
      { memberId: 'author', commissionIds: ['c1', 'c2'], grossMinor: 1_800, owedBeforeMinor: 0, recoveredMinor: 0, netMinor: 1_800, carriedOwedMinor: 0 },
      { memberId: 'resharer', commissionIds: ['c1'], grossMinor: 200, owedBeforeMinor: 0, recoveredMinor: 0, netMinor: 200, carriedOwedMinor: 0 },
    ]);
    expect(batch.totalNetMinor).toBe(2_000);
    expect(batch.commissions.map((c) => [c.id, c.status, c.payoutId])).toEqual([
      ['c1', 'PAID', 'p1'],
      ['c2', 'PAID', 'p1'],
    ]);
    expect(batch.entries.filter((e) => e.account === 'PAID').map((e) => [e.memberId, e.amountMinor])).toEqual([
      ['author', 1_800],
      ['resharer', 200],
    ]);
  });

  test('deducts what a member owes, and writes the recovery', () => {
    const batch = payoutBatch([confirmedFor(1)], owed([['author', 300]]), NOW, { payoutId: 'p1' });
    expect(batch.lines[0]).toMatchObject({ grossMinor: 800, recoveredMinor: 300, netMinor: 500, carriedOwedMinor: 0 });
    expect(batch.entries.filter((e) => e.memberId === 'author' && e.account !== 'CONFIRMED').map((e) => [e.kind, e.account, e.amountMinor])).toEqual([
      ['PAYOUT', 'PAID', 500],
      ['ADJUSTMENT', 'OWED', 300],
    ]);
  });

  test('never pays a negative amount: a debt larger than the confirmed amount is carried forward', () => {
    const batch = payoutBatch([confirmedFor(1)], owed([['author', 1_500]]), NOW, { payoutId: 'p1' });
    expect(batch.lines[0]).toMatchObject({ grossMinor: 800, recoveredMinor: 800, netMinor: 0, carriedOwedMinor: 700 });
    expect(batch.entries.some((e) => e.memberId === 'author' && e.account === 'PAID')).toBe(false);
    expect(batch.commissions[0]?.status).toBe('PAID'); // its value settled part of the debt
  });

  test('every member’s payout lines sum to zero: money moves between accounts, none is created', () => {
    const batch = payoutBatch([confirmedFor(1), confirmedFor(2)], owed([['resharer', 250]]), NOW, { payoutId: 'p1' });
    const perMember = new Map<string, number>();
    for (const e of batch.entries) perMember.set(e.memberId, (perMember.get(e.memberId) ?? 0) + e.amountMinor);
    expect([...perMember.values()]).toEqual([0, 0]);
  });

  test('commissions with a flagged beneficiary wait, whole, and stay CONFIRMED', () => {
    const batch = payoutBatch([confirmedFor(1), confirmedFor(2, 'other', null)], owed([]), NOW, {
      payoutId: 'p1',
      heldMemberIds: ['resharer'],
    });
    expect(batch.skipped).toEqual([{ commissionId: 'c1', memberIds: ['resharer'] }]);
    expect(batch.commissions.map((c) => c.id)).toEqual(['c2']);
    expect(batch.lines.map((l) => l.memberId)).toEqual(['other']);
  });

  test('members whose share is 0 get no line', () => {
    const trustByMember = new Map([['author', 10], ['resharer', 100]]);
    const c = transitionCommission(opened({ trustByMember }), confirmEvent({ trustByMember }), DUE).commission;
    expect(payoutBatch([c], owed([]), NOW, { payoutId: 'p1' }).lines.map((l) => l.memberId)).toEqual(['resharer']);
  });

  test.each<[string, () => unknown, string]>([
    ['a commission listed twice', () => payoutBatch([confirmed(), confirmed()], owed([]), NOW, { payoutId: 'p1' }), 'INVALID_PAYOUT'],
    ['a pending commission', () => payoutBatch([confirmedFor(1), opened()], owed([]), NOW, { payoutId: 'p1' }), 'INVALID_PAYOUT'],
    ['a negative debt', () => payoutBatch([confirmed()], owed([['author', -5]]), NOW, { payoutId: 'p1' }), 'INVALID_AMOUNT'],
    ['no payout id', () => payoutBatch([confirmed()], owed([]), NOW, { payoutId: '' }), 'INVALID_ID'],
  ])('refuses %s, whole, without touching its input', (_name, fn, code) => {
    expect(codeOf(fn)).toBe(code);
  });

  test('does not mutate the commissions it pays', () => {
    const c = deepFreeze(confirmed());
    const before = structuredClone(c);
    payoutBatch([c], owed([]), NOW, { payoutId: 'p1' });
    expect(c).toEqual(before);
  });

  test('property: net ≥ 0, net + recovered = gross, carried = owed − recovered ≥ 0, ledger agrees', () => {
    const members = ['m1', 'm2', 'm3'];
    const saleArb = fc.record({
      price: fc.integer({ min: 1, max: 1_000_000 }),
      a: fc.constantFrom(...members),
      r: fc.constantFrom(...members),
      ta: fc.integer({ min: 0, max: 100 }),
      tr: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(saleArb, { maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 500_000 }), { minLength: 3, maxLength: 3 }), (sales, debts) => {
        const commissions: Commission[] = [];
        sales.forEach((s, i) => {
          const trustByMember = new Map([[s.a, s.ta], [s.r, s.tr]]);
          const opening = openCommission(sale({ commissionId: `c${i}`, saleId: `o${i}`, authorId: s.a, resharerId: s.r, unitPriceMinor: s.price, trustByMember, inviterIds: [] }), at(0));
          if (!opening.opened) return;
          commissions.push(transitionCommission(opening.commission, confirmEvent({ trustByMember }), DUE).commission);
        });
        const owedBy = new Map(members.map((m, i) => [m, debts[i] ?? 0]));
        const batch = payoutBatch(commissions, owedBy, NOW, { payoutId: 'p' });
        const sums = balancesFromLedger(batch.entries);
        for (const line of batch.lines) {
          expect(line.netMinor).toBeGreaterThanOrEqual(0);
          expect(line.netMinor + line.recoveredMinor).toBe(line.grossMinor);
          expect(line.carriedOwedMinor).toBe(line.owedBeforeMinor - line.recoveredMinor);
          expect(line.carriedOwedMinor).toBeGreaterThanOrEqual(0);
          expect(sums.get(line.memberId)).toEqual({
            memberId: line.memberId,
            pendingMinor: 0,
            confirmedMinor: 0 - line.grossMinor,
            paidMinor: line.netMinor,
            owedMinor: 0 - line.recoveredMinor, // (0 − x, not −x: no −0)
          });
        }
        expect(batch.totalNetMinor).toBe(batch.lines.reduce((t, l) => t + l.netMinor, 0));
      }),
      { numRuns: 300 },
    );
  });
});
