// Errors in the language the request asks for (server/error-translations.ts), through the API as
// any client sends it: Accept-Language zh-CN gets Chinese sentences with the same codes and
// fields, anything else English; every answer varies on the header.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup } from '../support/factories';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

interface Answer {
  vary: string;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function ask(query: string, variables: Record<string, unknown>, acceptLanguage?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (acceptLanguage) headers['accept-language'] = acceptLanguage;
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: Answer['errors'] };
  return { vary: res.headers.get('vary') ?? '', errors: body.errors ?? [] };
}

const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token } }';
const SIGN_UP = 'mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token } }';
const RECOMMENDATIONS_OF = 'query Of($handle: String) { memberRecommendations(handle: $handle) { edges { cursor } } }';

test('a wrong password, in Chinese and in English', async () => {
  const input = { handleOrEmail: 'nobody_here', password: 'not-the-password' };
  const zh = await ask(SIGN_IN, { input }, 'zh-CN,zh;q=0.9,en;q=0.8');
  expect(zh.errors[0]).toMatchObject({ message: '用户名或密码错误。', extensions: { code: 'UNAUTHENTICATED' } });
  const en = await ask(SIGN_IN, { input: { ...input, handleOrEmail: 'nobody_else' } });
  expect(en.errors[0]).toMatchObject({ message: 'Handle or password is wrong.', extensions: { code: 'UNAUTHENTICATED' } });
  for (const answer of [zh, en]) expect(answer.vary.toLowerCase()).toContain('accept-language');
});

test('a field rule keeps its field, in the message and in extensions', async () => {
  const input = { handle: 'short_pw_member', displayName: 'Short', email: 'short@example.com', password: 'short' };
  const zh = await ask(SIGN_UP, { input }, 'zh-CN');
  expect(zh.errors[0]).toMatchObject({ message: '密码至少需要 10 个字符。', extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
  const en = await ask(SIGN_UP, { input }, 'en-GB, zh;q=0.5');
  expect(en.errors[0]).toMatchObject({ message: 'Password must be at least 10 characters.', extensions: { field: 'password' } });
});

test('a thing not found is named in Chinese; a language we do not speak gets English', async () => {
  const zh = await ask(RECOMMENDATIONS_OF, { handle: 'no_such_member_here' }, 'zh');
  expect(zh.errors[0]).toMatchObject({ message: '未找到会员。', extensions: { code: 'NOT_FOUND' } });
  const fr = await ask(RECOMMENDATIONS_OF, { handle: 'no_such_member_here' }, 'fr-FR');
  expect(fr.errors[0]).toMatchObject({ message: 'Member was not found.', extensions: { code: 'NOT_FOUND' } });
});
