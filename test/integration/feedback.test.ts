// Buyer feedback through the GraphQL API: only the buyer of a delivered order placed through
// someone else's recommendation, once, within the rating window; the verdict and its trust
// event are written together. Every refusal checks nothing was written (trust included).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import {
  CONFIRM_RECEIPT,
  expectRefusedWithoutWrites,
  footprint,
  ORDER_FIELDS,
  placeOrder,
  RATE,
  recommend,
  REFUND,
  type OrderView,
  type RecView,
} from '../support/commerce';
import { DAY_MS, RATING_WINDOW_DAYS } from '../../server/domain/order-policy';
import { deriveTrust } from '../../server/domain/trust';
import { trustToProps } from '../../graph/member-trust-props';

let server: TestServer;
let supplier: TestMember;
let author: TestMember;
let product: TestProduct;
let rec: RecView;
const anonymous = () => new ApiClient(server.url);
const member = () => createMember(server.graph, server.url);

interface RatePayload {
  rateRecommendation: {
    feedback: { id: string; stars: number; heldUp: boolean; comment: string | null; createdAt: string; rater: { id: string }; recommendation: { id: string } };
    trustEvent: { id: string; cause: string; before: number; after: number; delta: number; textEn: string; textZh: string; at: string; member: { id: string } } | null;
  };
}

