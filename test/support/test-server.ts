// The real server, built around the run's Neo4j (started by global-setup) and a ManualClock that
// tests move instead of waiting. Listens on a free loopback port.
import type { Server } from 'node:http';
import { connectGraph, type Graph } from '../../graph/graph';
import { migrate } from '../../graph/schema';
import { createApp } from '../../server/app';
import { ManualClock } from '../../server/clock';
import { createLogger, type Logger } from '../../server/logger';
import { DEFAULT_RATE_LIMITS, type RateLimits } from '../../server/limits';
import type { Readiness } from '../../server/health';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalPhotoStore, type PhotoStore } from '../../server/photos/store';
import type { Mailer } from '../../server/mail/mailer';
import type { PrivilegeSettings } from '../../server/domain/privileges';

export interface TestServer {
  url: string;
  graph: Graph;
  clock: ManualClock;
  stop(): Promise<void>;
}

export function testGraph(): Graph {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run integration tests through jest (global-setup starts Neo4j).');
  const embedded = process.env.TRUSTLINE_TEST_NEO4J_STARTED === '1';
  return connectGraph(
    uri,
    { user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE },
    embedded,
  );
}

export interface TestServerOptions {
  /** Defaults: the production sign-in rules, and write limits high enough never to trip a test. */
  rateLimits?: Partial<RateLimits>;
  corsOrigins?: string[];
  /** Believe X-Forwarded-For, so a test can speak from an address of its own. */
  trustProxy?: boolean;
  /** Idle window of sessions; default: none (tests move the clock by weeks without signing in again). */
  sessionIdleMs?: number;
  /** Mark the session cookie Secure, as COOKIE_SECURE does. */
  secureCookies?: boolean;
  /** How long index.html waits for its page's first answers (server/first-paint.ts). */
  firstPaintBudgetMs?: number;
  /** A Neo4j of the test's own (default: the run's, from global-setup); the server closes it on stop. */
  graph?: Graph;
  /** The server's logger (default: silent, or TEST_LOG_LEVEL); a test that checks what is logged passes its own. */
  log?: Logger;
  /** Lets a request relayed by a proxy read /metrics with this bearer token (METRICS_TOKEN). */
  metricsToken?: string;
  /** What /readyz asks besides the database (main.ts: whether the server is stopping). */
  readiness?: Readiness;
  /** Where uploaded photos go (default: a fresh temporary folder). */
  photos?: PhotoStore;
  /** PUBLIC_ORIGIN: the origin shared links and link previews start with (default: the app's own default). */
  publicOrigin?: string;
  /** Where the server's mail goes (default: none is sent). */
  mailer?: Mailer;
  /** How often open pages' notifications are polled (default: the server's POLL_MS). */
  livePollMs?: number;
  /** The privilege ladder and community-flag rules (default: the documented defaults). */
  privileges?: PrivilegeSettings;
}

/** Write limits for tests that do not test them: every test file writes fast from 127.0.0.1. */
export const RELAXED_RATE_LIMITS: RateLimits = {
  ...DEFAULT_RATE_LIMITS,
  writesPerMemberPerMinute: 1_000_000,
  writesPerAddressPerMinute: 1_000_000,
  signInAddressFailuresBeforeLockout: 1_000_000,
  passwordResetRequestsPerAddress: 1_000_000,
};

export async function startTestServer(start = new Date('2026-06-01T08:00:00Z'), options: TestServerOptions = {}): Promise<TestServer> {
  const graph = options.graph ?? testGraph();
  await migrate(graph);
  const clock = new ManualClock(start);
  const { app, apollo, live } = await createApp({
    graph,
    clock,
    log: options.log ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    introspection: true,
    rateLimits: { ...RELAXED_RATE_LIMITS, ...options.rateLimits },
    corsOrigins: options.corsOrigins,
    trustProxy: options.trustProxy,
    firstPaintBudgetMs: options.firstPaintBudgetMs,
    sessionIdleMs: options.sessionIdleMs ?? Number.POSITIVE_INFINITY,
    secureCookies: options.secureCookies,
    metricsToken: options.metricsToken,
    readiness: options.readiness,
    photos: options.photos ?? new LocalPhotoStore(mkdtempSync(path.join(tmpdir(), 'trustline-photos-'))),
    publicOrigin: options.publicOrigin,
    mailer: options.mailer,
    livePollMs: options.livePollMs,
    privileges: options.privileges,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    graph,
    clock,
    stop: async () => {
      live.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
      await graph.close();
    },
  };
}
