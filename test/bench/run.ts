// `npm run bench`: loads a synthetic market, times the bulk load, the global recompute and the
// daily snapshot, then loads the real app (test/bench/serve.ts, its own process) with autocannon
// and measures its peers in the same run on the same data. Writes docs/benchmarks.json and
// docs/benchmarks.md. Never part of `npm test`.
//
//   npm run bench                      10,000 members / 100,000 rated orders (a few minutes)
//   npm run bench -- --full            100,000 members / 1,000,000 rated orders
//   npm run bench -- --members N --orders M [--duration S] [--feedback K] [--no-write]
//   npm run bench -- [--full] --db DIR   keep the market in DIR; a re-run with the same size reuses it
//   npm run bench -- --full --at-size DIR [--at-size DIR2]   then recompute-at-size.ts on each bulk-built market
//                                        (1M and 10M rated orders: the issue 29 figures), recorded alongside
//   npm run bench -- --no-gds            skip peer 4 (OpenGDS personalized PageRank)
//   npm run bench -- --no-servers        skip the several-servers rows (nginx, two API servers, Redis)
//   npm run bench -- --write-warm-up N   at most N untimed ratings before the feedback rows (jit-settle.ts)
//   npm run bench -- --profile-server DIR  V8 CPU profile of the API server's process, written to DIR at its stop
//
// Loopback only; every loop is bounded (a duration or a request count). NEO4J_URI may name an
// empty Neo4j to use instead of a fresh embedded one in a temporary folder.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AutocannonRequest, Result } from 'autocannon';
import { freePort } from '../../graph/free-port';
import { redisAvailable, startRedisServer, type RedisServer } from '../support/redis-server';
import type { Graph } from '../../graph/graph';
import { RATE_FACTS_IN_SESSION, RATE_WRITE, rateRecommendation, verdictWriteParams, type RateFacts, type RateRequest } from '../../graph/feedback';
import { recomputeTrust } from '../../graph/trust-recompute';
import { GLOBAL_SCOPE } from '../../graph/snapshots';
import { timedBenchSnapshots } from './bench-snapshots';
import { BENCH_NOW, benchId, generateMarket, intFlag, isEmpty, openBenchGraph, prng, replayMarket, type GeneratedMarket } from './generate';
import { runGdsPeer, type GdsPeer } from './gds-peer';
import { sessionCheckParams } from '../../graph/sessions';
import { DEFAULT_SESSION_IDLE_MS } from '../../server/auth/viewer';
import { hashToken } from '../../server/auth/tokens';
import { pendingSessionCheck } from '../../server/auth/session-gate';
import { memberTrustSnapshot, readMarker, resetMarket, resetMemberTrust, restoreMemberTrust, sameMarket, writeMarker } from './market-reuse';
import type { TrustEdgeRebuild } from '../../graph/trust-edges';
import { cypherEdgeRead, databaseEdgeWalk, firstEdgeRead } from './recompute-read';
import { writeBackAnatomy } from './write-back-anatomy';
import { timedRun } from './timed-run';
import { latencyPercentiles, pacedLoad, type PacedAnswer, type PacedOptions, type PacedRequest } from './paced-load';
import { latencyByRecomputePhase } from './recompute-phases';
import { jitCpuMs, withCpuPerRequest, withJitShare } from './process-cpu';
import { untilJitSettles } from './jit-settle';
import { latinOrder, mergeRounds, slices, type Round, type RoundSink } from './rounds';
import { measureSeveralServers, type SeveralServersResult } from './several-servers';
import { FEEDBACK_DURING_RECOMPUTE_MAX, RECOMPUTE_GDS_GUARD, feedbackDuringRecomputeTarget, ratio, recomputeGdsTarget, renderMarkdown, target, type Figure, type Machine, type Out, type RecomputeJobRun } from './report';

import { startBenchServer } from './bench-server';
import { withAtSizeRun, type AtSizeRun } from './at-size-report';

/** A recompute job run with the feedback answered during it. */
type RecomputeRun = RecomputeJobRun & { answers: PacedAnswer[] };

const DAY = 24 * 60 * 60 * 1000;
const argv = process.argv.slice(2);
const full = argv.includes('--full');
const size = {
  members: intFlag(argv, 'members', full ? 100_000 : 10_000),
  orders: intFlag(argv, 'orders', full ? 1_000_000 : 100_000),
  seed: intFlag(argv, 'seed', 7),
};
const DURATION = intFlag(argv, 'duration', 10); // seconds per HTTP measurement
const FEEDBACK = intFlag(argv, 'feedback', full ? 3000 : 1000); // requests per feedback measurement
const FIXED_RATE = 200; // req/s for the latency measurements
const FEEDBACK_RATE = 20; // req/s for feedback latency, idle and under a recompute
const FEEDBACK_FIXED = intFlag(argv, 'feedback-fixed', 200);
// Idle and during-a-recompute measurements, each run's FEEDBACK_FIXED ratings pooled (run.ts says why).
const RECOMPUTE_RUNS = intFlag(argv, 'recompute-runs', 3);
const CONNECTIONS = 10;
// Ratings made, untimed, through each write path before any is measured: whichever path went
// first used to pay the JVM's and the driver's warm-up for all three (a first-measured path ran
// at a third of its rate in a repeat). 2,000 and not 100: the write warm-up below runs peer 2
// only, so the API server's own code (Apollo, graphql-js, its driver) met its first ratings here,
// and V8 went on optimising it through the measured rounds: on the full market its CPU per
// rating fell from 3.5 ms in the first round to 1.6 ms in the last (on the 10k market, 1.8 ms
// after 6,000 ratings in a separate run).
const WRITE_WARM_UP = intFlag(argv, 'path-warm-up', 2000);
// The write warm-up before them (jit-settle.ts): at most this many peer 2 ratings, stopping once
// Neo4j's JIT compiler threads use under this share of a core during a batch.
const JIT_WARM_UP_MAX = intFlag(argv, 'write-warm-up', 40_000);
const JIT_SETTLED_SHARE = 0.05;
// Untimed whole recomputes before the timed one: until Neo4j's JIT compiler threads use under
// this share of a core during one, or this many.
const RECOMPUTE_WARM_UPS_MAX = 4;
const RECOMPUTE_JIT_SETTLED_SHARE = 0.1;
// The closed-loop feedback paths run in this many rounds each, in turned order (rounds.ts).
const FEEDBACK_ROUNDS = 4;
const dbFlag = argv.indexOf('--db');
const DB_DIR = dbFlag >= 0 ? argv[dbFlag + 1] : undefined;
if (dbFlag >= 0 && (!DB_DIR || DB_DIR.startsWith('--'))) throw new Error('--db needs a folder');
// Peer 4 needs GDS inside Neo4j: the bench's own embedded one loads it; an external one may have it.
const GDS = !argv.includes('--no-gds');
const SEVERAL_SERVERS = !argv.includes('--no-servers');
const profileFlag = argv.indexOf('--profile-server');
const PROFILE_DIR = profileFlag >= 0 ? argv[profileFlag + 1] : undefined;
if (profileFlag >= 0 && (!PROFILE_DIR || PROFILE_DIR.startsWith('--'))) throw new Error('--profile-server needs a folder');
const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

// ------------------------------------------------------------------------------------------
// Measurement helpers



function fromAutocannon(name: string, kind: Figure['kind'], r: Result, seconds: number, targetRate?: number): Figure {
  const requests = r['2xx'];
  return {
    name,
    kind,
    requests,
    perSecond: round(requests / Math.max(0.001, seconds)),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    ...(r.errors + r.timeouts + r.non2xx > 0 ? { errorSamples: errorBreakdown(r) } : {}),
    targetRate,
  };
}

/** What the errors were: connection errors, timeouts and each non-2xx status with its count. */
function errorBreakdown(r: Result): string[] {
  const parts = Object.entries(r.statusCodeStats ?? {})
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, { count }]) => `HTTP ${status} × ${count}`);
  if (r.timeouts) parts.push(`timeouts × ${r.timeouts}`);
  if (r.errors - r.timeouts > 0) parts.push(`connection errors × ${r.errors - r.timeouts}`);
  return parts;
}

