// Sign-in throttling (progressive delays counted in Neo4j, timed by the server's clock; issue 24)
// and write-mutation limits per member and per address (issue 8). This server believes X-Forwarded-For, so each test speaks
// from an address of its own and the counters never leak between tests.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, type TestMember } from '../support/factories';
import { hashPassword } from '../../server/auth/passwords';

const PASSWORD = 'correct horse battery';
const LOCKOUT_MS = 15 * 60 * 1000;
let server: TestServer;
let passwordHash: string;

beforeAll(async () => {
  server = await startTestServer(undefined, {
    trustProxy: true,
    rateLimits: {
      signInFailuresBeforeLockout: 5,
      signInAddressFailuresBeforeLockout: 8,
      signInLockoutMs: LOCKOUT_MS,
      signInAccountFailuresBeforeDelay: 12,
      signInAccountMaxDelayMs: 60_000,
      writesPerMemberPerMinute: 3,
      writesPerAddressPerMinute: 5,
    },
  });
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await server.graph.write((tx) =>
    tx.run('MATCH (t:SignInThrottle) WHERE t.key STARTS WITH "a:10." OR t.key CONTAINS "|10." OR t.key STARTS WITH "u:rl_" OR t.key IN $keys DELETE t', {
      keys: throttled.map((id) => `m:${id}`),
    }),
  );
  await cleanup(server.graph);
  await server.stop();
});

/** Members whose account-wide throttle keys this file may leave behind. */
const throttled: string[] = [];
async function throttledMember(): Promise<TestMember> {
  const m = await createMember(server.graph, server.url, { handle: `rl_${randomUUID().slice(0, 8)}`, passwordHash });
  throttled.push(m.id);
  return m;
}

const newAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function gql(query: string, variables: Record<string, unknown>, address: string, bearer?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': address };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[] };
  return { status: res.status, body, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message };
}

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token member { id } } }';
const signIn = (handleOrEmail: string, password: string, address: string) => gql(SIGN_IN, { input: { handleOrEmail, password } }, address);
const UPDATE = 'mutation($bio: String) { updateProfile(input: { bio: $bio }) { id bio } }';

