// Bad input for account security: password change and reset, sessions. Each case breaks one
// field of an otherwise valid request; every refusal writes nothing.
import { INJECTIONS, NUL, repeat, type ApiCase } from './bad-input-kit';

const CHANGE = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
const END = 'mutation ($id: ID!) { endSession(id: $id) }';
const REQUEST = 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }';

const STRONG = 'violet tractor lantern';
const change = (name: string, input: Record<string, unknown>, code: ApiCase['code'] = 'BAD_USER_INPUT', message?: RegExp): ApiCase => ({
  name: `changePassword: ${name}`,
  as: 'member',
  query: CHANGE,
  variables: { input: { currentPassword: 'whatever it is now', newPassword: STRONG, ...input } },
  code,
  message,
});
const reset = (name: string, input: Record<string, unknown>, message?: RegExp): ApiCase => ({
  name: `resetPassword: ${name}`,
  as: 'anonymous',
  query: RESET,
  variables: { input: { token: 'A'.repeat(43), newPassword: STRONG, ...input } },
  code: 'BAD_USER_INPUT',
  message,
});

export const accountCases: ApiCase[] = [
  { name: 'changePassword: anonymous', as: 'anonymous', query: CHANGE, variables: { input: { currentPassword: 'x', newPassword: STRONG } }, code: 'UNAUTHENTICATED' },
  change('input null', { currentPassword: null }),
  change('currentPassword empty', { currentPassword: '' }, 'BAD_USER_INPUT', /^currentPassword: must not be empty/),
  change('currentPassword 201 characters', { currentPassword: repeat('p', 201) }),
  change('newPassword 9 characters', { newPassword: 'nine char' }, 'BAD_USER_INPUT', /^newPassword: must be at least 10 characters/),
  change('newPassword 201 characters', { newPassword: repeat('p', 201) }),
  change('newPassword a common password', { newPassword: 'password12' }, 'BAD_USER_INPUT', /^newPassword: /),
  change('newPassword ten spaces', { newPassword: '          ' }),
  change('newPassword a number', { newPassword: 1234567890123 }),
  { name: 'endSession: anonymous', as: 'anonymous', query: END, variables: { id: 'abc' }, code: 'UNAUTHENTICATED' },
  { name: 'endSession: id empty', as: 'member', query: END, variables: { id: '' }, code: 'BAD_USER_INPUT' },
  { name: 'endSession: id with a quote', as: 'member', query: END, variables: { id: "x' OR 1=1" }, code: 'BAD_USER_INPUT' },
  { name: 'endSession: id 65 characters', as: 'member', query: END, variables: { id: repeat('a', 65) }, code: 'BAD_USER_INPUT' },
  { name: 'endSession: a session nobody holds', as: 'member', query: END, variables: { id: '00000000-0000-4000-8000-000000000000' }, code: 'NOT_FOUND' },
  { name: 'endSession: id null', as: 'member', query: END, variables: { id: null }, code: 'BAD_USER_INPUT' },
  { name: 'requestPasswordReset: empty', as: 'anonymous', query: REQUEST, variables: { input: { handleOrEmail: '' } }, code: 'BAD_USER_INPUT' },
  { name: 'requestPasswordReset: only spaces', as: 'anonymous', query: REQUEST, variables: { input: { handleOrEmail: '   ' } }, code: 'BAD_USER_INPUT' },
  { name: 'requestPasswordReset: 255 characters', as: 'anonymous', query: REQUEST, variables: { input: { handleOrEmail: repeat('h', 255) } }, code: 'BAD_USER_INPUT' },
  { name: 'requestPasswordReset: input null', as: 'anonymous', query: REQUEST, variables: { input: null }, code: 'BAD_USER_INPUT' },
  { name: 'requestPasswordReset: a list', as: 'anonymous', query: REQUEST, variables: { input: { handleOrEmail: ['a', 'b'] } }, code: 'BAD_USER_INPUT' },
  reset('token empty', { token: '' }, /^token: /),
  reset('token too short', { token: 'abc' }, /^token: /),
  reset('token with a NUL', { token: `${'A'.repeat(30)}${NUL}` }, /^token: /),
  reset('token an injection', { token: INJECTIONS.cypherMatch }, /^token: /),
  reset('token well formed but unknown', {}, /^token: this reset link is not valid any more/),
  reset('newPassword too short', { newPassword: 'short' }, /^newPassword: /),
  reset('newPassword 201 characters', { newPassword: repeat('p', 201) }, /^newPassword: /),
];
