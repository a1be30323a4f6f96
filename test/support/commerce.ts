// Helpers for the orders, recommendations and feedback integration tests: the GraphQL
// operations they send, short paths to "a member who received this product" and "a member who
// recommends it", and `footprint`, which tells whether a refused mutation wrote anything.
import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import type { Graph } from '../../graph/graph';
import type { ApiClient } from './graphql-client';
import { createMember, type TestMember } from './factories';

export const ORDER_FIELDS = `
  id status quantity unitPriceMinor totalMinor currency commissionRateBps
  placedAt deliveredAt refundedAt refundableUntil ratableUntil
  buyer { id handle } product { id title } recommendation { id code } resharer { id handle }
  history { status at by { handle } reason }
  feedback { id stars heldUp }`;

export const REC_FIELDS = `
  id code shareUrl stars text createdAt updatedAt revision
  author { id handle } product { id }
  revisions { revision stars text at }`;

export const PLACE_ORDER = `
  mutation Place($productId: ID!, $quantity: Int!, $code: String, $resharer: String, $key: String!) {
    placeOrder(productId: $productId, quantity: $quantity, recommendationCode: $code, resharerHandle: $resharer, idempotencyKey: $key) {
      ${ORDER_FIELDS}
    }
  }`;
/** A delivery address in China's form, valid for checkout. */
export const CN_ADDRESS = { recipientName: 'Test Buyer', phone: '13800138000', country: 'CN', region: '浙江省', city: '杭州市', district: '西湖区', street: '文三路 1 号' };

/** Gives `member` a delivery address through the API (the web app's Buy asks for one); its id. */
export async function addDeliveryAddress(member: TestMember): Promise<string> {
  const { addDeliveryAddress: added } = await member.api.ok<{ addDeliveryAddress: { id: string } }>(
    'mutation ($input: DeliveryAddressInput!) { addDeliveryAddress(input: $input) { id } }',
    { input: CN_ADDRESS },
  );
  return added.id;
}

export const MARK_DELIVERED = `mutation ($orderId: ID!) { markOrderDelivered(orderId: $orderId) { ${ORDER_FIELDS} } }`;
export const CONFIRM_RECEIPT = `mutation ($orderId: ID!) { confirmReceipt(orderId: $orderId) { ${ORDER_FIELDS} } }`;
export const REFUND = `mutation ($orderId: ID!, $reason: String!) { refundOrder(orderId: $orderId, reason: $reason) { ${ORDER_FIELDS} } }`;
export const POST_REC = `
  mutation ($productId: ID!, $stars: Int!, $text: String!) {
    postRecommendation(productId: $productId, stars: $stars, text: $text) { ${REC_FIELDS} }
  }`;
export const EDIT_REC = `
  mutation ($id: ID!, $stars: Int, $text: String) { editRecommendation(id: $id, stars: $stars, text: $text) { ${REC_FIELDS} } }`;
export const RATE = `
  mutation ($orderId: ID!, $stars: Int!, $heldUp: Boolean!, $comment: String) {
    rateRecommendation(orderId: $orderId, stars: $stars, heldUp: $heldUp, comment: $comment) {
      feedback { id stars heldUp comment createdAt rater { id } recommendation { id } }
      trustEvent { id cause before after delta textEn textZh at member { id handle } }
    }
  }`;

export interface OrderView {
  id: string;
  status: 'PLACED' | 'DELIVERED' | 'REFUNDED';
  quantity: number;
  unitPriceMinor: number;
  totalMinor: number;
  currency: string;
  commissionRateBps: number;
  placedAt: string;
  deliveredAt: string | null;
  refundedAt: string | null;
  refundableUntil: string | null;
  ratableUntil: string | null;
  buyer: { id: string; handle: string };
  product: { id: string; title: string };
  recommendation: { id: string; code: string } | null;
  resharer: { id: string; handle: string } | null;
  history: { status: string; at: string; by: { handle: string } | null; reason: string | null }[];
  feedback: { id: string; stars: number; heldUp: boolean } | null;
}

export interface RecView {
  id: string;
  code: string;
  shareUrl: string;
  stars: number;
  text: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
  author: { id: string; handle: string };
  product: { id: string };
  revisions: { revision: number; stars: number; text: string; at: string }[];
}

export const newKey = () => `key-${randomUUID()}`;

