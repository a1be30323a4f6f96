// Group buys through the GraphQL API against the real Neo4j: tiers and their prices, who may open
// a group, idempotent joins and what counts toward the target, completion (at the target, at the
// deadline, by the leader), failure, joins racing the deadline job on several connections,
// commissions on the discounted price, and verdicts on group orders moving the leader's trust.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, testGraph, type TestServer } from '../support/test-server';
import { cleanup, createMember, type TestMember, type TestProduct } from '../support/factories';
import { CONFIRM_RECEIPT, newKey, RATE, recommend } from '../support/commerce';
import {
  CLOSE_GROUP,
  establishedMember,
  GROUP,
  groupProduct,
  join,
  JOIN_GROUP,
  openGroup,
  SET_TIERS,
  trustedLeader,
  type GroupView,
  type JoinView,
} from '../support/group-buys';
import { settleGroupBuyDeadlines } from '../../server/jobs/group-buy-deadlines';
import { ManualClock } from '../../server/clock';
import { HOUR_MS } from '../../server/domain/group-buy-rules';
import { pastReshareStep } from '../support/privileges';

// Its own year, so the deadline job (which scans every open group) settles only this file's.
const START = new Date('2024-09-02T08:00:00Z');

let server: TestServer;
let supplier: TestMember;
let historyProduct: TestProduct;
const member = (roles: ('MEMBER' | 'SUPPLIER')[] = ['MEMBER']) => createMember(server.graph, server.url, { roles, now: START });
const established = () => establishedMember(server.graph, server.url, supplier, historyProduct.id, START);
const inHours = (h: number) => new Date(server.clock.now().getTime() + h * HOUR_MS);

async function group(id: string, viewer = supplier): Promise<GroupView> {
  const data = await viewer.api.ok<{ groupBuy: GroupView; myGroupJoins: JoinView[] }>(GROUP, { id });
  return { ...data.groupBuy, myJoins: data.myGroupJoins };
}

async function commissionPool(orderId: string): Promise<number | null> {
  return server.graph.read(async (tx) => {
    const result = await tx.run('MATCH (c:Commission {orderId: $orderId}) RETURN c.poolMinor AS pool', { orderId });
    return (result.records[0]?.get('pool') as number | undefined) ?? null;
  });
}

async function ordersOf(groupBuyId: string): Promise<number> {
  return server.graph.read(async (tx) => {
    const result = await tx.run(
      'MATCH (:GroupBuy {id: $groupBuyId})<-[:IN]-(:GroupJoin)-[:BECAME]->(o:Order) RETURN count(o) AS n',
      { groupBuyId },
    );
    return Number(result.records[0]!.get('n'));
  });
}

