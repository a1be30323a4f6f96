// The recompute's write-back taken apart: what the timed recompute wrote, written again in the
// same batches from the same starting state, one batch after another, each batch's statement and
// Neo4j's commit of it timed apart. The commits — the database putting ten properties on each
// changed member and creating each trust event, with their index entries — are work no client
// can take off the database; the statements are what crossing Bolt and running Cypher add to it.
// (The recompute itself keeps two batches in flight, so its write-back overlaps the two.)
// Leaves the market as the timed recompute left it.
import type { Graph } from '../../graph/graph';
import { readPath } from '../../graph/packed-reads';
import { readTrustEdges } from '../../graph/trust-edges';
import { WRITE_BATCH, WRITE_MEMBERS, planWriteBack, readMembers, writeParams } from '../../graph/trust-recompute';
import { recomputeFromEdges } from '../../server/domain/trust';
import { resetMemberTrust } from './market-reuse';

export interface WriteBackAnatomy {
  members: number;
  events: number;
  /** Write transactions, of WRITE_BATCH members each, as the recompute writes them. */
  batches: number;
  /** Their WRITE_MEMBERS statements, summed. */
  statementSeconds: number;
  /** Their commits, summed. */
  commitSeconds: number;
}

export async function writeBackAnatomy(graph: Graph, now: Date): Promise<WriteBackAnatomy> {
  // From the starting trust, the recompute chooses exactly the writes the timed run made (it
  // reads only edges and the verified flag; the stored state decides what changed).
  await resetMemberTrust(graph);
  const via = await readPath(graph);
  const [members, edges] = await Promise.all([readMembers(graph, via), readTrustEdges(graph, { via })]);
  const { writes } = planWriteBack(members, recomputeFromEdges({ members, edges }, now).trust, now);
  let statementSeconds = 0;
  let commitSeconds = 0;
  for (let i = 0; i < writes.length; i += WRITE_BATCH) {
    const session = graph.driver.session({ database: graph.database });
    try {
      const tx = await session.beginTransaction();
      let t = performance.now();
      await tx.run(WRITE_MEMBERS, writeParams(writes.slice(i, i + WRITE_BATCH), now));
      statementSeconds += (performance.now() - t) / 1000;
      t = performance.now();
      await tx.commit();
      commitSeconds += (performance.now() - t) / 1000;
    } finally {
      await session.close();
    }
  }
  // The members now hold what the timed run wrote; its trust events exist twice: remove these.
  const ids = writes.flatMap((w) => (w.event ? [w.event.id] : []));
  await graph.runAutoCommit('UNWIND $ids AS id MATCH (e:TrustEvent {id: id}) CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 10000 ROWS', { ids });
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    members: writes.length,
    events: ids.length,
    batches: Math.ceil(writes.length / WRITE_BATCH),
    statementSeconds: round(statementSeconds),
    commitSeconds: round(commitSeconds),
  };
}
