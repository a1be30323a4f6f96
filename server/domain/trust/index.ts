// The trust domain: pure functions of plain values and an injected `now`. Nothing here touches
// GraphQL, the Neo4j driver or the clock; the database layer calls it inside the feedback and
// refund transactions (applyVerdict), from the recompute job (recomputeGlobalTrust) and when it
// renders trust events (explainTrustEvent). The model is written up in docs/trust-model.md.

/**
 * Parameters. `TrustParams` lists every knob, `DEFAULT_TRUST_PARAMS` holds the values with the
 * reason for each; `assertTrustParams(p)` throws INVALID_PARAMS for out-of-range values.
 */
export { DEFAULT_TRUST_PARAMS, assertTrustParams, type TrustParams } from './params';

/**
 * One member's stored state (`MemberTrust`: score 0–100, confidence 0–1, rankKey 0–100, isNew,
 * reach 0–1, four decayed evidence sums and `evidenceAt`), all plain node properties.
 * - `newcomerTrust(now)`: a new member, score 50, marked new, reach 0.
 * - `seedTrust(now)`: a verified member who just joined: like a newcomer but with reach 1.
 * - `markVerified(t)`: the same state with reach 1, when an admin verifies an existing member.
 * - `decayTrust(t, now)`: evidence forgotten down to `now` (half-life), derived fields updated.
 * - `deriveTrust(evidence, reach, at)`: rebuild a state from its evidence (e.g. after a
 *   parameter change).
 * - `effectiveEvidence(t)`: the evidence after the unvouched cap, as score and confidence see it.
 * - `roundDelta(d)`: a score change to one decimal, as trust events store it (reconcile events).
 */
export {
  commissionTrust,
  DAY_MS,
  decayFactor,
  decayTrust,
  deriveTrust,
  effectiveEvidence,
  markVerified,
  newcomerTrust,
  roundDelta,
  seedTrust,
  NO_EVIDENCE,
  type MemberTrust,
  type TrustEvidence,
} from './member-trust';

/**
 * The immediate update. `applyVerdict(current, verdict, now)` returns `{ next, delta, weight,
 * baseWeight }`: decays `current` to `now`, adds the verdict's weight (rater's voice × order
 * value × repeat^previous × collusion damping; 0 for self-dealing) and re-derives the state.
 */
export { applyVerdict, letDownRun, type Verdict, type VerdictCause, type VerdictOutcome } from './verdict';

/**
 * Weights, exposed so the database layer and the simulation can show or audit them:
 * valueFactor, repeatWeight, collusionFactor, baseWeight, voiceParts / raterVoice.
 */
export {
  baseWeight,
  budgetShare,
  collusionFactor,
  raterVoice,
  repeatWeight,
  valueFactor,
  voiceParts,
  type CollusionSignals,
  type VoiceParts,
  type WeightFacts,
} from './weight';

/**
 * Ranking: `compareByRank(a, b)` sorts best first on rankKey (the Wilson lower bound of the
 * vouched evidence; ties are the caller's to break by member id); `wilsonLowerBound(successes,
 * total, z)` is the bound itself.
 */
export { compareByRank, isVouched, wilsonLowerBound } from './rank';

/**
 * Evidence has a cost: `isWeakEvidence(facts, params)` says whether a verdict rests only on an
 * unshipped, instantly confirmed order or a rater on probation (it then counts weakEvidenceFactor).
 */
export { isWeakEvidence, type EvidenceCostFacts } from './evidence-cost';

/**
 * Trust edges: per (rater, recommender) pair, the base weights of its verdicts that held up and
 * of those that did not, decayed, and their count. `addVerdictToEdge(edge, verdict)` folds one
 * more verdict in (the feedback and refund transactions store the result); `edgeAt(edge, now)`
 * decays the sums.
 */
export { addVerdictToEdge, edgeAt, evidenceGiven, type EdgeVerdict, type TrustEdge, type TrustEdgeState } from './trust-edge';
/** The same edges by column (typed arrays into one id list), as the recompute job reads them. */
export { allocateEdgeColumns, edgeColumnsOf, edgeCount, edgesOfColumns, type TrustEdgeColumns } from './edge-columns';

/**
 * The global recompute: `recomputeFromEdges({ members, edges }, now, params?, onProgress?)` from
 * the stored trust edges returns `{ trust, iterations, residual, converged, reciprocalPairs,
 * rings }`; `recomputeGlobalTrust({ members, ratings }, …)` folds the ratings into the same
 * edges first and adds `ratingBaseWeights`.
 */
export {
  recomputeFromEdges,
  recomputeGlobalTrust,
  type EdgeRecomputeInput,
  type EdgeRecomputeResult,
  type RecomputeInput,
  type RecomputeProgress,
  type RecomputeResult,
} from './recompute';
export type { RecomputeMember, RecomputeRating } from './rating-table';

/**
 * Collusion helpers: `detectReciprocalPairs(ratings)` (pairs that rated each other) and
 * `detectRings({ members, ratings }, now)` (the rings the recompute would flag).
 */
export { detectReciprocalPairs, detectRings } from './collusion';

/**
 * Sentences: `explainTrustEvent(facts, 'en' | 'zh-CN')` for a verdict's or refund's trust event,
 * `explainReconcile({ delta, after }, locale)` for the recompute's correction, `formatDelta`.
 */
export {
  explainReconcile,
  explainTrustEvent,
  formatDelta,
  type ReconcileEventFacts,
  type TrustLocale,
  type VerdictEventFacts,
} from './explain';

/** Errors: every refusal is a `TrustRuleError` with a stable `code` from TRUST_ERROR_CODES. */
export { TRUST_ERROR_CODES, TrustRuleError, type TrustErrorCode } from './errors';
