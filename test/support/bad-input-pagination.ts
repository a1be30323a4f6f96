// Bad page sizes and cursors, on every connection of the API. Each list decodes its own cursor
// (a time key, a "rank/time" key, or a tuple), so each gets the whole set: page sizes out of
// 1–100 or not whole, cursors that are not base64, not JSON, the wrong shape, infinite, huge,
// not strings, or handed out by a different list whose position means nothing here.
import type { Actor, ApiCase, BadInputWorld } from './bad-input-kit';

interface Connection {
  name: string;
  as: Actor;
  query: string;
  /** Variables the list needs besides first/after. */
  base?: (w: BadInputWorld) => Record<string, unknown>;
  /** A real cursor of another list, whose shape this list does not accept. */
  foreign: (w: BadInputWorld) => string;
}

const page = 'edges { cursor } pageInfo { endCursor }';
const products = (w: BadInputWorld) => w.cursors.products;
const leaderboard = (w: BadInputWorld) => w.cursors.leaderboard;

const CONNECTIONS: Connection[] = [
  { name: 'products', as: 'anonymous', query: `query ($first: Int, $after: String) { products(first: $first, after: $after) { ${page} } }`, foreign: leaderboard },
  { name: 'myOrders', as: 'member', query: `query ($first: Int, $after: String) { myOrders(first: $first, after: $after) { ${page} } }`, foreign: leaderboard },
  { name: 'supplierOrders', as: 'supplier', query: `query ($first: Int, $after: String) { supplierOrders(first: $first, after: $after) { ${page} } }`, foreign: leaderboard },
  {
    name: 'productRecommendations',
    as: 'anonymous',
    query: `query ($p: ID!, $first: Int, $after: String) { productRecommendations(productId: $p, first: $first, after: $after) { ${page} } }`,
    base: (w) => ({ p: w.productId }),
    foreign: products,
  },
  {
    name: 'memberRecommendations',
    as: 'anonymous',
    query: `query ($h: String, $first: Int, $after: String) { memberRecommendations(handle: $h, first: $first, after: $after) { ${page} } }`,
    base: (w) => ({ h: w.authorHandle }),
    foreign: (w) => w.cursors.productRecommendations,
  },
  { name: 'feed', as: 'member', query: `query ($first: Int, $after: String) { feed(first: $first, after: $after) { ${page} } }`, foreign: leaderboard },
  { name: 'leaderboard', as: 'anonymous', query: `query ($first: Int, $after: String) { leaderboard(first: $first, after: $after) { ${page} } }`, foreign: products },
  { name: 'myCommissions', as: 'member', query: `query ($first: Int, $after: String) { myCommissions(first: $first, after: $after) { ${page} } }`, foreign: leaderboard },
  { name: 'payouts', as: 'member', query: `query ($first: Int, $after: String) { payouts(first: $first, after: $after) { ${page} } }`, foreign: leaderboard },
  { name: 'fraudFlags', as: 'admin', query: `query ($first: Int, $after: String) { fraudFlags(first: $first, after: $after) { ${page} } }`, foreign: products },
  ...(['followers', 'following', 'trustEvents'] as const).map(
    (field): Connection => ({
      name: `Member.${field}`,
      as: 'anonymous',
      query: `query ($h: String!, $first: Int, $after: String) { member(handle: $h) { ${field}(first: $first, after: $after) { ${page} } } }`,
      base: (w) => ({ h: w.authorHandle }),
      foreign: (w) => w.cursors.productRecommendations,
    }),
  ),
];

const b64 = (s: string) => Buffer.from(s).toString('base64url');

const PAGE_SIZES: [string, unknown][] = [
  ['first 0', 0],
  ['first -1', -1],
  ['first 101', 101],
  ['first 2^31', 2 ** 31],
  ['first 1.5', 1.5],
  ['first "10"', '10'],
];

const CURSORS: [string, (w: BadInputWorld, c: Connection) => unknown][] = [
  ['after random base64', () => Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0xff, 0x10, 0x7f, 0x80]).toString('base64url')],
  ['after base64 of plain text', () => b64('hello, world')],
  ['after base64 of a JSON object', () => b64('{"key":1,"id":"x"}')],
  ['after base64 of a one-element list', () => b64('[1]')],
  ['after base64 of an infinite key', () => b64('[1e400,"x"]')],
  ['after not base64 at all', () => '!!!%%%***'],
  ['after 401 characters', () => 'A'.repeat(401)],
  ['after 60 kB', () => 'A'.repeat(60_000)],
  ['after a number', () => 12345],
  ['after a cursor from another list', (w, c) => c.foreign(w)],
];

export const paginationCases: ApiCase[] = CONNECTIONS.flatMap((c) => [
  ...PAGE_SIZES.map(
    ([name, first]): ApiCase => ({
      name: `${c.name}: ${name}`,
      as: c.as,
      query: c.query,
      variables: (w) => ({ ...c.base?.(w), first }),
      code: 'BAD_USER_INPUT',
    }),
  ),
  ...CURSORS.map(
    ([name, after]): ApiCase => ({
      name: `${c.name}: ${name}`,
      as: c.as,
      query: c.query,
      variables: (w) => ({ ...c.base?.(w), first: 5, after: after(w, c) }),
      code: 'BAD_USER_INPUT',
    }),
  ),
]);
