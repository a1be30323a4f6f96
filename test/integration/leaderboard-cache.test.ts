// The public leaderboards' in-process cache (server/leaderboard-cache.ts), through the API. A
// second connection to the same Neo4j plays "another server": its writes reach the database
// but not this server's cache, so a page that does not show them was served from the cache,
// and a page that shows them after a write here proves that write dropped the cache.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Graph } from '../../graph/graph';
import { takeDailySnapshot } from '../../graph/snapshots';
import { recomputeTrust } from '../../graph/trust-recompute';
import { createApp } from '../../server/app';
import { configFromEnv } from '../../server/config';
import { DEFAULT_LEADERBOARD_CACHE_MS } from '../../server/leaderboard-cache';
import { createLogger } from '../../server/logger';
import { ApiClient } from '../support/graphql-client';
import { CONFIRM_RECEIPT, placeOrder, RATE, recommend, REFUND, vouchFor, type RecView } from '../support/commerce';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import { RELAXED_RATE_LIMITS, startTestServer, testGraph, type TestServer } from '../support/test-server';

let server: TestServer;
let elsewhere: Graph;
let supplier: TestMember;
let product: TestProduct;
let authors: TestMember[];
let recs: RecView[];
const category = `cache${randomUUID().slice(0, 8)}`;
const DAYS = ['2097-03-01', '2097-03-02', '2097-03-03', '2097-03-04'];

const BOARD = `query ($category: String) {
  leaderboard(scope: CATEGORY, category: $category, first: 10) {
    snapshotDay
    edges { node { movement member { id displayName email inviteCode } } }
  }
}`;
type Row = { movement: number | null; member: { id: string; displayName: string; email: string | null; inviteCode: string | null } };
type Board = { leaderboard: { snapshotDay: string | null; edges: { node: Row }[] } };

const rows = async (api = new ApiClient(server.url)) => (await api.ok<Board>(BOARD, { category })).leaderboard.edges.map((e) => e.node);
const nameOf = async (member: TestMember, api?: ApiClient) => (await rows(api)).find((r) => r.member.id === member.id)?.member.displayName;

/** Renames a member through the other connection: a change this server's cache never hears of. */
async function renameElsewhere(member: TestMember): Promise<string> {
  const name = `renamed ${randomUUID().slice(0, 8)}`;
  await elsewhere.write((tx) => tx.run('MATCH (m:Member {id: $id}) SET m.displayName = $name', { id: member.id, name }));
  return name;
}

/** Fills the cache with the current page, then changes it elsewhere: the cached page must hide it. */
async function cachedWhileRenamedElsewhere(member: TestMember): Promise<string> {
  const before = await nameOf(member);
  expect(before).toBeDefined();
  const renamed = await renameElsewhere(member);
  expect(await nameOf(member)).toBe(before);
  return renamed;
}

/** A buyer's received order placed through the first author's recommendation. */
async function receivedThroughRecommendation(): Promise<{ buyer: TestMember; orderId: string }> {
  const buyer = await createMember(server.graph, server.url);
  const order = await placeOrder(buyer.api, product.id, { code: recs[0]!.code });
  await buyer.api.ok(CONFIRM_RECEIPT, { orderId: order.id });
  return { buyer, orderId: order.id };
}

beforeAll(async () => {
  server = await startTestServer();
  elsewhere = testGraph();
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  product = await createProduct(server.graph, supplier.id, { category });
  authors = [];
  recs = [];
  for (let i = 0; i < 3; i++) {
    const author = await createMember(server.graph, server.url);
    recs.push(await recommend(author, supplier, product.id));
    // The category board ranks only records with vouched evidence.
    await vouchFor(server.graph, server.url, supplier, product.id, recs.at(-1)!, { now: server.clock.now() });
    authors.push(author);
  }
});

afterAll(async () => {
  await server.graph.write((tx) =>
    tx.run('MATCH (s:RankSnapshot) WHERE s.day IN $days DETACH DELETE s', { days: DAYS }),
  );
  await server.graph.write((tx) => tx.run('MATCH (d:RankSnapshotDay) WHERE d.day IN $days DETACH DELETE d', { days: DAYS }));
  await cleanup(server.graph);
  await elsewhere.close();
  await server.stop();
});

