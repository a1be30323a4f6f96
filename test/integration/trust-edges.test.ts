// Trust edges against the real graph: verdicts and refunds given through the GraphQL API fold
// into (buyer)-[:TRUST_EDGE]->(recommender) exactly as the domain folds the same verdicts; the
// edges carry the repeat count and reciprocity the next verdict is weighed with; the recompute
// from the edges agrees with the recompute from the verdicts themselves; and a database from
// before edges existed gets them derived by the schema migration.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import { CONFIRM_RECEIPT, placeOrder, RATE, recommend, REFUND, type RecView } from '../support/commerce';
import { readRatings } from '../../graph/trust-ratings';
import { readTrustEdges } from '../../graph/trust-edges';
import { readPath } from '../../graph/packed-reads';
import { readMembers } from '../../graph/trust-recompute';
import { MIGRATIONS, migrate } from '../../graph/schema';
import { TRUST_PROP_KEYS } from '../../graph/member-trust-props';
import { DEFAULT_TRUST_PARAMS, edgesOfColumns, recomputeFromEdges, recomputeGlobalTrust, type TrustEdge } from '../../server/domain/trust';
import { buildRatingTable } from '../../server/domain/trust/rating-table';
import { trustEdgesOf } from '../../server/domain/trust/trust-edge';

let server: TestServer;
let supplier: TestMember;
let author: TestMember;
let buyer: TestMember;
let product: TestProduct;
let authorsRec: RecView;
const DAY = 86_400_000;
const weights: number[] = [];

/** The buyer orders through `code`, confirms receipt a day later, and says whether it held up. */
async function buyAndRate(who: TestMember, code: string, heldUp: boolean): Promise<string> {
  const order = await placeOrder(who.api, product.id, { code });
  server.clock.advance(DAY);
  await who.api.ok(CONFIRM_RECEIPT, { orderId: order.id });
  const rated = await who.api.ok<{ rateRecommendation: { trustEvent: { delta: number } | null } }>(RATE, {
    orderId: order.id, stars: heldUp ? 5 : 2, heldUp, comment: null,
  });
  expect(rated.rateRecommendation.trustEvent).not.toBeNull();
  server.clock.advance(DAY);
  return order.id;
}

const ids = () => [author.id, buyer.id];
const ours = (e: { raterId: string; recommenderId: string }) => ids().includes(e.raterId) && ids().includes(e.recommenderId);
const storedEdges = async () => edgesOfColumns(await readTrustEdges(server.graph)).filter(ours).sort((a, b) => a.raterId.localeCompare(b.raterId));
/** The edges the domain folds from the verdicts and refunds in the graph. */
async function edgesFromVerdicts(): Promise<TrustEdge[]> {
  const ratings = (await readRatings(server.graph)).filter(ours);
  const members = ids().map((id) => ({ id, verified: false }));
  return trustEdgesOf(buildRatingTable(members, ratings)).edges.sort((a, b) => a.raterId.localeCompare(b.raterId));
}

