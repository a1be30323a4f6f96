// Bad input for recommendations and buyer feedback: stars outside 1–5 or not whole, texts out of
// bounds (also after trimming and NFC), text that is not text (NUL, lone surrogates, bidi
// overrides), and the first-hand, once-only and buyer-only rules.
import { INJECTIONS, LONE_SURROGATE, NFC_EXPANDING, NUL, RTL_OVERRIDE, repeat, type ApiCase, type BadInputWorld } from './bad-input-kit';

const POST = 'mutation ($productId: ID!, $stars: Int!, $text: String!) { postRecommendation(productId: $productId, stars: $stars, text: $text) { id } }';
const EDIT = 'mutation ($id: ID!, $stars: Int, $text: String) { editRecommendation(id: $id, stars: $stars, text: $text) { id } }';
const RATE = `mutation ($orderId: ID!, $stars: Int!, $heldUp: Boolean!, $comment: String) {
  rateRecommendation(orderId: $orderId, stars: $stars, heldUp: $heldUp, comment: $comment) { feedback { id } }
}`;
const TEXT = 'Fresh, sweet and exactly as pictured; would buy again.';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type Overrides = Record<string, unknown> | ((w: BadInputWorld) => Record<string, unknown>);
const resolve = (o: Overrides, w: BadInputWorld) => (typeof o === 'function' ? o(w) : o);

// The member has received the product but not recommended it: only the input can be wrong.
const post = (name: string, overrides: Overrides, code: ApiCase['code'] = 'BAD_USER_INPUT', as: ApiCase['as'] = 'member'): ApiCase => ({
  name: `postRecommendation: ${name}`,
  as,
  query: POST,
  variables: (w) => ({ productId: w.productId, stars: 5, text: TEXT, ...resolve(overrides, w) }),
  code,
});
const edit = (name: string, overrides: Overrides, code: ApiCase['code'] = 'BAD_USER_INPUT', as: ApiCase['as'] = 'author'): ApiCase => ({
  name: `editRecommendation: ${name}`,
  as,
  query: EDIT,
  variables: (w) => ({ id: w.recommendationId, ...resolve(overrides, w) }),
  code,
});
// The member's delivered, unrated order through the author's recommendation.
const rate = (name: string, overrides: Overrides, code: ApiCase['code'] = 'BAD_USER_INPUT', as: ApiCase['as'] = 'member'): ApiCase => ({
  name: `rateRecommendation: ${name}`,
  as,
  query: RATE,
  variables: (w) => ({ orderId: w.ratableOrderId, stars: 4, heldUp: true, comment: null, ...resolve(overrides, w) }),
  code,
});

