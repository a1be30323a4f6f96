// Property-based proof of the split's invariants over arbitrary pools, trust scores, seat shapes
// and parameters: exact sums, never above the pool, never negative, never less for more trust.
import fc from 'fast-check';
import {
  splitCommission,
  trustFactorBps,
  type Beneficiary,
  type BeneficiaryRole,
  type SplitParams,
} from '../../../server/domain/commission';

const RUNS = { numRuns: 1_000 };

const trust = fc.double({ min: 0, max: 100, noNaN: true });
const pool = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
);
const params: fc.Arbitrary<SplitParams> = fc
  .record({
    authorBps: fc.integer({ min: 0, max: 10_000 }),
    resharerBps: fc.integer({ min: 0, max: 10_000 }),
    a: fc.double({ min: 0, max: 100, noNaN: true }),
    b: fc.double({ min: 0, max: 100, noNaN: true }),
  })
  .filter((p) => p.authorBps + p.resharerBps <= 10_000 && p.a !== p.b)
  .map((p) => ({
    authorBps: p.authorBps,
    resharerBps: p.resharerBps,
    trustFloor: Math.min(p.a, p.b),
    trustFull: Math.max(p.a, p.b),
  }));
const roles = fc.constantFrom<BeneficiaryRole[]>([], ['AUTHOR'], ['RESHARER'], ['AUTHOR', 'RESHARER'], ['RESHARER', 'AUTHOR']);
const beneficiaries: fc.Arbitrary<Beneficiary[]> = roles.chain((rs) =>
  fc.tuple(...rs.map(() => trust)).map((ts) => rs.map((role, i) => ({ memberId: `m${i}`, role, trust: ts[i] ?? 0 }))),
);

const sum = (xs: readonly number[]) => xs.reduce((t, x) => t + BigInt(x), 0n);

describe('splitCommission properties', () => {
  test('shares + retained = pool exactly; shares never negative, never above the pool', () => {
    fc.assert(
      fc.property(pool, beneficiaries, params, (p, bs, ps) => {
        const split = splitCommission(p, bs, ps);
        const amounts = split.shares.map((s) => s.amountMinor);
        for (const x of [...amounts, split.retainedMinor]) {
          expect(Number.isSafeInteger(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
        }
        expect(sum(amounts) + BigInt(split.retainedMinor)).toBe(BigInt(p));
        expect(sum(amounts) <= BigInt(p)).toBe(true);
      }),
      RUNS,
    );
  });

  test('the parts add up exactly to what is paid: floor(pool × Σweight / 10⁴)', () => {
    fc.assert(
      fc.property(pool, beneficiaries, params, (p, bs, ps) => {
        const split = splitCommission(p, bs, ps);
        const weight = sum(split.shares.map((s) => s.weightBps));
        expect(sum(split.shares.map((s) => s.amountMinor))).toBe((BigInt(p) * weight) / 10_000n);
        for (const s of split.shares) {
          const exact = BigInt(p) * BigInt(s.weightBps);
          const floor = exact / 10_000n;
          const amount = BigInt(s.amountMinor);
          expect(amount === floor || amount === floor + 1n).toBe(true); // at most one remainder fen
          expect(amount * 10_000n < exact + 10_000n).toBe(true); // never a fen above entitlement, rounded up
        }
      }),
      RUNS,
    );
  });

  test('more trust never earns less (others fixed)', () => {
    fc.assert(
      fc.property(pool, beneficiaries, params, fc.nat(), trust, (p, bs, ps, pick, raised) => {
        fc.pre(bs.length > 0);
        const i = pick % bs.length;
        const before = bs[i]!;
        const lower = Math.min(before.trust, raised);
        const higher = Math.max(before.trust, raised);
        const withTrust = (t: number) => bs.map((b, j) => (j === i ? { ...b, trust: t } : b));
        const low = splitCommission(p, withTrust(lower), ps).shares[i]!.amountMinor;
        const high = splitCommission(p, withTrust(higher), ps).shares[i]!.amountMinor;
        expect(high).toBeGreaterThanOrEqual(low);
      }),
      RUNS,
    );
  });

  test('the trust factor is non-decreasing and within [0, 10⁴]', () => {
    fc.assert(
      fc.property(trust, trust, params, (x, y, ps) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const flo = trustFactorBps(lo, ps);
        const fhi = trustFactorBps(hi, ps);
        expect(flo).toBeLessThanOrEqual(fhi);
        expect(flo).toBeGreaterThanOrEqual(0);
        expect(fhi).toBeLessThanOrEqual(10_000);
        expect(Number.isInteger(flo) && Number.isInteger(fhi)).toBe(true);
      }),
      RUNS,
    );
  });

  test('the order the beneficiaries are given in does not change anyone’s amount', () => {
    fc.assert(
      fc.property(pool, beneficiaries, params, (p, bs, ps) => {
        const forward = splitCommission(p, bs, ps);
        const backward = splitCommission(p, [...bs].reverse(), ps);
        const byMember = (s: typeof forward) => new Map(s.shares.map((x) => [x.memberId, x.amountMinor]));
        expect(byMember(backward)).toEqual(byMember(forward));
        expect(backward.retainedMinor).toBe(forward.retainedMinor);
      }),
      RUNS,
    );
  });

  test('a beneficiary below the trust floor earns nothing; at full trust, their whole base floor', () => {
    fc.assert(
      fc.property(pool, beneficiaries, params, (p, bs, ps) => {
        const split = splitCommission(p, bs, ps);
        for (const s of split.shares) {
          if (s.trust <= ps.trustFloor) expect(s.amountMinor).toBe(0);
          if (s.trust >= ps.trustFull) {
            expect(BigInt(s.amountMinor) >= (BigInt(p) * BigInt(s.baseBps)) / 10_000n).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});
