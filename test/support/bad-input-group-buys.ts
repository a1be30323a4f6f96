// Bad input for group buys: tiers out of order, too deep or too many, durations out of range,
// deadlines that are not dates, notes too long, quantities and keys as for orders, and groups
// that do not exist. Every one is refused before anything is written.
import { NUL, repeat, type ApiCase, type BadInputWorld } from './bad-input-kit';

const TIERS = `mutation ($p: ID!, $t: [GroupTierInput!]!, $h: Int!) { setGroupBuyTiers(productId: $p, tiers: $t, maxDurationHours: $h) { id } }`;
const OPEN = `mutation ($r: ID!, $t: Int!, $d: DateTime!, $n: String) { openGroupBuy(recommendationId: $r, targetBuyers: $t, deadline: $d, note: $n) { id } }`;
const JOIN = `mutation ($g: ID!, $q: Int!, $k: String!, $x: String, $a: ID) {
  joinGroupBuy(groupBuyId: $g, quantity: $q, idempotencyKey: $k, resharerHandle: $x, deliveryAddressId: $a) { id }
}`;
const CLOSE = 'mutation ($g: ID!) { closeGroupBuy(groupBuyId: $g) { id } }';
const GROUP = 'query ($g: ID!) { groupBuy(id: $g) { id } }';
const FEED = 'query ($n: Int) { groupBuysFromFollowed(first: $n) { id } }';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const OK_TIERS = [{ minBuyers: 2, discountBps: 500 }];

type Vars = Record<string, unknown>;
const tiers = (name: string, over: Vars, code: ApiCase['code'] = 'BAD_USER_INPUT', as: ApiCase['as'] = 'supplier'): ApiCase => ({
  name: `setGroupBuyTiers: ${name}`,
  as,
  query: TIERS,
  variables: (w: BadInputWorld) => ({ p: w.productId, t: OK_TIERS, h: 24, ...over }),
  code,
});
const open = (name: string, over: Vars, code: ApiCase['code'] = 'BAD_USER_INPUT'): ApiCase => ({
  name: `openGroupBuy: ${name}`,
  as: 'author',
  query: OPEN,
  variables: (w: BadInputWorld) => ({ r: w.recommendationId, t: 2, d: '2030-01-01T00:00:00Z', n: null, ...over }),
  code,
});
let keys = 0;
const join = (name: string, over: Vars, code: ApiCase['code'] = 'BAD_USER_INPUT'): ApiCase => ({
  name: `joinGroupBuy: ${name}`,
  as: 'member',
  query: JOIN,
  variables: { g: UNKNOWN_ID, q: 1, k: `corpus-join-${(keys += 1)}-${Date.now()}`, x: null, a: null, ...over },
  code,
});

export const groupBuyCases: ApiCase[] = [
  tiers('tiers out of order', { t: [{ minBuyers: 5, discountBps: 500 }, { minBuyers: 2, discountBps: 1000 }] }),
  tiers('a bigger group without a deeper discount', { t: [{ minBuyers: 2, discountBps: 500 }, { minBuyers: 3, discountBps: 500 }] }),
  tiers('a group of one', { t: [{ minBuyers: 1, discountBps: 500 }] }),
  tiers('a group of 101', { t: [{ minBuyers: 101, discountBps: 500 }] }),
  tiers('a discount over 50 %', { t: [{ minBuyers: 2, discountBps: 5001 }] }),
  tiers('a discount of 0', { t: [{ minBuyers: 2, discountBps: 0 }] }),
  tiers('a negative discount', { t: [{ minBuyers: 2, discountBps: -100 }] }),
  tiers('a fractional discount', { t: [{ minBuyers: 2, discountBps: 1.5 }] }),
  tiers('six tiers', { t: Array.from({ length: 6 }, (_, i) => ({ minBuyers: i + 2, discountBps: (i + 1) * 100 })) }),
  tiers('a tier without its discount', { t: [{ minBuyers: 2 }] }, 'BAD_USER_INPUT'),
  tiers('0 hours', { h: 0 }),
  tiers('337 hours', { h: 337 }),
  tiers('hours 2^31', { h: 2 ** 31 }),
  tiers('an unknown product', { p: UNKNOWN_ID }, 'NOT_FOUND'),
  tiers('a member who is not a supplier', {}, 'FORBIDDEN', 'member'),
  open('a deadline that is not a date', { d: 'tomorrow' }),
  open('a deadline with NUL', { d: `2030-01-01${NUL}` }),
  open('a note of 301 characters', { n: repeat('团', 301) }),
  open('a note with a bidi override', { n: 'cheap \u202Egnirrehc' }),
  open('a target that is not whole', { t: 2.5 }),
  open('an unknown recommendation', { r: UNKNOWN_ID }, 'NOT_FOUND'),
  open('a recommendation id that is not an id', { r: "x' OR 1=1 --" }),
  join('quantity 0', { q: 0 }),
  join('quantity 100', { q: 100 }),
  join('quantity 1.5', { q: 1.5 }),
  join('a key of 7 characters', { k: 'short12' }),
  join('a key with spaces', { k: 'a key with spaces' }),
  join('a re-sharer that is not a handle', { x: 'not a handle!' }),
  join('a group id that is not an id', { g: '../../etc/passwd' }),
  join('an unknown group', {}, 'NOT_FOUND'),
  { name: 'closeGroupBuy: an unknown group', as: 'member', query: CLOSE, variables: { g: UNKNOWN_ID }, code: 'NOT_FOUND' },
  { name: 'closeGroupBuy: an id that is not an id', as: 'member', query: CLOSE, variables: { g: 'a b' }, code: 'BAD_USER_INPUT' },
  { name: 'groupBuy: an id that is not an id', as: 'anonymous', query: GROUP, variables: { g: `x${NUL}` }, code: 'BAD_USER_INPUT' },
  { name: 'groupBuysFromFollowed: first 0', as: 'member', query: FEED, variables: { n: 0 }, code: 'BAD_USER_INPUT' },
  { name: 'groupBuysFromFollowed: first 51', as: 'member', query: FEED, variables: { n: 51 }, code: 'BAD_USER_INPUT' },
];
