// Keeps the embedded Neo4j of `npm start` running. If its JVM dies (killed, out of memory), the
// server stays up — answering 503 SERVICE_UNAVAILABLE while the database is away — and this
// starts a new JVM on the same data folder and Bolt port, so the driver, which keeps the same
// URI, reconnects by itself. Neo4j recovers its store from the transaction log on start, so
// every committed transaction is there again (test/integration/crash-safety.test.ts shows it).
//
// It gives up after `maxRestarts` deaths within `windowMs` — a JVM that keeps dying (a corrupt
// store, no memory, the port taken) needs a person, not a loop — and then calls `onGiveUp`.
//
// Stopping wins over restarting: once `detach` or `stop` is called no JVM is started again, and a
// JVM whose start was already under way when `stop` was called is stopped as soon as it is up
// (a Ctrl-C reaches the JVM too; a restart begun in that moment once outlived the server by 20 s).
import type { EmbeddedNeo4j } from './embedded';

export interface SupervisorLog {
  error(fields: Record<string, unknown>, message: string): void;
  info(message: string): void;
}

export interface SupervisorOptions {
  maxRestarts?: number;
  windowMs?: number;
  /** Wait before the first restart attempt; doubled after each failed attempt. */
  backoffMs?: number;
}

export interface EmbeddedSupervisor {
  current(): EmbeddedNeo4j;
  /** Stops supervising: an exit from now on is an expected one (call before a shutdown). */
  detach(): void;
  /** Stops supervising and stops the current JVM. */
  stop(): Promise<void>;
}

export function superviseEmbedded(
  first: EmbeddedNeo4j,
  start: () => Promise<EmbeddedNeo4j>,
  log: SupervisorLog,
  onGiveUp: (reason: string) => void,
  options: SupervisorOptions = {},
): EmbeddedSupervisor {
  const maxRestarts = options.maxRestarts ?? 5;
  const windowMs = options.windowMs ?? 10 * 60_000;
  const backoffMs = options.backoffMs ?? 1000;
  let current = first;
  let stopped = false;
  /** A restart under way; `stop` waits for it (it stops the JVM it brings up after a stop). */
  let starting: Promise<EmbeddedNeo4j | undefined> | undefined;
  const deaths: number[] = [];

  const watch = (neo4j: EmbeddedNeo4j) => {
    void neo4j.exited.then(async (exitCode) => {
      if (stopped || neo4j !== current) return;
      const now = Date.now();
      deaths.push(now);
      while (deaths.length > 0 && now - deaths[0]! > windowMs) deaths.shift();
      if (deaths.length > maxRestarts) {
        const reason = `the embedded Neo4j died ${deaths.length} times within ${Math.round(windowMs / 60_000)} minutes`;
        log.error({ exitCode, pid: neo4j.pid }, `${reason}; not restarting it again`);
        onGiveUp(reason);
        return;
      }
      log.error(
        { exitCode, pid: neo4j.pid },
        `the embedded Neo4j exited unexpectedly; requests answer 503 until it is back. Restarting it on the same data folder (restart ${deaths.length} of at most ${maxRestarts} in ${Math.round(windowMs / 60_000)} minutes)…`,
      );
      let wait = backoffMs;
      for (let attempt = 1; !stopped; attempt++) {
        await new Promise((r) => setTimeout(r, wait));
        if (stopped) return;
        try {
          // A JVM that comes up after a stop was asked for is stopped here, before `stop` resolves.
          starting = start()
            .then(async (jvm) => (stopped ? void (await jvm.stop()) : jvm))
            .finally(() => (starting = undefined));
          const started = await starting;
          if (!started) return;
          current = started;
          log.info(`the embedded Neo4j is back (pid ${current.pid}); the server reconnects by itself`);
          watch(current);
          return;
        } catch (err) {
          if (stopped) return;
          log.error({ err, attempt }, 'could not restart the embedded Neo4j');
          if (attempt >= maxRestarts) {
            onGiveUp('the embedded Neo4j could not be restarted');
            return;
          }
          wait *= 2;
        }
      }
    });
  };
  watch(first);

  return {
    current: () => current,
    detach: () => {
      stopped = true;
    },
    stop: async () => {
      stopped = true;
      await Promise.all([current.stop(), starting?.catch(() => undefined)]);
    },
  };
}
