// Trusted picks through the API, on real orders and verdicts: products ranked by the trust of their
// recommenders past the TRUSTED_PICK step and how their recommendations held up, with the reason
// (a vouched recommender short of the step adds neither trust nor verdicts); personalised from
// whom the viewer follows (and, at half weight, whom those follow). Rank keys are set directly
// after the verdicts (the trust maths has its own tests).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, testGraph, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, createProduct, type TestMember } from '../support/factories';
import { RATE, receivedOrder, recommend } from '../support/commerce';
import { follows, setRankKey } from '../support/circle-day';

let server: TestServer;
let supplier: TestMember, alice: TestMember, bob: TestMember, carol: TestMember, dave: TestMember, viewer: TestMember, hub: TestMember;
const products: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };

const PICKS = `query ($personal: Boolean, $first: Int, $after: String) {
  trustedPicks(personal: $personal, first: $first, after: $after) {
    edges { cursor node { product { id } score recommenderCount recommenders { id } heldUp judged } }
    pageInfo { hasNextPage endCursor }
  } }`;
type Pick = { product: { id: string }; score: number; recommenderCount: number; recommenders: { id: string }[]; heldUp: number; judged: number };
type Page = { trustedPicks: { edges: { cursor: string; node: Pick }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const member = () => createMember(server.graph, server.url, { now: server.clock.now() });

async function buyersSay(code: string, productId: string, verdicts: boolean[]) {
  for (const heldUp of verdicts) {
    const buyer = await member();
    const order = await receivedOrder(buyer, supplier, productId, code);
    await buyer.api.ok(RATE, { orderId: order.id, stars: heldUp ? 5 : 2, heldUp, comment: null });
  }
}

/** This test's picks, in the order the API gives them (other tests' products interleave). */
async function mine(api: ApiClient, personal?: boolean): Promise<Pick[]> {
  const ids = new Set(Object.values(products));
  const picks: Pick[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page = await api.ok<Page>(PICKS, { personal, first: 100, after });
    picks.push(...page.trustedPicks.edges.map((e) => e.node).filter((p) => ids.has(p.product.id)));
    if (!page.trustedPicks.pageInfo.hasNextPage) return picks;
    after = page.trustedPicks.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  server = await startTestServer();
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  for (const key of ['a', 'b', 'c', 'd'] as const) products[key] = (await createProduct(server.graph, supplier.id)).id;
  [alice, bob, carol, dave, viewer, hub] = [await member(), await member(), await member(), await member(), await member(), await member()];
  const aliceA = await recommend(alice, supplier, products.a);
  const bobA = await recommend(bob, supplier, products.a);
  const aliceB = await recommend(alice, supplier, products.b);
  const carolC = await recommend(carol, supplier, products.c);
  const daveA = await recommend(dave, supplier, products.a);
  const daveD = await recommend(dave, supplier, products.d);
  await buyersSay(aliceA.code, products.a, [true, true, true]);
  await buyersSay(bobA.code, products.a, [false]);
  await buyersSay(aliceB.code, products.b, [true]);
  await buyersSay(carolC.code, products.c, [true, true]);
  await buyersSay(daveA.code, products.a, [false, false]);
  await buyersSay(daveD.code, products.d, [true]);
  // Alice and Bob are past the trusted-pick step (55 / 0.30); Carol's record is unvouched (rank
  // key 0); Dave's is vouched but short of the step (40).
  await setRankKey(server.graph, alice, 90, 0.6);
  await setRankKey(server.graph, bob, 80, 0.5);
  await setRankKey(server.graph, carol, 0, 0);
  await setRankKey(server.graph, dave, 40, 0.5);
  // The viewer follows Bob, and the hub, who follows Alice.
  await follows(server.graph, viewer, bob);
  await follows(server.graph, viewer, hub);
  await follows(server.graph, hub, alice);
}, 180_000);

afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

describe('trusted picks', () => {
  test("rank by the trust of recommenders past the step and how it held up, with the reason; others make no pick and add no verdicts", async () => {
    // Dave's two let-downs on A and his held-up D count for nothing: he is short of the step.
    const picks = await mine(new ApiClient(server.url));
    expect(picks.map((p) => [p.product.id, p.recommenderCount, p.recommenders.map((m) => m.id), p.heldUp, p.judged])).toEqual([
      [products.a, 2, [alice.id, bob.id], 3, 4],
      [products.b, 1, [alice.id], 1, 1],
    ]);
    expect(picks[0]!.score).toBeGreaterThan(picks[1]!.score);
  });

  test('a recommender who reaches the step places their products; falling short again takes them out', async () => {
    await setRankKey(server.graph, dave, 60, 0.5);
    try {
      const picks = await mine(new ApiClient(server.url));
      expect(picks.map((p) => [p.product.id, p.recommenderCount, p.heldUp, p.judged])).toEqual(
        expect.arrayContaining([
          [products.a, 3, 3, 6],
          [products.d, 1, 1, 1],
        ]),
      );
    } finally {
      await setRankKey(server.graph, dave, 40, 0.5);
    }
    expect((await mine(new ApiClient(server.url))).map((p) => p.product.id)).toEqual([products.a, products.b]);
  });

  test("the evidence is cached: this server's own writes show at once, another server's once the TTL (2 s) runs out", async () => {
    const api = new ApiClient(server.url);
    await mine(api); // read, and cached
    // Another server (its own driver) puts Dave past the step: this one still serves what it read.
    const other = testGraph();
    try {
      await other.write((tx) => tx.run('MATCH (m:Member {id: $id}) SET m.trustRankKey = 60.0, m.trustConfidence = 0.5', { id: dave.id }));
      expect((await mine(api)).map((p) => p.product.id)).toEqual([products.a, products.b]);
      server.clock.advance(2_000);
      expect((await mine(api)).map((p) => p.product.id)).toEqual(expect.arrayContaining([products.a, products.b, products.d]));
    } finally {
      await other.close();
    }
    // This server's own write drops the cache within the TTL.
    await setRankKey(server.graph, dave, 40, 0.5);
    expect((await mine(api)).map((p) => p.product.id)).toEqual([products.a, products.b]);
  });

  test('pages are stable and continue where the last ended', async () => {
    const api = new ApiClient(server.url);
    const all = (await api.ok<Page>(PICKS, { first: 100 })).trustedPicks.edges.map((e) => e.node.product.id);
    const first = await api.ok<Page>(PICKS, { first: 1 });
    const second = await api.ok<Page>(PICKS, { first: 1, after: first.trustedPicks.pageInfo.endCursor });
    expect([...first.trustedPicks.edges, ...second.trustedPicks.edges].map((e) => e.node.product.id)).toEqual(all.slice(0, 2));
  });

  test('personal: only recommenders I trust count, one step away at half weight', async () => {
    const picks = await mine(viewer.api, true);
    // A: Bob (followed, 0.8) and Alice (followed by whom I follow, 0.45); B: Alice alone.
    expect(picks.map((p) => [p.product.id, p.recommenders.map((m) => m.id)])).toEqual([
      [products.a, [alice.id, bob.id]],
      [products.b, [alice.id]],
    ]);
    const global = await mine(new ApiClient(server.url));
    expect(picks[1]!.score).toBeCloseTo(global[1]!.score / 2, 5);
    // Someone who trusts nobody has no personal picks of these.
    expect(await mine((await member()).api, true)).toEqual([]);
  });

  test('personal picks need a signed-in viewer', async () => {
    expect(await new ApiClient(server.url).errorCode(PICKS, { personal: true })).toBe('UNAUTHENTICATED');
  });
});
