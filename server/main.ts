// `npm start`: builds what is missing, starts (or connects to) Neo4j, loads the demo market into
// an empty database, and serves the API and the web app. Ctrl-C / SIGTERM shut everything down
// in order — HTTP first, then the driver, then the embedded JVM — leaving no process behind.
import type { Server } from 'node:http';
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

const config = configFromEnv();
const log = createLogger(config.logLevel);
const say = (line: string) => log.info(line);

let opened: OpenGraph | undefined;
let server: Server | undefined;
let stopApollo: (() => Promise<void>) | undefined;
let scheduler: Scheduler | undefined;
let supervisor: EmbeddedSupervisor | undefined;
let shuttingDown = false;

async function shutdown(signal: string, code = 0): Promise<void> {
  if (shuttingDown) {
    // A second Ctrl-C means "now": the JVM notices our exit through its stdin and stops too.
    if (signal === 'SIGINT' || signal === 'SIGTERM') process.exit(1);
    return;
  }
  shuttingDown = true;
  log.info({ signal }, 'shutting down');
  scheduler?.stop();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server?.closeAllConnections();
  await stopApollo?.();
  supervisor?.detach();
  await opened?.close();
  await supervisor?.stop(); // a JVM the supervisor started after the first one died
  log.info('stopped');
  process.exit(code);
}
// `on`, not `once`: the tsx loader re-raises a signal once no listener is left, which would
// kill this process halfway through its orderly shutdown.
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await ensureWebBuilt(say);
  opened = await openGraph(config.graph, say);
  if (config.seedDemo) await startDemoIfEmpty(opened.graph, systemClock, say);
  const { app, apollo } = await createApp({
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
  });
  stopApollo = () => apollo.stop();
  if (config.jobsEnabled) scheduler = startScheduler(opened.graph, systemClock, log, config.timeZone);
  server = app.listen(config.port, config.host, () => {
    const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
    log.info(`Trustline is up: http://${shown}:${config.port}  (GraphQL at /graphql, IDE at /graphiql)`);
  });
  server.on('error', (err) => {
    log.error({ err }, `could not listen on ${config.host}:${config.port}`);
    void shutdown('listen-error', 1);
  });
  // If the embedded Neo4j dies under us, the server keeps answering (503 while the database is
  // away, /healthz down) and the supervisor starts it again on the same folder and port; the
  // driver reconnects by itself. A JVM that keeps dying stops the server instead.
  if (opened.embedded) {
    supervisor = superviseEmbedded(opened.embedded, () => startEmbeddedNeo4j({ ...config.graph.embedded, log: say }), log, (reason) => {
      if (!shuttingDown) void shutdown(`neo4j-exit: ${reason}`, 1);
    });
  }
  opened.graph.onAvailabilityChange = (available, cause) => {
    if (available) log.info('Neo4j answers again');
    else log.error({ err: cause }, 'Neo4j is unreachable: GraphQL requests answer 503 SERVICE_UNAVAILABLE until it is back');
  };
} catch (err) {
  log.fatal(err instanceof Error ? err.message : String(err));
  await opened?.close();
  process.exit(1);
}
