// The bench market built by Neo4j's offline importer (test/bench/bulk-market.ts) is the market the
// batched UNWIND load builds: the counts asked for, every node as buildMarket drew it (properties
// and their stored types), the relationships MARKET_CYPHER creates, the trust edges
// rebuildTrustEdges derives from its verdicts, the schema's constraints and indexes online; and the app's reads run on it: the global recompute and the leaderboard.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { leaderboardWithArrows } from '../../graph/leaderboard';
import { MIGRATIONS, currentSchemaVersion, SCHEMA_VERSION } from '../../graph/schema';
import { rebuildTrustEdges } from '../../graph/trust-edges';
import { recomputeTrust } from '../../graph/trust-recompute';
import { BENCH_NOW, buildMarket, type BenchGraph, type MarketPhase, type MarketSize } from '../bench/generate';
import { buildBulkMarket, type BulkMarket } from '../bench/bulk-market';

const size: MarketSize = { members: 2000, orders: 20_000, seed: 11 };
let tmp: string;
let built: BulkMarket;
let bench: BenchGraph;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'trustline-bulk-test-'));
  built = await buildBulkMarket(size, { dataDir: path.join(tmp, 'neo4j'), csvDir: path.join(tmp, 'csv'), keepOpen: true });
  bench = built.open!;
}, 180_000);