async function cannon(
  name: string,
  url: string,
  request: AutocannonRequest,
  opts: { kind: Figure['kind']; amount?: number; rate?: number },
  sink?: RoundSink,
): Promise<Figure> {
  const { result: r, seconds } = await timedRun(
    {
      url,
      connections: opts.kind === 'fixed' ? 20 : CONNECTIONS,
      ...(opts.amount ? { amount: opts.amount } : { duration: DURATION }),
      ...(opts.rate ? { overallRate: opts.rate } : {}),
      timeout: 30,
      requests: [request],
    },
    sink && ((status, ms) => status < 300 && sink.latencies.push(ms)),
  );
  if (sink) sink.seconds = seconds;
  const f = fromAutocannon(name, opts.kind, r, seconds, opts.rate);
  log(`  ${name}: ${f.perSecond} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms${f.errors ? `, ${f.errors} errors (${f.errorSamples?.join(', ')})` : ''}`);
  return f;
}

/** Latency at an evenly spaced fixed rate, open loop (paced-load.ts says why not autocannon's overallRate). */
async function paced(name: string, url: string, rate: number, count: number, next: (i: number) => PacedRequest, onAnswer?: PacedOptions['onAnswer']): Promise<Figure> {
  const r = await pacedLoad(url, { rate, count, onAnswer }, next);
  const f: Figure = { name, kind: 'paced', requests: r.ok, perSecond: round(r.ok / Math.max(0.001, r.seconds)), p50: r.p50, p99: r.p99, errors: r.errors, targetRate: rate };
  if (r.errors) f.errorSamples = r.errorSamples;
  log(`  ${name}: ${f.perSecond} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms (max ${r.max})${f.errors ? `, ${f.errors} errors (${r.errorSamples.join(', ')})` : ''}`);
  return f;
}

/**
 * One figure from several paced runs at `rate`: their answers pooled, percentiles over every
 * answered request, the rate over their summed wall time (each run lasts count / rate seconds).
 */
function pooledPaced(name: string, rate: number, runs: readonly (readonly PacedAnswer[])[]): Figure {
  const answers = runs.flat();
  const answered = (a: PacedAnswer) => a.status >= 200 && a.status < 300;
  const ok = answers.filter(answered);
  const failures = answers.filter((a) => !answered(a));
  const seconds = runs.reduce((a, r) => a + r.length / rate, 0);
  const { p50, p99, max } = latencyPercentiles(ok.map((a) => a.latencyMs));
  const f: Figure = { name, kind: 'paced', requests: ok.length, perSecond: round(ok.length / Math.max(0.001, seconds)), p50, p99, errors: failures.length, targetRate: rate };
  if (failures.length) f.errorSamples = [...new Set(failures.map((a) => a.failure ?? `HTTP ${a.status}`))].slice(0, 5);
  log(`  ${name}, ${runs.length} runs pooled: ${f.requests} ratings, p50 ${p50} ms, p99 ${p99} ms (max ${max})${f.errors ? `, ${f.errors} errors` : ''}`);
  return f;
}

/** An in-process closed loop: `concurrency` callers, each awaiting the next call, for a duration or a count. */
async function closedLoop(
  name: string,
  concurrency: number,
  bound: { ms?: number; count?: number },
  call: (i: number) => Promise<void>,
  sink?: RoundSink,
): Promise<Figure> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const samples = new Set<string>();
  const started = performance.now();
  const deadline = bound.ms ? started + bound.ms : Infinity;
  const limit = bound.count ?? Infinity;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && next < limit) {
        const i = next++;
        const t = performance.now();
        try {
          await call(i);
          latencies.push(performance.now() - t);
        } catch (err) {
          errors++;
          if (samples.size < 5) samples.add(err instanceof Error ? err.message.slice(0, 200) : String(err));
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (sink) {
    sink.latencies.push(...latencies);
    sink.seconds = seconds;
  }
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0, 2);
  const f: Figure = { name, kind: 'closed', requests: latencies.length, perSecond: round(latencies.length / seconds), p50: pct(50), p99: pct(99), errors };
  if (samples.size) f.errorSamples = [...samples];
  log(`  ${name}: ${f.perSecond} ops/s, p50 ${f.p50} ms, p99 ${f.p99} ms${errors ? `, ${errors} errors: ${[...samples].join(' | ')}` : ''}`);
  return f;
}

const gqlRequest = (body: () => object, headers: () => Record<string, string> = () => ({})): AutocannonRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  setupRequest: (req) => ({ ...req, headers: { ...req.headers, ...headers() }, body: JSON.stringify(body()) }),
});
/** The same request for the paced generator: headers first, as autocannon's setupRequest does. */
const pacedGql =
  (body: () => object, headers: () => Record<string, string> = () => ({})) =>
  (): PacedRequest => {
    const h = headers();
    return { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...h }, body: JSON.stringify(body()) };
  };
/** Requests per paced measurement: DURATION seconds at FIXED_RATE. */
const FIXED_COUNT = DURATION * FIXED_RATE;

// ------------------------------------------------------------------------------------------
// A tiny RESP client for peer 3 (no dependency): commands in, replies out, in order.

class Resp {
  private buffer = Buffer.alloc(0);
  private waiting: Array<{ resolve: (v: unknown) => void; reject: (e: Error) => void }> = [];
  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const parsed = Resp.parse(this.buffer, 0);
        if (!parsed) break;
        this.buffer = this.buffer.subarray(parsed.end);
        const w = this.waiting.shift();
        if (parsed.value instanceof Error) w?.reject(parsed.value);
        else w?.resolve(parsed.value);
      }
    });
  }
  static connect(port: number): Promise<Resp> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(new Resp(socket)));
      socket.once('error', reject);
    });
  }
  command(...args: Array<string | number>): Promise<unknown> {
    const parts = args.map((a) => String(a));
    const payload = `*${parts.length}\r\n${parts.map((p) => `$${Buffer.byteLength(p)}\r\n${p}\r\n`).join('')}`;
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.socket.write(payload);
    });
  }
  close(): void {
    this.socket.end();
  }
  private static parse(buf: Buffer, at: number): { value: unknown; end: number } | undefined {
    const eol = buf.indexOf('\r\n', at);
    if (eol < 0) return undefined;
    const type = String.fromCharCode(buf[at]!);
    const line = buf.toString('utf8', at + 1, eol);
    if (type === '+') return { value: line, end: eol + 2 };
    if (type === '-') return { value: new Error(line), end: eol + 2 };
    if (type === ':') return { value: Number(line), end: eol + 2 };
    if (type === '$') {
      const n = Number(line);
      if (n < 0) return { value: null, end: eol + 2 };
      if (buf.length < eol + 2 + n + 2) return undefined;
      return { value: buf.toString('utf8', eol + 2, eol + 2 + n), end: eol + 2 + n + 2 };
    }
    if (type === '*') {
      const n = Number(line);
      if (n < 0) return { value: null, end: eol + 2 };
      const items: unknown[] = [];
      let end = eol + 2;
      for (let i = 0; i < n; i++) {
        const item = Resp.parse(buf, end);
        if (!item) return undefined;
        items.push(item.value);
        end = item.end;
      }
      return { value: items, end };
    }
    throw new Error(`RESP: unexpected reply type ${type}`);
  }
}

/** Debian's redis-server on a free port (test/support/redis-server.ts), or undefined where it is not installed. */
async function startRedis(): Promise<RedisServer | undefined> {
  return redisAvailable() ? startRedisServer().catch(() => undefined) : undefined;
}

// ------------------------------------------------------------------------------------------
// Fixtures: delivered, attributed, unrated orders whose buyers have sessions, one per feedback request.

interface FeedbackFixture {
  orders: Array<{ id: string; buyerId: string; token: string }>;
}

/**
 * `count` orders over `buyers` buyers, the last members of the market but `firstBuyer` (not
 * suppliers), each buyer with a session; order ids and idempotency scopes from `firstOrder` on, so
 * two fixtures never share one.
 */
