// A signed-in rating checks its session in its own first statement, not in a statement of its own
// before the mutation (server/auth/session-gate.ts, graph/feedback.ts RATE_FACTS_IN_SESSION; issue
// 29). What that must not change: an ended session stops the rating at once, a caller without a
// live session learns nothing of the order, the member's write limit still counts the rating, the
// session's last use is still recorded, and the answer's fields are resolved for the rater.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import { CONFIRM_RECEIPT, expectRefusedWithoutWrites, placeOrder, RATE, recommend, type OrderView, type RecView } from '../support/commerce';
import { hashToken } from '../../server/auth/tokens';
import { SESSION_TOUCH_INTERVAL_MS } from '../../server/auth/viewer';

let server: TestServer;
let supplier: TestMember;
let author: TestMember;
let product: TestProduct;
let rec: RecView;

const RATE_SHOWING_RATER = `
  mutation ($orderId: ID!) {
    rateRecommendation(orderId: $orderId, stars: 4, heldUp: true) { feedback { id rater { id email viewerFollows } } }
  }`;
const UPDATE = 'mutation ($bio: String!) { updateProfile(input: { bio: $bio }) { id } }';

beforeAll(async () => {
  // Three writes a minute per member, so the rating's own count is seen; the address limit out of
  // the way (every request here comes from 127.0.0.1).
  server = await startTestServer(undefined, { rateLimits: { writesPerMemberPerMinute: 3, writesPerAddressPerMinute: 1_000_000 } });
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  author = await createMember(server.graph, server.url);
  product = await createProduct(server.graph, supplier.id, { title: 'Yunnan coffee beans' });
  rec = await recommend(author, supplier, product.id);
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});
// Each test starts in a fresh write-limit minute.
beforeEach(() => {
  server.clock.advance(61_000);
});

/** A fresh buyer with a received order through `rec` (two of the buyer's writes this minute). */
async function buyerWithReceivedOrder(): Promise<{ buyer: TestMember; order: OrderView }> {
  const buyer = await createMember(server.graph, server.url);
  const placed = await placeOrder(buyer.api, product.id, { code: rec.code });
  const order = (await buyer.api.ok<{ confirmReceipt: OrderView }>(CONFIRM_RECEIPT, { orderId: placed.id })).confirmReceipt;
  return { buyer, order };
}

const rated = async (orderId: string) =>
  (await server.graph.read((tx) => tx.run('MATCH (:Order {id: $orderId})<-[:ON]-(f:Feedback) RETURN count(f) AS n', { orderId }))).records[0]!.get('n');

describe('a rating checks its own session', () => {
  test('the answer is resolved for the rater: their private fields show', async () => {
    const { buyer, order } = await buyerWithReceivedOrder();
    const data = await buyer.api.ok<{ rateRecommendation: { feedback: { rater: { id: string; email: string | null; viewerFollows: boolean } } } }>(
      RATE_SHOWING_RATER,
      { orderId: order.id },
    );
    expect(data.rateRecommendation.feedback.rater).toEqual({ id: buyer.id, email: buyer.email, viewerFollows: false });
  });

  test('after signing out, a rating is refused as signed out and writes nothing', async () => {
    const { buyer, order } = await buyerWithReceivedOrder();
    const token = buyer.api.bearer;
    await buyer.api.ok('mutation { signOut }');
    const again = new ApiClient(server.url);
    again.bearer = token;
    await expectRefusedWithoutWrites(server.graph, [buyer.id, author.id], () => again.request(RATE, { orderId: order.id, stars: 5, heldUp: true }), 'UNAUTHENTICATED');
    expect(await rated(order.id)).toBe(0);
  });

  test('a token that names no session learns nothing of the order: a real and an unknown order are refused alike', async () => {
    const { order } = await buyerWithReceivedOrder();
    const stranger = new ApiClient(server.url);
    stranger.bearer = randomBytes(32).toString('base64url');
    const real = await stranger.request(RATE, { orderId: order.id, stars: 1, heldUp: false });
    const unknown = await stranger.request(RATE, { orderId: '00000000-0000-4000-8000-000000000000', stars: 1, heldUp: false });
    expect(real.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors).toEqual(real.errors);
    expect(await rated(order.id)).toBe(0);
  });

  test("the member's write limit counts the rating; it goes through in the next minute", async () => {
    const { buyer, order } = await buyerWithReceivedOrder();
    await buyer.api.ok(UPDATE, { bio: 'third write this minute' });
    const refused = await buyer.api.request(RATE, { orderId: order.id, stars: 5, heldUp: true });
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/Too many changes in a short time/);
    expect(await rated(order.id)).toBe(0);
    server.clock.advance(61_000);
    expect((await buyer.api.request(RATE, { orderId: order.id, stars: 5, heldUp: true })).errors).toBeUndefined();
    expect(await rated(order.id)).toBe(1);
  });

  test("a rating records the session's last use once it is older than the touch interval", async () => {
    const { buyer, order } = await buyerWithReceivedOrder();
    const lastSeen = async () =>
      (await server.graph.read((tx) => tx.run('MATCH (s:Session {tokenHash: $h}) RETURN coalesce(s.lastSeenAt, s.createdAt) AS at', { h: hashToken(buyer.token) }))).records[0]!.get('at');
    server.clock.advance(SESSION_TOUCH_INTERVAL_MS);
    await buyer.api.ok(RATE, { orderId: order.id, stars: 5, heldUp: true });
    expect(Number(await lastSeen())).toBe(server.clock.now().getTime());
  });

  test('beside another mutation, the session is read before either runs, and both see the member', async () => {
    const { buyer, order } = await buyerWithReceivedOrder();
    server.clock.advance(61_000);
    const both = await buyer.api.ok<{ u: { id: string }; r: { feedback: { rater: { email: string | null } } } }>(
      `mutation ($orderId: ID!) { u: updateProfile(input: { bio: "rated" }) { id } r: rateRecommendation(orderId: $orderId, stars: 5, heldUp: true) { feedback { rater { email } } } }`,
      { orderId: order.id },
    );
    expect(both.u.id).toBe(buyer.id);
    expect(both.r.feedback.rater.email).toBe(buyer.email);
  });

  test('two ratings aliased into one request are counted before either runs', async () => {
    const first = await buyerWithReceivedOrder();
    server.clock.advance(61_000);
    const placed = await placeOrder(first.buyer.api, product.id, { code: rec.code });
    const second = (await first.buyer.api.ok<{ confirmReceipt: OrderView }>(CONFIRM_RECEIPT, { orderId: placed.id })).confirmReceipt;
    server.clock.advance(61_000);
    await first.buyer.api.ok(UPDATE, { bio: 'two writes left' });
    await first.buyer.api.ok(UPDATE, { bio: 'one write left' });
    const both = `mutation ($a: ID!, $b: ID!) {
      a: rateRecommendation(orderId: $a, stars: 5, heldUp: true) { feedback { id } }
      b: rateRecommendation(orderId: $b, stars: 5, heldUp: true) { feedback { id } } }`;
    const refused = await first.buyer.api.request(both, { a: first.order.id, b: second.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect([await rated(first.order.id), await rated(second.id)]).toEqual([0, 0]);
    server.clock.advance(61_000);
    expect((await first.buyer.api.request(both, { a: first.order.id, b: second.id })).errors).toBeUndefined();
    expect([await rated(first.order.id), await rated(second.id)]).toEqual([1, 1]);
  });
});
