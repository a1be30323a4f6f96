// The recompute's packed, partitioned read of the ratings (graph/trust-ratings.ts) against the
// definition it replaces (RATINGS, one row per rating): on a fixture with repeats, refunds with
// and without a verdict, a self-rating, an unrated order and a verdict without heldUp, both give
// the same ratings and the same recomputed trust, however many parts the read is split into.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, createProduct, type TestMember } from '../support/factories';
import { RATINGS, readRatings } from '../../graph/trust-ratings';
import { weakOf, type StoredCostFacts } from '../../graph/evidence-cost';
import { recomputeGlobalTrust, type RecomputeRating } from '../../server/domain/trust';

let server: TestServer;
const now = new Date('2026-06-01T08:00:00Z');
const DAY = 86_400_000;

interface Sale {
  buyer: TestMember;
  author: TestMember;
  productId: string;
  daysAgo: number;
  totalMinor?: number;
  /** Omitted: no verdict. null: a verdict without the heldUp property. */
  heldUp?: boolean | null;
  refunded?: boolean;
}

async function sell(s: Sale): Promise<void> {
  const at = now.getTime() - s.daysAgo * DAY;
  await server.graph.write((tx) =>
    tx.run(
      `MATCH (b:Member {id: $buyerId}), (a:Member {id: $authorId}), (p:Product {id: $productId})
       MERGE (a)-[:RECOMMENDS]->(r:Recommendation {authorProduct: $authorId + ':' + $productId})-[:FOR]->(p)
         ON CREATE SET r.id = randomUUID(), r.code = substring(randomUUID(), 0, 8), r.stars = 5, r.text = 'test', r.createdAt = 0, r.updatedAt = 0, r.revision = 1
       CREATE (b)-[:PLACED]->(o:Order {id: randomUUID(), status: CASE WHEN $refunded THEN 'REFUNDED' ELSE 'DELIVERED' END,
                quantity: 1, unitPriceMinor: $total, totalMinor: $total, currency: 'CNY', placedAt: $at, deliveredAt: $at,
                refundedAt: CASE WHEN $refunded THEN $at + 1000 ELSE null END})-[:OF]->(p)
       CREATE (o)-[:THROUGH]->(r)
       FOREACH (_ IN CASE WHEN $rated THEN [1] ELSE [] END |
         CREATE (b)-[:GAVE]->(f:Feedback {id: randomUUID(), orderId: o.id, stars: 3, at: $at + 500})-[:ON]->(o)
         SET f.heldUp = $heldUp)`,
      {
        buyerId: s.buyer.id, authorId: s.author.id, productId: s.productId, at, total: s.totalMinor ?? 9900,
        refunded: s.refunded ?? false, rated: s.heldUp !== undefined, heldUp: s.heldUp ?? null,
      },
    ),
  );
}

beforeAll(async () => {
  server = await startTestServer(now);
  const supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  const [p1, p2] = await Promise.all([createProduct(server.graph, supplier.id), createProduct(server.graph, supplier.id)]);
  const verified = await createMember(server.graph, server.url, { verified: true });
  const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => createMember(server.graph, server.url)));
  const sales: Sale[] = [
    // Repeats of one pair, in time order and out of it.
    { buyer: verified, author: a!, productId: p1!.id, daysAgo: 3, heldUp: true },
    { buyer: verified, author: a!, productId: p1!.id, daysAgo: 9, heldUp: false, totalMinor: 120_000 },
    { buyer: verified, author: a!, productId: p1!.id, daysAgo: 1, heldUp: true },
    // One author, two recommendations; a reciprocal pair.
    { buyer: b!, author: a!, productId: p2!.id, daysAgo: 4, heldUp: true },
    { buyer: a!, author: b!, productId: p1!.id, daysAgo: 5, heldUp: true },
    // Refunded: without a verdict, and after one (two ratings).
    { buyer: c!, author: a!, productId: p1!.id, daysAgo: 6, refunded: true },
    { buyer: c!, author: b!, productId: p1!.id, daysAgo: 7, heldUp: true, refunded: true },
    // A self-rating, an unrated order, a verdict without heldUp.
    { buyer: d!, author: d!, productId: p2!.id, daysAgo: 2, heldUp: true },
    { buyer: b!, author: d!, productId: p2!.id, daysAgo: 2 },
    { buyer: c!, author: d!, productId: p2!.id, daysAgo: 8, heldUp: null },
  ];
  for (const s of sales) await sell(s);
});

afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

/** The old read: RATINGS, one record per rating. */
async function readByDefinition(): Promise<RecomputeRating[]> {
  return server.graph.read(async (tx) =>
    (await tx.run(RATINGS)).records.map((r): RecomputeRating => {
      const { cost, ...row } = r.toObject() as Omit<RecomputeRating, 'at'> & { at: number; cost: StoredCostFacts };
      return { ...row, at: new Date(row.at), weak: weakOf(cost, row.at) };
    }),
  );
}

const key = (r: RecomputeRating) => JSON.stringify([r.raterId, r.recommenderId, r.heldUp, r.orderValueMinor, r.at.getTime(), r.cause, r.weak]);
const members = () =>
  server.graph.read(async (tx) =>
    (await tx.run('MATCH (m:Member) RETURN m.id AS id, coalesce(m.verified, false) AS verified')).records.map(
      (r) => r.toObject() as { id: string; verified: boolean },
    ),
  );

test('the packed read returns exactly the ratings RATINGS defines, in any number of parts', async () => {
  const expected = (await readByDefinition()).map(key).sort();
  expect(expected.some((k) => k.includes('"REFUND"'))).toBe(true);
  expect(expected.some((k) => k.includes('null'))).toBe(true);
  for (const parts of [1, 2, 3, 7]) {
    expect((await readRatings(server.graph, parts)).map(key).sort()).toEqual(expected);
  }
});

test('both reads give the same recomputed trust, flags and weights', async () => {
  const people = await members();
  const before = recomputeGlobalTrust({ members: people, ratings: await readByDefinition() }, now);
  const after = recomputeGlobalTrust({ members: people, ratings: await readRatings(server.graph) }, now);
  expect([...after.trust.entries()]).toEqual([...before.trust.entries()]);
  expect(after.reciprocalPairs).toEqual(before.reciprocalPairs);
  expect(after.rings).toEqual(before.rings);
  expect([after.iterations, after.residual]).toEqual([before.iterations, before.residual]);
  expect([...after.ratingBaseWeights].sort()).toEqual([...before.ratingBaseWeights].sort());
});
