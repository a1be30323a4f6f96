// The recompute's working memory: every rating as columns of typed arrays, sorted so that all
// ratings of one (rater, recommender) pair are adjacent and in time order, and the pairs of one
// rater are adjacent (a CSR adjacency list). Built once, in O(ratings + members) after one sort,
// so a network of 100k members and 1M ratings fits in a few tens of megabytes and no step of
// the propagation allocates.
//
// Determinism: members are indexed in sorted-id order and ratings are ordered by
// (rater, recommender, time, value, verdict, cause, input position), so the same ratings in any input order give the
// same floating-point sums in the same order, hence bit-identical results.

import { isSafeInteger } from './builtins';
import { TrustRuleError, timeOf } from './errors';
import type { VerdictCause } from './verdict';

/** A member as the recompute needs it. */
export interface RecomputeMember {
  readonly id: string;
  /** Verified (pre-trusted) by an admin: the seed trust propagates from. */
  readonly verified: boolean;
}

/** One outcome-backed rating: a buyer's verdict on a delivered order, or a refund. */
export interface RecomputeRating {
  readonly raterId: string;
  readonly recommenderId: string;
  readonly heldUp: boolean;
  readonly orderValueMinor: number;
  readonly at: Date;
  /** Defaults to FEEDBACK; a REFUND weighs refundWeight. */
  readonly cause?: VerdictCause;
  /** Weak evidence (evidence-cost.ts); default false. */
  readonly weak?: boolean;
}

/**
 * What every step after the table needs: members by index, and pairs (rater → recommender) as
 * CSR rows by rater, targets ascending. The rating table and the trust-edge table are both one.
 */
export interface PairGraph {
  /** Member ids in sorted order; a member's index is its position here. */
  readonly ids: readonly string[];
  readonly verified: Uint8Array;
  readonly pairCount: number;
  readonly pairRater: Int32Array;
  readonly pairTarget: Int32Array;
  /** CSR by rater: pairs rowStart[i] .. rowStart[i+1]-1 are rater i's, targets ascending. */
  readonly rowStart: Uint32Array;
}

export interface RatingTable extends PairGraph {
  /** Kept ratings (self-ratings are dropped: self-dealing moves nothing), in sorted order. */
  readonly size: number;
  /** Sorted position → index in the caller's rating array. */
  readonly origin: Uint32Array;
  readonly rater: Int32Array;
  readonly recommender: Int32Array;
  readonly atMs: Float64Array;
  readonly value: Float64Array;
  readonly heldUp: Uint8Array;
  readonly refund: Uint8Array;
  readonly weak: Uint8Array;
  /** Pairs: ratings pairStart[p] .. pairStart[p+1]-1 are from pairRater[p] to pairTarget[p]. */
  readonly pairStart: Uint32Array;
}

