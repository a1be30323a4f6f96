import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  applyVerdict,
  decayTrust,
  DEFAULT_TRUST_PARAMS as P,
  deriveTrust,
  newcomerTrust,
  TrustRuleError,
  type MemberTrust,
} from '../../../server/domain/trust';
import { daysAfter, rater, T0, verdict } from './fixtures';

const established = (): MemberTrust =>
  deriveTrust({ vouchedPositive: 18, vouchedNegative: 2, unvouchedPositive: 1, unvouchedNegative: 0.2 }, 0.7, T0);

describe('applyVerdict: the immediate update', () => {
  test('a held-up verdict from a vouched buyer lifts a newcomer by 10 points, a let-down lowers by 10', () => {
    const up = applyVerdict(newcomerTrust(T0), verdict(), T0);
    expect(up.next.score).toBe(60);
    expect(up.delta).toBe(10);
    expect(up.weight).toBe(1);
    expect(up.next.vouchedPositive).toBe(1);
    // A let-down weighs letDownWeight (2): (0 + 2) / (2 + 4) = 33.3.
    const down = applyVerdict(newcomerTrust(T0), verdict({ heldUp: false }), T0);
    expect(down.next.score).toBe(33.3);
    expect(down.delta).toBe(-16.7);
    expect(down.next.vouchedNegative).toBe(P.letDownWeight);
  });

  test('delta is after − before, one decimal, and the recommender keeps their own reach', () => {
    const before = established();
    const { next, delta } = applyVerdict(before, verdict({ heldUp: false, orderValueMinor: 30_000 }), T0);
    expect(delta).toBe(Math.round((next.score - before.score) * 10) / 10);
    expect(next.reach).toBe(before.reach);
  });

  test('the weight grows with the rater’s reach: a brand-new account counts a tenth', () => {
    const full = applyVerdict(newcomerTrust(T0), verdict({ raterTrust: rater(1) }), T0);
    const half = applyVerdict(newcomerTrust(T0), verdict({ raterTrust: rater(0.5) }), T0);
    const fresh = applyVerdict(newcomerTrust(T0), verdict({ raterTrust: newcomerTrust(T0) }), T0);
    expect(full.weight).toBe(1);
    expect(half.weight).toBeCloseTo(0.55, 12);
    expect(fresh.weight).toBeCloseTo(P.minVoice, 12);
    expect(full.delta).toBeGreaterThan(half.delta);
    expect(half.delta).toBeGreaterThan(fresh.delta);
    expect(fresh.next.unvouchedPositive).toBeCloseTo(P.minVoice, 12);
    expect(fresh.next.vouchedPositive).toBe(0);
  });

  test('the weight grows with the order value', () => {
    const cheap = applyVerdict(newcomerTrust(T0), verdict({ orderValueMinor: 990 }), T0);
    const dear = applyVerdict(newcomerTrust(T0), verdict({ orderValueMinor: 90_000 }), T0);
    expect(cheap.weight).toBe(P.minValueFactor);
    expect(dear.weight).toBe(P.maxValueFactor);
    expect(dear.delta).toBeGreaterThan(cheap.delta);
  });

  test('repeated verdicts of one buyer on one recommender weigh 1, 1/2, 1/4, ...', () => {
    const weights = [0, 1, 2, 3].map(
      (k) => applyVerdict(newcomerTrust(T0), verdict({ previousRatingsByRaterOfRecommender: k }), T0).weight,
    );
    expect(weights).toEqual([1, 0.5, 0.25, 0.125]);
  });

  test('reciprocal and ring verdicts are damped', () => {
    const pair = applyVerdict(newcomerTrust(T0), verdict({ reciprocal: true }), T0);
    const ring = applyVerdict(newcomerTrust(T0), verdict({ inRing: true }), T0);
    expect(pair.weight).toBe(P.reciprocalDamping);
    // Inside one flagged ring a rater vouches for nothing: only the unvouched voice (minVoice) is left.
    expect(ring.weight).toBeCloseTo(P.ringDamping * P.minVoice, 12);
    expect(ring.next.vouchedPositive).toBe(0);
  });

  test('self-dealing moves nothing: the very same state comes back', () => {
    const before = established();
    const out = applyVerdict(before, verdict({ selfDealing: true, orderValueMinor: 90_000 }), daysAfter(30));
    expect(out.next).toBe(before);
    expect(out).toEqual({ next: before, delta: 0, faded: 0, weight: 0, baseWeight: 0, said: 0, share: 1 });
  });

  test('a refund is a "did not hold up" of refundWeight', () => {
    const out = applyVerdict(newcomerTrust(T0), verdict({ heldUp: false, cause: 'REFUND' }), T0);
    expect(out.weight).toBe(P.refundWeight * P.letDownWeight);
    expect(out.next.vouchedNegative).toBe(P.refundWeight * P.letDownWeight);
  });

  test('weak evidence counts weakEvidenceFactor', () => {
    const out = applyVerdict(newcomerTrust(T0), verdict({ weak: true }), T0);
    expect(out.weight).toBe(P.weakEvidenceFactor);
    expect(out.next.vouchedPositive).toBe(P.weakEvidenceFactor);
  });

  test("a rater's budget is shared by everything they have said: past vouchBudget, a verdict counts budget / given", () => {
    const within = applyVerdict(newcomerTrust(T0), verdict({ raterGiven: P.vouchBudget - 1 }), T0);
    expect(within.next.vouchedPositive).toBe(1);
    const past = applyVerdict(newcomerTrust(T0), verdict({ raterGiven: 4 * P.vouchBudget - 1 }), T0);
    expect(past.next.vouchedPositive).toBeCloseTo(1 / 4, 12);
    expect(past.weight).toBeCloseTo(1 / 4, 12);
  });

  test('stars are recorded, not evidence: 1 star and 5 stars on a held-up verdict weigh the same', () => {
    const five = applyVerdict(established(), verdict({ stars: 5 }), T0);
    const one = applyVerdict(established(), verdict({ stars: 1 }), T0);
    expect(one).toEqual(five);
  });

  test('stored evidence decays to now before the verdict is added', () => {
    const before = established();
    const later = daysAfter(P.halfLifeDays);
    const out = applyVerdict(before, verdict({ at: later }), later);
    const decayed = decayTrust(before, later);
    expect(out.next.vouchedPositive).toBeCloseTo(decayed.vouchedPositive + 1, 12);
    expect(out.next.vouchedNegative).toBeCloseTo(before.vouchedNegative / 2, 12);
    expect(out.next.evidenceAt).toBe(later.toISOString());
  });

  test('faded is the part of delta that decay alone gives; a held-up verdict can still lower a high score', () => {
    const before = established();
    const later = daysAfter(60);
    const out = applyVerdict(before, verdict({ raterTrust: rater(0) }), later);
    expect(out.faded).toBe(Math.round((decayTrust(before, later).score - before.score) * 10) / 10);
    expect(out.faded).toBeLessThan(0);
    expect(out.delta).toBeLessThan(0);
    expect(out.delta).toBeGreaterThan(out.faded);
    expect(applyVerdict(before, verdict(), T0).faded).toBe(0);
  });

  test('a verdict processed after it happened is decayed from its own date', () => {
    const processed = daysAfter(P.halfLifeDays);
    const out = applyVerdict(newcomerTrust(T0), verdict({ at: T0 }), processed);
    expect(out.next.vouchedPositive).toBeCloseTo(0.5, 12);
    expect(out.weight).toBe(1);
  });

  test('a server clock behind the stored state updates at the stored instant', () => {
    const stored = decayTrust(established(), daysAfter(10));
    const out = applyVerdict(stored, verdict({ at: daysAfter(9) }), daysAfter(9));
    expect(out.next.evidenceAt).toBe(stored.evidenceAt);
    expect(out.next.vouchedPositive).toBeCloseTo(stored.vouchedPositive + 2 ** (-1 / P.halfLifeDays), 12);
  });

  test('unvouched verdicts move the score, never the rank', () => {
    const before = established();
    const out = applyVerdict(before, verdict({ heldUp: false, raterTrust: rater(0) }), T0);
    expect(out.next.score).toBeLessThan(before.score);
    expect(out.next.rankKey).toBe(before.rankKey);
  });

  test('however many fresh accounts say "did not hold up", the score stays above the unvouched floor', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 200_000 }), (bombers, value) => {
        const before = established();
        let t = before;
        for (let i = 0; i < bombers; i++) {
          t = applyVerdict(t, verdict({ heldUp: false, raterTrust: rater(0), orderValueMinor: value }), T0).next;
        }
        const floor =
          (100 * (before.vouchedPositive + P.priorPositive)) /
          (before.vouchedPositive + before.vouchedNegative + P.unvouchedCap + P.priorPositive + P.priorNegative);
        return t.score >= floor - 0.05 && t.rankKey === before.rankKey;
      }),
      { numRuns: 60 },
    );
  });

  test('refuses impossible verdicts with INVALID_VERDICT and changes nothing', () => {
    const t = newcomerTrust(T0);
    const bad = [
      verdict({ cause: 'REFUND', heldUp: true }),
      verdict({ orderValueMinor: -1 }),
      verdict({ orderValueMinor: 10.5 }),
      verdict({ previousRatingsByRaterOfRecommender: -1 }),
      verdict({ previousRatingsByRaterOfRecommender: 0.5 }),
      verdict({ stars: 6 as 5 }),
      verdict({ raterTrust: rater(1.2) }),
      verdict({ cause: 'GIFT' as 'FEEDBACK' }),
    ];
    for (const v of bad) {
      expect(() => applyVerdict(t, v, T0)).toThrow(TrustRuleError);
      expect(() => applyVerdict(t, v, T0)).toThrow(expect.objectContaining({ code: 'INVALID_VERDICT' }));
    }
    expect(() => applyVerdict(t, verdict({ at: new Date('x') }), T0)).toThrow(expect.objectContaining({ code: 'INVALID_TIME' }));
    expect(() => applyVerdict(t, verdict(), new Date('x'))).toThrow(expect.objectContaining({ code: 'INVALID_TIME' }));
  });

  test('is pure: same inputs, same output, inputs untouched', () => {
    const before = established();
    const copy = structuredClone(before);
    const v = verdict({ heldUp: false });
    expect(applyVerdict(before, v, daysAfter(3))).toEqual(applyVerdict(before, v, daysAfter(3)));
    expect(before).toEqual(copy);
  });
});
