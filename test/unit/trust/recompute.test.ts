import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  applyVerdict,
  decayTrust,
  DEFAULT_TRUST_PARAMS as P,
  newcomerTrust,
  recomputeGlobalTrust,
  seedTrust,
  type MemberTrust,
  type RecomputeProgress,
  type RecomputeRating,
} from '../../../server/domain/trust';
import { daysAfter, T0 } from './fixtures';

const NOW = daysAfter(90);
const r = (raterId: string, recommenderId: string, day: number, heldUp = true, orderValueMinor = 10_000, cause?: 'REFUND') =>
  ({ raterId, recommenderId, heldUp, orderValueMinor, at: daysAfter(day), ...(cause ? { cause } : {}) }) as RecomputeRating;
const membersOf = (ids: string[], verified: string[] = []) => ids.map((id) => ({ id, verified: verified.includes(id) }));

describe('recomputeGlobalTrust agrees with the immediate updates', () => {
  test('with every rater verified, it reproduces the applyVerdict chain exactly', () => {
    const raters = ['v1', 'v2', 'v3'];
    const ratings = [
      r('v1', 'x', 1), r('v2', 'x', 4, false, 3_000), r('v1', 'x', 9, true, 45_000), r('v3', 'x', 20, false, 8_000, 'REFUND'),
      r('v1', 'x', 33, false), r('v2', 'x', 61, true, 120_000), r('v3', 'x', 88, true, 900),
    ];
    let immediate: MemberTrust = newcomerTrust(T0);
    const seen = new Map<string, number>();
    for (const x of ratings) {
      const previous = seen.get(x.raterId) ?? 0;
      seen.set(x.raterId, previous + 1);
      immediate = applyVerdict(immediate, {
        heldUp: x.heldUp, cause: x.cause ?? 'FEEDBACK', raterTrust: seedTrust(T0), orderValueMinor: x.orderValueMinor,
        previousRatingsByRaterOfRecommender: previous, reciprocal: false, selfDealing: false, at: x.at,
      }, x.at).next;
    }
    const { trust } = recomputeGlobalTrust({ members: membersOf([...raters, 'x'], raters), ratings }, NOW);
    const recomputed = trust.get('x')!;
    const decayed = decayTrust(immediate, NOW);
    for (const k of ['vouchedPositive', 'vouchedNegative', 'unvouchedPositive', 'unvouchedNegative'] as const) {
      expect(recomputed[k]).toBeCloseTo(decayed[k], 10);
    }
    expect(recomputed.score).toBe(decayed.score);
    expect(recomputed.rankKey).toBe(decayed.rankKey);
  });
});