async function createFeedbackFixture(
  graph: Graph,
  market: GeneratedMarket,
  count: number,
  { buyers, firstBuyer, firstOrder }: { buyers: number; firstBuyer: number; firstOrder: number },
): Promise<FeedbackFixture> {
  const rand = prng(size.seed + 1 + firstOrder);
  const nowMs = BENCH_NOW.getTime();
  // Shaped like the tokens sign-in issues (base64url, 43 characters): the server reads any other
  // shape as no session at all (server/auth/viewer.ts).
  const tokens = Array.from({ length: buyers }, (_, b) => createHash('sha256').update(`bench-session-${size.seed}-${firstBuyer + b}`).digest('base64url'));
  const buyerIndex = (b: number) => market.memberIds.length - 1 - firstBuyer - b;
  await graph.write((tx) =>
    tx.run(
      `UNWIND $rows AS row
       MATCH (m:Member {id: row.memberId}) USING INDEX m:Member(id)
       CREATE (m)-[:HAS_SESSION]->(:Session {tokenHash: row.tokenHash, createdAt: toInteger($now), expiresAt: toInteger($expires)})`,
      {
        rows: tokens.map((t, b) => ({ memberId: market.memberIds[buyerIndex(b)], tokenHash: hashToken(t) })),
        now: nowMs,
        expires: nowMs + 30 * DAY,
      },
    ),
  );
  const orders: FeedbackFixture['orders'] = [];
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < count; i++) {
    const b = i % buyers;
    let rec = market.recommendations[Math.floor(rand() * market.recommendations.length)]!;
    while (rec.authorIndex === buyerIndex(b)) rec = market.recommendations[Math.floor(rand() * market.recommendations.length)]!;
    const product = market.products[rec.productIndex]!;
    const id = benchId(7, firstOrder + i);
    const buyerId = market.memberIds[buyerIndex(b)]!;
    orders.push({ id, buyerId, token: tokens[b]! });
    rows.push({
      buyerId,
      productId: product.id,
      recommendationId: rec.id,
      order: {
        id,
        idempotencyScope: `${buyerId}:bench-fixture-${firstOrder + i}`,
        requestHash: 'bench',
        quantity: 1,
        unitPriceMinor: product.priceMinor,
        totalMinor: product.priceMinor,
        currency: 'CNY',
        commissionRateBps: 1000,
        status: 'DELIVERED',
        placedAt: nowMs - 4 * DAY,
        deliveredAt: nowMs - DAY,
      },
    });
  }
  for (let i = 0; i < rows.length; i += 2000) {
    await graph.write((tx) =>
      tx.run(
        `UNWIND $rows AS row
         MATCH (b:Member {id: row.buyerId}) USING INDEX b:Member(id)
         MATCH (p:Product {id: row.productId}) USING INDEX p:Product(id)
         MATCH (r:Recommendation {id: row.recommendationId}) USING INDEX r:Recommendation(id)
         CREATE (b)-[:PLACED]->(o:Order)-[:OF]->(p)
         SET o = row.order
         CREATE (o)-[:THROUGH]->(r)`,
        { rows: rows.slice(i, i + 2000) },
      ),
    );
  }
  return { orders };
}

async function countRated(graph: Graph, ids: string[]): Promise<number> {
  return graph.read(async (tx) =>
    (await tx.run('UNWIND $ids AS id MATCH (f:Feedback {orderId: id}) RETURN count(f) AS n', { ids })).records[0]!.get('n') as number,
  );
}

async function profileDbHits(graph: Graph, cypher: string, params: Record<string, unknown>): Promise<number> {
  const session = graph.driver.session({ database: graph.database });
  try {
    const result = await session.run(`PROFILE ${cypher}`, params);
    type Op = { dbHits: number; children: Op[] };
    const sum = (op: Op): number => op.dbHits + op.children.reduce((s, c) => s + sum(c), 0);
    return sum(result.summary.profile as unknown as Op);
  } finally {
    await session.close();
  }
}

// ------------------------------------------------------------------------------------------

