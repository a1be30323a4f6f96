// Trust edges in the graph: (rater:Member)-[:TRUST_EDGE {positive, negative, count, at}]->(recommender:Member),
// one per pair, folded by the feedback and refund transactions (graph/trust-signals.ts) with the
// domain's addVerdictToEdge.
//
// - readTrustEdges: what the global recompute reads, as columns. Where the database has the
//   embedded launcher's procedure trustline.trustEdges (graph/launcher, TrustEdgeExport.java;
//   graph/packed-reads.ts), it reads the edges packed in a few base64 strings: for a million
//   edges the Cypher read below cost about 7 s of the database's CPU and 4 s of the driver's,
//   decoding five values per edge one by one. Any other Neo4j (NEO4J_URI) is read by Cypher: one
//   record per rater with their edges as a list (a record per edge cost twice as much: per
//   record, not per edge), in READ_PARTS concurrent parts split at rater ids so that each part
//   walks about the same number of edges: one Cypher query runs on one thread. Both give the
//   same edges (test/integration/trust-edges.test.ts).
// - rebuildTrustEdges: the edges derived again from the verdicts and refunds themselves
//   (graph/trust-ratings.ts), for a database written before edges existed (schema migration 5)
//   and for anything that changed verdicts behind the transactions' back (the benchmark's
//   market reset). It replaces every edge, in batches: a job, not a mutation. It writes with
//   MERGE, so two servers starting on one old database at once (both running migration 5) still
//   end with one edge per pair: whichever deletes last writes every edge after it. A verdict
//   given while it runs can be missing from its edge afterwards (read before the verdict, written
//   after it), so it runs before traffic arrives, as the migration does at start.
import { allocateEdgeColumns, edgeColumnsOf, type TrustEdge, type TrustEdgeColumns } from '../server/domain/trust';
import { buildRatingTable } from '../server/domain/trust/rating-table';
import { trustEdgesOf } from '../server/domain/trust/trust-edge';
import type { Graph } from './graph';
import { packedView, readPath, type ReadPath } from './packed-reads';
import { readRatings, splitPivots } from './trust-ratings';

const READ_PARTS = 2;
const WRITE_BATCH = 10_000;

/**
 * The edges of the raters in one part: those with exactly $part of the sorted $pivots at or below
 * their id. One aggregation over the part rather than a CALL subquery per rater: measured on the
 * benchmark's million edges, the subquery per rater cost the database more than the grouping.
 */
const EDGES_BY_RATER = `
  MATCH (rater:Member)-[e:TRUST_EDGE]->(target:Member)
  WHERE size([p IN $pivots WHERE p <= rater.id]) = $part
  WITH rater, collect([target.id, e.positive, e.negative, e.count, e.at]) AS edges
  RETURN rater.id AS raterId, edges`;

/** Raters with their number of edges (a degree, O(1) per node), by id. */
const RATER_LOADS = `
  MATCH (m:Member) WHERE m.id IS NOT NULL
  WITH m, COUNT { (m)-[:TRUST_EDGE]->() } AS edges WHERE edges > 0
  RETURN m.id AS id, edges ORDER BY id`;

/** [targetId, positive, negative, count, at]. */
type StoredEdge = [string, number, number, number, number];

export interface EdgeReadOptions {
  /** Force one path (tests and the benchmark compare them); by default the procedure when the database has it. */
  via?: ReadPath;
  /** Concurrent parts of the Cypher read. */
  parts?: number;
}

/** Bytes per packed edge: rater and recommender index (int32 each), positive, negative (float64), count (int32), at (float64). */
const EDGE_BYTES = 36;

/** Every trust edge, by column (the recompute builds its table from them without an object per edge). */
export async function readTrustEdges(graph: Graph, options: EdgeReadOptions = {}): Promise<TrustEdgeColumns> {
  const via = options.via ?? (await readPath(graph));
  return via === 'procedure' ? readPackedEdges(graph) : edgeColumnsOf(await readEdgesByCypher(graph, options.parts ?? READ_PARTS));
}

