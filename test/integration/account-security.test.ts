// Account security through the API: a member sees and ends their sessions (device in plain
// words, this one marked), changes the password (current one required, the others signed out),
// and resets a lost password through a real mail path — nodemailer talking SMTP to a server on
// loopback started here — with a single-use, expiring token. Time is the server's manual clock.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, track, uniqueSuffix } from '../support/factories';
import { resetTokenIn, startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { outboxMailer, smtpMailer } from '../../server/mail/mailer';
import { pino } from 'pino';
import { simpleParser } from 'mailparser';
import { hashToken } from '../../server/auth/tokens';

const START = new Date('2026-10-01T08:00:00Z');
const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'violet tractor lantern';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token member { id } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const SESSIONS = '{ mySessions { id device createdAt lastUsedAt current } }';
const ME = '{ me { id } }';
const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
const REQUEST = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }';

interface SessionRow { id: string; device: string; createdAt: string; lastUsedAt: string; current: boolean }

let server: TestServer;
let smtp: SmtpSink;

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer(START, { mailer: smtpMailer(smtp.url, 'Trustline <no-reply@trustline.test>'), publicOrigin: 'http://shop.test', trustProxy: true, rateLimits: { passwordResetRequestsPerAddress: 10 } });
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
  await smtp.stop();
});

/** A member signed up through the API from `userAgent`, with a language; the client holds the cookie. */
async function signedUp(userAgent = CHROME, locale = 'en') {
  const handle = `Acct_${uniqueSuffix()}`;
  const email = `${handle.toLowerCase()}@example.test`;
  const api = client(userAgent);
  const { signUp } = await api.ok<{ signUp: { member: { id: string } } }>(SIGN_UP, { input: { handle, displayName: 'Ada Test', email, password: PASSWORD } });
  track(signUp.member.id);
  if (locale !== 'en') await api.ok('mutation($l: String!) { updateProfile(input: { locale: $l }) { id } }', { l: locale });
  return { api, id: signUp.member.id, handle, email };
}

function client(userAgent: string, address = '198.51.100.7'): ApiClient {
  const api = new ApiClient(server.url);
  api.headers = { 'user-agent': userAgent, 'x-forwarded-for': address };
  return api;
}

async function signedIn(handle: string, userAgent: string, password = PASSWORD): Promise<ApiClient> {
  const api = client(userAgent);
  await api.ok(SIGN_IN, { input: { handleOrEmail: handle, password } });
  return api;
}

const meOf = async (api: ApiClient) => (await api.ok<{ me: { id: string } | null }>(ME)).me?.id ?? null;
const sessionsOf = async (api: ApiClient) => (await api.ok<{ mySessions: SessionRow[] }>(SESSIONS)).mySessions;

describe('sessions', () => {
  test('a member sees their sessions with the device in plain words, this one marked, and ends another', async () => {
    server.clock.set(START);
    const { api, id, handle } = await signedUp(CHROME);
    server.clock.advance(60_000);
    const phone = await signedIn(handle, IPHONE);
    const listed = await sessionsOf(api);
    expect(listed).toHaveLength(2);
    const mine = listed.find((s) => s.current)!;
    const other = listed.find((s) => !s.current)!;
    expect(mine.device).toBe('Chrome 131 · Linux');
    expect(other.device).toBe('Safari 17 · iOS 17.5 · mobile');
    expect(other.createdAt).toBe(new Date(START.getTime() + 60_000).toISOString());
    // Most recently used first: the phone signed in last.
    expect(listed[0]!.id).toBe(other.id);

    expect(await api.ok(`mutation { endSession(id: "${other.id}") }`)).toEqual({ endSession: true });
    expect(await meOf(phone)).toBeNull();
    expect(await meOf(api)).toBe(id);
    // Ending it again, or a session of someone else, is NOT_FOUND: ids of others' sessions do nothing.
    expect(await api.errorCode(`mutation { endSession(id: "${other.id}") }`)).toBe('NOT_FOUND');
    const stranger = await signedUp();
    const strangers = await sessionsOf(stranger.api);
    expect(await api.errorCode(`mutation { endSession(id: "${strangers[0]!.id}") }`)).toBe('NOT_FOUND');
    expect(await meOf(stranger.api)).toBe(stranger.id);
  });

  test('"sign out everywhere else" keeps only this session', async () => {
    const { api, handle, id } = await signedUp();
    const others = [await signedIn(handle, IPHONE), await signedIn(handle, CHROME)];
    expect(await api.ok(`mutation { endOtherSessions }`)).toEqual({ endOtherSessions: 2 });
    for (const other of others) expect(await meOf(other)).toBeNull();
    expect(await meOf(api)).toBe(id);
    expect(await sessionsOf(api)).toHaveLength(1);
  });

  test('anonymous callers have no sessions to list or end', async () => {
    const anonymous = new ApiClient(server.url);
    expect(await anonymous.errorCode(SESSIONS)).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode('mutation { endOtherSessions }')).toBe('UNAUTHENTICATED');
  });
});

