// Members through the GraphQL API: sign-up, sign-in (bearer and cookie), sign-out, profile,
// the privacy rule, and the admin's role and verified mutations. Every refusal also checks
// that the graph did not change.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, track, uniqueSuffix, type TestMember } from '../support/factories';

let server: TestServer;
let admin: TestMember;
beforeAll(async () => {
  server = await startTestServer();
  admin = await createMember(server.graph, server.url, { roles: ['MEMBER', 'ADMIN'] });
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const SIGN_UP = `mutation($input: SignUpInput!) {
  signUp(input: $input) { token expiresAt member { id handle displayName email inviteCode roles verified locale bio
    trust { score confidence rankKey isNew } } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt member { id handle } } }`;
const ME = '{ me { id handle email inviteCode } }';
const PASSWORD = 'correct horse battery';

interface SignedUp {
  signUp: {
    token: string;
    expiresAt: string;
    member: { id: string; handle: string; email: string; inviteCode: string; roles: string[]; verified: boolean; trust: Record<string, unknown> };
  };
}

function newcomer(overrides: Record<string, unknown> = {}) {
  const handle = `New_${uniqueSuffix()}`;
  return { handle, displayName: 'Wang Fang', email: `${handle}@Example.TEST`, password: PASSWORD, ...overrides };
}

async function signUp(input: Record<string, unknown>, api = new ApiClient(server.url)) {
  const data = await api.ok<SignedUp>(SIGN_UP, { input });
  track(data.signUp.member.id);
  return { ...data.signUp, api };
}

async function one<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  return server.graph.read(async (tx) => (await tx.run(cypher, params)).records[0]?.get(0) as T);
}

const membersWith = (handle: string, email: string) =>
  one<number>('MATCH (m:Member) WHERE m.handleKey = toLower($handle) OR m.email = toLower($email) RETURN count(m)', { handle, email });
const memberState = (id: string) =>
  one<Record<string, unknown>>('MATCH (m:Member {id: $id}) RETURN m {.*, sessions: COUNT { (m)-[:HAS_SESSION]->() }, rels: COUNT { (m)--() }}', { id });

describe('signUp', () => {
  test('creates a member with a hashed password, a fresh trust state and an invite code, and signs it in', async () => {
    const input = newcomer();
    const { token, expiresAt, member, api } = await signUp(input);
    expect(member).toMatchObject({
      handle: input.handle,
      displayName: 'Wang Fang',
      email: input.email.toLowerCase(),
      roles: ['MEMBER'],
      verified: false,
      trust: { score: 50, confidence: 0, isNew: true },
    });
    expect(member.inviteCode).toMatch(/^[a-z2-9]{10}$/);
    expect(new Date(expiresAt).getTime()).toBe(server.clock.now().getTime() + 30 * 24 * 3600 * 1000);
    const stored = await memberState(member.id);
    expect(stored).toMatchObject({ handleKey: input.handle.toLowerCase(), email: input.email.toLowerCase(), sessions: 1, trustIsNew: true });
    expect(String(stored.passwordHash)).toMatch(/^\$argon2id\$/);
    expect(String(stored.passwordHash)).not.toContain(PASSWORD);
    expect(stored.createdAt).toBe(server.clock.now().getTime());
    // Signed in both ways: the cookie this client received, and the token as a bearer.
    expect((await api.ok<{ me: { id: string } }>(ME)).me.id).toBe(member.id);
    const bearer = new ApiClient(server.url);
    bearer.bearer = token;
    expect((await bearer.ok<{ me: { id: string } }>(ME)).me.id).toBe(member.id);
  });

  test('records an invitation as INVITED_BY data only: the inviter gains nothing', async () => {
    const inviter = await signUp(newcomer());
    const before = await memberState(inviter.member.id);
    const invited = await signUp(newcomer({ invitationCode: inviter.member.inviteCode.toUpperCase() }));
    const rel = await one<Record<string, unknown>>(
      'MATCH (:Member {id: $a})-[r:INVITED_BY]->(i:Member) RETURN {inviter: i.id, at: r.at}',
      { a: invited.member.id },
    );
    expect(rel).toEqual({ inviter: inviter.member.id, at: server.clock.now().getTime() });
    const after = await memberState(inviter.member.id);
    expect({ ...after, rels: before.rels }).toEqual(before); // trust, roles, everything unchanged
    expect(after.rels).toBe((before.rels as number) + 1); // only the new INVITED_BY edge
  });

  test.each([
    ['a handle too short', { handle: 'ab' }, 'handle'],
    ['a handle with other characters', { handle: 'wang-fang!' }, 'handle'],
    ['a handle too long', { handle: 'w'.repeat(31) }, 'handle'],
    ['an empty display name', { displayName: '   ' }, 'displayName'],
    ['an invalid email', { email: 'not-an-email' }, 'email'],
    ['a password too short', { password: 'short' }, 'password'],
    ['a password too long', { password: 'p'.repeat(201) }, 'password'],
    ['an unknown invitation code', { invitationCode: 'nosuchcode' }, 'invitationCode'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_name, override, field) => {
    const input = newcomer(override);
    const res = await new ApiClient(server.url).request(SIGN_UP, { input });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await membersWith(String(input.handle), String(input.email))).toBe(0);
  });

  test('refuses a handle taken in another case with CONFLICT (handles are public)', async () => {
    const first = newcomer();
    const { member } = await signUp(first);
    const sameHandle = await new ApiClient(server.url).request(SIGN_UP, { input: newcomer({ handle: first.handle.toUpperCase() }) });
    expect(sameHandle.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(sameHandle.errors?.[0]?.message).toMatch(/handle is taken/);
    expect(await membersWith(first.handle, first.email)).toBe(1);
    expect((await memberState(member.id)).sessions).toBe(1);
  });

  test('does not tell whether an email is registered: a taken email signs up exactly like a new one (issue 24)', async () => {
    const owner = newcomer();
    const { member: ownerMember } = await signUp(owner);
    // The same request shape with a registered email (in another case) and with a new one.
    const probe = async (email: string) => {
      const input = newcomer({ email, password: 'another strong passphrase' });
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SIGN_UP, variables: { input } }) });
      const body = (await res.json()) as { data: SignedUp; errors?: unknown };
      track(body.data.signUp.member.id);
      return { input, status: res.status, body, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]! };
    };
    const taken = await probe(owner.email.toUpperCase());
    const fresh = await probe(`fresh_${uniqueSuffix()}@example.test`);
    // Same status, same fields, no error; each is signed in and sees the address it typed.
    for (const answer of [taken, fresh]) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.signUp.member.email).toBe(String(answer.input.email).toLowerCase());
      const meRes = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: answer.cookie }, body: JSON.stringify({ query: '{ me { email } }' }) });
      const me = (await meRes.json()) as { data: unknown };
      expect(me.data).toEqual({ me: { email: String(answer.input.email).toLowerCase() } });
    }
    expect(Object.keys(taken.body.data.signUp.member).sort()).toEqual(Object.keys(fresh.body.data.signUp.member).sort());
    // Both accounts holding the address sign in with it, each with its own password.
    const byEmail = async (password: string) =>
      (await new ApiClient(server.url).request<{ signIn: { member: { id: string } } }>(SIGN_IN, { input: { handleOrEmail: owner.email, password } })).data?.signIn.member.id;
    expect(await byEmail(PASSWORD)).toBe(ownerMember.id);
    expect(await byEmail('another strong passphrase')).toBe(taken.body.data.signUp.member.id);
    expect(await byEmail('not the password at all')).toBeUndefined();
    // The owner keeps the address as theirs; the newcomer holds it unconfirmed.
    expect((await memberState(ownerMember.id)).email).toBe(owner.email.toLowerCase());
    const second = await memberState(taken.body.data.signUp.member.id);
    expect(second.email).toBeUndefined();
    expect(second.unconfirmedEmail).toBe(owner.email.toLowerCase());
  });
});

