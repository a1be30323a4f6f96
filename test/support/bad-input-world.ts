// The fixture world of the bad-input corpus: one member in each role, products, orders in every
// state a refusal depends on, a recommendation, fraud flags and real cursors. Made through the
// factories and the API like any other test's data, and deleted by `cleanup`.
import { randomUUID } from 'node:crypto';
import type { TestServer } from './test-server';
import { createMember, createProduct } from './factories';
import { newKey, placeOrder, RATE, receivedOrder, recommend, vouchFor } from './commerce';
import { CLEAR_FLAG, raiseFlag } from './commissions';
import type { BadInputWorld } from './bad-input-kit';

export async function makeBadInputWorld(server: TestServer): Promise<BadInputWorld> {
  const { graph, url } = server;
  const member = await createMember(graph, url);
  const other = await createMember(graph, url);
  const author = await createMember(graph, url);
  const supplier = await createMember(graph, url, { roles: ['MEMBER', 'SUPPLIER'] });
  const otherSupplier = await createMember(graph, url, { roles: ['MEMBER', 'SUPPLIER'] });
  const admin = await createMember(graph, url, { roles: ['MEMBER', 'ADMIN'] });

  const product = await createProduct(graph, supplier.id, { category: 'bad-input' });
  const unreceived = await createProduct(graph, supplier.id, { category: 'bad-input' });
  const huge = await createProduct(graph, supplier.id, { priceMinor: Number.MAX_SAFE_INTEGER, commissionRateBps: 0 });

  const recommendation = await recommend(author, supplier, product.id);
  // Vouched evidence puts the author on the global board, whose cursor the corpus needs.
  await vouchFor(graph, server.url, supplier, product.id, recommendation, { now: server.clock.now() });
  const otherRecommendation = await recommend(other, supplier, unreceived.id);
  // The author's daily cap: four more recommendations today (five in all), and one more product
  // received, whose recommendation would be the sixth.
  for (let i = 0; i < 4; i++) await recommend(author, supplier, (await createProduct(graph, supplier.id)).id);
  const capped = await createProduct(graph, supplier.id);
  await receivedOrder(author, supplier, capped.id);

  const replayKey = newKey();
  const placed = await placeOrder(member.api, product.id, { code: recommendation.code, key: replayKey });
  const ratable = await receivedOrder(member, supplier, product.id, recommendation.code);
  const rated = await receivedOrder(member, supplier, product.id, recommendation.code);
  await member.api.ok(RATE, { orderId: rated.id, stars: 4, heldUp: true, comment: null });
  const plain = await receivedOrder(member, supplier, product.id);

  const now = server.clock.now();
  const openFlagId = await raiseFlag(graph, [other.id], now);
  const clearedFlagId = await raiseFlag(graph, [other.id], now, `CLEARED-${randomUUID().slice(0, 8)}`);
  await admin.api.ok(CLEAR_FLAG, { id: clearedFlagId, note: 'Reviewed by the bad-input corpus.' });

  const firstCursor = async (query: string, variables: Record<string, unknown> = {}) => {
    const data = await member.api.ok<Record<string, { pageInfo: { endCursor: string | null } }>>(query, variables);
    const cursor = Object.values(data)[0]!.pageInfo.endCursor;
    if (!cursor) throw new Error(`no cursor from ${query}`);
    return cursor;
  };

  // One read with every session first: whatever a request may record about its session (its
  // last use) is recorded now, not during a case that must write nothing.
  for (const m of [member, other, author, supplier, otherSupplier, admin]) await m.api.ok('{ me { id } }');

  return {
    tokens: {
      member: member.token,
      other: other.token,
      author: author.token,
      supplier: supplier.token,
      otherSupplier: otherSupplier.token,
      admin: admin.token,
    },
    memberId: member.id,
    memberHandle: member.handle,
    otherId: other.id,
    authorId: author.id,
    authorHandle: author.handle,
    supplierId: supplier.id,
    productId: product.id,
    unreceivedProductId: unreceived.id,
    hugeProductId: huge.id,
    cappedProductId: capped.id,
    recommendationId: recommendation.id,
    recommendationCode: recommendation.code,
    otherProductCode: otherRecommendation.code,
    placedOrderId: placed.id,
    replayKey,
    ratableOrderId: ratable.id,
    ratedOrderId: rated.id,
    plainDeliveredOrderId: plain.id,
    openFlagId,
    clearedFlagId,
    cursors: {
      products: await firstCursor('{ products(first: 1) { pageInfo { endCursor } } }'),
      leaderboard: await firstCursor('{ leaderboard(first: 1) { pageInfo { endCursor } } }'),
      productRecommendations: await firstCursor('query ($p: ID!) { productRecommendations(productId: $p, first: 1) { pageInfo { endCursor } } }', {
        p: product.id,
      }),
    },
  };
}
