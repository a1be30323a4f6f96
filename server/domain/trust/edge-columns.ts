// Trust edges by column: the form the global recompute reads them in (graph/trust-edges.ts) and
// builds its table from (edge-table.ts). A million edges as a million objects, each naming its
// two members by id string, cost the recompute's one JavaScript thread about a second to create
// and then to look up again; as typed columns pointing into one list of member ids they cost
// neither. TrustEdge objects stay the readable form for tests and the simulation
// (edgeColumnsOf / edgesOfColumns convert).
import type { TrustEdge } from './trust-edge';

export interface TrustEdgeColumns {
  /** The member ids the rater and recommender columns point into (each id once). */
  readonly ids: readonly string[];
  /** Per edge: index into `ids` of the rater, and of the recommender. */
  readonly rater: Int32Array;
  readonly recommender: Int32Array;
  /** Per edge: TrustEdgeState's sums, count and instant (epoch ms). */
  readonly positive: Float64Array;
  readonly negative: Float64Array;
  readonly count: Float64Array;
  readonly atMs: Float64Array;
}

/** Empty columns for `edges` edges, to fill by index. */
export function allocateEdgeColumns(ids: readonly string[], edges: number): TrustEdgeColumns {
  return {
    ids,
    rater: new Int32Array(edges),
    recommender: new Int32Array(edges),
    positive: new Float64Array(edges),
    negative: new Float64Array(edges),
    count: new Float64Array(edges),
    atMs: new Float64Array(edges),
  };
}

/** The same edges, in the same order, by column. */
export function edgeColumnsOf(edges: readonly TrustEdge[]): TrustEdgeColumns {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const indexOf = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  const c = allocateEdgeColumns(ids, edges.length);
  edges.forEach((e, k) => {
    c.rater[k] = indexOf(e.raterId);
    c.recommender[k] = indexOf(e.recommenderId);
    c.positive[k] = e.positive;
    c.negative[k] = e.negative;
    c.count[k] = e.count;
    c.atMs[k] = e.atMs;
  });
  return c;
}

/** One object per edge, in column order. */
export function edgesOfColumns(c: TrustEdgeColumns): TrustEdge[] {
  return Array.from({ length: edgeCount(c) }, (_, k) => ({
    raterId: c.ids[c.rater[k]!]!,
    recommenderId: c.ids[c.recommender[k]!]!,
    positive: c.positive[k]!,
    negative: c.negative[k]!,
    count: c.count[k]!,
    atMs: c.atMs[k]!,
  }));
}

export const edgeCount = (c: TrustEdgeColumns): number => c.rater.length;

export function isEdgeColumns(edges: readonly TrustEdge[] | TrustEdgeColumns): edges is TrustEdgeColumns {
  return !Array.isArray(edges);
}
