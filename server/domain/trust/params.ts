// The knobs of the trust model, in one place, each with the reason for its value. The values
// were chosen on the arguments below and then checked against the seeded simulation
// (test/sim), whose attack table docs/trust-model.md shows; changing one means re-running it.

import { isFiniteNumber, isInteger } from './builtins';
import { TrustRuleError } from './errors';

/** Every parameter of the trust model. See DEFAULT_TRUST_PARAMS for values and reasons. */
export interface TrustParams {
  /** Beta prior pseudo-count of good outcomes (a). */
  readonly priorPositive: number;
  /** Beta prior pseudo-count of bad outcomes (b). */
  readonly priorNegative: number;
  /** Days after which a piece of evidence counts half. */
  readonly halfLifeDays: number;
  /** Evidence (in full-weight verdicts) at which confidence is 0.5. */
  readonly confidenceEvidence: number;
  /** A member with less evidence than this is shown as new. */
  readonly newcomerEvidence: number;
  /** Normal quantile of the Wilson lower bound behind rankKey. */
  readonly rankZ: number;
  /** Voice of a rater the verified seed does not reach at all (reach 0). */
  readonly minVoice: number;
  /** Unvouched evidence saturates at this many full-weight verdicts. */
  readonly unvouchedCap: number;
  /** Order value (minor units) that counts exactly 1. */
  readonly referenceOrderMinor: number;
  /** Least value factor (a cheap order). */
  readonly minValueFactor: number;
  /** Greatest value factor (an expensive order). */
  readonly maxValueFactor: number;
  /** Weight multiplier per earlier verdict of the same rater on the same recommender. */
  readonly repeatFactor: number;
  /** Weight multiplier when rater and recommender have rated each other. */
  readonly reciprocalDamping: number;
  /** Weight multiplier when rater and recommender sit in one flagged ring. */
  readonly ringDamping: number;
  /** Weight of a refund relative to a "did not hold up" verdict. */
  readonly refundWeight: number;
  /** EigenTrust: share of trust restarted from the verified seed on every step. */
  readonly alpha: number;
  /** EigenTrust: stop when the L1 change of the trust vector falls below this. */
  readonly epsilon: number;
  /** EigenTrust: stop after this many steps even if not converged. */
  readonly maxIterations: number;
  /** Reach 1 = global trust at this quantile of members with any global trust. */
  readonly reachQuantile: number;
  /** Smallest strongly connected group that can be flagged as a ring. */
  readonly ringMinSize: number;
  /** A group is a ring when at least this share of its incoming support is internal. */
  readonly ringClosure: number;
  /** Full-weight verdicts one rater confers in all (decayed): more is split, not added. */
  readonly vouchBudget: number;

  /** Weight of a let-down (and of a refund) relative to a verdict that held up. */
  readonly letDownWeight: number;
  /** Weight multiplier of weak evidence (an unshipped, instantly confirmed order; a rater on probation). */
  readonly weakEvidenceFactor: number;
  /** An order delivered by the buyer's own confirmation sooner than this after placing was not shipped. */
  readonly quickConfirmHours: number;
  /** A rater whose account is younger than this at the verdict has no history yet. */
  readonly probationDays: number;
  /** Vouched evidence (full-weight verdicts) a record needs before it ranks at all. */
  readonly minVouchedEvidence: number;
  /** This many let-downs in a row (verdicts or refunds) raise a fraud flag that holds commissions. */
  readonly letDownRunFlag: number;
}