export const recommendationCases: ApiCase[] = [
  post('stars 0', { stars: 0 }),
  post('stars 6', { stars: 6 }),
  post('stars -1', { stars: -1 }),
  post('stars 2^31', { stars: 2 ** 31 }),
  post('stars 4.5', { stars: 4.5 }),
  post('stars "5"', { stars: '5' }),
  post('stars null', { stars: null }),
  post('stars true', { stars: true }),
  post('text of 9', { text: '123456789' }),
  post('text of 9 after trimming', { text: `   ${'123456789'}   \n` }),
  post('text 2001', { text: repeat('t', 2001) }),
  post('text over 2000 after NFC', { text: repeat(NFC_EXPANDING, 1001) }),
  post('text 90 kB', { text: repeat('t', 90_000) }),
  post('text empty', { text: '' }),
  post('text whitespace only', { text: repeat(' \n\t', 20) }),
  post('text with NUL', { text: `${TEXT}${NUL}` }),
  post('text with a form feed inside', { text: `Fresh\u000C${TEXT}` }),
  post('text lone surrogate', { text: `${TEXT}${LONE_SURROGATE}` }),
  post('text RTL override', { text: `${TEXT} ${RTL_OVERRIDE}` }),
  post('text a number', { text: 1234567890 }),
  post('unknown product', { productId: UNKNOWN_ID }, 'NOT_FOUND'),
  post('product id Cypher', { productId: INJECTIONS.cypherMatch }),
  post('a product not received', (w) => ({ productId: w.unreceivedProductId }), 'FORBIDDEN'),
  post('a second recommendation of the same product', {}, 'CONFLICT', 'author'),
  post('anonymous', {}, 'UNAUTHENTICATED', 'anonymous'),
  post('a sixth recommendation in one day', (w) => ({ productId: w.cappedProductId }), 'RATE_LIMITED', 'author'),
  edit('neither stars nor text', {}),
  edit('stars 6', { stars: 6 }),
  edit('stars 0', { stars: 0 }),
  edit('text of 3', { text: 'bad' }),
  edit('text 2001', { text: repeat('x', 2001) }),
  edit('text lone surrogate', { text: `${TEXT}\uDFFF` }),
  edit('text with a vertical tab inside', { text: `Fresh\u000B${TEXT}` }),
  edit('someone else\'s', { stars: 1 }, 'FORBIDDEN', 'member'),
  edit('unknown recommendation', { id: UNKNOWN_ID, stars: 3 }, 'NOT_FOUND'),
  edit('id with a slash', { id: 'a/b', stars: 3 }),
  edit('anonymous', { stars: 3 }, 'UNAUTHENTICATED', 'anonymous'),
  // reading
  { name: 'recommendation: id empty', as: 'anonymous', query: 'query ($id: ID!) { recommendation(id: $id) { id } }', variables: { id: '' }, code: 'BAD_USER_INPUT' },
  { name: 'recommendationByCode: 33 characters', as: 'anonymous', query: 'query ($c: String!) { recommendationByCode(code: $c) { id } }', variables: { c: repeat('A', 33) }, code: 'BAD_USER_INPUT' },
  { name: 'recommendationByCode: null', as: 'anonymous', query: 'query ($c: String!) { recommendationByCode(code: $c) { id } }', variables: { c: null }, code: 'BAD_USER_INPUT' },
  { name: 'productRecommendations: productId malformed', as: 'anonymous', query: 'query ($p: ID!) { productRecommendations(productId: $p) { edges { cursor } } }', variables: { p: INJECTIONS.backticks }, code: 'BAD_USER_INPUT' },
  { name: 'memberRecommendations: neither member nor handle', as: 'anonymous', query: '{ memberRecommendations { edges { cursor } } }', code: 'BAD_USER_INPUT' },
  {
    name: 'memberRecommendations: both member and handle',
    as: 'anonymous',
    query: 'query ($m: ID, $h: String) { memberRecommendations(memberId: $m, handle: $h) { edges { cursor } } }',
    variables: (w) => ({ m: w.authorId, h: w.authorHandle }),
    code: 'BAD_USER_INPUT',
  },
  { name: 'memberRecommendations: unknown handle', as: 'anonymous', query: 'query ($h: String) { memberRecommendations(handle: $h) { edges { cursor } } }', variables: { h: 'nobody_at_all_here' }, code: 'NOT_FOUND' },
  { name: 'memberRecommendations: handle 65', as: 'anonymous', query: 'query ($h: String) { memberRecommendations(handle: $h) { edges { cursor } } }', variables: { h: repeat('h', 65) }, code: 'BAD_USER_INPUT' },
  { name: 'feed: anonymous', as: 'anonymous', query: '{ feed { edges { cursor } } }', code: 'UNAUTHENTICATED' },
];

export const feedbackCases: ApiCase[] = [
  rate('stars 0', { stars: 0 }),
  rate('stars 6', { stars: 6 }),
  rate('stars -5', { stars: -5 }),
  rate('stars 2^31', { stars: 2 ** 31 }),
  rate('stars 3.5', { stars: 3.5 }),
  rate('stars "4"', { stars: '4' }),
  rate('stars null', { stars: null }),
  rate('heldUp "yes"', { heldUp: 'yes' }),
  rate('heldUp 1', { heldUp: 1 }),
  rate('heldUp null', { heldUp: null }),
  rate('comment 1001', { comment: repeat('c', 1001) }),
  rate('comment with NUL', { comment: `fine${NUL}` }),
  rate('comment lone surrogate', { comment: LONE_SURROGATE }),
  rate('comment RTL override', { comment: RTL_OVERRIDE }),
  rate('comment an object', { comment: { text: 'hi' } }),
  rate('order id malformed', { orderId: "1' OR '1'='1" }),
  rate('unknown order', { orderId: UNKNOWN_ID }, 'NOT_FOUND'),
  rate('not the buyer', {}, 'FORBIDDEN', 'other'),
  rate('the recommender rating themself', {}, 'FORBIDDEN', 'author'),
  rate('an order without a recommendation', (w) => ({ orderId: w.plainDeliveredOrderId }), 'FORBIDDEN'),
  rate('an order not yet delivered', (w) => ({ orderId: w.placedOrderId }), 'FORBIDDEN'),
  // Another verdict than the one given (4 stars, held up): the same one again is a retry, answered with it.
  rate('an order already rated', (w) => ({ orderId: w.ratedOrderId, stars: 1 }), 'CONFLICT'),
  rate('anonymous', {}, 'UNAUTHENTICATED', 'anonymous'),
];
