// A trust edge: everything one rater's verdicts have said about one recommender, kept as running
// sums. The feedback and refund transactions fold each new verdict into the pair's edge
// (addVerdictToEdge), so the global recompute reads one edge per pair instead of walking every
// verdict through its order and recommendation (at 1M verdicts that walk was most of its time).
//
// What an edge holds is what the recompute derived per pair from the verdicts themselves: the
// base weights (order value × repeat^k × refundWeight × letDownWeight × weakness) of the verdicts that held up and of those
// that did not, each decayed with the half-life. Decay is one factor for a whole sum, so
// decaying the sums from `atMs` to `now` equals decaying each verdict from its own time (up to
// floating-point rounding). Collusion damping and the rater's voice are left out on purpose:
// they depend on the whole graph at recompute time, not on the pair.

import { max } from './builtins';
import { DAY_MS, decayFactor } from './member-trust';
import { DEFAULT_TRUST_PARAMS, type TrustParams } from './params';
import type { RatingTable } from './rating-table';
import { baseWeight } from './weight';

/** A pair's evidence: base-weight sums decayed to `atMs`, and how many verdicts built them. */
export interface TrustEdgeState {
  /** Σ base × decay of the verdicts that held up (≥ 0). */
  readonly positive: number;
  /** Σ base × decay of the verdicts that did not, and of refunds (≥ 0). */
  readonly negative: number;
  /** Verdicts and refunds folded in so far: the next one's repeat exponent. */
  readonly count: number;
  /** Epoch ms the sums are decayed to: the latest verdict's time. */
  readonly atMs: number;
}

/** A trust edge with its two ends, as the recompute reads it. */
export interface TrustEdge extends TrustEdgeState {
  readonly raterId: string;
  readonly recommenderId: string;
}

/** One verdict as the edge needs it. */
export interface EdgeVerdict {
  readonly heldUp: boolean;
  readonly orderValueMinor: number;
  readonly refund: boolean;
  readonly atMs: number;
  /** Weak evidence (evidence-cost.ts); default false. */
  readonly weak?: boolean;
}

/**
 * The edge after one more verdict: the sums decayed to the later of the edge's time and the
 * verdict's, then the verdict's base weight (with repeat^count) added to its side. A verdict
 * older than the edge (replayed out of order) is decayed to the edge's time instead.
 */
export function addVerdictToEdge(
  edge: TrustEdgeState | undefined,
  v: EdgeVerdict,
  params: TrustParams = DEFAULT_TRUST_PARAMS,
): TrustEdgeState {
  const atMs = max(edge?.atMs ?? v.atMs, v.atMs);
  const kept = edge ? decayFactor((atMs - edge.atMs) / DAY_MS, params) : 0;
  const base =
    baseWeight(
      { orderValueMinor: v.orderValueMinor, previousRatings: edge?.count ?? 0, refund: v.refund, heldUp: v.heldUp, weak: v.weak, reciprocal: false },
      params,
    ) *
    decayFactor((atMs - v.atMs) / DAY_MS, params);
  return {
    positive: (edge?.positive ?? 0) * kept + (v.heldUp ? base : 0),
    negative: (edge?.negative ?? 0) * kept + (v.heldUp ? 0 : base),
    count: (edge?.count ?? 0) + 1,
    atMs,
  };
}

/** The edge's sums decayed to `nowMs` (never grown: a future edge counts as it stands). */
export function edgeAt(edge: TrustEdgeState, nowMs: number, params: TrustParams = DEFAULT_TRUST_PARAMS) {
  const f = decayFactor((nowMs - edge.atMs) / DAY_MS, params);
  return { positive: edge.positive * f, negative: edge.negative * f };
}

/** All a rater has said: the sums of their edges decayed to `nowMs` (their budget's use, weight.ts). */
export function evidenceGiven(edges: readonly TrustEdgeState[], nowMs: number, params: TrustParams = DEFAULT_TRUST_PARAMS): number {
  let given = 0;
  for (const e of edges) {
    const now = edgeAt(e, nowMs, params);
    given += now.positive + now.negative;
  }
  return given;
}

/**
 * The trust edges a rating table's verdicts build, one per pair in the table's pair order, each
 * folded in time order exactly as the transactions fold them; and per sorted rating its base
 * weight (before collusion damping and voice).
 */
export function trustEdgesOf(t: RatingTable, params: TrustParams = DEFAULT_TRUST_PARAMS): { edges: TrustEdge[]; base: Float64Array } {
  const edges: TrustEdge[] = [];
  const base = new Float64Array(t.size);
  foldTrustEdges(t, (rater, target, edge) => edges.push({ raterId: t.ids[rater]!, recommenderId: t.ids[target]!, ...edge }), params, base);
  return { edges, base };
}

/**
 * The same fold, handing each pair's edge to `onEdge` (rater and recommender by index) instead of
 * keeping them: at ten million pairs an object per edge is gigabytes of heap. With `base`, each
 * sorted rating's base weight is written there.
 */
export function foldTrustEdges(
  t: RatingTable,
  onEdge: (rater: number, target: number, edge: TrustEdgeState) => void,
  params: TrustParams = DEFAULT_TRUST_PARAMS,
  base?: Float64Array,
): void {
  for (let p = 0; p < t.pairCount; p++) {
    let edge: TrustEdgeState | undefined;
    for (let q = t.pairStart[p]!; q < t.pairStart[p + 1]!; q++) {
      const refund = t.refund[q] === 1;
      const heldUp = t.heldUp[q] === 1;
      const weak = t.weak[q] === 1;
      if (base) base[q] = baseWeight({ orderValueMinor: t.value[q]!, previousRatings: edge?.count ?? 0, refund, heldUp, weak, reciprocal: false }, params);
      edge = addVerdictToEdge(edge, { heldUp, orderValueMinor: t.value[q]!, refund, weak, atMs: t.atMs[q]! }, params);
    }
    onEdge(t.pairRater[p]!, t.pairTarget[p]!, edge!);
  }
}
