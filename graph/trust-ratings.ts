// Reading every outcome-backed rating: what the trust edges are derived from (rebuildTrustEdges
// in graph/trust-edges.ts, run by schema migration 5). The global recompute read these itself
// before the edges existed; the figures below are from then.
//
// RATINGS is the definition: one row per verdict and per refund. Read as it is written, it is a
// million Bolt records at 1M rated orders, and the per-record cost (on the server, on the wire and
// in the driver) dominated the recompute: 38 s of its 54 s. readRatings returns exactly the same
// ratings (test/integration/trust-ratings.test.ts compares the two on a fixture) but reads far
// fewer, larger records:
//
// - verdicts, one record per recommendation: the recommender's id once, then per verdict a
//   small list of rater id, verdict, order value and time. Starting from the recommendation is the
//   expansion order the planner already chose for RATINGS (Recommendation is the smallest label
//   on the path); the CALL subquery collects per recommendation, so records stream out as the
//   scan goes instead of after one eager aggregation over every verdict;
// - refunds, one record each: there are few, and the query seeks them in the (status, placedAt)
//   index instead of walking every order of every recommendation.
//
// - the verdicts are read in parts (READ_PARTS), split at recommendation ids chosen so that each
//   part walks about the same number of orders, each part its own transaction, all at once.
//
// Only rows are grouped; no arithmetic moves into Cypher, so the trust maths stays in
// server/domain/trust. All reads run concurrently with each other and with the member read,
// and are consumed as they stream.
import type { RecomputeRating } from '../server/domain/trust';
import type { Graph } from './graph';
import { COST_FACTS, weakOf, type StoredCostFacts } from './evidence-cost';

/** Every outcome-backed rating (verdicts and refunds), one row each: the definition readRatings must match. */
export const RATINGS = `
  MATCH (buyer:Member)-[:GAVE]->(f:Feedback)-[:ON]->(o:Order)-[:THROUGH]->(:Recommendation)<-[:RECOMMENDS]-(author:Member)
  RETURN buyer.id AS raterId, author.id AS recommenderId, f.heldUp AS heldUp, o.totalMinor AS orderValueMinor,
         f.at AS at, 'FEEDBACK' AS cause, ${COST_FACTS} AS cost
  UNION ALL
  MATCH (buyer:Member)-[:PLACED]->(o:Order {status: 'REFUNDED'})-[:THROUGH]->(:Recommendation)<-[:RECOMMENDS]-(author:Member)
  RETURN buyer.id AS raterId, author.id AS recommenderId, false AS heldUp, o.totalMinor AS orderValueMinor,
         o.refundedAt AS at, 'REFUND' AS cause, ${COST_FACTS} AS cost`;

/**
 * RATINGS' first half, grouped by recommendation (and author, should one have several), for the
 * recommendations of one part: those with exactly $part of the sorted $pivots at or below their
 * id. Every recommendation is in exactly one part whatever the pivots (a missing id compares to
 * nothing, so it falls in part 0); the pivots only balance the parts.
 */
export const VERDICTS_BY_RECOMMENDATION = `
  MATCH (r:Recommendation) WHERE size([p IN $pivots WHERE p <= r.id]) = $part
  MATCH (author:Member)-[:RECOMMENDS]->(r)
  CALL (r) {
    MATCH (r)<-[:THROUGH]-(o:Order)<-[:ON]-(f:Feedback)<-[:GAVE]-(buyer:Member)
    // One small list per verdict rather than a list per field: collect() skips nulls, which
    // would shift parallel lists against each other; inside a list a null stays in its place.
    RETURN collect([buyer.id, f.heldUp, o.totalMinor, f.at, ${COST_FACTS}]) AS verdicts
  }
  WITH author, verdicts WHERE size(verdicts) > 0
  RETURN author.id AS recommenderId, verdicts`;

/** Recommendations with the number of orders through them (a degree, O(1) per node), by id. */
const RECOMMENDATION_LOADS = `
  MATCH (r:Recommendation) WHERE r.id IS NOT NULL
  RETURN r.id AS id, COUNT { (r)<-[:THROUGH]-() } AS orders ORDER BY id`;

