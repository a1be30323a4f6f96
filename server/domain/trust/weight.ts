// How much one verdict weighs. Every factor is a plain function of facts the database layer
// knows inside the feedback transaction, and the global recompute applies the very same
// functions, so the two paths can only disagree where the facts themselves changed (a rater's
// reach, a pair that became reciprocal later): that is the drift the recompute reconciles.
//
//   weight = base × voice(rater)
//   base   = value(order) × repeat^previous × collusion × (refund ? refundWeight : 1)
//            × (held up ? 1 : letDownWeight) × (weak ? weakEvidenceFactor : 1)
//   voice  = reach + minVoice × (1 − reach)         (split into a vouched and an unvouched part)

import { log2, max, min } from './builtins';
import { DEFAULT_TRUST_PARAMS, type TrustParams } from './params';

/** log2(1 + value / reference), clamped: more money at stake, more say, within bounds. */
export function valueFactor(orderValueMinor: number, params: TrustParams = DEFAULT_TRUST_PARAMS): number {
  const raw = log2(1 + max(0, orderValueMinor) / params.referenceOrderMinor);
  return min(params.maxValueFactor, max(params.minValueFactor, raw));
}

/** repeatFactor^previous: the n-th verdict of one buyer on one recommender counts less and less. */
export function repeatWeight(previousRatings: number, params: TrustParams = DEFAULT_TRUST_PARAMS): number {
  return params.repeatFactor ** previousRatings;
}

/** The collusion signals a verdict can carry. */
export interface CollusionSignals {
  /** Rater and recommender have rated each other. */
  readonly reciprocal: boolean;
  /** Rater and recommender belong to one flagged ring. */
  readonly inRing?: boolean;
}

/** Product of the dampings that apply: 1 for an ordinary verdict. */
export function collusionFactor(s: CollusionSignals, params: TrustParams = DEFAULT_TRUST_PARAMS): number {
  return (s.reciprocal ? params.reciprocalDamping : 1) * (s.inRing ? params.ringDamping : 1);
}

/** The facts a verdict's base weight depends on. */
export interface WeightFacts extends CollusionSignals {
  readonly orderValueMinor: number;
  readonly previousRatings: number;
  readonly refund: boolean;
  /** Did it hold up? A let-down (a refund too) weighs letDownWeight: bad news travels faster. */
  readonly heldUp: boolean;
  /** Weak evidence (evidence-cost.ts): counts weakEvidenceFactor. */
  readonly weak?: boolean;
}

/** Everything but the rater's voice. Self-dealing never gets here: it weighs 0 by definition. */
export function baseWeight(f: WeightFacts, params: TrustParams = DEFAULT_TRUST_PARAMS): number {
  return (
    valueFactor(f.orderValueMinor, params) *
    repeatWeight(f.previousRatings, params) *
    collusionFactor(f, params) *
    (f.refund ? params.refundWeight : 1) *
    (f.heldUp && !f.refund ? 1 : params.letDownWeight) *
    (f.weak ? params.weakEvidenceFactor : 1)
  );
}

/** A rater's voice split into the part vouched for by the seed and the capped remainder. */
export interface VoiceParts {
  readonly vouched: number;
  readonly unvouched: number;
}

/**
 * voice(reach) = reach + minVoice·(1 − reach): 1 for a verified or well-reached rater, minVoice
 * for an account no trust reaches. The vouched part is `reach`; the rest goes to the unvouched
 * pot, which saturates, so accounts the seed does not reach are bounded together.
 */
export function voiceParts(reach: number, params: TrustParams = DEFAULT_TRUST_PARAMS): VoiceParts {
  const r = min(1, max(0, reach));
  return { vouched: r, unvouched: params.minVoice * (1 - r) };
}

/**
 * The share of each of a rater's verdicts that counts, given everything they have said (decayed
 * base weights, let-downs included): 1 within the vouching budget, budget / given past it. What
 * one member confers is a budget split across those they rate, not a full vote per verdict.
 */
export function budgetShare(given: number, params: TrustParams = DEFAULT_TRUST_PARAMS): number {
  return given > params.vouchBudget ? params.vouchBudget / given : 1;
}

/** The total voice: vouched + unvouched. */
export function raterVoice(reach: number, params: TrustParams = DEFAULT_TRUST_PARAMS): number {
  const v = voiceParts(reach, params);
  return v.vouched + v.unvouched;
}