afterAll(async () => {
  await bench?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const read = <T>(cypher: string, params: Record<string, unknown> = {}) =>
  bench.open.graph.read(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject() as T));
const one = async <T>(cypher: string, params: Record<string, unknown> = {}) => (await read<T>(cypher, params))[0]!;

test('the store holds the market asked for: members, rated orders with their verdicts, recommendations with their backing orders', async () => {
  const recommendations = built.market.recommendations.length;
  expect(recommendations).toBeGreaterThan(0);
  expect(built.counts).toMatchObject({
    members: size.members,
    products: built.market.products.length,
    recommendations,
    orders: size.orders + recommendations,
    feedback: size.orders,
  });
  const { n: live } = await one<{ n: number }>('MATCH (r:Recommendation:Live) RETURN count(r) AS n');
  expect(live).toBe(recommendations);
  // What MARKET_CYPHER creates per row, counted by type.
  const types = Object.fromEntries(
    (await read<{ type: string; n: number }>('MATCH ()-[e]->() WHERE type(e) <> "TRUST_EDGE" RETURN type(e) AS type, count(e) AS n')).map((r) => [r.type, r.n]),
  );
  expect(types).toEqual({
    SUPPLIES: built.market.products.length,
    PLACED: recommendations + size.orders,
    OF: recommendations + size.orders,
    RECOMMENDS: recommendations,
    FOR: recommendations,
    BACKED_BY: recommendations,
    THROUGH: size.orders,
    GAVE: size.orders,
    ON: size.orders,
    RATES: size.orders,
  });
  // Every verdict joins its buyer, order and recommendation as the UNWIND statement joins them.
  const { n: joined } = await one<{ n: number }>(
    `MATCH (b:Member)-[:GAVE]->(f:Feedback)-[:ON]->(o:Order)<-[:PLACED]-(b), (f)-[:RATES]->(r:Recommendation)<-[:THROUGH]-(o)
     WHERE f.orderId = o.id RETURN count(f) AS n`,
  );
  expect(joined).toBe(size.orders);
  expect(built.counts.trustEdges).toBeGreaterThan(size.orders / 2);
});

test('each node is the row buildMarket drew, with the property types the driver stores from the UNWIND load', async () => {
  // The first and last row of each phase, drawn again from the same seed.
  const rows = new Map<MarketPhase, unknown[]>();
  await buildMarket(
    {
      async load(phase, count, make) {
        const kept: unknown[] = [];
        for (let i = 0; i < count; i++) {
          const row = make(i);
          if (i === 0 || i === count - 1) kept.push(row);
        }
        rows.set(phase, kept);
      },
    },
    size,
    () => {},
  );
  type Any = Record<string, any>;
  const expected: Array<[string, Any]> = [];
  for (const row of rows.get('members') as Any[]) expected.push(['Member', row]);
  for (const row of rows.get('products') as Any[]) expected.push(['Product', row.props]);
  for (const row of rows.get('recommendations') as Any[]) expected.push(['Order', row.order], ['Recommendation', row.props]);
  for (const row of rows.get('rated orders') as Any[]) expected.push(['Order', row.order], ['Feedback', row.feedback]);
  for (const [label, props] of expected) {
    const [stored] = await read<{ props: Any; types: Any }>(
      `MATCH (n {id: $id}) WHERE $label IN labels(n)
       RETURN properties(n) AS props, {keys: keys(n), types: [k IN keys(n) | valueType(n[k])]} AS types`,
      { id: props.id, label },
    );
    // SET n = row leaves no property for a null: the import leaves none either.
    const present = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
    expect(stored?.props).toEqual(present);
    const types = Object.fromEntries((stored!.types.keys as string[]).map((k, i) => [k, stored!.types.types[i] as string]));
    for (const [key, value] of Object.entries(present)) {
      const driverType =
        typeof value === 'number' ? 'FLOAT NOT NULL'
        : typeof value === 'boolean' ? 'BOOLEAN NOT NULL'
        : typeof value === 'string' ? 'STRING NOT NULL'
        : 'LIST<STRING NOT NULL> NOT NULL';
      expect(`${label}.${key}: ${types[key]}`).toBe(`${label}.${key}: ${driverType}`);
    }
  }
  // The empty bio is an empty string, not a missing property.
  const { bio } = await one<{ bio: unknown }>('MATCH (m:Member {id: $id}) RETURN m.bio AS bio', { id: (rows.get('members')![0] as Any).id });
  expect(bio).toBe('');
});

test('the schema is current: every constraint and index of graph/schema.ts exists and is online', async () => {
  expect(await currentSchemaVersion(bench.open.graph)).toBe(SCHEMA_VERSION);
  const names = MIGRATIONS.flatMap((m) => m.statements.map((s) => /^CREATE (?:CONSTRAINT|(?:FULLTEXT )?INDEX) (\w+)/.exec(s)?.[1]).filter((n): n is string => !!n));
  expect(names.length).toBeGreaterThan(20);
  const constraints = (await read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name);
  const indexes = await read<{ name: string; state: string }>('SHOW INDEXES YIELD name, state RETURN name, state');
  for (const name of names) {
    const statement = MIGRATIONS.flatMap((m) => m.statements).find((s) => s.includes(` ${name} `))!;
    if (statement.startsWith('CREATE CONSTRAINT')) expect(constraints).toContain(name);
    else expect(indexes.find((i) => i.name === name)?.state).toBe('ONLINE');
  }
  expect(indexes.filter((i) => i.state !== 'ONLINE')).toEqual([]);
});

test('the imported trust edges are the ones rebuildTrustEdges derives from the stored verdicts, value for value and type for type', async () => {
  const edges = () =>
    read<{ rater: string; target: string; positive: number; negative: number; count: number; at: number; types: string[] }>(
      `MATCH (a:Member)-[e:TRUST_EDGE]->(b:Member)
       RETURN a.id AS rater, b.id AS target, e.positive AS positive, e.negative AS negative, e.count AS count, e.at AS at,
              [k IN ['positive', 'negative', 'count', 'at'] | valueType(e[k])] AS types
       ORDER BY rater, target`,
    );
  const imported = await edges();
  expect(imported.length).toBe(built.counts.trustEdges);
  // Some pairs hold several verdicts, so the fold's order within a pair is exercised too.
  expect(imported.some((e) => e.count > 1)).toBe(true);
  const rebuilt = await rebuildTrustEdges(bench.open.graph);
  expect(rebuilt).toMatchObject({ ratings: size.orders, edges: imported.length });
  expect(await edges()).toEqual(imported);
  expect(imported[0]!.types).toEqual(['FLOAT NOT NULL', 'FLOAT NOT NULL', 'INTEGER NOT NULL', 'INTEGER NOT NULL']);
}, 120_000);

test('the global recompute runs on the imported market, and the leaderboard reads its result', async () => {
  const summary = await recomputeTrust(bench.open.graph, BENCH_NOW);
  expect(summary.members).toBe(size.members);
  expect(summary.ratings).toBe(size.orders);
  expect(summary.trustEdges).toBe(built.counts.trustEdges);
  expect(summary.membersWritten).toBeGreaterThan(0);

  const page = await leaderboardWithArrows(bench.open.graph, { kind: 'GLOBAL' }, 'global', 20, undefined);
  expect(page.rows).toHaveLength(20);
  const keys = page.rows.map((r) => r.rankKey);
  expect([...keys].sort((a, b) => b - a)).toEqual(keys);
  expect(keys[0]).toBeGreaterThan(0);
  // Everyone on the board recommends (GLOBAL's rule), and is one of the generated members.
  const ids = page.rows.map((r) => r.member.id);
  const { n } = await one<{ n: number }>('MATCH (m:Member)-[:RECOMMENDS]->() WHERE m.id IN $ids RETURN count(DISTINCT m) AS n', { ids });
  expect(n).toBe(20);
});
