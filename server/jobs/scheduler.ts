// The server's schedule (croner): the daily rank snapshot at local midnight of the network's time
// zone, the global trust recompute every six hours and before each snapshot, and order
// auto-confirmation every hour, and commission confirmation every hour after it (at :37, so
// orders auto-confirmed at :17 start their hold first). Every job is idempotent, so running it
// on several stateless servers at once is safe (only wasteful: set JOBS_ENABLED=false on all
// but one).
import { Cron } from 'croner';
import type { Graph } from '../../graph/graph';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { autoConfirmOrders, describeAutoConfirm } from './auto-confirm';
import { runConfirm } from './commissions-confirm';
import { runRecompute } from './trust-recompute';
import { runSnapshot } from './rank-snapshot';
import { describeErasure, eraseOrderAddresses } from './address-erasure';

export interface Scheduler {
  stop(): void;
}

export function startScheduler(graph: Graph, clock: Clock, log: Logger, timeZone: string): Scheduler {
  const say = (line: string) => log.debug(line);
  let busy = false;
  // One job at a time: a recompute and a snapshot must not interleave their batched writes.
  const guarded = (name: string, work: () => Promise<string>) => async () => {
    if (busy) return log.warn({ job: name }, 'skipped: another job is still running');
    busy = true;
    try {
      log.info({ job: name }, await work());
    } catch (err) {
      log.error({ job: name, err }, 'scheduled job failed');
    } finally {
      busy = false;
    }
  };
  const jobs = [
    new Cron('0 0 * * *', { timezone: timeZone, protect: true }, guarded('rank:snapshot', async () => {
      await runRecompute(graph, clock, say);
      return runSnapshot(graph, clock, say, [], timeZone);
    })),
    new Cron('0 */6 * * *', { timezone: timeZone, protect: true }, guarded('trust:recompute', () => runRecompute(graph, clock, say))),
    new Cron('17 * * * *', { timezone: timeZone, protect: true }, guarded('orders:auto-confirm', async () =>
      describeAutoConfirm(await autoConfirmOrders(graph, clock)),
    )),
    new Cron('37 * * * *', { timezone: timeZone, protect: true }, guarded('commissions:confirm', () => runConfirm(graph, clock))),
    // Daily, at a quiet hour: delivery addresses of long-settled orders (delivery-address.ts).
    new Cron('47 3 * * *', { timezone: timeZone, protect: true }, guarded('addresses:erase', async () =>
      describeErasure(await eraseOrderAddresses(graph, clock)),
    )),
  ];
  return { stop: () => jobs.forEach((j) => j.stop()) };
}
