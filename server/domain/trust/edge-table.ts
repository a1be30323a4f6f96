// The recompute's working memory when it starts from trust edges (trust-edge.ts): one entry per
// (rater, recommender) pair with its evidence decayed to the recompute's `now`, as CSR rows by
// rater, targets ascending. Built after one pair of counting sorts, in O(edges + members).
//
// Determinism: members are indexed in sorted-id order and pairs by (rater, target), so the same
// edges in any input order give the same table, hence bit-identical results.

import { isFiniteNumber, isSafeInteger } from './builtins';
import { TrustRuleError } from './errors';
import { DAY_MS, decayFactor } from './member-trust';
import { DEFAULT_TRUST_PARAMS, type TrustParams } from './params';
import { edgeColumnsOf, edgeCount, isEdgeColumns, type TrustEdgeColumns } from './edge-columns';
import { countingSort, indexMembers, type PairGraph, type RatingTable, type RecomputeMember } from './rating-table';
import { edgeAt, trustEdgesOf, type TrustEdge } from './trust-edge';

export interface EdgeTable extends PairGraph {
  /** Table pair → index in the caller's edges (array or columns). */
  readonly origin: Uint32Array;
  /** Per pair: Σ base × decay of the verdicts that held up, decayed to `now`. */
  readonly positive: Float64Array;
  /** Per pair: the same for verdicts that did not hold up and refunds. */
  readonly negative: Float64Array;
}

/**
 * The table of stored trust edges, their sums decayed to `nowMs`. Self-edges weigh nothing and are
 * dropped. Edges as objects are put in columns first (edge-columns.ts): one path builds the table.
 */
export function buildEdgeTable(
  members: readonly RecomputeMember[],
  edges: readonly TrustEdge[] | TrustEdgeColumns,
  nowMs: number,
  params: TrustParams = DEFAULT_TRUST_PARAMS,
): EdgeTable {
  const c = isEdgeColumns(edges) ? edges : edgeColumnsOf(edges);
  const { ids, index, verified } = indexMembers(members);
  const n = ids.length;
  const m = edgeCount(c);
  // The columns' member indices → the table's (sorted-id order); UNKNOWN for an id no member has.
  const toMember = Int32Array.from(c.ids, (id) => index.get(id) ?? UNKNOWN);
  const memberAt = (local: number | undefined) => (local !== undefined && local >= 0 && local < toMember.length ? toMember[local]! : UNKNOWN);
  const rater0 = new Int32Array(m);
  const target0 = new Int32Array(m);
  const kept = new Uint32Array(m);
  let keptCount = 0;
  for (let k = 0; k < m; k++) {
    const i = memberAt(c.rater[k]);
    const j = memberAt(c.recommender[k]);
    if (i === UNKNOWN || j === UNKNOWN) {
      const missing = String(c.ids[i === UNKNOWN ? c.rater[k]! : c.recommender[k]!] ?? `#${i === UNKNOWN ? c.rater[k] : c.recommender[k]}`);
      throw new TrustRuleError('UNKNOWN_MEMBER', `trust edge ${k} names unknown member ${missing}`, { edge: k, missing });
    }
    rater0[k] = i;
    target0[k] = j;
    const positive = c.positive[k]!;
    const negative = c.negative[k]!;
    const count = c.count[k]!;
    const atMs = c.atMs[k]!;
    if (!isSum(positive) || !isSum(negative) || !isSafeInteger(count) || count < 1 || !isFiniteNumber(atMs)) {
      throw new TrustRuleError('INVALID_VERDICT', `trust edge ${k}: sums must be finite and ≥ 0, count a positive integer`, {
        edge: k, positive, negative, count, atMs,
      });
    }
    if (i !== j) kept[keptCount++] = k;
  }
  const origin = countingSort(countingSort(kept.subarray(0, keptCount), target0, n), rater0, n);
  const pairCount = origin.length;
  const pairRater = new Int32Array(pairCount);
  const pairTarget = new Int32Array(pairCount);
  const positive = new Float64Array(pairCount);
  const negative = new Float64Array(pairCount);
  const rowStart = new Uint32Array(n + 1);
  for (let p = 0; p < pairCount; p++) {
    const k = origin[p]!;
    pairRater[p] = rater0[k]!;
    pairTarget[p] = target0[k]!;
    if (p > 0 && pairRater[p] === pairRater[p - 1] && pairTarget[p] === pairTarget[p - 1]) {
      throw new TrustRuleError('INVALID_VERDICT', `two trust edges from ${ids[pairRater[p]!]} to ${ids[pairTarget[p]!]}`, {
        raterId: ids[pairRater[p]!], recommenderId: ids[pairTarget[p]!],
      });
    }
    // edgeAt, inlined: one decay factor for both sums, no object per edge.
    const f = decayFactor((nowMs - c.atMs[k]!) / DAY_MS, params);
    positive[p] = c.positive[k]! * f;
    negative[p] = c.negative[k]! * f;
    rowStart[pairRater[p]! + 1]! += 1;
  }
  for (let i = 0; i < n; i++) rowStart[i + 1]! += rowStart[i]!;
  return { ids, verified, pairCount, pairRater, pairTarget, rowStart, origin, positive, negative };
}

const UNKNOWN = -1;
const isSum = (v: number) => isFiniteNumber(v) && v >= 0;

/**
 * The same table from the verdicts themselves: each pair's edge folded as the transactions fold
 * it (trustEdgesOf), then decayed to `nowMs`; and each sorted rating's base weight.
 */
export function edgeTableOfRatings(
  t: RatingTable,
  nowMs: number,
  params: TrustParams = DEFAULT_TRUST_PARAMS,
): { table: EdgeTable; base: Float64Array } {
  const { edges, base } = trustEdgesOf(t, params);
  const positive = new Float64Array(t.pairCount);
  const negative = new Float64Array(t.pairCount);
  edges.forEach((e, p) => {
    const now = edgeAt(e, nowMs, params);
    positive[p] = now.positive;
    negative[p] = now.negative;
  });
  const origin = Uint32Array.from({ length: t.pairCount }, (_, p) => p);
  const { ids, verified, pairCount, pairRater, pairTarget, rowStart } = t;
  return { table: { ids, verified, pairCount, pairRater, pairTarget, rowStart, origin, positive, negative }, base };
}