describe('signIn and signOut', () => {
  test('signs in by handle in any case or by email, setting an HTTP-only cookie and returning a token', async () => {
    const input = newcomer();
    const { member } = await signUp(input);
    const raw = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { handleOrEmail: input.handle.toLowerCase(), password: PASSWORD } } }),
    });
    const setCookie = raw.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^tl_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const body = (await raw.json()) as { data: { signIn: { token: string; member: { id: string } } } };
    expect(body.data.signIn.member.id).toBe(member.id);
    expect(setCookie).toContain(`tl_session=${body.data.signIn.token};`);

    // The cookie alone signs the web app in.
    const browser = new ApiClient(server.url);
    await browser.ok(SIGN_IN, { input: { handleOrEmail: input.email.toUpperCase(), password: PASSWORD } });
    expect((await browser.ok<{ me: { id: string; email: string } }>(ME)).me).toMatchObject({ id: member.id, email: input.email.toLowerCase() });
    expect((await memberState(member.id)).sessions).toBe(3); // sign-up, and two sign-ins
  });

  test.each([
    ['a wrong password', (handle: string) => ({ handleOrEmail: handle, password: 'wrong password!' })],
    ['an unknown handle', () => ({ handleOrEmail: `nobody_${uniqueSuffix()}`, password: PASSWORD })],
    ['an unknown email', () => ({ handleOrEmail: `nobody_${uniqueSuffix()}@example.test`, password: PASSWORD })],
  ])('refuses %s with UNAUTHENTICATED, the same message, and no session', async (_name, credentials) => {
    const input = newcomer();
    const { member } = await signUp(input);
    const api = new ApiClient(server.url);
    const res = await api.request(SIGN_IN, { input: credentials(input.handle) });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toBe('Handle or password is wrong.');
    expect((await memberState(member.id)).sessions).toBe(1);
    expect((await api.ok<{ me: null }>(ME)).me).toBeNull();
  });

  test('refuses empty credentials with BAD_USER_INPUT', async () => {
    expect(await new ApiClient(server.url).errorCode(SIGN_IN, { input: { handleOrEmail: ' ', password: PASSWORD } })).toBe('BAD_USER_INPUT');
  });

  test('signOut ends the session of the cookie and clears it; the old token no longer works', async () => {
    const input = newcomer();
    const { member } = await signUp(input);
    const browser = new ApiClient(server.url);
    const { signIn } = await browser.ok<{ signIn: { token: string } }>(SIGN_IN, { input: { handleOrEmail: input.handle, password: PASSWORD } });
    expect((await memberState(member.id)).sessions).toBe(2);
    expect(await browser.ok('mutation { signOut }')).toEqual({ signOut: true });
    expect((await memberState(member.id)).sessions).toBe(1); // only this session ended
    expect((await browser.ok<{ me: null }>(ME)).me).toBeNull();
    const replay = new ApiClient(server.url);
    replay.bearer = signIn.token;
    expect((await replay.ok<{ me: null }>(ME)).me).toBeNull();
  });

  test('signOut with a bearer token ends that session; anonymously it returns false and writes nothing', async () => {
    const member = await createMember(server.graph, server.url);
    expect(await member.api.ok('mutation { signOut }')).toEqual({ signOut: true });
    expect((await memberState(member.id)).sessions).toBe(0);
    const other = await createMember(server.graph, server.url);
    expect(await new ApiClient(server.url).ok('mutation { signOut }')).toEqual({ signOut: false });
    expect((await memberState(other.id)).sessions).toBe(1);
  });
});

