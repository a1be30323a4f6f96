// The global recompute's wall time and the Node heap it needs, on a market kept by
// `npm run bench:generate -- --bulk --db DIR` (issue 29: at 1M and at 10M rated orders).
//
//   node --max-old-space-size=4096 --import tsx test/bench/recompute-at-size.ts --db DIR
//
// Every member's trust is first put back to the generator's starting values (so a re-run measures
// the same work), the trust edges are read once untimed (store pages into the page cache, as on a
// running server and as `npm run bench` does), one whole recompute runs untimed, then one is timed
// while the heap is sampled. The heap cap given to Node is the question: the recompute either fits in it or fails.
import { getHeapStatistics } from 'node:v8';
import path from 'node:path';
import { readTrustEdges } from '../../graph/trust-edges';
import { recomputeTrust } from '../../graph/trust-recompute';
import { BENCH_NOW, openBenchGraph } from './generate';
import { readMarker, resetMemberTrust } from './market-reuse';

const argv = process.argv.slice(2);
const at = argv.indexOf('--db');
const dbDir = at >= 0 ? argv[at + 1] : undefined;
if (!dbDir || dbDir.startsWith('--') || argv.length !== 2) throw new Error('Usage: recompute-at-size.ts --db DIR (a market kept by bench:generate --db DIR)');
const marker = readMarker(path.resolve(dbDir));
if (!marker) throw new Error(`${dbDir} holds no generated market (no bench-market.json).`);
const log = (line: string) => process.stderr.write(`${line}\n`);

const bench = await openBenchGraph(log, true, { dataDir: path.join(path.resolve(dbDir), 'neo4j'), embedded: true });
try {
  const graph = bench.open.graph;
  log('Putting every member\'s trust back to the generator\'s starting values…');
  await resetMemberTrust(graph);
  log('Reading every trust edge once, untimed (page cache)…');
  const warm = performance.now();
  await readTrustEdges(graph);
  const warmSeconds = (performance.now() - warm) / 1000;

  // One whole recompute untimed first (Neo4j's JIT compiler and the write path warm, as the
  // bench's warm-ups), then the trust put back so the timed one does the same work.
  log('Global recompute, untimed (warm-up)…');
  const warmUp = await recomputeTrust(graph, BENCH_NOW);
  log(`  untimed: ${warmUp.seconds} s ${JSON.stringify(warmUp.phases)}`);
  await resetMemberTrust(graph);

  // The edge columns are typed arrays: their bytes are outside the V8 heap (arrayBuffers), and
  // the heap cap does not bound them; both are sampled.
  let peakHeap = 0;
  let peakArrayBuffers = 0;
  let peakRss = 0;
  const sample = () => {
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
    const usage = process.memoryUsage();
    peakArrayBuffers = Math.max(peakArrayBuffers, usage.arrayBuffers);
    peakRss = Math.max(peakRss, usage.rss);
  };
  const sampler = setInterval(sample, 50);
  log('Global recompute…');
  const summary = await recomputeTrust(graph, BENCH_NOW, log);
  clearInterval(sampler);
  sample();
  const mib = (n: number) => Math.round(n / 1024 / 1024);
  process.stdout.write(`${JSON.stringify({
    market: { members: marker.members, orders: marker.orders, seed: marker.seed },
    firstEdgeReadSeconds: Math.round(warmSeconds * 10) / 10,
    warmUp: { seconds: warmUp.seconds, phases: warmUp.phases },
    recompute: summary,
    peakHeapUsedMiB: mib(peakHeap),
    peakArrayBuffersMiB: mib(peakArrayBuffers),
    peakRssMiB: mib(peakRss),
    heapLimitMiB: mib(getHeapStatistics().heap_size_limit),
  })}\n`);
} finally {
  await bench.close();
}
