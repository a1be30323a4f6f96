// Bad input for products: money that is not whole minor units or does not fit, commission rates
// out of the cap, category slugs and texts out of bounds, and the product queries' filters.
import { INJECTIONS, LONE_SURROGATE, NUL, RTL_OVERRIDE, repeat, type ApiCase } from './bad-input-kit';

const CREATE = 'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }';
const UPDATE = 'mutation ($input: UpdateProductInput!) { updateProduct(input: $input) { id priceMinor } }';
const PRODUCTS = 'query ($category: String, $search: String, $supplierId: ID) { products(category: $category, search: $search, supplierId: $supplierId) { edges { node { id } } } }';

const valid = { title: 'Corpus tea', category: 'tea', priceMinor: 1299, commissionRateBps: 500 };
const create = (name: string, overrides: Record<string, unknown>, code: ApiCase['code'] = 'BAD_USER_INPUT'): ApiCase => ({
  name: `createProduct: ${name}`,
  as: 'supplier',
  query: CREATE,
  variables: { input: { ...valid, ...overrides } },
  code,
});
const update = (name: string, overrides: Record<string, unknown>, code: ApiCase['code'] = 'BAD_USER_INPUT', as: ApiCase['as'] = 'supplier'): ApiCase => ({
  name: `updateProduct: ${name}`,
  as,
  query: UPDATE,
  variables: (w) => ({ input: { id: w.productId, ...overrides } }),
  code,
});
const list = (name: string, variables: Record<string, unknown>): ApiCase => ({
  name: `products: ${name}`,
  as: 'anonymous',
  query: PRODUCTS,
  variables,
  code: 'BAD_USER_INPUT',
});