describe('recomputeGlobalTrust', () => {
  const ids = ['v', 'a', 'b', 'c', 'self'];
  const ratings = [
    r('v', 'a', 10), r('v', 'a', 11), r('a', 'b', 12), r('b', 'a', 13), r('a', 'c', 14, false), r('self', 'self', 15),
  ];
  const result = recomputeGlobalTrust({ members: membersOf(ids, ['v']), ratings }, NOW);

  test('returns every member, evidence decayed to now', () => {
    expect([...result.trust.keys()]).toEqual(['a', 'b', 'c', 'self', 'v']);
    for (const t of result.trust.values()) expect(t.evidenceAt).toBe(NOW.toISOString());
    expect(result.converged).toBe(true);
  });

  test('verified members speak with a full voice, unrated ones with none', () => {
    expect(result.trust.get('v')!.reach).toBe(1);
    expect(result.trust.get('self')!.reach).toBe(0);
    expect(result.trust.get('a')!.reach).toBeGreaterThan(0);
  });

  test('reports base weights per input rating: repeats diminish, reciprocal pairs are damped, let-downs weigh double, self-ratings weigh 0', () => {
    expect([...result.ratingBaseWeights]).toEqual([1, 0.5, P.reciprocalDamping, P.reciprocalDamping, P.letDownWeight, 0]);
    expect(result.reciprocalPairs).toEqual([['a', 'b']]);
  });

  test('trust flows along "held up" verdicts: b, vouched for by a, gets vouched evidence; c gets bad news', () => {
    expect(result.trust.get('b')!.vouchedPositive).toBeGreaterThan(0);
    expect(result.trust.get('c')!.vouchedNegative).toBeGreaterThan(0);
    expect(result.trust.get('c')!.score).toBeLessThan(50);
  });

  test('self-dealing moves nothing', () => {
    expect(result.trust.get('self')).toEqual(newcomerTrust(NOW));
  });

  test('is deterministic: the same ratings and members in any order give identical results', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ratings, { minLength: ratings.length }), fc.shuffledSubarray(ids, { minLength: ids.length }),
        (rs, ms) => {
          const again = recomputeGlobalTrust({ members: membersOf(ms, ['v']), ratings: rs }, NOW);
          expect(again.trust).toEqual(result.trust);
          expect(again.iterations).toBe(result.iterations);
        }),
      { numRuns: 20 },
    );
  });

  test('reports progress: graph, each propagation step, evidence', () => {
    const steps: RecomputeProgress[] = [];
    const again = recomputeGlobalTrust({ members: membersOf(ids, ['v']), ratings }, NOW, P, (p) => steps.push(p));
    expect(steps[0]).toEqual({ phase: 'graph', iteration: 0, residual: 0 });
    expect(steps.filter((s) => s.phase === 'propagate')).toHaveLength(again.iterations);
    expect(steps.at(-1)).toEqual({ phase: 'evidence', iteration: again.iterations, residual: again.residual });
  });

  test('refuses an invalid now, invalid parameters and unknown members', () => {
    expect(() => recomputeGlobalTrust({ members: [], ratings: [] }, new Date('x'))).toThrow(
      expect.objectContaining({ code: 'INVALID_TIME' }),
    );
    expect(() => recomputeGlobalTrust({ members: [], ratings: [] }, NOW, { ...P, alpha: 2 })).toThrow(
      expect.objectContaining({ code: 'INVALID_PARAMS' }),
    );
    expect(() => recomputeGlobalTrust({ members: membersOf(['a']), ratings: [r('a', 'ghost', 1)] }, NOW)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_MEMBER' }),
    );
  });

  test('an empty network is fine', () => {
    const empty = recomputeGlobalTrust({ members: [], ratings: [] }, NOW);
    expect(empty.trust.size).toBe(0);
  });
});

describe('a closed ring cannot lift itself above an honest newcomer', () => {
  test('whatever its size, volume and order values, it ranks at the prior and is flagged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 30 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.boolean(),
        (size, perPair, value, oneWay) => {
          const ring = Array.from({ length: size }, (_, i) => `ring${String(i).padStart(2, '0')}`);
          const ratings: RecomputeRating[] = [];
          ring.forEach((a, i) =>
            ring.forEach((b, j) => {
              // oneWay: a tournament (i rates j only when j follows i on a circle), so no pair is reciprocal.
              const rates = oneWay ? (j - i + size) % size <= size / 2 && i !== j : i !== j;
              for (let k = 0; rates && k < perPair; k++) ratings.push(r(a, b, 30 + k, true, value));
            }),
          );
          // The honest newcomer: three good verdicts from verified buyers.
          ratings.push(r('v1', 'newbie', 80), r('v2', 'newbie', 81), r('v3', 'newbie', 82));
          const members = membersOf([...ring, 'newbie', 'v1', 'v2', 'v3'], ['v1', 'v2', 'v3']);
          const { trust, rings } = recomputeGlobalTrust({ members, ratings }, NOW);
          const newbie = trust.get('newbie')!;
          const best = Math.max(...ring.map((m) => trust.get(m)!.rankKey));
          return best <= newcomerTrust(NOW).rankKey && best < newbie.rankKey && rings.length === 1;
        },
      ),
      { numRuns: 25 },
    );
  });
});