describe('reading members', () => {
  const MEMBER = `query($id: ID, $handle: String) { member(id: $id, handle: $handle) {
    id handle email inviteCode roles verified trust { score confidence rankKey isNew } } }`;

  test('me is null when anonymous', async () => {
    expect(await new ApiClient(server.url).ok(ME)).toEqual({ me: null });
  });

  test('finds a member by id or by handle in any case; null when there is none', async () => {
    const m = await createMember(server.graph, server.url);
    const anon = new ApiClient(server.url);
    const byId = await anon.ok<{ member: { handle: string } }>(MEMBER, { id: m.id });
    expect(byId.member.handle).toBe(m.handle);
    const byHandle = await anon.ok<{ member: { id: string } }>(MEMBER, { handle: m.handle.toUpperCase() });
    expect(byHandle.member.id).toBe(m.id);
    expect(await anon.ok(MEMBER, { handle: 'nobody_here_xyz' })).toEqual({ member: null });
    expect(await anon.ok(MEMBER, { id: 'no-such-id' })).toEqual({ member: null });
    expect(await anon.errorCode(MEMBER, {})).toBe('BAD_USER_INPUT');
    expect(await anon.errorCode(MEMBER, { id: m.id, handle: m.handle })).toBe('BAD_USER_INPUT');
  });

  test('email and inviteCode are shown to the member and to admins only; null to anyone else', async () => {
    const m = await createMember(server.graph, server.url);
    const other = await createMember(server.graph, server.url);
    type Row = { member: { email: string | null; inviteCode: string | null; trust: { score: number; isNew: boolean } } };
    const self = await m.api.ok<Row>(MEMBER, { id: m.id });
    expect(self.member).toMatchObject({ email: m.email, inviteCode: expect.stringMatching(/^inv/) });
    expect((await admin.api.ok<Row>(MEMBER, { id: m.id })).member.email).toBe(m.email);
    for (const viewer of [other.api, new ApiClient(server.url)]) {
      const seen = await viewer.ok<Row>(MEMBER, { id: m.id });
      expect(seen.member).toMatchObject({ email: null, inviteCode: null, trust: { score: 50, isNew: true } });
    }
  });

  test('trust is read from the stored trust properties', async () => {
    const m = await createMember(server.graph, server.url);
    await server.graph.write((tx) =>
      tx.run('MATCH (m:Member {id: $id}) SET m.trustScore = 81.5, m.trustConfidence = 0.62, m.trustRankKey = 70.25, m.trustIsNew = false', { id: m.id }),
    );
    const { member } = await m.api.ok<{ member: { trust: unknown } }>(MEMBER, { id: m.id });
    expect(member.trust).toEqual({ score: 81.5, confidence: 0.62, rankKey: 70.25, isNew: false });
  });
});

