// GraphQL limits: depth, aliases, cost and batching are refused with a typed error and a 4xx,
// never a 500; and the CORS allowlist (issue 8).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, type TestMember } from '../support/factories';
import { GRAPHQL_LIMITS } from '../../server/limits';

const ALLOWED_ORIGIN = 'https://friends.example.test';
let server: TestServer;
let member: TestMember;

beforeAll(async () => {
  server = await startTestServer(undefined, { corsOrigins: [ALLOWED_ORIGIN] });
  member = await createMember(server.graph, server.url);
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

interface Raw {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Raw> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Raw['body'] };
}

/** `levels` nested follower lists under one member, each asking for `first` rows. */
function nestedFollowers(levels: number, first: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `followers(first: ${first}) { edges { node { ${inner} } } }`;
  return `query($h: String!) { member(handle: $h) { ${inner} } }`;
}

function expectRefused(res: Raw, code: string, message: RegExp): void {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(res.body.data ?? null).toBeNull();
  expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
  expect(res.body.errors?.[0]?.message).toMatch(message);
  expect(JSON.stringify(res.body)).not.toMatch(/stack|INTERNAL_SERVER_ERROR/);
}

describe('GraphQL limits', () => {
  test('a query within every limit is answered', async () => {
    const res = await post({ query: nestedFollowers(2, 10), variables: { h: member.handle } });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });

  test(`a query deeper than ${GRAPHQL_LIMITS.maxDepth} levels is refused`, async () => {
    // 4 follower levels = depth 13; first: 1 keeps the cost low, so depth alone refuses it.
    const res = await post({ query: nestedFollowers(4, 1), variables: { h: member.handle } });
    expectRefused(res, 'GRAPHQL_VALIDATION_FAILED', /depth/i);
  });

  test(`more than ${GRAPHQL_LIMITS.maxAliases} aliases are refused`, async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: network { members }`).join(' ');
    expectRefused(await post({ query: `{ ${fields} }` }), 'GRAPHQL_VALIDATION_FAILED', /alias/i);
    const within = Array.from({ length: 5 }, (_, i) => `a${i}: network { members }`).join(' ');
    expect((await post({ query: `{ ${within} }` })).body.errors).toBeUndefined();
  });

  test('a query whose estimated cost is over the cap is refused, with page sizes from literals or variables', async () => {
    // 100 × 100 nested rows: shallow, few aliases, but ten thousand members.
    expectRefused(await post({ query: nestedFollowers(2, 100), variables: { h: member.handle } }), 'BAD_USER_INPUT', /too expensive/);
    const viaVariable = `query($h: String!, $n: Int) { member(handle: $h) { followers(first: $n) { edges { node { followers(first: $n) { edges { node { id handle } } } } } } } }`;
    expectRefused(await post({ query: viaVariable, variables: { h: member.handle, n: 100 } }), 'BAD_USER_INPUT', /too expensive/);
    const small = await post({ query: viaVariable, variables: { h: member.handle, n: 5 } });
    expect(small.body.errors).toBeUndefined();
  });

  test('a batched request (a JSON array of operations) is refused', async () => {
    const res = await post([{ query: '{ network { members } }' }, { query: '{ network { products } }' }]);
    expectRefused(res, 'BAD_REQUEST', /batching/i);
  });

  test('a very long document is refused before it is validated', async () => {
    const fields = Array.from({ length: 2000 }, () => 'members').join(' ');
    const res = await post({ query: `{ network { ${fields} } }` });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_(PARSE|VALIDATION)_FAILED/);
  });

  test('introspection follows GRAPHQL_INTROSPECTION (on in tests)', async () => {
    const res = await post({ query: '{ __schema { queryType { name } } }' });
    expect(res.body.errors).toBeUndefined();
  });
});

describe('CORS allowlist', () => {
  test('an allowed origin gets the CORS headers, with credentials', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    const post = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: ALLOWED_ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ network { members } }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
  });

  test('any other origin gets no CORS headers', async () => {
    for (const origin of ['https://evil.example.test', 'null', `${ALLOWED_ORIGIN}.evil.test`]) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ network { members } }' }),
      });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});
