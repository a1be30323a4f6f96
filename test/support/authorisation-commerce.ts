// Authorisation matrix, commerce: products, orders, recommendations and the buyer's verdict.
// Columns: anonymous, owner (the buyer or author), another member, supplier (of the product),
// another supplier, admin. Orders are private to buyer, supplier and admins; products and
// recommendations are public; the verdict belongs to the buyer alone.
import { randomUUID } from 'node:crypto';
import { createProduct, track } from './factories';
import { REC_TEXT, receivedOrder } from './commerce';
import { A, EVERYONE, F, H, SIGNED_IN, U, type Row, type World } from './authorisation-matrix';
import { freshMember, freshRecommendation, placedOrder, ratableOrder } from './authorisation-world';

/** A fresh PLACED order: its buyer plays the owner. Newest on every list (the clock moves a second). */
async function orderTarget(world: World) {
  world.server.clock.advance(1000);
  const { buyer, order } = await placedOrder(world);
  return { owner: buyer, watch: [buyer.id], target: order.id };
}

/** A recommendation shared by the public read rows of one world, made on first use. */
const shared = new WeakMap<World, ReturnType<typeof freshRecommendation>>();
const sharedRecommendation = (world: World) => {
  if (!shared.has(world)) shared.set(world, freshRecommendation(world));
  return shared.get(world)!;
};

const inList = (connection: { edges: { node: { id: string } }[] } | undefined, id: string | undefined) =>
  connection?.edges.find((e) => e.node.id === id);

export const productRows: Row[] = [
  {
    operation: 'Mutation.createProduct',
    document: `mutation { createProduct(input: { title: "Matrix tea", category: "tea", priceMinor: 1200, commissionRateBps: 500 }) { id } }`,
    expected: [U, F, F, A, A, F],
    // Made through the API, so registered for cleanup here.
    reveal: (d) => d?.createProduct && (track(d.createProduct.id), d.createProduct.id),
  },
  {
    operation: 'Mutation.updateProduct',
    document: 'mutation ($id: ID!) { updateProduct(input: { id: $id, title: "Renamed by the matrix" }) { title } }',
    expected: [U, F, F, A, F, F],
    prepare: async (world) => {
      const product = await createProduct(world.server.graph, world.members.supplier.id, { now: world.server.clock.now() });
      return { watch: [product.id], variables: { id: product.id } };
    },
    reveal: (d) => d?.updateProduct?.title,
  },
  {
    operation: 'Query.product',
    document: 'query ($id: ID!) { product(id: $id) { id supplier { id } } }',
    expected: EVERYONE,
    prepare: async (world) => ({ variables: { id: world.product.id } }),
    reveal: (d) => d?.product,
  },
  {
    operation: 'Query.products',
    document: 'query ($s: ID!) { products(supplierId: $s, first: 100) { edges { node { id } } } }',
    expected: EVERYONE,
    prepare: async (world) => ({ target: world.product.id, variables: { s: world.members.supplier.id } }),
    reveal: (d, attempt) => inList(d?.products, attempt.target),
  },
  { operation: 'Query.categories', document: '{ categories { category } }', expected: EVERYONE, reveal: (d) => d?.categories.length },
];

export const orderRows: Row[] = [
  {
    operation: 'Mutation.placeOrder',
    document: 'mutation ($p: ID!, $k: String!) { placeOrder(productId: $p, quantity: 1, idempotencyKey: $k) { id } }',
    expected: SIGNED_IN,
    prepare: async (world) => ({ variables: { p: world.product.id, k: `matrix-${randomUUID()}` } }),
    reveal: (d) => d?.placeOrder?.id,
  },
  {
    operation: 'Mutation.markOrderDelivered',
    document: 'mutation ($id: ID!) { markOrderDelivered(orderId: $id) { status } }',
    expected: [U, F, F, A, F, F],
    prepare: async (world) => {
      const t = await orderTarget(world);
      return { ...t, variables: { id: t.target } };
    },
    reveal: (d) => d?.markOrderDelivered?.status === 'DELIVERED',
  },
  {
    operation: 'Mutation.confirmReceipt',
    document: 'mutation ($id: ID!) { confirmReceipt(orderId: $id) { status } }',
    expected: [U, A, F, F, F, F],
    prepare: async (world) => {
      const t = await orderTarget(world);
      return { ...t, variables: { id: t.target } };
    },
    reveal: (d) => d?.confirmReceipt?.status === 'DELIVERED',
  },
  {
    operation: 'Mutation.refundOrder',
    document: 'mutation ($id: ID!) { refundOrder(orderId: $id, reason: "Matrix refund") { status } }',
    expected: [U, F, F, A, F, F],
    prepare: async (world) => {
      const t = await orderTarget(world);
      return { ...t, variables: { id: t.target } };
    },
    reveal: (d) => d?.refundOrder?.status === 'REFUNDED',
  },
  {
    operation: 'Query.order',
    document: 'query ($id: ID!) { order(id: $id) { id } }',
    expected: [U, A, F, A, F, A],
    prepare: async (world) => {
      const t = await orderTarget(world);
      return { ...t, variables: { id: t.target } };
    },
    reveal: (d) => d?.order,
  },
  {
    operation: 'Member.email (the buyer of an order, as those who may read the order see it)',
    document: 'query ($id: ID!) { order(id: $id) { buyer { email } } }',
    // The supplier ships the order but does not get the buyer's email.
    expected: [U, A, F, H, F, A],
    prepare: async (world) => {
      const t = await orderTarget(world);
      return { ...t, variables: { id: t.target } };
    },
    reveal: (d) => d?.order?.buyer.email,
  },
  {
    operation: 'Query.myOrders',
    document: '{ myOrders(first: 100) { edges { node { id } } } }',
    expected: [U, A, H, H, H, H],
    prepare: async (world) => ({ ...(await orderTarget(world)), variables: {} }),
    reveal: (d, attempt) => inList(d?.myOrders, attempt.target),
  },
  {
    operation: 'Query.supplierOrders',
    document: '{ supplierOrders(first: 100) { edges { node { id } } } }',
    expected: [U, F, F, A, H, F],
    prepare: async (world) => ({ ...(await orderTarget(world)), variables: {} }),
    reveal: (d, attempt) => inList(d?.supplierOrders, attempt.target),
  },
];

