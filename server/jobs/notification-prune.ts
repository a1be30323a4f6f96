// The notification prune job: read notifications go 90 days after they were written, unread ones
// after a year (server/domain/notifications.ts says why). Batched (one transaction per batch) and
// idempotent; time comes from the clock it is given. The scheduler runs it daily.
//
// Run by hand: `npm run notifications:prune` (uses NEO4J_URI or the embedded Neo4j, like `npm start`).
import type { Graph } from '../../graph/graph';
import { pruneNotificationBatch } from '../../graph/notifications';
import { NOTIFICATION_RETENTION_DAYS, notificationPruneCutoffs } from '../domain/notifications';
import type { Clock } from '../clock';
import { runJobCli } from './run-cli';

export const NOTIFICATION_PRUNE_BATCH_SIZE = 2000;

export async function pruneNotifications(graph: Graph, clock: Clock, options: { batchSize?: number } = {}): Promise<{ pruned: number; batches: number }> {
  const batchSize = options.batchSize ?? NOTIFICATION_PRUNE_BATCH_SIZE;
  const cutoffs = notificationPruneCutoffs(clock.now().getTime());
  let pruned = 0;
  let batches = 0;
  for (;;) {
    const n = await pruneNotificationBatch(graph, cutoffs, batchSize);
    if (n > 0) batches += 1;
    pruned += n;
    if (n < batchSize) break;
  }
  return { pruned, batches };
}

export function describePrune(summary: { pruned: number; batches: number }): string {
  return `notifications:prune: ${summary.pruned} notification(s) deleted (read ones after ${NOTIFICATION_RETENTION_DAYS.read} days, unread after ${NOTIFICATION_RETENTION_DAYS.unread}) in ${summary.batches} batch(es).`;
}

if (process.argv[1]?.endsWith('notification-prune.ts')) {
  await runJobCli('notifications:prune', async (graph, clock) => describePrune(await pruneNotifications(graph, clock)));
}
