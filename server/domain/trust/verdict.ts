// The immediate update: what the feedback (or refund) transaction does to the recommender's
// trust, at once, before any global recompute. It is one Beta-reputation step: forget (decay the
// stored evidence to now), then add this verdict's weight to the good or the bad side, then
// re-derive score, confidence and rank. Stars are deliberately not evidence: they rate the
// product, while the verdict ("did the recommendation hold up?") rates the recommender.

import { isFiniteNumber, isInteger, isSafeInteger, isoAt, max } from './builtins';
import { TrustRuleError, isoTimeOf, timeOf } from './errors';
import { buildTrust, DAY_MS, decayFactor, decayToMs, roundDelta, type MemberTrust, type TrustEvidence } from './member-trust';
import { DEFAULT_TRUST_PARAMS, type TrustParams } from './params';
import { baseWeight, budgetShare, voiceParts } from './weight';

/** Why a trust event happened: a buyer's verdict, or a refund (always a "did not hold up"). */
export type VerdictCause = 'FEEDBACK' | 'REFUND';

/** One outcome-backed rating of a recommender, as the database layer knows it. */
export interface Verdict {
  /** Did the recommendation hold up for the buyer? A refund is always false. */
  readonly heldUp: boolean;
  /** The buyer's stars, validated and recorded, but not evidence (see the module comment). */
  readonly stars?: 1 | 2 | 3 | 4 | 5;
  readonly cause: VerdictCause;
  /** The rater's stored trust; only `reach` (their global, seed-propagated trust) sets the voice. */
  readonly raterTrust: Pick<MemberTrust, 'reach'>;
  /** Value of the order, integer minor units (fen). */
  readonly orderValueMinor: number;
  /** Verdicts this rater gave this recommender before (feedback and refunds, any order). */
  readonly previousRatingsByRaterOfRecommender: number;
  /** The recommender has rated the rater too. */
  readonly reciprocal: boolean;
  /** Rater and recommender are members of one flagged ring. */
  readonly inRing?: boolean;
  /** The buyer is the recommender: moves nothing. */
  readonly selfDealing: boolean;
  /** Weak evidence (evidence-cost.ts: an unshipped, instantly confirmed order; a rater on probation). */
  readonly weak?: boolean;
  /**
   * Everything this rater has said before, about anyone: the sum of their trust edges' base
   * weights decayed to now. With this verdict it sets the rater's budget share (weight.ts).
   */
  readonly raterGiven?: number;
  /** When the verdict (or refund) happened. */
  readonly at: Date;
}

/** What applyVerdict returns: the new state, its score change and the verdict's weight. */
export interface VerdictOutcome {
  readonly next: MemberTrust;
  /** next.score − current.score, one decimal (decay since the last event included). */
  readonly delta: number;
  /**
   * The part of `delta` that is older evidence fading since the recommender's last change (the
   * score decay alone gives − current.score), one decimal. A verdict that held up can still
   * lower a high score this way, and its trust event says so.
   */
  readonly faded: number;
  /** base × budget share × voice: full-weight verdicts this one counts as, before decay. 0 for self-dealing. */
  readonly weight: number;
  /** The weight without the rater's voice (what the recompute re-weighs with fresh reach). */
  readonly baseWeight: number;
  /** What this verdict adds to everything its rater has said (its base weight before collusion damping, as its trust edge holds it). */
  readonly said: number;
  /** The rater's budget share this verdict counted with (1 within the budget). */
  readonly share: number;
}

/**
 * Applies one verdict to the recommender's `current` trust at `now`. Pure: same inputs, same
 * output. Self-dealing returns `current` itself, unchanged, with delta 0 and weight 0.
 */