/** Members in sorted-id order: their ids, verified flags and id → index. */
export function indexMembers(members: readonly RecomputeMember[]) {
  const sorted = [...members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = sorted.map((m) => m.id);
  const index = new Map<string, number>();
  const verified = new Uint8Array(ids.length);
  sorted.forEach((m, i) => {
    if (index.has(m.id)) throw new TrustRuleError('UNKNOWN_MEMBER', `member ${m.id} is listed twice`, { id: m.id });
    index.set(m.id, i);
    verified[i] = m.verified ? 1 : 0;
  });
  return { ids, index, verified };
}

/**
 * place(k, raterId, recommenderId) writes the two members' indices at position k of `rater` and
 * `target`, or throws UNKNOWN_MEMBER naming the `what` at k. Input read from the database
 * arrives grouped by rater, so the last rater's lookup is remembered.
 */
export function pairPlacer(index: ReadonlyMap<string, number>, rater: Int32Array, target: Int32Array, what: 'rating' | 'trust edge') {
  let lastRaterId: string | undefined;
  let lastRater: number | undefined;
  const detail = what === 'rating' ? 'rating' : 'edge';
  return (k: number, raterId: string, recommenderId: string): void => {
    const i = raterId === lastRaterId ? lastRater : index.get(raterId);
    lastRaterId = raterId;
    lastRater = i;
    const j = index.get(recommenderId);
    if (i === undefined || j === undefined) {
      const missing = i === undefined ? raterId : recommenderId;
      throw new TrustRuleError('UNKNOWN_MEMBER', `${what} ${k} names unknown member ${missing}`, { [detail]: k, missing });
    }
    rater[k] = i;
    target[k] = j;
  };
}

/**
 * Ratings as unsorted columns, one position per rating, members already placed by index (the
 * input of ratingTableOfColumns). Whoever fills them has checked each rating (buildRatingTable does).
 */
export interface RatingColumns {
  readonly rater: Int32Array;
  readonly target: Int32Array;
  readonly atMs: Float64Array;
  readonly value: Float64Array;
  readonly heldUp: Uint8Array;
  readonly refund: Uint8Array;
  readonly weak: Uint8Array;
}

/** Columns for `size` ratings, zeroed. */
export function allocateRatingColumns(size: number): RatingColumns {
  return {
    rater: new Int32Array(size),
    target: new Int32Array(size),
    atMs: new Float64Array(size),
    value: new Float64Array(size),
    heldUp: new Uint8Array(size),
    refund: new Uint8Array(size),
    weak: new Uint8Array(size),
  };
}

export function buildRatingTable(
  members: readonly RecomputeMember[],
  ratings: readonly RecomputeRating[],
): RatingTable {
  const indexed = indexMembers(members);
  const m = ratings.length;
  const c = allocateRatingColumns(m);
  const place = pairPlacer(indexed.index, c.rater, c.target, 'rating');
  for (let k = 0; k < m; k++) {
    const r = ratings[k]!;
    place(k, r.raterId, r.recommenderId);
    if (!isSafeInteger(r.orderValueMinor) || r.orderValueMinor < 0) {
      throw new TrustRuleError('INVALID_VERDICT', `rating ${k}: orderValueMinor must be a non-negative integer`, {
        rating: k,
        orderValueMinor: r.orderValueMinor,
      });
    }
    if (r.cause === 'REFUND' && r.heldUp) {
      throw new TrustRuleError('INVALID_VERDICT', `rating ${k}: a refund cannot have held up`, { rating: k });
    }
    c.atMs[k] = timeOf(r.at, 'at');
    c.value[k] = r.orderValueMinor;
    c.heldUp[k] = r.heldUp ? 1 : 0;
    c.refund[k] = r.cause === 'REFUND' ? 1 : 0;
    c.weak[k] = r.weak ? 1 : 0;
  }
  return ratingTableOfColumns(indexed, c);
}

/**
 * The table from ratings already in columns: what buildRatingTable does after checking each
 * rating, and what a caller holding millions of ratings uses without an object per rating (the
 * bench's bulk market derives its trust edges this way; test/bench/bulk-trust-edges.ts).
 */
export function ratingTableOfColumns(
  members: { readonly ids: readonly string[]; readonly verified: Uint8Array },
  columns: RatingColumns,
): RatingTable {
  const { ids, verified } = members;
  const n = ids.length;
  const { rater: rater0, target: target0, atMs: at0, value: value0, heldUp: held0, refund: refund0, weak: weak0 } = columns;
  const m = rater0.length;
  let keptCount = 0;
  for (let k = 0; k < m; k++) if (rater0[k] !== target0[k]) keptCount++;
  const kept = new Uint32Array(keptCount);
  for (let k = 0, q = 0; k < m; k++) if (rater0[k] !== target0[k]) kept[q++] = k;

  // Stable counting sorts by recommender, then by rater, give (rater, recommender, input
  // order); each pair's run is then put in time order, a short sort per pair.
  const origin = countingSort(countingSort(kept, target0, n), rater0, n);
  const inTime = (x: number, y: number) =>
    at0[x]! - at0[y]! || value0[x]! - value0[y]! || held0[x]! - held0[y]! || refund0[x]! - refund0[y]! || weak0[x]! - weak0[y]! || x - y;
  for (let q = 0; q < origin.length; ) {
    let end = q + 1;
    while (end < origin.length && rater0[origin[end]!] === rater0[origin[q]!] && target0[origin[end]!] === target0[origin[q]!]) {
      end++;
    }
    if (end - q > 1) origin.subarray(q, end).sort(inTime);
    q = end;
  }

  const size = origin.length;
  const rater = new Int32Array(size);
  const recommender = new Int32Array(size);
  const atMs = new Float64Array(size);
  const value = new Float64Array(size);
  const heldUp = new Uint8Array(size);
  const refund = new Uint8Array(size);
  const weak = new Uint8Array(size);
  const starts: number[] = [];
  for (let q = 0; q < size; q++) {
    const k = origin[q]!;
    rater[q] = rater0[k]!;
    recommender[q] = target0[k]!;
    atMs[q] = at0[k]!;
    value[q] = value0[k]!;
    heldUp[q] = held0[k]!;
    refund[q] = refund0[k]!;
    weak[q] = weak0[k]!;
    if (q === 0 || rater[q] !== rater[q - 1] || recommender[q] !== recommender[q - 1]) starts.push(q);
  }
  const pairCount = starts.length;
  const pairStart = new Uint32Array(pairCount + 1);
  const pairRater = new Int32Array(pairCount);
  const pairTarget = new Int32Array(pairCount);
  const rowStart = new Uint32Array(n + 1);
  for (let p = 0; p < pairCount; p++) {
    const q = starts[p]!;
    pairStart[p] = q;
    pairRater[p] = rater[q]!;
    pairTarget[p] = recommender[q]!;
    rowStart[rater[q]! + 1]! += 1;
  }
  pairStart[pairCount] = size;
  for (let i = 0; i < n; i++) rowStart[i + 1]! += rowStart[i]!;

  return {
    ids, verified, size, origin, rater, recommender, atMs, value, heldUp, refund, weak,
    pairCount, pairStart, pairRater, pairTarget, rowStart,
  };
}

/** Stable counting sort of the positions in `perm` by key[position] in [0, buckets). */
export function countingSort(perm: Uint32Array, key: Int32Array, buckets: number): Uint32Array {
  const next = new Uint32Array(buckets + 1);
  for (let q = 0; q < perm.length; q++) next[key[perm[q]!]! + 1]! += 1;
  for (let b = 0; b < buckets; b++) next[b + 1]! += next[b]!;
  const out = new Uint32Array(perm.length);
  for (let q = 0; q < perm.length; q++) {
    const k = perm[q]!;
    out[next[key[k]!]!++] = k;
  }
  return out;
}

/** Index of the pair (rater i → target j), or -1: binary search in i's row (targets ascending). */
export function findPair(t: Pick<PairGraph, 'rowStart' | 'pairTarget'>, i: number, j: number): number {
  let lo = t.rowStart[i]!;
  let hi = t.rowStart[i + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const target = t.pairTarget[mid]!;
    if (target === j) return mid;
    if (target < j) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}
