// How sure we are, as numbers. The score is the Beta posterior mean, which says nothing about
// how much evidence stands behind it: 3 good verdicts of 3 and 95 of 100 both look excellent.
// Ranking on the mean rewards lucky streaks, so rank uses the Wilson score lower bound of the
// vouched evidence (Evan Miller, "How not to sort by average rating", 2009): the value
// the true hold-up rate exceeds with 97.5% confidence. It rises with evidence and with quality,
// stays inside [0, 1], and is 0 for a member without (enough) vouched evidence.
//
// The bound is taken over vouched evidence only: we are sure only of what raters reached by the
// verified seed's trust told us. Unvouched verdicts move the score (a brand-new buyer's verdict
// counts, a little), never the rank, which is how a closed ring or a crowd of sybils that lifts
// its own score by the capped unvouched pot still has no rank at all, like an honest newcomer.

import { max, min, sqrt } from './builtins';
import type { TrustParams } from './params';

/**
 * Wilson lower bound of a binomial proportion: `successes` of `total` (both may be fractional,
 * as weighted evidence is), at normal quantile `z`. Returns 0 when total is 0.
 */
export function wilsonLowerBound(successes: number, total: number, z: number): number {
  if (!(total > 0)) return 0;
  const s = min(total, max(0, successes));
  const z2 = z * z;
  // (p + z²/2n − z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), multiplied through by n so that a tiny
  // (or denormal) total cannot overflow z²/n into Infinity − Infinity.
  return max(0, (s + z2 / 2 - z * sqrt((s * (total - s)) / total + z2 / 4)) / (total + z2));
}

/** Effective evidence after the unvouched cap: what the score, confidence and rank are built on. */
export interface EffectiveEvidence {
  readonly positive: number;
  readonly negative: number;
}

/** Posterior mean hold-up rate, 0–1. */
export function posteriorMean(e: EffectiveEvidence, params: TrustParams): number {
  const a = params.priorPositive;
  const b = params.priorNegative;
  return (e.positive + a) / (e.positive + e.negative + a + b);
}

/**
 * rankKey on the 0–1 scale: the Wilson lower bound of the vouched evidence alone, without the
 * prior's pseudo-counts, and 0 below minVouchedEvidence. No evidence, no standing: a fresh
 * identity (whatever unvouched praise it has) ranks at 0, never above any record with a verdict
 * that held up, and a thoroughly bad record is not worth abandoning for a new account. (The
 * prior stays in the score, where a newcomer shows as 50, "new", "unvouched".)
 */
export function rankBound(vouched: EffectiveEvidence, params: TrustParams): number {
  if (!isVouched(vouched, params)) return 0;
  return wilsonLowerBound(vouched.positive, vouched.positive + vouched.negative, params.rankZ);
}

/** The record carries vouched evidence: at least minVouchedEvidence from raters the seed reaches. */
export function isVouched(vouched: EffectiveEvidence, params: TrustParams): boolean {
  return vouched.positive + vouched.negative >= params.minVouchedEvidence;
}

/** n / (n + k): 0 with no evidence, 0.5 at `confidenceEvidence` full verdicts, → 1. */
export function confidenceOf(e: EffectiveEvidence, params: TrustParams): number {
  const n = e.positive + e.negative;
  return n / (n + params.confidenceEvidence);
}

/**
 * Sort comparator, best first: higher rankKey first. Nothing else: rankKey is the whole of a
 * member's standing, and two members with equal keys are equal (for instance every member
 * without vouched evidence, honest newcomer or closed ring alike, sits at 0 and off the boards).
 * Breaking such ties by score would hand the place to whoever collected the most unvouched
 * praise, i.e. to sybils; the caller breaks them by member id instead, as the database does
 * (ORDER BY rankKey DESC, id ASC), so pages of a leaderboard are stable.
 */
export function compareByRank(a: { readonly rankKey: number }, b: { readonly rankKey: number }): number {
  return b.rankKey - a.rankKey;
}
