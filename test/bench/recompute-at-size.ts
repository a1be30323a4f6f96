// The global recompute's wall time and the Node heap it needs, and then the leaderboard's and a
// member's rank's latency at a fixed rate, on a market kept by
// `npm run bench:generate -- --bulk --db DIR` (issue 29: at 1M and at 10M rated orders).
//
//   npm run bench:at-size -- --db DIR [--no-reads] [--record]   (--record: into docs/benchmarks.json and .md)
//   (node --max-old-space-size=4096 --import tsx test/bench/recompute-at-size.ts --db DIR)
//
// Every member's trust is first put back to the generator's starting values (so a re-run measures
// the same work), the trust edges are read once untimed (store pages into the page cache, as on a
// running server and as `npm run bench` does), one whole recompute runs untimed, then one is timed
// while the heap is sampled. The heap cap given to Node is the question: the recompute either fits in it or fails.
// Then, unless --no-reads: the two daily snapshots the boards read (timed: at a million members
// they are a job of their own), the API server in its own process (bench-server.ts), and the
// leaderboard's top 50 and a member's rank through GraphQL, each paced at 200 requests/s for
// 10 s after a warm-up (the bench's FIXED_RATE measurements; target p99 ≤ 25 ms).
import { getHeapStatistics } from 'node:v8';
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../graph/graph';
import { GLOBAL_SCOPE } from '../../graph/snapshots';
import { BENCH_SNAPSHOT_DAYS, timedBenchSnapshots } from './bench-snapshots';
import { readTrustEdges } from '../../graph/trust-edges';
import { recomputeTrust } from '../../graph/trust-recompute';
import { recordAtSizeRun, type AtSizeRun } from './at-size-report';
import { startBenchServer } from './bench-server';
import { BENCH_NOW, openBenchGraph } from './generate';
import { readMarker, resetMemberTrust } from './market-reuse';
import { pacedLoad, type PacedResult } from './paced-load';

const argv = process.argv.slice(2);
const at = argv.indexOf('--db');
const dbDir = at >= 0 ? argv[at + 1] : undefined;
const reads = !argv.includes('--no-reads');
const record = argv.includes('--record');
if (!dbDir || dbDir.startsWith('--') || argv.length !== 2 + (reads ? 0 : 1) + (record ? 1 : 0)) {
  throw new Error('Usage: recompute-at-size.ts --db DIR [--no-reads] [--record] (a market kept by bench:generate --db DIR)');
}
const marker = readMarker(path.resolve(dbDir));
if (!marker) throw new Error(`${dbDir} holds no generated market (no bench-market.json).`);
const log = (line: string) => process.stderr.write(`${line}\n`);

// The page cache holds the whole store, as a production database is sized (Neo4j's own advice):
// 2 GB, the bench's default, is a sixth of the 10M market's store, and every read would be a disk
// read. Capped to leave the machine 8 GB for the JVM's heap, Node and the OS.
if (!process.env.NEO4J_PAGECACHE_MB) {
  const storeMiB = Math.ceil(folderBytes(path.join(path.resolve(dbDir), 'neo4j', 'data', 'databases')) / 1024 / 1024);
  const roomMiB = Math.floor(os.totalmem() / 1024 / 1024) - 8192;
  process.env.NEO4J_PAGECACHE_MB = String(Math.max(1024, Math.min(Math.ceil(storeMiB * 1.1), roomMiB)));
  process.stderr.write(`Page cache: ${process.env.NEO4J_PAGECACHE_MB} MiB for a store of ${storeMiB} MiB.\n`);
}
const ranAt = new Date().toISOString();
const loadAverageBefore = Math.round(os.loadavg()[0]! * 100) / 100;
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
  const readFigures = reads ? await measureReads(graph, bench.open.embedded?.uri ?? process.env.NEO4J_URI!) : undefined;
  const run: AtSizeRun = {
    market: { members: marker.members, orders: marker.orders, seed: marker.seed },
    ranAt,
    loadAverageBefore,
    firstEdgeReadSeconds: Math.round(warmSeconds * 10) / 10,
    warmUp: { seconds: warmUp.seconds, phases: warmUp.phases },
    recompute: summary,
    peakHeapUsedMiB: mib(peakHeap),
    peakArrayBuffersMiB: mib(peakArrayBuffers),
    peakRssMiB: mib(peakRss),
    pageCacheMiB: Number(process.env.NEO4J_PAGECACHE_MB),
    heapLimitMiB: mib(getHeapStatistics().heap_size_limit),
    ...(readFigures ? { reads: readFigures } : {}),
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
  if (record) {
    recordAtSizeRun(run);
    log('Recorded in docs/benchmarks.json and docs/benchmarks.md');
  }
} finally {
  await bench.close();
}

function folderBytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const at = path.join(dir, entry.name);
    bytes += entry.isDirectory() ? folderBytes(at) : statSync(at).size;
  }
  return bytes;
}

/** The boards' snapshots, then the leaderboard and a member's rank paced at RATE through the API. */
async function measureReads(graph: Graph, uri: string) {
  const RATE = 200;
  const COUNT = RATE * 10;
  log('Daily snapshots (the day before, then the measured day)…');
  // A snapshot is taken once a day: an earlier run's would make these two no-ops.
  for (const label of ['RankSnapshot', 'RankSnapshotDay']) {
    await graph.runAutoCommit(`MATCH (s:${label}) WHERE s.day IN $days CALL (s) { DETACH DELETE s } IN TRANSACTIONS OF 10000 ROWS`, {
      days: [...BENCH_SNAPSHOT_DAYS],
    });
  }
  const snapshot = await timedBenchSnapshots(graph);
  const { firstSeconds: firstSnapshotSeconds, seconds: snapshotSeconds } = snapshot;
  log(`  ${snapshot.ranks} ranks in ${snapshot.scopes} scopes: ${firstSnapshotSeconds.toFixed(1)} s, then ${snapshotSeconds.toFixed(1)} s`);
  // 1,000 members spread evenly over the global ranks, so no measurement favours the top.
  const sample = await graph.read(async (tx) =>
    (
      await tx.run(
        `MATCH (s:RankSnapshot) WHERE s.scope = $scope AND s.day = '2026-06-01'
         WITH s ORDER BY s.rank WITH collect(s.memberId) AS ids
         UNWIND range(0, 999) AS i RETURN ids[toInteger(i * size(ids) / 1000)] AS id`,
        { scope: GLOBAL_SCOPE },
      )
    ).records.map((r) => r.get('id') as string),
  );
  const server = await startBenchServer(uri, { embedded: !process.env.NEO4J_URI, nowMs: BENCH_NOW.getTime() });
  try {
    const origin = `http://127.0.0.1:${server.ports.graphql}`;
    const LEADERBOARD = `query Board { leaderboard(first: 50) { snapshotDay edges { cursor node { position movement member { id handle displayName trust { score confidence rankKey isNew } } } } pageInfo { hasNextPage endCursor } } }`;
    const RANK = `query Rank($id: ID) { member(id: $id) { id rank { rank movement day } } }`;
    const gql = (query: string, variables: object = {}) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const check = async (query: string, variables: object = {}) => {
      const res = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { errors?: Array<{ message: string }>; data?: any };
      if (body.errors?.length) throw new Error(`GraphQL answered an error: ${body.errors[0]!.message}`);
      return body.data;
    };
    const board = await check(LEADERBOARD);
    if (board.leaderboard.edges.length !== 50) throw new Error('The leaderboard has fewer than 50 members.');
    const ranked = await check(RANK, { id: sample[sample.length - 1] });
    if (!ranked.member.rank) throw new Error('The last sampled member has no rank.');
    const figure = (name: string, r: PacedResult) => {
      if (r.errors > 0) throw new Error(`${name}: ${r.errors} errors (${r.errorSamples.join(', ')})`);
      const f = { requests: r.ok, perSecond: Math.round(r.ok / r.seconds), p50: r.p50, p99: r.p99, max: r.max };
      log(`  ${name}: ${f.perSecond} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms (max ${f.max})`);
      return f;
    };
    log(`Warm-up, then the leaderboard and a member's rank, each paced ${RATE} req/s for ${COUNT / RATE} s…`);
    await pacedLoad(origin, { rate: RATE, count: COUNT / 2 }, () => gql(LEADERBOARD));
    await pacedLoad(origin, { rate: RATE, count: COUNT / 2 }, (i) => gql(RANK, { id: sample[i % sample.length] }));
    const leaderboard = figure('leaderboard top 50', await pacedLoad(origin, { rate: RATE, count: COUNT }, () => gql(LEADERBOARD)));
    const rank = figure("member's rank", await pacedLoad(origin, { rate: RATE, count: COUNT }, (i) => gql(RANK, { id: sample[(i * 7) % sample.length] })));
    return {
      rate: RATE,
      snapshot: { ranks: snapshot.ranks, scopes: snapshot.scopes, firstSeconds: Math.round(firstSnapshotSeconds * 10) / 10, seconds: Math.round(snapshotSeconds * 10) / 10 },
      leaderboard,
      rank,
    };
  } finally {
    await server.stop();
  }
}
