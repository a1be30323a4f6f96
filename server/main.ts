// `npm start`: builds what is missing, starts (or connects to) Neo4j, loads the demo market into
// an empty database, and serves the API and the web app.
//
// Stopping (docs/security.md, "Shutdown and restarts"): SIGINT or SIGTERM — from a terminal's
// Ctrl-C to the whole process group, from npm forwarding it (`npm start` execs node, so npm's
// forward reaches this process), from a container runtime or systemd — or the parent process
// going away, stop everything in order, within a bound: the supervisor is detached first (the
// JVM's exit from now on is expected, never restarted), then HTTP drains (no new connections;
// new requests on kept-alive ones answered 503 + Connection: close; requests in flight finish;
// what is still open after DRAIN_GRACE_MS is cut), then Apollo, the driver, and the JVM last
// (it ignores the signals itself and stops when its stdin closes). Exit code 0. A second signal
// more than a second after the first means "now": the JVM is killed and the exit code is 1.
import { configFromEnv } from './config';
import { createLogger } from './logger';
import { systemClock } from './clock';
import { createApp } from './app';
import { startScheduler, type Scheduler } from './jobs/scheduler';
import { openGraph, type OpenGraph } from '../graph/open';
import { startEmbeddedNeo4j } from '../graph/embedded';
import { superviseEmbedded, type EmbeddedSupervisor } from '../graph/embedded-supervisor';
import { ensureWebBuilt } from '../web/ensure-built';
import { startDemoIfEmpty } from './seed/on-start';
import { drainableServer, type DrainingServer } from './shutdown';
import { openPhotoStore } from './photos/settings';
import { mailerFrom } from './mail/mailer';

/** How long requests in flight may take to finish once stopping; then their connections are cut. */
const DRAIN_GRACE_MS = 5_000;
/** Past this, the stop is forced (exit 1): inside a container runtime's 10 s before SIGKILL. */
const SHUTDOWN_LIMIT_MS = 9_000;
/** A repeat of the stop signal within this is the same request delivered twice (see below). */
const SAME_SIGNAL_MS = 1_000;

const config = configFromEnv();
const log = createLogger(config.logLevel, config.logFormat, config.env);
const say = (line: string) => log.info(line);

let opened: OpenGraph | undefined;
let http: DrainingServer | undefined;
let stopApollo: (() => Promise<void>) | undefined;
let endLiveStreams: (() => void) | undefined;
let scheduler: Scheduler | undefined;
let supervisor: EmbeddedSupervisor | undefined;
let shuttingDown = false;
let shutdownStartedAt = 0;

async function shutdown(reason: string, code = 0): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  shutdownStartedAt = Date.now();
  // Before anything else: the JVM may already be stopping (a signal to the whole tree), and its
  // exit must not be taken for a crash and answered with a new JVM.
  supervisor?.detach();
  log.info({ reason }, 'shutting down: no new connections, answering the requests in flight');
  // Not unref'd: it also keeps this process alive until the stop has ended one way or the other.
  setTimeout(() => forceExit(`the shutdown took longer than ${SHUTDOWN_LIMIT_MS / 1000}s`), SHUTDOWN_LIMIT_MS);
  // Gives the job lease up (bounded), so another server takes the jobs over at once.
  await scheduler?.stop();
  // Open notification streams never end by themselves: end them, and their pages reconnect elsewhere.
  endLiveStreams?.();
  if (http && !(await http.drain(DRAIN_GRACE_MS))) {
    log.warn(`requests still running after ${DRAIN_GRACE_MS / 1000}s were cut`);
  }
  log.info('HTTP closed');
  await stopApollo?.();
  await opened?.close(); // the driver, then the first JVM
  await supervisor?.stop(); // a JVM the supervisor started after the first one died
  log.info('Neo4j stopped');
  log.info({ reason, ms: Date.now() - shutdownStartedAt }, 'stopped');
  process.exit(code);
}

class StoppedWhileStarting extends Error {}

/** Exit now, leaving nothing behind: the JVM is killed rather than left to notice. */
function forceExit(why: string): void {
  log.error(`${why}: stopping now`);
  supervisor?.current().kill();
  opened?.embedded?.kill();
  process.exit(1);
}