beforeAll(async () => {
  server = await startTestServer();
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  author = await member();
  product = await createProduct(server.graph, supplier.id, { title: 'Hainan cherries' });
  rec = await recommend(author, supplier, product.id);
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

/** A fresh buyer with a received order placed through `rec`. */
async function buyerWithReceivedOrder(code = rec.code): Promise<{ buyer: TestMember; order: OrderView }> {
  const buyer = await member();
  const placed = await placeOrder(buyer.api, product.id, { code });
  const order = (await buyer.api.ok<{ confirmReceipt: OrderView }>(CONFIRM_RECEIPT, { orderId: placed.id })).confirmReceipt;
  return { buyer, order };
}

const rate = (api: ApiClient, orderId: string, over: Record<string, unknown> = {}) =>
  api.request<RatePayload>(RATE, { orderId, stars: 5, heldUp: true, comment: 'Sweet and firm, as promised.', ...over });

describe('rateRecommendation', () => {
  test("records the verdict and moves the recommender's trust in the same transaction", async () => {
    const { buyer, order } = await buyerWithReceivedOrder();
    const before = await trustOf(author.id);
    const res = await rate(buyer.api, order.id);
    expect(res.errors).toBeUndefined();
    const { feedback, trustEvent } = res.data!.rateRecommendation;
    expect(feedback).toMatchObject({ stars: 5, heldUp: true, comment: 'Sweet and firm, as promised.', rater: { id: buyer.id }, recommendation: { id: rec.id } });
    expect(feedback.createdAt).toBe(server.clock.now().toISOString());
    expect(trustEvent).toMatchObject({ cause: 'FEEDBACK', member: { id: author.id }, before, at: server.clock.now().toISOString() });
    expect(trustEvent!.delta).toBeGreaterThan(0);
    expect(trustEvent!.after).toBeCloseTo(trustEvent!.before + trustEvent!.delta, 6);
    expect(trustEvent!.textEn).toContain(buyer.handle);
    expect(trustEvent!.textEn).toContain('Hainan cherries');
    expect(trustEvent!.textZh.length).toBeGreaterThan(0);

    expect(await trustOf(author.id)).toBeCloseTo(trustEvent!.after, 10);
    const stored = await server.graph.read(async (tx) =>
      (
        await tx.run(
          `MATCH (:Member {id: $buyerId})-[:GAVE]->(f:Feedback {orderId: $orderId})-[:ON]->(:Order {id: $orderId}), (f)-[:RATES]->(r:Recommendation)
           MATCH (:Member {id: $authorId})-[:HAS_TRUST_EVENT]->(e:TrustEvent {orderId: $orderId})
           RETURN f.id AS feedbackId, r.id AS recId, e.id AS eventId, e.cause AS cause`,
          { buyerId: buyer.id, orderId: order.id, authorId: author.id },
        )
      ).records.map((r) => r.toObject()),
    );
    expect(stored).toEqual([{ feedbackId: feedback.id, recId: rec.id, eventId: trustEvent!.id, cause: 'FEEDBACK' }]);

    const seen = (await buyer.api.ok<{ order: OrderView }>(`query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, { id: order.id })).order;
    expect(seen.feedback).toEqual({ id: feedback.id, stars: 5, heldUp: true });
  });

  test('a recommendation that did not hold up lowers trust; the comment is optional', async () => {
    const { buyer, order } = await buyerWithReceivedOrder();
    const res = await rate(buyer.api, order.id, { stars: 1, heldUp: false, comment: null });
    expect(res.errors).toBeUndefined();
    expect(res.data!.rateRecommendation.feedback.comment).toBeNull();
    expect(res.data!.rateRecommendation.trustEvent!.delta).toBeLessThan(0);
  });

  test(`within ${RATING_WINDOW_DAYS} days of delivery, not after`, async () => {
    const early = await buyerWithReceivedOrder();
    const late = await buyerWithReceivedOrder();
    server.clock.advance(RATING_WINDOW_DAYS * DAY_MS);
    expect((await rate(early.buyer.api, early.order.id)).errors).toBeUndefined();
    server.clock.advance(1);
    await expectRefusedWithoutWrites(
      server.graph,
      [late.buyer.id, author.id, product.id],
      () => rate(late.buyer.api, late.order.id),
      'FORBIDDEN',
      /rating window of this order closed on \d{4}-\d{2}-\d{2}/,
    );
  });

  test('a second verdict on the same order is CONFLICT', async () => {
    const { buyer, order } = await buyerWithReceivedOrder();
    await buyer.api.ok(RATE, { orderId: order.id, stars: 4, heldUp: true });
    await expectRefusedWithoutWrites(server.graph, [buyer.id, author.id, product.id], () => rate(buyer.api, order.id, { stars: 1, heldUp: false }), 'CONFLICT');
    // Three different verdicts at once: exactly one gets through.
    const racing = await buyerWithReceivedOrder();
    const results = await Promise.all(([1, 2, 3] as const).map((stars) => rate(racing.buyer.api, racing.order.id, { stars, heldUp: true })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0]!.extensions?.code)).toEqual(['CONFLICT', 'CONFLICT']);
  });

  test('the same verdict again is a retry whose answer was lost: answered with the stored verdict, nothing moves', async () => {
    const { buyer, order } = await buyerWithReceivedOrder();
    const verdict = { orderId: order.id, stars: 4, heldUp: true, comment: 'Held up.' };
    const ids = [buyer.id, author.id, product.id];
    const first = await buyer.api.ok<RatePayload>(RATE, verdict);
    expect(first.rateRecommendation.trustEvent).not.toBeNull();
    const before = await footprint(server.graph, ids);
    expect(await buyer.api.ok<RatePayload>(RATE, verdict)).toEqual(first);
    expect(await footprint(server.graph, ids)).toEqual(before);
    // The same stars and held up with another comment is another verdict; so are other stars.
    await expectRefusedWithoutWrites(server.graph, ids, () => rate(buyer.api, order.id, { ...verdict, comment: 'Changed my mind.' }), 'CONFLICT');
    await expectRefusedWithoutWrites(server.graph, ids, () => rate(buyer.api, order.id, { ...verdict, stars: 3 }), 'CONFLICT');
    // The same verdict sent three times at once: one verdict, three answers naming it.
    const racing = await buyerWithReceivedOrder();
    const results = await Promise.all([1, 2, 3].map(() => rate(racing.buyer.api, racing.order.id)));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(results.map((r) => JSON.stringify(r.data)))).toEqual(new Set([JSON.stringify(results[0]!.data)]));
  });

  test('only the buyer: anonymous, another member and the supplier are refused', async () => {
    const { buyer, order } = await buyerWithReceivedOrder();
    const stranger = await member();
    const ids = [buyer.id, author.id, product.id];
    await expectRefusedWithoutWrites(server.graph, ids, () => rate(anonymous(), order.id), 'UNAUTHENTICATED');
    await expectRefusedWithoutWrites(server.graph, ids, () => rate(stranger.api, order.id), 'FORBIDDEN', /Only the buyer/);
    await expectRefusedWithoutWrites(server.graph, ids, () => rate(supplier.api, order.id), 'FORBIDDEN', /Only the buyer/);
    await expectRefusedWithoutWrites(server.graph, ids, () => rate(author.api, order.id), 'FORBIDDEN', /Only the buyer/);
  });

  test('an order not delivered, refunded, not placed through a recommendation, or through your own is FORBIDDEN', async () => {
    const buyer = await member();
    const ids = [buyer.id, author.id, product.id];
    const placed = await placeOrder(buyer.api, product.id, { code: rec.code });
    await expectRefusedWithoutWrites(server.graph, ids, () => rate(buyer.api, placed.id), 'FORBIDDEN', /confirm receipt first/);

    const refunded = await placeOrder(buyer.api, product.id, { code: rec.code });
    await buyer.api.ok(CONFIRM_RECEIPT, { orderId: refunded.id });
    await supplier.api.ok(REFUND, { orderId: refunded.id, reason: 'Arrived crushed' });
    await expectRefusedWithoutWrites(server.graph, ids, () => rate(buyer.api, refunded.id), 'FORBIDDEN', /refunded/);

    const direct = await placeOrder(buyer.api, product.id);
    await buyer.api.ok(CONFIRM_RECEIPT, { orderId: direct.id });
    await expectRefusedWithoutWrites(server.graph, ids, () => rate(buyer.api, direct.id), 'FORBIDDEN', /not placed through a recommendation/);

    const own = await placeOrder(author.api, product.id, { code: rec.code });
    await author.api.ok(CONFIRM_RECEIPT, { orderId: own.id });
    await expectRefusedWithoutWrites(server.graph, ids, () => rate(author.api, own.id), 'FORBIDDEN', /your own recommendation/);
  });

  test('verdicts on one recommender at once each move trust from where the one before left it', async () => {
    // The recommender's lock and the read of their score share one statement: if the read ran
    // before the lock, two verdicts would start from the same score and one move would be lost.
    const recommender = await member();
    const theirs = await recommend(recommender, supplier, product.id);
    const orders = await Promise.all([1, 2, 3, 4].map(() => buyerWithReceivedOrder(theirs.code)));
    const start = await trustOf(recommender.id);
    const results = await Promise.all(orders.map(({ buyer, order }) => rate(buyer.api, order.id)));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    const events = results.map((r) => r.data!.rateRecommendation.trustEvent!);
    expect(new Set(events.map((e) => e.before)).size).toBe(events.length);
    const moved = events.reduce((sum, e) => sum + e.delta, 0);
    expect(await trustOf(recommender.id)).toBeCloseTo(start + moved, 6);
  });

  test('a verdict that held up on a high score gone quiet says how much older verdicts faded', async () => {
    // Ninety days without a verdict: decay pulls a high score towards the prior by more than a
    // brand-new buyer's "held up" adds, so the event must explain why "held up" came with a minus.
    const recommender = await member();
    const theirs = await recommend(recommender, supplier, product.id);
    const quietSince = new Date(server.clock.now().getTime() - 90 * DAY_MS);
    const strong = deriveTrust({ vouchedPositive: 40, vouchedNegative: 1, unvouchedPositive: 2, unvouchedNegative: 0 }, 0.8, quietSince);
    await server.graph.write((tx) => tx.run('MATCH (m:Member {id: $id}) SET m += $props', { id: recommender.id, props: trustToProps(strong) }));
    const { buyer, order } = await buyerWithReceivedOrder(theirs.code);
    const event = (await buyer.api.ok<RatePayload>(RATE, { orderId: order.id, stars: 5, heldUp: true })).rateRecommendation.trustEvent!;
    expect(event.delta).toBeLessThan(0);
    const [, own, faded] = event.textEn.match(/held up \((\+?\d+\.\d)\);.* Older verdicts faded with time \((-\d+\.\d)\)\. Now/) ?? [];
    expect(Number(own)).toBeGreaterThanOrEqual(0);
    expect(Math.round((Number(own) + Number(faded)) * 10) / 10).toBe(event.delta);
    expect(event.textZh).toContain('较早的评价随时间淡化');
  });

  test('stores the verdict and its trust event with the same value types as before', async () => {
    const { buyer, order } = await buyerWithReceivedOrder();
    await buyer.api.ok(RATE, { orderId: order.id, stars: 5, heldUp: true });
    const types = await server.graph.read(async (tx) =>
      (
        await tx.run(
          `MATCH (f:Feedback {orderId: $orderId}), (e:TrustEvent {orderId: $orderId})<-[:HAS_TRUST_EVENT]-(m:Member)
           RETURN valueType(f.stars) AS stars, valueType(f.at) AS at, valueType(e.at) AS eventAt,
                  valueType(e.before) AS before, valueType(m.trustScore) AS score`,
          { orderId: order.id },
        )
      ).records[0]!.toObject(),
    );
    expect(types).toEqual({
      stars: 'INTEGER NOT NULL', at: 'INTEGER NOT NULL', eventAt: 'INTEGER NOT NULL', before: 'FLOAT NOT NULL', score: 'FLOAT NOT NULL',
    });
  });

  test('bad input and an unknown order are refused, nothing written', async () => {
    const { buyer, order } = await buyerWithReceivedOrder();
    const ids = [buyer.id, author.id, product.id];
    for (const over of [{ stars: 0 }, { stars: 6 }, { comment: 'c'.repeat(1001) }]) {
      await expectRefusedWithoutWrites(server.graph, ids, () => rate(buyer.api, order.id, over), 'BAD_USER_INPUT');
    }
    await expectRefusedWithoutWrites(server.graph, ids, () => rate(buyer.api, 'bad id!'), 'BAD_USER_INPUT');
    await expectRefusedWithoutWrites(server.graph, ids, () => rate(buyer.api, '00000000-0000-4000-8000-000000000000'), 'NOT_FOUND');
    // heldUp is required by the schema itself.
    const missing = await buyer.api.request(`mutation ($id: ID!) { rateRecommendation(orderId: $id, stars: 5) { feedback { id } } }`, { id: order.id });
    expect(missing.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

async function trustOf(memberId: string): Promise<number> {
  return server.graph.read(async (tx) => (await tx.run('MATCH (m:Member {id: $memberId}) RETURN m.trustScore AS s', { memberId })).records[0]!.get('s') as number);
}