describe('changing the password', () => {
  test('needs the current password, follows the sign-up rule, and signs out every other session', async () => {
    const { api, handle, id } = await signedUp();
    const phone = await signedIn(handle, IPHONE);

    const wrong = await api.request(CHANGE, { input: { currentPassword: 'not my password at all', newPassword: NEW_PASSWORD } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = await api.request(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'password12' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const ownName = await api.request(CHANGE, { input: { currentPassword: PASSWORD, newPassword: `${handle}${handle}` } });
    expect(ownName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(await meOf(phone)).not.toBeNull(); // refusals change nothing

    expect(await api.ok(CHANGE, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } })).toEqual({ changePassword: 1 });
    expect(await meOf(phone)).toBeNull();
    expect(await meOf(api)).toBe(id);
    expect(await client(CHROME).errorCode(SIGN_IN, { input: { handleOrEmail: handle, password: PASSWORD } })).toBe('UNAUTHENTICATED');
    expect(await meOf(await signedIn(handle, CHROME, NEW_PASSWORD))).toBe(id);
  });

  test('guessing the current password through a session waits like guessing at sign-in', async () => {
    const { api } = await signedUp();
    api.headers['x-forwarded-for'] = '198.51.100.99';
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) codes.push(await api.errorCode(CHANGE, { input: { currentPassword: `guess number ${i}`, newPassword: NEW_PASSWORD } }));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('BAD_USER_INPUT'));
    expect(codes[5]).toBe('RATE_LIMITED');
  });
});

