// One handle on the database for the whole process: the driver plus the database name, with
// the only two ways the rest of the code touches Neo4j — a managed read or a managed write.
// Each call is one transaction, retried here on transient errors, and the session is always
// closed, so "one mutation, one transaction" is the shape of the API, not a convention.
//
// When Neo4j is unreachable (stopped, restarting, network), every call throws
// DatabaseUnavailableError, which the server answers with 503. Retries alone (below) would try
// each transaction for up to RETRY_BUDGET_MS before giving up, so every request would wait ten
// seconds. So the graph notices an outage early — a connection cut inside a transaction, or
// a call still running after a second while a fresh connection is refused — and from then on
// fails fast: the next call makes one cheap connectivity check (no retries), and while that
// finds nothing, calls fail at once and the check is repeated at most once a second. That is the
// only state kept: the driver's pool reconnects by itself, and any call that succeeds clears it.
//
// Retries are this file's, not the driver's (the driver's managed transactions back off 1, 2,
// 4, 8 s: a call in flight when the JVM died spent its whole budget in the outage, was next tried
// about 15 s in, and a deadlock there — retried calls meeting each other on the restarted
// store — ended it as an internal error after 17 s). Here a call in flight is tried again at
// most a second apart for RETRY_BUDGET_MS, so it meets a database that is back within a second,
// and a transient error still there at the end (Neo.TransientError.*, a deadlock) is answered
// like the outage — 503 with Retry-After: try again — never as a bug.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Session, type SessionMode } from 'neo4j-driver';
import type { GraphSettings } from './settings';

export type Tx = Pick<ManagedTransaction, 'run'>;

/**
 * What a committed write may have changed, as far as this process's read caches care
 * (server/read-cache.ts): `boards` is anything a leaderboard page shows or orders by (trust,
 * the members on it, who recommends what), `snapshots` the daily rank snapshots. A write that
 * says nothing may have changed everything: forgetting to declare can make a cache refill
 * early, never serve stale data.
 */
export type WriteEffect = 'boards' | 'snapshots';
export const EVERY_EFFECT: readonly WriteEffect[] = ['boards', 'snapshots'];

export interface WriteOptions {
  /** What this write can change; default EVERY_EFFECT. `[]` for bookkeeping no cache reads. */
  changes?: readonly WriteEffect[];
}

/** Told after every write this process committed (or may have: the commit's answer was lost). */
export type CommitListener = (changes: readonly WriteEffect[]) => void;

/** Neo4j could not be reached. Nothing internal in it is meant for a client. */
export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('The database is unreachable.', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** True for the driver's ways of saying "no database there" (as opposed to a bad query). */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (err instanceof DatabaseUnavailableError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED) return true;
  const message = err instanceof Error ? err.message : '';
  return /Connection acquisition timed out|ECONNREFUSED|ECONNRESET/.test(message);
}

/**
 * The database kept answering a call with a transient error (a deadlock, Neo.TransientError.*)
 * until its retries ran out. Nothing is wrong with the request: the server answers it like the
 * outage (503, Retry-After), but the database is up, so the graph does not turn to failing fast.
 */
export class DatabaseBusyError extends DatabaseUnavailableError {
  constructor(cause?: unknown) {
    super(cause);
    this.message = 'The database kept answering with a transient error.';
    this.name = 'DatabaseBusyError';
  }
}

/** Tries of a `query` that fails with a retryable error (a leader switch, a deadlock). */
const QUERY_ATTEMPTS = 3;
/**
 * How long a transaction is tried again on retryable errors (the database away, a deadlock)
 * before it is answered 503: a request in flight through a JVM restart ends within about 11 s.
 */
export const RETRY_BUDGET_MS = 10_000;
/** Waits between tries: short first (a deadlock clears at once), then at most a second. */
const RETRY_DELAYS_MS = [20, 100, 250, 500, 1000];
/** How often, at most, a call is let through to check whether an unreachable Neo4j is back. */
const PROBE_INTERVAL_MS = 1000;
/** The driver's default connection pool size, stated so the metrics can show it. */
const POOL_SIZE = 100;
/** A call running longer than this makes the graph check that Neo4j still takes connections. */
const WATCHDOG_MS = 1000;

