// The server's schedule (croner): the daily rank snapshot at local midnight of the network's time
// zone, the global trust recompute every six hours and before each snapshot, and order
// auto-confirmation every hour, and commission confirmation every hour after it (at :37, so
// orders auto-confirmed at :17 start their hold first).
//
// With several servers, every one may keep JOBS_ENABLED: a job starts only on the server that
// holds the job lease (lease.ts), so exactly one runs it. A server that gains the lease (at
// start, or taking over from one that died) first catches up on a daily snapshot missed while
// nobody held it; the hourly and six-hourly jobs simply run at their next time.
import { Cron } from 'croner';
import type { Graph } from '../../graph/graph';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { autoConfirmOrders, describeAutoConfirm } from './auto-confirm';
import { runConfirm } from './commissions-confirm';
import { describeRecompute } from './trust-recompute';
import { JobLease } from './lease';
import { latestSnapshotDay } from '../../graph/snapshots';
import { dayOf } from '../day';
import { recomputeTrust, IN_BACKGROUND } from '../../graph/trust-recompute';
import { RecomputeProcess } from './recompute-process';
import type { PrivilegeLadder } from '../domain/privileges';
import { runSnapshot } from './rank-snapshot';
import { describeErasure, eraseOrderAddresses } from './address-erasure';
import { describeMailRun, sendNotificationMails } from './notification-mail';
import { describePrune, pruneNotifications } from './notification-prune';
import type { Mailer } from '../mail/mailer';
import { describeGroupBuySettlement, settleGroupBuyDeadlines } from './group-buy-deadlines';

export interface Scheduler {
  lease: JobLease;
  /** Stops the schedule and gives the lease up. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  metrics?: Metrics;
  /** The job lease's time to live (JOB_LEASE_SECONDS); DEFAULT_LEASE_TTL_MS when absent. */
  leaseTtlMs?: number;
  /** Where notification mail goes, and the origin its links start with; absent = none is sent. */
  mail?: { mailer: Mailer; publicUrl: string };
  /**
   * The Neo4j for the recompute's own process (recompute-process.ts): set by the server, which
   * runs on the system clock. Absent, the recompute runs in this process, on `clock`.
   */
  recomputeInOwnProcess?: { neo4jUri: string };
  /**
   * The ladder the recompute's "privilege gained / lost" notices are measured against (PRIVILEGE_*;
   * the default ladder when absent). The recompute's own process reads the same settings itself.
   */
  privilegeLadder?: PrivilegeLadder;
}

export async function startScheduler(graph: Graph, clock: Clock, log: Logger, timeZone: string, options: SchedulerOptions = {}): Promise<Scheduler> {
  const { metrics } = options;
  const say = (line: string) => log.debug(line);
  let busy = false;
  // One job at a time: a recompute and a snapshot must not interleave their batched writes.
  // A job's summary goes to the log at info, unless the job says it found nothing to do: the
  // every-minute jobs would otherwise write 1,440 lines a day each saying so (debug keeps them).
  const guarded = (name: string, work: () => Promise<string | { line: string; idle: boolean }>) => async () => {
    if (!lease.held) {
      metrics?.jobRan(name, 'skipped');
      return log.debug({ job: name }, 'skipped: another server holds the job lease');
    }
    if (busy) {
      metrics?.jobRan(name, 'skipped');
      return log.warn({ job: name }, 'skipped: another job is still running');
    }
    busy = true;
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const report = await work();
      if (typeof report === 'string') log.info({ job: name }, report);
      else if (report.idle) log.debug({ job: name }, report.line);
      else log.info({ job: name }, report.line);
      metrics?.jobRan(name, 'ok', seconds());
    } catch (err) {
      metrics?.jobRan(name, 'failed', seconds());
      log.error({ job: name, err }, 'scheduled job failed');
    } finally {
      busy = false;
    }
  };
  const ownProcess = options.recomputeInOwnProcess && new RecomputeProcess(options.recomputeInOwnProcess.neo4jUri, say);
  const recompute = async () => {
    const summary = ownProcess ? await ownProcess.run() : await recomputeTrust(graph, clock.now(), say, options.privilegeLadder, IN_BACKGROUND);
    metrics?.recomputePhases(summary.phases);
    return describeRecompute(summary);
  };
  const snapshot = async () => {
    await recompute();
    return runSnapshot(graph, clock, say, [], timeZone);
  };
  // The midnight snapshot is the one job whose miss is not made good by its next run: a day
  // without a snapshot has no arrows the day after. Before the network's first snapshot there
  // is nothing to catch up on.
  const catchUp = guarded('rank:snapshot (catch-up)', async () => {
    const latest = await latestSnapshotDay(graph);
    const today = dayOf(clock.now(), timeZone);
    if (latest === null || latest >= today) return `no snapshot missed (latest ${latest ?? 'none'})`;
    return snapshot();
  });
  const lease = new JobLease(graph, clock, log, {
    ttlMs: options.leaseTtlMs,
    onChange: (held) => {
      metrics?.jobLeaseHeld(held);
      if (held) void catchUp();
    },
  });
  const jobs = [
    new Cron('0 0 * * *', { timezone: timeZone, protect: true }, guarded('rank:snapshot', snapshot)),
    new Cron('0 */6 * * *', { timezone: timeZone, protect: true }, guarded('trust:recompute', recompute)),
    new Cron('17 * * * *', { timezone: timeZone, protect: true }, guarded('orders:auto-confirm', async () =>
      describeAutoConfirm(await autoConfirmOrders(graph, clock)),
    )),
    new Cron('37 * * * *', { timezone: timeZone, protect: true }, guarded('commissions:confirm', () => runConfirm(graph, clock))),
    // Daily, at a quiet hour: delivery addresses of long-settled orders (delivery-address.ts).
    new Cron('47 3 * * *', { timezone: timeZone, protect: true }, guarded('addresses:erase', async () =>
      describeErasure(await eraseOrderAddresses(graph, clock)),
    )),
    // Daily, at a quiet hour: notifications past their keeping (server/domain/notifications.ts).
    new Cron('57 3 * * *', { timezone: timeZone, protect: true }, guarded('notifications:prune', async () =>
      describePrune(await pruneNotifications(graph, clock)),
    )),
    // Every minute, at its 30th second so it never takes the slot of the jobs above (one job at a
    // time): a group buy settles within a minute of its deadline; joins race it safely.
    new Cron('30 * * * * *', { timezone: timeZone, protect: true }, guarded('group-buys:deadlines', async () => {
      const settled = await settleGroupBuyDeadlines(graph, clock);
      return { line: describeGroupBuySettlement(settled), idle: settled.length === 0 };
    })),
  ];
  const { mail } = options;
  // Every minute: notification mail soon after its cause, and a mail server that was down is retried soon.
  if (mail) {
    jobs.push(new Cron('* * * * *', { timezone: timeZone, protect: true }, guarded('notifications:mail', async () => {
      const run = await sendNotificationMails(graph, clock, mail.mailer, mail.publicUrl, log);
      return { line: describeMailRun(run), idle: run.sent + run.dropped + run.failed === 0 };
    })));
  }
  await lease.start();
  return {
    lease,
    stop: async () => {
      jobs.forEach((j) => j.stop());
      ownProcess?.stop();
      await lease.stop();
    },
  };
}