describe('password reset by mail over SMTP', () => {
  test('request by handle → mail with a link → new password; every session ends and the link works once', async () => {
    server.clock.set(START);
    const { api, handle, email, id } = await signedUp();
    const phone = await signedIn(handle, IPHONE);
    const anonymous = client(CHROME, '203.0.113.20');
    expect(await anonymous.ok(REQUEST, { input: { handleOrEmail: handle.toUpperCase() } })).toEqual({ requestPasswordReset: true });

    const mail = await smtp.nextTo(email);
    expect(mail.subject).toBe('Trustline: reset your password');
    expect(mail.text).toContain(`@${handle}`);
    expect(mail.text).toContain('http://shop.test/account/reset#token=');
    expect(mail.html).toContain('href="http://shop.test/account/reset#token=');
    const token = resetTokenIn(mail.text);
    // Only the token's hash is stored.
    const stored = await server.graph.read(async (tx) =>
      (await tx.run('MATCH (:Member {id: $id})-[:MAY_RESET_WITH]->(r:PasswordReset) RETURN r.tokenHash AS h', { id })).records.map((r) => r.get('h')),
    );
    expect(stored).toEqual([hashToken(token)]);

    const weak = await anonymous.request(RESET, { input: { token, newPassword: 'aaaaaaaaaaaa' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(await anonymous.ok(RESET, { input: { token, newPassword: NEW_PASSWORD } })).toEqual({ resetPassword: true });
    expect(await meOf(api)).toBeNull();
    expect(await meOf(phone)).toBeNull();
    expect(await meOf(await signedIn(handle, CHROME, NEW_PASSWORD))).toBe(id);
    const again = await anonymous.request(RESET, { input: { token, newPassword: 'another fine password' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  test('the same answer for a name nobody has, and no mail', async () => {
    const before = smtp.received.length;
    const anonymous = client(CHROME, '203.0.113.21');
    expect(await anonymous.ok(REQUEST, { input: { handleOrEmail: `nobody_${uniqueSuffix()}` } })).toEqual({ requestPasswordReset: true });
    expect(await anonymous.ok(REQUEST, { input: { handleOrEmail: `nobody_${uniqueSuffix()}@example.test` } })).toEqual({ requestPasswordReset: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.length).toBe(before);
  });

  test('by email, in the member\'s own language', async () => {
    const { email, handle } = await signedUp(CHROME, 'zh-CN');
    await client(CHROME, '203.0.113.22').ok(REQUEST, { input: { handleOrEmail: email.toUpperCase() } });
    const mail = await smtp.nextTo(email);
    expect(mail.subject).toBe('Trustline：重设密码');
    expect(mail.text).toContain(`（@${handle}）`);
    expect(mail.text).toContain('60 分钟内有效');
  });

  test('a link expires after 60 minutes', async () => {
    server.clock.set(START);
    const { email, handle } = await signedUp();
    const anonymous = client(CHROME, '203.0.113.23');
    await anonymous.ok(REQUEST, { input: { handleOrEmail: handle } });
    const token = resetTokenIn((await smtp.nextTo(email)).text);
    server.clock.advance(60 * 60_000);
    const late = await anonymous.request(RESET, { input: { token, newPassword: NEW_PASSWORD } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    server.clock.set(START);
  });

  test('a member gets at most three links an hour, silently; one address may ask ten times a quarter hour', async () => {
    server.clock.set(new Date(START.getTime() + 5 * 3_600_000));
    const { email, handle } = await signedUp();
    const anonymous = client(CHROME, '203.0.113.24');
    for (let i = 0; i < 5; i++) expect(await anonymous.ok(REQUEST, { input: { handleOrEmail: handle } })).toEqual({ requestPasswordReset: true });
    await smtp.nextTo(email, 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(3);

    for (let i = 0; i < 5; i++) await anonymous.ok(REQUEST, { input: { handleOrEmail: `nobody_${i}_${uniqueSuffix()}` } });
    const refused = await anonymous.request(REQUEST, { input: { handleOrEmail: handle } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The same refusal for a name nobody has: the wait is the address's, not the account's.
    expect(await anonymous.errorCode(REQUEST, { input: { handleOrEmail: 'nobody_at_all' } })).toBe('RATE_LIMITED');
    server.clock.advance(16 * 60_000);
    expect(await anonymous.ok(REQUEST, { input: { handleOrEmail: 'nobody_at_all' } })).toEqual({ requestPasswordReset: true });
    server.clock.set(START);
  });
});

describe('password reset through the outbox (no SMTP_URL)', () => {
  test('the message is written to the outbox folder with its link, and logged', async () => {
    const outbox = await mkdtemp(path.join(tmpdir(), 'trustline-outbox-'));
    // The server's log as an operator reads it: JSON lines, captured here.
    const lines: string[] = [];
    const logged = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const local = await startTestServer(START, { mailer: outboxMailer(outbox, 'Trustline <no-reply@trustline.test>', logged), publicOrigin: 'http://localhost:4000' });
    try {
      const handle = `Outb_${uniqueSuffix()}`;
      const api = new ApiClient(local.url);
      const { signUp } = await api.ok<{ signUp: { member: { id: string } } }>(SIGN_UP, {
        input: { handle, displayName: handle, email: `${handle.toLowerCase()}@example.test`, password: PASSWORD },
      });
      track(signUp.member.id);
      await new ApiClient(local.url).ok(REQUEST, { input: { handleOrEmail: handle } });
      let files: string[] = [];
      for (let i = 0; i < 100 && files.length === 0; i++) {
        files = (await readdir(outbox)).filter((f) => f.endsWith('.eml'));
        if (files.length === 0) await new Promise((r) => setTimeout(r, 50));
      }
      expect(files).toHaveLength(1);
      // The file is the RFC 5322 message SMTP would have carried: read it as a mail client would.
      const message = await simpleParser(await readFile(path.join(outbox, files[0]!)));
      expect(message.subject).toBe('Trustline: reset your password');
      expect(message.text).toContain(`@${handle}`);
      const token = resetTokenIn(message.text ?? '');
      expect(lines.some((l) => l.includes(`/account/reset#token=${token}`))).toBe(true);
      expect(await new ApiClient(local.url).ok(RESET, { input: { token, newPassword: NEW_PASSWORD } })).toEqual({ resetPassword: true });
    } finally {
      await local.stop();
      await rm(outbox, { recursive: true, force: true });
    }
  });
});
