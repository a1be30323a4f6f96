// The periodic global recompute: from every trust edge (or every outcome-backed rating), the
// trust of every member, reconciling what the immediate updates did with what the whole graph
// now says.
//
// 1. Index and sort the pairs: the stored trust edges (edge-table.ts), or the ratings, folded
//    into the same edges (rating-table.ts, trust-edge.ts); self-ratings are dropped.
// 2. Per pair, its evidence decayed to `now`: Σ base·decay of the verdicts that held up and of
//    those that did not (base = value × repeat^k × refundWeight); their difference is the signed
//    support (collusion.ts).
// 3. Flag reciprocal pairs and rings; damp their pairs.
// 4. EigenTrust from the verified seed over the normalised, then damped, positive support
//    (eigentrust.ts), and from it each member's reach (their voice as a rater).
// 5. The Beta evidence of every recommender, each verdict weighted by base × damping × the
//    voice of its rater's fresh reach × the rater's budget share (all they have said, against
//    vouchBudget), as applyVerdict weighs it, decayed to `now`.
// Step 5 is why a closed ring cannot lift itself: its members' reach is 0, so their verdicts on
// each other only feed the capped unvouched pot.

import { isoAt, max } from './builtins';
import { timeOf } from './errors';
import { findCollusion, inOneRing, pairDamping, supportOf } from './collusion';
import { buildEdgeTable, edgeTableOfRatings, type EdgeTable } from './edge-table';
import { pretrustOf, propagate, reachOf } from './eigentrust';
import { buildTrust, type MemberTrust } from './member-trust';
import { DEFAULT_TRUST_PARAMS, assertTrustParams, type TrustParams } from './params';
import { buildRatingTable, type RecomputeMember, type RecomputeRating } from './rating-table';
import type { TrustEdgeColumns } from './edge-columns';
import type { TrustEdge } from './trust-edge';
import { budgetShare } from './weight';
import { weighEvidence } from './evidence';

export interface RecomputeInput {
  readonly members: readonly RecomputeMember[];
  /** Outcome-backed ratings; self-dealing ones may be included, they weigh nothing. */
  readonly ratings: readonly RecomputeRating[];
}

/** Progress for the CLI: the graph is built, each propagation step, the evidence is summed. */
export interface RecomputeProgress {
  readonly phase: 'graph' | 'propagate' | 'evidence';
  readonly iteration: number;
  readonly residual: number;
}

/** The recompute's input as the database keeps it: one trust edge per (rater, recommender). */
export interface EdgeRecomputeInput {
  readonly members: readonly RecomputeMember[];
  /** As objects, or by column as the recompute job reads them (edge-columns.ts). */
  readonly edges: readonly TrustEdge[] | TrustEdgeColumns;
}

export interface EdgeRecomputeResult {
  /** Every member's new state, in sorted-id order, evidence decayed to `now`. */
  readonly trust: Map<string, MemberTrust>;
  readonly iterations: number;
  /** L1 change of the last EigenTrust step. */
  readonly residual: number;
  readonly converged: boolean;
  /** Pairs that rated each other, [smaller id, larger id], sorted: to flag for review. */
  readonly reciprocalPairs: Array<[string, string]>;
  /** Flagged rings, each sorted: to flag for review. */
  readonly rings: string[][];
}

export interface RecomputeResult extends EdgeRecomputeResult {
  /** Per input rating (caller's order): base weight incl. damping, before voice and decay; 0 for self-ratings. */
  readonly ratingBaseWeights: Float64Array;
  /**
   * Per input rating: the part of its weight that is vouched and the part that is not (base ×
   * damping × the rater's voice and budget share), before decay; 0 for self-ratings.
   */
  readonly ratingVouchedWeights: Float64Array;
  readonly ratingUnvouchedWeights: Float64Array;
}

/** The recompute from the stored trust edges: what the job runs. */
export function recomputeFromEdges(
  input: EdgeRecomputeInput,
  now: Date,
  params: TrustParams = DEFAULT_TRUST_PARAMS,
  onProgress?: (p: RecomputeProgress) => void,
): EdgeRecomputeResult {
  assertTrustParams(params);
  const nowMs = timeOf(now, 'now');
  const { damping, voices, ...result } = recomputeTable(buildEdgeTable(input.members, input.edges, nowMs, params), nowMs, params, onProgress);
  return result;
}

