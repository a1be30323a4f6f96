// Leaderboards, ranks, movement and history through the API, on members whose trust the test
// sets directly (the trust maths has its own tests); snapshots on far-future days so they never
// meet another test's.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, createProduct, type TestMember } from '../support/factories';
import { takeDailySnapshot } from '../../graph/snapshots';

let server: TestServer;
let supplier: TestMember;
const category = `cat${randomUUID().slice(0, 8)}`;
const DAY1 = '2099-01-01';
const DAY2 = '2099-01-02';
let members: TestMember[] = [];

async function setTrust(m: TestMember, rankKey: number, score: number) {
  await server.graph.write((tx) =>
    tx.run('MATCH (m:Member {id: $id}) SET m.trustRankKey = $rankKey, m.trustScore = $score, m.trustConfidence = 0.5', {
      id: m.id,
      rankKey,
      score,
    }),
  );
}

async function recommend(m: TestMember, productId: string) {
  await server.graph.write((tx) =>
    tx.run(
      `MATCH (m:Member {id: $memberId}), (p:Product {id: $productId})
       CREATE (m)-[:RECOMMENDS]->(:Recommendation {id: $id, code: $code, authorProduct: $memberId + ':' + $productId,
         stars: 5, text: 'Held up well for a test.', createdAt: 0, updatedAt: 0, revision: 1})-[:FOR]->(p)`,
      { memberId: m.id, productId, id: randomUUID(), code: randomUUID().slice(0, 8) },
    ),
  );
}

