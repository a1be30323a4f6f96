// The server under the soak, in its own process so that its memory is its own (the load
// generator's buffers and histograms would otherwise hide a leak or fake one). Started by
// test/soak/run.ts with --expose-gc; prints one JSON line {port} when listening, then every
// SOAK_SAMPLE_MS one line {sample: {atMs, rssMiB, heapUsedMiB, heapAfterGcMiB, gcMs}}: the heap is
// also measured right after a full collection, because heapUsed alone swings with the
// collector's rhythm and would drown a slow leak. That collection stops the server for gcMs, and
// the requests it holds up count in the soak's latencies: hence samples every 30 s, not every
// few. Stops when stdin closes.
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { connectGraph } from '../../graph/graph';
import { createApp } from '../../server/app';
import { systemClock } from '../../server/clock';
import { createLogger } from '../../server/logger';
import { DEFAULT_RATE_LIMITS } from '../../server/limits';

const uri = process.env.SOAK_NEO4J_URI;
if (!uri) throw new Error('SOAK_NEO4J_URI is not set (serve.ts is started by test/soak/run.ts)');
const sampleMs = Number(process.env.SOAK_SAMPLE_MS ?? 10_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run serve.ts with node --expose-gc');

const graph = connectGraph(uri, { user: 'neo4j', password: '', database: undefined }, true);
const log = createLogger(process.env.SOAK_LOG_LEVEL ?? 'warn');
// The production limits, unchanged: every simulated member speaks from an address of its own
// (X-Forwarded-For, believed from loopback only), and the load keeps each member under them.
const { app, apollo } = await createApp({
  graph,
  clock: systemClock,
  log,
  introspection: false,
  trustProxy: 'loopback',
  rateLimits: DEFAULT_RATE_LIMITS,
});
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});

const started = Date.now();
const MiB = 1024 * 1024;
const sample = () => {
  const before = process.memoryUsage();
  const gcStart = performance.now();
  gc();
  const gcMs = performance.now() - gcStart;
  const after = process.memoryUsage();
  process.stdout.write(
    `${JSON.stringify({
      sample: {
        atMs: Date.now() - started,
        rssMiB: before.rss / MiB,
        heapUsedMiB: before.heapUsed / MiB,
        heapAfterGcMiB: after.heapUsed / MiB,
        gcMs,
      },
    })}\n`,
  );
};
const timer = setInterval(sample, sampleMs);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  clearInterval(timer);
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await apollo.stop();
  await graph.close();
  process.exit(0);
};
process.stdin.on('end', () => void stop());
process.stdin.on('close', () => void stop());
process.stdin.resume();
process.on('SIGTERM', () => void stop());