export async function placeOrder(
  api: ApiClient,
  productId: string,
  opts: { quantity?: number; code?: string | null; resharer?: string | null; key?: string } = {},
): Promise<OrderView> {
  const data = await api.ok<{ placeOrder: OrderView }>(PLACE_ORDER, {
    productId,
    quantity: opts.quantity ?? 1,
    code: opts.code ?? null,
    resharer: opts.resharer ?? null,
    key: opts.key ?? newKey(),
  });
  return data.placeOrder;
}

/** The buyer places an order and the supplier marks it delivered. */
export async function receivedOrder(buyer: TestMember, supplier: TestMember, productId: string, code?: string): Promise<OrderView> {
  const order = await placeOrder(buyer.api, productId, { code });
  return (await supplier.api.ok<{ markOrderDelivered: OrderView }>(MARK_DELIVERED, { orderId: order.id })).markOrderDelivered;
}

export const REC_TEXT = 'Arrived fresh, tasted exactly as described; would buy again.';

/** A member who bought and received the product, then recommended it. */
export async function recommend(author: TestMember, supplier: TestMember, productId: string, stars = 5): Promise<RecView> {
  await receivedOrder(author, supplier, productId);
  return (await author.api.ok<{ postRecommendation: RecView }>(POST_REC, { productId, stars, text: REC_TEXT })).postRecommendation;
}

/**
 * Everything within three relationships of these members and products: each node's labels,
 * properties and degree, sorted. Equal before and after a refused mutation means it wrote
 * nothing there: no node, no relationship, no property (trust scores included).
 */
export async function footprint(graph: Graph, ids: string[]): Promise<string[]> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      // Ring by ring, each deduplicated: the same nodes as (n)-[*1..3]-(m), without enumerating
      // every path through a busy product or supplier (thousands once a file has made orders).
      `MATCH (n) WHERE (n:Member OR n:Product) AND n.id IN $ids
       WITH collect(DISTINCT n) AS ring0
       CALL (ring0) { UNWIND ring0 AS a MATCH (a)--(b) RETURN collect(DISTINCT b) AS ring1 }
       CALL (ring1) { UNWIND ring1 AS a MATCH (a)--(b) RETURN collect(DISTINCT b) AS ring2 }
       CALL (ring2) { UNWIND ring2 AS a MATCH (a)--(b) RETURN collect(DISTINCT b) AS ring3 }
       UNWIND ring0 + ring1 + ring2 + ring3 AS x
       WITH DISTINCT x
       RETURN labels(x) AS labels, properties(x) AS props, COUNT { (x)--() } AS degree`,
      { ids },
    );
    return result.records
      .map((r) => {
        // A session's last-use stamp is the request's own bookkeeping (the idle-session cap),
        // written whatever the mutation does, so it is not part of what a mutation wrote.
        const { lastSeenAt: _lastSeenAt, ...props } = r.get('props') as Record<string, unknown>;
        const sorted = Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));
        return JSON.stringify([[...(r.get('labels') as string[])].sort(), sorted, r.get('degree')]);
      })
      .sort();
  });
}

/** Runs a request that must fail with `code` and asserts the footprint of `ids` did not change. */
export async function expectRefusedWithoutWrites(
  graph: Graph,
  ids: string[],
  request: () => Promise<{ errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown }>,
  code: string,
  message?: RegExp | string,
): Promise<void> {
  const before = await footprint(graph, ids);
  const res = await request();
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  if (message !== undefined) expect(res.errors?.[0]?.message).toMatch(message);
  expect(await footprint(graph, ids)).toEqual(before);
}

/**
 * Gives an author's record vouched evidence, as the boards require (docs/trust-model.md): `times`
 * verified members of a month's standing (past the probation week) each buy through `rec`, the
 * supplier ships, and they say it held up. Two ¥59 verdicts from verified buyers are 1.3 full
 * verdicts, past minVouchedEvidence. Returns the buyers, for cleanup through the factory.
 */
export async function vouchFor(
  graph: Graph,
  baseUrl: string,
  supplier: TestMember,
  productId: string,
  rec: { code: string },
  opts: { times?: number; now: Date },
): Promise<TestMember[]> {
  const buyers: TestMember[] = [];
  for (let k = 0; k < (opts.times ?? 2); k++) {
    const buyer = await createMember(graph, baseUrl, { verified: true, now: new Date(opts.now.getTime() - 30 * 86_400_000) });
    const order = await receivedOrder(buyer, supplier, productId, rec.code);
    await buyer.api.ok(RATE, { orderId: order.id, stars: 5, heldUp: true, comment: null });
    buyers.push(buyer);
  }
  return buyers;
}
