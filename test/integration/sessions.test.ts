// Session lifetime (issue 8): a session ends after an idle window without use, and after 30 days
// whatever happens; last use is written at most once per touch interval, not on every request;
// and every sign-in rotates the token the request came with. Time is the server's manual clock.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, track, uniqueSuffix } from '../support/factories';
import { SESSION_TOUCH_INTERVAL_MS, SESSION_TTL_MS } from '../../server/auth/viewer';
import { hashToken } from '../../server/auth/tokens';
import { configFromEnv } from '../../server/config';
import { DAY_MS } from '../../server/clock';

const START = new Date('2026-09-01T08:00:00Z');
const IDLE_MS = 7 * DAY_MS;
const PASSWORD = 'correct horse battery';
const ME = '{ me { id } }';
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token member { id } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token member { id } } }`;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(START, { sessionIdleMs: IDLE_MS });
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

/** A new member signed up through the API; the client holds the session cookie. */
async function signedUp(): Promise<{ api: ApiClient; id: string; handle: string; token: string }> {
  const handle = `Sess_${uniqueSuffix()}`;
  const api = new ApiClient(server.url);
  const input = { handle, displayName: handle, email: `${handle.toLowerCase()}@example.test`, password: PASSWORD };
  const { signUp } = await api.ok<{ signUp: { token: string; member: { id: string } } }>(SIGN_UP, { input });
  track(signUp.member.id);
  return { api, id: signUp.member.id, handle, token: signUp.token };
}

const meOf = async (api: ApiClient) => (await api.ok<{ me: { id: string } | null }>(ME)).me?.id ?? null;

async function lastSeenOf(token: string): Promise<number | null> {
  return server.graph.read(async (tx) => {
    const result = await tx.run('MATCH (s:Session {tokenHash: $h}) RETURN s.lastSeenAt AS at', { h: hashToken(token) });
    return (result.records[0]?.get('at') as number | null | undefined) ?? null;
  });
}

describe('idle sessions', () => {
  test('a session unused for longer than the idle window stops working', async () => {
    server.clock.set(START);
    const { api, id } = await signedUp();
    server.clock.advance(IDLE_MS - 60_000);
    expect(await meOf(api)).toBe(id);
    // Used a minute before the window closed: the window starts again from that use.
    server.clock.advance(IDLE_MS - 60_000);
    expect(await meOf(api)).toBe(id);
    server.clock.advance(IDLE_MS + 1);
    expect(await meOf(api)).toBeNull();
    // Coming back does not revive it: a refused mutation, and still anonymous.
    expect(await api.errorCode('mutation { updateProfile(input: { bio: "back" }) { id } }')).toBe('UNAUTHENTICATED');
  });

  test('a session used every few days still ends 30 days after sign-in', async () => {
    server.clock.set(START);
    const { api, id } = await signedUp();
    const stepMs = 5 * DAY_MS;
    for (let t = stepMs; t < SESSION_TTL_MS; t += stepMs) {
      server.clock.set(new Date(START.getTime() + t));
      expect(await meOf(api)).toBe(id);
    }
    server.clock.set(new Date(START.getTime() + SESSION_TTL_MS));
    expect(await meOf(api)).toBeNull();
  });

  test('last use is written at most once per touch interval, not on every request', async () => {
    server.clock.set(START);
    const { api, token } = await signedUp();
    await meOf(api);
    expect(await lastSeenOf(token)).toBeNull(); // just created: createdAt is the last use
    server.clock.advance(SESSION_TOUCH_INTERVAL_MS - 1);
    await meOf(api);
    expect(await lastSeenOf(token)).toBeNull();
    const touchedAt = server.clock.advance(1).getTime();
    await meOf(api);
    expect(await lastSeenOf(token)).toBe(touchedAt);
    server.clock.advance(SESSION_TOUCH_INTERVAL_MS - 1);
    await meOf(api);
    await meOf(api);
    expect(await lastSeenOf(token)).toBe(touchedAt);
  });

  test("signing in deletes the member's idle sessions and keeps the ones in use", async () => {
    server.clock.set(START);
    const member = await signedUp();
    const signIn = async () => {
      const { signIn: session } = await new ApiClient(server.url).ok<{ signIn: { token: string } }>(SIGN_IN, {
        input: { handleOrEmail: member.handle, password: PASSWORD },
      });
      return session.token;
    };
    server.clock.advance(6 * DAY_MS);
    const recent = await signIn();
    server.clock.advance(2 * DAY_MS); // the sign-up session is now 8 days idle, the other 2
    const newest = await signIn();
    const stored = await server.graph.read(async (tx) =>
      (await tx.run('MATCH (:Member {id: $id})-[:HAS_SESSION]->(s:Session) RETURN s.tokenHash AS h', { id: member.id })).records.map((r) => r.get('h') as string),
    );
    expect(stored.sort()).toEqual([hashToken(recent), hashToken(newest)].sort());
  });

  test('the idle window comes from SESSION_IDLE_DAYS, 7 days by default', () => {
    expect(configFromEnv({}).sessionIdleMs).toBe(7 * DAY_MS);
    expect(configFromEnv({ SESSION_IDLE_DAYS: '2' }).sessionIdleMs).toBe(2 * DAY_MS);
    expect(() => configFromEnv({ SESSION_IDLE_DAYS: '0' })).toThrow(/SESSION_IDLE_DAYS/);
  });
});

describe('session rotation', () => {
  test('signing in ends the session the request came with and issues a new token', async () => {
    server.clock.set(START);
    const member = await signedUp();
    // The browser still holds the sign-up cookie and signs in again (or in as someone else).
    const { signIn } = await member.api.ok<{ signIn: { token: string; member: { id: string } } }>(SIGN_IN, {
      input: { handleOrEmail: member.handle, password: PASSWORD },
    });
    expect(signIn.token).not.toBe(member.token);
    const old = new ApiClient(server.url);
    old.bearer = member.token;
    expect(await meOf(old)).toBeNull();
    expect(await meOf(member.api)).toBe(member.id);
  });

  test('a token planted in the browser before sign-in is not what the member is signed in with', async () => {
    server.clock.set(START);
    const victim = await signedUp();
    const attacker = await createMember(server.graph, server.url, { now: START });
    // The attacker's own live token sent by the victim's browser: signing in replaces it.
    const browser = new ApiClient(server.url);
    browser.bearer = attacker.token;
    const { signIn } = await browser.ok<{ signIn: { token: string; member: { id: string } } }>(SIGN_IN, {
      input: { handleOrEmail: victim.handle, password: PASSWORD },
    });
    expect(signIn.member.id).toBe(victim.id);
    expect(signIn.token).not.toBe(attacker.token);
    expect(await meOf(attacker.api)).toBeNull(); // the planted token is ended, not upgraded
    browser.bearer = signIn.token;
    expect(await meOf(browser)).toBe(victim.id);
  });
});

describe('malformed session cookies and Authorization headers (issue 24)', () => {
  // Each is read as "no session": an anonymous answer, never a 500 (a broken percent-escape in
  // the cookie once made every request fail). Sent with a query that reads `me` and with the
  // signed-out board, whose stored answer is served in front of Apollo.
  const MALFORMED: [string, Record<string, string>][] = [
    ['a broken percent-escape in the cookie', { cookie: 'tl_session=%E0%A4%A' }],
    ['a lone percent sign in the cookie', { cookie: 'tl_session=%' }],
    ['an invalid UTF-8 escape in the cookie', { cookie: 'tl_session=%FF%FE%FD' }],
    ['an empty session cookie', { cookie: 'tl_session=' }],
    ['a cookie header of only separators', { cookie: ';;;=;' }],
    ['a 4 kB session cookie', { cookie: `tl_session=${'a'.repeat(4096)}` }],
    ['a session cookie with spaces and quotes', { cookie: 'tl_session="a b c"' }],
    ['a broken escape beside a good cookie name', { cookie: 'other=1; tl_session=%E0%A4%A; more=%' }],
    ['Bearer with nothing after it', { authorization: 'Bearer ' }],
    ['Bearer in lower case with a broken token', { authorization: 'bearer %E0%A4%A' }],
    ['Bearer with a token of punctuation', { authorization: 'Bearer !!!!!!!!!!!!!!!!!!!!!!!!' }],
    ['Bearer with an 8 kB token', { authorization: `Bearer ${'t'.repeat(8192)}` }],
    ['a Basic header', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['an Authorization header of garbage', { authorization: '%%%%' }],
    ['a broken Bearer and a broken cookie together', { authorization: 'Bearer %', cookie: 'tl_session=%E0%A4%A' }],
  ];

  const post = (headers: Record<string, string>, query: string) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  test.each(MALFORMED)('%s: no session, an anonymous answer', async (_name, headers) => {
    const me = await post(headers, ME);
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ data: { me: null } });
    const board = await post(headers, '{ leaderboard(first: 1) { edges { cursor } } }');
    expect(board.status).toBe(200);
    expect(((await board.json()) as { errors?: unknown }).errors).toBeUndefined();
    const write = await post(headers, 'mutation { updateProfile(input: { bio: "x" }) { id } }');
    expect(write.status).toBeLessThan(500);
    expect(((await write.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  test('a good token in the cookie still works beside an unrelated broken cookie', async () => {
    const { id, token } = await signedUp();
    const res = await post({ cookie: `junk=%E0%A4%A; tl_session=${token}` }, ME);
    expect(await res.json()).toEqual({ data: { me: { id } } });
  });
});