describe('updateProfile', () => {
  const UPDATE = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName bio locale } }';

  test('changes the given fields of the signed-in member only', async () => {
    const m = await createMember(server.graph, server.url);
    const other = await createMember(server.graph, server.url);
    const otherBefore = await memberState(other.id);
    const res = await m.api.ok(UPDATE, { input: { displayName: '  王芳 ', bio: 'I review fruit.', locale: 'zh-CN' } });
    expect(res).toEqual({ updateProfile: { id: m.id, displayName: '王芳', bio: 'I review fruit.', locale: 'zh-CN' } });
    const kept = await m.api.ok(UPDATE, { input: { bio: '' } });
    expect(kept).toEqual({ updateProfile: { id: m.id, displayName: '王芳', bio: '', locale: 'zh-CN' } });
    expect(await memberState(other.id)).toEqual(otherBefore);
  });

  test.each([
    ['an empty display name', { displayName: '' }],
    ['a display name too long', { displayName: 'x'.repeat(51) }],
    ['a bio too long', { bio: 'x'.repeat(501) }],
    ['an unsupported locale', { locale: 'fr' }],
    ['control characters', { displayName: 'bad\u0007name' }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_name, input) => {
    const m = await createMember(server.graph, server.url);
    const before = await memberState(m.id);
    expect(await m.api.errorCode(UPDATE, { input: { bio: 'should not be saved', ...input } })).toBe('BAD_USER_INPUT');
    expect(await memberState(m.id)).toEqual(before);
  });

  test('refuses anonymous requests with UNAUTHENTICATED', async () => {
    const displayName = `Anon ${uniqueSuffix()}`;
    expect(await new ApiClient(server.url).errorCode(UPDATE, { input: { displayName } })).toBe('UNAUTHENTICATED');
    expect(await one<number>('MATCH (m:Member {displayName: $displayName}) RETURN count(m)', { displayName })).toBe(0);
  });
});

