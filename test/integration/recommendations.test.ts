// Recommendations through the GraphQL API: first-hand posting, one per member and product, the
// daily cap, edits with history, share codes, and the lists (by product sorted by the author's
// trust, by member, the feed of followed members). Every refusal checks nothing was written.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import {
  EDIT_REC,
  expectRefusedWithoutWrites,
  placeOrder,
  POST_REC,
  REC_FIELDS,
  REC_TEXT,
  receivedOrder,
  recommend,
  REFUND,
  type RecView,
} from '../support/commerce';
import { DAY_MS } from '../../server/domain/order-policy';
import { MAX_REVISIONS_SHOWN } from '../../graph/recommendations';
import { RECOMMENDATIONS_PER_DAY, SHARE_CODE_ALPHABET } from '../../server/domain/recommendation-policy';

let server: TestServer;
let supplier: TestMember;
let product: TestProduct;
const anonymous = () => new ApiClient(server.url);
const member = () => createMember(server.graph, server.url);

beforeAll(async () => {
  server = await startTestServer();
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  product = await createProduct(server.graph, supplier.id);
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

type Connection = { edges: { cursor: string; node: RecView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const post = (who: TestMember, productId: string, over: Record<string, unknown> = {}) =>
  who.api.request<{ postRecommendation: RecView }>(POST_REC, { productId, stars: 4, text: REC_TEXT, ...over });

describe('postRecommendation', () => {
  test('after a delivered order: a share code, revision 1, backed by that order', async () => {
    const author = await member();
    const order = await receivedOrder(author, supplier, product.id);
    const rec = (await author.api.ok<{ postRecommendation: RecView }>(POST_REC, { productId: product.id, stars: 5, text: `  ${REC_TEXT}  ` }))
      .postRecommendation;
    expect(rec).toMatchObject({ stars: 5, text: REC_TEXT, revision: 1, author: { id: author.id }, product: { id: product.id }, revisions: [] });
    expect(rec.code).toMatch(new RegExp(`^[${SHARE_CODE_ALPHABET}]{8}$`));
    expect(rec.shareUrl).toBe(`/r/${rec.code}`);
    expect(rec.createdAt).toBe(server.clock.now().toISOString());
    const backing = await server.graph.read(async (tx) =>
      (await tx.run('MATCH (:Recommendation {id: $id})-[:BACKED_BY]->(o:Order) RETURN o.id AS id', { id: rec.id })).records.map((r) => r.get('id')),
    );
    expect(backing).toEqual([order.id]);

    const byId = await anonymous().ok<{ recommendation: RecView }>(`query ($id: ID!) { recommendation(id: $id) { ${REC_FIELDS} } }`, { id: rec.id });
    expect(byId.recommendation).toEqual(rec);
    const BY_CODE = `query ($code: String!) { recommendationByCode(code: $code) { id } }`;
    expect((await anonymous().ok<{ recommendationByCode: { id: string } }>(BY_CODE, { code: rec.code.toLowerCase() })).recommendationByCode.id).toBe(rec.id);
    expect((await anonymous().ok<{ recommendationByCode: null }>(BY_CODE, { code: 'NOPE2345' })).recommendationByCode).toBeNull();
  });

  test('without a delivered order: FORBIDDEN, with the reason, nothing written', async () => {
    const author = await member();
    const message = 'You can recommend a product only after you have received it.';
    const ids = [author.id, product.id];
    await expectRefusedWithoutWrites(server.graph, ids, () => post(author, product.id), 'FORBIDDEN', message);
    await placeOrder(author.api, product.id); // placed, not delivered
    await expectRefusedWithoutWrites(server.graph, ids, () => post(author, product.id), 'FORBIDDEN', message);
    const delivered = await receivedOrder(author, supplier, product.id);
    await supplier.api.ok(REFUND, { orderId: delivered.id, reason: 'Returned by the buyer' }); // a refunded order does not count
    await expectRefusedWithoutWrites(server.graph, ids, () => post(author, product.id), 'FORBIDDEN', message);
  });

  test('a second recommendation of the same product is CONFLICT, nothing written', async () => {
    const author = await member();
    await recommend(author, supplier, product.id);
    await expectRefusedWithoutWrites(server.graph, [author.id, product.id], () => post(author, product.id), 'CONFLICT', /edit your recommendation/);
  });

  test('anonymous, bad input and an unknown product are refused, nothing written', async () => {
    const author = await member();
    await receivedOrder(author, supplier, product.id);
    const ids = [author.id, product.id];
    await expectRefusedWithoutWrites(server.graph, ids, () => anonymous().request(POST_REC, { productId: product.id, stars: 4, text: REC_TEXT }), 'UNAUTHENTICATED');
    for (const over of [{ stars: 0 }, { stars: 6 }, { text: '  too short ' }, { text: 'x'.repeat(2001) }, { text: `bell\u0007${REC_TEXT}` }]) {
      await expectRefusedWithoutWrites(server.graph, ids, () => post(author, product.id, over), 'BAD_USER_INPUT');
    }
    await expectRefusedWithoutWrites(server.graph, ids, () => post(author, '00000000-0000-4000-8000-000000000000'), 'NOT_FOUND');
  });

  test(`at most ${RECOMMENDATIONS_PER_DAY} a UTC day: the next is RATE_LIMITED until midnight`, async () => {
    const author = await member();
    const products: TestProduct[] = [];
    for (let i = 0; i <= RECOMMENDATIONS_PER_DAY; i++) {
      const p = await createProduct(server.graph, supplier.id);
      await receivedOrder(author, supplier, p.id);
      products.push(p);
    }
    // Start at the beginning of a UTC day so the whole burst falls in one day.
    const now = server.clock.now().getTime();
    server.clock.advance(Math.ceil(now / DAY_MS) * DAY_MS - now);
    for (const p of products.slice(0, RECOMMENDATIONS_PER_DAY)) {
      expect((await post(author, p.id)).errors).toBeUndefined();
      server.clock.advance(60_000);
    }
    const last = products.at(-1)!;
    await expectRefusedWithoutWrites(server.graph, [author.id, last.id], () => post(author, last.id), 'RATE_LIMITED', /at most 5 recommendations a day/);
    server.clock.advance(DAY_MS - RECOMMENDATIONS_PER_DAY * 60_000);
    expect((await post(author, last.id)).errors).toBeUndefined();
  });
});

describe('editRecommendation', () => {
  test('the author edits; earlier versions are kept as revisions, newest first', async () => {
    const author = await member();
    const rec = await recommend(author, supplier, product.id, 5);
    server.clock.advance(1000);
    const edited = (await author.api.ok<{ editRecommendation: RecView }>(EDIT_REC, { id: rec.id, stars: 3 })).editRecommendation;
    expect(edited).toMatchObject({ id: rec.id, code: rec.code, stars: 3, text: REC_TEXT, revision: 2, createdAt: rec.createdAt });
    expect(edited.updatedAt).toBe(server.clock.now().toISOString());
    expect(edited.revisions).toEqual([{ revision: 1, stars: 5, text: REC_TEXT, at: rec.createdAt }]);

    server.clock.advance(1000);
    const again = (await author.api.ok<{ editRecommendation: RecView }>(EDIT_REC, { id: rec.id, text: 'After a month: still the best I have had.' }))
      .editRecommendation;
    expect(again.revision).toBe(3);
    expect(again.revisions.map((v) => [v.revision, v.stars, v.at])).toEqual([
      [2, 3, edited.updatedAt],
      [1, 5, rec.createdAt],
    ]);
  });

  test(`revisions show the ${MAX_REVISIONS_SHOWN} newest at most (issue 24: the cost model prices them at that bound)`, async () => {
    const author = await member();
    const rec = await recommend(author, supplier, product.id, 5);
    const edits = MAX_REVISIONS_SHOWN + 3;
    for (let i = 0; i < edits; i++) {
      server.clock.advance(1000);
      await author.api.ok(EDIT_REC, { id: rec.id, text: `Edit number ${i} of a recommendation that keeps changing.` });
    }
    const read = await anonymous().ok<{ recommendation: { revision: number; revisions: { revision: number }[] } }>(
      'query($id: ID!) { recommendation(id: $id) { revision revisions { revision } } }',
      { id: rec.id },
    );
    expect(read.recommendation.revision).toBe(edits + 1);
    expect(read.recommendation.revisions.map((v) => v.revision)).toEqual(Array.from({ length: MAX_REVISIONS_SHOWN }, (_, i) => edits - i));
  });

  test('an edit that changes nothing writes nothing', async () => {
    const author = await member();
    const rec = await recommend(author, supplier, product.id, 4);
    const before = await server.graph.read(async (tx) => (await tx.run('MATCH (r:Recommendation {id: $id}) RETURN properties(r) AS p', { id: rec.id })).records[0]!.get('p'));
    const same = (await author.api.ok<{ editRecommendation: RecView }>(EDIT_REC, { id: rec.id, stars: 4, text: REC_TEXT })).editRecommendation;
    expect(same.revision).toBe(1);
    const after = await server.graph.read(async (tx) => (await tx.run('MATCH (r:Recommendation {id: $id}) RETURN properties(r) AS p', { id: rec.id })).records[0]!.get('p'));
    expect(after).toEqual(before);
  });

  test('refusals write nothing', async () => {
    const author = await member();
    const other = await member();
    const rec = await recommend(author, supplier, product.id);
    const ids = [author.id, other.id, product.id];
    await expectRefusedWithoutWrites(server.graph, ids, () => anonymous().request(EDIT_REC, { id: rec.id, stars: 1 }), 'UNAUTHENTICATED');
    await expectRefusedWithoutWrites(server.graph, ids, () => other.api.request(EDIT_REC, { id: rec.id, stars: 1 }), 'FORBIDDEN', /Only the author/);
    await expectRefusedWithoutWrites(server.graph, ids, () => author.api.request(EDIT_REC, { id: rec.id }), 'BAD_USER_INPUT', /stars, text or both/);
    await expectRefusedWithoutWrites(server.graph, ids, () => author.api.request(EDIT_REC, { id: rec.id, stars: 9 }), 'BAD_USER_INPUT');
    await expectRefusedWithoutWrites(server.graph, ids, () => author.api.request(EDIT_REC, { id: rec.id, text: 'short' }), 'BAD_USER_INPUT');
    await expectRefusedWithoutWrites(server.graph, ids, () => author.api.request(EDIT_REC, { id: 'missing', stars: 2 }), 'NOT_FOUND');
  });
});

describe('lists', () => {
  const BY_PRODUCT = `query ($productId: ID!, $first: Int, $after: String) {
    productRecommendations(productId: $productId, first: $first, after: $after) {
      edges { cursor node { id author { id trust { rankKey } } } } pageInfo { hasNextPage endCursor } } }`;

  test("a product's recommendations: the most trusted author first, then newest; paged without gaps", async () => {
    const listed = await createProduct(server.graph, supplier.id);
    const ranks = [10, 80, 40, 40];
    const recs: { id: string; rank: number }[] = [];
    for (const rank of ranks) {
      const author = await member();
      const rec = await recommend(author, supplier, listed.id);
      await server.graph.write((tx) => tx.run('MATCH (m:Member {id: $id}) SET m.trustRankKey = $rank', { id: author.id, rank }));
      recs.push({ id: rec.id, rank });
      server.clock.advance(1000);
    }
    const expected = [recs[1]!, recs[3]!, recs[2]!, recs[0]!].map((r) => r.id); // 80, 40 (newer), 40, 10
    const all = (await anonymous().ok<{ productRecommendations: Connection }>(BY_PRODUCT, { productId: listed.id })).productRecommendations;
    expect(all.edges.map((e) => e.node.id)).toEqual(expected);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Connection = (await anonymous().ok<{ productRecommendations: Connection }>(BY_PRODUCT, { productId: listed.id, first: 1, after }))
        .productRecommendations;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(await anonymous().errorCode(BY_PRODUCT, { productId: listed.id, after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
  });

  test("a member's pocket shop, by handle (any case) or id, newest first", async () => {
    const author = await member();
    const first = await createProduct(server.graph, supplier.id);
    const second = await createProduct(server.graph, supplier.id);
    const a = await recommend(author, supplier, first.id);
    server.clock.advance(1000);
    const b = await recommend(author, supplier, second.id);
    const SHOP = `query ($handle: String, $memberId: ID, $first: Int, $after: String) {
      memberRecommendations(handle: $handle, memberId: $memberId, first: $first, after: $after) {
        edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    type Shop = { memberRecommendations: Connection };
    const byHandle = (await anonymous().ok<Shop>(SHOP, { handle: author.handle.toUpperCase() })).memberRecommendations;
    expect(byHandle.edges.map((e) => e.node.id)).toEqual([b.id, a.id]);
    const page1 = (await anonymous().ok<Shop>(SHOP, { memberId: author.id, first: 1 })).memberRecommendations;
    expect(page1.edges.map((e) => e.node.id)).toEqual([b.id]);
    const page2 = (await anonymous().ok<Shop>(SHOP, { memberId: author.id, first: 1, after: page1.pageInfo.endCursor })).memberRecommendations;
    expect(page2.edges.map((e) => e.node.id)).toEqual([a.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(await anonymous().errorCode(SHOP, { handle: author.handle, memberId: author.id })).toBe('BAD_USER_INPUT');
    expect(await anonymous().errorCode(SHOP, {})).toBe('BAD_USER_INPUT');
    expect(await anonymous().errorCode(SHOP, { handle: 'nobody_at_all_here' })).toBe('NOT_FOUND');
  });

  test('the feed: recommendations of the members I follow, newest first', async () => {
    const reader = await member();
    const followed1 = await member();
    const followed2 = await member();
    const notFollowed = await member();
    for (const m of [followed1, followed2]) await reader.api.ok(`mutation ($id: ID!) { follow(memberId: $id) { id } }`, { id: m.id });
    const p1 = await createProduct(server.graph, supplier.id);
    const p2 = await createProduct(server.graph, supplier.id);
    const r1 = await recommend(followed1, supplier, p1.id);
    server.clock.advance(1000);
    await recommend(notFollowed, supplier, p1.id);
    server.clock.advance(1000);
    const r2 = await recommend(followed2, supplier, p1.id);
    server.clock.advance(1000);
    const r3 = await recommend(followed1, supplier, p2.id);
    const FEED = `query ($first: Int, $after: String) { feed(first: $first, after: $after) {
      edges { node { id author { handle } product { id } } } pageInfo { hasNextPage endCursor } } }`;
    const feed = (await reader.api.ok<{ feed: Connection }>(FEED)).feed;
    expect(feed.edges.map((e) => e.node.id)).toEqual([r3.id, r2.id, r1.id]);
    const page1 = (await reader.api.ok<{ feed: Connection }>(FEED, { first: 2 })).feed;
    const page2 = (await reader.api.ok<{ feed: Connection }>(FEED, { first: 2, after: page1.pageInfo.endCursor })).feed;
    expect([...page1.edges, ...page2.edges].map((e) => e.node.id)).toEqual([r3.id, r2.id, r1.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(await anonymous().errorCode(FEED)).toBe('UNAUTHENTICATED');
  });
});
