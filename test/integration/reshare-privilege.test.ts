// Re-sharing for a share is a privilege (docs/privileges.md, "Re-sharing"): through the GraphQL
// API on the real Neo4j, an order or a group join brought by a member below the ladder's RESHARE
// step goes through the recommendation alone; past the step (by real verdicts on their own
// recommendation) the re-sharer is recorded and holds a commission seat; fallen below it again
// (real let-downs), the next sale leaves them out while the sales already made keep them. A
// server with its own ladder applies its own step.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import { placeOrder, RATE, receivedOrder, recommend, vouchFor, type RecView } from '../support/commerce';
import { commissionIdOf } from '../support/commissions';
import { groupProduct, join, openGroup, trustedLeader, establishedMember } from '../support/group-buys';
import { MY_PRIVILEGES, pastReshareStep } from '../support/privileges';
import { DEFAULT_PRIVILEGE_SETTINGS } from '../../server/domain/privileges';
import { HOUR_MS } from '../../server/domain/group-buy-rules';

const DAY = 86_400_000;
let server: TestServer;
let supplier: TestMember;
let admin: TestMember;
let product: TestProduct;
let author: TestMember;
let rec: RecView;

const aMonthAgo = () => new Date(server.clock.now().getTime() - 30 * DAY);
const member = () => createMember(server.graph, server.url, { now: aMonthAgo() });

interface Step { privilege: string; unlocked: boolean }
const reshareOpen = async (m: TestMember) =>
  (await m.api.ok<{ myPrivileges: { steps: Step[] } }>(MY_PRIVILEGES)).myPrivileges.steps.find((s) => s.privilege === 'RESHARE')!.unlocked;

/** The seats of the commission an order opened, as an admin sees them: [role, member id]. */
async function seats(orderId: string): Promise<[string, string][]> {
  const id = await commissionIdOf(server.graph, orderId);
  const { commission } = await admin.api.ok<{ commission: { shares: { role: string; member: { id: string } }[] } }>(
    'query ($id: ID!) { commission(id: $id) { shares { role member { id } } } }',
    { id },
  );
  // The shares come in no promised order: sorted by role, the author first.
  return commission.shares.map((s): [string, string] => [s.role, s.member.id]).sort((x, y) => x[0].localeCompare(y[0]));
}

/** Buyers of the member's own recommendation who say it let them down: real verdicts, real trust. */
async function letDowns(of: RecView, times: number): Promise<void> {
  for (let k = 0; k < times; k++) {
    const buyer = await createMember(server.graph, server.url, { verified: true, now: aMonthAgo() });
    const order = await receivedOrder(buyer, supplier, product.id, of.code);
    await buyer.api.ok(RATE, { orderId: order.id, stars: 1, heldUp: false, comment: null });
  }
}

beforeAll(async () => {
  server = await startTestServer();
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'], now: aMonthAgo() });
  admin = await createMember(server.graph, server.url, { roles: ['MEMBER', 'ADMIN'] });
  product = await createProduct(server.graph, supplier.id, { priceMinor: 5900, commissionRateBps: 1000 });
  author = await member();
  rec = await recommend(author, supplier, product.id);
  // The author earns, so every commission below has their seat; what is tested is the re-sharer's.
  await vouchFor(server.graph, server.url, supplier, product.id, rec, { now: server.clock.now() });
});

afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

describe('asking for a re-share link', () => {
  const LINK = 'query ($code: String!) { reshareLink(recommendationCode: $code) }';

  test('below the step it is FORBIDDEN with the threshold and the standing; past it, the link names the re-sharer', async () => {
    const m = await member();
    const refused = await m.api.request(LINK, { code: rec.code });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toBe(
      'Re-sharing for a share needs a vouched rank key of at least 20.0 and a confidence of at least 0.09; yours are 0.0 and 0.00.',
    );
    await pastReshareStep(server.graph, m, server.clock.now());
    const { reshareLink } = await m.api.ok<{ reshareLink: string }>(LINK, { code: rec.code.toLowerCase() });
    expect(reshareLink).toMatch(new RegExp(`/r/${rec.code}\\?via=${m.handle}$`));
  });

  test("the author's own link names nobody: a sale through it is theirs already", async () => {
    const { reshareLink } = await author.api.ok<{ reshareLink: string }>(LINK, { code: rec.code });
    expect(reshareLink).toMatch(new RegExp(`/r/${rec.code}$`));
  });
});

