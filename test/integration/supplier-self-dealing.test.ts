// A supplier dealing with itself, through the API (issue 24): it may not recommend its own
// product, earns nothing as the re-sharer of a sale of it, and its own order of it through
// someone's recommendation is no sale (no commission) and its verdict moves no trust.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { CONFIRM_RECEIPT, MARK_DELIVERED, POST_REC, RATE, REC_TEXT, expectRefusedWithoutWrites, placeOrder, recommend, vouchFor, type RecView } from '../support/commerce';
import { commissionIdOf } from '../support/commissions';
import { pastReshareStep } from '../support/privileges';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';

const DAY = 86_400_000;
let server: TestServer;
let supplier: TestMember;
let author: TestMember;
let product: TestProduct;
let rec: RecView;

const SHARES = `query ($id: ID!) { commission(id: $id) { shares { role member { id } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  const aMonthAgo = new Date(server.clock.now().getTime() - 30 * DAY);
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'], now: aMonthAgo });
  author = await createMember(server.graph, server.url, { now: aMonthAgo });
  product = await createProduct(server.graph, supplier.id, { priceMinor: 19_900, commissionRateBps: 1000 });
  rec = await recommend(author, supplier, product.id);
  // The author has vouched standing, so a sale through them earns: what is tested is who else does.
  await vouchFor(server.graph, server.url, supplier, product.id, rec, { now: server.clock.now(), times: 1 });
});

afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

test('a supplier cannot recommend its own product, even after receiving it: FORBIDDEN, nothing written', async () => {
  const order = await placeOrder(supplier.api, product.id);
  await supplier.api.ok(MARK_DELIVERED, { orderId: order.id });
  await expectRefusedWithoutWrites(
    server.graph,
    [supplier.id, product.id],
    () => supplier.api.request(POST_REC, { productId: product.id, stars: 5, text: REC_TEXT }),
    'FORBIDDEN',
    'A supplier cannot recommend its own product.',
  );
});

test('named as the re-sharer of a sale of its own product, the supplier holds no seat', async () => {
  // Past the RESHARE step, so it is the supplier rule that leaves it out, not the ladder.
  await pastReshareStep(server.graph, supplier, server.clock.now());
  const buyer = await createMember(server.graph, server.url);
  const order = await placeOrder(buyer.api, product.id, { code: rec.code, resharer: supplier.handle });
  const id = await commissionIdOf(server.graph, order.id);
  expect(id).toBeDefined();
  const admin = await createMember(server.graph, server.url, { roles: ['MEMBER', 'ADMIN'] });
  const { commission } = await admin.api.ok<{ commission: { shares: { role: string; member: { id: string } }[] } }>(SHARES, { id });
  expect(commission.shares.map((s) => [s.role, s.member.id])).toEqual([['AUTHOR', author.id]]);
});

test("the supplier's own order through a recommendation is no sale, and its verdict moves no trust", async () => {
  const before = await server.graph.read(async (tx) =>
    (await tx.run('MATCH (m:Member {id: $id}) RETURN m.trustScore AS score, COUNT { (m)-[:HAS_TRUST_EVENT]->() } AS events', { id: author.id })).records[0]!.toObject(),
  );
  const order = await placeOrder(supplier.api, product.id, { code: rec.code });
  expect(await commissionIdOf(server.graph, order.id)).toBeUndefined();
  server.clock.advance(DAY + 60_000);
  await supplier.api.ok(CONFIRM_RECEIPT, { orderId: order.id });
  const rated = await supplier.api.ok<{ rateRecommendation: { trustEvent: unknown } }>(RATE, { orderId: order.id, stars: 5, heldUp: true, comment: null });
  expect(rated.rateRecommendation.trustEvent).toBeNull();
  const after = await server.graph.read(async (tx) =>
    (await tx.run('MATCH (m:Member {id: $id}) RETURN m.trustScore AS score, COUNT { (m)-[:HAS_TRUST_EVENT]->() } AS events', { id: author.id })).records[0]!.toObject(),
  );
  expect(after).toEqual(before);
  const edges = await server.graph.read(async (tx) =>
    (await tx.run('MATCH (:Member {id: $s})-[e:TRUST_EDGE]->(:Member {id: $a}) RETURN count(e) AS n', { s: supplier.id, a: author.id })).records[0]!.get('n'),
  );
  expect(edges).toBe(0);
});
