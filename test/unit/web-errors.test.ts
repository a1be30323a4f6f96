// How the web app words an API error (web/src/lib/errors.ts): the server's sentence for an error
// a person can act on (it comes in the app's language), a general line for anything else.
import { expect, test } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { describeError } from '../../web/src/lib/errors';

const t = ((key: string) => `[${key}]`) as unknown as TFunction;
const graphqlError = (message: string, code?: string) =>
  new CombinedGraphQLErrors({ errors: [{ message, ...(code ? { extensions: { code } } : {}) }] });

test("an actionable error is the server's sentence alone", () => {
  expect(describeError(graphqlError('用户名或密码错误。', 'UNAUTHENTICATED'), t)).toBe('用户名或密码错误。');
  expect(describeError(graphqlError('Password must be at least 10 characters.', 'BAD_USER_INPUT'), t)).toBe('Password must be at least 10 characters.');
});

test('an actionable error without a sentence falls back to its code', () => {
  expect(describeError(graphqlError(' ', 'FORBIDDEN'), t)).toBe('[errors.FORBIDDEN]');
});

test('anything else is the general line; no server text shows', () => {
  expect(describeError(graphqlError('Cannot read properties of undefined', 'INTERNAL_SERVER_ERROR'), t)).toBe('[errors.generic]');
  expect(describeError(graphqlError('no code at all'), t)).toBe('[errors.generic]');
  expect(describeError(new TypeError('Failed to fetch'), t)).toBe('[errors.network]');
});
