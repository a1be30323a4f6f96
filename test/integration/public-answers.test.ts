// Whole signed-out board answers (server/public-answers.ts), through the API. `followerCount` is
// read live for every executed request (the leaderboard cache holds pages, not counts), so a
// follower added through a second connection ("another server") shows at once to a request that
// runs, and not to one answered from the answer cache.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import type { Graph } from '../../graph/graph';
import { DEFAULT_LEADERBOARD_CACHE_MS } from '../../server/leaderboard-cache';

const TTL = DEFAULT_LEADERBOARD_CACHE_MS;
import { ApiClient } from '../support/graphql-client';
import { recommend, vouchFor } from '../support/commerce';
import { cleanup, createMember, createProduct, type TestMember } from '../support/factories';
import { startTestServer, testGraph, type TestServer } from '../support/test-server';

let server: TestServer;
let elsewhere: Graph;
let author: TestMember;
const category = `answers${randomUUID().slice(0, 8)}`;

const BOARD = `query ($category: String) { leaderboard(scope: CATEGORY, category: $category, first: 10) { edges { node { member { id followerCount } } } } }`;
type Board = { leaderboard: { edges: { node: { member: { id: string; followerCount: number } } }[] } };

async function followers(api = new ApiClient(server.url), query = BOARD): Promise<number | undefined> {
  const board = await api.ok<Board>(query, { category });
  return board.leaderboard.edges.find((e) => e.node.member.id === author.id)?.node.member.followerCount;
}

/** A follower the server never hears of: written through the other connection. */
async function followElsewhere(): Promise<void> {
  const fan = await createMember(elsewhere, server.url);
  await elsewhere.write((tx) =>
    tx.run('MATCH (a:Member {id: $a}), (b:Member {id: $b}) CREATE (a)-[:FOLLOWS {at: $now}]->(b)', { a: fan.id, b: author.id, now: Date.now() }),
  );
}

beforeAll(async () => {
  server = await startTestServer();
  elsewhere = testGraph();
  const supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  const product = await createProduct(server.graph, supplier.id, { category });
  author = await createMember(server.graph, server.url);
  const rec = await recommend(author, supplier, product.id);
  // The category board ranks only records with vouched evidence.
  await vouchFor(server.graph, server.url, supplier, product.id, rec, { now: server.clock.now() });
});

afterAll(async () => {
  await cleanup(server.graph);
  await elsewhere.close();
  await server.stop();
});

describe('signed-out board answers', () => {
  // Each test starts past the TTL of whatever the one before left cached.
  beforeEach(() => {
    server.clock.advance(DEFAULT_LEADERBOARD_CACHE_MS);
  });

  test('are served whole for three quarters of the TTL; then a request runs the query again', async () => {
    const before = await followers();
    await followElsewhere();
    expect(await followers()).toBe(before);
    expect(await followers(author.api)).toBe(before! + 1);
    server.clock.advance(TTL * 0.75 - 1);
    expect(await followers()).toBe(before);
    // The last quarter: a request runs the query again (others would still be served meanwhile).
    server.clock.advance(1);
    expect(await followers()).toBe(before! + 1);
  });

  test('an answer built from a cached page is as old as that page', async () => {
    const before = await followers(author.api); // signed in: runs, and fills the page cache
    server.clock.advance(TTL / 2);
    expect(await followers()).toBe(before); // runs on the page read TTL / 2 ago, and is stored
    await followElsewhere();
    server.clock.advance(TTL / 4 - 1);
    expect(await followers()).toBe(before);
    // Three quarters of a TTL after the page was read (a quarter after the answer was built).
    server.clock.advance(1);
    expect(await followers()).toBe(before! + 1);
  });

  test('are kept per query text and variables: another document runs', async () => {
    const before = await followers();
    await followElsewhere();
    expect(await followers()).toBe(before);
    expect(await followers(new ApiClient(server.url), `${BOARD} `)).toBe(before! + 1);
  });

  test('are dropped by any write this server commits', async () => {
    const before = await followers();
    await followElsewhere();
    expect(await followers()).toBe(before);
    const fan = await createMember(server.graph, server.url);
    await fan.api.ok('mutation ($id: ID!) { follow(memberId: $id) { id } }', { id: author.id });
    expect(await followers()).toBe(before! + 2);
  });

  test('a stored answer is sent as the same bytes and headers Apollo sent when it ran', async () => {
    const post = (headers: Record<string, string> = {}) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: BOARD, variables: { category } }),
      });
    const ran = await post();
    const ranBody = await ran.text();
    await followElsewhere();
    const stored = await post();
    expect(await stored.text()).toBe(ranBody);
    expect(stored.status).toBe(200);
    expect(stored.headers.get('content-type')).toBe(ran.headers.get('content-type'));
    expect(stored.headers.get('content-security-policy')).toBe(ran.headers.get('content-security-policy'));
    // Served in front of Apollo: Express's res.send (Apollo's way out) adds an ETag, the stored bytes do not.
    expect(ran.headers.get('etag')).not.toBeNull();
    expect(stored.headers.get('etag')).toBeNull();
    // A client asking for the GraphQL media type gets it, from the same stored answer.
    const typed = await post({ accept: 'application/graphql-response+json' });
    expect(typed.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await typed.text()).toBe(ranBody);
    // A token that names no session is signed out too: the same answer, through Apollo's hook.
    const anonymousWithToken = await post({ authorization: 'Bearer no-such-session' });
    expect(JSON.parse(await anonymousWithToken.text())).toEqual(JSON.parse(ranBody));
  });
});