/**
 * The verdict read is split into this many parts, each its own query, run concurrently: one
 * Cypher query runs on one thread, and at 1M verdicts the database side of the read is the
 * recompute's largest cost.
 */
const READ_PARTS = 2;

/**
 * RATINGS' second half, from the order (status, placedAt) index. The planner uses that composite
 * index only with a predicate on both properties; every order has placedAt (graph/orders.ts sets
 * it when the order is placed), so `IS NOT NULL` excludes nothing.
 */
export const REFUNDS = `
  MATCH (o:Order) WHERE o.status = 'REFUNDED' AND o.placedAt IS NOT NULL
  MATCH (o)-[:THROUGH]->(:Recommendation)<-[:RECOMMENDS]-(author:Member)
  MATCH (buyer:Member)-[:PLACED]->(o)
  RETURN buyer.id AS raterId, author.id AS recommenderId, o.totalMinor AS orderValueMinor, o.refundedAt AS at,
         ${COST_FACTS} AS cost`;

/** [raterId, heldUp, orderValueMinor, at, cost facts]. */
type Verdict = [string, boolean, number, number, StoredCostFacts];

/** Every outcome-backed rating, as RATINGS defines them (in another order). */
export async function readRatings(graph: Graph, parts = READ_PARTS): Promise<RecomputeRating[]> {
  const refunds = readRefunds(graph);
  const pivots = await partPivots(graph, parts);
  const verdicts = await Promise.all(Array.from({ length: parts }, (_, part) => readVerdicts(graph, pivots, part)));
  const all = verdicts.flat();
  for (const r of await refunds) all.push(r);
  return all;
}

/** parts − 1 recommendation ids splitting the orders through recommendations into equal shares. */
async function partPivots(graph: Graph, parts: number): Promise<string[]> {
  if (parts <= 1) return [];
  const loads = await graph.read(async (tx) =>
    (await tx.run(RECOMMENDATION_LOADS)).records.map((r) => ({ id: r.get('id') as string, load: r.get('orders') as number })),
  );
  return splitPivots(loads, parts);
}

/** parts − 1 ids from `loads` (sorted by id) that split the summed load into about equal shares. */
export function splitPivots(loads: ReadonlyArray<{ id: string; load: number }>, parts: number): string[] {
  const total = loads.reduce((sum, l) => sum + l.load, 0);
  const pivots: string[] = [];
  let seen = 0;
  for (const l of loads) {
    // The pivot opens the next part: it is the first id past the share of the parts before it.
    if (seen >= (total * (pivots.length + 1)) / parts && pivots.length < parts - 1) pivots.push(l.id);
    seen += l.load;
  }
  return pivots;
}

function readVerdicts(graph: Graph, pivots: string[], part: number): Promise<RecomputeRating[]> {
  return graph.read(async (tx) => {
    // Inside the work function: a retried transaction starts again from nothing.
    const out: RecomputeRating[] = [];
    for await (const record of tx.run(VERDICTS_BY_RECOMMENDATION, { pivots, part })) {
      const recommenderId = record.get('recommenderId') as string;
      for (const [raterId, heldUp, orderValueMinor, at, cost] of record.get('verdicts') as Verdict[]) {
        out.push({ raterId, recommenderId, heldUp, orderValueMinor, at: new Date(at), cause: 'FEEDBACK', weak: weakOf(cost, at) });
      }
    }
    return out;
  });
}

function readRefunds(graph: Graph): Promise<RecomputeRating[]> {
  return graph.read(async (tx) => {
    const out: RecomputeRating[] = [];
    for await (const record of tx.run(REFUNDS)) {
      const { cost, ...r } = record.toObject() as { raterId: string; recommenderId: string; orderValueMinor: number; at: number; cost: StoredCostFacts };
      out.push({ ...r, heldUp: false, at: new Date(r.at), cause: 'REFUND', weak: weakOf(cost, r.at) });
    }
    return out;
  });
}