export const recommendationRows: Row[] = [
  {
    operation: 'Mutation.postRecommendation',
    document: 'mutation ($p: ID!, $t: String!) { postRecommendation(productId: $p, stars: 5, text: $t) { id } }',
    // First-hand only: nobody but a member whose order of it was delivered may recommend it.
    expected: [U, A, F, F, F, F],
    prepare: async (world) => {
      const buyer = await freshMember(world);
      await receivedOrder(buyer, world.members.supplier, world.product.id);
      return { owner: buyer, watch: [buyer.id], variables: { p: world.product.id, t: REC_TEXT } };
    },
    reveal: (d) => d?.postRecommendation?.id,
  },
  {
    operation: 'Mutation.editRecommendation',
    document: 'mutation ($id: ID!) { editRecommendation(id: $id, stars: 3) { stars } }',
    expected: [U, A, F, F, F, F],
    prepare: async (world) => {
      const { author, rec } = await freshRecommendation(world);
      return { owner: author, watch: [author.id], variables: { id: rec.id } };
    },
    reveal: (d) => d?.editRecommendation?.stars === 3,
  },
  {
    operation: 'Mutation.rateRecommendation',
    document: 'mutation ($id: ID!) { rateRecommendation(orderId: $id, stars: 5, heldUp: true) { feedback { id } } }',
    // The verdict is the buyer's alone: not the supplier's, not an admin's.
    expected: [U, A, F, F, F, F],
    prepare: async (world) => {
      const { buyer, order, author } = await ratableOrder(world);
      return { owner: buyer, watch: [buyer.id, author.id], variables: { id: order.id } };
    },
    reveal: (d) => d?.rateRecommendation?.feedback.id,
  },
  {
    operation: 'Query.recommendation',
    document: 'query ($id: ID!) { recommendation(id: $id) { id } }',
    expected: EVERYONE,
    prepare: async (world) => ({ variables: { id: (await sharedRecommendation(world)).rec.id } }),
    reveal: (d) => d?.recommendation,
  },
  {
    operation: 'Query.recommendationByCode',
    document: 'query ($code: String!) { recommendationByCode(code: $code) { id } }',
    expected: EVERYONE,
    prepare: async (world) => ({ variables: { code: (await sharedRecommendation(world)).rec.code } }),
    reveal: (d) => d?.recommendationByCode,
  },
  {
    operation: 'Query.productRecommendations',
    document: 'query ($p: ID!) { productRecommendations(productId: $p, first: 100) { edges { node { id } } } }',
    expected: EVERYONE,
    prepare: async (world) => ({ target: (await sharedRecommendation(world)).rec.id, variables: { p: world.product.id } }),
    reveal: (d, attempt) => inList(d?.productRecommendations, attempt.target),
  },
  {
    operation: 'Query.memberRecommendations',
    document: 'query ($m: ID!) { memberRecommendations(memberId: $m) { edges { node { id } } } }',
    expected: EVERYONE,
    prepare: async (world) => {
      const { author, rec } = await sharedRecommendation(world);
      return { target: rec.id, variables: { m: author.id } };
    },
    reveal: (d, attempt) => inList(d?.memberRecommendations, attempt.target),
  },
  { operation: 'Query.feed', document: '{ feed { edges { node { id } } } }', expected: SIGNED_IN, reveal: (d) => d?.feed },
  { operation: 'Query.leaderboard', document: '{ leaderboard { edges { node { position } } } }', expected: EVERYONE, reveal: (d) => d?.leaderboard },
  {
    operation: 'Query.leaderboard (scope FOLLOWING)',
    document: '{ leaderboard(scope: FOLLOWING) { edges { node { position } } } }',
    expected: SIGNED_IN,
    reveal: (d) => d?.leaderboard,
  },
];
