// The servers under load, in their own process so the load generator (autocannon, in the bench's
// process) does not share their event loop: the real app (createApp, GraphQL at /graphql) and
// peer 1, a bare Express route answering the same leaderboard JSON from the same Cypher.
// Both read the board through one LeaderboardCache (as `npm start` does, TTL
// BENCH_LEADERBOARD_CACHE_MS, default the product's), so their ratio measures the GraphQL layer
// alone. For the record, a second app and `/leaderboard?cache=off` read the database on every
// request. And peer 2 behind plain node:http (a rating without Express or GraphQL, below), and the
// app's own Apollo server behind plain node:http (GraphQL without Express, below).
// Started by test/bench/run.ts; prints one JSON line with the ports, stops when stdin closes.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { apolloRequestOf } from '../../server/graphql-post';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { rateRecommendation } from '../../graph/feedback';
import { DEFAULT_SESSION_IDLE_MS } from '../../server/auth/viewer';
import { hashToken } from '../../server/auth/tokens';
import { pendingSessionCheck } from '../../server/auth/session-gate';
import { rateArgs } from '../../server/resolvers/feedback';
import { validate } from '../../server/validation';
import { connectGraph } from '../../graph/graph';
import { graphSettingsFromEnv } from '../../graph/settings';
import { leaderboardWithArrows } from '../../graph/leaderboard';
import { GLOBAL_SCOPE } from '../../graph/snapshots';
import { createApp } from '../../server/app';
import { ManualClock, systemClock } from '../../server/clock';
import { DEFAULT_LEADERBOARD_CACHE_MS, LeaderboardCache } from '../../server/leaderboard-cache';
import { createLogger } from '../../server/logger';
import { DEFAULT_RATE_LIMITS } from '../../server/limits';

const uri = process.env.BENCH_NEO4J_URI;
if (!uri) throw new Error('BENCH_NEO4J_URI is not set (serve.ts is started by test/bench/run.ts)');
const graph = connectGraph(uri, graphSettingsFromEnv(), process.env.BENCH_EMBEDDED === '1');
const clock = new ManualClock(new Date(Number(process.env.BENCH_NOW_MS)));

// The per-member and per-address write limits are product policy, not capacity: every bench
// request comes from 127.0.0.1 on a clock that stands still, so with the defaults the bench would
// measure the limiter's 429s. Raised out of the way here, and only here.
const rateLimits = { ...DEFAULT_RATE_LIMITS, writesPerMemberPerMinute: 1e9, writesPerAddressPerMinute: 1e9 };
// The market's clock stands still; the cache's TTL runs on the wall clock, as in production.
const cacheMs = Number(process.env.BENCH_LEADERBOARD_CACHE_MS ?? DEFAULT_LEADERBOARD_CACHE_MS);
const leaderboards = new LeaderboardCache(graph, { ttlMs: cacheMs, clock: systemClock });
const appOptions = { graph, clock, cacheClock: systemClock, log: createLogger('silent'), introspection: false, rateLimits };
const { app, apollo, graphqlContext } = await createApp({ ...appOptions, leaderboards });
const uncached = await createApp({ ...appOptions, leaderboardCacheMs: 0 });

// Peer 1: the same read the GraphQL resolver makes (page, latest snapshot day and arrows in one
// statement, through the same cache), shaped like the GraphQL answer, without Apollo, helmet,
// request logs or compression. `?cache=off` reads the database every time.
const bare = express();
bare.get('/leaderboard', async (req, res, next) => {
  try {
    const read =
      req.query.cache === 'off'
        ? await leaderboardWithArrows(graph, { kind: 'GLOBAL' }, GLOBAL_SCOPE, 51, undefined)
        : await leaderboards.page({ kind: 'GLOBAL' }, GLOBAL_SCOPE, 51, undefined);
    const rows = read.rows;
    const day = read.snapshotDay ?? null;
    const page = rows.slice(0, 50);
    const movement = new Map(read.readings.map(({ key, reading }) => [key.split('|')[0], reading?.movement ?? null]));
    res.json({
      data: {
        leaderboard: {
          snapshotDay: day,
          edges: page.map((r) => ({
            cursor: Buffer.from(JSON.stringify([r.rankKey, r.score, r.member.id, r.position])).toString('base64url'),
            node: {
              position: r.position,
              movement: movement.get(r.member.id) ?? null,
              member: {
                id: r.member.id,
                handle: r.member.handle,
                displayName: r.member.displayName,
                trust: { score: r.member.trustScore, confidence: r.member.trustConfidence, rankKey: r.member.trustRankKey, isNew: r.member.trustIsNew },
              },
            },
          })),
          pageInfo: { hasNextPage: rows.length > 50, endCursor: null },
        },
      },
    });
  } catch (err) {
    next(err);
  }
});

