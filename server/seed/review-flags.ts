// The demo admin's reviews of fraud flags. The weekly recomputes of the replay flag every pair of
// members who have rated each other (graph/trust-recompute.ts); in the demo these are neighbours
// who shop from each other as well as from others, since the plan has no colluders. A live admin
// reviews flags within days, so the demo's admin clears each one two days after it was raised,
// with the note a reviewer would leave, through the same graph call as the admin's mutation
// (which lifts the holds it caused). Flags younger than that stay open for the admin page, and
// hold their members' commissions as they would on the live network.
import type { Graph } from '../../graph/graph';
import { clearFraudFlag, listFraudFlags } from '../../graph/fraud-flags';

const REVIEWED_AFTER_MS = 2 * 86_400_000;
const REVIEW_NOTE = 'Reviewed: they buy from each other and from many others; no sign of collusion.';

/** Clears every open flag raised at least two days before `now`; returns how many it cleared. */
export async function reviewDemoFlags(graph: Graph, adminId: string, now: Date): Promise<number> {
  const open = await listFraudFlags(graph, { status: 'OPEN', limit: 10_000, after: undefined });
  let cleared = 0;
  for (const flag of open) {
    const reviewedAt = flag.createdAt + REVIEWED_AFTER_MS;
    if (reviewedAt > now.getTime()) continue;
    await clearFraudFlag(graph, flag.id, adminId, REVIEW_NOTE, new Date(reviewedAt));
    cleared++;
  }
  return cleared;
}
