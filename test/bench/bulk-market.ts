// The bench market at sizes batched UNWIND cannot reach in a sitting (10,000,000 rated orders:
// about 7 hours at the 5,135 rows/s the UNWIND load makes): the same rows buildMarket draws
// (test/bench/generate.ts, the one source of the market's shape) are streamed to CSV files, and
// Neo4j's own offline importer (`neo4j-admin database import full`, the neo4j-import-tool jar
// already among the embedded launcher's dependencies in graph/launcher/target/lib) writes them
// into a fresh store, with the trust edges the verdicts fold into (bulk-trust-edges.ts: the
// domain's fold over the generated rows, the edges rebuildTrustEdges would derive from the store).
// The embedded Neo4j then starts on that store; graph/schema.ts creates the constraints and
// indexes over the loaded data, as at any start.
//
// The importer's store has no schema version yet, so a SchemaVersion node at SCHEMA_VERSION goes
// in with the data: the migrations' upgrade steps fix up databases written by older Trustlines
// (their edges, handle words, session ids), which a market generated now does not need, and two
// of them would derive every trust edge again.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { ensureLauncherBuilt, launcherClasspath } from '../../graph/launcher-build';
import type { Graph } from '../../graph/graph';
import { SCHEMA_VERSION } from '../../graph/schema';
import { BulkTrustEdges, TRUST_EDGE_HEADER } from './bulk-trust-edges';
import { buildMarket, openBenchGraph, Progress, type GeneratedMarket, type MarketPhase, type MarketSink, type MarketSize, type BenchGraph } from './generate';

/** The node files, each one label set and one header (taken from its first row). */
type NodeFile = 'members' | 'products' | 'recommendations' | 'backing-orders' | 'orders' | 'feedback' | 'schema';

const NODE_LABELS: Record<NodeFile, string> = {
  members: 'Member',
  products: 'Product',
  recommendations: 'Recommendation:Live',
  'backing-orders': 'Order',
  orders: 'Order',
  feedback: 'Feedback',
  schema: 'SchemaVersion',
};

type Props = Record<string, unknown>;
/** [start id, end id, type]: every id is unique across kinds (benchId's kind prefix), so one id space. */
type Rel = [string, string, string];
// The rows are whatever buildMarket makes for the phase; their shape is its business, read here by name.
type Row = any;

/**
 * The CSV layout of each phase's rows: the nodes and relationships MARKET_CYPHER creates from
 * the same row, statement by statement (generate.ts). The integration test checks that both
 * paths give one graph.
 */
export const MARKET_CSV: Record<MarketPhase, (row: Row) => { nodes: Array<[NodeFile, Props]>; rels: Rel[] }> = {
  members: (row) => ({ nodes: [['members', row]], rels: [] }),
  products: (row) => ({ nodes: [['products', row.props]], rels: [[row.supplierId, row.props.id, 'SUPPLIES']] }),
  recommendations: (row) => ({
    nodes: [['backing-orders', row.order], ['recommendations', row.props]],
    rels: [
      [row.authorId, row.order.id, 'PLACED'],
      [row.order.id, row.productId, 'OF'],
      [row.authorId, row.props.id, 'RECOMMENDS'],
      [row.props.id, row.productId, 'FOR'],
      [row.props.id, row.order.id, 'BACKED_BY'],
    ],
  }),
  'rated orders': (row) => ({
    nodes: [['orders', row.order], ['feedback', row.feedback]],
    rels: [
      [row.buyerId, row.order.id, 'PLACED'],
      [row.order.id, row.productId, 'OF'],
      [row.order.id, row.recommendationId, 'THROUGH'],
      [row.buyerId, row.feedback.id, 'GAVE'],
      [row.feedback.id, row.order.id, 'ON'],
      [row.feedback.id, row.recommendationId, 'RATES'],
    ],
  }),
};

/** Rows between two writes to the files (and two progress ticks). */
const FLUSH_ROWS = 10_000;
const ARRAY_DELIMITER = ';';

/**
 * The importer's type for a value as the driver would store it from the UNWIND load: a JS number
 * goes over Bolt as a float (the driver sends no integer unless asked), so `double`; undefined for
 * a null (no property at all, as `SET n = row` leaves it).
 */
function columnType(value: unknown, where: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (value instanceof Date) return 'datetime';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return 'string[]';
  throw new Error(`${where}: no CSV column type for ${JSON.stringify(value)}`);
}

function quoted(text: string, where: string): string {
  // The importer reads one record a line (multi-line fields are slow and off): refuse, not garble.
  if (/[\r\n]/.test(text)) throw new Error(`${where}: a line break in a CSV value`);
  return `"${text.replace(/"/g, '""')}"`;
}