/** The recompute from the verdicts themselves, folded into trust edges as the transactions fold them. */
export function recomputeGlobalTrust(
  input: RecomputeInput,
  now: Date,
  params: TrustParams = DEFAULT_TRUST_PARAMS,
  onProgress?: (p: RecomputeProgress) => void,
): RecomputeResult {
  assertTrustParams(params);
  const nowMs = timeOf(now, 'now');
  const t = buildRatingTable(input.members, input.ratings);
  const { table, base } = edgeTableOfRatings(t, nowMs, params);
  const { damping, voices, ...result } = recomputeTable(table, nowMs, params, onProgress);
  const ratingBaseWeights = new Float64Array(input.ratings.length);
  const ratingVouchedWeights = new Float64Array(input.ratings.length);
  const ratingUnvouchedWeights = new Float64Array(input.ratings.length);
  for (let p = 0; p < t.pairCount; p++) {
    for (let q = t.pairStart[p]!; q < t.pairStart[p + 1]!; q++) {
      const k = t.origin[q]!;
      ratingBaseWeights[k] = base[q]! * damping[p]!;
      ratingVouchedWeights[k] = ratingBaseWeights[k]! * voices.vouched[p]!;
      ratingUnvouchedWeights[k] = ratingBaseWeights[k]! * voices.unvouched[p]!;
    }
  }
  return { ...result, ratingBaseWeights, ratingVouchedWeights, ratingUnvouchedWeights };
}

function recomputeTable(
  t: EdgeTable,
  nowMs: number,
  params: TrustParams,
  onProgress?: (p: RecomputeProgress) => void,
): EdgeRecomputeResult & { damping: Float64Array; voices: { vouched: Float64Array; unvouched: Float64Array } } {
  const n = t.ids.length;
  const support = supportOf(t);
  // Everything each rater has said (decayed base weights, undamped): their budget share.
  const given = new Float64Array(n);
  for (let p = 0; p < t.pairCount; p++) given[t.pairRater[p]!]! += t.positive[p]! + t.negative[p]!;
  const share = Float64Array.from(given, (g) => budgetShare(g, params));
  const flags = findCollusion(t, support, params, share);
  onProgress?.({ phase: 'graph', iteration: 0, residual: 0 });

  // Local trust: positive support normalised per rater (EigenTrust), then damped. Damping after
  // the normalisation is what makes it bite: a rater whose every pair is damped (a ring member)
  // passes on a quarter of their trust, and the rest returns to the verified seed, instead of
  // the whole of it circulating inside the ring step after step.
  const damping = new Float64Array(t.pairCount);
  const local = new Float64Array(t.pairCount);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let p = t.rowStart[i]!; p < t.rowStart[i + 1]!; p++) {
      damping[p] = pairDamping(t, flags, p, params);
      local[p] = max(0, support[p]!);
      sum += local[p]!;
    }
    for (let p = t.rowStart[i]!; p < t.rowStart[i + 1]!; p++) local[p] = sum > 0 ? (local[p]! / sum) * damping[p]! : 0;
  }
  const global = propagate(
    { n, rowStart: t.rowStart, target: t.pairTarget, local, pretrust: pretrustOf(t.verified) },
    params,
    (iteration, residual) => onProgress?.({ phase: 'propagate', iteration, residual }),
  );
  const reach = reachOf(global.trust, t.verified, params);

  // Beta evidence per recommender, each pair's verdicts weighed with its rater's fresh voice and
  // budget share (evidence.ts).
  const sameRing = new Uint8Array(t.pairCount);
  for (let p = 0; p < t.pairCount; p++) sameRing[p] = inOneRing(t, flags, p) ? 1 : 0;
  const { vp, vn, up, un, voices } = weighEvidence(
    { ...t, damping, sameRing, reach, share }, params,
  );
  const trust = new Map<string, MemberTrust>();
  const evidenceAt = isoAt(nowMs);
  for (let i = 0; i < n; i++) {
    const evidence = { vouchedPositive: vp[i]!, vouchedNegative: vn[i]!, unvouchedPositive: up[i]!, unvouchedNegative: un[i]! };
    trust.set(t.ids[i]!, buildTrust(evidence, reach[i]!, evidenceAt, params));
  }
  onProgress?.({ phase: 'evidence', iteration: global.iterations, residual: global.residual });

  const reciprocalPairs: Array<[string, string]> = [];
  for (let p = 0; p < t.pairCount; p++) {
    const a = t.pairRater[p]!;
    const b = t.pairTarget[p]!;
    if (flags.reciprocal[p] && a < b) reciprocalPairs.push([t.ids[a]!, t.ids[b]!]);
  }
  return {
    trust,
    iterations: global.iterations,
    residual: global.residual,
    converged: global.converged,
    reciprocalPairs,
    rings: flags.rings.map((ring) => ring.map((i) => t.ids[i]!)),
    damping,
    voices,
  };
}