beforeAll(async () => {
  server = await startTestServer();
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  product = await createProduct(server.graph, supplier.id, { title: 'Hainan cherries' });
  // Members of a month's standing: their verdicts are past the probation week (evidence-cost.ts).
  const aMonthAgo = new Date(server.clock.now().getTime() - 30 * DAY);
  author = await createMember(server.graph, server.url, { now: aMonthAgo });
  buyer = await createMember(server.graph, server.url, { now: aMonthAgo });
  authorsRec = await recommend(author, supplier, product.id);
  const buyersRec = await recommend(buyer, supplier, product.id);
  await buyAndRate(buyer, authorsRec.code, true);
  await buyAndRate(buyer, authorsRec.code, false);
  // The author buys through the buyer's recommendation: the pair becomes reciprocal.
  await buyAndRate(author, buyersRec.code, true);
  const refunded = await buyAndRate(buyer, authorsRec.code, true);
  await supplier.api.ok(REFUND, { orderId: refunded, reason: 'Arrived crushed' });
  const events = await server.graph.read(async (tx) =>
    (await tx.run('MATCH (e:TrustEvent) WHERE e.raterId = $buyer RETURN e.weight AS w ORDER BY e.at', { buyer: buyer.id })).records,
  );
  weights.push(...events.map((r) => r.get('w') as number));
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

test('the embedded Neo4j the tests start has the packed reads', async () => {
  // Started by global-setup (not a Neo4j at NEO4J_URI): its launcher registers the procedures.
  if (!process.env.TRUSTLINE_TEST_NEO4J_STARTED) return;
  expect(await readPath(server.graph)).toBe('procedure');
});

test("the packed member read gives every member's stored trust exactly as the Cypher read", async () => {
  if (await readPath(server.graph) !== 'procedure') return;
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  const [packed, cypher] = await Promise.all([readMembers(server.graph, 'procedure'), readMembers(server.graph, 'cypher')]);
  expect(packed.sort(byId)).toEqual(cypher.sort(byId));
  // Not vacuous: this suite's members are in it with their full stored trust state.
  const ours = packed.filter((m) => ids().includes(m.id));
  expect(ours).toHaveLength(2);
  for (const m of ours) expect(Object.keys(m.trust).sort()).toEqual([...TRUST_PROP_KEYS].sort());
});

test("each verdict and refund folds into the pair's edge, as the domain folds the same verdicts", async () => {
  const stored = await storedEdges();
  expect(Object.fromEntries(stored.map((e) => [e.raterId, e.count]))).toEqual({ [buyer.id]: 4, [author.id]: 1 });
  const derived = await edgesFromVerdicts();
  // The procedure's packed read and the Cypher read, however split into parts, give the same edges.
  const sorted = (edges: TrustEdge[]) => edges.filter(ours).sort((a, b) => a.raterId.localeCompare(b.raterId));
  const read = async (options: Parameters<typeof readTrustEdges>[1]) => edgesOfColumns(await readTrustEdges(server.graph, options));
  for (const parts of [1, 2, 3]) expect(sorted(await read({ via: 'cypher', parts }))).toEqual(stored);
  if (await readPath(server.graph) === 'procedure') {
    const packed = await read({ via: 'procedure' });
    expect(sorted(packed)).toEqual(stored);
    // Every edge of the database, not only this test's: the same set as the Cypher read's.
    const key = (e: TrustEdge) => `${e.raterId}>${e.recommenderId}`;
    expect(packed.map(key).sort()).toEqual((await read({ via: 'cypher' })).map(key).sort());
  }
  stored.forEach((e, k) => {
    const d = derived[k]!;
    expect([e.raterId, e.recommenderId, e.count, e.atMs]).toEqual([d.raterId, d.recommenderId, d.count, d.atMs]);
    expect(e.positive).toBeCloseTo(d.positive, 12);
    expect(e.negative).toBeCloseTo(d.negative, 12);
  });
});

test('the next verdict of a pair reads its repeat count and reciprocity from the edges', async () => {
  // The buyer's four verdicts on the author (the refund is the fourth): repeat^0, ^1, ^2, then
  // also damped as reciprocal once the author had rated the buyer, before the buyer's voice; the
  // let-down and the refund weigh letDownWeight.
  expect(weights).toHaveLength(4);
  const perVoice = weights.map((w) => w / weights[0]!);
  expect(perVoice[1]).toBeCloseTo(0.5 * DEFAULT_TRUST_PARAMS.letDownWeight, 6);
  expect(perVoice[2]).toBeCloseTo(0.25 * 0.25, 6);
  expect(perVoice[3]).toBeCloseTo(0.125 * 0.25 * DEFAULT_TRUST_PARAMS.letDownWeight, 6);
});

test('the recompute from the edges agrees with the recompute from the verdicts', async () => {
  const now = server.clock.now();
  const members = ids().map((id) => ({ id, verified: id === author.id }));
  const fromEdges = recomputeFromEdges({ members, edges: await storedEdges() }, now);
  const fromVerdicts = recomputeGlobalTrust({ members, ratings: (await readRatings(server.graph)).filter(ours) }, now);
  for (const id of ids()) expect(fromEdges.trust.get(id)!.score).toBeCloseTo(fromVerdicts.trust.get(id)!.score, 9);
  expect(fromEdges.reciprocalPairs).toEqual(fromVerdicts.reciprocalPairs);
});

test('a database from before trust edges gets them derived by the migration', async () => {
  const before = await storedEdges();
  await server.graph.write((tx) =>
    tx.run('MATCH (:Member {id: $buyer})-[e:TRUST_EDGE]-(:Member) DELETE e', { buyer: buyer.id }),
  );
  expect(await storedEdges()).toEqual([]);
  await server.graph.write((tx) => tx.run("MATCH (v:SchemaVersion {id: 'trustline'}) SET v.version = 4"));
  const lines: string[] = [];
  // Every migration after 4 runs again (the later ones re-assert their indexes and bump the version).
  expect(await migrate(server.graph, (l) => lines.push(l))).toEqual(MIGRATIONS.map((m) => m.version).filter((v) => v > 4));
  expect(lines.some((l) => /fold into [\d,]+ edges/.test(l))).toBe(true);
  const after = await storedEdges();
  expect(after.map((e) => [e.raterId, e.recommenderId, e.count, e.atMs])).toEqual(before.map((e) => [e.raterId, e.recommenderId, e.count, e.atMs]));
  after.forEach((e, k) => expect(e.positive).toBeCloseTo(before[k]!.positive, 12));
});

test('the packed read gives edges spread over many rows, and skips an edge to a node that is no member', async () => {
  if (await readPath(server.graph) !== 'procedure') return;
  // 60 members, each with an edge to every other: 3,540 edges, more than three rows of the
  // procedure's (TrustEdgeExport.CHUNK), so members first sent in one row are named by index in later ones.
  const crowd = await Promise.all(Array.from({ length: 60 }, () => createMember(server.graph, server.url)));
  const pairs: WrittenEdge[] = crowd.flatMap((r, i) => crowd.filter((_, j) => j !== i).map((t, j) => ({
    rater: r.id, recommender: t.id, positive: i + j / 100, negative: j / 7, count: 1 + ((i + j) % 5), at: 1_780_000_000_000 + i * 1000 + j,
  })));
  await server.graph.write((tx) => tx.run(
    `UNWIND $pairs AS p
     MATCH (r:Member {id: p.rater}), (t:Member {id: p.recommender})
     CREATE (r)-[:TRUST_EDGE {positive: p.positive, negative: p.negative, count: p.count, at: p.at}]->(t)`,
    { pairs },
  ));
  await server.graph.write((tx) => tx.run(
    'MATCH (r:Member {id: $rater}), (p:Product {id: $product}) CREATE (r)-[:TRUST_EDGE {positive: 1.0, negative: 0.0, count: 1, at: 0}]->(p)',
    { rater: crowd[0]!.id, product: product.id },
  ));
  const inCrowd = new Set(crowd.map((m) => m.id));
  try {
    await expectPackedEqualsCypher(inCrowd, pairs);
  } finally {
    // Now, not in cleanup: its walk of every path up to three steps would follow 3,540 edges each way.
    await server.graph.write((tx) => tx.run('MATCH (m:Member)-[e:TRUST_EDGE]-() WHERE m.id IN $ids DELETE e', { ids: [...inCrowd] }));
  }
});

/** One edge as the test wrote it. */
interface WrittenEdge { rater: string; recommender: string; positive: number; negative: number; count: number; at: number }

async function expectPackedEqualsCypher(inCrowd: Set<string>, pairs: WrittenEdge[]) {
  const edgesOf = async (via: 'procedure' | 'cypher') =>
    edgesOfColumns(await readTrustEdges(server.graph, { via }))
      .filter((e) => inCrowd.has(e.raterId))
      .sort((a, b) => a.raterId.localeCompare(b.raterId) || a.recommenderId.localeCompare(b.recommenderId));
  const packed = await edgesOf('procedure');
  expect(packed).toHaveLength(pairs.length);
  expect(packed).toEqual(await edgesOf('cypher'));
  const stored = new Map(pairs.map((p) => [`${p.rater}>${p.recommender}`, p]));
  for (const e of packed) {
    const p = stored.get(`${e.raterId}>${e.recommenderId}`)!;
    expect([e.positive, e.negative, e.count, e.atMs]).toEqual([p.positive, p.negative, p.count, p.at]);
  }
}
