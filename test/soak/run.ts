// `npm run soak`: a bounded mixed load at a steady rate against the real server, watching every
// kind's errors and latency and the server's memory.
//
//   npm run soak -- --db DIR           on the bench market kept in DIR (DIR/neo4j, as `npm run bench
//                                      -- --db DIR` leaves it; use a copy: the soak writes orders
//                                      into it), 10 minutes at 100 requests/s, results in docs/
//   npm run soak                       the same on the demo market in a fresh temporary Neo4j
//   npm run soak -- --short            30 s smoke check; results in a temporary folder, not docs/
//   npm run soak -- --minutes N --rate R --connections C --buyers B --suppliers S
//                   --report-seconds S --sample-seconds S --warmup-seconds W --out-dir DIR
//
// The load is paced open-loop (test/bench/paced-load.ts): request i is due at start + i / rate and
// is sent then, whatever the others are doing; its latency counts from that due time. Passes with
// no failed request (no answer, not 2xx, or a GraphQL error), every kind's p99 ≤ 150 ms and, on
// runs of 2 minutes or more, the server's heap after a full GC growing by at most 1 MiB/min over
// the second half (stats.ts, SOAK_THRESHOLDS). Exit code 0 on a pass, 1 on a fail. Needs the web
// app built (`npm run build:web`): its page shell and files are part of the mix. Loopback only;
// everything it starts it stops.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import readline from 'node:readline';
import { startEmbeddedNeo4j } from '../../graph/embedded';
import { freePort } from '../../graph/free-port';
import { connectGraph } from '../../graph/graph';
import { migrate } from '../../graph/schema';
import { systemClock } from '../../server/clock';
import { startDemoIfEmpty } from '../../server/seed/on-start';
import { readMarker } from '../bench/market-reuse';
import { pacedLoad, type PacedAnswer } from '../bench/paced-load';
import { withCpuPerRequest } from '../bench/process-cpu';
import { giveDemoPassword, readSoakMarket, signIn } from './market';
import { KINDS, SoakMix, type Planned, type Session } from './mix';
import { failed, judge, latencySummary, SOAK_THRESHOLDS, type Interval, type KindStats, type MemorySample } from './stats';
import { writeSoakReport } from './report';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
};
const text = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`--${name} needs a folder`);
  return path.resolve(value);
};
const short = argv.includes('--short');
const dbDir = text('db');
const minutes = flag('minutes', short ? 0.5 : 10);
const rate = flag('rate', 100);
const connections = flag('connections', 64);
const sample = dbDir ? { buyers: flag('buyers', 300), suppliers: flag('suppliers', 100) } : undefined;
const reportSeconds = flag('report-seconds', short ? 5 : 15);
// Each memory sample stops the server for a forced full GC (serve.ts): rare enough that its
// pauses stay out of every kind's p99, often enough for the slope (10 samples in a 10-minute
// run's second half).
const sampleSeconds = flag('sample-seconds', short ? 5 : 30);
const warmupSeconds = flag('warmup-seconds', short ? 5 : 30);
const outDir = text('out-dir') ?? (short ? mkdtempSync(path.join(os.tmpdir(), 'trustline-soak-')) : path.resolve('docs'));
const say = (line: string) => process.stderr.write(`${line}\n`);

// The web app's hashed files, as a browser fetches them after the shell (the server serves
// web/dist from its working folder: server/app.ts WEB_DIST).
const WEB_DIST = path.resolve('web', 'dist');
const assetsDir = path.join(WEB_DIST, 'assets');
if (!existsSync(path.join(WEB_DIST, 'index.html')) || !existsSync(assetsDir)) {
  say('The soak fetches the web app too: build it first (npm run build:web).');
  process.exit(1);
}
const assets = readdirSync(assetsDir)
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => `/assets/${f}`);