describe('sign-in throttling', () => {
  // Sign-ins are writes too: a test that signs in repeatedly from one address waits this long
  // between tries, to stay under this server's 5 writes per address and minute.
  const PACE_MS = 20_000;
  const paced = async (handleOrEmail: string, password: string, address: string) => {
    server.clock.advance(PACE_MS);
    return signIn(handleOrEmail, password, address);
  };

  test('five wrong passwords from one address make that address wait, doubling; the member signs in from elsewhere at once', async () => {
    const m = await throttledMember();
    const attacker = newAddress();
    for (let i = 0; i < 5; i++) expect((await paced(m.handle, 'wrong password', attacker)).code).toBe('UNAUTHENTICATED');
    const waiting = await signIn(m.handle, PASSWORD, attacker);
    expect(waiting.code).toBe('RATE_LIMITED');
    expect(waiting.status).toBe(429);
    expect(waiting.message).toBe('Too many failed sign-in attempts. Please try again in 1 minute.');
    expect(JSON.stringify(waiting.body)).not.toMatch(/http|stack/);
    // The email is the same account: it waits too.
    expect((await signIn(m.email.toUpperCase(), PASSWORD, attacker)).code).toBe('RATE_LIMITED');
    // The member, elsewhere, is not locked out by a stranger's failures.
    expect((await signIn(m.handle, PASSWORD, newAddress())).body.errors).toBeUndefined();
    // After the wait, one more failure doubles it...
    server.clock.advance(61_000);
    expect((await signIn(m.handle, 'wrong password', attacker)).code).toBe('UNAUTHENTICATED');
    expect((await signIn(m.handle, PASSWORD, attacker)).message).toBe('Too many failed sign-in attempts. Please try again in 2 minutes.');
    // ...and tries refused while waiting count nothing, so hammering does not lengthen it.
    for (let i = 0; i < 3; i++) {
      server.clock.advance(30_000);
      expect((await signIn(m.handle, 'wrong password', attacker)).code).toBe('RATE_LIMITED');
    }
    server.clock.advance(31_000);
    expect((await signIn(m.handle, PASSWORD, attacker)).body.errors).toBeUndefined();
  });

  test('the wait of one pair grows to 15 minutes at most', async () => {
    const m = await throttledMember();
    const attacker = newAddress();
    for (let i = 0; i < 5; i++) await paced(m.handle, 'wrong password', attacker);
    // 1, 2, 4, 8 minutes, then the 15-minute cap: wait out each and fail again.
    for (const minutes of [1, 2, 4, 8]) {
      expect((await signIn(m.handle, PASSWORD, attacker)).message).toMatch(new RegExp(`try again in ${minutes} minutes?\\.`));
      server.clock.advance(minutes * 60_000 + 1);
      expect((await signIn(m.handle, 'wrong password', attacker)).code).toBe('UNAUTHENTICATED');
    }
    for (let i = 0; i < 2; i++) {
      expect((await signIn(m.handle, PASSWORD, attacker)).message).toMatch(/try again in 15 minutes\./);
      server.clock.advance(LOCKOUT_MS + 1);
      expect((await signIn(m.handle, 'wrong password', attacker)).code).toBe('UNAUTHENTICATED');
    }
  });

  test('the handle and the email count as one account', async () => {
    const m = await throttledMember();
    const attacker = newAddress();
    for (let i = 0; i < 3; i++) expect((await paced(m.handle.toUpperCase(), 'wrong password', attacker)).code).toBe('UNAUTHENTICATED');
    for (let i = 0; i < 2; i++) expect((await paced(m.email, 'wrong password', attacker)).code).toBe('UNAUTHENTICATED');
    expect((await signIn(m.handle, PASSWORD, attacker)).code).toBe('RATE_LIMITED');
    expect((await signIn(m.email, PASSWORD, attacker)).code).toBe('RATE_LIMITED');
  });

  test('guessing spread over many addresses slows the account down for new addresses, a minute at most, never locks it', async () => {
    const m = await throttledMember();
    const home = newAddress();
    expect((await signIn(m.handle, PASSWORD, home)).body.errors).toBeUndefined();
    // 12 failures from 12 addresses: each address and pair is far from its own limit.
    for (let i = 0; i < 12; i++) expect((await signIn(m.handle, 'wrong password', newAddress())).code).toBe('UNAUTHENTICATED');
    const fresh = await signIn(m.handle, PASSWORD, newAddress());
    expect(fresh.code).toBe('RATE_LIMITED');
    expect(fresh.message).toBe('Too many failed sign-in attempts. Please try again in 5 seconds.');
    // Keep failing, each time after the wait: 10 s, 20 s, 40 s, then the 60 s cap.
    for (let i = 0; i < 6; i++) {
      server.clock.advance(61_000);
      expect((await signIn(m.email, 'wrong password', newAddress())).code).toBe('UNAUTHENTICATED');
    }
    const capped = await signIn(m.handle, PASSWORD, newAddress());
    expect(capped.message).toBe('Too many failed sign-in attempts. Please try again in 1 minute.');
    expect(capped.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(60);
    // The address the member signed in from lately does not wait at all...
    expect((await signIn(m.handle, PASSWORD, home)).body.errors).toBeUndefined();
    // ...and that success starts the account afresh for everyone.
    expect((await signIn(m.handle, PASSWORD, newAddress())).body.errors).toBeUndefined();
  });

  test('a handle or an email that names nobody is counted the same way, so the wait reveals nothing', async () => {
    for (const nobody of [`rl_nobody_${randomUUID().slice(0, 8)}`, `rl_nobody_${randomUUID().slice(0, 8)}@example.test`]) {
      const attacker = newAddress();
      for (let i = 0; i < 5; i++) expect((await paced(nobody, 'wrong password', attacker)).code).toBe('UNAUTHENTICATED');
      expect((await signIn(nobody, 'wrong password', attacker)).message).toBe('Too many failed sign-in attempts. Please try again in 1 minute.');
    }
  });

  test('a success clears the pair: three failures, a success, four failures do not make the address wait', async () => {
    const m = await throttledMember();
    const address = newAddress();
    // 7 failures in all: past the pair's 5 were it not cleared, short of this address's 8.
    for (let i = 0; i < 3; i++) await paced(m.handle, 'wrong password', address);
    expect((await paced(m.handle, PASSWORD, address)).body.errors).toBeUndefined();
    for (let i = 0; i < 4; i++) expect((await paced(m.handle, 'wrong password', address)).code).toBe('UNAUTHENTICATED');
    expect((await paced(m.handle, PASSWORD, address)).body.errors).toBeUndefined();
  });

  test('one address spraying many handles waits, unknown handles included', async () => {
    const address = newAddress();
    for (let i = 0; i < 8; i++) expect((await paced(`rl_nobody_${randomUUID().slice(0, 8)}`, 'guess', address)).code).toBe('UNAUTHENTICATED');
    const m = await throttledMember();
    expect((await signIn(m.handle, PASSWORD, address)).code).toBe('RATE_LIMITED');
    // Another address is not affected.
    expect((await signIn(m.handle, PASSWORD, newAddress())).body.errors).toBeUndefined();
  });

  test('signing in tidies the member\'s expired sessions', async () => {
    const m = await createMember(server.graph, server.url, { handle: `rl_${randomUUID().slice(0, 8)}`, passwordHash });
    await server.graph.write((tx) =>
      tx.run('MATCH (m:Member {id: $id}) CREATE (m)-[:HAS_SESSION]->(:Session {tokenHash: $h, createdAt: 0, expiresAt: 1})', { id: m.id, h: randomUUID() }),
    );
    expect((await signIn(m.handle, PASSWORD, newAddress())).body.errors).toBeUndefined();
    const left = await server.graph.read((tx) =>
      tx.run('MATCH (:Member {id: $id})-[:HAS_SESSION]->(s:Session) RETURN count(s) AS n, min(s.expiresAt) AS oldest', { id: m.id }),
    );
    expect(left.records[0]?.get('n')).toBe(2); // the factory's live session and the new one
    expect(left.records[0]?.get('oldest')).toBeGreaterThan(server.clock.now().getTime());
  });
});

describe('write-mutation limits', () => {
  test('a member over the per-minute write limit is refused until the minute is over; reads go on', async () => {
    const m = await createMember(server.graph, server.url);
    const address = newAddress();
    for (let i = 0; i < 3; i++) expect((await gql(UPDATE, { bio: `b${i}` }, address, m.token)).body.errors).toBeUndefined();
    const refused = await gql(UPDATE, { bio: 'too many' }, newAddress(), m.token);
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/Too many changes in a short time/);
    // Nothing was written by the refused mutation, and reads are not limited.
    const me = await gql('{ me { bio } }', {}, address, m.token);
    expect(me.body).toEqual({ data: { me: { bio: 'b2' } } });
    server.clock.advance(61_000);
    expect((await gql(UPDATE, { bio: 'later' }, address, m.token)).body.errors).toBeUndefined();
  });

  test('aliasing several mutations into one request counts each of them', async () => {
    const m = await createMember(server.graph, server.url);
    const four = `mutation { ${[0, 1, 2, 3].map((i) => `u${i}: updateProfile(input: { bio: "x${i}" }) { id }`).join(' ')} }`;
    expect((await gql(four, {}, newAddress(), m.token)).code).toBe('RATE_LIMITED');
  });

  test('one address is limited across members', async () => {
    const address = newAddress();
    const members = await Promise.all([0, 1, 2].map(() => createMember(server.graph, server.url)));
    const codes: (string | undefined)[] = [];
    for (const m of members) for (let i = 0; i < 2; i++) codes.push((await gql(UPDATE, { bio: `a${i}` }, address, m.token)).code);
    expect(codes).toEqual([undefined, undefined, undefined, undefined, undefined, 'RATE_LIMITED']);
  });
});

