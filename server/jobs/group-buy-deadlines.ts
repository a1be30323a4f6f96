// The group-buy deadline job: every open group whose deadline has passed completes at the tier
// it reached or fails, each in its own transaction guarded by the group's status
// (graph/group-buy-settlement.ts). Run every minute on the server holding the job lease; running
// it on several servers at once, or again, settles nothing twice.
import type { Graph } from '../../graph/graph';
import { settleDueGroupBuys, type GroupBuySettled } from '../../graph/group-buy-settlement';
import type { Clock } from '../clock';

/** Groups settled per pass; a larger backlog is taken up by the next passes of the same run. */
export const GROUP_BUY_SETTLE_BATCH = 100;

export async function settleGroupBuyDeadlines(graph: Graph, clock: Clock): Promise<GroupBuySettled[]> {
  const now = clock.now().getTime();
  const settled: GroupBuySettled[] = [];
  for (;;) {
    const batch = await settleDueGroupBuys(graph, now, GROUP_BUY_SETTLE_BATCH);
    settled.push(...batch);
    if (batch.length < GROUP_BUY_SETTLE_BATCH) return settled;
  }
}

export function describeGroupBuySettlement(settled: GroupBuySettled[]): string {
  const completed = settled.filter((s) => s.outcome === 'COMPLETED').length;
  return `group buys: ${completed} completed, ${settled.length - completed} failed at their deadline.`;
}