export function applyVerdict(
  current: MemberTrust,
  verdict: Verdict,
  now: Date,
  params: TrustParams = DEFAULT_TRUST_PARAMS,
): VerdictOutcome {
  const atMs = assertVerdict(verdict);
  // Evidence is never un-forgotten: if this server's clock is behind the stored state's, the
  // update happens at the stored instant instead.
  const nowMs = max(timeOf(now, 'now'), isoTimeOf(current.evidenceAt, 'evidenceAt'));
  if (verdict.selfDealing) return { next: current, delta: 0, faded: 0, weight: 0, baseWeight: 0, said: 0, share: 1 };

  const facts = {
    orderValueMinor: verdict.orderValueMinor,
    previousRatings: verdict.previousRatingsByRaterOfRecommender,
    reciprocal: verdict.reciprocal,
    inRing: verdict.inRing ?? false,
    refund: verdict.cause === 'REFUND',
    heldUp: verdict.heldUp,
    weak: verdict.weak ?? false,
  };
  const base = baseWeight(facts, params);
  // What the rater has said is counted before collusion damping, as their trust edges hold it.
  const said = baseWeight({ ...facts, reciprocal: false, inRing: false }, params);
  // Inside one flagged ring, members vouch for nothing (evidence.ts): reach counts as 0.
  const voice = voiceParts(verdict.inRing ? 0 : verdict.raterTrust.reach, params);
  // The rater's budget is shared by everything they have said, this verdict included.
  const share = budgetShare((verdict.raterGiven ?? 0) + said, params);
  const age = decayFactor((nowMs - atMs) / DAY_MS, params) * share;
  const decayed = decayToMs(current, nowMs, params);
  const vouched = base * voice.vouched * age;
  const unvouched = base * voice.unvouched * age;
  const evidence: TrustEvidence = {
    vouchedPositive: decayed.vouchedPositive + (verdict.heldUp ? vouched : 0),
    vouchedNegative: decayed.vouchedNegative + (verdict.heldUp ? 0 : vouched),
    unvouchedPositive: decayed.unvouchedPositive + (verdict.heldUp ? unvouched : 0),
    unvouchedNegative: decayed.unvouchedNegative + (verdict.heldUp ? 0 : unvouched),
  };
  const next = buildTrust(evidence, current.reach, isoAt(nowMs), params);
  return {
    next,
    delta: roundDelta(next.score - current.score),
    faded: roundDelta(decayed.score - current.score),
    weight: base * share * (voice.vouched + voice.unvouched),
    baseWeight: base,
    said,
    share,
  };
}

function assertVerdict(v: Verdict): number {
  const atMs = timeOf(v.at, 'at');
  const problems: string[] = [];
  if (v.cause !== 'FEEDBACK' && v.cause !== 'REFUND') problems.push('cause must be FEEDBACK or REFUND');
  if (v.cause === 'REFUND' && v.heldUp) problems.push('a refund cannot have held up');
  if (!isSafeInteger(v.orderValueMinor) || v.orderValueMinor < 0) {
    problems.push('orderValueMinor must be a non-negative integer');
  }
  const previous = v.previousRatingsByRaterOfRecommender;
  if (!isSafeInteger(previous) || previous < 0) {
    problems.push('previousRatingsByRaterOfRecommender must be a non-negative integer');
  }
  if (v.raterGiven !== undefined && !(isFiniteNumber(v.raterGiven) && v.raterGiven >= 0)) problems.push('raterGiven must be finite and ≥ 0');
  if (v.stars !== undefined && !(isInteger(v.stars) && v.stars >= 1 && v.stars <= 5)) {
    problems.push('stars must be an integer 1–5');
  }
  const reach = v.raterTrust?.reach;
  if (typeof reach !== 'number' || !(reach >= 0 && reach <= 1)) problems.push('raterTrust.reach must be in [0, 1]');
  if (problems.length > 0) {
    throw new TrustRuleError('INVALID_VERDICT', problems.join('; '), {
      cause: v.cause,
      heldUp: v.heldUp,
      orderValueMinor: v.orderValueMinor,
      previousRatingsByRaterOfRecommender: previous,
      stars: v.stars,
      reach,
    });
  }
  return atMs;
}

/**
 * Let-downs in a row, after this verdict: 0 after one that held up, one more after a let-down.
 * `flag` is true when the run has just reached letDownRunFlag, so one run raises one flag.
 */
export function letDownRun(previous: number, heldUp: boolean, params: TrustParams = DEFAULT_TRUST_PARAMS): { run: number; flag: boolean } {
  const run = heldUp ? 0 : previous + 1;
  return { run, flag: run === params.letDownRunFlag };
}