function machine(neo4jVersion: string): Machine {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return {
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: (java.stderr || java.stdout || 'not found').split('\n')[0]?.trim() ?? 'not found',
    neo4j: neo4jVersion,
    neo4jHeap: process.env.NEO4J_URI ? 'external' : (process.env.NEO4J_HEAP ?? (full ? '4g' : '2g')),
    neo4jPageCacheMiB: process.env.NEO4J_URI ? 'external' : (process.env.NEO4J_PAGECACHE_MB ?? (full ? '2048' : '1024')),
  };
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  log(`Trustline bench: ${size.members.toLocaleString('en')} members, ${size.orders.toLocaleString('en')} rated orders${full ? ' (--full)' : ''}`);
  const bench = await openBenchGraph(log, full || size.orders > 200_000, { gds: GDS && !process.env.NEO4J_URI, dataDir: DB_DIR && path.join(DB_DIR, 'neo4j') });
  const graph = bench.open.graph;
  let server: ChildProcess | undefined;
  let stopServer: (() => Promise<void>) | undefined;
  let redis: RedisServer | undefined;
  // Ctrl-C: the JVM and the server follow their closed stdin by themselves; Redis does not.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      redis?.child.kill('SIGTERM');
      server?.kill('SIGTERM');
      process.exit(130);
    });
  }
  try {
    const marker = DB_DIR ? readMarker(DB_DIR) : undefined;
    const reuse = marker !== undefined && sameMarket(marker, size) && !(await isEmpty(graph));
    if (!reuse && !(await isEmpty(graph))) {
      throw new Error(DB_DIR
        ? `The database in ${DB_DIR} holds another market (or one whose load did not finish): remove the folder or pick another.`
        : 'The database at NEO4J_URI is not empty: the bench needs an empty one (see npm run bench:generate -- --wipe).');
    }
    const neo4jVersion = await graph.read(async (tx) => {
      const r = await tx.run('CALL dbms.components() YIELD name, versions, edition RETURN name + " " + versions[0] + " " + edition AS v');
      return r.records[0]?.get('v') as string;
    });

    // 1. Bulk load, recompute, snapshot (wall times).
    let market: GeneratedMarket;
    let edgeRebuild: TrustEdgeRebuild | undefined;
    if (reuse) {
      edgeRebuild = await resetMarket(graph, log);
      market = { ...(await replayMarket(size)), seconds: marker!.bulkLoadSeconds, rowsPerSecond: marker!.rowsPerSecond };
      log(`  market from ${marker!.generatedAt} (its bulk load took ${marker!.bulkLoadSeconds} s)`);
    } else {
      market = await generateMarket(graph, size, log);
      if (DB_DIR) writeMarker(DB_DIR, { ...size, loadedBy: 'unwind', bulkLoadSeconds: round(market.seconds), rowsPerSecond: Math.round(market.rowsPerSecond), generatedAt: new Date().toISOString() });
    }
    log('Reading every trust edge once, untimed for the recompute (fills the page cache, as on a running server)…');
    const firstRead = await firstEdgeRead(graph);
    log(`  first read after the database started: ${firstRead.seconds} s (${firstRead.edges} trust edges)`);
    const neo4jPid = process.env.NEO4J_URI ? undefined : bench.open.embedded?.pid;
    // CPU so far of Neo4j's JIT compiler threads; an external Neo4j's is not ours to read.
    const neo4jJitMs = () => (neo4jPid === undefined ? undefined : jitCpuMs(neo4jPid));
    // Whole recomputes, untimed, until Neo4j's JIT compiler is nearly idle during one, then the
    // market put back as it was. HotSpot compiles Neo4j's write path only once it runs, and went on
    // compiling it over several recomputes (after one, the timed run still had the compiler at a
    // quarter to a third of a core); a server that has run for a while has compiled it. Between
    // warm-ups only the members' trust is put back, so each writes as much as the timed run. GDS is
    // warmed up the same way (gds-peer.ts).
    log(`Global recompute, untimed, until Neo4j's JIT compiler is done with it (at most ${RECOMPUTE_WARM_UPS_MAX}), then the market reset…`);
    const recomputeWarmUps: Array<{ seconds: number; jitCoreShare?: number }> = [];
    for (let i = 0; i < RECOMPUTE_WARM_UPS_MAX; i++) {
      if (i > 0) await resetMemberTrust(graph);
      const { seconds, jitShare: share } = await withJitShare(neo4jJitMs, () => recomputeTrust(graph, BENCH_NOW));
      recomputeWarmUps.push({ seconds: round(seconds), ...(share === undefined ? {} : { jitCoreShare: share }) });
      log(`  untimed recompute ${i + 1}: ${round(seconds)} s${share === undefined ? '' : `, Neo4j's JIT compiler at ${Math.round(share * 100)}% of a core`}`);
      // Without a readable compiler (a Neo4j at NEO4J_URI), two warm-ups and no more.
      if (share === undefined ? i >= 1 : share < RECOMPUTE_JIT_SETTLED_SHARE) break;
    }
    const recomputeWarmUpSeconds = recomputeWarmUps.reduce((sum, w) => sum + w.seconds, 0);
    const resetStarted = performance.now();
    await resetMarket(graph, () => {});
    log(`  market reset ${round((performance.now() - resetStarted) / 1000)} s`);
    log('Global recompute…');
    // How much of a core Neo4j's JIT compiler took while the recompute ran: work that is not the recompute's.
    const { result: recompute, seconds: recomputeSeconds, jitShare: recomputeJitShare } = await withJitShare(neo4jJitMs, () => recomputeTrust(graph, BENCH_NOW));
    const recomputePhases = {
      readSeconds: round(recompute.phases.readSeconds, 2),
      computeSeconds: round(recompute.phases.computeSeconds, 2),
      writeSeconds: round(recompute.phases.writeSeconds, 2),
    };
    log(`  recompute: ${round(recomputeSeconds)} s (${recompute.members} members, ${recompute.trustEdges} trust edges from ${recompute.ratings} ratings, ${recompute.iterations} iterations; ${JSON.stringify(recomputePhases)}${recomputeJitShare === undefined ? '' : `; Neo4j's JIT compiler at ${Math.round(recomputeJitShare * 100)}% of a core meanwhile`})`);
    log('  the same write-back again, batch after batch, its statements and its commits timed apart…');
    const anatomy = await writeBackAnatomy(graph, BENCH_NOW);
    log(`  write-back anatomy: ${anatomy.members} members, ${anatomy.events} trust events in ${anatomy.batches} transactions: statements ${anatomy.statementSeconds} s, commits ${anatomy.commitSeconds} s`);
    const cypherRead = recompute.edgeRead === 'procedure' ? await cypherEdgeRead(graph) : undefined;
    if (cypherRead) log(`  the same edges read by Cypher, as on a Neo4j without trustline.trustEdges: ${cypherRead.seconds} s (${cypherRead.edges} trust edges)`);
    const walk = await databaseEdgeWalk(graph);
    log(`  the Cypher read's edge walk inside Neo4j alone (one thread, nothing sent): ${walk.seconds} s (${walk.edges} trust edges)`);
    let gds: GdsPeer = { available: false, reason: 'skipped with --no-gds' };
    if (GDS) {
      log('Peer 4: OpenGDS personalized PageRank from the verified seed…');
      gds = await runGdsPeer(graph, BENCH_NOW, log);
      if (!gds.available) log(`  skipped: ${gds.reason}`);
    }
    log('Daily snapshots (the day before, then the measured day with movement)…');
    const snapshot = await timedBenchSnapshots(graph);
    const { firstSeconds: snapshotFirstSeconds, seconds: snapshotSeconds } = snapshot;
    log(`  snapshot: ${round(snapshotSeconds)} s (${snapshot.ranks} ranks in ${snapshot.scopes} scopes)`);

    const ranked = await graph.read(async (tx) =>
      (
        await tx.run(
          `MATCH (s:RankSnapshot) WHERE s.scope = $scope AND s.day = '2026-06-01'
           MATCH (m:Member {id: s.memberId}) RETURN s.memberId AS id, m.handle AS handle, s.rank AS rank, s.rankKey AS rankKey ORDER BY s.rank`,
          { scope: GLOBAL_SCOPE },
        )
      ).records.map((r) => r.toObject() as { id: string; handle: string; rank: number; rankKey: number }),
    );
    // Members spread evenly over the ranks, so no measurement favours the top of the board.
    const sample = Array.from({ length: Math.min(1000, ranked.length) }, (_, i) => ranked[Math.floor((i * ranked.length) / Math.min(1000, ranked.length))]!);
    const rankCypher = 'MATCH (s:RankSnapshot {key: $key}) RETURN s.rank AS rank, s.movement AS movement, s.day AS day';
    const rankHits = [];
    for (const who of [ranked[0]!, ranked[Math.floor(ranked.length / 2)]!, ranked[ranked.length - 1]!]) {
      rankHits.push({ rank: who.rank, dbHits: await profileDbHits(graph, rankCypher, { key: `${who.id}|${GLOBAL_SCOPE}|2026-06-01` }) });
    }
    log(`  PROFILE member rank db hits: ${rankHits.map((h) => `rank ${h.rank}: ${h.dbHits}`).join(', ')}`);

    // autocannon builds a request per connection ahead of sending it, so each pool it draws from
    // has slack: no order is ever rated twice (the written counts below check it).
    const SLACK = 50;
    const perRound = Math.ceil(FEEDBACK / FEEDBACK_ROUNDS);
    const pools = [
      FEEDBACK_ROUNDS * (perRound + SLACK), FEEDBACK_ROUNDS * perRound, FEEDBACK_ROUNDS * perRound, RECOMPUTE_RUNS * (FEEDBACK_FIXED + SLACK), RECOMPUTE_RUNS * (FEEDBACK_FIXED + SLACK),
      WRITE_WARM_UP + SLACK, WRITE_WARM_UP, WRITE_WARM_UP, FEEDBACK_ROUNDS * (perRound + SLACK), WRITE_WARM_UP + SLACK,
      FEEDBACK_ROUNDS * (perRound + SLACK), WRITE_WARM_UP + SLACK,
    ];
    const total = pools.reduce((a, b) => a + b, 0);
    log(`Feedback fixtures (${total} delivered, attributed, unrated orders)…`);
    const fixture = await createFeedbackFixture(graph, market, total, { buyers: 200, firstBuyer: 0, firstOrder: 0 });
    // The write warm-up's orders have buyers of their own, so the measured buyers' order counts
    // (which the verdict's "earlier verdicts" count walks) stay what they were.
    log(`Write warm-up fixtures (${JIT_WARM_UP_MAX} orders)…`);
    const jitWarmOrders = (await createFeedbackFixture(graph, market, JIT_WARM_UP_MAX, { buyers: 1000, firstBuyer: 200, firstOrder: total })).orders;
    const starts = pools.map((_, i) => pools.slice(0, i).reduce((a, b) => a + b, 0));
    const pool = (i: number) => fixture.orders.slice(starts[i]!, starts[i]! + pools[i]!);
    const [fbGraphql, fbBare, fbDirect, fbIdle, fbRecompute] = [pool(0), pool(1), pool(2), pool(3), pool(4)];
    const [warmGraphql, warmBare, warmDirect, fbPlainHttp, warmPlainHttp] = [pool(5), pool(6), pool(7), pool(8), pool(9)];
    const [fbApolloHttp, warmApolloHttp] = [pool(10), pool(11)];

    // What one Bolt round trip costs on this machine: the floor under every statement above.
    const trips: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await graph.query('RETURN 1', {}, () => undefined);
      trips.push(performance.now() - t);
    }
    trips.sort((a, b) => a - b);
    const boltRoundTrip = { minMs: round(trips[0]!, 2), medianMs: round(trips[100]!, 2), p99Ms: round(trips[197]!, 2) };
    log(`  one Bolt round trip (RETURN 1, auto-commit): min ${boltRoundTrip.minMs} ms, median ${boltRoundTrip.medianMs} ms`);

    // 2. The servers, in their own process.
    const uri = process.env.NEO4J_URI ?? bench.open.embedded!.uri;
    const started = await startBenchServer(uri, { embedded: !process.env.NEO4J_URI, nowMs: BENCH_NOW.getTime(), profileDir: PROFILE_DIR });
    server = started.child;
    stopServer = started.stop;
    const ports = started.ports;
    const gql = `http://127.0.0.1:${ports.graphql}`;
    const gqlUncached = `http://127.0.0.1:${ports.graphqlUncached}`;
    const bareUrl = `http://127.0.0.1:${ports.bare}`;

    const LEADERBOARD = `query Board { leaderboard(first: 50) { snapshotDay edges { cursor node { position movement member { id handle displayName trust { score confidence rankKey isNew } } } } pageInfo { hasNextPage endCursor } } }`;
    const RANK = `query Rank($id: ID) { member(id: $id) { id rank { rank movement day } } }`;
    const PAGE = `query MemberPage($handle: String!) { member(handle: $handle) { id handle displayName bio verified roles
      trust { score confidence rankKey isNew } rank { rank movement day }
      trustEvents(first: 10) { edges { node { id cause before after delta textEn at } } pageInfo { hasNextPage endCursor } }
      trustHistory(days: 90) { day score confidence rank } } }`;
    const RATE = `mutation Rate($orderId: ID!, $stars: Int!, $heldUp: Boolean!) { rateRecommendation(orderId: $orderId, stars: $stars, heldUp: $heldUp) { feedback { id } trustEvent { delta after } } }`;

    // Check each answer once before loading it: a GraphQL error is still HTTP 200.
    const post = async (query: string, variables: object = {}, token?: string) => {
      const res = await fetch(`${gql}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> };
      if (body.errors?.length) throw new Error(`GraphQL answered an error: ${body.errors[0]!.message}`);
      return body.data;
    };
    const board = (await post(LEADERBOARD)) as { leaderboard: { edges: Array<{ node: { member: { id: string } } }> } };
    const bareBoard = (await (await fetch(`${bareUrl}/leaderboard`)).json()) as { data: typeof board };
    const sameOrder = board.leaderboard.edges.map((e) => e.node.member.id).join() === bareBoard.data.leaderboard.edges.map((e) => e.node.member.id).join();
    if (!sameOrder || board.leaderboard.edges.length !== 50) throw new Error('The bare route and GraphQL disagree on the top 50.');
    await post(RANK, { id: sample[0]!.id });
    await post(PAGE, { handle: sample[0]!.handle });

    // Warm-up: JIT, plan caches, page cache.
    await cannon('warm-up', gql, gqlRequest(() => ({ query: LEADERBOARD })), { kind: 'closed', amount: 500 });
    await cannon('warm-up bare', bareUrl, { method: 'GET', path: '/leaderboard' }, { kind: 'closed', amount: 500 });

    log('Reads over HTTP:');
    let k = 0;
    const nextMember = () => sample[k++ % sample.length]!;
    const http = {
      leaderboardGraphql: await cannon('leaderboard top 50, GraphQL, closed loop', gql, gqlRequest(() => ({ query: LEADERBOARD })), { kind: 'closed' }),
      leaderboardBare: await cannon('leaderboard top 50, bare Express, closed loop', bareUrl, { method: 'GET', path: '/leaderboard' }, { kind: 'closed' }),
      leaderboardGraphqlFixed: await paced(`leaderboard top 50, GraphQL, paced ${FIXED_RATE} req/s`, gql, FIXED_RATE, FIXED_COUNT, pacedGql(() => ({ query: LEADERBOARD }))),
      leaderboardBareFixed: await paced(`leaderboard top 50, bare Express, paced ${FIXED_RATE} req/s`, bareUrl, FIXED_RATE, FIXED_COUNT, () => ({ method: 'GET', path: '/leaderboard' })),
      // For the record: autocannon's overallRate, which sends each connection's share in a burst
      // at the top of every second (paced-load.ts).
      leaderboardGraphqlBursts: await cannon(`leaderboard top 50, GraphQL, autocannon overallRate ${FIXED_RATE}`, gql, gqlRequest(() => ({ query: LEADERBOARD })), { kind: 'fixed', rate: FIXED_RATE }),
      leaderboardBareBursts: await cannon(`leaderboard top 50, bare Express, autocannon overallRate ${FIXED_RATE}`, bareUrl, { method: 'GET', path: '/leaderboard' }, { kind: 'fixed', rate: FIXED_RATE }),
      // For the record: both sides again with the cache off (the database read on every request).
      leaderboardGraphqlUncached: await cannon('leaderboard top 50, GraphQL, no cache, closed loop', gqlUncached, gqlRequest(() => ({ query: LEADERBOARD })), { kind: 'closed' }),
      leaderboardBareUncached: await cannon('leaderboard top 50, bare Express, no cache, closed loop', bareUrl, { method: 'GET', path: '/leaderboard?cache=off' }, { kind: 'closed' }),
      rankGraphql: await cannon("member's rank, GraphQL, closed loop", gql, gqlRequest(() => ({ query: RANK, variables: { id: nextMember().id } })), { kind: 'closed' }),
      rankGraphqlFixed: await paced(`member's rank, GraphQL, paced ${FIXED_RATE} req/s`, gql, FIXED_RATE, FIXED_COUNT, pacedGql(() => ({ query: RANK, variables: { id: nextMember().id } }))),
      rankGraphqlBursts: await cannon(`member's rank, GraphQL, autocannon overallRate ${FIXED_RATE}`, gql, gqlRequest(() => ({ query: RANK, variables: { id: nextMember().id } })), { kind: 'fixed', rate: FIXED_RATE }),
      pageGraphql: await cannon("member's page, GraphQL, closed loop", gql, gqlRequest(() => ({ query: PAGE, variables: { handle: nextMember().handle } })), { kind: 'closed' }),
      pageGraphqlFixed: await paced(`member's page, GraphQL, paced ${FIXED_RATE} req/s`, gql, FIXED_RATE, FIXED_COUNT, pacedGql(() => ({ query: PAGE, variables: { handle: nextMember().handle } }))),
    };

    // 3. Peer 3: Redis sorted set with the same members and rank keys.
    let redisFigures: { top50: Figure; rank: Figure } | { skipped: string };
    redis = await startRedis();
    if (!redis) {
      redisFigures = { skipped: 'redis-server is not installed (Debian: apt-get install redis-server)' };
      log(`Redis peer skipped: ${redisFigures.skipped}`);
    } else {
      log('Redis sorted set peer:');
      const load = await Resp.connect(redis.port);
      for (let i = 0; i < ranked.length; i += 1000) {
        await load.command('ZADD', 'trustline:global', ...ranked.slice(i, i + 1000).flatMap((r) => [r.rankKey, r.id]));
      }
      load.close();
      const clients = await Promise.all(Array.from({ length: CONNECTIONS }, () => Resp.connect(redis!.port)));
      const top50 = await closedLoop('Redis ZREVRANGE top 50 WITHSCORES, closed loop', CONNECTIONS, { ms: DURATION * 1000 }, async (i) => {
        await clients[i % CONNECTIONS]!.command('ZREVRANGE', 'trustline:global', 0, 49, 'WITHSCORES');
      });
      const rank = await closedLoop('Redis ZREVRANK, closed loop', CONNECTIONS, { ms: DURATION * 1000 }, async (i) => {
        await clients[i % CONNECTIONS]!.command('ZREVRANK', 'trustline:global', sample[i % sample.length]!.id);
      });
      clients.forEach((c) => c.close());
      redisFigures = { top50, rank };
    }

    // 4. Feedback with its trust update: GraphQL mutation, then the peers on the same database.
    log('Feedback with its trust update:');
    // Every path gives the same verdicts, one in five a let-down (two stars, not held up): the
    // trust maths and the writes then differ by nothing but the path.
    const verdictOf = (i: number) => ({ stars: (i % 5 === 0 ? 2 : 5) as RateRequest['stars'], heldUp: i % 5 !== 0 });
    const rateBody = (o: { id: string }, i: number) => ({ query: RATE, variables: { orderId: o.id, ...verdictOf(i) } });
    const plainHttpUrl = `http://127.0.0.1:${ports.plainHttpRating}`;
    const apolloHttpUrl = `http://127.0.0.1:${ports.apolloHttp}`;
    /** Closed-loop ratings over HTTP (GraphQL, or `origin`), each request a distinct order of `orders`. */
    const rateOverHttp = (name: string, orders: typeof fbGraphql, amount: number, sink?: RoundSink, origin = gql) => {
      let f = 0;
      let current = orders[0]!;
      const request = gqlRequest(
        () => rateBody(current, f),
        () => {
          current = orders[Math.min(f++, orders.length - 1)]!;
          return { authorization: `Bearer ${current.token}` };
        },
      );
      return cannon(name, origin, request, { kind: 'closed', amount }, sink);
    };
    const now = BENCH_NOW;
    // Peer 2 (issue 29): a bare executeWrite that validates the buyer's session token in its first
    // statement, which reads the order's facts too (RATE_FACTS_IN_SESSION), then the trust maths and
    // RATE_WRITE (the verdict, its notifications, the trust write): the mutation's own statements,
    // none of its refusal checks.
    const sessionOf = (o: { token: string }) => pendingSessionCheck(hashToken(o.token), DEFAULT_SESSION_IDLE_MS);
    const bareWrite = (orders: typeof fbBare, idOffset: number) => async (i: number) => {
      const o = orders[i]!;
      const req = { orderId: o.id, ...verdictOf(i), comment: null };
      await graph.write(async (tx) => {
        const row = (await tx.run(RATE_FACTS_IN_SESSION, { orderId: o.id, ...sessionCheckParams(sessionOf(o), now.getTime()) })).records[0]!.toObject() as RateFacts & { viewer: { id: string } | null };
        if (!row.viewer) throw new Error('bench session not found');
        await tx.run(RATE_WRITE, verdictWriteParams(row, row.viewer.id, req, now, benchId(8, idOffset + i)).params);
      });
    };
    // The whole rating as the resolver calls it, refusal checks included, without HTTP or GraphQL.
    const directWrite = (orders: typeof fbDirect) => async (i: number) => {
      const o = orders[i]!;
      const rater = { session: sessionOf(o), admit: async () => undefined };
      await rateRecommendation(graph, rater, { orderId: o.id, ...verdictOf(i), comment: null }, now);
    };
    log('  write warm-up (untimed): peer 2 ratings until Neo4j\'s JIT compiler is done with the write path');
    const writeWarmUp = await untilJitSettles({
      batch: 2000,
      maxRatings: JIT_WARM_UP_MAX,
      threshold: JIT_SETTLED_SHARE,
      jitCpuMs: neo4jJitMs,
      runBatch: async (from, count) => {
        await closedLoop('write warm-up batch', CONNECTIONS, { count }, bareWrite(jitWarmOrders.slice(from, from + count), 3_000_000 + from));
      },
      log,
    });
    log(`  warm-up (untimed): ${WRITE_WARM_UP.toLocaleString('en')} ratings through each path`);
    // A GraphQL error is still HTTP 200: one rating is checked whole before any is loaded (the
    // first warm-up request then repeats it, which answers the stored verdict).
    await post(RATE, rateBody(warmGraphql[0]!, 0).variables, warmGraphql[0]!.token);
    await rateOverHttp('warm-up GraphQL ratings', warmGraphql, WRITE_WARM_UP);
    await closedLoop('warm-up bare ratings', CONNECTIONS, { count: warmBare.length }, bareWrite(warmBare, 1_000_000));
    await closedLoop('warm-up direct ratings', CONNECTIONS, { count: warmDirect.length }, directWrite(warmDirect));
    await rateOverHttp('warm-up plain HTTP ratings', warmPlainHttp, WRITE_WARM_UP, undefined, plainHttpUrl);
    await rateOverHttp('warm-up Apollo-without-Express ratings', warmApolloHttp, WRITE_WARM_UP, undefined, apolloHttpUrl);
    // The five paths in FEEDBACK_ROUNDS rounds, their order turned each round (rounds.ts), each
    // round's orders a distinct slice of the path's pool; CPU per rating of each process.
    const cpuOf = { api: server?.pid, neo4j: neo4jPid };
    // Each round rates a distinct slice of each path's pool; GraphQL's has autocannon's slack per round.
    const [gqlRounds, plainHttpRounds, apolloHttpRounds, bareRounds, directRounds] = [
      ...[fbGraphql, fbPlainHttp, fbApolloHttp].map((pool) => slices(pool, FEEDBACK_ROUNDS, perRound + SLACK)),
      ...[fbBare, fbDirect].map((pool) => slices(pool, FEEDBACK_ROUNDS, perRound)),
    ] as [typeof fbGraphql[], typeof fbPlainHttp[], typeof fbApolloHttp[], typeof fbBare[], typeof fbDirect[]];
    const loop = (name: string, sink: RoundSink, call: (i: number) => Promise<void>) => closedLoop(name, CONNECTIONS, { count: perRound }, call, sink);
    const paths: Array<{ name: string; measure: (r: number, name: string, sink: RoundSink) => Promise<Figure> }> = [
      { name: 'rateRecommendation, GraphQL, closed loop', measure: (r, name, sink) => rateOverHttp(name, gqlRounds[r]!, perRound, sink) },
      { name: 'bare executeWrite: RATE_FACTS_IN_SESSION, then RATE_WRITE', measure: (r, name, sink) => loop(name, sink, bareWrite(bareRounds[r]!, r * perRound)) },
      { name: 'rateRecommendation() called directly (all its Cypher, no HTTP)', measure: (r, name, sink) => loop(name, sink, directWrite(directRounds[r]!)) },
      { name: 'rateRecommendation() behind plain node:http (no Express, no GraphQL), closed loop', measure: (r, name, sink) => rateOverHttp(name, plainHttpRounds[r]!, perRound, sink, plainHttpUrl) },
      { name: "rateRecommendation, the app's Apollo behind plain node:http (GraphQL without Express), closed loop", measure: (r, name, sink) => rateOverHttp(name, apolloHttpRounds[r]!, perRound, sink, apolloHttpUrl) },
    ];
    const rounds: Round[][] = paths.map(() => []);
    for (let r = 0; r < FEEDBACK_ROUNDS; r++) {
      for (const p of latinOrder(paths.length, r)) {
        const sink: RoundSink = { latencies: [], seconds: 0 };
        const name = `${paths[p]!.name} (round ${r + 1}/${FEEDBACK_ROUNDS})`;
        const figure = await withCpuPerRequest(cpuOf, () => paths[p]!.measure(r, name, sink));
        if (figure.cpuPerRequest) log(`    CPU per rating: bench ${figure.cpuPerRequest.benchMs} ms, API ${figure.cpuPerRequest.apiMs} ms, Neo4j ${figure.cpuPerRequest.neo4jMs} ms`);
        rounds[p]!.push({ figure, sink });
      }
    }
    const [feedbackGraphql, feedbackBare, feedbackDirect, feedbackPlainHttp, feedbackApolloHttp] = paths.map((p, i) => mergeRounds(p.name, rounds[i]!)) as [Figure, Figure, Figure, Figure, Figure];
    const ratedGraphql = await countRated(graph, fbGraphql.map((o) => o.id));
    for (const f of [feedbackGraphql, feedbackBare, feedbackDirect, feedbackPlainHttp, feedbackApolloHttp]) {
      log(`  ${f.name}, all rounds: ${f.perSecond} ratings/s, p50 ${f.p50} ms, p99 ${f.p99} ms`);
      if (f.cpuPerRequest) log(`  CPU per rating, ${f.name}: bench ${f.cpuPerRequest.benchMs} ms, API ${f.cpuPerRequest.apiMs} ms, Neo4j ${f.cpuPerRequest.neo4jMs} ms`);
    }

    // Feedback latency at a fixed rate: idle, then while a global recompute runs (its own process),
    // RECOMPUTE_RUNS times, each job from the same stored trust (put back after each run), so
    // each writes back as much as the first. A p99 of one run's 200 ratings is its second-slowest answer, and the
    // compute phase holds only about twenty of them: one stray stall moved the ratio by 0.3×
    // from one record to the next. The runs' ratings are pooled, idle and during alike.
    let g = 0;
    const fixedRate = (orders: typeof fbIdle) => {
      let current = orders[0]!;
      g = 0;
      return pacedGql(
        () => rateBody(current, g),
        () => {
          current = orders[Math.min(g++, orders.length - 1)]!;
          return { authorization: `Bearer ${current.token}` };
        },
      );
    };
    // Each run rates its own slice of the pool, with the slack each paced load may draw on.
    const [idleSlices, recomputeSlices] = [fbIdle, fbRecompute].map((pool) => slices(pool, RECOMPUTE_RUNS, FEEDBACK_FIXED + SLACK)) as [typeof fbIdle[], typeof fbIdle[]];
    /** One recompute job in its own process, and FEEDBACK_FIXED paced ratings from when it has read the market. */
    const feedbackDuringRecompute = async (run: string, next: (i: number) => PacedRequest): Promise<RecomputeRun> => {
      const recomputeStarted = performance.now();
      const job = spawn(process.execPath, ['--import', 'tsx', path.join('test', 'bench', 'recompute-job.ts')], {
        env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'silent', BENCH_NOW_MS: String(BENCH_NOW.getTime()) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let jobOutput = '';
      job.stdout!.on('data', (c: Buffer) => (jobOutput = (jobOutput + c.toString()).slice(-2000)));
      job.stderr!.on('data', (c: Buffer) => (jobOutput = (jobOutput + c.toString()).slice(-2000)));
      let exitCode: number | null = null;
      const jobDone = new Promise<number>((resolve) =>
        job.once('exit', (code) => {
          exitCode = code;
          resolve((performance.now() - recomputeStarted) / 1000);
        }),
      );
      // Start loading once the job has read the market (its "Recompute:" line): the ratings meet its compute and write-back.
      await new Promise<void>((resolve) => {
        const onData = (c: Buffer) => {
          if (/Recompute:/.test(c.toString())) resolve();
        };
        job.stdout!.on('data', onData);
        job.stderr!.on('data', onData);
        void jobDone.then(() => resolve());
      });
      const loadStarted = (performance.now() - recomputeStarted) / 1000;
      const answers: PacedAnswer[] = [];
      await paced(`rateRecommendation, GraphQL, paced ${FEEDBACK_RATE} req/s, during a recompute (run ${run})`, gql, FEEDBACK_RATE, FEEDBACK_FIXED, next, (a) => answers.push(a));
      const loadEnded = (performance.now() - recomputeStarted) / 1000;
      const seconds = await jobDone;
      const summary = jobOutput.trim().split('\n').filter((l) => /trust recompute:|failed/.test(l)).pop() ?? jobOutput.trim().split('\n').pop() ?? '';
      log(`  recompute job: exit ${exitCode} after ${round(seconds)} s: ${summary}`);
      return { answers, seconds: round(seconds), exitCode, summary, overlap: { loadStartedAtSecond: round(loadStarted), loadEndedAtSecond: round(loadEnded), recomputeEndedAtSecond: round(seconds) } };
    };
    const idleRuns: PacedAnswer[][] = [];
    const recomputeRuns: RecomputeRun[] = [];
    const startingTrust = await memberTrustSnapshot(graph);
    for (let k = 0; k < RECOMPUTE_RUNS; k++) {
      const run = `${k + 1}/${RECOMPUTE_RUNS}`;
      if (k > 0) await restoreMemberTrust(graph, startingTrust);
      const idleAnswers: PacedAnswer[] = [];
      await paced(`rateRecommendation, GraphQL, paced ${FEEDBACK_RATE} req/s, idle (run ${run})`, gql, FEEDBACK_RATE, FEEDBACK_FIXED, fixedRate(idleSlices[k]!), (a) => idleAnswers.push(a));
      idleRuns.push(idleAnswers);
      log(`  starting a global recompute in its own process (run ${run})…`);
      recomputeRuns.push(await feedbackDuringRecompute(run, fixedRate(recomputeSlices[k]!)));
    }
    const feedbackIdle = pooledPaced(`rateRecommendation, GraphQL, paced ${FEEDBACK_RATE} req/s, idle`, FEEDBACK_RATE, idleRuns);
    const feedbackUnderRecompute = pooledPaced(`rateRecommendation, GraphQL, paced ${FEEDBACK_RATE} req/s, during a recompute`, FEEDBACK_RATE, recomputeRuns.map((r) => r.answers));
    // Which of the recompute's phases the slow ratings fell in (recompute-phases.ts), over every run.
    const duringRecomputeByPhase = latencyByRecomputePhase(recomputeRuns.map((r) => ({ answers: r.answers, jobSummary: r.summary })), FEEDBACK_RATE);
    for (const p of duringRecomputeByPhase) log(`    ${p.phase}: ${p.requests} ratings, p50 ${p.p50} ms, p99 ${p.p99} ms, max ${p.max} ms`);
    const rated = {
      graphql: ratedGraphql,
      bare: await countRated(graph, fbBare.map((o) => o.id)),
      direct: await countRated(graph, fbDirect.map((o) => o.id)),
      plainHttp: await countRated(graph, fbPlainHttp.map((o) => o.id)),
      apolloHttp: await countRated(graph, fbApolloHttp.map((o) => o.id)),
      idle: await countRated(graph, fbIdle.map((o) => o.id)),
      underRecompute: await countRated(graph, fbRecompute.map((o) => o.id)),
    };
    log(`  rated orders written: ${JSON.stringify(rated)}`);
    // Every measured request must have rated its order: a path that answered errors fast would
    // otherwise show as fast.
    const expected = { graphql: FEEDBACK_ROUNDS * perRound, bare: FEEDBACK_ROUNDS * perRound, direct: FEEDBACK_ROUNDS * perRound, plainHttp: FEEDBACK_ROUNDS * perRound, apolloHttp: FEEDBACK_ROUNDS * perRound, idle: RECOMPUTE_RUNS * FEEDBACK_FIXED, underRecompute: RECOMPUTE_RUNS * FEEDBACK_FIXED };
    const short = Object.entries(expected).filter(([k, n]) => rated[k as keyof typeof rated] < n);
    if (short.length > 0) throw new Error(`Ratings missing, so the figures are not ratings: ${short.map(([k, n]) => `${k} ${rated[k as keyof typeof rated]} of ${n}`).join(', ')}`);

    // Several servers behind nginx on this Neo4j (several-servers.ts), once the API server above is idle.
    let severalServers: SeveralServersResult = { skipped: 'not asked (--no-servers)' };
    if (SEVERAL_SERVERS) {
      log('Several servers behind nginx:');
      severalServers = await measureSeveralServers({
        graph,
        neo4jUri: uri,
        boardQuery: LEADERBOARD,
        loadBoard: (name, origin) => cannon(name, origin, gqlRequest(() => ({ query: LEADERBOARD })), { kind: 'closed' }),
        log,
      });
      if ('skipped' in severalServers) log(`  skipped: ${severalServers.skipped}`);
    }

    // 5. Results.
    const results = {
      startedAt: startedAt.toISOString(),
      machine: { ...machine(neo4jVersion), loadAverageBefore: loadBefore.map((x) => round(x, 2)), loadAverageAfter: os.loadavg().map((x) => round(x, 2)) },
      size: { ...size, recommendations: market.recommendations.length, products: market.products.length, rankedMembers: ranked.length, full },
      settings: { durationSeconds: DURATION, connections: CONNECTIONS, fixedRate: FIXED_RATE, feedbackRequests: FEEDBACK, feedbackRate: FEEDBACK_RATE, feedbackFixedRequests: FEEDBACK_FIXED, leaderboardCacheMs: ports.cacheMs, feedbackWarmUp: WRITE_WARM_UP, feedbackRounds: FEEDBACK_ROUNDS },
      wallTimes: {
        bulkLoadSeconds: round(market.seconds),
        bulkLoadRowsPerSecond: Math.round(market.rowsPerSecond),
        ...(reuse ? (marker!.loadedBy ? { bulkLoadBy: marker!.loadedBy } : {}) : { bulkLoadBy: 'unwind' as const }),
        recomputeSeconds: round(recomputeSeconds),
        recompute: { members: recompute.members, ratings: recompute.ratings, trustEdges: recompute.trustEdges, edgeRead: recompute.edgeRead, iterations: recompute.iterations, converged: recompute.converged, membersChanged: recompute.membersChanged, membersWritten: recompute.membersWritten, ...recomputePhases, writeParts: recompute.writeParts, flagsRaised: recompute.flagsRaised, firstReadSeconds: firstRead.seconds, warmUpSeconds: round(recomputeWarmUpSeconds), warmUps: recomputeWarmUps, databaseWalkSeconds: walk.seconds, ...(cypherRead ? { cypherReadSeconds: cypherRead.seconds } : {}), ...(recomputeJitShare === undefined ? {} : { neo4jJitCoreShare: recomputeJitShare }), writeBackAnatomy: anatomy },
        marketReused: reuse,
        ...(edgeRebuild ? { trustEdgeRebuild: edgeRebuild } : {}),
        snapshotFirstDaySeconds: round(snapshotFirstSeconds),
        snapshotSeconds: round(snapshotSeconds),
        snapshotRanks: snapshot.ranks,
        snapshotScopes: snapshot.scopes,
      },
      rankDbHits: rankHits,
      boltRoundTrip,
      gds,
      http,
      redis: redisFigures,
      severalServers,
      feedback: {
        graphql: feedbackGraphql,
        bareExecuteWrite: feedbackBare,
        rateRecommendationDirect: feedbackDirect,
        plainHttpRating: feedbackPlainHttp,
        apolloHttpRating: feedbackApolloHttp,
        writeWarmUp,
        idleFixedRate: feedbackIdle,
        duringRecomputeFixedRate: feedbackUnderRecompute,
        duringRecomputeByPhase,
        // The first run's, as records before the runs were repeated kept them; then every run.
        recomputeJobSeconds: recomputeRuns[0]!.seconds,
        recomputeJob: { exitCode: recomputeRuns[0]!.exitCode, summary: recomputeRuns[0]!.summary },
        overlap: recomputeRuns[0]!.overlap,
        recomputeRuns: recomputeRuns.map(({ answers: _, ...run }) => run),
        ratedOrdersWritten: rated,
      },
      ratios: {
        leaderboardGraphqlOverBare: ratio(http.leaderboardGraphql.perSecond, http.leaderboardBare.perSecond),
        leaderboardGraphqlOverBareUncached: ratio(http.leaderboardGraphqlUncached.perSecond, http.leaderboardBareUncached.perSecond),
        feedbackGraphqlOverBareExecuteWrite: ratio(feedbackGraphql.perSecond, feedbackBare.perSecond),
        feedbackGraphqlOverDirect: ratio(feedbackGraphql.perSecond, feedbackDirect.perSecond),
        feedbackPlainHttpOverBareExecuteWrite: ratio(feedbackPlainHttp.perSecond, feedbackBare.perSecond),
        feedbackGraphqlOverPlainHttp: ratio(feedbackGraphql.perSecond, feedbackPlainHttp.perSecond),
        feedbackApolloHttpOverBareExecuteWrite: ratio(feedbackApolloHttp.perSecond, feedbackBare.perSecond),
        feedbackGraphqlOverApolloHttp: ratio(feedbackGraphql.perSecond, feedbackApolloHttp.perSecond),
        feedbackP99DuringRecomputeOverIdle: ratio(feedbackUnderRecompute.p99, feedbackIdle.p99),
        ...(gds.available ? { recomputeOverGds: ratio(recomputeSeconds, gds.projectionSeconds + gds.computeAndWriteSeconds) } : {}),
        ...('top50' in redisFigures
          ? {
              leaderboardGraphqlOverRedis: ratio(http.leaderboardGraphql.perSecond, redisFigures.top50.perSecond),
              rankGraphqlOverRedis: ratio(http.rankGraphql.perSecond, redisFigures.rank.perSecond),
            }
          : {}),
      },
    };
    const targets = [
      target('leaderboard via GraphQL ≥ 0.5× the bare Express route (req/s), both on the leaderboard cache', results.ratios.leaderboardGraphqlOverBare, 0.5, 'min', '×'),
      // As the target was set: both sides read Neo4j on every request (no cache on either).
      target('leaderboard via GraphQL ≥ 0.5× the bare Express route (req/s), both reading Neo4j per request', results.ratios.leaderboardGraphqlOverBareUncached, 0.5, 'min', '×'),
      target(`leaderboard p99 ≤ 25 ms at ${FIXED_RATE} req/s (GraphQL, paced open loop)`, http.leaderboardGraphqlFixed.p99, 25, 'max', ' ms'),
      target(`member's rank p99 ≤ 25 ms at ${FIXED_RATE} req/s (GraphQL, paced open loop)`, http.rankGraphqlFixed.p99, 25, 'max', ' ms'),
      target('feedback mutations ≥ 0.8× a bare executeWrite validating the session in its first statement (per second)', results.ratios.feedbackGraphqlOverBareExecuteWrite, 0.8, 'min', '×'),
      target(feedbackDuringRecomputeTarget, results.ratios.feedbackP99DuringRecomputeOverIdle, FEEDBACK_DURING_RECOMPUTE_MAX, 'max', '×'),
      gds.available
        ? target(recomputeGdsTarget, results.ratios.recomputeOverGds!, RECOMPUTE_GDS_GUARD, 'max', '×')
        : { name: recomputeGdsTarget, value: null, limit: RECOMPUTE_GDS_GUARD, met: null, by: `not measured: ${gds.reason}` },
      {
        name: "db hits for a member's rank constant in the rank (PROFILE)",
        value: rankHits.map((h) => h.dbHits).join(' / '),
        limit: null,
        met: new Set(rankHits.map((h) => h.dbHits)).size === 1,
        by: rankHits.map((h) => `rank ${h.rank}: ${h.dbHits}`).join(', '),
      },
    ];
    // The at-size runs (their own command, tens of minutes at 10M) are kept from the last record
    // until measured again; each shows when it ran.
    const out = keptAtSizeRuns().reduce(withAtSizeRun, { ...results, targets } as Out);
    if (!argv.includes('--no-write')) {
      writeFileSync(path.join('docs', 'benchmarks.json'), `${JSON.stringify(out, null, 2)}\n`);
      writeFileSync(path.join('docs', 'benchmarks.md'), renderMarkdown(out));
      log('Wrote docs/benchmarks.json and docs/benchmarks.md');
    } else {
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    }
  } finally {
    await stopServer?.();
    redis?.child.kill('SIGTERM');
    await bench.close();
  }
}

// `--render`: rewrite docs/benchmarks.md from docs/benchmarks.json without running anything.
/** The at-size runs docs/benchmarks.json holds now (none if it holds none, or no file). */
function keptAtSizeRuns(): AtSizeRun[] {
  try {
    const previous = JSON.parse(readFileSync(path.join('docs', 'benchmarks.json'), 'utf8')) as Out;
    return Object.values(previous.atSize ?? {});
  } catch {
    return [];
  }
}

/** `--at-size DIR` (repeatable): recompute-at-size.ts on each kept market, recorded beside this run's figures. */
function atSizeDirs(): string[] {
  const dirs: string[] = [];
  argv.forEach((a, i) => {
    if (a !== '--at-size') return;
    const dir = argv[i + 1];
    if (!dir || dir.startsWith('--')) throw new Error('--at-size needs a folder (a market kept by bench:generate -- --bulk --db DIR)');
    dirs.push(dir);
  });
  return dirs;
}

async function mainThenAtSize(): Promise<void> {
  const dirs = atSizeDirs();
  if (dirs.length > 0 && argv.includes('--no-write')) throw new Error('--at-size records into docs/: it cannot be combined with --no-write');
  await main();
  for (const dir of dirs) {
    log(`At size: ${dir}…`);
    // Its own process: the 4 GB heap cap is part of what it measures.
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', path.join('test', 'bench', 'recompute-at-size.ts'), '--db', dir, '--record'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`recompute-at-size.ts on ${dir} failed (exit ${r.status})`);
  }
}

const entry = argv.includes('--render')
  ? async () => {
      const out = JSON.parse(readFileSync(path.join('docs', 'benchmarks.json'), 'utf8')) as Out;
      writeFileSync(path.join('docs', 'benchmarks.md'), renderMarkdown(out));
      log('Rewrote docs/benchmarks.md from docs/benchmarks.json');
    }
  : mainThenAtSize;

entry().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
