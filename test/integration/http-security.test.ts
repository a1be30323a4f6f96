// HTTP-level defences (issue 8), as a browser would meet them: CSRF (a cross-site "simple"
// request carrying the session cookie is refused and writes nothing, a JSON request works),
// the secure headers on every kind of response, and the session cookie's flags.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, track, uniqueSuffix } from '../support/factories';

let server: TestServer;
let secureServer: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  secureServer = await startTestServer(undefined, { secureCookies: true });
});
afterAll(async () => {
  await cleanup(server.graph);
  await secureServer.stop();
  await server.stop();
});

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { member { id } } }`;
const SET_BIO = 'mutation { updateProfile(input: { bio: "written by a forged request" }) { bio } }';

/** Signs a new member up through the API; returns the raw Set-Cookie and the cookie to send. */
async function signUp(base: TestServer): Promise<{ id: string; setCookie: string; cookie: string }> {
  const handle = `Http_${uniqueSuffix()}`;
  const input = { handle, displayName: handle, email: `${handle.toLowerCase()}@example.test`, password: 'correct horse battery' };
  const res = await fetch(`${base.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_UP, variables: { input } }),
  });
  const body = (await res.json()) as { data: { signUp: { member: { id: string } } } };
  track(body.data.signUp.member.id);
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { id: body.data.signUp.member.id, setCookie, cookie: setCookie.split(';')[0]! };
}

async function bioOf(id: string): Promise<string> {
  return server.graph.read(async (tx) => (await tx.run('MATCH (m:Member {id: $id}) RETURN m.bio AS bio', { id })).records[0]!.get('bio') as string);
}

describe('CSRF', () => {
  let member: { id: string; cookie: string };
  beforeAll(async () => {
    member = await signUp(server);
  });

  // What a hostile page can send cross-site without a CORS preflight: a form post, a text/plain
  // fetch, an <img> or link GET. Each carries the SameSite=Lax cookie on a top-level GET at least.
  test.each([
    ['a form post', 'application/x-www-form-urlencoded', `query=${encodeURIComponent(SET_BIO)}`],
    ['a multipart form post', 'multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${SET_BIO}\r\n--x--\r\n`],
    ['a text/plain post of a JSON body', 'text/plain', JSON.stringify({ query: SET_BIO })],
  ])('%s with the session cookie is refused and writes nothing', async (_name, contentType, body) => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, cookie: member.cookie }, body });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
    expect(await bioOf(member.id)).toBe('');
  });

  test('a GET mutation with the session cookie is refused and writes nothing, with or without the preflight header', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent(SET_BIO)}`;
    const simple = await fetch(url, { headers: { cookie: member.cookie } });
    expect(simple.status).toBe(400);
    // Even a client that sends the header may not mutate over GET.
    const preflighted = await fetch(url, { headers: { cookie: member.cookie, 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(405);
    expect(await bioOf(member.id)).toBe('');
  });

  test('a JSON post with the session cookie works', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: member.cookie },
      body: JSON.stringify({ query: 'mutation { updateProfile(input: { bio: "mine" }) { bio } }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { updateProfile: { bio: 'mine' } } });
    expect(await bioOf(member.id)).toBe('mine');
  });

  test('a foreign origin gets no CORS permission for the JSON request a browser would preflight', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('secure headers', () => {
  const responses: [string, () => Promise<Response>][] = [
    ['a GraphQL answer', () => fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ network { members } }"}' })],
    ['a GraphQL refusal', () => fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' })],
    ['the health check', () => fetch(`${server.url}/healthz`)],
    ['an unknown path', () => fetch(`${server.url}/graphql/nothing-here`)],
  ];

  test.each(responses)('%s carries CSP, nosniff, frame and referrer policies, and no X-Powered-By', async (_name, send) => {
    const res = await send();
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('the session cookie', () => {
  test('is HTTP-only, SameSite=Lax, for the whole site, with an expiry, and not Secure by default', async () => {
    const { setCookie } = await signUp(server);
    expect(setCookie).toMatch(/^tl_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Path=\/(;|$)/);
    expect(setCookie).toMatch(/;\s*Expires=/i);
    expect(setCookie).not.toMatch(/;\s*Secure/i);
  });

  test('is Secure with COOKIE_SECURE, on sign-in and when sign-out clears it', async () => {
    const { setCookie, cookie } = await signUp(secureServer);
    expect(setCookie).toMatch(/;\s*Secure/i);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    const out = await fetch(`${secureServer.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    const cleared = out.headers.get('set-cookie') ?? '';
    expect(cleared).toMatch(/^tl_session=;/);
    expect(cleared).toMatch(/;\s*Secure/i);
    expect(cleared).toMatch(/;\s*HttpOnly/i);
  });
});

describe('caching of personal answers (issue 24)', () => {
  const gql = (headers: Record<string, string>, query: string, variables?: unknown) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });

  /** No cache may keep it, and a shared cache keys it on who asks. */
  function expectPersonal(res: Response): void {
    expect(res.headers.get('cache-control')).toBe('no-store');
    const vary = (res.headers.get('vary') ?? '').toLowerCase().split(/\s*,\s*/);
    expect(vary).toEqual(expect.arrayContaining(['cookie', 'authorization', 'accept-language']));
  }

  test('me, signed in by cookie or by Bearer token', async () => {
    const { cookie, setCookie } = await signUp(server);
    expect(setCookie).not.toBe('');
    expectPersonal(await gql({ cookie }, '{ me { id email } }'));
    const token = cookie.split('=')[1]!;
    expectPersonal(await gql({ authorization: `Bearer ${token}` }, '{ me { id email } }'));
  });

  test("the sign-up and sign-in answers, which carry the session's token", async () => {
    const handle = `Http_${uniqueSuffix()}`;
    const input = { handle, displayName: handle, email: `${handle.toLowerCase()}@example.test`, password: 'correct horse battery' };
    const up = await gql({}, 'mutation($input: SignUpInput!) { signUp(input: $input) { token member { id } } }', { input });
    expectPersonal(up);
    track(((await up.json()) as { data: { signUp: { member: { id: string } } } }).data.signUp.member.id);
    const inAgain = await gql({}, 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { handleOrEmail: handle, password: input.password } });
    expect(((await inAgain.json()) as { data?: { signIn?: { token?: string } } }).data?.signIn?.token).toEqual(expect.any(String));
    expectPersonal(inAgain);
  });

  test('a mutation, a refusal, a malformed body, and a signed-out read', async () => {
    const { cookie } = await signUp(server);
    expectPersonal(await gql({ cookie }, SET_BIO));
    expectPersonal(await gql({}, SET_BIO)); // UNAUTHENTICATED
    expectPersonal(await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{"query":' }));
    expectPersonal(await gql({}, '{ network { members } }'));
    // A signed-out board twice: the second answer is the stored one, served in front of Apollo.
    expectPersonal(await gql({}, '{ leaderboard(first: 1) { edges { cursor } } }'));
    expectPersonal(await gql({}, '{ leaderboard(first: 1) { edges { cursor } } }'));
  });
});
