// Follows through the GraphQL API: follow and unfollow (idempotent), their refusals, the counts,
// viewerFollows, and the followers / following connections paged by cursor.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, type TestMember } from '../support/factories';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const FOLLOW = 'mutation($id: ID!) { follow(memberId: $id) { id viewerFollows followerCount followingCount } }';
const UNFOLLOW = 'mutation($id: ID!) { unfollow(memberId: $id) { id viewerFollows followerCount } }';
const PAGE = `query($id: ID, $first: Int, $after: String) { member(id: $id) {
  followers(first: $first, after: $after) { edges { cursor since node { id } } pageInfo { hasNextPage endCursor } }
  following(first: $first, after: $after) { edges { since node { id } } pageInfo { hasNextPage endCursor } } } }`;

const member = () => createMember(server.graph, server.url);

/** Every FOLLOWS edge touching these members, as "from>to@at". */
async function followEdges(...members: TestMember[]): Promise<string[]> {
  const ids = members.map((m) => m.id);
  return server.graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (a:Member)-[f:FOLLOWS]->(b:Member) WHERE a.id IN $ids OR b.id IN $ids
       RETURN a.id + '>' + b.id + '@' + toString(f.at) AS edge ORDER BY edge`,
      { ids },
    );
    return result.records.map((r) => r.get('edge') as string);
  });
}

describe('follow and unfollow', () => {
  test('follow records one FOLLOWS edge with its date; following again changes nothing', async () => {
    const [a, b] = [await member(), await member()];
    const first = await a.api.ok(FOLLOW, { id: b.id });
    expect(first).toEqual({ follow: { id: b.id, viewerFollows: true, followerCount: 1, followingCount: 0 } });
    const at = server.clock.now().getTime();
    expect(await followEdges(a, b)).toEqual([`${a.id}>${b.id}@${at}`]);
    server.clock.advance(60_000);
    expect(await a.api.ok(FOLLOW, { id: b.id })).toEqual(first);
    expect(await followEdges(a, b)).toEqual([`${a.id}>${b.id}@${at}`]);
    const me = await a.api.ok<{ me: { followingCount: number; followerCount: number } }>('{ me { followingCount followerCount } }');
    expect(me.me).toEqual({ followingCount: 1, followerCount: 0 });
  });

  test('unfollow removes the edge; unfollowing again changes nothing', async () => {
    const [a, b, c] = [await member(), await member(), await member()];
    await a.api.ok(FOLLOW, { id: b.id });
    await c.api.ok(FOLLOW, { id: b.id });
    expect(await a.api.ok(UNFOLLOW, { id: b.id })).toEqual({ unfollow: { id: b.id, viewerFollows: false, followerCount: 1 } });
    expect(await a.api.ok(UNFOLLOW, { id: b.id })).toEqual({ unfollow: { id: b.id, viewerFollows: false, followerCount: 1 } });
    expect((await followEdges(a, b, c)).map((e) => e.split('@')[0])).toEqual([`${c.id}>${b.id}`]);
  });

  test('refuses to follow oneself (BAD_USER_INPUT), an unknown member (NOT_FOUND), a malformed id (BAD_USER_INPUT)', async () => {
    const a = await member();
    const before = await followEdges(a);
    const res = await a.api.request(FOLLOW, { id: a.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberId' });
    expect(await a.api.errorCode(FOLLOW, { id: 'no-such-member' })).toBe('NOT_FOUND');
    expect(await a.api.errorCode(FOLLOW, { id: 'not an id' })).toBe('BAD_USER_INPUT');
    expect(await a.api.errorCode(UNFOLLOW, { id: 'no-such-member' })).toBe('NOT_FOUND');
    expect(await followEdges(a)).toEqual(before);
    expect(before).toEqual([]);
  });

  test('refuses anonymous follow and unfollow with UNAUTHENTICATED and changes nothing', async () => {
    const [a, b] = [await member(), await member()];
    await a.api.ok(FOLLOW, { id: b.id });
    const before = await followEdges(a, b);
    const anon = new ApiClient(server.url);
    expect(await anon.errorCode(FOLLOW, { id: b.id })).toBe('UNAUTHENTICATED');
    expect(await anon.errorCode(UNFOLLOW, { id: b.id })).toBe('UNAUTHENTICATED');
    expect(await followEdges(a, b)).toEqual(before);
  });

  test('one member cannot unfollow on behalf of another: unfollow only ever removes the viewer\'s own edge', async () => {
    const [a, b, c] = [await member(), await member(), await member()];
    await a.api.ok(FOLLOW, { id: b.id });
    const before = await followEdges(a, b, c);
    await c.api.ok(UNFOLLOW, { id: b.id });
    expect(await followEdges(a, b, c)).toEqual(before);
  });

  test('viewerFollows is false for anonymous viewers and for oneself', async () => {
    const [a, b] = [await member(), await member()];
    await a.api.ok(FOLLOW, { id: b.id });
    const query = 'query($id: ID) { member(id: $id) { viewerFollows followerCount } }';
    expect(await new ApiClient(server.url).ok(query, { id: b.id })).toEqual({ member: { viewerFollows: false, followerCount: 1 } });
    expect(await b.api.ok(query, { id: b.id })).toEqual({ member: { viewerFollows: false, followerCount: 1 } });
    expect(await a.api.ok(query, { id: b.id })).toEqual({ member: { viewerFollows: true, followerCount: 1 } });
  });
});

describe('followers and following', () => {
  test('page newest follow first, without gaps or repeats, with counts and viewerFollows per row', async () => {
    const star = await member();
    const fans: TestMember[] = [];
    for (let i = 0; i < 5; i++) {
      const fan = await member();
      server.clock.advance(1000);
      await fan.api.ok(FOLLOW, { id: star.id });
      fans.push(fan);
    }
    const expected = [...fans].reverse().map((f) => f.id);
    const seen: string[] = [];
    let after: string | null = null;
    type Page = { member: { followers: { edges: { cursor: string; since: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
    for (let page = 0; page < 5; page++) {
      const data: Page = await star.api.ok<Page>(PAGE, { id: star.id, first: 2, after });
      const { edges, pageInfo } = data.member.followers;
      seen.push(...edges.map((e) => e.node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);

    // One fan's view: whom they follow, and a list of followers with per-row fields (batched).
    const fan = fans[0]!;
    const following = await fan.api.ok<{ member: { following: { edges: { since: string; node: { id: string } }[] } } }>(PAGE, { id: fan.id });
    expect(following.member.following.edges.map((e) => e.node.id)).toEqual([star.id]);
    expect(Date.parse(following.member.following.edges[0]!.since)).toBeGreaterThan(Date.parse('2026-06-01T08:00:00Z'));
    await fans[1]!.api.ok(FOLLOW, { id: fans[2]!.id });
    const rows = await fans[1]!.api.ok<{ member: { followers: { edges: { node: { id: string; viewerFollows: boolean; followerCount: number; followingCount: number } }[] } } }>(
      'query($id: ID) { member(id: $id) { followers(first: 10) { edges { node { id viewerFollows followerCount followingCount } } } } }',
      { id: star.id },
    );
    const byId = new Map(rows.member.followers.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(fans[2]!.id)).toEqual({ id: fans[2]!.id, viewerFollows: true, followerCount: 1, followingCount: 1 });
    expect(byId.get(fans[3]!.id)).toEqual({ id: fans[3]!.id, viewerFollows: false, followerCount: 0, followingCount: 1 });
  });

  test('refuses a page size out of range and a forged cursor with BAD_USER_INPUT', async () => {
    const a = await member();
    expect(await a.api.errorCode(PAGE, { id: a.id, first: 0 })).toBe('BAD_USER_INPUT');
    expect(await a.api.errorCode(PAGE, { id: a.id, first: 101 })).toBe('BAD_USER_INPUT');
    expect(await a.api.errorCode(PAGE, { id: a.id, after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    const wrongKind = Buffer.from(JSON.stringify(['text', 'x'])).toString('base64url');
    expect(await a.api.errorCode(PAGE, { id: a.id, after: wrongKind })).toBe('BAD_USER_INPUT');
  });
});
