// The demo admin's reviews of fraud flags. The weekly recomputes of the replay flag every pair of
// members who have rated each other (graph/trust-recompute.ts); in the demo these are neighbours
// who shop from each other as well as from others, since the plan has no colluders. A live admin
// reviews flags within days, so the demo's admin clears each one two days after it was raised,
// with the note a reviewer would leave, through the same graph call as the admin's mutation
// (which lifts the holds it caused). Flags younger than that stay open for the admin page, and
// hold their members' commissions as they would on the live network.
import type { Graph } from '../../graph/graph';
import { clearFraudFlag } from '../../graph/fraud-flags';

const REVIEWED_AFTER_MS = 2 * 86_400_000;
const REVIEW_NOTE = 'Reviewed: they buy from each other and from many others; no sign of collusion.';

/**
 * Clears every open flag of this run's members raised at least two days before `now`, and only
 * those: a flag on anyone else is not the demo's to clear. Returns how many it cleared.
 */
export async function reviewDemoFlags(graph: Graph, seedRun: string, adminId: string, now: Date): Promise<number> {
  const due = await graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (f:FraudFlag {status: 'OPEN'})
       WHERE f.createdAt <= $latest AND all(m IN [(f)-[:FLAGS]->(m:Member) | m] WHERE m.seedRun = $seedRun)
       RETURN f.id AS id, f.createdAt AS createdAt ORDER BY createdAt, id`,
      { seedRun, latest: now.getTime() - REVIEWED_AFTER_MS },
    );
    return result.records.map((r) => ({ id: r.get('id') as string, createdAt: r.get('createdAt') as number }));
  });
  for (const flag of due) await clearFraudFlag(graph, flag.id, adminId, REVIEW_NOTE, new Date(flag.createdAt + REVIEWED_AFTER_MS));
  return due.length;
}
