// Assembles the HTTP server: security headers, request logs, /healthz, /readyz, /metrics, the GraphQL endpoint
// and the built web app. Nothing here starts a database or listens on a port, so tests build
// the same app around their own Neo4j and clock.
import { LiveNotifications } from './notifications/live';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import helmet from 'helmet';
import compression from 'compression';
import cors from 'cors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { pinoHttp } from 'pino-http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { loadTypeDefs } from './schema/load';
import { resolvers } from './resolvers/index';
import { createContext, type Context, type Services } from './context';
import { makeFormatError, outagePlugin } from './errors';
import { errorLanguagePlugin } from './error-translations';
import { healthRoute } from './health';
import { firstPaintRoute, type FirstPaintOptions } from './first-paint';
import { pageChunkPreloads } from './page-chunks';
import { bodyErrorHandler } from './body-errors';
import { graphqlAnswerHeaders, graphqlPost, staticHeadersOf, COMPRESSION_THRESHOLD, GRAPHQL_BODY_LIMIT } from './graphql-post';
import { subscriptionsRefusedPlugin } from './subscriptions';
import { refuseDeepBody, refuseDeepQueryString } from './json-depth';
import { GRAPHQL_LIMITS, limitsPlugin, DEFAULT_RATE_LIMITS } from './limits';
import { photoUploadRoute } from './photos/upload-route';
import { photoServeRoute } from './photos/serve-route';
import { LocalPhotoStore, type PhotoStore } from './photos/store';
import { DEFAULT_LEADERBOARD_CACHE_MS, LeaderboardCache } from './leaderboard-cache';
import { TrustedPicksCache } from './trusted-picks-cache';
import { PublicAnswers } from './public-answers';
import { Metrics, metricsRoute } from './metrics';
import { writeRateCounter } from './write-rate';
import { readinessRoute, type Readiness } from './health';
import type { Clock } from './clock';
import { shareRoutes, type SharePhotos } from './sharing/routes';
import { ShareData } from './sharing/share-data';
import { linkPreview } from './sharing/link-preview';
import { shareLanguage } from './sharing/words';
import { publicOrigin } from './sharing/public-origin';
import type { PrivilegeSettings } from './domain/privileges';
import { sharePhotosFrom } from './sharing/share-photos';

export interface AppOptions extends Services {
  introspection: boolean;
  webDist?: string;
  /** Browser origins allowed to call /graphql cross-origin; empty or absent = same origin only. */
  corsOrigins?: string[];
  /** Express `trust proxy`: set it behind a reverse proxy so limits see the real client address. */
  trustProxy?: boolean | number | string;
  /** How long index.html may wait for its page's first answers (first-paint.ts). */
  firstPaintBudgetMs?: number;
  /** TTL of the public leaderboard cache (LEADERBOARD_CACHE_MS); 0 turns it off. */
  leaderboardCacheMs?: number;
  /** The clock the in-memory caches' TTL runs on (default: `clock`); the bench's clock stands still. */
  cacheClock?: Clock;
  /** A cache to share with something else in the process (the bench's bare route); else one is made. */
  leaderboards?: LeaderboardCache;
  /** The app's Prometheus metrics (one is made when absent; main.ts shares it with the jobs). */
  metrics?: Metrics;
  /** Bearer token that lets a scraper from another host read /metrics (loopback needs none). */
  metricsToken?: string;
  /** Redis for write limits shared by every server (REDIS_URL); absent = counted in this process. */
  redisUrl?: string;
  /** What /readyz asks besides Neo4j (main.ts: not shutting down); ready when absent. */
  readiness?: Readiness;
  /** How often open pages' notifications are polled (ms; default POLL_MS). */
  livePollMs?: number;
  /** Where photo files are kept (default: the local folder data/photos). */
  photos?: PhotoStore;
  /** Product covers and avatars for the share poster and preview cards (default: from `photos`). */
  sharePhotos?: SharePhotos;
  /** The privilege ladder and community-flag rules (default: the documented defaults). */
  privileges?: PrivilegeSettings;
}

export interface TrustlineApp {
  app: express.Express;
  apollo: ApolloServer<Context>;
  leaderboards: LeaderboardCache;
  metrics: Metrics;
  /** The open notification streams: stop them before closing the server. */
  live: LiveNotifications;
  /** The context /graphql builds for each request (the bench runs `apollo` without Express with it). */
  graphqlContext: (req: express.Request, res: express.Response) => Promise<Context>;
}

const PROBE_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

export const WEB_DIST = path.resolve(process.cwd(), 'web', 'dist');

