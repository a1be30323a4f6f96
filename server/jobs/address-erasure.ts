// The address erasure job: an order's delivery address copy is deleted ADDRESS_KEPT_AFTER_RATING_DAYS
// after its rating window closed (or ADDRESS_KEPT_AFTER_REFUND_DAYS after a refund before
// delivery; server/domain/delivery-address.ts says why). Batched (one transaction per batch) and
// idempotent; time comes from the clock it is given. The scheduler runs it daily.
//
// Run by hand: `npm run addresses:erase` (uses NEO4J_URI or the embedded Neo4j, like `npm start`).
import type { Graph } from '../../graph/graph';
import { eraseAddressBatch } from '../../graph/addresses';
import { ADDRESS_KEPT_AFTER_RATING_DAYS, addressErasureCutoffs } from '../domain/delivery-address';
import type { Clock } from '../clock';
import { runJobCli } from './run-cli';

export const ADDRESS_ERASURE_BATCH_SIZE = 500;

export async function eraseOrderAddresses(graph: Graph, clock: Clock, options: { batchSize?: number } = {}): Promise<{ erased: number; batches: number }> {
  const batchSize = options.batchSize ?? ADDRESS_ERASURE_BATCH_SIZE;
  const now = clock.now().getTime();
  const cutoffs = addressErasureCutoffs(now);
  let erased = 0;
  let batches = 0;
  for (;;) {
    const n = await eraseAddressBatch(graph, cutoffs, now, batchSize);
    if (n === 0) break;
    batches += 1;
    erased += n;
    if (n < batchSize) break;
  }
  return { erased, batches };
}

export function describeErasure(summary: { erased: number; batches: number }): string {
  return `addresses:erase: ${summary.erased} order address(es) erased (${ADDRESS_KEPT_AFTER_RATING_DAYS} days after the rating window) in ${summary.batches} batch(es).`;
}

if (process.argv[1]?.endsWith('address-erasure.ts')) {
  await runJobCli('addresses:erase', async (graph, clock) => describeErasure(await eraseOrderAddresses(graph, clock)));
}
