// Removing demo data. `--reset` empties the database of everything Trustline stored (all nodes
// but the SchemaVersion node, so the schema stays asserted and versioned); a test removes
// exactly one run by its `seedRun`. Both delete in batches so a big graph never needs one huge
// transaction.
import neo4j from 'neo4j-driver';
import type { Graph } from '../../graph/graph';

const DELETE_BATCH = 10_000;

/** Deletes every node except (:SchemaVersion), 10,000 per transaction; returns how many. */
export async function deleteAllTrustlineData(graph: Graph): Promise<number> {
  return deleteInBatches(graph, 'MATCH (n) WHERE NOT n:SchemaVersion', {});
}

/** Deletes every node one demo run created (and, with them, their relationships). */
export async function deleteSeedRun(graph: Graph, seedRun: string): Promise<number> {
  return deleteInBatches(graph, 'MATCH (n {seedRun: $seedRun})', { seedRun });
}

async function deleteInBatches(graph: Graph, match: string, params: Record<string, unknown>): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await graph.write(async (tx) => {
      const result = await tx.run(`${match} WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted`, { ...params, limit: neo4j.int(DELETE_BATCH) });
      return result.records[0]?.get('deleted') as number;
    });
    total += deleted;
    if (deleted < DELETE_BATCH) return total;
  }
}
