// Collusion signals over the whole rating graph, computed the same way for the recompute and for
// the pure helpers the simulation uses (the database layer finds the same shapes with a Cypher
// pattern inside the feedback transaction):
// - a reciprocal pair: two members who have each rated the other;
// - a ring: a strongly connected group of positive support (everyone reaches everyone through
//   "held up" verdicts) among unverified members, of at least ringMinSize members, that gets at
//   least ringClosure of its support from inside. Verified members are left out of the groups,
//   so being connected to one exempts nobody. Honest friends who buy from each other also sell
//   to outsiders; the honest network's own big component, the one most verified raters support,
//   is the one group exempt (its support is its own by nature).
// Flags damp weights; they never zero them, because an admin, not a heuristic, decides fraud.

import { edgeTableOfRatings, type EdgeTable } from './edge-table';
import { timeOf } from './errors';
import { DEFAULT_TRUST_PARAMS, type TrustParams } from './params';
import { buildRatingTable, findPair, type PairGraph, type RecomputeMember, type RecomputeRating } from './rating-table';
import { stronglyConnected } from './scc';

/** Per pair: the signed support Σ ±base × decay (+ held up, − not). Positive = the rater vouches for the target. */
export function supportOf(t: EdgeTable): Float64Array {
  const support = new Float64Array(t.pairCount);
  for (let p = 0; p < t.pairCount; p++) support[p] = t.positive[p]! - t.negative[p]!;
  return support;
}

export interface CollusionFlags {
  /** Per pair: 1 when the reverse pair exists. */
  readonly reciprocal: Uint8Array;
  /** Per member: index into `rings`, or -1. */
  readonly ringOf: Int32Array;
  /** Member indices of each ring, ascending; rings ordered by their first member. */
  readonly rings: readonly number[][];
}

/**
 * `share` (per member, default 1) weighs each rater's support by their budget share in the
 * closure test: a verified account that pours praise into a group is one budget of outside
 * support, not thirty verdicts' worth that make the group look open.
 */
export function findCollusion(t: PairGraph, support: Float64Array, params: TrustParams, share?: Float64Array): CollusionFlags {
  const n = t.ids.length;
  const reciprocal = new Uint8Array(t.pairCount);
  const keep = new Uint8Array(t.pairCount);
  for (let p = 0; p < t.pairCount; p++) {
    reciprocal[p] = findPair(t, t.pairTarget[p]!, t.pairRater[p]!) >= 0 ? 1 : 0;
    // Verified members stay out of the components: they are where trust enters, not members of
    // a group, so a verified account (a careless or a captured one) cannot bridge a ring into
    // the honest network nor shelter it by belonging to it.
    keep[p] = support[p]! > 0 && !t.verified[t.pairRater[p]!] && !t.verified[t.pairTarget[p]!] ? 1 : 0;
  }
  const { component, count } = stronglyConnected(n, t.rowStart, t.pairTarget, keep);
  const size = new Int32Array(count);
  for (let i = 0; i < n; i++) if (!t.verified[i]) size[component[i]!]! += 1;
  const internal = new Float64Array(count);
  const incoming = new Float64Array(count);
  // Distinct verified raters supporting each component (a rater's pairs are adjacent, targets
  // ascending, so "last verified rater counted" per component is enough to count each once).
  const seedSupport = new Int32Array(count);
  const lastSeed = new Int32Array(count).fill(-1);
  for (let p = 0; p < t.pairCount; p++) {
    const j = t.pairTarget[p]!;
    const i = t.pairRater[p]!;
    if (!(support[p]! > 0) || t.verified[j] || i === j) continue;
    const c = component[j]!;
    const weighed = support[p]! * (share ? share[i]! : 1);
    incoming[c]! += weighed;
    if (keep[p] && component[i] === c) internal[c]! += weighed;
    if (t.verified[i] && lastSeed[c] !== i) {
      lastSeed[c] = i;
      seedSupport[c]! += 1;
    }
  }
  // The honest network's own component is the one the verified seed as a whole supports: the
  // most distinct verified raters, then the largest. It is exempt, since nearly all of its support
  // is its own by nature. Any other closed group is judged by its closure, whoever supports it:
  // one verified rater (or a few) vouching for a group does not make it the network.
  let main = -1;
  for (let c = 0; c < count; c++) {
    if (seedSupport[c]! === 0) continue;
    if (main < 0 || seedSupport[c]! > seedSupport[main]! || (seedSupport[c] === seedSupport[main] && size[c]! > size[main]!)) main = c;
  }
  const isRing = (c: number) => c !== main && size[c]! >= params.ringMinSize && internal[c]! >= params.ringClosure * incoming[c]!;

  const ringOf = new Int32Array(n).fill(-1);
  const ringIdOfComponent = new Int32Array(count).fill(-1);
  const rings: number[][] = [];
  for (let i = 0; i < n; i++) {
    const c = component[i]!;
    if (t.verified[i] || !isRing(c)) continue;
    if (ringIdOfComponent[c] === -1) {
      ringIdOfComponent[c] = rings.length;
      rings.push([]);
    }
    ringOf[i] = ringIdOfComponent[c]!;
    rings[ringOf[i]!]!.push(i);
  }
  return { reciprocal, ringOf, rings };
}

/** Pair p's rater and recommender sit in one flagged ring. */
export function inOneRing(t: PairGraph, flags: CollusionFlags, p: number): boolean {
  const a = flags.ringOf[t.pairRater[p]!]!;
  return a >= 0 && a === flags.ringOf[t.pairTarget[p]!];
}

/** The collusion damping of pair p: reciprocalDamping and/or ringDamping, or 1. */
export function pairDamping(t: PairGraph, flags: CollusionFlags, p: number, params: TrustParams): number {
  return (flags.reciprocal[p] ? params.reciprocalDamping : 1) * (inOneRing(t, flags, p) ? params.ringDamping : 1);
}

/** Pairs of members who have rated each other, each as [smaller id, larger id], sorted. */
export function detectReciprocalPairs(
  ratings: readonly Pick<RecomputeRating, 'raterId' | 'recommenderId'>[],
): Array<[string, string]> {
  const given = new Set<string>();
  for (const r of ratings) if (r.raterId !== r.recommenderId) given.add(JSON.stringify([r.raterId, r.recommenderId]));
  const pairs = new Map<string, [string, string]>();
  for (const r of ratings) {
    const [a, b] = r.raterId < r.recommenderId ? [r.raterId, r.recommenderId] : [r.recommenderId, r.raterId];
    if (a !== b && given.has(JSON.stringify([r.recommenderId, r.raterId]))) pairs.set(JSON.stringify([a, b]), [a, b]);
  }
  return [...pairs.values()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
}

/** The rings the recompute would flag at `now`: member ids, each ring sorted, rings by first id. */
export function detectRings(
  input: { readonly members: readonly RecomputeMember[]; readonly ratings: readonly RecomputeRating[] },
  now: Date,
  params: TrustParams = DEFAULT_TRUST_PARAMS,
): string[][] {
  const { table } = edgeTableOfRatings(buildRatingTable(input.members, input.ratings), timeOf(now, 'now'), params);
  return findCollusion(table, supportOf(table), params).rings.map((ring) => ring.map((i) => table.ids[i]!));
}
