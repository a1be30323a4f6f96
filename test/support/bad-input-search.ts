// Bad input for search: text out of bounds or not text, pages too large or too small, cursors
// that are not ones a search gave out or reach deeper than results go. (Lucene syntax is not bad
// input: it is searched for literally, which test/integration/search.test.ts shows.)
import { LONE_SURROGATE, NUL, RTL_OVERRIDE, repeat, type ApiCase } from './bad-input-kit';

const SEARCH = `query ($text: String!, $first: Int, $after: String) {
  search(text: $text) { members(first: $first, after: $after) { edges { node { id } } } products(first: $first, after: $after) { edges { node { id } } } } }`;

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const search = (name: string, variables: Record<string, unknown>, message?: RegExp): ApiCase => ({
  name: `search: ${name}`,
  as: 'anonymous',
  query: SEARCH,
  variables: { text: 'tea', ...variables },
  code: 'BAD_USER_INPUT',
  message,
});

export const searchCases: ApiCase[] = [
  search('text of 101 characters', { text: repeat('茶', 101) }, /at most 100 characters/),
  search('text with a NUL', { text: NUL }),
  search('text with a lone surrogate', { text: LONE_SURROGATE }),
  search('text with a right-to-left override', { text: RTL_OVERRIDE }),
  search('text null', { text: null }),
  search('text a number', { text: 42 }),
  search('first 0', { first: 0 }),
  search('first 51', { first: 51 }),
  search('first -1', { first: -1 }),
  search('after not base64 JSON', { after: 'not-a-cursor' }),
  search('after an offset past 200', { after: cursor([190]), first: 20 }, /at most 200 deep/),
  search('after a negative offset', { after: cursor([-5]) }),
  search('after a fractional offset', { after: cursor([1.5]) }),
  search('after a string offset', { after: cursor(['10']) }),
  search('after a leaderboard cursor', { after: cursor([88.5, 90, 'id', 3]) }),
  search('after of 401 characters', { after: repeat('a', 401) }),
];