function onSignal(signal: NodeJS.Signals): void {
  if (!shuttingDown) {
    void shutdown(signal);
    return;
  }
  // One stop often arrives twice: a terminal's Ctrl-C reaches every process of the group, npm
  // included, and npm forwards it again; systemd signals the whole service, npm forwards again.
  // Only a signal sent later is someone asking for "now".
  if (Date.now() - shutdownStartedAt > SAME_SIGNAL_MS) forceExit(`a second ${signal}`);
}
// `on`, not `once`: the tsx loader re-raises a signal once no listener is left, which would
// kill this process halfway through its orderly shutdown.
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

// A parent that dies without passing a signal on (npm killed with SIGKILL, a shell between npm
// and node that a signal killed) leaves this process an orphan, adopted by init: it stops then,
// as the JVM does when this process dies.
const parentAtStart = process.ppid;
setInterval(() => {
  if (process.ppid !== parentAtStart) void shutdown('parent-exit');
}, 500).unref();

try {
  await ensureWebBuilt(say);
  opened = await openGraph(config.graph, say);
  const photos = openPhotoStore(config.photos);
  say(`Photos are kept in ${photos.description}`);
  if (config.seedDemo) await startDemoIfEmpty(opened.graph, systemClock, say, photos);
  const mailer = mailerFrom(config.mail, log);
  say(`Mail goes to ${mailer.description}`);
  const { app, apollo, metrics, live } = await createApp({
    graph: opened.graph,
    clock: systemClock,
    log,
    introspection: config.introspection,
    timeZone: config.timeZone,
    secureCookies: config.secureCookies,
    sessionIdleMs: config.sessionIdleMs,
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    rateLimits: config.rateLimits,
    leaderboardCacheMs: config.leaderboardCacheMs,
    metricsToken: config.metricsToken,
    redisUrl: config.redisUrl,
    readiness: { notReadyBecause: () => (shuttingDown ? 'The server is stopping.' : undefined) },
    photos,
    publicOrigin: config.publicOrigin,
    mailer,
    privileges: config.privileges,
  });
  stopApollo = () => apollo.stop();
  endLiveStreams = () => live.stop();
  if (config.env === 'production' && process.env.PUBLIC_ORIGIN === undefined) {
    log.warn(`PUBLIC_ORIGIN is not set: shared links, QR codes and link previews point at ${config.publicOrigin}`);
  }
  // A stop asked for while starting is under way already: serve nothing, supervise nothing.
  if (shuttingDown) throw new StoppedWhileStarting();
  if (config.jobsEnabled) scheduler = await startScheduler(opened.graph, systemClock, log, config.timeZone, {
    metrics,
    leaseTtlMs: config.jobLeaseMs,
    mail: { mailer, publicUrl: config.publicOrigin },
    recomputeInOwnProcess: { neo4jUri: opened.uri },
    privilegeLadder: config.privileges.ladder,
  });
  http = drainableServer(app);
  http.server.listen(config.port, config.host, () => {
    const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
    log.info(`Trustline is up: http://${shown}:${config.port}  (GraphQL at /graphql, IDE at /graphiql)`);
  });
  http.server.on('error', (err) => {
    log.error({ err }, `could not listen on ${config.host}:${config.port}`);
    void shutdown('listen-error', 1);
  });
  // If the embedded Neo4j dies under us, the server keeps answering (503 while the database is
  // away, /healthz down) and the supervisor starts it again on the same folder and port; the
  // driver reconnects by itself. A JVM that keeps dying stops the server instead.
  if (opened.embedded) {
    const restart = async () => {
      const jvm = await startEmbeddedNeo4j({ ...config.graph.embedded, log: say });
      metrics.neo4jRestarted();
      return jvm;
    };
    supervisor = superviseEmbedded(opened.embedded, restart, log, (reason) => {
      if (!shuttingDown) void shutdown(`neo4j-exit: ${reason}`, 1);
    });
  }
  opened.graph.onAvailabilityChange = (available, cause) => {
    if (available) log.info('Neo4j answers again');
    else log.error({ err: cause }, 'Neo4j is unreachable: GraphQL requests answer 503 SERVICE_UNAVAILABLE until it is back');
  };
} catch (err) {
  // Interrupted by a stop (its steps may fail as the stop closes the driver): shutdown() exits.
  if (!shuttingDown) {
    log.fatal(err instanceof Error ? err.message : String(err));
    await opened?.close();
    process.exit(1);
  }
}
