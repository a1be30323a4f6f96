// Synthetic market for the benchmarks: N members and M rated orders, bulk-loaded with batched
// UNWIND, deterministic (seeded PRNG: the same flags give the same graph). The shape follows
// docs/data-model.md closely enough for the global recompute, the daily snapshot, the leaderboards
// and the feedback mutation to run on it unchanged:
//   Member (trust* props, trustRankKey), Product (SUPPLIES), Recommendation:Live (RECOMMENDS, FOR,
//   BACKED_BY the author's own delivered order), Order (PLACED, OF, THROUGH), Feedback (GAVE, ON, RATES).
// Left out on purpose (not read by anything measured): OrderStatusChange history, commissions,
// follows, invitations, trust events of the load itself.
//
//   npm run bench:generate -- [--members 100000] [--orders 1000000] [--seed 7] [--wipe] [--db DIR] [--bulk [--keep-csv]]
// Against NEO4J_URI when set (refuses a non-empty database unless --wipe), otherwise an embedded
// Neo4j in DIR/neo4j with --db (kept, with the marker `npm run bench -- --db DIR` reuses it by),
// or in a temporary folder (NEO4J_HEAP, NEO4J_PAGECACHE_MB; bench defaults 4g / 2048).
// --bulk: the same rows as CSV files, loaded by Neo4j's offline importer into a new store
// (test/bench/bulk-market.ts): for 1,000,000 members and 10,000,000 rated orders, which batched
// UNWIND would take hours to load. Embedded only; deriving the trust edges at that size wants a
// larger Node heap (NODE_OPTIONS=--max-old-space-size=…, docs/benchmarks.md).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openGraph, type OpenGraph } from '../../graph/open';
import { graphSettingsFromEnv } from '../../graph/settings';
import { freePort } from '../../graph/free-port';
import { rebuildTrustEdges } from '../../graph/trust-edges';
import type { Graph } from '../../graph/graph';
import { initialTrustProps } from '../../graph/member-trust-props';
import { handleWords } from '../../graph/search-query';
import { gdsLauncher } from './gds-launcher';

