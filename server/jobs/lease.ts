// Exactly one server runs the scheduled jobs, however many run with JOBS_ENABLED (docs/scaling.md).
//
// Each such server keeps asking the database for one lease (graph/job-lease.ts): the holder
// renews it every third of its time to live; the others find it taken and wait. A holder that
// dies (kill -9, a lost machine) stops renewing, and the first server to ask after the lease has
// expired takes it over: within the TTL plus one renewal interval (30 s + 10 s by default). A
// server that stops in order gives the lease up, so another takes over at its next renewal.
//
// The holder counts its lease as lost a sixth of the TTL before it expires (measured from when
// it asked, not when the answer came), so a holder cut off from the database stops starting jobs
// before anybody else may start them; servers' clocks must agree to within that margin (5 s by
// default; NTP keeps them far closer). A job already running when the lease is lost finishes:
// every job is idempotent, so the rare overlap costs work, never correctness.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Graph } from '../../graph/graph';
import { claimLease, releaseLease } from '../../graph/job-lease';
import type { Clock } from '../clock';
import type { Logger } from '../logger';

export const JOBS_LEASE = 'scheduled-jobs';
export const DEFAULT_LEASE_TTL_MS = 30_000;

export interface JobLeaseOptions {
  ttlMs?: number;
  /** Told when this server gains (true) or loses (false) the lease. */
  onChange?: (held: boolean) => void;
}

export class JobLease {
  /** Names this server in the lease: host, process and a random part (a restarted process is another holder). */
  readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  readonly ttlMs: number;
  private heldUntil = 0;
  private wasHeld = false;
  private timer: NodeJS.Timeout | undefined;
  private asking: Promise<void> | undefined;

  constructor(
    private readonly graph: Graph,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly options: JobLeaseOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? DEFAULT_LEASE_TTL_MS;
  }

  /** Asks for the lease now, then every third of the TTL. */
  async start(): Promise<void> {
    await this.ask();
    this.timer = setInterval(() => void this.ask(), Math.max(50, Math.floor(this.ttlMs / 3)));
    this.timer.unref();
  }

  /** Whether this server may start a job now (and tells `onChange` if that just changed). */
  get held(): boolean {
    const held = this.clock.now().getTime() < this.heldUntil;
    this.noticeChange(held);
    return held;
  }

  /** Who this server is in the lease, and whether it holds it: for logs and tests. */
  describe(): { holder: string; held: boolean } {
    return { holder: this.holder, held: this.held };
  }

  /** Stops asking and gives the lease up if held (bounded: a stop must not wait on a database that is gone). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.asking?.catch(() => {});
    if (this.heldUntil === 0) return;
    this.heldUntil = 0;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      releaseLease(this.graph, JOBS_LEASE, this.holder).catch((err: unknown) => this.log.warn({ err }, 'could not give the job lease up; it expires by itself')),
      new Promise((resolve) => (timer = setTimeout(resolve, 1000))),
    ]).finally(() => clearTimeout(timer));
  }

  private ask(): Promise<void> {
    if (this.asking) return this.asking;
    const askedAt = this.clock.now().getTime();
    this.asking = claimLease(this.graph, JOBS_LEASE, this.holder, askedAt, this.ttlMs)
      .then((state) => {
        this.heldUntil = state.held ? askedAt + this.ttlMs - Math.floor(this.ttlMs / 6) : 0;
      })
      .catch((err: unknown) => {
        // Kept until heldUntil passes: a blip of the database does not hand the jobs over.
        this.log.warn({ err }, 'could not renew the job lease');
      })
      .finally(() => {
        this.asking = undefined;
        this.describe(); // a gain or a loss is logged and reported now, not at the next job
      });
    return this.asking;
  }

  private noticeChange(held: boolean): void {
    if (held === this.wasHeld) return;
    this.wasHeld = held;
    this.log.info({ holder: this.holder }, held ? 'this server now runs the scheduled jobs (it holds the job lease)' : 'this server no longer holds the job lease; another server runs the scheduled jobs');
    this.options.onChange?.(held);
  }
}