// A bench store needs the bench's Neo4j size (test/bench/generate.ts openBenchGraph, big).
const neo4jDir = dbDir ? path.join(dbDir, 'neo4j') : mkdtempSync(path.join(os.tmpdir(), 'trustline-soak-neo4j-'));
if (dbDir && !existsSync(neo4jDir)) {
  say(`${dbDir} holds no store (expected ${neo4jDir}, as \`npm run bench -- --db DIR\` leaves it).`);
  process.exit(1);
}
const neo4jSize = dbDir ? { heap: '4g', pageCacheMiB: 2048 } : { heap: '1g', pageCacheMiB: 256 };
const neo4j = await startEmbeddedNeo4j({ dataDir: neo4jDir, port: await freePort(), ...neo4jSize, log: say });
const graph = connectGraph(neo4j.uri, { user: 'neo4j', password: '', database: undefined }, true);
let server: ReturnType<typeof spawn> | undefined;
let exitCode = 1;
try {
  await migrate(graph);
  if (!dbDir) await startDemoIfEmpty(graph, systemClock, say);
  const marker = dbDir ? readMarker(dbDir) : undefined;
  const market = await readSoakMarket(graph, sample);
  const source = dbDir ? `the bench market in ${dbDir}${marker ? ` (seed ${marker.seed}, built ${marker.generatedAt})` : ''}` : 'the demo market';
  say(
    `Market: ${source}, ${market.memberHandles.length} members, ${market.orders} orders, ${market.productIds.length} products; ` +
      `${market.buyers.length} buyers and ${market.suppliers.length} suppliers load it through ${market.recommendations.length} recommendations.`,
  );
  const passwordsSet = dbDir ? await giveDemoPassword(graph, [...market.buyers, ...market.suppliers]) : 0;
  if (passwordsSet) say(`Gave ${passwordsSet} members of the store the demo password (the bench's hash verifies nothing).`);

  // The server in its own process, sampling its own memory (serve.ts).
  const samples: MemorySample[] = [];
  server = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/soak/serve.ts'], {
    env: { ...process.env, SOAK_NEO4J_URI: neo4j.uri, SOAK_SAMPLE_MS: String(sampleSeconds * 1000) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    server!.once('exit', (code) => reject(new Error(`the soak server exited (code ${code})`)));
    readline.createInterface({ input: server!.stdout! }).on('line', (line) => {
      const message = JSON.parse(line) as { port?: number; sample?: MemorySample };
      if (message.port) resolve(message.port);
      // Stamped on arrival (within a millisecond of being taken) and moved to the load's clock below.
      if (message.sample) samples.push({ ...message.sample, atMs: Date.now() });
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const sessions = new Map<string, Session>();
  const signInStart = performance.now();
  await signIn(url, [...market.buyers, ...market.suppliers], sessions);
  const signInSeconds = Math.round((performance.now() - signInStart) / 100) / 10;
  say(`Signed in ${sessions.size} members through the API in ${signInSeconds} s, each from an address of its own.`);

  // A store may hold earlier soaks' orders: this run's idempotency keys are its own.
  const mix = new SoakMix(market, sessions, { seed: 20261122, assets, runId: Date.now().toString(36) });
  const planned = new Map<number, Planned>();
  const plan = (offset: number) => (i: number) => {
    const p = mix.next();
    planned.set(offset + i, p);
    return p.request;
  };
  const take = (i: number) => {
    const p = planned.get(i)!;
    planned.delete(i);
    return p;
  };

  // Warm-up, not measured: a cold server compiles, plans its queries and fills Neo4j's page
  // cache on its first requests. Its orders still move along (settle), so the load starts with
  // orders waiting to be delivered and rated, as a running market has.
  const warmRate = Math.max(1, Math.round(rate / 4));
  say(`Warming up for ${warmupSeconds} s at ${warmRate} requests/s (not measured)…`);
  const WARM = 1e9;
  await pacedLoad(url, { rate: warmRate, count: Math.ceil(warmRate * warmupSeconds), maxConnections: connections, timeoutMs: 30_000, onAnswer: (a) => void mix.settle(take(WARM + a.i), a.status, a.body) }, plan(WARM));

  // The load. Windows of reportSeconds collect statuses, codes and latencies; kinds the same over the run.
  const durationMs = minutes * 60_000;
  const intervals: Interval[] = [];
  const byKind: Record<string, KindStats & { latencies: number[] }> = {};
  const all: number[] = [];
  const emptyWindow = () => ({ requests: 0, errors: 0, byStatus: {} as Record<string, number>, byCode: {} as Record<string, number>, latencies: [] as number[] });
  let window = emptyWindow();
  const loadStart = Date.now();
  const closeWindow = () => {
    const interval: Interval = {
      atS: Math.round((Date.now() - loadStart) / 1000),
      requests: window.requests,
      byStatus: window.byStatus,
      byCode: window.byCode,
      errors: window.errors,
      ...latencySummary(window.latencies),
      memory: samples.at(-1),
    };
    intervals.push(interval);
    window = emptyWindow();
    const m = interval.memory;
    say(
      `[${String(interval.atS).padStart(4)} s] ${interval.requests} req (${(interval.requests / reportSeconds).toFixed(1)}/s)  status ${JSON.stringify(interval.byStatus)}` +
        `${Object.keys(interval.byCode).length ? `  codes ${JSON.stringify(interval.byCode)}` : ''}  p50 ${interval.p50Ms} ms  p99 ${interval.p99Ms} ms` +
        (m ? `  server RSS ${m.rssMiB.toFixed(0)} MiB, heap ${m.heapUsedMiB.toFixed(1)} MiB (${m.heapAfterGcMiB.toFixed(1)} after GC)` : '') +
        `  backlog ${JSON.stringify(mix.backlog)}`,
    );
  };
  const count = (tally: Record<string, number>, key: string) => (tally[key] = (tally[key] ?? 0) + 1);
  const onAnswer = (a: PacedAnswer) => {
    const p = take(a.i);
    const code = mix.settle(p, a.status, a.body);
    const status = a.status === 0 ? 'no answer' : String(a.status);
    const k = (byKind[p.kind] ??= { requests: 0, byStatus: {}, byCode: {}, errors: 0, p50Ms: 0, p99Ms: 0, latencies: [] });
    for (const tally of [window, k]) {
      tally.requests++;
      count(tally.byStatus, status);
      if (code) count(tally.byCode, code);
      if (failed(a.status, code)) tally.errors++;
      tally.latencies.push(a.latencyMs);
    }
    all.push(a.latencyMs);
  };
  say(`Load: ${minutes} minute(s) at ${rate} requests/s, paced, over at most ${connections} connections…`);
  const ticker = setInterval(closeWindow, reportSeconds * 1000);
  // With the CPU each process spent per request: whether the rate fits the machine's cores at all.
  const { result, cpuPerRequest } = await withCpuPerRequest({ api: server.pid, neo4j: neo4j.pid }, async () => {
    const paced = await pacedLoad(url, { rate, count: Math.round(rate * minutes * 60), maxConnections: connections, timeoutMs: SOAK_THRESHOLDS.timeoutSeconds * 1000, onAnswer }, plan(0));
    return { result: paced, requests: paced.ok + paced.errors };
  });
  clearInterval(ticker);
  if (window.requests > 0) closeWindow();
  // Times since the load started (the windows hold the same sample objects).
  for (const sample of samples) sample.atMs -= loadStart;

  const kinds = Object.fromEntries(
    KINDS.filter((kind) => byKind[kind]).map((kind) => {
      const { latencies, ...k } = byKind[kind]!;
      return [kind, { ...k, ...latencySummary(latencies) }];
    }),
  );
  const verdict = judge(intervals, samples, durationMs, kinds, KINDS);
  const answered = intervals.reduce((s, i) => s + i.requests, 0);
  const files = writeSoakReport(outDir, {
    startedAt: new Date(loadStart).toISOString(),
    minutes,
    targetRate: rate,
    connections,
    warmupSeconds,
    sampleSeconds,
    achievedRate: Math.round((answered / Math.max(1e-9, result.seconds)) * 10) / 10,
    overall: { requests: answered, ...latencySummary(all), errors: verdict.errors, unanswered: verdict.unanswered },
    market: {
      source: dbDir ? 'bench' : 'demo',
      ...(dbDir ? { dir: dbDir, seed: marker?.seed } : {}),
      members: market.memberHandles.length,
      orders: market.orders,
      products: market.productIds.length,
      recommendations: market.recommendations.length,
      buyers: market.buyers.length,
      suppliers: market.suppliers.length,
      signedIn: sessions.size,
      signInSeconds,
      passwordsSet,
    },
    neo4j: neo4jSize,
    ...(cpuPerRequest ? { cpuPerRequest } : {}),
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100), node: process.version },
    kinds,
    intervals,
    samples,
    verdict,
  });
  say(
    `${verdict.passed ? 'SOAK PASSED' : 'SOAK FAILED'}: ${verdict.errors} failed request(s) (${verdict.total5xx} 5xx, ${verdict.unanswered} unanswered); ` +
      `p99 by kind ${verdict.kinds.map((k) => `${k.kind} ${k.p99Ms}`).join(', ')} ms; heap after GC ${verdict.heapSlopeMiBPerMinute.toFixed(2)} MiB/min over the second half${verdict.memoryJudged ? '' : ' (not judged: run shorter than 2 minutes)'}.`,
  );
  for (const reason of verdict.reasons) say(`  ${reason}`);
  say(`Written: ${files.join(', ')}`);
  exitCode = verdict.passed ? 0 : 1;
} catch (err) {
  say(`soak could not run: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.stdin?.end();
    await exited;
  }
  await graph.close();
  await neo4j.stop();
  if (!dbDir) rmSync(neo4jDir, { recursive: true, force: true });
}
process.exit(exitCode);