export const BENCH_NOW = new Date('2026-06-01T08:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const BATCH = 5000;
export const CATEGORIES = ['kitchen', 'beauty', 'baby', 'outdoor', 'books', 'electronics', 'home', 'pets', 'sports', 'food'];
// A fixed Argon2id-shaped placeholder: nobody signs in with a password on the bench market.
const PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hiZW5jaA$bench-not-a-real-hash';

export interface MarketSize {
  members: number;
  orders: number;
  seed: number;
}

export interface GeneratedMarket {
  size: MarketSize;
  memberIds: string[];
  recommendations: Array<{ id: string; authorIndex: number; productIndex: number }>;
  products: Array<{ id: string; priceMinor: number }>;
  seconds: number;
  rowsPerSecond: number;
}

/** mulberry32: small, fast, good enough for synthetic data; deterministic per seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UUID-shaped id, deterministic from (kind, index). */
export function benchId(kind: number, i: number): string {
  const hex = (n: number, w: number) => n.toString(16).padStart(w, '0');
  return `b3c4${hex(kind, 4)}-0000-4000-8000-${hex(i, 12)}`;
}

/** A phase's progress on stderr, with its rate: a bar on a terminal, one line per tenth in a log. */
export class Progress {
  private last = 0;
  private printedTenth = -1;
  private readonly started = performance.now();
  constructor(private readonly label: string, private readonly total: number) {}
  tick(done: number): void {
    const width = 30;
    const filled = Math.round((done / Math.max(1, this.total)) * width);
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? ` ${Math.round(done / seconds).toLocaleString('en')} rows/s` : '';
    const line = `  ${this.label.padEnd(16)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')}/${this.total.toLocaleString('en')}${rate}`;
    if (process.stderr.isTTY) {
      const now = Date.now();
      if (now - this.last < 200 && done < this.total) return;
      this.last = now;
      process.stderr.write(`\r${line}`);
      if (done >= this.total) process.stderr.write('\n');
      return;
    }
    // Not a terminal (CI, a log file): one line per tenth.
    const tenth = Math.floor((done / Math.max(1, this.total)) * 10);
    if (tenth > this.printedTenth) {
      this.printedTenth = tenth;
      process.stderr.write(`${line}\n`);
    }
  }
}

/** The four loads, in the order the market is built (each phase's rows follow the one before). */
export type MarketPhase = 'members' | 'products' | 'recommendations' | 'rated orders';

/**
 * Where the generated rows go: batched UNWIND into a running database, CSV files for Neo4j's
 * offline importer (test/bench/bulk-market.ts), or nowhere (a replay). The rows themselves, and
 * the order the PRNG is drawn in, come from buildMarket alone: one source of truth for the shape.
 */
export interface MarketSink {
  load<T>(phase: MarketPhase, rows: number, make: (i: number) => T): Promise<void>;
  /** After the last phase: what the verdicts fold into (trust edges), for sinks that load. */
  finish?(log: (line: string) => void): Promise<void>;
}

// Every MATCH in these statements carries an index hint: on a database that starts empty the
// planner's statistics say "no nodes", it would pick label scans and keep that plan cached, and
// the load would slow down quadratically. The CSV layout of the same rows is in bulk-market.ts
// (MARKET_CSV), phase by phase beside these.
export const MARKET_CYPHER: Record<MarketPhase, string> = {
  members: 'UNWIND $rows AS row CREATE (m:Member) SET m = row',
  products: 'UNWIND $rows AS row MATCH (s:Member {id: row.supplierId}) USING INDEX s:Member(id) CREATE (s)-[:SUPPLIES]->(p:Product) SET p = row.props',
  recommendations: `UNWIND $rows AS row
      MATCH (a:Member {id: row.authorId}) USING INDEX a:Member(id)
      MATCH (p:Product {id: row.productId}) USING INDEX p:Product(id)
      CREATE (a)-[:PLACED]->(o:Order)-[:OF]->(p)
      SET o = row.order
      CREATE (a)-[:RECOMMENDS]->(r:Recommendation:Live)-[:FOR]->(p)
      SET r = row.props
      CREATE (r)-[:BACKED_BY]->(o)`,
  'rated orders': `UNWIND $rows AS row
      MATCH (b:Member {id: row.buyerId}) USING INDEX b:Member(id)
      MATCH (p:Product {id: row.productId}) USING INDEX p:Product(id)
      MATCH (r:Recommendation {id: row.recommendationId}) USING INDEX r:Recommendation(id)
      CREATE (b)-[:PLACED]->(o:Order)-[:OF]->(p)
      SET o = row.order
      CREATE (o)-[:THROUGH]->(r)
      CREATE (b)-[:GAVE]->(f:Feedback)-[:ON]->(o)
      SET f = row.feedback
      CREATE (f)-[:RATES]->(r)`,
};

/** Batched UNWIND into a running database, BATCH rows a transaction, then the trust edges. */
export function unwindSink(graph: Graph): MarketSink {
  return {
    async load(phase, rows, make) {
      const progress = new Progress(phase, rows);
      for (let start = 0; start < rows; start += BATCH) {
        const batch: unknown[] = [];
        for (let i = start; i < Math.min(rows, start + BATCH); i++) batch.push(make(i));
        await graph.write((tx) => tx.run(MARKET_CYPHER[phase], { rows: batch }));
        progress.tick(Math.min(rows, start + BATCH));
      }
      if (rows === 0) progress.tick(0);
    },
    // The verdicts went in behind the feedback transaction's back: fold them into trust edges,
    // as the transactions would have (part of loading, so inside the bulk load's wall time).
    async finish(log) {
      await rebuildTrustEdges(graph, log);
    },
  };
}

/** Only replays the rows (and the PRNG), to know a market already loaded. */
const replaySink: MarketSink = {
  async load(_phase, rows, make) {
    for (let i = 0; i < rows; i++) make(i);
  },
};

/**
 * Loads the market. Members: 1 % verified (the trust seed), 0.5 % suppliers. Products: one per
 * 100 members. Recommenders: 20 % of members, one to three recommendations each, each backed by
 * the author's own delivered order. Orders: buyers pick a recommendation with a skew (popular
 * recommenders sell more); each recommender has a hidden quality that decides how often the
 * buyers say it held up. Every order is delivered and rated, within the last 180 days. Then the
 * trust edges those verdicts build.
 */
export async function generateMarket(graph: Graph, size: MarketSize, log: (line: string) => void = () => {}): Promise<GeneratedMarket> {
  return buildMarket(unwindSink(graph), size, log);
}

/**
 * The same market, without loading it: what a database generated earlier with the same size and
 * seed holds (test/bench/market-reuse.ts), for the fixtures and samples that name its rows.
 */
export function replayMarket(size: MarketSize): Promise<GeneratedMarket> {
  return buildMarket(replaySink, size, () => {});
}

/** The market's shape: every row of every phase, drawn from one PRNG in one order, handed to `sink`. */
export async function buildMarket(sink: MarketSink, size: MarketSize, log: (line: string) => void): Promise<GeneratedMarket> {
  const started = Date.now();
  const rand = prng(size.seed);
  const N = size.members;
  const nowMs = BENCH_NOW.getTime();
  const memberIds = Array.from({ length: N }, (_, i) => benchId(1, i));
  const suppliers = Math.max(1, Math.floor(N / 200));
  const productCount = Math.max(10, Math.floor(N / 100));
  const trust = initialTrustProps(new Date(nowMs - 365 * DAY));
  const seedTrust = initialTrustProps(new Date(nowMs - 365 * DAY), true);

  if (sink !== replaySink) log(`Generating ${N.toLocaleString('en')} members, ${size.orders.toLocaleString('en')} rated orders (seed ${size.seed})`);
  await sink.load('members', N, (i) => {
    const verified = i % 100 === 0;
    return {
      id: memberIds[i],
      handle: `bench_${i}`,
      handleKey: `bench_${i}`,
      handleWords: handleWords(`bench_${i}`),
      displayName: `Bench member ${i}`,
      email: `bench_${i}@bench.invalid`,
      passwordHash: PASSWORD_HASH,
      roles: i < suppliers ? ['MEMBER', 'SUPPLIER'] : ['MEMBER'],
      verified,
      inviteCode: `BENCH${i.toString(36).toUpperCase()}`,
      bio: '',
      locale: 'en',
      createdAt: nowMs - 365 * DAY + Math.floor((i / N) * 180 * DAY),
      ...(verified ? seedTrust : trust),
    };
  });

  const products = Array.from({ length: productCount }, (_, i) => ({ id: benchId(2, i), priceMinor: 1000 + Math.floor(rand() * 50000) }));
  await sink.load('products', productCount, (i) => ({
    supplierId: memberIds[i % suppliers],
    props: {
      id: products[i]!.id,
      title: `Bench product ${i}`,
      description: `A synthetic product for the benchmarks, number ${i}.`,
      category: CATEGORIES[i % CATEGORIES.length],
      priceMinor: products[i]!.priceMinor,
      currency: 'CNY',
      commissionRateBps: 500 + (i % 20) * 100,
      createdAt: nowMs - 300 * DAY,
      updatedAt: nowMs - 300 * DAY,
    },
  }));

  // Recommenders and their recommendations (distinct products per author).
  const recommendations: GeneratedMarket['recommendations'] = [];
  const quality: number[] = [];
  for (let m = suppliers; m < N; m++) {
    if (rand() >= 0.2) continue;
    const count = 1 + Math.floor(rand() * 3);
    const base = Math.floor(rand() * productCount);
    for (let k = 0; k < count; k++) {
      recommendations.push({ id: benchId(3, recommendations.length), authorIndex: m, productIndex: (base + k * 7) % productCount });
      quality.push(0);
    }
  }
  // Hidden quality per recommendation: most are good, a tail is poor.
  for (let r = 0; r < quality.length; r++) quality[r] = rand() < 0.8 ? 0.75 + rand() * 0.24 : 0.1 + rand() * 0.4;
  await sink.load('recommendations', recommendations.length, (r) => {
    const rec = recommendations[r]!;
    const product = products[rec.productIndex]!;
    const placedAt = nowMs - 250 * DAY + Math.floor(rand() * 30 * DAY);
    return {
      authorId: memberIds[rec.authorIndex],
      productId: product.id,
      order: {
        id: benchId(4, r),
        idempotencyScope: `${memberIds[rec.authorIndex]}:bench-backing-${r}`,
        requestHash: 'bench',
        quantity: 1,
        unitPriceMinor: product.priceMinor,
        totalMinor: product.priceMinor,
        currency: 'CNY',
        commissionRateBps: 1000,
        status: 'DELIVERED',
        placedAt,
        deliveredAt: placedAt + 3 * DAY,
        refundedAt: null,
      },
      props: {
        id: rec.id,
        code: `B${r.toString(36).toUpperCase()}`,
        authorProduct: `${memberIds[rec.authorIndex]}:${product.id}`,
        stars: 3 + Math.floor(rand() * 3),
        text: `First-hand: bench recommendation ${r}.`,
        createdAt: placedAt + 5 * DAY,
        updatedAt: placedAt + 5 * DAY,
        revision: 1,
      },
    };
  });

  // Rated orders: a buyer (not the author) buys through a recommendation and says whether it held up.
  const R = recommendations.length;
  await sink.load('rated orders', size.orders, (i) => {
    // Skew: square of a uniform picks low indices more often (popular recommendations).
    const r = Math.floor(rand() * rand() * R);
    const rec = recommendations[r]!;
    let buyer = Math.floor(rand() * N);
    if (buyer === rec.authorIndex) buyer = (buyer + 1) % N;
    const product = products[rec.productIndex]!;
    const quantity = 1 + Math.floor(rand() * 2);
    const placedAt = nowMs - 200 * DAY + Math.floor(rand() * 180 * DAY);
    const heldUp = rand() < quality[r]!;
    return {
      buyerId: memberIds[buyer],
      productId: product.id,
      recommendationId: rec.id,
      order: {
        id: benchId(5, i),
        idempotencyScope: `${memberIds[buyer]}:bench-${i}`,
        requestHash: 'bench',
        quantity,
        unitPriceMinor: product.priceMinor,
        totalMinor: product.priceMinor * quantity,
        currency: 'CNY',
        commissionRateBps: 1000,
        status: 'DELIVERED',
        placedAt,
        deliveredAt: placedAt + 3 * DAY,
        refundedAt: null,
      },
      feedback: {
        id: benchId(6, i),
        orderId: benchId(5, i),
        stars: heldUp ? 4 + Math.floor(rand() * 2) : 1 + Math.floor(rand() * 2),
        heldUp,
        comment: null,
        at: placedAt + 5 * DAY,
      },
    };
  });
  await sink.finish?.(log);

  const seconds = (Date.now() - started) / 1000;
  const rows = N + productCount + R + size.orders;
  if (sink !== replaySink) log(`${rows.toLocaleString('en')} rows (members, products, recommendations, rated orders) in ${seconds.toFixed(1)} s`);
  return { size, memberIds, recommendations, products, seconds, rowsPerSecond: rows / seconds };
}

export async function isEmpty(graph: Graph): Promise<boolean> {
  return graph.read(async (tx) => (await tx.run('MATCH (m:Member) RETURN count(m) AS n')).records[0]!.get('n') === 0);
}

export async function wipe(graph: Graph): Promise<void> {
  await graph.runAutoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

export interface BenchGraph {
  open: OpenGraph;
  close(): Promise<void>;
}

export interface BenchGraphOptions {
  /** Start the embedded Neo4j with OpenGDS loaded (test/bench/gds), for peer 4. */
  gds?: boolean;
  /** Keep the embedded database in this folder (it survives the run) instead of a temporary one. */
  dataDir?: string;
  /** The embedded Neo4j even when NEO4J_URI is set (a store just imported into dataDir). */
  embedded?: boolean;
}

/**
 * NEO4J_URI if set, otherwise an embedded Neo4j: in `dataDir` when given (kept), else in a fresh
 * temporary folder (removed on close).
 */
export async function openBenchGraph(log: (line: string) => void, big: boolean, options: BenchGraphOptions = {}): Promise<BenchGraph> {
  const env = { ...process.env };
  if (options.embedded) delete env.NEO4J_URI;
  let tmp: string | undefined;
  if (!env.NEO4J_URI) {
    if (options.dataDir) env.NEO4J_DATA_DIR = path.resolve(options.dataDir);
    else {
      tmp = mkdtempSync(path.join(os.tmpdir(), 'trustline-bench-'));
      env.NEO4J_DATA_DIR = path.join(tmp, 'neo4j');
    }
    env.NEO4J_BOLT_PORT = String(await freePort());
    env.NEO4J_HEAP ??= big ? '4g' : '2g';
    env.NEO4J_PAGECACHE_MB ??= big ? '2048' : '1024';
  }
  const settings = graphSettingsFromEnv(env);
  if (options.gds) settings.embedded.launcher = gdsLauncher();
  const open = await openGraph(settings, log);
  return {
    open,
    close: async () => {
      await open.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** A wrong command line: said in one line, without a stack trace. */
export class UsageError extends Error {}

export function intFlag(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(argv[i + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new UsageError(`--${name} needs a positive integer`);
  return value;
}

const FLAGS_WITH_VALUE = ['members', 'orders', 'seed', 'db'];
const SWITCHES = ['wipe', 'bulk', 'keep-csv'];

/** Every argument is a known flag (with its value where it takes one): a typo is an error, not a default. */
export function checkArguments(argv: string[]): void {
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!.replace(/^--/, '');
    if (!argv[i]!.startsWith('--') || ![...FLAGS_WITH_VALUE, ...SWITCHES].includes(name)) {
      throw new UsageError(`Unknown argument ${argv[i]}: the flags are ${[...FLAGS_WITH_VALUE.map((f) => `--${f} VALUE`), ...SWITCHES.map((f) => `--${f}`)].join(', ')}.`);
    }
    if (FLAGS_WITH_VALUE.includes(name)) {
      if (argv[i + 1] === undefined || argv[i + 1]!.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      i++;
    }
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  checkArguments(argv);
  const size: MarketSize = { members: intFlag(argv, 'members', 100_000), orders: intFlag(argv, 'orders', 1_000_000), seed: intFlag(argv, 'seed', 7) };
  const dbDir = argv.includes('--db') ? path.resolve(argv[argv.indexOf('--db') + 1]!) : undefined;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  // Imported here: market-reuse.ts imports this module for the market's ids.
  const { writeMarker } = await import('./market-reuse');
  const marker = (seconds: number, rowsPerSecond: number) => {
    if (dbDir) writeMarker(dbDir, { ...size, loadedBy: argv.includes('--bulk') ? 'importer' : 'unwind', bulkLoadSeconds: Math.round(seconds * 10) / 10, rowsPerSecond: Math.round(rowsPerSecond), generatedAt: new Date().toISOString() });
  };
  if (argv.includes('--bulk')) {
    await bulkMain(size, dbDir, argv, log, marker);
    return;
  }
  if (dbDir && process.env.NEO4J_URI) throw new UsageError('--db keeps the embedded database in a folder: unset NEO4J_URI, or leave out --db.');
  const bench = await openBenchGraph(log, size.orders > 200_000, { dataDir: dbDir && path.join(dbDir, 'neo4j') });
  try {
    const graph = bench.open.graph;
    if (!(await isEmpty(graph))) {
      if (!argv.includes('--wipe')) throw new UsageError('The database is not empty: pass --wipe to delete everything in it first.');
      log('Wiping the database…');
      await wipe(graph);
    }
    const market = await generateMarket(graph, size, log);
    marker(market.seconds, market.rowsPerSecond);
    process.stdout.write(`${JSON.stringify({ ...market.size, recommendations: market.recommendations.length, seconds: market.seconds, rowsPerSecond: Math.round(market.rowsPerSecond) })}\n`);
    if (!process.env.NEO4J_URI && !dbDir) log('(The embedded database was temporary and is removed now; use --db DIR or NEO4J_URI to keep a generated market.)');
  } finally {
    await bench.close();
  }
}

/** `--bulk`: CSV files and Neo4j's offline importer into a new store (test/bench/bulk-market.ts). */
async function bulkMain(size: MarketSize, dbDir: string | undefined, argv: string[], log: (line: string) => void, marker: (seconds: number, rowsPerSecond: number) => void): Promise<void> {
  if (process.env.NEO4J_URI) throw new UsageError('--bulk writes a new store with Neo4j\'s offline importer on this machine: unset NEO4J_URI (and use --db DIR to keep the market).');
  const { buildBulkMarket } = await import('./bulk-market');
  const root = dbDir ?? mkdtempSync(path.join(os.tmpdir(), 'trustline-bulk-'));
  const dataDir = path.join(root, 'neo4j');
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!argv.includes('--wipe')) throw new UsageError(`${dataDir} already holds a database: pass --wipe to delete it first (the importer writes only into a new one).`);
    log(`Removing ${dataDir}…`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  try {
    const built = await buildBulkMarket(size, { dataDir, csvDir: path.join(root, 'csv'), keepCsv: argv.includes('--keep-csv'), log });
    marker(built.seconds, built.rowsPerSecond);
    process.stdout.write(`${JSON.stringify({ ...size, recommendations: built.market.recommendations.length, seconds: built.seconds, rowsPerSecond: built.rowsPerSecond, phases: built.phases, counts: built.counts })}\n`);
  } finally {
    if (!dbDir) {
      rmSync(root, { recursive: true, force: true });
      log('(The database was temporary and is removed now; use --db DIR to keep the generated market.)');
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    process.stderr.write(`${err instanceof UsageError ? `bench:generate: ${err.message}` : err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