/** The procedure's chunks: member ids first met in the chunk, and EDGE_BYTES per edge as base64 (TrustEdgeExport.java). */
function readPackedEdges(graph: Graph): Promise<TrustEdgeColumns> {
  return graph.read(async (tx) => {
    const ids: string[] = [];
    const chunks: DataView[] = [];
    for await (const record of tx.run('CALL trustline.trustEdges() YIELD ids, edges RETURN ids, edges')) {
      for (const id of record.get('ids') as string[]) ids.push(id);
      chunks.push(packedView(record.get('edges') as string));
    }
    const c = allocateEdgeColumns(ids, chunks.reduce((sum, v) => sum + v.byteLength / EDGE_BYTES, 0));
    let k = 0;
    for (const view of chunks) {
      for (let at = 0; at < view.byteLength; at += EDGE_BYTES, k++) {
        c.rater[k] = view.getInt32(at, true);
        c.recommender[k] = view.getInt32(at + 4, true);
        c.positive[k] = view.getFloat64(at + 8, true);
        c.negative[k] = view.getFloat64(at + 16, true);
        c.count[k] = view.getInt32(at + 24, true);
        c.atMs[k] = view.getFloat64(at + 28, true);
      }
    }
    return c;
  });
}

async function readEdgesByCypher(graph: Graph, parts: number): Promise<TrustEdge[]> {
  const pivots = parts > 1 ? await raterPivots(graph, parts) : [];
  const read = (part: number) =>
    graph.read(async (tx) => {
      // Inside the work function: a retried transaction starts again from nothing.
      const out: TrustEdge[] = [];
      for await (const record of tx.run(EDGES_BY_RATER, { pivots, part })) {
        const raterId = record.get('raterId') as string;
        for (const [recommenderId, positive, negative, count, atMs] of record.get('edges') as StoredEdge[]) {
          out.push({ raterId, recommenderId, positive, negative, count, atMs });
        }
      }
      return out;
    });
  return (await Promise.all(Array.from({ length: parts }, (_, part) => read(part)))).flat();
}

/** parts − 1 rater ids splitting the edges into about equal shares. */
async function raterPivots(graph: Graph, parts: number): Promise<string[]> {
  const loads = await graph.read(async (tx) =>
    (await tx.run(RATER_LOADS)).records.map((r) => ({ id: r.get('id') as string, load: r.get('edges') as number })),
  );
  return splitPivots(loads, parts);
}

export interface TrustEdgeRebuild {
  ratings: number;
  edges: number;
  seconds: number;
}

/** Replaces every trust edge with the ones the verdicts and refunds build. */
export async function rebuildTrustEdges(graph: Graph, say: (line: string) => void = () => {}): Promise<TrustEdgeRebuild> {
  const started = performance.now();
  const ratings = await readRatings(graph);
  // Every member a rating names: the table only needs their ids (verified plays no part in edges).
  const ids = new Set<string>();
  for (const r of ratings) {
    ids.add(r.raterId);
    ids.add(r.recommenderId);
  }
  const { edges } = trustEdgesOf(buildRatingTable([...ids].map((id) => ({ id, verified: false })), ratings));
  say(`Trust edges: ${ratings.length.toLocaleString('en')} verdicts and refunds fold into ${edges.length.toLocaleString('en')} edges.`);
  await graph.runAutoCommit('MATCH ()-[e:TRUST_EDGE]->() CALL (e) { DELETE e } IN TRANSACTIONS OF 10000 ROWS');
  for (let i = 0; i < edges.length; i += WRITE_BATCH) {
    const batch = edges.slice(i, i + WRITE_BATCH).map((e) => ({ ...e, at: e.atMs }));
    await graph.write((tx) =>
      tx.run(
        `UNWIND $batch AS e
         MATCH (rater:Member {id: e.raterId})
         MATCH (recommender:Member {id: e.recommenderId})
         MERGE (rater)-[edge:TRUST_EDGE]->(recommender)
         SET edge.positive = e.positive, edge.negative = e.negative, edge.count = toInteger(e.count), edge.at = toInteger(e.at)`,
        { batch },
      ),
    );
    if (edges.length > WRITE_BATCH) say(`  wrote ${Math.min(i + WRITE_BATCH, edges.length).toLocaleString('en')}/${edges.length.toLocaleString('en')} trust edges`);
  }
  return { ratings: ratings.length, edges: edges.length, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