function cell(value: unknown, type: string, where: string): string {
  if (value === null || value === undefined) return '';
  if (columnType(value, where) !== type) throw new Error(`${where}: ${JSON.stringify(value)} is not of the column's type ${type}`);
  if (type === 'double') {
    if (!Number.isFinite(value)) throw new Error(`${where}: ${String(value)} is not a finite number`);
    return String(value);
  }
  if (type === 'boolean') return value ? 'true' : 'false';
  if (type === 'datetime') return (value as Date).toISOString();
  if (type === 'string[]') {
    const items = value as string[];
    if (items.some((v) => v.includes(ARRAY_DELIMITER))) throw new Error(`${where}: an array item holds the delimiter ${ARRAY_DELIMITER}`);
    return quoted(items.join(ARRAY_DELIMITER), where);
  }
  // "" stays an empty string (the importer's --ignore-empty-strings is off); an empty cell is no property.
  return quoted(value as string, where);
}

/** One CSV file written as a stream, its header from the first row; every later row must fit it. */
class CsvFile {
  private readonly stream: WriteStream;
  private columns: Array<{ key: string; type: string }> | undefined;
  private pending: string[] = [];
  rows = 0;

  constructor(readonly file: string, private readonly name: string) {
    this.stream = createWriteStream(file);
  }

  node(props: Props): void {
    if (!this.columns) {
      // A key null in the first row has no column: in this market such a key is null in every row
      // (refundedAt, comment); a later row with a value there is refused below.
      this.columns = Object.entries(props).flatMap(([key, value]) => {
        const type = columnType(value, `${this.name}.${key}`);
        return type === undefined ? [] : [{ key, type }];
      });
      this.pending.push(`${this.columns.map(({ key, type }) => (key === 'id' ? 'id:ID' : `${key}:${type}`)).join(',')}\n`);
    }
    for (const key of Object.keys(props)) {
      if (props[key] !== null && props[key] !== undefined && !this.columns.some((c) => c.key === key)) {
        throw new Error(`${this.name}: row ${this.rows + 1} has ${key}, which its first row did not`);
      }
    }
    this.pending.push(`${this.columns.map(({ key, type }) => cell(props[key], type, `${this.name} row ${this.rows + 1}, ${key}`)).join(',')}\n`);
    this.rows++;
  }