beforeAll(async () => {
  server = await startTestServer(START);
  supplier = await member(['MEMBER', 'SUPPLIER']);
  historyProduct = await groupProduct(server.graph, supplier, { priceMinor: 1000 });
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

/** A member's notifications about group buys (issue 26's inbox). */
async function groupNews(m: TestMember): Promise<{ kind: string; link: string; productTitle: string | null; actor: { id: string } | null }[]> {
  const { notifications } = await m.api.ok<{ notifications: { edges: { node: { kind: string; link: string; productTitle: string | null; actor: { id: string } | null } }[] } }>(
    '{ notifications(first: 50) { edges { node { kind link productTitle actor { id } } } } }',
  );
  return notifications.edges.map((e) => e.node).filter((n) => n.kind.startsWith('GROUP_BUY'));
}

describe('tiers', () => {
  test('the supplier sets tiers; each shows its unit price, the discount rounded down', async () => {
    const product = await groupProduct(server.graph, supplier, { priceMinor: 5999 });
    const { setGroupBuyTiers } = await supplier.api.ok<{ setGroupBuyTiers: { groupMaxDurationHours: number; groupTiers: unknown[] } }>(
      SET_TIERS,
      { productId: product.id, tiers: [{ minBuyers: 2, discountBps: 333 }, { minBuyers: 4, discountBps: 1000 }], hours: 24 },
    );
    // 5999 × 3.33 % = 199.77 → 199 off; 5999 × 10 % = 599.9 → 599 off.
    expect(setGroupBuyTiers).toEqual({
      id: product.id,
      groupMaxDurationHours: 24,
      groupTiers: [
        { minBuyers: 2, discountBps: 333, unitPriceMinor: 5800 },
        { minBuyers: 4, discountBps: 1000, unitPriceMinor: 5400 },
      ],
    });
  });

  test('tiers out of order, too deep or not the supplier’s product are refused', async () => {
    const product = await groupProduct(server.graph, supplier);
    const bad = async (tiers: unknown, hours = 24) => supplier.api.errorCode(SET_TIERS, { productId: product.id, tiers, hours });
    expect(await bad([{ minBuyers: 5, discountBps: 500 }, { minBuyers: 2, discountBps: 1000 }])).toBe('BAD_USER_INPUT');
    expect(await bad([{ minBuyers: 2, discountBps: 6000 }])).toBe('BAD_USER_INPUT');
    expect(await bad([{ minBuyers: 1, discountBps: 500 }])).toBe('BAD_USER_INPUT');
    expect(await bad(TIERS_OK, 400)).toBe('BAD_USER_INPUT');
    const other = await member(['MEMBER', 'SUPPLIER']);
    expect(await other.api.errorCode(SET_TIERS, { productId: product.id, tiers: TIERS_OK, hours: 24 })).toBe('FORBIDDEN');
  });
});
const TIERS_OK = [{ minBuyers: 2, discountBps: 500 }];

describe('opening a group', () => {
  test('only a trusted author of a first-hand recommendation, one open group per product, target a tier, deadline within the maximum', async () => {
    const product = await groupProduct(server.graph, supplier);
    // A recommender with no vouched evidence yet is below the threshold.
    const newcomer = await member();
    const newcomerRec = await recommend(newcomer, supplier, product.id);
    expect(await newcomer.api.errorCode(OPEN, vars(newcomerRec.id, inHours(24)))).toBe('FORBIDDEN');

    const { leader, rec } = await trustedLeader(server.graph, server.url, supplier, product.id, START);
    // Through someone else's recommendation: refused.
    expect(await leader.api.errorCode(OPEN, vars(newcomerRec.id, inHours(24)))).toBe('FORBIDDEN');
    expect(await leader.api.errorCode(OPEN, vars(rec.id, inHours(24), 4))).toBe('BAD_USER_INPUT');
    expect(await leader.api.errorCode(OPEN, vars(rec.id, inHours(49)))).toBe('BAD_USER_INPUT');
    expect(await leader.api.errorCode(OPEN, vars(rec.id, inHours(0.5)))).toBe('BAD_USER_INPUT');

    const { openGroupBuy } = await openGroup(leader.api, rec, inHours(24), 3, 'Cherries for the whole floor');
    expect(openGroupBuy).toMatchObject({
      status: 'OPEN',
      note: 'Cherries for the whole floor',
      targetBuyers: 3,
      basePriceMinor: 5900,
      countedBuyers: 0,
      unitPriceMinor: 5900,
      leader: { id: leader.id },
      recommendation: { id: rec.id },
      joiners: [],
    });
    expect(openGroupBuy.tiers.map((t) => t.unitPriceMinor)).toEqual([5605, 5192, 4720]);
    expect(await leader.api.errorCode(OPEN, vars(rec.id, inHours(24)))).toBe('CONFLICT');
  });
});
const OPEN = `mutation ($r: ID!, $t: Int!, $d: DateTime!) { openGroupBuy(recommendationId: $r, targetBuyers: $t, deadline: $d) { id } }`;
const vars = (r: string, d: Date, t = 3) => ({ r, t, d: d.toISOString() });

describe('joining and completing', () => {
  test('joins are idempotent; the leader and a second join do not count; the target completes it at the tier price through the recommendation', async () => {
    const product = await groupProduct(server.graph, supplier);
    const { leader, rec } = await trustedLeader(server.graph, server.url, supplier, product.id, START);
    const { openGroupBuy: g } = await openGroup(leader.api, rec, inHours(24), 3);
    const [a, b, c] = [await established(), await established(), await established()];
    const resharer = await member();
    await pastReshareStep(server.graph, resharer, server.clock.now());

    const key = newKey();
    const first = await join(a.api, g.id, { quantity: 2, key, resharer: resharer.handle });
    expect(first).toMatchObject({ quantity: 2, status: 'HELD', established: true, order: null });
    // The same key again: the same join, not a second one.
    expect((await join(a.api, g.id, { quantity: 2, key, resharer: resharer.handle })).id).toBe(first.id);
    expect(await a.api.errorCode(JOIN_GROUP, { groupBuyId: g.id, quantity: 3, key, resharer: null, address: null })).toBe('CONFLICT');
    // The leader's own join and a's second join are held, but count for nothing.
    await join(leader.api, g.id);
    await join(a.api, g.id);
    expect(await group(g.id)).toMatchObject({ countedBuyers: 1, joinedMembers: 1, status: 'OPEN', unitPriceMinor: 5900 });

    await join(b.api, g.id);
    expect(await group(g.id)).toMatchObject({ countedBuyers: 2, unitPriceMinor: 5605 });
    const last = await join(c.api, g.id, { quantity: 3 });
    // The third counted buyer reached the target: completed in that join's transaction.
    expect(last.status).toBe('PLACED');
    expect(last.order).toMatchObject({ status: 'PLACED', quantity: 3, unitPriceMinor: 5192, totalMinor: 15576, recommendation: { id: rec.id } });
    const done = await group(g.id);
    expect(done).toMatchObject({ status: 'COMPLETED', countedBuyers: 3, unitPriceMinor: 5192 });
    expect(done.closedAt).toBe(server.clock.now().toISOString());
    expect(done.joiners.map((j) => j.id)).toEqual([a.id, b.id, c.id]);
    // Every join became an order (the leader's too, which earns nothing), a's with its re-sharer.
    expect(await ordersOf(g.id)).toBe(5);
    const aJoins = (await group(g.id, a)).myJoins!;
    expect(aJoins.map((j) => j.status)).toEqual(['PLACED', 'PLACED']);
    expect(aJoins[0]!.order).toMatchObject({ unitPriceMinor: 5192, totalMinor: 10384, resharer: { handle: resharer.handle } });
    // Commission pool = tier price × quantity × 10 %, rounded down as for any sale (10384 → 1038,
    // 15576 → 1557), never on the full price; none on the leader's own order.
    expect(await commissionPool(aJoins[0]!.order!.id)).toBe(1038);
    expect(await commissionPool(last.order!.id)).toBe(1557);
    const leaderJoin = (await group(g.id, leader)).myJoins![0]!;
    expect(await commissionPool(leaderJoin.order!.id)).toBeNull();
    // Closed: a late join is refused and writes nothing.
    expect(await (await established()).api.errorCode(JOIN_GROUP, { groupBuyId: g.id, quantity: 1, key: newKey(), resharer: null, address: null })).toBe(
      'CONFLICT',
    );
    expect(await ordersOf(g.id)).toBe(5);
  });

  test('accounts with no history count only up to one per established joiner', async () => {
    const product = await groupProduct(server.graph, supplier);
    const { leader, rec } = await trustedLeader(server.graph, server.url, supplier, product.id, START);
    const { openGroupBuy: g } = await openGroup(leader.api, rec, inHours(24), 3);
    const fresh = [await member(), await member(), await member()];
    for (const m of fresh) expect((await join(m.api, g.id)).established).toBe(false);
    expect(await group(g.id)).toMatchObject({ countedBuyers: 0, joinedMembers: 3, status: 'OPEN' });
    await join((await established()).api, g.id);
    // One established joiner lets one newcomer count: 2, the first tier, not the target of 3.
    expect(await group(g.id)).toMatchObject({ countedBuyers: 2, joinedMembers: 4, status: 'OPEN', unitPriceMinor: 5605 });
  });

  test('the leader closes early once a tier is met, not before', async () => {
    const product = await groupProduct(server.graph, supplier);
    const { leader, rec } = await trustedLeader(server.graph, server.url, supplier, product.id, START);
    const { openGroupBuy: g } = await openGroup(leader.api, rec, inHours(24), 5);
    const a = await established();
    await join(a.api, g.id);
    expect(await leader.api.errorCode(CLOSE_GROUP, { groupBuyId: g.id })).toBe('FORBIDDEN');
    expect(await a.api.errorCode(CLOSE_GROUP, { groupBuyId: g.id })).toBe('FORBIDDEN');
    await join((await established()).api, g.id);
    const { closeGroupBuy } = await leader.api.ok<{ closeGroupBuy: GroupView }>(CLOSE_GROUP, { groupBuyId: g.id });
    expect(closeGroupBuy).toMatchObject({ status: 'COMPLETED', countedBuyers: 2, unitPriceMinor: 5605 });
    expect(await leader.api.errorCode(CLOSE_GROUP, { groupBuyId: g.id })).toBe('CONFLICT');
    expect(await ordersOf(g.id)).toBe(2);
  });
});

describe('the deadline', () => {
  test('completes at the tier reached, or fails: every join released, nothing placed, no commission', async () => {
    const product = await groupProduct(server.graph, supplier);
    const { leader, rec } = await trustedLeader(server.graph, server.url, supplier, product.id, START);
    const { openGroupBuy: reaching } = await openGroup(leader.api, rec, inHours(2), 5);
    const joiner = await established();
    await join(joiner.api, reaching.id);
    await join((await established()).api, reaching.id);

    const product2 = await groupProduct(server.graph, supplier);
    const second = await trustedLeader(server.graph, server.url, supplier, product2.id, START);
    const { openGroupBuy: short } = await openGroup(second.leader.api, second.rec, inHours(2), 2);
    const lonely = await established();
    await join(lonely.api, short.id, { quantity: 4 });

    // Before the deadline the job leaves both open.
    expect(await settleGroupBuyDeadlines(server.graph, server.clock)).toEqual([]);
    server.clock.advance(2 * HOUR_MS);
    expect(await lonely.api.errorCode(JOIN_GROUP, { groupBuyId: short.id, quantity: 1, key: newKey(), resharer: null, address: null })).toBe('FORBIDDEN');
    const settled = await settleGroupBuyDeadlines(server.graph, server.clock);
    expect(settled.map((s) => [s.groupBuyId, s.outcome]).sort()).toEqual(
      [[reaching.id, 'COMPLETED'], [short.id, 'FAILED']].sort(),
    );
    expect(await group(reaching.id)).toMatchObject({ status: 'COMPLETED', unitPriceMinor: 5605 });
    expect(await ordersOf(reaching.id)).toBe(2);

    const failed = await group(short.id, lonely);
    expect(failed).toMatchObject({ status: 'FAILED', unitPriceMinor: 5900 });
    expect(failed.myJoins!.map((j) => [j.status, j.order])).toEqual([['RELEASED', null]]);
    expect(await ordersOf(short.id)).toBe(0);
    const lonelyOrders = await lonely.api.ok<{ myOrders: { edges: unknown[] } }>('{ myOrders { edges { node { id } } } }');
    expect(lonelyOrders.myOrders.edges).toHaveLength(1); // only the order that gave them history
    // The leaders and the joiners are told, in the settlement's transaction, linking to the group.
    expect(await groupNews(leader)).toEqual([{ kind: 'GROUP_BUY_COMPLETED', link: `/g/${reaching.id}`, productTitle: product.title, actor: null }]);
    expect(await groupNews(joiner)).toEqual([{ kind: 'GROUP_BUY_COMPLETED', link: `/g/${reaching.id}`, productTitle: product.title, actor: { id: leader.id } }]);
    expect(await groupNews(second.leader)).toEqual([{ kind: 'GROUP_BUY_FAILED', link: `/g/${short.id}`, productTitle: product2.title, actor: null }]);
    expect(await groupNews(lonely)).toEqual([{ kind: 'GROUP_BUY_FAILED', link: `/g/${short.id}`, productTitle: product2.title, actor: { id: second.leader.id } }]);
    // Run again: nothing settles twice, and nobody is told twice.
    expect(await settleGroupBuyDeadlines(server.graph, server.clock)).toEqual([]);
    expect(await groupNews(lonely)).toHaveLength(1);
    // The leader may open a new group of the product once the old one has closed.
    expect((await openGroup(second.leader.api, second.rec, inHours(3), 2)).openGroupBuy.status).toBe('OPEN');
  });

  test('many joins racing the deadline job on several connections: one settlement, every accepted join placed once', async () => {
    const product = await groupProduct(server.graph, supplier);
    const { leader, rec } = await trustedLeader(server.graph, server.url, supplier, product.id, START);
    const { openGroupBuy: g } = await openGroup(leader.api, rec, inHours(1), 5);
    const joiners = await Promise.all(Array.from({ length: 8 }, () => established()));
    // The API's clock is still before the deadline; the job's (another server's) is past it.
    const jobClock = new ManualClock(new Date(Date.parse(g.deadline)));
    const otherServer = testGraph();
    try {
      const results = await Promise.all([
        ...joiners.map((m) => m.api.request(JOIN_GROUP, { groupBuyId: g.id, quantity: 1, key: newKey(), resharer: null, address: null })),
        settleGroupBuyDeadlines(server.graph, jobClock),
        settleGroupBuyDeadlines(otherServer, jobClock),
        settleGroupBuyDeadlines(server.graph, jobClock),
      ]);
      const joinAnswers = results.slice(0, joiners.length) as { data?: { joinGroupBuy: unknown } | null; errors?: { extensions: { code: string } }[] }[];
      const accepted = joinAnswers.filter((r) => r.data?.joinGroupBuy).length;
      // A refused join is refused because the group had closed (or the target was reached before it).
      for (const r of joinAnswers.filter((x) => x.errors)) expect(r.errors![0]!.extensions.code).toBe('CONFLICT');
      const settlements = (results.slice(joiners.length) as { outcome: string }[][]).flat();
      const final = await group(g.id);
      expect(final.status).not.toBe('OPEN');
      // Settled once: by one job, or by the join that reached the target (then no job settles).
      expect(settlements.length).toBeLessThanOrEqual(1);
      expect(final.status).toBe(accepted >= 2 ? 'COMPLETED' : 'FAILED');
      expect(await ordersOf(g.id)).toBe(final.status === 'COMPLETED' ? accepted : 0);
      const held = await server.graph.read(async (tx) =>
        Number((await tx.run("MATCH (j:GroupJoin {status: 'HELD'})-[:IN]->(:GroupBuy {id: $id}) RETURN count(j) AS n", { id: g.id })).records[0]!.get('n')),
      );
      expect(held).toBe(0);
    } finally {
      await otherServer.close();
    }
  });
});

describe('verdicts on group orders', () => {
  test('each joiner’s verdict moves the leader’s trust like any order through the recommendation', async () => {
    const product = await groupProduct(server.graph, supplier);
    const { leader, rec } = await trustedLeader(server.graph, server.url, supplier, product.id, START);
    const { openGroupBuy: g } = await openGroup(leader.api, rec, inHours(24), 2);
    const [a, b] = [await established(), await established()];
    await join(a.api, g.id);
    const placed = await join(b.api, g.id);
    expect(placed.status).toBe('PLACED');
    const aOrder = (await group(g.id, a)).myJoins![0]!.order!;
    for (const [m, orderId, heldUp] of [[a, aOrder.id, true], [b, placed.order!.id, false]] as const) {
      await m.api.ok(CONFIRM_RECEIPT, { orderId });
      const { rateRecommendation } = await m.api.ok<{ rateRecommendation: { trustEvent: { delta: number; member: { id: string } } } }>(RATE, {
        orderId,
        stars: heldUp ? 5 : 1,
        heldUp,
        comment: null,
      });
      expect(rateRecommendation.trustEvent.member.id).toBe(leader.id);
      if (heldUp) expect(rateRecommendation.trustEvent.delta).toBeGreaterThanOrEqual(0);
      else expect(rateRecommendation.trustEvent.delta).toBeLessThan(0);
    }
  });
});