describe('an order through a re-share link', () => {
  test('from a fresh member: the order goes through the recommendation alone, and the commission has no re-sharer seat', async () => {
    const fresh = await member();
    expect(await reshareOpen(fresh)).toBe(false);
    const order = await placeOrder((await member()).api, product.id, { code: rec.code, resharer: fresh.handle });
    expect(order).toMatchObject({ status: 'PLACED', recommendation: { code: rec.code }, resharer: null });
    expect(await seats(order.id)).toEqual([['AUTHOR', author.id]]);
  });

  test('past the step by verdicts on their own recommendation it counts; fallen below again, the next sale leaves them out', async () => {
    const resharer = await member();
    const own = await recommend(resharer, supplier, product.id);
    await vouchFor(server.graph, server.url, supplier, product.id, own, { now: server.clock.now() });
    expect(await reshareOpen(resharer)).toBe(true);
    const counted = await placeOrder((await member()).api, product.id, { code: rec.code, resharer: resharer.handle });
    expect(counted.resharer).toEqual({ id: resharer.id, handle: resharer.handle });
    expect(await seats(counted.id)).toEqual([['AUTHOR', author.id], ['RESHARER', resharer.id]]);

    await letDowns(own, 2);
    expect(await reshareOpen(resharer)).toBe(false);
    const after = await placeOrder((await member()).api, product.id, { code: rec.code, resharer: resharer.handle });
    expect(after).toMatchObject({ recommendation: { code: rec.code }, resharer: null });
    expect(await seats(after.id)).toEqual([['AUTHOR', author.id]]);
    // The sale made while they held the step keeps its re-sharer: attribution is decided once, at the sale.
    expect(await seats(counted.id)).toEqual([['AUTHOR', author.id], ['RESHARER', resharer.id]]);
  });
});

describe('a group join brought by a re-sharer', () => {
  test('a fresh member is left out of the join and of the order it becomes; one past the step is recorded', async () => {
    const goods = await groupProduct(server.graph, supplier);
    const { leader, rec: leaderRec } = await trustedLeader(server.graph, server.url, supplier, goods.id, server.clock.now());
    const { openGroupBuy: g } = await openGroup(leader.api, leaderRec, new Date(server.clock.now().getTime() + 24 * HOUR_MS), 2);
    const fresh = await member();
    const trusted = await member();
    await pastReshareStep(server.graph, trusted, server.clock.now());
    const [a, b] = [
      await establishedMember(server.graph, server.url, supplier, product.id, aMonthAgo()),
      await establishedMember(server.graph, server.url, supplier, product.id, aMonthAgo()),
    ];
    await join(a.api, g.id, { resharer: fresh.handle });
    const last = await join(b.api, g.id, { resharer: trusted.handle });
    expect(last.status).toBe('PLACED'); // two counted buyers: the group completed
    const { myGroupJoins } = await a.api.ok<{ myGroupJoins: { order: { resharer: { handle: string } | null; recommendation: { id: string } } }[] }>(
      'query ($id: ID!) { myGroupJoins(groupBuyId: $id) { order { resharer { handle } recommendation { id } } } }',
      { id: g.id },
    );
    expect(myGroupJoins.map((j) => j.order)).toEqual([{ resharer: null, recommendation: { id: leaderRec.id } }]);
    expect(last.order).toMatchObject({ resharer: { handle: trusted.handle }, recommendation: { id: leaderRec.id } });
  });
});

describe("a server's own ladder", () => {
  test('a server asking more for re-sharing leaves out a re-sharer the default ladder would record', async () => {
    // Its own driver to the same database: stopping the server closes it.
    const strict = await startTestServer(server.clock.now(), {
      privileges: { ...DEFAULT_PRIVILEGE_SETTINGS, ladder: { ...DEFAULT_PRIVILEGE_SETTINGS.ladder, reshare: { rankKey: 40, confidence: 0.2 } } },
    });
    try {
      const resharer = await member();
      const { rankKey } = await pastReshareStep(server.graph, resharer, server.clock.now());
      expect(rankKey).toBeGreaterThan(20); // past the default step (34.2 and 0.17)…
      const buyer = await createMember(server.graph, strict.url, { now: aMonthAgo() });
      const viaStrict = await placeOrder(buyer.api, product.id, { code: rec.code, resharer: resharer.handle });
      expect(viaStrict.resharer).toBeNull(); // …not past this server's 40 and 0.20
    } finally {
      await strict.stop();
    }
  });
});