  rel([start, end, type]: Rel): void {
    if (this.rows === 0 && this.pending.length === 0) this.pending.push(':START_ID,:END_ID,:TYPE\n');
    this.pending.push(`${start},${end},${type}\n`);
    this.rows++;
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

export interface CsvMarket {
  /** `--nodes=Label=file` arguments (files with no rows are left out: the importer wants a header). */
  nodes: Array<{ labels: string; file: string; rows: number }>;
  /** `--relationships=file` arguments: the market's relationships, then its trust edges. */
  relationships: Array<{ file: string; rows: number }>;
  /** Verdicts folded into the trust edges, and the edges. */
  trustEdges: { ratings: number; edges: number };
}

/** A sink that streams the market's rows into CSV files in `dir`; `written()` after buildMarket. */
export function csvSink(dir: string): MarketSink & { written(): CsvMarket } {
  mkdirSync(dir, { recursive: true });
  const files = new Map<NodeFile, CsvFile>();
  const nodeFile = (name: NodeFile) => {
    let file = files.get(name);
    if (!file) files.set(name, (file = new CsvFile(path.join(dir, `${name}.csv`), name)));
    return file;
  };
  const rels = new CsvFile(path.join(dir, 'relationships.csv'), 'relationships');
  const flushAll = async () => {
    for (const file of files.values()) await file.flush();
    await rels.flush();
  };
  const trustEdges = new BulkTrustEdges();
  const trustEdgeFile = path.join(dir, 'trust-edges.csv');
  let folded: CsvMarket['trustEdges'] | undefined;
  let closed = false;
  return {
    async load(phase, rows, make) {
      const progress = new Progress(`${phase} → CSV`, rows);
      for (let i = 0; i < rows; i++) {
        const row = make(i);
        trustEdges.row(phase, i, rows, row);
        const { nodes, rels: out } = MARKET_CSV[phase](row);
        for (const [name, props] of nodes) nodeFile(name).node(props);
        for (const rel of out) rels.rel(rel);
        if ((i + 1) % FLUSH_ROWS === 0) {
          await flushAll();
          progress.tick(i + 1);
        }
      }
      await flushAll();
      progress.tick(rows);
    },
    async finish(log) {
      // The schema version the migrations would have recorded on an empty database (graph/schema.ts).
      nodeFile('schema').node({ id: 'trustline', version: SCHEMA_VERSION, migratedAt: new Date() });
      for (const file of files.values()) await file.close();
      await rels.close();
      folded = writeTrustEdges(trustEdges, trustEdgeFile, log);
      closed = true;
    },
    written() {
      if (!closed) throw new Error('The CSV files are read only after the market is built.');
      return {
        nodes: [...files.entries()]
          .filter(([, file]) => file.rows > 0)
          .map(([name, file]) => ({ labels: NODE_LABELS[name], file: file.file, rows: file.rows })),
        relationships: [
          { file: rels.file, rows: rels.rows },
          ...(folded!.edges > 0 ? [{ file: trustEdgeFile, rows: folded!.edges }] : []),
        ],
        trustEdges: folded!,
      };
    },
  };
}

/** Folds the collected verdicts and writes the edges to `file` (synchronously: the fold calls back per edge). */
function writeTrustEdges(trustEdges: BulkTrustEdges, file: string, log: (line: string) => void): CsvMarket['trustEdges'] {
  const started = performance.now();
  const fd = openSync(file, 'w');
  try {
    let pending: string[] = [TRUST_EDGE_HEADER];
    const result = trustEdges.fold((line) => {
      pending.push(line);
      if (pending.length >= FLUSH_ROWS) {
        writeSync(fd, pending.join(''));
        pending = [];
      }
    });
    writeSync(fd, pending.join(''));
    log(`  trust edges → CSV: ${result.ratings.toLocaleString('en')} verdicts fold into ${result.edges.toLocaleString('en')} edges (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return result;
  } finally {
    closeSync(fd);
  }
}

export interface ImportOptions {
  /** The embedded Neo4j's data folder (NEO4J_DATA_DIR): the store goes to data/databases/neo4j in it. */
  dataDir: string;
  /** The importer's own JVM heap (its caches are off heap). */
  heap?: string;
  /** Off-heap memory the importer may take (its id map and caches), e.g. "6g". */
  maxOffHeap?: string;
  log?: (line: string) => void;
}

/**
 * Runs Neo4j's offline importer on the CSV files into `dataDir`, which must hold no database yet.
 * Its own progress lines (phase, percent) go to `log`.
 */
export async function importMarket(csv: CsvMarket, options: ImportOptions): Promise<{ seconds: number }> {
  const log = options.log ?? (() => {});
  const home = path.resolve(options.dataDir);
  if (existsSync(path.join(home, 'data', 'databases', 'neo4j'))) {
    throw new Error(`${home} already holds a database: the importer writes only into a new one (remove the folder, or pass --wipe).`);
  }
  await ensureLauncherBuilt(log);
  // The importer reads its settings from NEO4J_CONF; none are needed beyond where the store goes.
  mkdirSync(path.join(home, 'conf'), { recursive: true });
  const args = [
    `-Xmx${options.heap ?? '2g'}`,
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    launcherClasspath(),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...csv.nodes.map((n) => `--nodes=${n.labels}=${n.file}`),
    ...csv.relationships.map((r) => `--relationships=${r.file}`),
    `--array-delimiter=${ARRAY_DELIMITER}`,
    `--max-off-heap-memory=${options.maxOffHeap ?? '6g'}`,
    `--report-file=${path.join(home, 'import.report')}`,
    // Fault-free by construction: any bad row is a bug in the generator, so the first one stops it.
    '--bad-tolerance=0',
    'neo4j',
  ];
  const started = performance.now();
  const child = spawn('java', args, {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  let partial = '';
  const relay = (chunk: Buffer) => {
    const text = chunk.toString();
    tail = (tail + text).slice(-6000);
    // Whole lines only: a row of dots arrives a few dots at a time.
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      // Its progress is a row of dots per 5 %: a line a quarter is enough in a log.
      const dots = /^[-.\s]+(\d+)%\s*(.*)$/.exec(line);
      if (dots && Number(dots[1]) % 25 !== 0) continue;
      if (line.trim()) log(`  import: ${dots ? `${dots[1]}% ${dots[2]}` : line.trimEnd()}`);
    }
  };
  child.stdout.on('data', relay);
  child.stderr.on('data', relay);
  const [code] = (await Promise.race([
    once(child, 'exit'),
    once(child, 'error').then(([err]) => {
      throw new Error(`Could not run java for the importer: ${(err as Error).message}`);
    }),
  ])) as [number | null];
  if (code !== 0) throw new Error(`Neo4j's importer failed (exit ${code}).\n${tail.trim().split('\n').slice(-20).join('\n')}`);
  return { seconds: (performance.now() - started) / 1000 };
}

/** Removes the CSV files once imported (a 10M market's are several GB). */
export function removeCsv(dir: string): void {
  for (const name of readdirSync(dir)) if (name.endsWith('.csv')) rmSync(path.join(dir, name));
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
}

export interface BulkMarketOptions extends Pick<ImportOptions, 'heap' | 'maxOffHeap'> {
  /** The embedded Neo4j's data folder; must hold no database. */
  dataDir: string;
  /** Where the CSV files go (removed after the import unless keepCsv). */
  csvDir: string;
  keepCsv?: boolean;
  /** Leave the embedded Neo4j running on the new market (the caller closes `open`). */
  keepOpen?: boolean;
  log?: (line: string) => void;
}

export interface BulkMarket {
  market: GeneratedMarket;
  /** Wall time of each phase, seconds (the trust edges are written to CSV within csvSeconds). */
  phases: { csvSeconds: number; importSeconds: number; startAndSchemaSeconds: number };
  seconds: number;
  rowsPerSecond: number;
  counts: MarketCounts;
  /** With keepOpen: the running database on the market. */
  open?: BenchGraph;
}

export interface MarketCounts {
  members: number;
  products: number;
  recommendations: number;
  orders: number;
  feedback: number;
  trustEdges: number;
}

/**
 * The whole bulk path: rows to CSV, the importer, the embedded Neo4j started on the new store
 * (schema statements run, their indexes awaited), the trust edges derived; then the counts read
 * back and checked against the size asked. Leaves the database stopped, in `dataDir`.
 */
export async function buildBulkMarket(size: MarketSize, options: BulkMarketOptions): Promise<BulkMarket> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const sink = csvSink(options.csvDir);
  const market = await buildMarket(sink, size, log);
  const csv = sink.written();
  const csvSeconds = (performance.now() - started) / 1000;
  const relationships = csv.relationships.reduce((n, f) => n + f.rows, 0);
  log(`CSV written in ${csvSeconds.toFixed(1)} s; importing ${csv.nodes.reduce((n, f) => n + f.rows, 0).toLocaleString('en')} nodes and ${relationships.toLocaleString('en')} relationships (${csv.trustEdges.edges.toLocaleString('en')} of them trust edges)…`);
  const { seconds: importSeconds } = await importMarket(csv, { dataDir: options.dataDir, heap: options.heap, maxOffHeap: options.maxOffHeap, log });
  if (!options.keepCsv) removeCsv(options.csvDir);

  const opening = performance.now();
  log('Starting the embedded Neo4j on the imported store (constraints and indexes are built over the data now)…');
  const bench = await openBenchGraph(log, size.orders > 200_000, { dataDir: options.dataDir, embedded: true });
  let keep = false;
  try {
    const graph = bench.open.graph;
    // Plain indexes fill in the background; the market is ready when they are online.
    await graph.runAutoCommit('CALL db.awaitIndexes($seconds)', { seconds: 3600 });
    const startAndSchemaSeconds = (performance.now() - opening) / 1000;
    log(`  started, constraints and indexes online in ${startAndSchemaSeconds.toFixed(1)} s`);
    const counts = await countMarket(graph);
    checkCounts(counts, size, market.recommendations.length, csv.trustEdges.edges);
    const seconds = (performance.now() - started) / 1000;
    const rows = size.members + market.products.length + market.recommendations.length + size.orders;
    log(`Bulk market ready in ${seconds.toFixed(1)} s: ${JSON.stringify(counts)}`);
    const result: BulkMarket = {
      market,
      phases: { csvSeconds: round(csvSeconds), importSeconds: round(importSeconds), startAndSchemaSeconds: round(startAndSchemaSeconds) },
      seconds: round(seconds),
      rowsPerSecond: Math.round(rows / seconds),
      counts,
      ...(options.keepOpen ? { open: bench } : {}),
    };
    keep = options.keepOpen === true;
    return result;
  } finally {
    if (!keep) await bench.close();
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

export async function countMarket(graph: Graph): Promise<MarketCounts> {
  const count = (cypher: string) => graph.read(async (tx) => (await tx.run(cypher)).records[0]!.get('n') as number);
  return {
    members: await count('MATCH (n:Member) RETURN count(n) AS n'),
    products: await count('MATCH (n:Product) RETURN count(n) AS n'),
    recommendations: await count('MATCH (n:Recommendation) RETURN count(n) AS n'),
    orders: await count('MATCH (n:Order) RETURN count(n) AS n'),
    feedback: await count('MATCH (n:Feedback) RETURN count(n) AS n'),
    trustEdges: await count('MATCH ()-[e:TRUST_EDGE]->() RETURN count(e) AS n'),
  };
}

/** The store holds what was asked: a miscounted import is an error, not a figure. */
function checkCounts(counts: MarketCounts, size: MarketSize, recommendations: number, trustEdges: number): void {
  const expected = { members: size.members, recommendations, orders: size.orders + recommendations, feedback: size.orders, trustEdges };
  for (const [key, value] of Object.entries(expected)) {
    const got = counts[key as keyof MarketCounts];
    if (got !== value) throw new Error(`The imported market has ${got} ${key}, not the ${value} generated.`);
  }
  if (counts.trustEdges === 0 && size.orders > 0) throw new Error('The imported market has no trust edges.');
}
