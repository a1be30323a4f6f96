// The bad-input corpus through the GraphQL API (issue 8): every case in test/support/bad-input-*.ts
// is one test, named after it. Each must come back as the typed refusal it names, below 500, with
// nothing internal in the body, and leave the whole database exactly as it was.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup } from '../support/factories';
import { databaseFingerprint, expectRefusal, send, sendCase, type ApiCase, type BadInputWorld } from '../support/bad-input-kit';
import { makeBadInputWorld } from '../support/bad-input-world';
import { memberCases } from '../support/bad-input-members';
import { productCases, scalarCases } from '../support/bad-input-products';
import { orderCases } from '../support/bad-input-orders';
import { feedbackCases, recommendationCases } from '../support/bad-input-recommendations';
import { adminCases } from '../support/bad-input-admin';
import { paginationCases } from '../support/bad-input-pagination';
import { photoCases } from '../support/bad-input-photos';
import { searchCases } from '../support/bad-input-search';
import { accountCases } from '../support/bad-input-account';
import { notificationCases } from '../support/bad-input-notifications';
import { flagCases } from '../support/bad-input-flags';
import { circleDayCases } from '../support/bad-input-circle-day';
import { groupBuyCases } from '../support/bad-input-group-buys';

let server: TestServer;
let world: BadInputWorld;

beforeAll(async () => {
  server = await startTestServer();
  world = await makeBadInputWorld(server);
}, 180_000);
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const GROUPS: [string, ApiCase[]][] = [
  ['members', memberCases],
  ['products', productCases],
  ['scalars', scalarCases],
  ['orders', orderCases],
  ['recommendations', recommendationCases],
  ['feedback', feedbackCases],
  ['commissions and admin', adminCases],
  ['pagination and cursors', paginationCases],
  ['photos', photoCases],
  ['search', searchCases],
  ['account security and addresses', accountCases],
  ['notifications', notificationCases],
  ['community flags', flagCases],
  ['trusted picks and the daily ranking among friends', circleDayCases],
  ['group buys', groupBuyCases],
];

test('the corpus holds at least 200 refusals, each named once', () => {
  const names = GROUPS.flatMap(([group, cases]) => cases.map((c) => `${group}/${c.name}`));
  expect(names.length).toBeGreaterThanOrEqual(200);
  expect(new Set(names).size).toBe(names.length);
});

for (const [group, cases] of GROUPS) {
  describe(`bad input: ${group}`, () => {
    test.each(cases)('$name → $code', async (c) => {
      const before = await databaseFingerprint(server.graph);
      const answer = await sendCase(server.url, world, c);
      expectRefusal(answer, c.code, c.message);
      expect(await databaseFingerprint(server.graph)).toEqual(before);
    });
  });
}

describe('variable errors name the variable and the problem, never the value (issue 24)', () => {
  const SECRET = 'Hunter2-secret-Value';
  const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }';
  const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { token } }';
  const input = { handle: 'echo_probe', displayName: SECRET, email: `${SECRET}@example.test`, password: SECRET };
  const CASES: [string, string, Record<string, unknown>, RegExp][] = [
    ['an unknown field beside the password', SIGN_UP, { input: { ...input, isAdmin: true } }, /^The field input\.isAdmin is not a field of SignUpInput\.$/],
    ['a missing field', SIGN_UP, { input: { displayName: SECRET, email: 'x@example.test', password: SECRET, handle: undefined } }, /^Handle must be given \(String!\)\.$/],
    ['a number for the handle', SIGN_UP, { input: { ...input, handle: 31337 } }, /^Handle must be a value of type String\.$/],
    ['a list for the password', SIGN_IN, { input: { handleOrEmail: 'someone', password: [SECRET] } }, /^Password must be a value of type String\.$/],
    ['an object for the password', SIGN_IN, { input: { handleOrEmail: 'someone', password: { value: SECRET } } }, /^Password must be a value of type String\.$/],
    ['null for the password', SIGN_IN, { input: { handleOrEmail: SECRET, password: null } }, /^Password must not be null\.$/],
    ['the input as a string', SIGN_IN, { input: SECRET }, /^The input must be an object of type SignInInput\.$/],
    ['an unknown field whose name is not plain', SIGN_IN, { input: { handleOrEmail: 'a', password: SECRET, [`${SECRET} x`]: 1 } }, /^The input has a field that SignInInput does not define\.$/],
  ];

  test.each(CASES)('%s', async (_name, query, variables, message) => {
    const before = await databaseFingerprint(server.graph);
    const answer = await send(server.url, { body: JSON.stringify({ query, variables }) });
    expectRefusal(answer, 'BAD_USER_INPUT', message);
    // The path inside the variable stays for programs.
    expect((answer.json?.errors?.[0]?.extensions as { field?: string } | undefined)?.field).toMatch(/^input/);
    expect(answer.text).not.toContain(SECRET);
    expect(answer.text).not.toContain('31337');
    expect(await databaseFingerprint(server.graph)).toEqual(before);
  });

  test('an enum value and a Money amount: named, not echoed, and in Chinese when asked', async () => {
    const board = await send(server.url, {
      body: JSON.stringify({ query: 'query ($board: LeaderboardScope!) { leaderboard(scope: $board, first: 1) { edges { cursor } } }', variables: { board: SECRET } }),
    });
    expectRefusal(board, 'BAD_USER_INPUT', /^The field board must be one of the values of LeaderboardScope\.$/);
    expect(board.text).not.toContain(SECRET);
    const zh = await send(server.url, {
      headers: { 'accept-language': 'zh-CN' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { handleOrEmail: 'someone', password: 424242 } } }),
    });
    expectRefusal(zh, 'BAD_USER_INPUT', /^密码必须是 String 类型的值。$/);
    expect(zh.text).not.toContain('424242');
  });
});
