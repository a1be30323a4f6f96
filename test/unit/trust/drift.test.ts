// The drift between the immediate updates and the periodic recompute, on a realistic sequence:
// a young network where buyers' reach is still 0 when they first rate (so the first recompute
// has much to reconcile), then a second period where the stored reach is fresh. The bound is the
// one docs/trust-model.md derives ("Drift"): with D⁺ and D⁻ the changes of decayed weight that
// can reach the good and the bad side of the effective evidence,
//   |Δscore| ≤ 100 · (D⁺·(N + b) + D⁻·(P + a)) / (T · T′),
// plus 0.1 for rounding both scores to one decimal.

import { describe, expect, test } from '@jest/globals';
import {
  applyVerdict,
  decayFactor,
  decayTrust,
  DEFAULT_TRUST_PARAMS as P,
  effectiveEvidence,
  newcomerTrust,
  recomputeGlobalTrust,
  seedTrust,
  voiceParts,
  type MemberTrust,
  type RecomputeRating,
} from '../../../server/domain/trust';
import { DAY_MS, daysAfter, T0 } from './fixtures';

const VERIFIED = ['v1', 'v2', 'v3'];
const BUYERS = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];
const ALL = [...VERIFIED, ...BUYERS, 'x'];

class Network {
  readonly trust = new Map<string, MemberTrust>(ALL.map((id) => [id, VERIFIED.includes(id) ? seedTrust(T0) : newcomerTrust(T0)]));
  readonly ratings: RecomputeRating[] = [];
  private readonly stored: { vouched: number; unvouched: number }[] = [];
  private readonly count = new Map<string, number>();

  rate(rater: string, recommender: string, day: number, heldUp: boolean, valueMinor: number) {
    const at = daysAfter(day);
    const key = `${rater}>${recommender}`;
    const out = applyVerdict(this.trust.get(recommender)!, {
      heldUp, cause: 'FEEDBACK', raterTrust: this.trust.get(rater)!, orderValueMinor: valueMinor,
      previousRatingsByRaterOfRecommender: this.count.get(key) ?? 0,
      reciprocal: this.count.has(`${recommender}>${rater}`), selfDealing: false, at,
    }, at);
    this.trust.set(recommender, out.next);
    const voice = voiceParts(this.trust.get(rater)!.reach);
    this.stored.push({ vouched: out.baseWeight * out.share * voice.vouched, unvouched: out.baseWeight * out.share * voice.unvouched });
    this.ratings.push({ raterId: rater, recommenderId: recommender, heldUp, orderValueMinor: valueMinor, at });
    this.count.set(key, (this.count.get(key) ?? 0) + 1);
  }

  /** Recomputes at `day`; returns x's drift and its bound, and stores the recomputed states. */
  recompute(day: number) {
    const now = daysAfter(day);
    const result = recomputeGlobalTrust({ members: ALL.map((id) => ({ id, verified: VERIFIED.includes(id) })), ratings: this.ratings }, now);
    // Vouched changes land on their own side; a change in the unvouched pot can move either side
    // of its saturated share, by at most its own size (docs: "Drift").
    let good = 0;
    let bad = 0;
    this.ratings.forEach((x, k) => {
      const next = { vouched: result.ratingVouchedWeights[k]!, unvouched: result.ratingUnvouchedWeights[k]! };
      const age = decayFactor((now.getTime() - x.at.getTime()) / DAY_MS);
      if (x.recommenderId === 'x') {
        const dv = Math.abs(next.vouched - this.stored[k]!.vouched) * age;
        const du = Math.abs(next.unvouched - this.stored[k]!.unvouched) * age;
        good += (x.heldUp ? dv : 0) + du;
        bad += (x.heldUp ? 0 : dv) + du;
      }
      this.stored[k] = next;
    });
    const immediate = decayTrust(this.trust.get('x')!, now);
    const recomputed = result.trust.get('x')!;
    const e = effectiveEvidence(immediate);
    const e2 = effectiveEvidence(recomputed);
    const a = P.priorPositive;
    const b = P.priorNegative;
    const t1 = e.positive + e.negative + a + b;
    const t2 = e2.positive + e2.negative + a + b;
    for (const [id, t] of result.trust) this.trust.set(id, t);
    return {
      drift: Math.abs(immediate.score - recomputed.score),
      bound: (100 * (good * (e.negative + b) + bad * (e.positive + a))) / (t1 * t2) + 0.1,
      immediate,
      recomputed,
    };
  }
}

/** x holds up 4 times in 5; a fixed, readable sequence rather than randomness. */
const heldUp = (k: number) => k % 5 !== 4;

describe('drift between immediate updates and the recompute', () => {
  const net = new Network();
  // Days 0–20: the verified members buy from the buyers' own recommendations (all good), so the
  // buyers earn global trust; but nobody has recomputed yet, so their stored reach is still 0.
  for (let d = 0; d <= 20; d++) net.rate(VERIFIED[d % 3]!, BUYERS[d % 6]!, d, true, 10_000);
  // Days 21–49: everyone buys from x.
  let k = 0;
  for (let d = 21; d < 50; d++) net.rate([...VERIFIED, ...BUYERS][d % 9]!, 'x', d, heldUp(k++), 5_000 + 1_000 * (d % 7));
  const first = net.recompute(50);
  // Days 50–79: the same market, now with fresh reach in the stored states.
  for (let d = 50; d < 80; d++) net.rate([...VERIFIED, ...BUYERS][d % 9]!, 'x', d, heldUp(k++), 5_000 + 1_000 * (d % 7));
  const second = net.recompute(80);

  test('the first recompute of a young network reconciles a real drift, within the bound', () => {
    expect(first.drift).toBeGreaterThan(0.3);
    expect(first.drift).toBeLessThanOrEqual(first.bound);
    // The buyers' verdicts had counted with minVoice; now they count with their reach.
    expect(first.recomputed.vouchedPositive).toBeGreaterThan(first.immediate.vouchedPositive);
  });

  test('once the stored reach is fresh, the next recompute moves the score by less than a point', () => {
    expect(second.drift).toBeLessThan(1);
    expect(second.drift).toBeLessThanOrEqual(second.bound);
  });
});
