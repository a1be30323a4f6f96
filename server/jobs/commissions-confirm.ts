// `npm run commissions:confirm`: confirms every PENDING commission whose hold is over (delivery
// + the refund and rating windows + a margin: server/domain/commission/policy.ts). The split is
// computed from each beneficiary's trust *now*, so the buyer's verdict on this very sale counts
// in what its recommender earns. A commission with a beneficiary under an open fraud flag goes
// on hold instead and waits for an admin to clear the flag. Batched (one transaction per
// batch), idempotent (a second run finds nothing due), and scheduled hourly by scheduler.ts.
import { confirmBatch } from '../../graph/commission-settlement';
import type { Graph } from '../../graph/graph';
import type { Clock } from '../clock';
import { runJobCli } from './run-cli';

/** Commissions confirmed per transaction. */
export const CONFIRM_BATCH_SIZE = 200;

export interface ConfirmSummary {
  ranAt: Date;
  confirmed: number;
  held: number;
  failed: { commissionId: string; reason: string }[];
  batches: number;
}

export async function confirmCommissions(
  graph: Graph,
  clock: Clock,
  options: { batchSize?: number } = {},
): Promise<ConfirmSummary> {
  const batchSize = options.batchSize ?? CONFIRM_BATCH_SIZE;
  const ranAt = clock.now();
  const summary: ConfirmSummary = { ranAt, confirmed: 0, held: 0, failed: [], batches: 0 };
  for (;;) {
    const batch = await confirmBatch(graph, ranAt, batchSize, summary.failed.map((f) => f.commissionId));
    if (batch.selected === 0) break;
    summary.batches += 1;
    summary.confirmed += batch.confirmed;
    summary.held += batch.held;
    summary.failed.push(...batch.failed);
    if (batch.selected < batchSize) break;
  }
  return summary;
}

export function describeConfirm(s: ConfirmSummary): string {
  const failed = s.failed.length === 0 ? '' : `; ${s.failed.length} refused: ${s.failed.map((f) => `${f.commissionId} (${f.reason})`).join(', ')}`;
  return `commissions:confirm at ${s.ranAt.toISOString()}: ${s.confirmed} confirmed, ${s.held} put on fraud hold, in ${s.batches} batch(es)${failed}.`;
}

export async function runConfirm(graph: Graph, clock: Clock): Promise<string> {
  return describeConfirm(await confirmCommissions(graph, clock));
}

if (process.argv[1]?.endsWith('commissions-confirm.ts')) {
  await runJobCli('commissions:confirm', runConfirm);
}
