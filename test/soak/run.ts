// `npm run soak`: a bounded mixed read/write load at a fixed rate against the real server on a
// fresh embedded Neo4j holding the demo market, watching errors, latency and the server's memory.
//
//   npm run soak                       5 minutes at 40 requests/s, results in docs/soak.md + .json
//   npm run soak -- --minutes N        N minutes (fractions allowed)
//   npm run soak -- --short            30 s smoke check; results in a temporary folder, not docs/
//   npm run soak -- --rate R --connections C --report-seconds S --warmup-seconds W --out-dir DIR
//
// Passes when no answer was a 5xx and, on runs of 2 minutes or more, the server's heap after a
// full GC grew by at most 1 MiB/min over the second half (stats.ts, SOAK_THRESHOLDS). Exit code 0
// on a pass, 1 on a fail. Loopback only; everything it starts it stops.
import { spawn } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { startEmbeddedNeo4j } from '../../graph/embedded';
import { freePort } from '../../graph/free-port';
import { connectGraph } from '../../graph/graph';
import { migrate } from '../../graph/schema';
import { systemClock } from '../../server/clock';
import { startDemoIfEmpty } from '../../server/seed/on-start';
import { readSoakMarket, signIn } from './market';
import { SoakMix, type Kind, type Session } from './mix';
import { judge, percentile, type Interval, type MemorySample } from './stats';
import { writeSoakReport } from './report';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
};
const short = argv.includes('--short');
const minutes = flag('minutes', short ? 0.5 : 5);
const rate = flag('rate', 40);
const connections = flag('connections', 16);
const reportSeconds = flag('report-seconds', short ? 5 : 15);
const warmupSeconds = flag('warmup-seconds', short ? 5 : 20);
const outIndex = argv.indexOf('--out-dir');
const outDir = outIndex >= 0 ? path.resolve(argv[outIndex + 1]!) : short ? mkdtempSync(path.join(os.tmpdir(), 'trustline-soak-')) : path.resolve('docs');
const say = (line: string) => process.stderr.write(`${line}\n`);

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'trustline-soak-neo4j-'));
const neo4j = await startEmbeddedNeo4j({ dataDir, port: await freePort(), heap: '1g', pageCacheMiB: 256, log: say });
const graph = connectGraph(neo4j.uri, { user: 'neo4j', password: '', database: undefined }, true);
let server: ReturnType<typeof spawn> | undefined;
let exitCode = 1;
try {
  await migrate(graph);
  await startDemoIfEmpty(graph, systemClock, say);
  const market = await readSoakMarket(graph);
  say(`Market: the demo market, ${market.memberHandles.length} members, ${market.productIds.length} products, ${market.recommendations.length} live recommendations; ${market.buyers.length} buyers load it.`);

  // The server in its own process, sampling its own memory (serve.ts).
  const samples: MemorySample[] = [];
  server = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/soak/serve.ts'], {
    env: { ...process.env, SOAK_NEO4J_URI: neo4j.uri, SOAK_SAMPLE_MS: String(Math.min(10, reportSeconds) * 1000) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    server!.once('exit', (code) => reject(new Error(`the soak server exited (code ${code})`)));
    readline.createInterface({ input: server!.stdout! }).on('line', (line) => {
      const message = JSON.parse(line) as { port?: number; sample?: MemorySample };
      if (message.port) resolve(message.port);
      if (message.sample) samples.push(message.sample);
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const sessions = new Map<string, Session>();
  await signIn(url, [...market.buyers, ...market.suppliers], sessions);
  say(`Signed in ${sessions.size} members through the API, each from an address of its own.`);

  // Warm-up, not measured: a cold server compiles, plans its queries and fills Neo4j's page
  // cache on its first requests, which would otherwise show up as timeouts of the first window.
  const mix = new SoakMix(market, sessions, 20261122);
  say(`Warming up for ${warmupSeconds} s at ${Math.max(1, Math.round(rate / 4))} requests/s (not measured)…`);
  await autocannon({
    url,
    connections: 4,
    overallRate: Math.max(1, Math.round(rate / 4)),
    duration: warmupSeconds,
    timeout: 30,
    requests: [{ setupRequest: (_req, context) => mix.next(context), onResponse: (status: number, body: string, context: Record<string, unknown>) => void mix.settle(status, body, context) }],
  });

  // The load. Windows of reportSeconds collect statuses, codes and latencies.
  const durationMs = minutes * 60_000;
  const intervals: Interval[] = [];
  const byKind: Record<string, { requests: number; byStatus: Record<string, number>; latencies: number[] }> = {};
  let window = { requests: 0, byStatus: {} as Record<string, number>, byCode: {} as Record<string, number>, latencies: [] as number[] };
  let lastKind: Kind = 'leaderboard';
  const loadStart = Date.now();
  const closeWindow = () => {
    const sorted = window.latencies.sort((a, b) => a - b);
    const interval: Interval = {
      atS: Math.round((Date.now() - loadStart) / 1000),
      requests: window.requests,
      byStatus: window.byStatus,
      byCode: window.byCode,
      p50Ms: Math.round(percentile(sorted, 50)),
      p99Ms: Math.round(percentile(sorted, 99)),
      memory: samples.at(-1),
    };
    intervals.push(interval);
    window = { requests: 0, byStatus: {}, byCode: {}, latencies: [] };
    const m = interval.memory;
    say(
      `[${String(interval.atS).padStart(4)} s] ${interval.requests} req (${(interval.requests / reportSeconds).toFixed(1)}/s)  status ${JSON.stringify(interval.byStatus)}` +
        `${Object.keys(interval.byCode).length ? `  codes ${JSON.stringify(interval.byCode)}` : ''}  p50 ${interval.p50Ms} ms  p99 ${interval.p99Ms} ms` +
        (m ? `  server RSS ${m.rssMiB.toFixed(0)} MiB, heap ${m.heapUsedMiB.toFixed(1)} MiB (${m.heapAfterGcMiB.toFixed(1)} after GC)` : '') +
        `  backlog ${JSON.stringify(mix.backlog)}`,
    );
  };
  // The package's own typings are test/bench/autocannon.d.ts (+ test/soak/autocannon-events.d.ts);
  // the instance is also an EventEmitter of each response.
  const instance = autocannon({
    url,
    connections,
    overallRate: rate,
    duration: minutes * 60,
    timeout: 10,
    requests: [
      {
        setupRequest: (_req, context) => mix.next(context),
        onResponse: (status: number, body: string, context: Record<string, unknown>) => {
          const { kind, code } = mix.settle(status, body, context);
          lastKind = kind;
          if (code) window.byCode[code] = (window.byCode[code] ?? 0) + 1;
        },
      },
    ],
  }) as ReturnType<typeof autocannon> & EventEmitter;
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    window.requests++;
    window.byStatus[status] = (window.byStatus[status] ?? 0) + 1;
    window.latencies.push(ms);
    const k = (byKind[lastKind] ??= { requests: 0, byStatus: {}, latencies: [] });
    k.requests++;
    k.byStatus[status] = (k.byStatus[status] ?? 0) + 1;
    k.latencies.push(ms);
  });
  // A request that got no answer at all (timeout after 10 s, connection error).
  instance.on('reqError', () => {
    window.requests++;
    window.byStatus['no answer'] = (window.byStatus['no answer'] ?? 0) + 1;
  });
  const ticker = setInterval(closeWindow, reportSeconds * 1000);
  const result = await instance;
  clearInterval(ticker);
  if (window.requests > 0) closeWindow();

  const verdict = judge(intervals, samples, durationMs);
  const kinds = Object.fromEntries(
    Object.entries(byKind).map(([kind, k]) => {
      const sorted = k.latencies.sort((a, b) => a - b);
      return [kind, { requests: k.requests, byStatus: k.byStatus, p50Ms: Math.round(percentile(sorted, 50)), p99Ms: Math.round(percentile(sorted, 99)) }];
    }),
  );
  const files = writeSoakReport(outDir, {
    startedAt: new Date(loadStart).toISOString(),
    minutes,
    targetRate: rate,
    connections,
    achievedRate: Math.round((result.requests.total / Math.max(1, result.duration)) * 10) / 10,
    overall: { requests: result.requests.total, p50Ms: result.latency.p50, p99Ms: result.latency.p99, errors: result.errors, timeouts: result.timeouts },
    market: { members: market.memberHandles.length, products: market.productIds.length, recommendations: market.recommendations.length, buyers: market.buyers.length, signedIn: sessions.size },
    machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100), node: process.version },
    kinds,
    intervals,
    samples,
    verdict,
  });
  say(`${verdict.passed ? 'SOAK PASSED' : 'SOAK FAILED'}: ${verdict.total5xx} 5xx, ${verdict.unanswered} unanswered; heap after GC ${verdict.heapSlopeMiBPerMinute.toFixed(2)} MiB/min over the second half${verdict.memoryJudged ? '' : ' (not judged: run shorter than 2 minutes)'}.`);
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
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