/** A request's body, read whole. */
const bodyOf = (req: http.IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

// Peer 2 behind HTTP: the rating as the resolver makes it (rateRecommendation() by session token,
// refusal checks included), behind node:http alone: no Express, middleware, Apollo or GraphQL. It
// takes the GraphQL request's body and bearer token and answers the same fields, so the GraphQL
// row's gap to peer 2 splits into what HTTP itself costs and what the GraphQL stack adds.
const plainHttp = http.createServer((req, res) => {
  void (async () => {
    try {
      const args = validate(rateArgs, (JSON.parse(await bodyOf(req)) as { variables: unknown }).variables);
      // The check the API's session gate hands a rating (auth/session-gate.ts).
      const session = pendingSessionCheck(hashToken((req.headers.authorization ?? '').replace(/^Bearer /, '')), DEFAULT_SESSION_IDLE_MS);
      const { feedback, trustEvent } = await rateRecommendation(graph, { session, admit: async () => undefined }, args, clock.now());
      const body = JSON.stringify({ data: { rateRecommendation: { feedback: { id: feedback.id }, trustEvent: trustEvent ? { delta: trustEvent.delta, after: trustEvent.after } : null } } });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(err instanceof Error ? err.message : String(err));
    }
  })();
});

// The GraphQL row without Express: the app's own Apollo server (its schema, resolvers and plugins:
// limits, session gate, metrics, stored answers, error language) with the context /graphql builds,
// behind node:http alone: none of Express's routing or middleware (security headers, request log,
// compression, CORS, the JSON body parser and its depth check). The GraphQL row's gap to it is
// what Express and that middleware cost a rating; its gap to the plain HTTP row, what Apollo,
// graphql-js and the plugins cost (docs/scaling.md).
const apolloHttp = http.createServer((req, res) => {
  void (async () => {
    try {
      // What pino-http gives an Express request, and createContext names the request by.
      Object.assign(req, { id: randomUUID() });
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: apolloRequestOf(req, JSON.parse(await bodyOf(req)) as unknown),
        context: () => graphqlContext(req as unknown as express.Request, res as unknown as express.Response),
      });
      if (answer.body.kind !== 'complete') throw new Error('an incremental answer');
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.writeHead(answer.status ?? 200, { 'content-length': Buffer.byteLength(answer.body.string) }).end(answer.body.string);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(err instanceof Error ? err.message : String(err));
    }
  })();
});

const listen = (a: express.Express | http.Server) =>
  new Promise<http.Server>((resolve) => {
    const s: http.Server = a.listen(0, '127.0.0.1', () => resolve(s));
  });
const [appServer, uncachedServer, bareServer, plainHttpServer, apolloHttpServer] = await Promise.all([listen(app), listen(uncached.app), listen(bare), listen(plainHttp), listen(apolloHttp)]);
const port = (s: import('node:http').Server) => (s.address() as AddressInfo).port;
process.stdout.write(`${JSON.stringify({ graphql: port(appServer), graphqlUncached: port(uncachedServer), bare: port(bareServer), plainHttpRating: port(plainHttpServer), apolloHttp: port(apolloHttpServer), cacheMs })}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  const servers = [appServer, uncachedServer, bareServer, plainHttpServer, apolloHttpServer];
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await Promise.all([apollo.stop(), uncached.apollo.stop()]);
  await graph.close();
  process.exit(0);
};
process.stdin.on('end', () => void stop());
process.stdin.on('close', () => void stop());
process.stdin.resume();
process.on('SIGTERM', () => void stop());