export async function createApp(options: AppOptions): Promise<TrustlineApp> {
  const { graph, clock, log } = options;
  const rateLimits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  const leaderboardCacheMs = options.leaderboardCacheMs ?? DEFAULT_LEADERBOARD_CACHE_MS;
  const cacheClock = options.cacheClock ?? clock;
  const metrics = options.metrics ?? new Metrics(graph);
  const leaderboards =
    options.leaderboards ??
    new LeaderboardCache(graph, { ttlMs: leaderboardCacheMs, clock: cacheClock, onLookup: (hits, misses) => metrics.cacheLookup('leaderboard', hits, misses) });
  // The trusted picks' evidence: the same TTL and drops as the boards (trusted-picks-cache.ts).
  const trustedPicks = new TrustedPicksCache(graph, {
    ttlMs: leaderboardCacheMs,
    clock: cacheClock,
    onLookup: (hits, misses) => metrics.cacheLookup('trusted-picks', hits, misses),
  });
  // Signed-out board answers whole, under the same TTL and drops as the leaderboard cache.
  const publicAnswers = new PublicAnswers(graph, {
    ttlMs: leaderboardCacheMs,
    clock: cacheClock,
    onLookup: (hit) => metrics.cacheLookup('public-answers', hit ? 1 : 0, hit ? 0 : 1),
  });
  const photos = options.photos ?? new LocalPhotoStore(path.resolve('data/photos'));
  // Mutations and photo uploads count against the same per-minute write limits (in Redis when
  // REDIS_URL is set, so across servers).
  const writes = writeRateCounter({ redisUrl: options.redisUrl, clock, log, windowMs: 60_000 });
  // Depth, aliases and directives: GraphQL Armor (server/limits.ts says why the cost limit is
  // ours). A refusal is a GRAPHQL_VALIDATION_FAILED error, 400. Tokens: graphql-js's own parser
  // limit (`parseOptions` below), not Armor's, whose plugin re-parses every document in a hook
  // Apollo treats as a crash: any syntax error came back as HTTP 500 (bad-input corpus).
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    costLimit: { enabled: false },
    // Field suggestions help a developer; keep them while introspection is on anyway.
    blockFieldSuggestion: { enabled: !options.introspection },
  }).protect();
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(log),
    validationRules: armor.validationRules,
    // Over the token limit: GRAPHQL_PARSE_FAILED, 400, before anything else is done.
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    // A JSON array body (several operations in one request) is refused with a 400 BAD_REQUEST:
    // batching would multiply every per-request limit above.
    allowBatchedHttpRequests: false,
    // The IDE is our own offline GraphiQL page at /graphiql, not Apollo's CDN-hosted one.
    // Apollo's cache-control plugin, on by default, hooks every field of every answer to compute
    // a Cache-Control header from schema hints we do not use (answers are per viewer; the
    // leaderboard cache is in the server): a tenth of the CPU of a 50-row board. Usage
    // reporting would only start with an Apollo key; off, so it never sends data anywhere.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      metrics.graphqlPlugin(),
      ...armor.plugins,
      subscriptionsRefusedPlugin(),
      limitsPlugin(GRAPHQL_LIMITS, rateLimits, writes),
      outagePlugin(),
      errorLanguagePlugin(),
      publicAnswers.plugin(),
    ],
    // Apollo would otherwise catch SIGINT/SIGTERM itself and re-raise them, killing the process
    // before main.ts has stopped the driver and the JVM in order.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  // What every request's context is built from: /graphql's and the web app's first paint's.
  const services = {
    graph,
    clock,
    log,
    secureCookies: options.secureCookies,
    timeZone: options.timeZone,
    rateLimits,
    sessionIdleMs: options.sessionIdleMs,
    publicOrigin: options.publicOrigin,
    mailer: options.mailer,
    privileges: options.privileges,
    writeLimiter: writes,
    leaderboards,
    trustedPicks,
  };
  const contextFor = (req: express.Request, res: express.Response) => createContext(services, req, res);
  // The session is checked just before execution, or by the mutation itself (auth/session-gate.ts).
  const graphqlContext = (req: express.Request, res: express.Response) => createContext(services, req, res, { deferSession: true });

  // Security headers on every answer (helmet sets the same ones each time; graphql-post.ts takes them once).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'worker-src': ["'self'", 'blob:'],
        'connect-src': ["'self'"],
        // Served over plain HTTP on localhost by default; TLS is the proxy's job in production.
        'upgrade-insecure-requests': null,
      },
    },
  });
  // gzip: the web app's JavaScript is several times smaller on the wire (Lighthouse, phones).
  const compress = compression({ threshold: COMPRESSION_THRESHOLD });
  // CORS: only the listed origins get Access-Control-Allow-* headers (with credentials, so the
  // session cookie works); any other origin gets none and the browser blocks the response.
  // Apollo's CSRF prevention still refuses simple cross-site requests without a JSON body.
  const corsOrigins = new Set(options.corsOrigins ?? []);
  const graphqlCors = cors({ origin: (origin, done) => done(null, origin !== undefined && corsOrigins.has(origin)), credentials: true, maxAge: 600 });

  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  app.use(metrics.http());
  // A JSON POST to /graphql is answered here, with what the chain below would give it (graphql-post.ts).
  app.use(
    graphqlPost({
      apollo,
      context: graphqlContext,
      securityHeaders: staticHeadersOf(securityHeaders),
      cors: graphqlCors,
      compression: compress,
      storedAnswer: (req) => publicAnswers.storedAnswer(req),
      log,
    }),
  );
  app.use(securityHeaders);
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req) => (req.headers['x-request-id'] as string | undefined) ?? randomUUID(),
      // Probes and scrapes come every few seconds and say nothing about members' requests.
      autoLogging: { ignore: (req) => PROBE_PATHS.has(req.url ?? '') },
      // One short line per request; headers may carry cookies and tokens, so they stay out.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(compress);
  app.get('/healthz', healthRoute(graph));
  app.get('/readyz', readinessRoute(graph, options.readiness));
  app.get('/metrics', metricsRoute(metrics, options.metricsToken));
  app.use(
    '/graphql',
    // Vary and no-store (graphql-post.ts says why), set first so refusals of the body below carry them too.
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      graphqlAnswerHeaders(res);
      next();
    },
    graphqlCors,
    // A body nested deeper than MAX_JSON_DEPTH is refused before it is parsed (json-depth.ts).
    express.json({ limit: GRAPHQL_BODY_LIMIT, verify: refuseDeepBody }),
    refuseDeepQueryString(),
    publicAnswers.middleware(),
    expressMiddleware(apollo, { context: ({ req, res }) => graphqlContext(req, res) }),
  );
  // A body too large or not JSON: a JSON error like every other refusal, never Express's HTML page.
  app.use('/graphql', bodyErrorHandler(log));
  // Photos: uploads beside GraphQL (multipart), and the stored files with immutable caching.
  app.post('/api/photos', photoUploadRoute({ graph, clock, log, store: photos, rateLimits, limiter: writes, sessionIdleMs: options.sessionIdleMs }));
  app.get('/photos/:id/:file', photoServeRoute(photos, log));
  // Notifications, live to open pages (server-sent events; notifications/live.ts).
  const live = new LiveNotifications(graph, log, options.livePollMs);
  app.get('/api/notifications/stream', live.route(clock, options.sessionIdleMs));
  // Sharing: the poster, QR code and preview cards (sharing/routes.ts), and the link-preview
  // tags the web app's pages carry (sharing/link-preview.ts).
  const origin = publicOrigin(options.publicOrigin);
  const shareData = new ShareData(apollo);
  app.use(shareRoutes({ data: shareData, createContext: contextFor, origin, photos: options.sharePhotos ?? sharePhotosFrom(graph, photos), log }));
  serveWebApp(app, options.webDist ?? WEB_DIST, {
    apollo,
    createContext: contextFor,
    log,
    budgetMs: options.firstPaintBudgetMs,
    linkPreview: (ctx, url, req) =>
      linkPreview(shareData, ctx, {
        pathname: url.pathname,
        search: url.searchParams,
        language: shareLanguage(url.searchParams.get('lang'), req.get('accept-language')),
        origin,
      }),
  });
  return { app, apollo, leaderboards, metrics, live, graphqlContext };
}

function serveWebApp(app: express.Express, dist: string, firstPaint: Omit<FirstPaintOptions, 'indexHtml' | 'preloadsFor'>): void {
  if (!existsSync(path.join(dist, 'index.html'))) return;
  // Files under assets/ carry a content hash in their name: a new build gets new names, so a
  // browser may keep them for a year without asking again. Everything else gets an hour.
  app.use(
    express.static(dist, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, file) => {
        if (path.basename(path.dirname(file)) === 'assets') res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  // A hashed file that is not there (a page still open from the previous release asks for its
  // old chunk) is a 404, not the app shell: served as a script, the shell only failed with a
  // MIME-type error that told the browser nothing.
  app.use('/assets', (_req, res) => void res.status(404).type('text/plain').send('Not found'));
  app.get('/graphiql', (_req, res) => res.sendFile(path.join(dist, 'graphiql.html')));
  // Client-side routes: every other GET that is not an API path gets the app shell, with the
  // first answers of the page it opens (first-paint.ts).
  app.get(/^\/(?!graphql|healthz|readyz|metrics).*/, firstPaintRoute({ ...firstPaint, indexHtml: path.join(dist, 'index.html'), preloadsFor: pageChunkPreloads(dist) }));
}
