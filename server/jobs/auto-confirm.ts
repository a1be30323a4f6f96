// The auto-confirm job: an order nobody marked delivered counts as received
// AUTO_CONFIRM_AFTER_DAYS after it was placed, so its refund and rating windows open and its
// commission can eventually settle. Batched (one transaction per batch, so a large backlog never
// holds one huge transaction) and idempotent (a second run finds nothing left to move). Time
// comes from the clock it is given: the scheduler passes the server's, tests a ManualClock.
//
// Run by hand: `node --import tsx server/jobs/auto-confirm.ts` (uses NEO4J_URI or the embedded
// Neo4j, like `npm start`).
import { pathToFileURL } from 'node:url';
import type { Graph } from '../../graph/graph';
import { autoConfirmBatch } from '../../graph/orders';
import { AUTO_CONFIRM_AFTER_DAYS, AUTO_CONFIRM_BATCH_SIZE, autoConfirmCutoff } from '../domain/order-policy';
import type { Clock } from '../clock';

export interface AutoConfirmSummary {
  /** Orders moved from PLACED to DELIVERED by this run. */
  confirmed: number;
  /** Transactions it took. */
  batches: number;
  /** Orders placed at or before this instant were due. */
  cutoff: Date;
  ranAt: Date;
}

export async function autoConfirmOrders(
  graph: Graph,
  clock: Clock,
  options: { batchSize?: number } = {},
): Promise<AutoConfirmSummary> {
  const batchSize = options.batchSize ?? AUTO_CONFIRM_BATCH_SIZE;
  const ranAt = clock.now();
  const cutoff = autoConfirmCutoff(ranAt.getTime());
  let confirmed = 0;
  let batches = 0;
  for (;;) {
    const batch = await autoConfirmBatch(graph, cutoff, ranAt.getTime(), batchSize);
    if (batch.selected === 0) break;
    batches += 1;
    confirmed += batch.confirmed;
    if (batch.selected < batchSize) break;
  }
  return { confirmed, batches, cutoff: new Date(cutoff), ranAt };
}

export function describeAutoConfirm(summary: AutoConfirmSummary): string {
  return (
    `auto-confirm: ${summary.confirmed} order(s) placed before ${summary.cutoff.toISOString()} ` +
    `(${AUTO_CONFIRM_AFTER_DAYS} days) marked delivered in ${summary.batches} batch(es).`
  );
}

async function main(): Promise<void> {
  const { openGraph } = await import('../../graph/open');
  const { graphSettingsFromEnv } = await import('../../graph/settings');
  const { systemClock } = await import('../clock');
  const opened = await openGraph(graphSettingsFromEnv(), (line) => process.stderr.write(`${line}\n`));
  try {
    process.stdout.write(`${describeAutoConfirm(await autoConfirmOrders(opened.graph, systemClock))}\n`);
  } finally {
    await opened.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`auto-confirm failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