// Issue 24: the limits count every mutation field that executes, after fragments are resolved,
// not only the fields written at the top of the operation.
describe('write-mutation limits see through fragments', () => {
  const SIGN_UP_FIELD = (alias: string, handle: string) =>
    `${alias}: signUp(input: { handle: "${handle}", displayName: "x", email: "${handle}@example.test", password: "long enough password" }) { member { id } }`;
  const membersNamed = async (handles: string[]) =>
    (
      await server.graph.read((tx) => tx.run('MATCH (m:Member) WHERE m.handle IN $handles RETURN m.id AS id', { handles }))
    ).records.map((r) => r.get('id') as string);

  test('a follow in an inline fragment is refused to a member already at the limit, and follows nobody', async () => {
    const [m, target] = await Promise.all([createMember(server.graph, server.url), createMember(server.graph, server.url)]);
    for (let i = 0; i < 3; i++) expect((await gql(UPDATE, { bio: `b${i}` }, newAddress(), m.token)).body.errors).toBeUndefined();
    const hidden = await gql('mutation($id: ID!) { ... on Mutation { follow(memberId: $id) { id } } }', { id: target.id }, newAddress(), m.token);
    expect(hidden.code).toBe('RATE_LIMITED');
    expect(hidden.status).toBe(429);
    const follows = await server.graph.read((tx) =>
      tx.run('MATCH (:Member {id: $a})-[f:FOLLOWS]->(:Member {id: $b}) RETURN count(f) AS n', { a: m.id, b: target.id }),
    );
    expect(follows.records[0]?.get('n')).toBe(0);
  });

  test('a named fragment holding several aliased mutations counts each of them', async () => {
    const m = await createMember(server.graph, server.url);
    const four = `mutation { ...Edits } fragment Edits on Mutation { ${[0, 1, 2, 3].map((i) => `u${i}: updateProfile(input: { bio: "f${i}" }) { id }`).join(' ')} }`;
    expect((await gql(four, {}, newAddress(), m.token)).code).toBe('RATE_LIMITED');
    // Nothing of it ran; three fit.
    expect((await gql('{ me { bio } }', {}, newAddress(), m.token)).body).toEqual({ data: { me: { bio: '' } } });
    const three = `mutation { ...Edits } fragment Edits on Mutation { ${[0, 1, 2].map((i) => `u${i}: updateProfile(input: { bio: "f${i}" }) { id }`).join(' ')} }`;
    expect((await gql(three, {}, newAddress(), m.token)).body.errors).toBeUndefined();
  });

  test('nested fragments (named in inline in named) count every field they end in', async () => {
    const m = await createMember(server.graph, server.url);
    const nested = `mutation { ...Outer }
      fragment Outer on Mutation { a: updateProfile(input: { bio: "a" }) { id } ... on Mutation { ...Inner } }
      fragment Inner on Mutation { b: updateProfile(input: { bio: "b" }) { id } ... on Mutation { c: updateProfile(input: { bio: "c" }) { id } d: updateProfile(input: { bio: "d" }) { id } } }`;
    expect((await gql(nested, {}, newAddress(), m.token)).code).toBe('RATE_LIMITED');
    expect((await gql('{ me { bio } }', {}, newAddress(), m.token)).body).toEqual({ data: { me: { bio: '' } } });
  });

  test('signUp in fragments creates no account past the per-address limit', async () => {
    const address = newAddress();
    const handles = Array.from({ length: 8 }, () => `rl_${randomUUID().slice(0, 8)}`);
    // Five fit this address's minute (in a fragment or not)...
    const five = `mutation { ${SIGN_UP_FIELD('s0', handles[0]!)} ...More } fragment More on Mutation { ${[1, 2, 3, 4].map((i) => SIGN_UP_FIELD(`s${i}`, handles[i]!)).join(' ')} }`;
    expect((await gql(five, {}, address)).body.errors).toBeUndefined();
    // ...a sixth, inline or named, does not.
    const inline = `mutation { ... on Mutation { ${SIGN_UP_FIELD('s5', handles[5]!)} } }`;
    expect((await gql(inline, {}, address)).code).toBe('RATE_LIMITED');
    const named = `mutation { ...One } fragment One on Mutation { ${SIGN_UP_FIELD('s6', handles[6]!)} }`;
    expect((await gql(named, {}, address)).code).toBe('RATE_LIMITED');
    // A fresh address asking for three at once in fragments is counted three, not zero.
    const fresh = newAddress();
    const many = `mutation { ...A } fragment A on Mutation { ... on Mutation { ${[0, 1, 2, 3, 4, 5].map((i) => SIGN_UP_FIELD(`x${i}`, `${handles[7]!}${i}`)).join(' ')} } }`;
    expect((await gql(many, {}, fresh)).code).toBe('RATE_LIMITED');
    const created = await membersNamed([...handles, ...[0, 1, 2, 3, 4, 5].map((i) => `${handles[7]!}${i}`)]);
    expect(created).toHaveLength(5);
    await server.graph.write((tx) => tx.run('MATCH (m:Member) WHERE m.id IN $ids OPTIONAL MATCH (m)-[:HAS_SESSION]->(s) DETACH DELETE s, m', { ids: created }));
  });
});