export class Graph {
  private unavailableSince: number | undefined;
  private lastProbeAt = 0;
  private probe: Promise<boolean> | undefined;
  private lastCheckAt = 0;
  private checking: Promise<void> | undefined;
  private readonly commitListeners = new Set<CommitListener>();
  private closed = false;
  private inUse = 0;
  /** Told when the database becomes unreachable (false) and when it answers again (true). */
  onAvailabilityChange: ((available: boolean, cause?: unknown) => void) | undefined;

  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    /** The driver's connection pool size (maxConnectionPoolSize), for the metrics. */
    readonly poolSize = POOL_SIZE,
  ) {}

  /** Sessions open now: each holds one of the pool's connections while it runs (a metric). */
  get sessionsInUse(): number {
    return this.inUse;
  }

  /** A driver session counted in `sessionsInUse` until it is closed. */
  private openSession(mode?: SessionMode): Session {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    this.inUse++;
    let open = true;
    const close = session.close.bind(session);
    session.close = () => {
      if (open) {
        open = false;
        this.inUse--;
      }
      return close();
    };
    return session;
  }

  async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.guarded(() => this.transaction(neo4j.session.READ, work));
  }

  /**
   * One read statement as an auto-commit transaction: its own transaction like `read`, but one
   * message to the database instead of three (a managed transaction sends BEGIN, the query,
   * then COMMIT, each a socket write and the last a second round trip). For the hot
   * single-statement reads (the session, a leaderboard page, members by id, snapshot ranks).
   * The driver does not retry auto-commit queries, so this does, as `read` would, on errors
   * the driver calls retryable.
   */
  async query<T>(cypher: string, params: Record<string, unknown>, map: (result: QueryResult) => T): Promise<T> {
    return this.guarded(async () => {
      for (let attempt = 1; ; attempt++) {
        const session = this.openSession(neo4j.session.READ);
        try {
          return map(await withoutStackCapture(() => session.run(cypher, params)));
        } catch (err) {
          // Unreachable: `guarded` turns it into the fast-failing 503 at once, no retries.
          if (isDatabaseUnavailable(err) || attempt >= QUERY_ATTEMPTS || !neo4j.isRetryableError(err)) throw err;
        } finally {
          await session.close();
        }
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    });
  }

  async write<T>(work: (tx: Tx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
    const changes = options.changes ?? EVERY_EFFECT;
    try {
      const result = await this.guarded(() => this.transaction(neo4j.session.WRITE, work));
      this.committed(changes);
      return result;
    } catch (err) {
      // A refusal or a constraint rolled the transaction back; a connection lost around the
      // commit leaves its outcome unknown, so caches are told as if it had committed.
      if (isDatabaseUnavailable(err)) this.committed(changes);
      throw err;
    }
  }

  /**
   * One transaction, tried again on retryable errors for up to RETRY_BUDGET_MS, a second apart at
   * most. A call already running when the database went away keeps trying (it is not cut short:
   * a try could still commit, so its client must not be told 503 before the last one ended);
   * calls that arrive during the outage fail fast in `guarded` instead. A commit whose answer was
   * lost is tried again like any other: the mutations are idempotent on such a retry (an order's
   * key, the same verdict again answered with the stored one).
   */
  private async transaction<T>(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE, work: (tx: Tx) => Promise<T>): Promise<T> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      const session = this.openSession(mode);
      try {
        // BEGIN goes out with the first statement: one round trip fewer than a managed transaction.
        const tx = session.beginTransaction();
        try {
          const result = await this.watched(work)(tx);
          // The commit builds a Result too, with the same eager stack capture as a statement.
          await withoutStackCapture(() => tx.commit());
          return result;
        } catch (err) {
          if (tx.isOpen()) await withoutStackCapture(() => tx.rollback()).catch(() => {});
          throw err;
        }
      } catch (err) {
        if (this.closed || !neo4j.isRetryableError(err) || Date.now() - started >= RETRY_BUDGET_MS) throw err;
      } finally {
        await session.close().catch(() => {});
      }
      const wait = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]!;
      await new Promise((resolve) => setTimeout(resolve, wait * (0.8 + 0.4 * Math.random())));
    }
  }

  /**
   * Calls `listener` after each write of this process commits, with what the write declared it
   * may change; returns the unsubscribe. Listeners run synchronously before `write` resolves,
   * so whoever awaited the write and then reads through a cache reads fresh data.
   */
  onCommit(listener: CommitListener): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  private committed(changes: readonly WriteEffect[]): void {
    if (changes.length === 0) return;
    for (const listener of this.commitListeners) listener(changes);
  }

  /**
   * Schema statements (constraints, indexes) cannot share a transaction with data writes; bulk
   * deletes in `CALL {} IN TRANSACTIONS` need one too. Caches are told it may have changed anything.
   */
  async runAutoCommit(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
    try {
      await this.guarded(async () => {
        const session = this.openSession();
        try {
          await session.run(cypher, params);
        } finally {
          await session.close();
        }
      });
    } finally {
      this.committed(EVERY_EFFECT);
    }
  }

  /** False while the last call found Neo4j unreachable and nothing has answered since. */
  get available(): boolean {
    return this.unavailableSince === undefined;
  }

  /**
   * True when the database answers a trivial query within the time limit. One auto-commit query,
   * never retried: a health check must answer promptly, whatever the driver's retry policy.
   */
  async ping(timeoutMs = 2000): Promise<boolean> {
    const session = this.openSession(neo4j.session.READ);
    let timer: NodeJS.Timeout | undefined;
    try {
      const answered = session.run('RETURN 1').then(
        () => true,
        () => false,
      );
      const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      const up = await Promise.race([answered, timedOut]);
      if (up) this.markAvailable();
      return up;
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  }

  private async guarded<T>(run: () => Promise<T>): Promise<T> {
    if (this.unavailableSince !== undefined && !(await this.probeAvailable())) throw new DatabaseUnavailableError();
    // A call still running after a second may be one the driver is retrying against a database
    // that is gone; a connectivity check tells, without waiting for the driver to give up.
    const watchdog = setTimeout(() => void this.checkReachable(), WATCHDOG_MS);
    try {
      const result = await run();
      this.markAvailable();
      return result;
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw neo4j.isRetryableError(err) ? new DatabaseBusyError(err) : err;
      this.markUnavailable(err);
      throw err instanceof DatabaseUnavailableError ? err : new DatabaseUnavailableError(err);
    } finally {
      clearTimeout(watchdog);
    }
  }

  /**
   * Marks the database unavailable only when a fresh connection is refused or cut: a slow but
   * living database (a busy moment) must never turn requests into 503s. At most one check at a
   * time, and at most one a second.
   */
  private checkReachable(): void {
    if (this.checking || this.unavailableSince !== undefined || Date.now() - this.lastCheckAt < PROBE_INTERVAL_MS) return;
    this.lastCheckAt = Date.now();
    this.checking = this.driver
      .getServerInfo({ database: this.database })
      .then(
        () => undefined,
        (err: unknown) => {
          if (isDatabaseUnavailable(err)) this.markUnavailable(err);
        },
      )
      .finally(() => (this.checking = undefined));
  }

  /**
   * A connection that dies inside a transaction (the database was killed mid-query) tells us at
   * once, while the driver goes on retrying this transaction: later calls need not wait for it.
   */
  private watched<T>(work: (tx: Tx) => Promise<T>): (tx: Tx) => Promise<T> {
    return (tx) =>
      work({ run: (cypher: string, params?: Record<string, unknown>) => withoutStackCapture(() => tx.run(cypher, params)) } as Tx).catch((err: unknown) => {
        if (isDatabaseUnavailable(err)) this.markUnavailable(err);
        throw err;
      });
  }

  /** While unreachable: one shared connectivity check per interval; calls in between fail fast. */
  private probeAvailable(): Promise<boolean> {
    if (this.probe) return this.probe;
    if (Date.now() - this.lastProbeAt < PROBE_INTERVAL_MS) return Promise.resolve(false);
    this.lastProbeAt = Date.now();
    this.probe = this.ping(PROBE_INTERVAL_MS).finally(() => (this.probe = undefined));
    return this.probe;
  }

  private markUnavailable(cause: unknown): void {
    if (this.unavailableSince !== undefined) return;
    this.unavailableSince = Date.now();
    this.onAvailabilityChange?.(false, cause);
  }

  private markAvailable(): void {
    if (this.unavailableSince === undefined) return;
    this.unavailableSince = undefined;
    this.onAvailabilityChange?.(true);
  }

  close(): Promise<void> {
    this.closed = true;
    return this.driver.close();
  }
}