describe('the leaderboard cache', () => {
  test('serves a page for at most LEADERBOARD_CACHE_MS by the clock', async () => {
    const renamed = await cachedWhileRenamedElsewhere(authors[1]!);
    server.clock.advance(DEFAULT_LEADERBOARD_CACHE_MS - 1);
    expect(await nameOf(authors[1]!)).not.toBe(renamed);
    server.clock.advance(1);
    expect(await nameOf(authors[1]!)).toBe(renamed);
  });

  test('a verdict committed here drops it at once', async () => {
    const { buyer, orderId } = await receivedThroughRecommendation();
    const renamed = await cachedWhileRenamedElsewhere(authors[2]!);
    await buyer.api.ok(RATE, { orderId, stars: 5, heldUp: true, comment: null });
    expect(await nameOf(authors[2]!)).toBe(renamed);
  });

  test('a refund committed here drops it at once', async () => {
    const { orderId } = await receivedThroughRecommendation();
    const renamed = await cachedWhileRenamedElsewhere(authors[1]!);
    await supplier.api.ok(REFUND, { orderId, reason: 'Arrived crushed' });
    expect(await nameOf(authors[1]!)).toBe(renamed);
  });

  test('a global recompute in this process drops it', async () => {
    const renamed = await cachedWhileRenamedElsewhere(authors[0]!);
    await recomputeTrust(server.graph, server.clock.now());
    expect(await nameOf(authors[0]!)).toBe(renamed);
  });

  test('a snapshot taken here drops the pages, the latest day and the cached ranks', async () => {
    const RANK = `query ($id: ID) { member(id: $id) { rank { day } } }`;
    const rankDay = async () => (await new ApiClient(server.url).ok<{ member: { rank: { day: string } | null } }>(RANK, { id: authors[0]!.id })).member.rank?.day;
    const boardDay = async () => (await new ApiClient(server.url).ok<Board>(BOARD, { category })).leaderboard.snapshotDay;
    await takeDailySnapshot(server.graph, DAYS[0]!, server.clock.now());
    expect([await rankDay(), await boardDay()]).toEqual([DAYS[0], DAYS[0]]);
    // Another server's snapshot: this one keeps answering from the day it has cached…
    await takeDailySnapshot(elsewhere, DAYS[1]!, server.clock.now());
    expect([await rankDay(), await boardDay()]).toEqual([DAYS[0], DAYS[0]]);
    // …until it takes one itself,
    await takeDailySnapshot(server.graph, DAYS[2]!, server.clock.now());
    expect([await rankDay(), await boardDay()]).toEqual([DAYS[2], DAYS[2]]);
    // or the TTL runs out.
    await takeDailySnapshot(elsewhere, DAYS[3]!, server.clock.now());
    expect(await rankDay()).toBe(DAYS[2]);
    server.clock.advance(DEFAULT_LEADERBOARD_CACHE_MS);
    expect([await rankDay(), await boardDay()]).toEqual([DAYS[3], DAYS[3]]);
  });

  test('a cached page never shows one viewer what only another may see', async () => {
    const [me, other] = authors as [TestMember, TestMember, TestMember];
    server.clock.advance(DEFAULT_LEADERBOARD_CACHE_MS);
    // I fill the cache: my own email and invite code are mine to see, nobody else's.
    const mine = await rows(me.api);
    expect(mine.find((r) => r.member.id === me.id)?.member).toMatchObject({ email: me.email, inviteCode: expect.any(String) });
    expect(mine.filter((r) => r.member.id !== me.id).every((r) => r.member.email === null && r.member.inviteCode === null)).toBe(true);
    const renamed = await renameElsewhere(other);
    // The same cached page (the rename does not show), without my private fields.
    for (const api of [new ApiClient(server.url), other.api]) {
      const seen = await rows(api);
      expect(seen.find((r) => r.member.id === other.id)?.member.displayName).not.toBe(renamed);
      expect(seen.find((r) => r.member.id === me.id)?.member).toMatchObject({ email: null, inviteCode: null });
    }
    // And the other way round: filled by an anonymous request, still my fields for me.
    server.clock.advance(DEFAULT_LEADERBOARD_CACHE_MS);
    await rows();
    expect((await rows(me.api)).find((r) => r.member.id === me.id)?.member.email).toBe(me.email);
  });

  test('the FOLLOWING board is read for each viewer, never from the cache', async () => {
    const FOLLOWING = `{ leaderboard(scope: FOLLOWING, first: 10) { edges { node { member { id } } } } }`;
    const following = async (m: TestMember) =>
      (await m.api.ok<{ leaderboard: { edges: { node: { member: { id: string } } }[] } }>(FOLLOWING)).leaderboard.edges.map((e) => e.node.member.id);
    const [a, b, c] = authors as [TestMember, TestMember, TestMember];
    expect(await following(a)).toEqual([a.id]);
    expect(await following(b)).toEqual([b.id]);
    await elsewhere.write((tx) => tx.run('MATCH (a:Member {id: $a}), (c:Member {id: $c}) CREATE (a)-[:FOLLOWS {at: 0}]->(c)', { a: a.id, c: c.id }));
    expect((await following(a)).sort()).toEqual([a.id, c.id].sort());
  });

  test('LEADERBOARD_CACHE_MS=0 reads the database on every request', async () => {
    expect(configFromEnv({ LEADERBOARD_CACHE_MS: '0' }).leaderboardCacheMs).toBe(0);
    expect(configFromEnv({}).leaderboardCacheMs).toBe(DEFAULT_LEADERBOARD_CACHE_MS);
    const uncached = await createApp({ graph: server.graph, clock: server.clock, log: createLogger('silent'), introspection: false, rateLimits: RELAXED_RATE_LIMITS, leaderboardCacheMs: 0 });
    const listening: Server = await new Promise((resolve) => {
      const s = uncached.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const port = (listening.address() as { port: number }).port;
      const api = new ApiClient(`http://127.0.0.1:${port}`);
      await nameOf(authors[2]!, api);
      const renamed = await renameElsewhere(authors[2]!);
      expect(await nameOf(authors[2]!, api)).toBe(renamed);
    } finally {
      listening.closeAllConnections();
      await new Promise((resolve) => listening.close(resolve));
      await uncached.apollo.stop();
      uncached.leaderboards.close();
    }
  });
});
