// Orders through the GraphQL API: placing (idempotent, attribution, re-share), delivery by the
// supplier or the buyer, refunds within the window, the lists, and the auto-confirm job. Every
// refusal also checks that nothing was written.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import {
  CONFIRM_RECEIPT,
  expectRefusedWithoutWrites,
  MARK_DELIVERED,
  newKey,
  ORDER_FIELDS,
  PLACE_ORDER,
  placeOrder,
  receivedOrder,
  recommend,
  REFUND,
  type OrderView,
} from '../support/commerce';
import { autoConfirmOrders, describeAutoConfirm } from '../../server/jobs/auto-confirm';
import { pastReshareStep } from '../support/privileges';
import { AUTO_CONFIRM_AFTER_DAYS, DAY_MS, REFUND_WINDOW_DAYS } from '../../server/domain/order-policy';

// This file's clock starts a year before the other integration files' (2026-06-01), so the
// auto-confirm job it runs (which scans the whole database) never reaches their orders.
const START = new Date('2025-03-01T08:00:00Z');

let server: TestServer;
let supplier: TestMember;
let otherSupplier: TestMember;
let buyer: TestMember;
let stranger: TestMember;
let admin: TestMember;
let product: TestProduct;
const anonymous = () => new ApiClient(server.url);
const member = (roles: ('MEMBER' | 'SUPPLIER' | 'ADMIN')[] = ['MEMBER']) => createMember(server.graph, server.url, { roles, now: START });

