// Two measurements around the global recompute's rating read (graph/trust-ratings.ts), so the
// report can say where its time goes and compare it with OpenGDS on equal terms.
//
// - The first read after the database started also pulls the orders, verdicts and members from
//   disk into the page cache. GDS is measured warm (test/bench/gds-peer.ts), and a recompute on a
//   server that has been running finds the store in the page cache, so the bench reads every
//   rating once, untimed for the recompute, and reports that first read on its own.
// - The same walk counted inside Neo4j, sending nothing back: the database's share of the read,
//   on one thread (the recompute's read splits it into concurrent parts).
import type { Graph } from '../../graph/graph';
import { readRatings } from '../../graph/trust-ratings';

/** RATINGS' verdict half (graph/trust-ratings.ts), with the same four properties read, counted. */
const VERDICT_WALK = `
  MATCH (:Recommendation)<-[:THROUGH]-(o:Order)<-[:ON]-(f:Feedback)<-[:GAVE]-(buyer:Member)
  RETURN count([buyer.id, f.heldUp, o.totalMinor, f.at]) AS verdicts`;

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;

/** Reads every rating as the recompute does; the seconds it took and how many it read. */
export async function firstRatingRead(graph: Graph): Promise<{ seconds: number; ratings: number }> {
  const started = performance.now();
  const ratings = await readRatings(graph);
  return { seconds: seconds(started), ratings: ratings.length };
}

/** The verdict walk inside the database alone, one query on one thread. */
export async function databaseVerdictWalk(graph: Graph): Promise<{ seconds: number; verdicts: number }> {
  const started = performance.now();
  const verdicts = await graph.read(async (tx) => (await tx.run(VERDICT_WALK)).records[0]?.get('verdicts') as number);
  return { seconds: seconds(started), verdicts };
}