export const DEFAULT_TRUST_PARAMS: TrustParams = Object.freeze({
  // a = b = 2: a newcomer sits at 50 (neutral) and one full verdict moves them by 10 points,
  // not 17 as with the uniform prior (a = b = 1): a single buyer should not define anyone.
  priorPositive: 2,
  priorNegative: 2,
  // Half a year: long enough to span seasonal products (a cherry season, a winter coat), short
  // enough that a member who turned bad last quarter cannot live on last year's record.
  halfLifeDays: 180,
  // Ten full-weight verdicts give confidence 0.5, ninety give 0.9: a number a person can read.
  confidenceEvidence: 10,
  // Two full verdicts: below that the score is mostly prior and the badge "new" is honest.
  newcomerEvidence: 2,
  // 95% two-sided Wilson bound, the value Evan Miller's "How not to sort by average rating" uses.
  rankZ: 1.96,
  // A brand-new account's verdict counts a tenth of a fully vouched buyer's: it counts (shoppers
  // who never recommend anything still speak) but ten sybils are worth one trusted buyer.
  minVoice: 0.1,
  // However many unvouched accounts rate a member, together they move at most 3 full verdicts
  // of evidence: this is what bounds sybil stars, rings and review bombs by fresh accounts.
  unvouchedCap: 3,
  // ¥100 counts 1; the factor is log2(1 + value / ¥100), so ¥300 counts 2 and ¥50 counts 0.58.
  referenceOrderMinor: 10_000,
  // A ¥10 snack still counts a quarter: cheap recommendations matter to the people who buy them.
  minValueFactor: 0.25,
  // Money buys at most twice the say of an ordinary order, so a rich account cannot buy rank.
  maxValueFactor: 2,
  // 1, 1/2, 1/4, ...: everything one buyer ever says about one recommender sums to at most 2.
  repeatFactor: 0.5,
  // Mutual rating is the cheapest collusion there is; honest mutual customers lose 3/4 of a
  // little evidence, colluders lose 3/4 of all of theirs. Flagged for review besides.
  reciprocalDamping: 0.25,
  // Same for a detected ring (a closed, unverified, strongly connected group).
  ringDamping: 0.25,
  // A refund is money handed back: as strong a "did not hold up" as a verdict.
  refundWeight: 1,
  // PageRank's 0.15: trust returns to the verified seed often enough that what leaks into a
  // closed group drains back within a few steps, rarely enough that honest chains of
  // recommendation 5–10 hops long still receive trust.
  alpha: 0.15,
  // The trust vector sums to 1; an L1 change below 1e-9 is far below any displayed digit.
  epsilon: 1e-9,
  // 0.85^k < 1e-9 needs k ≈ 128 steps; 200 leaves room without letting a bug spin forever.
  maxIterations: 200,
  // Members at or above the median global trust speak with full voice, those below in proportion
  // to their trust (eigentrust.ts, reachOf); scale-free, so it does not depend on how many
  // members or verified seeds the network has.
  reachQuantile: 0.5,
  // A pair is handled by reciprocalDamping; a ring needs at least three accounts.
  ringMinSize: 3,
  // Honest groups of friends also buy from outsiders; 80% internal support is a closed ring.
  ringClosure: 0.8,
  // What one member confers is a budget, as EigenTrust normalises a peer's outgoing trust (Kamvar
  // et al. 2003): past ten full verdicts of (decayed) evidence in all, a rater's verdicts are
  // scaled so that together they still count ten. An ordinary buyer rates fewer recommenders
  // than that in a half-life and is untouched; a verified account that rates thirty accounts
  // gives each a third of a verdict, not two. Verified members have the same budget: a large
  // voice (reach 1), not an unlimited one.
  vouchBudget: 10,
  // Bad news travels faster: a let-down weighs twice a good verdict. A buyer who was let down
  // lost money and time; a good outcome is what was promised. Twice is the loss-aversion ratio
  // (Kahneman & Tversky) and the reason eBay and Amazon show negatives first; it makes a slow
  // burn (build a record, then cash it in) lose a top-quartile rank within about five let-downs.
  letDownWeight: 2,
  // Weak evidence counts a quarter: it still counts (honest buyers do confirm quickly) but four
  // such verdicts are worth one that something real stands behind.
  weakEvidenceFactor: 0.25,
  // Nothing ships within a day: an order confirmed by its own buyer sooner than that, with no
  // supplier marking it delivered, proves no delivery.
  quickConfirmHours: 24,
  // A week: a fresh identity has to live that long before its verdicts weigh fully.
  probationDays: 7,
  // One full verdict's worth from raters the verified seed reaches: below it a record has no
  // vouched standing (rank key 0, off the boards), however much unvouched praise it holds.
  minVouchedEvidence: 1,
  // Three let-downs in a row: one is bad luck, two can be a bad batch, three is a pattern worth
  // an admin's look before the commissions of the sales behind it are paid (a slow burn cashes in
  // just this way). The flag holds commissions; it moves no trust, the verdicts already did.
  letDownRunFlag: 3,
});

/** Throws INVALID_PARAMS unless every parameter is within its meaningful range. */
export function assertTrustParams(p: TrustParams): TrustParams {
  const pos = (v: number) => isFiniteNumber(v) && v > 0;
  const unit = (v: number) => isFiniteNumber(v) && v >= 0 && v <= 1;
  const ok =
    pos(p.priorPositive) &&
    pos(p.priorNegative) &&
    pos(p.halfLifeDays) &&
    pos(p.confidenceEvidence) &&
    isFiniteNumber(p.newcomerEvidence) &&
    p.newcomerEvidence >= 0 &&
    pos(p.rankZ) &&
    unit(p.minVoice) &&
    pos(p.unvouchedCap) &&
    pos(p.referenceOrderMinor) &&
    pos(p.minValueFactor) &&
    pos(p.maxValueFactor) &&
    p.minValueFactor <= p.maxValueFactor &&
    unit(p.repeatFactor) &&
    p.repeatFactor < 1 &&
    unit(p.reciprocalDamping) &&
    unit(p.ringDamping) &&
    pos(p.refundWeight) &&
    pos(p.alpha) &&
    p.alpha <= 1 &&
    pos(p.epsilon) &&
    isInteger(p.maxIterations) &&
    p.maxIterations >= 1 &&
    pos(p.reachQuantile) &&
    p.reachQuantile <= 1 &&
    isInteger(p.ringMinSize) &&
    p.ringMinSize >= 3 &&
    unit(p.ringClosure) &&
    pos(p.vouchBudget) &&
    isFiniteNumber(p.letDownWeight) &&
    p.letDownWeight >= 1 &&
    unit(p.weakEvidenceFactor) &&
    p.weakEvidenceFactor > 0 &&
    isFiniteNumber(p.quickConfirmHours) &&
    p.quickConfirmHours >= 0 &&
    isFiniteNumber(p.probationDays) &&
    p.probationDays >= 0 &&
    pos(p.minVouchedEvidence) &&
    isInteger(p.letDownRunFlag) &&
    p.letDownRunFlag >= 1;
  if (!ok) {
    throw new TrustRuleError('INVALID_PARAMS', 'trust parameters out of range (see params.ts)', { ...p });
  }
  return p;
}