beforeAll(async () => {
  server = await startTestServer(START);
  supplier = await member(['MEMBER', 'SUPPLIER']);
  otherSupplier = await member(['MEMBER', 'SUPPLIER']);
  buyer = await member();
  stranger = await member();
  admin = await member(['MEMBER', 'ADMIN']);
  product = await createProduct(server.graph, supplier.id, { priceMinor: 5900, commissionRateBps: 1200 });
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const placeVars = (over: Record<string, unknown> = {}) => ({ productId: product.id, quantity: 1, code: null, resharer: null, key: newKey(), ...over });

describe('placeOrder', () => {
  test('copies price, currency and commission rate from the product and starts the history', async () => {
    const order = await placeOrder(buyer.api, product.id, { quantity: 3 });
    expect(order).toMatchObject({
      status: 'PLACED',
      quantity: 3,
      unitPriceMinor: 5900,
      totalMinor: 17700,
      currency: 'CNY',
      commissionRateBps: 1200,
      placedAt: server.clock.now().toISOString(),
      deliveredAt: null,
      refundedAt: null,
      refundableUntil: null,
      buyer: { id: buyer.id },
      product: { id: product.id },
      recommendation: null,
      resharer: null,
      feedback: null,
    });
    expect(order.history).toEqual([{ status: 'PLACED', at: order.placedAt, by: { handle: buyer.handle }, reason: null }]);
    // Money, counts and times are stored as integers (docs/data-model.md), never floats.
    const types = await server.graph.read(async (tx) =>
      (
        await tx.run(
          `MATCH (o:Order {id: $id})-[:HAD_STATUS]->(c)
           RETURN [valueType(o.totalMinor), valueType(o.unitPriceMinor), valueType(o.quantity), valueType(o.placedAt), valueType(c.at)] AS types`,
          { id: order.id },
        )
      ).records[0]!.get('types'),
    );
    expect(new Set(types)).toEqual(new Set(['INTEGER NOT NULL']));

    // A later price change does not touch an order already placed.
    await server.graph.write((tx) => tx.run('MATCH (p:Product {id: $id}) SET p.priceMinor = 9900', { id: product.id }));
    try {
      const again = await buyer.api.ok<{ order: OrderView }>(`query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, { id: order.id });
      expect(again.order.unitPriceMinor).toBe(5900);
      expect(again.order.totalMinor).toBe(17700);
    } finally {
      await server.graph.write((tx) => tx.run('MATCH (p:Product {id: $id}) SET p.priceMinor = 5900', { id: product.id }));
    }
  });

  test('a retry with the same key and body returns the same order; nothing new is written', async () => {
    const vars = placeVars({ quantity: 2 });
    const first = (await buyer.api.ok<{ placeOrder: OrderView }>(PLACE_ORDER, vars)).placeOrder;
    const before = await countOrders(buyer.id);
    const retry = (await buyer.api.ok<{ placeOrder: OrderView }>(PLACE_ORDER, vars)).placeOrder;
    expect(retry.id).toBe(first.id);
    expect(retry.history).toHaveLength(1);
    expect(await countOrders(buyer.id)).toBe(before);
    // Concurrent retries also end with one order.
    const racing = placeVars();
    const results = await Promise.all([1, 2, 3].map(() => buyer.api.ok<{ placeOrder: OrderView }>(PLACE_ORDER, racing)));
    expect(new Set(results.map((r) => r.placeOrder.id)).size).toBe(1);
    expect(await countOrders(buyer.id)).toBe(before + 1);
  });

  test('the key is scoped to the buyer: another buyer may use the same key', async () => {
    const key = newKey();
    const mine = await placeOrder(buyer.api, product.id, { key });
    const theirs = await placeOrder(stranger.api, product.id, { key });
    expect(theirs.id).not.toBe(mine.id);
    expect(theirs.buyer.id).toBe(stranger.id);
  });

  test('the same key with a different body is CONFLICT and writes nothing', async () => {
    const vars = placeVars();
    await buyer.api.ok(PLACE_ORDER, vars);
    await expectRefusedWithoutWrites(server.graph, [buyer.id, product.id], () => buyer.api.request(PLACE_ORDER, { ...vars, quantity: 2 }), 'CONFLICT', /already used/);
  });

  test('anonymous is UNAUTHENTICATED and writes nothing', async () => {
    await expectRefusedWithoutWrites(server.graph, [product.id], () => anonymous().request(PLACE_ORDER, placeVars()), 'UNAUTHENTICATED');
  });

  test.each([
    ['quantity 0', { quantity: 0 }],
    ['quantity 100', { quantity: 100 }],
    ['a key of 7 characters', { key: 'short-k' }],
    ['a key of 101 characters', { key: 'k'.repeat(101) }],
    ['a key with a space', { key: 'has a space' }],
    ['an invalid product id', { productId: 'not an id!' }],
    ['a malformed recommendation code', { code: 'no/such code' }],
  ])('bad input (%s) is BAD_USER_INPUT and writes nothing', async (_name, over) => {
    await expectRefusedWithoutWrites(server.graph, [buyer.id, product.id], () => buyer.api.request(PLACE_ORDER, placeVars(over)), 'BAD_USER_INPUT');
  });

  test('an unknown product is NOT_FOUND', async () => {
    await expectRefusedWithoutWrites(
      server.graph,
      [buyer.id],
      () => buyer.api.request(PLACE_ORDER, placeVars({ productId: '00000000-0000-4000-8000-000000000000' })),
      'NOT_FOUND',
    );
  });

  test('a total beyond a safe integer is BAD_USER_INPUT', async () => {
    const pricey = await createProduct(server.graph, supplier.id, { priceMinor: Math.floor(Number.MAX_SAFE_INTEGER / 50) });
    await expectRefusedWithoutWrites(
      server.graph,
      [buyer.id, pricey.id],
      () => buyer.api.request(PLACE_ORDER, placeVars({ productId: pricey.id, quantity: 60 })),
      'BAD_USER_INPUT',
      /too large/,
    );
  });

  describe('through a recommendation', () => {
    let author: TestMember;
    let code: string;
    beforeAll(async () => {
      author = await member();
      code = (await recommend(author, supplier, product.id)).code;
    });

    test('records the recommendation (code case-insensitive) and a re-sharer', async () => {
      const resharer = await member();
      await pastReshareStep(server.graph, resharer, server.clock.now());
      const order = await placeOrder(buyer.api, product.id, { code: code.toLowerCase(), resharer: `@${resharer.handle.toUpperCase()}` });
      expect(order.recommendation?.code).toBe(code);
      expect(order.resharer?.id).toBe(resharer.id);
      expect(order.ratableUntil).toBeNull(); // not delivered yet
    });

    test('a re-sharer who is the author or the buyer is accepted but not recorded', async () => {
      const viaAuthor = await placeOrder(buyer.api, product.id, { code, resharer: author.handle });
      expect(viaAuthor.recommendation?.code).toBe(code);
      expect(viaAuthor.resharer).toBeNull();
      const viaSelf = await placeOrder(buyer.api, product.id, { code, resharer: buyer.handle });
      expect(viaSelf.resharer).toBeNull();
    });

    test('buying through your own recommendation is allowed', async () => {
      const own = await placeOrder(author.api, product.id, { code });
      expect(own.recommendation?.code).toBe(code);
    });

    test('an unknown code, a code of another product, an unknown re-sharer or a re-sharer without code are BAD_USER_INPUT; nothing written', async () => {
      const elsewhere = await createProduct(server.graph, supplier.id);
      const ids = [buyer.id, product.id, elsewhere.id, author.id];
      const refuse = (over: Record<string, unknown>, message: RegExp) =>
        expectRefusedWithoutWrites(server.graph, ids, () => buyer.api.request(PLACE_ORDER, placeVars(over)), 'BAD_USER_INPUT', message);
      await refuse({ code: 'ZZZZZZZZ' }, /^No recommendation has this code\.$/);
      await refuse({ productId: elsewhere.id, code }, /^This recommendation is for another product\.$/);
      await refuse({ code, resharer: 'nobody_here_xyz' }, /^No member has this handle\.$/);
      await refuse({ resharer: author.handle }, /^A re-share needs the recommendation code it shared\.$/);
    });
  });
});

describe('delivery', () => {
  test('the supplier marks an order delivered', async () => {
    const order = await placeOrder(buyer.api, product.id);
    server.clock.advance(60_000);
    const delivered = (await supplier.api.ok<{ markOrderDelivered: OrderView }>(MARK_DELIVERED, { orderId: order.id })).markOrderDelivered;
    expect(delivered.status).toBe('DELIVERED');
    expect(delivered.deliveredAt).toBe(server.clock.now().toISOString());
    expect(delivered.refundableUntil).toBe(new Date(server.clock.now().getTime() + REFUND_WINDOW_DAYS * DAY_MS).toISOString());
    expect(delivered.history.map((h) => [h.status, h.by?.handle])).toEqual([
      ['PLACED', buyer.handle],
      ['DELIVERED', supplier.handle],
    ]);
  });

  test('the buyer confirms receipt', async () => {
    const order = await placeOrder(buyer.api, product.id);
    const confirmed = (await buyer.api.ok<{ confirmReceipt: OrderView }>(CONFIRM_RECEIPT, { orderId: order.id })).confirmReceipt;
    expect(confirmed.status).toBe('DELIVERED');
    expect(confirmed.history.at(-1)).toMatchObject({ status: 'DELIVERED', by: { handle: buyer.handle } });
  });

  test('markOrderDelivered refusals write nothing', async () => {
    const order = await placeOrder(buyer.api, product.id);
    const ids = [buyer.id, product.id];
    const vars = { orderId: order.id };
    await expectRefusedWithoutWrites(server.graph, ids, () => anonymous().request(MARK_DELIVERED, vars), 'UNAUTHENTICATED');
    await expectRefusedWithoutWrites(server.graph, ids, () => buyer.api.request(MARK_DELIVERED, vars), 'FORBIDDEN', /Only suppliers/);
    await expectRefusedWithoutWrites(server.graph, ids, () => otherSupplier.api.request(MARK_DELIVERED, vars), 'FORBIDDEN', /supplier of this product/);
    await expectRefusedWithoutWrites(server.graph, ids, () => supplier.api.request(MARK_DELIVERED, { orderId: 'no-such-order' }), 'NOT_FOUND');
    await supplier.api.ok(MARK_DELIVERED, vars);
    await expectRefusedWithoutWrites(server.graph, ids, () => supplier.api.request(MARK_DELIVERED, vars), 'CONFLICT', /already been delivered/);
    await expectRefusedWithoutWrites(server.graph, ids, () => buyer.api.request(CONFIRM_RECEIPT, vars), 'CONFLICT');
  });

  test('confirmReceipt refusals write nothing', async () => {
    const order = await placeOrder(buyer.api, product.id);
    const ids = [buyer.id, product.id];
    const vars = { orderId: order.id };
    await expectRefusedWithoutWrites(server.graph, ids, () => anonymous().request(CONFIRM_RECEIPT, vars), 'UNAUTHENTICATED');
    await expectRefusedWithoutWrites(server.graph, ids, () => stranger.api.request(CONFIRM_RECEIPT, vars), 'FORBIDDEN', /Only the buyer/);
    await expectRefusedWithoutWrites(server.graph, ids, () => supplier.api.request(CONFIRM_RECEIPT, vars), 'FORBIDDEN');
    await expectRefusedWithoutWrites(server.graph, ids, () => buyer.api.request(CONFIRM_RECEIPT, { orderId: 'bad id!' }), 'BAD_USER_INPUT');
    await supplier.api.ok(REFUND, { ...vars, reason: 'Out of stock' });
    await expectRefusedWithoutWrites(server.graph, ids, () => buyer.api.request(CONFIRM_RECEIPT, vars), 'CONFLICT', /refunded/);
  });
});

describe('refunds', () => {
  test('from PLACED, with the reason kept in the history', async () => {
    const order = await placeOrder(buyer.api, product.id);
    const refunded = (await supplier.api.ok<{ refundOrder: OrderView }>(REFUND, { orderId: order.id, reason: '  Out of stock  ' })).refundOrder;
    expect(refunded.status).toBe('REFUNDED');
    expect(refunded.refundedAt).toBe(server.clock.now().toISOString());
    expect(refunded.history.at(-1)).toEqual({ status: 'REFUNDED', at: refunded.refundedAt, by: { handle: supplier.handle }, reason: 'Out of stock' });
  });

  test(`from DELIVERED within ${REFUND_WINDOW_DAYS} days of delivery, not after`, async () => {
    const early = await receivedOrder(buyer, supplier, product.id);
    const late = await receivedOrder(buyer, supplier, product.id);
    server.clock.advance(REFUND_WINDOW_DAYS * DAY_MS);
    const refunded = (await supplier.api.ok<{ refundOrder: OrderView }>(REFUND, { orderId: early.id, reason: 'Damaged in transit' })).refundOrder;
    expect(refunded.status).toBe('REFUNDED');
    server.clock.advance(1);
    await expectRefusedWithoutWrites(
      server.graph,
      [buyer.id, product.id],
      () => supplier.api.request(REFUND, { orderId: late.id, reason: 'Damaged in transit' }),
      'FORBIDDEN',
      /refund window of this order closed on \d{4}-\d{2}-\d{2}/,
    );
  });

  test('refusals write nothing', async () => {
    const order = await placeOrder(buyer.api, product.id);
    const ids = [buyer.id, product.id];
    const vars = { orderId: order.id, reason: 'Customer asked' };
    await expectRefusedWithoutWrites(server.graph, ids, () => anonymous().request(REFUND, vars), 'UNAUTHENTICATED');
    await expectRefusedWithoutWrites(server.graph, ids, () => buyer.api.request(REFUND, vars), 'FORBIDDEN', /Only suppliers/);
    await expectRefusedWithoutWrites(server.graph, ids, () => otherSupplier.api.request(REFUND, vars), 'FORBIDDEN');
    await expectRefusedWithoutWrites(server.graph, ids, () => supplier.api.request(REFUND, { ...vars, reason: ' x ' }), 'BAD_USER_INPUT', /^Reason must be at least 3 characters\.$/);
    await expectRefusedWithoutWrites(server.graph, ids, () => supplier.api.request(REFUND, { ...vars, reason: 'r'.repeat(501) }), 'BAD_USER_INPUT');
    await expectRefusedWithoutWrites(server.graph, ids, () => supplier.api.request(REFUND, { ...vars, orderId: 'missing' }), 'NOT_FOUND');
    await supplier.api.ok(REFUND, vars);
    await expectRefusedWithoutWrites(server.graph, ids, () => supplier.api.request(REFUND, vars), 'CONFLICT', /already been refunded/);
    await expectRefusedWithoutWrites(server.graph, ids, () => supplier.api.request(MARK_DELIVERED, { orderId: order.id }), 'CONFLICT');
  });

  test('refunding an attributed order records a REFUND trust event for the recommender in the same transaction', async () => {
    const author = await member();
    const rec = await recommend(author, supplier, product.id);
    const order = await placeOrder(buyer.api, product.id, { code: rec.code });
    const scoreBefore = await trustScore(author.id);
    await supplier.api.ok(REFUND, { orderId: order.id, reason: 'Not as described' });
    const events = await trustEvents(order.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ memberId: author.id, cause: 'REFUND', orderId: order.id });
    expect(events[0]!.delta).toBeLessThan(0);
    expect(await trustScore(author.id)).toBeCloseTo(events[0]!.after, 10);
    expect(events[0]!.after).toBeLessThan(scoreBefore);

    // An order through your own recommendation, or through none, moves no trust when refunded.
    const own = await placeOrder(author.api, product.id, { code: rec.code });
    await supplier.api.ok(REFUND, { orderId: own.id, reason: 'Not as described' });
    expect(await trustEvents(own.id)).toEqual([]);
    const plain = await placeOrder(buyer.api, product.id);
    await supplier.api.ok(REFUND, { orderId: plain.id, reason: 'Not as described' });
    expect(await trustEvents(plain.id)).toEqual([]);
  });
});

describe('reading orders', () => {
  const ORDER = `query ($id: ID!) { order(id: $id) { id status } }`;

  test('the buyer, the supplier and admins see an order; others are refused', async () => {
    const order = await placeOrder(buyer.api, product.id);
    for (const who of [buyer, supplier, admin]) {
      expect((await who.api.ok<{ order: { id: string } }>(ORDER, { id: order.id })).order.id).toBe(order.id);
    }
    expect(await stranger.api.errorCode(ORDER, { id: order.id })).toBe('FORBIDDEN');
    expect(await otherSupplier.api.errorCode(ORDER, { id: order.id })).toBe('FORBIDDEN');
    expect(await anonymous().errorCode(ORDER, { id: order.id })).toBe('UNAUTHENTICATED');
    expect((await buyer.api.ok<{ order: null }>(ORDER, { id: 'no-such-order' })).order).toBeNull();
  });

  test('myOrders pages newest first and filters by status', async () => {
    const shopper = await member();
    const placed: OrderView[] = [];
    for (let i = 0; i < 5; i++) {
      placed.push(await placeOrder(shopper.api, product.id));
      server.clock.advance(1000);
    }
    await shopper.api.ok(CONFIRM_RECEIPT, { orderId: placed[1]!.id });
    const MY = `query ($first: Int, $after: String, $status: OrderStatus) {
      myOrders(first: $first, after: $after, status: $status) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { myOrders: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const page1 = (await shopper.api.ok<Page>(MY, { first: 3 })).myOrders;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await shopper.api.ok<Page>(MY, { first: 3, after: page1.pageInfo.endCursor })).myOrders;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.edges, ...page2.edges].map((e) => e.node.id)).toEqual(placed.map((o) => o.id).reverse());
    const delivered = (await shopper.api.ok<Page>(MY, { status: 'DELIVERED' })).myOrders;
    expect(delivered.edges.map((e) => e.node.id)).toEqual([placed[1]!.id]);
    expect(await shopper.api.errorCode(MY, { after: 'garbage' })).toBe('BAD_USER_INPUT');
    expect(await shopper.api.errorCode(MY, { first: 101 })).toBe('BAD_USER_INPUT');
    expect(await anonymous().errorCode(MY)).toBe('UNAUTHENTICATED');
  });

  test("supplierOrders lists only the supplier's own products' orders; suppliers only", async () => {
    const theirProduct = await createProduct(server.graph, otherSupplier.id);
    const mine = await placeOrder(buyer.api, product.id);
    const theirs = await placeOrder(buyer.api, theirProduct.id);
    const SUPPLIER = `query { supplierOrders(first: 100, status: PLACED) { edges { node { id product { id } buyer { id } } } } }`;
    type Page = { supplierOrders: { edges: { node: { id: string; product: { id: string } } }[] } };
    const listed = (await otherSupplier.api.ok<Page>(SUPPLIER)).supplierOrders.edges.map((e) => e.node);
    expect(listed.map((o) => o.id)).toContain(theirs.id);
    expect(listed.map((o) => o.id)).not.toContain(mine.id);
    expect(listed.every((o) => o.product.id === theirProduct.id)).toBe(true);
    expect(await buyer.api.errorCode(SUPPLIER)).toBe('FORBIDDEN');
    expect(await anonymous().errorCode(SUPPLIER)).toBe('UNAUTHENTICATED');
  });
});

describe('the auto-confirm job', () => {
  test(`marks orders still PLACED ${AUTO_CONFIRM_AFTER_DAYS} days after placement DELIVERED, in batches, once`, async () => {
    const shopper = await member();
    const due = [await placeOrder(shopper.api, product.id), await placeOrder(shopper.api, product.id), await placeOrder(shopper.api, product.id)];
    const refunded = await placeOrder(shopper.api, product.id);
    await supplier.api.ok(REFUND, { orderId: refunded.id, reason: 'Out of stock' });
    server.clock.advance(DAY_MS);
    const young = await placeOrder(shopper.api, product.id);

    server.clock.advance(AUTO_CONFIRM_AFTER_DAYS * DAY_MS - DAY_MS - 1);
    const tooEarly = await autoConfirmOrders(server.graph, server.clock);
    expect(await statusOf(due[0]!.id)).toBe('PLACED');
    expect(tooEarly.cutoff.getTime()).toBeLessThan(Date.parse(due[0]!.placedAt));

    server.clock.advance(1);
    const run = await autoConfirmOrders(server.graph, server.clock, { batchSize: 2 });
    expect(run.confirmed).toBeGreaterThanOrEqual(3);
    expect(run.batches).toBeGreaterThanOrEqual(2);
    expect(describeAutoConfirm(run)).toMatch(/marked delivered/);
    for (const order of due) {
      const view = (await shopper.api.ok<{ order: OrderView }>(`query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, { id: order.id })).order;
      expect(view.status).toBe('DELIVERED');
      expect(view.deliveredAt).toBe(server.clock.now().toISOString());
      expect(view.history.at(-1)).toMatchObject({ status: 'DELIVERED', by: null, reason: expect.stringMatching(/automatically/) });
    }
    expect(await statusOf(refunded.id)).toBe('REFUNDED');
    expect(await statusOf(young.id)).toBe('PLACED');

    const again = await autoConfirmOrders(server.graph, server.clock);
    expect(again.confirmed).toBe(0);
    expect(await historyLength(due[0]!.id)).toBe(2);
  });
});

async function countOrders(buyerId: string): Promise<number> {
  return server.graph.read(async (tx) => {
    const r = await tx.run('MATCH (:Member {id: $buyerId})-[:PLACED]->(o:Order) RETURN count(o) AS n', { buyerId });
    return r.records[0]!.get('n') as number;
  });
}

async function statusOf(orderId: string): Promise<string> {
  return server.graph.read(async (tx) => (await tx.run('MATCH (o:Order {id: $orderId}) RETURN o.status AS s', { orderId })).records[0]!.get('s') as string);
}

async function historyLength(orderId: string): Promise<number> {
  return server.graph.read(
    async (tx) => (await tx.run('MATCH (:Order {id: $orderId})-[:HAD_STATUS]->(c) RETURN count(c) AS n', { orderId })).records[0]!.get('n') as number,
  );
}

async function trustScore(memberId: string): Promise<number> {
  return server.graph.read(async (tx) => (await tx.run('MATCH (m:Member {id: $memberId}) RETURN m.trustScore AS s', { memberId })).records[0]!.get('s') as number);
}

async function trustEvents(orderId: string) {
  return server.graph.read(async (tx) => {
    const r = await tx.run(
      `MATCH (m:Member)-[:HAS_TRUST_EVENT]->(e:TrustEvent {orderId: $orderId})
       RETURN m.id AS memberId, e.cause AS cause, e.orderId AS orderId, e.delta AS delta, e.after AS after`,
      { orderId },
    );
    return r.records.map((x) => x.toObject() as { memberId: string; cause: string; orderId: string; delta: number; after: number });
  });
}