describe('admin: setSupplier and setMemberVerified', () => {
  const SET_SUPPLIER = 'mutation($id: ID!, $on: Boolean!) { setSupplier(memberId: $id, supplier: $on) { id roles } }';
  const SET_VERIFIED = 'mutation($id: ID!, $on: Boolean!) { setMemberVerified(memberId: $id, verified: $on) { id verified trust { score } } }';

  test('an admin grants and revokes SUPPLIER; the role takes effect on the next request', async () => {
    const m = await createMember(server.graph, server.url);
    expect(await admin.api.ok(SET_SUPPLIER, { id: m.id, on: true })).toEqual({ setSupplier: { id: m.id, roles: ['MEMBER', 'SUPPLIER'] } });
    expect(await admin.api.ok(SET_SUPPLIER, { id: m.id, on: true })).toEqual({ setSupplier: { id: m.id, roles: ['MEMBER', 'SUPPLIER'] } });
    const me = await m.api.ok<{ member: { roles: string[] } }>('query($id: ID) { member(id: $id) { roles } }', { id: m.id });
    expect(me.member.roles).toContain('SUPPLIER');
    expect(await admin.api.ok(SET_SUPPLIER, { id: m.id, on: false })).toEqual({ setSupplier: { id: m.id, roles: ['MEMBER'] } });
  });

  test('an admin marks a member verified: reach 1, the pre-trusted seed; and can take it back', async () => {
    const m = await createMember(server.graph, server.url);
    const res = await admin.api.ok<{ setMemberVerified: { verified: boolean } }>(SET_VERIFIED, { id: m.id, on: true });
    expect(res.setMemberVerified.verified).toBe(true);
    expect(await memberState(m.id)).toMatchObject({ verified: true, trustReach: 1 });
    await admin.api.ok(SET_VERIFIED, { id: m.id, on: false });
    expect(await memberState(m.id)).toMatchObject({ verified: false, trustReach: 0 });
  });

  const refusals: [string, string, () => Promise<ApiClient>][] = [
    ['anonymous', 'UNAUTHENTICATED', async () => new ApiClient(server.url)],
    ['a member', 'FORBIDDEN', async () => (await createMember(server.graph, server.url)).api],
    ['a supplier', 'FORBIDDEN', async () => (await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] })).api],
  ];
  test.each(refusals)('refuses %s with %s and changes nothing', async (_who, code, client) => {
    const api = await client();
    const target = await createMember(server.graph, server.url);
    const before = await memberState(target.id);
    expect(await api.errorCode(SET_SUPPLIER, { id: target.id, on: true })).toBe(code);
    expect(await api.errorCode(SET_VERIFIED, { id: target.id, on: true })).toBe(code);
    expect(await memberState(target.id)).toEqual(before);
  });

  test('a member cannot make themself a supplier or verified', async () => {
    const m = await createMember(server.graph, server.url);
    const before = await memberState(m.id);
    expect(await m.api.errorCode(SET_SUPPLIER, { id: m.id, on: true })).toBe('FORBIDDEN');
    expect(await m.api.errorCode(SET_VERIFIED, { id: m.id, on: true })).toBe('FORBIDDEN');
    expect(await memberState(m.id)).toEqual(before);
  });

  test('an unknown member is NOT_FOUND and a malformed id BAD_USER_INPUT', async () => {
    const adminBefore = await memberState(admin.id);
    expect(await admin.api.errorCode(SET_SUPPLIER, { id: 'no-such-member', on: true })).toBe('NOT_FOUND');
    expect(await admin.api.errorCode(SET_VERIFIED, { id: 'no-such-member', on: true })).toBe('NOT_FOUND');
    expect(await admin.api.errorCode(SET_SUPPLIER, { id: 'bad id!', on: true })).toBe('BAD_USER_INPUT');
    expect(await one<number>("MATCH (m:Member) WHERE m.id IN ['no-such-member', 'bad id!'] RETURN count(m)")).toBe(0);
    expect(await memberState(admin.id)).toEqual(adminBefore);
  });
});