export function connectGraph(uri: string, settings: Pick<GraphSettings, 'user' | 'password' | 'database'>, embedded: boolean): Graph {
  // The embedded server runs without accounts on loopback; an external one uses basic auth.
  const auth = embedded ? undefined : neo4j.auth.basic(settings.user, settings.password);
  const driver = neo4j.driver(uri, auth, {
    // Every integer we store (money in fen, counts, epoch millis) fits in 2^53.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    maxConnectionPoolSize: POOL_SIZE,
    // Managed transactions are not used (Graph retries itself); nothing else retries.
    maxTransactionRetryTime: 0,
  });
  return new Graph(driver, settings.database);
}

/**
 * Issues one statement, commit or rollback without the driver capturing a stack trace for it.
 * The driver's Result formats a stack eagerly for every statement and every commit (only to put
 * it on that call's error, should it fail), and under tsx's source maps formatting maps every
 * frame: about a tenth of the API server's CPU per rating in the benchmark's profile, for errors
 * that almost never happen. A failed call's error keeps its message and code; the server's log of
 * it names the request and the GraphQL path it came from. Safe because the driver builds the
 * Result synchronously inside `run`, `commit` and `rollback`.
 */
function withoutStackCapture<T>(issue: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return issue();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Plain object of one record, with the driver's numbers already converted. */
export function rows<T>(result: { records: { toObject(): unknown }[] }): T[] {
  return result.records.map((r) => r.toObject() as T);
}
