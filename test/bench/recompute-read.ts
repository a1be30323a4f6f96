// Two measurements around the global recompute's trust-edge read (graph/trust-edges.ts), so the
// report can say where its time goes and compare it with OpenGDS on equal terms.
//
// - The first read after the database started also pulls the members and their edges from disk
//   into the page cache. GDS is measured warm (test/bench/gds-peer.ts), and a recompute on a
//   server that has been running finds the store in the page cache, so the bench reads every
//   edge once, untimed for the recompute, and reports that first read on its own.
// - The same edges read by Cypher, as on a Neo4j without the embedded launcher's procedure, and
//   that Cypher walk counted inside Neo4j, sending nothing back: the database's share of it, on
//   one thread (the Cypher read splits it into concurrent parts).
import type { Graph } from '../../graph/graph';
import { readTrustEdges, type EdgeReadOptions } from '../../graph/trust-edges';
import { edgeCount } from '../../server/domain/trust';

/** The recompute's edge read (graph/trust-edges.ts), with the same five properties read, counted. */
const EDGE_WALK = `
  MATCH (:Member)-[e:TRUST_EDGE]->(target:Member)
  RETURN count([target.id, e.positive, e.negative, e.count, e.at]) AS edges`;

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;

/** Reads every trust edge as the recompute does (or by `options.via`); the seconds it took and how many it read. */
async function timedEdgeRead(graph: Graph, options: EdgeReadOptions = {}): Promise<{ seconds: number; edges: number }> {
  const started = performance.now();
  const edges = await readTrustEdges(graph, options);
  return { seconds: seconds(started), edges: edgeCount(edges) };
}

/** The recompute's own edge read, the first time after the database started. */
export const firstEdgeRead = (graph: Graph) => timedEdgeRead(graph);

/**
 * The same edges read by Cypher, as the recompute reads them on a Neo4j without the embedded
 * launcher's procedure (one at NEO4J_URI): what the packed read saves.
 */
export const cypherEdgeRead = (graph: Graph) => timedEdgeRead(graph, { via: 'cypher' });

/** The Cypher read's edge walk inside the database alone, one query on one thread. */
export async function databaseEdgeWalk(graph: Graph): Promise<{ seconds: number; edges: number }> {
  const started = performance.now();
  const edges = await graph.read(async (tx) => (await tx.run(EDGE_WALK)).records[0]?.get('edges') as number);
  return { seconds: seconds(started), edges };
}
