// Bad input for orders: quantities out of range or not whole, idempotency keys that are not keys
// or that replay a different order, attribution that points nowhere, totals that overflow, and
// status moves by the wrong person or from the wrong state.
import { INJECTIONS, NUL, repeat, type ApiCase, type BadInputWorld } from './bad-input-kit';

const PLACE = `mutation ($productId: ID!, $quantity: Int!, $code: String, $resharer: String, $key: String!) {
  placeOrder(productId: $productId, quantity: $quantity, recommendationCode: $code, resharerHandle: $resharer, idempotencyKey: $key) { id }
}`;
const DELIVER = 'mutation ($id: ID!) { markOrderDelivered(orderId: $id) { id } }';
const CONFIRM = 'mutation ($id: ID!) { confirmReceipt(orderId: $id) { id } }';
const REFUND = 'mutation ($id: ID!, $reason: String!) { refundOrder(orderId: $id, reason: $reason) { id } }';
const ORDER = 'query ($id: ID!) { order(id: $id) { id } }';
const MY_ORDERS = 'query ($status: OrderStatus) { myOrders(status: $status) { edges { node { id } } } }';

let keys = 0;
const freshKey = () => `corpus-key-${(keys += 1)}-${Date.now()}`;
type Overrides = Record<string, unknown> | ((w: BadInputWorld) => Record<string, unknown>);
const place = (name: string, overrides: Overrides, code: ApiCase['code'] = 'BAD_USER_INPUT', as: ApiCase['as'] = 'member'): ApiCase => ({
  name: `placeOrder: ${name}`,
  as,
  query: PLACE,
  variables: (w) => ({
    productId: w.productId,
    quantity: 1,
    code: null,
    resharer: null,
    key: freshKey(),
    ...(typeof overrides === 'function' ? overrides(w) : overrides),
  }),
  code,
});
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export const orderCases: ApiCase[] = [
  // quantity 1–99, whole
  place('quantity 0', { quantity: 0 }),
  place('quantity -1', { quantity: -1 }),
  place('quantity 100', { quantity: 100 }),
  place('quantity 2^31', { quantity: 2 ** 31 }),
  place('quantity 2^53+1', { quantity: 2 ** 53 + 1 }),
  place('quantity 1e308', { quantity: 1e308 }),
  place('quantity 1.5', { quantity: 1.5 }),
  place('quantity "1"', { quantity: '1' }),
  place('quantity "NaN"', { quantity: 'NaN' }),
  place('quantity null', { quantity: null }),
  place('quantity a list', { quantity: [1] }),
  place('total over the largest safe amount', (w) => ({ productId: w.hugeProductId, quantity: 2 })),
  {
    name: 'placeOrder: quantity as a literal float',
    as: 'member',
    query: 'mutation ($p: ID!) { placeOrder(productId: $p, quantity: 1.0, idempotencyKey: "literal-float-key") { id } }',
    variables: (w) => ({ p: w.productId }),
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  // product
  place('unknown product', { productId: UNKNOWN_ID }, 'NOT_FOUND'),
  place('product id empty', { productId: '' }),
  place('product id Cypher', { productId: INJECTIONS.cypherQuote }),
  place('product id backticks', { productId: INJECTIONS.backticks }),
  place('product id null', { productId: null }),
  // idempotency key: 8–100 printable ASCII
  place('key of 7', { key: '1234567' }),
  place('key of 101', { key: repeat('k', 101) }),
  place('key empty', { key: '' }),
  place('key with a space', { key: 'my order key' }),
  place('key with NUL', { key: `key-key-${NUL}` }),
  place('key non-ASCII', { key: 'ключ-ключ-ключ' }),
  place('key of emoji', { key: '🔑🔑🔑🔑🔑🔑🔑🔑' }),
  place('key a number', { key: 12345678 }),
  // a key replayed with a different body is a conflict, never a second order
  place('replayed key, other quantity', (w) => ({ key: w.replayKey, code: w.recommendationCode, quantity: 2 }), 'CONFLICT'),
  place('replayed key, other product', (w) => ({ key: w.replayKey, productId: w.unreceivedProductId }), 'CONFLICT'),
  place('replayed key, no code', (w) => ({ key: w.replayKey }), 'CONFLICT'),
  place('replayed key, with a re-sharer', (w) => ({ key: w.replayKey, code: w.recommendationCode, resharer: w.authorHandle }), 'CONFLICT'),
  // attribution
  place('unknown recommendation code', { code: 'ZZZZZZZZ' }),
  place('code for another product', (w) => ({ code: w.otherProductCode })),
  place('code empty', { code: '' }),
  place('code with a hyphen', { code: 'ABCD-EFGH' }),
  place('code of 33', { code: repeat('A', 33) }),
  place('code Cypher', { code: INJECTIONS.cypherDetach }),
  place('re-sharer without a code', (w) => ({ resharer: w.authorHandle })),
  place('unknown re-sharer', (w) => ({ code: w.recommendationCode, resharer: 'nobody_by_this_name' })),
  place('re-sharer with a space', (w) => ({ code: w.recommendationCode, resharer: 'two words' })),
  place('re-sharer homoglyph', (w) => ({ code: w.recommendationCode, resharer: `\u0430${w.authorHandle.slice(1)}` })),
  place('anonymous', {}, 'UNAUTHENTICATED', 'anonymous'),
  // status moves
  { name: 'markOrderDelivered: unknown order', as: 'supplier', query: DELIVER, variables: { id: UNKNOWN_ID }, code: 'NOT_FOUND' },
  { name: 'markOrderDelivered: id malformed', as: 'supplier', query: DELIVER, variables: { id: 'x y' }, code: 'BAD_USER_INPUT' },
  { name: 'markOrderDelivered: a member', as: 'member', query: DELIVER, variables: (w) => ({ id: w.placedOrderId }), code: 'FORBIDDEN' },
  { name: 'markOrderDelivered: another supplier', as: 'otherSupplier', query: DELIVER, variables: (w) => ({ id: w.placedOrderId }), code: 'FORBIDDEN' },
  { name: 'markOrderDelivered: already delivered', as: 'supplier', query: DELIVER, variables: (w) => ({ id: w.ratableOrderId }), code: 'CONFLICT' },
  { name: 'confirmReceipt: not the buyer', as: 'other', query: CONFIRM, variables: (w) => ({ id: w.placedOrderId }), code: 'FORBIDDEN' },
  { name: 'confirmReceipt: already delivered', as: 'member', query: CONFIRM, variables: (w) => ({ id: w.plainDeliveredOrderId }), code: 'CONFLICT' },
  { name: 'confirmReceipt: unknown order', as: 'member', query: CONFIRM, variables: { id: UNKNOWN_ID }, code: 'NOT_FOUND' },
  { name: 'confirmReceipt: id 1 MB-ish', as: 'member', query: CONFIRM, variables: { id: repeat('9', 90_000) }, code: 'BAD_USER_INPUT' },
  { name: 'refundOrder: reason empty', as: 'supplier', query: REFUND, variables: (w) => ({ id: w.placedOrderId, reason: '' }), code: 'BAD_USER_INPUT' },
  { name: 'refundOrder: reason whitespace', as: 'supplier', query: REFUND, variables: (w) => ({ id: w.placedOrderId, reason: '     ' }), code: 'BAD_USER_INPUT' },
  { name: 'refundOrder: reason of 2', as: 'supplier', query: REFUND, variables: (w) => ({ id: w.placedOrderId, reason: 'no' }), code: 'BAD_USER_INPUT' },
  { name: 'refundOrder: reason 501', as: 'supplier', query: REFUND, variables: (w) => ({ id: w.placedOrderId, reason: repeat('r', 501) }), code: 'BAD_USER_INPUT' },
  { name: 'refundOrder: reason with NUL', as: 'supplier', query: REFUND, variables: (w) => ({ id: w.placedOrderId, reason: `broken ${NUL}` }), code: 'BAD_USER_INPUT' },
  { name: 'refundOrder: reason null', as: 'supplier', query: REFUND, variables: (w) => ({ id: w.placedOrderId, reason: null }), code: 'BAD_USER_INPUT' },
  { name: 'refundOrder: unknown order', as: 'supplier', query: REFUND, variables: { id: UNKNOWN_ID, reason: 'Out of stock' }, code: 'NOT_FOUND' },
  { name: 'refundOrder: another supplier', as: 'otherSupplier', query: REFUND, variables: (w) => ({ id: w.placedOrderId, reason: 'Out of stock' }), code: 'FORBIDDEN' },
  { name: 'refundOrder: the buyer', as: 'member', query: REFUND, variables: (w) => ({ id: w.placedOrderId, reason: 'Changed my mind' }), code: 'FORBIDDEN' },
  // reading
  { name: 'order: id malformed', as: 'member', query: ORDER, variables: { id: '<b>' }, code: 'BAD_USER_INPUT' },
  { name: 'order: someone else\'s', as: 'other', query: ORDER, variables: (w) => ({ id: w.placedOrderId }), code: 'FORBIDDEN' },
  { name: 'order: anonymous', as: 'anonymous', query: ORDER, variables: (w) => ({ id: w.placedOrderId }), code: 'UNAUTHENTICATED' },
  { name: 'myOrders: status not in the enum', as: 'member', query: MY_ORDERS, variables: { status: 'SHIPPED' }, code: 'BAD_USER_INPUT' },
  { name: 'myOrders: status lower case', as: 'member', query: MY_ORDERS, variables: { status: 'placed' }, code: 'BAD_USER_INPUT' },
  { name: 'myOrders: status a number', as: 'member', query: MY_ORDERS, variables: { status: 1 }, code: 'BAD_USER_INPUT' },
  { name: 'myOrders: status literal unknown', as: 'member', query: '{ myOrders(status: LOST) { edges { cursor } } }', code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'myOrders: status literal string', as: 'member', query: '{ myOrders(status: "PLACED") { edges { cursor } } }', code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'supplierOrders: a member', as: 'member', query: '{ supplierOrders { edges { cursor } } }', code: 'FORBIDDEN' },
  { name: 'supplierOrders: status unknown', as: 'supplier', query: 'query ($s: OrderStatus) { supplierOrders(status: $s) { edges { cursor } } }', variables: { s: 'CANCELLED' }, code: 'BAD_USER_INPUT' },
];