const BOARD = `query Board($scope: LeaderboardScope, $category: String, $first: Int, $after: String) {
  leaderboard(scope: $scope, category: $category, first: $first, after: $after) {
    snapshotDay
    edges { cursor node { position movement member { id handle trust { score rankKey } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type Board = { leaderboard: { snapshotDay: string | null; edges: { node: { position: number; movement: number | null; member: { id: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

beforeAll(async () => {
  server = await startTestServer();
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  const product = await createProduct(server.graph, supplier.id, { category });
  members = [];
  for (let i = 0; i < 5; i++) {
    const m = await createMember(server.graph, server.url);
    await recommend(m, product.id);
    members.push(m);
  }
  // Trust order: members[0] best … members[4] worst (rank keys high enough to top any board).
  for (const [i, m] of members.entries()) await setTrust(m, 99.9 - i * 0.01, 90 - i);
});

afterAll(async () => {
  await server.graph.write((tx) =>
    tx.run('MATCH (s:RankSnapshot) WHERE s.day IN $days DELETE s WITH 1 AS x MATCH (d:RankSnapshotDay) WHERE d.day IN $days DELETE d', { days: [DAY1, DAY2] }),
  );
  await server.graph.write((tx) => tx.run('MATCH (d:RankSnapshotDay) WHERE d.day IN $days DELETE d', { days: [DAY1, DAY2] }));
  await cleanup(server.graph);
  await server.stop();
});

describe('leaderboard', () => {
  test('a category board ranks by trust rank key, paginates with stable cursors and numbers the rows', async () => {
    const api = new ApiClient(server.url);
    const first = await api.ok<Board>(BOARD, { scope: 'CATEGORY', category, first: 2 });
    expect(first.leaderboard.edges.map((e) => e.node.member.id)).toEqual([members[0]!.id, members[1]!.id]);
    expect(first.leaderboard.edges.map((e) => e.node.position)).toEqual([1, 2]);
    expect(first.leaderboard.pageInfo.hasNextPage).toBe(true);
    const second = await api.ok<Board>(BOARD, { scope: 'CATEGORY', category, first: 10, after: first.leaderboard.pageInfo.endCursor });
    expect(second.leaderboard.edges.map((e) => e.node.member.id)).toEqual(members.slice(2).map((m) => m.id));
    expect(second.leaderboard.edges.map((e) => e.node.position)).toEqual([3, 4, 5]);
    expect(second.leaderboard.pageInfo.hasNextPage).toBe(false);
  });

  test('the global board starts with the highest rank keys, recommenders only', async () => {
    const api = new ApiClient(server.url);
    const board = await api.ok<Board>(BOARD, { first: 5 });
    expect(board.leaderboard.edges.map((e) => e.node.member.id)).toEqual(members.map((m) => m.id));
    // The supplier has no recommendation: never on the board.
    const all = await api.ok<Board>(BOARD, { first: 100 });
    expect(all.leaderboard.edges.some((e) => e.node.member.id === supplier.id)).toBe(false);
  });

  test('the FOLLOWING board shows whom I follow and me, and needs a signed-in viewer', async () => {
    const me = members[3]!;
    await server.graph.write((tx) =>
      tx.run('MATCH (a:Member {id: $a}), (b:Member {id: $b}) CREATE (a)-[:FOLLOWS {at: 0}]->(b)', { a: me.id, b: members[1]!.id }),
    );
    const board = await me.api.ok<Board>(BOARD, { scope: 'FOLLOWING' });
    expect(board.leaderboard.edges.map((e) => e.node.member.id)).toEqual([members[1]!.id, me.id]);
    expect(await new ApiClient(server.url).errorCode(BOARD, { scope: 'FOLLOWING' })).toBe('UNAUTHENTICATED');
  });

  test('bad input is refused with a typed error', async () => {
    const api = new ApiClient(server.url);
    expect(await api.errorCode(BOARD, { scope: 'CATEGORY' })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(BOARD, { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(BOARD, { first: 101 })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(BOARD, { after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(BOARD, { after: Buffer.from('[1,"x"]').toString('base64url') })).toBe('BAD_USER_INPUT');
  });
});

describe('daily snapshot', () => {
  const RANK = `query Rank($id: ID) { member(id: $id) { rank { rank movement day } categoryRank(category: "${category}") { rank movement }
    trustHistory(days: 365) { day rank score } } }`;
  type Rank = { member: { rank: { rank: number; movement: number | null; day: string } | null; categoryRank: { rank: number; movement: number | null } | null; trustHistory: { day: string; rank: number }[] } };

  test('ranks and movement come from the snapshots, and a second run the same day changes nothing', async () => {
    const now = new Date('2099-01-01T16:00:00Z');
    const first = await takeDailySnapshot(server.graph, DAY1, now);
    expect(first.alreadyTaken).toBe(false);
    // members[4] overtakes members[0] in the category and globally.
    await setTrust(members[4]!, 99.95, 95);
    await takeDailySnapshot(server.graph, DAY2, now);
    const again = await takeDailySnapshot(server.graph, DAY2, now);
    expect(again).toMatchObject({ alreadyTaken: true, ranks: 0 });

    const api = new ApiClient(server.url);
    const riser = await api.ok<Rank>(RANK, { id: members[4]!.id });
    expect(riser.member.rank).toEqual({ rank: 1, movement: 4, day: DAY2 });
    expect(riser.member.categoryRank).toEqual({ rank: 1, movement: 4 });
    const faller = await api.ok<Rank>(RANK, { id: members[0]!.id });
    expect(faller.member.rank).toMatchObject({ rank: 2, movement: -1 });
    // History ends at the server's today (2026 on the test clock): these future days are not in it yet.
    expect(faller.member.trustHistory.filter((p) => p.day >= DAY1)).toEqual([]);
    const board = await api.ok<Board>(BOARD, { scope: 'CATEGORY', category, first: 2 });
    expect(board.leaderboard.snapshotDay).toBe(DAY2);
    expect(board.leaderboard.edges.map((e) => [e.node.position, e.node.movement])).toEqual([[1, 4], [2, -1]]);
  });

  test('the FOLLOWING board counts movement within the circle, not on the whole board', async () => {
    // members[4] climbed from 5th to 1st globally, but among the people this viewer follows it
    // passed only members[0]; members[2], not followed, is nobody's business here.
    const viewer = await createMember(server.graph, server.url);
    for (const followed of [members[0]!, members[4]!]) {
      await viewer.api.ok('mutation ($id: ID!) { follow(memberId: $id) { id } }', { id: followed.id });
    }
    const board = await viewer.api.ok<Board>(BOARD, { scope: 'FOLLOWING' });
    expect(board.leaderboard.snapshotDay).toBe(DAY2);
    const rows = board.leaderboard.edges.map((e) => [e.node.member.id, e.node.position, e.node.movement]);
    // The viewer, with no recommendation, was on no snapshot: no place there, no arrow.
    expect(rows).toEqual([[members[4]!.id, 1, 1], [members[0]!.id, 2, -1], [viewer.id, 3, null]]);
    // The global arrows stay global, in the same request too.
    const global = await viewer.api.ok<{ a: { rank: { movement: number } }; b: { rank: { movement: number } }; leaderboard: unknown }>(
      `query ($a: ID, $b: ID) { a: member(id: $a) { rank { movement } } b: member(id: $b) { rank { movement } }
         leaderboard(scope: FOLLOWING) { edges { node { movement } } } }`,
      { a: members[4]!.id, b: members[0]!.id },
    );
    expect([global.a.rank.movement, global.b.rank.movement]).toEqual([4, -1]);
  });

  test('the history of a member lists each snapshot day', async () => {
    server.clock.set(new Date('2099-01-03T00:00:00Z'));
    const api = new ApiClient(server.url);
    const res = await api.ok<Rank>(RANK, { id: members[4]!.id });
    expect(res.member.trustHistory.map((p) => [p.day, p.rank])).toEqual([[DAY1, 5], [DAY2, 1]]);
  });

  test("a member's rank costs the same database hits whatever the rank (PROFILE)", async () => {
    const hits = async (memberId: string) =>
      server.graph.read(async (tx) => {
        const result = await tx.run('PROFILE MATCH (s:RankSnapshot {key: $key}) RETURN s.rank AS rank, s.movement AS movement', {
          key: `${memberId}|global|${DAY2}`,
        });
        const total = (p: { dbHits: number; children: unknown[] }): number =>
          p.dbHits + (p.children as { dbHits: number; children: unknown[] }[]).reduce((a, c) => a + total(c), 0);
        return total(result.summary.profile as unknown as { dbHits: number; children: unknown[] });
      });
    expect(await hits(members[4]!.id)).toBe(await hits(members[3]!.id));
  });
});