export const productCases: ApiCase[] = [
  // money: a whole, positive, safe number of minor units
  create('price 0', { priceMinor: 0 }),
  create('price -1', { priceMinor: -1 }),
  create('price fractional minor units', { priceMinor: 12.5 }),
  create('price 2^53+1', { priceMinor: 2 ** 53 + 1 }),
  create('price 1e308', { priceMinor: 1e308 }),
  create('price "NaN"', { priceMinor: 'NaN' }),
  create('price "Infinity"', { priceMinor: 'Infinity' }),
  create('price a numeric string', { priceMinor: '1299' }),
  create('price null', { priceMinor: null }),
  create('price an object', { priceMinor: { amount: 1299 } }),
  create('price a boolean', { priceMinor: true }),
  {
    name: 'createProduct: price as a literal float',
    as: 'supplier',
    query: 'mutation { createProduct(input: {title: "x", category: "tea", priceMinor: 12.99, commissionRateBps: 0}) { id } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'createProduct: price as a literal string',
    as: 'supplier',
    query: 'mutation { createProduct(input: {title: "x", category: "tea", priceMinor: "1299", commissionRateBps: 0}) { id } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  // commission rate: basis points 0–3000
  create('rate -1', { commissionRateBps: -1 }),
  create('rate 3001', { commissionRateBps: 3001 }),
  create('rate 2^31', { commissionRateBps: 2 ** 31 }),
  create('rate fractional', { commissionRateBps: 12.5 }),
  create('rate a string', { commissionRateBps: '500' }),
  create('rate 1e308', { commissionRateBps: 1e308 }),
  // texts
  create('title empty', { title: '' }),
  create('title whitespace only', { title: '\u00A0\u2003 ' }),
  create('title 121', { title: repeat('t', 121) }),
  create('title with NUL', { title: NUL }),
  create('title lone surrogate', { title: LONE_SURROGATE }),
  create('title RTL override', { title: RTL_OVERRIDE }),
  create('description 2001', { description: repeat('d', 2001) }),
  create('description 90 kB', { description: repeat('d', 90_000) }),
  // category slug
  create('category with a space', { category: 'fresh fruit' }),
  create('category double hyphen', { category: 'fresh--fruit' }),
  create('category leading hyphen', { category: '-fruit' }),
  create('category 41', { category: repeat('c', 41) }),
  create('category empty', { category: '' }),
  create('category Chinese', { category: '水果' }),
  create('category Cypher quote', { category: INJECTIONS.cypherQuote }),
  create('category script tag', { category: INJECTIONS.script }),
  // currency
  create('currency two letters', { currency: 'US' }),
  create('currency digits', { currency: '123' }),
  create('currency symbols', { currency: '€€€' }),
  create('currency JSON', { currency: INJECTIONS.json }),
  // who may
  { ...create('a member who is not a supplier', {}, 'FORBIDDEN'), as: 'member' },
  { ...create('anonymous', {}, 'UNAUTHENTICATED'), as: 'anonymous' },
  { ...create('not a supplier, with bad input too', { priceMinor: -1 }, 'FORBIDDEN'), as: 'member' },
  // updates
  update('price -1', { priceMinor: -1 }),
  update('price fractional', { priceMinor: 0.5 }),
  update('rate 3001', { commissionRateBps: 3001 }),
  update('title empty', { title: '' }),
  update('category upper with space', { category: 'Fresh Fruit' }),
  update('another supplier', { title: 'Taken over' }, 'FORBIDDEN', 'otherSupplier'),
  update('a member', { title: 'Taken over' }, 'FORBIDDEN', 'member'),
  {
    name: 'updateProduct: unknown product',
    as: 'supplier',
    query: UPDATE,
    variables: { input: { id: '00000000-0000-4000-8000-000000000000', title: 'Nobody' } },
    code: 'NOT_FOUND',
  },
  { name: 'updateProduct: id injection', as: 'supplier', query: UPDATE, variables: { input: { id: INJECTIONS.cypherDetach, title: 'x' } }, code: 'BAD_USER_INPUT' },
  { name: 'updateProduct: id missing', as: 'supplier', query: UPDATE, variables: { input: { title: 'x' } }, code: 'BAD_USER_INPUT' },
  // reading
  { name: 'product: id empty', as: 'anonymous', query: 'query ($id: ID!) { product(id: $id) { id } }', variables: { id: '' }, code: 'BAD_USER_INPUT' },
  { name: 'product: id null', as: 'anonymous', query: 'query ($id: ID!) { product(id: $id) { id } }', variables: { id: null }, code: 'BAD_USER_INPUT' },
  { name: 'product: id Cypher', as: 'anonymous', query: 'query ($id: ID!) { product(id: $id) { id } }', variables: { id: INJECTIONS.cypherMatch }, code: 'BAD_USER_INPUT' },
  list('category with a space', { category: 'fresh fruit' }),
  list('category 41', { category: repeat('c', 41) }),
  list('search 101', { search: repeat('s', 101) }),
  list('search a number', { search: 7 }),
  list('supplierId malformed', { supplierId: 'not an id' }),
  list('supplierId a list', { supplierId: ['a', 'b'] }),
];

// The Money scalar as a variable of its own (not inside an input object), so its own parsing
// refuses the value before any resolver runs. No argument takes a DateTime, so no date is input.
const money = (name: string, value: unknown, mutation: 'create' | 'update' = 'create'): ApiCase => ({
  name: `Money variable (${mutation}Product): ${name}`,
  as: 'supplier',
  query:
    mutation === 'create'
      ? 'mutation ($v: Money!) { createProduct(input: {title: "x", category: "tea", priceMinor: $v, commissionRateBps: 0}) { id } }'
      : 'mutation ($id: ID!, $v: Money) { updateProduct(input: {id: $id, priceMinor: $v}) { id } }',
  variables: (w) => ({ id: mutation === 'update' ? w.productId : undefined, v: value }),
  code: 'BAD_USER_INPUT',
});

export const scalarCases: ApiCase[] = [
  money('fractional', 0.01),
  money('2^53', 2 ** 53),
  money('-2^53', -(2 ** 53)),
  money('a numeric string', '100'),
  money('"NaN"', 'NaN'),
  money('an object', { minor: 100 }),
  money('null for non-null', null),
  money('fractional', 99.99, 'update'),
  money('2^53+1', 2 ** 53 + 1, 'update'),
  money('"1e3"', '1e3', 'update'),
  money('0', 0, 'update'),
];
