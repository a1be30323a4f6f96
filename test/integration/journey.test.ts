// The whole first-hand loop through the API alone: a newcomer signs up, finds a recommendation
// in their feed, buys through it, receives it, says it held up (the recommender's trust moves,
// explained by a trust event), then recommends the product themselves.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, track, uniqueSuffix, type TestMember } from '../support/factories';
import { CONFIRM_RECEIPT, MARK_DELIVERED, PLACE_ORDER, POST_REC, RATE, type OrderView, type RecView } from '../support/commerce';

let server: TestServer;
let supplier: TestMember;
let recommender: TestMember;

beforeAll(async () => {
  server = await startTestServer();
  // Roles are granted by an admin; the factory stands in for that step.
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  recommender = await createMember(server.graph, server.url);
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

test('sign up, buy through a recommendation, receive, rate, then recommend it yourself', async () => {
  // The supplier lists a product.
  const { createProduct: product } = await supplier.api.ok<{ createProduct: { id: string; priceMinor: number } }>(
    `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id priceMinor } }`,
    { input: { title: 'Yunnan wild mushrooms', description: 'Dried porcini, 250 g.', category: 'dried-goods', priceMinor: 12800, commissionRateBps: 1500 } },
  );
  track(product.id);

  // A member buys it, receives it, and recommends it.
  const bought = await recommender.api.ok<{ placeOrder: OrderView }>(PLACE_ORDER, { productId: product.id, quantity: 1, key: `k-${randomUUID()}` });
  await supplier.api.ok(MARK_DELIVERED, { orderId: bought.placeOrder.id });
  const { postRecommendation: rec } = await recommender.api.ok<{ postRecommendation: RecView }>(POST_REC, {
    productId: product.id,
    stars: 5,
    text: 'Deep, smoky flavour; soak for twenty minutes and they are perfect in a stir-fry.',
  });

  // A newcomer signs up (the session cookie of the response signs this client in).
  const newcomer = new ApiClient(server.url);
  const handle = `new_${uniqueSuffix()}`;
  const { signUp } = await newcomer.ok<{ signUp: { member: { id: string; handle: string } } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { member { id handle } } }`,
    { input: { handle, displayName: 'New Comer', email: `${handle}@example.test`, password: 'a long enough password' } },
  );
  track(signUp.member.id);
  expect((await newcomer.ok<{ me: { handle: string } }>('{ me { handle } }')).me.handle).toBe(handle);

  // They follow the recommender and find the recommendation in their feed and on the product.
  await newcomer.ok(`mutation ($id: ID!) { follow(memberId: $id) { id } }`, { id: recommender.id });
  const feed = await newcomer.ok<{ feed: { edges: { node: { id: string; code: string; author: { handle: string } } }[] } }>(
    `{ feed(first: 5) { edges { node { id code author { handle } } } } }`,
  );
  expect(feed.feed.edges[0]!.node).toEqual({ id: rec.id, code: rec.code, author: { handle: recommender.handle } });
  const shared = await newcomer.ok<{ recommendationByCode: { id: string; product: { id: string } } }>(
    `query ($code: String!) { recommendationByCode(code: $code) { id product { id } } }`,
    { code: rec.code },
  );
  expect(shared.recommendationByCode.product.id).toBe(product.id);

  // They buy through it; a network retry of the same request does not buy twice.
  const key = `journey-${randomUUID()}`;
  const order = (await newcomer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, { productId: product.id, quantity: 2, code: rec.code, key })).placeOrder;
  const retried = (await newcomer.ok<{ placeOrder: OrderView }>(PLACE_ORDER, { productId: product.id, quantity: 2, code: rec.code, key })).placeOrder;
  expect(retried.id).toBe(order.id);
  expect(order).toMatchObject({ status: 'PLACED', totalMinor: 25600, recommendation: { id: rec.id } });

  // Before receiving it they cannot recommend it.
  const tooEarly = await newcomer.request(POST_REC, { productId: product.id, stars: 5, text: 'Looks great so far, can not wait.' });
  expect(tooEarly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  // It arrives; they confirm receipt and say the recommendation held up.
  server.clock.advance(2 * 24 * 3600 * 1000);
  const received = (await newcomer.ok<{ confirmReceipt: OrderView }>(CONFIRM_RECEIPT, { orderId: order.id })).confirmReceipt;
  expect(received.status).toBe('DELIVERED');
  const trustBefore = await recommenderTrust(newcomer);
  const verdict = await newcomer.ok<{ rateRecommendation: { trustEvent: { delta: number; after: number; textEn: string; member: { id: string } } } }>(RATE, {
    orderId: order.id,
    stars: 5,
    heldUp: true,
    comment: 'Exactly as described.',
  });
  const event = verdict.rateRecommendation.trustEvent;
  expect(event.member.id).toBe(recommender.id);
  expect(event.delta).toBeGreaterThan(0);
  expect(event.textEn).toContain(handle);
  const trustAfter = await recommenderTrust(newcomer);
  expect(trustAfter).toBeGreaterThan(trustBefore);
  expect(trustAfter).toBeCloseTo(event.after, 1);

  // Now they recommend the product themselves; it shows in their pocket shop and on the product.
  const own = (
    await newcomer.ok<{ postRecommendation: RecView }>(POST_REC, { productId: product.id, stars: 4, text: 'Good mushrooms; pricey, but worth it for a special dinner.' })
  ).postRecommendation;
  expect(own.author.id).toBe(signUp.member.id);
  const shop = await new ApiClient(server.url).ok<{ memberRecommendations: { edges: { node: { id: string } }[] } }>(
    `query ($handle: String!) { memberRecommendations(handle: $handle) { edges { node { id } } } }`,
    { handle },
  );
  expect(shop.memberRecommendations.edges.map((e) => e.node.id)).toEqual([own.id]);
  const onProduct = await new ApiClient(server.url).ok<{ productRecommendations: { edges: { node: { id: string } }[] } }>(
    `query ($id: ID!) { productRecommendations(productId: $id) { edges { node { id } } } }`,
    { id: product.id },
  );
  expect(onProduct.productRecommendations.edges.map((e) => e.node.id).sort()).toEqual([own.id, rec.id].sort());
});

async function recommenderTrust(api: ApiClient): Promise<number> {
  const data = await api.ok<{ member: { trust: { score: number } } }>(`query ($id: ID!) { member(id: $id) { trust { score } } }`, { id: recommender.id });
  return data.member.trust.score;
}
