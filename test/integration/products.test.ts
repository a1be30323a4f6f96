// Products through the GraphQL API: suppliers create and edit their own, every refusal leaves
// the graph as it was, and anyone lists, filters, searches and pages them.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, createProduct, track, uniqueSuffix, type TestMember } from '../support/factories';
import { recommend } from '../support/commerce';

let server: TestServer;
let supplier: TestMember;
let rival: TestMember;
beforeAll(async () => {
  server = await startTestServer();
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  rival = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const FIELDS = 'id title description category priceMinor currency commissionRateBps createdAt updatedAt supplier { id handle }';
const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { ${FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $category: String, $search: String, $supplierId: ID) {
  products(first: $first, after: $after, category: $category, search: $search, supplierId: $supplierId) {
    edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }`;

interface ProductRow {
  id: string;
  title: string;
  [field: string]: unknown;
}

const valid = (overrides: Record<string, unknown> = {}) => ({
  title: 'Hainan cherries',
  description: 'Picked ripe, shipped cold.',
  category: 'fresh-fruit',
  priceMinor: 5900,
  commissionRateBps: 800,
  ...overrides,
});

async function create(api: ApiClient, input: Record<string, unknown>): Promise<ProductRow> {
  const { createProduct } = await api.ok<{ createProduct: ProductRow }>(CREATE, { input });
  track(createProduct.id);
  return createProduct;
}

/** Everything the graph holds about the products of these suppliers: properties and supplier. */
async function productsOf(...suppliers: TestMember[]): Promise<unknown[]> {
  return server.graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (s:Member)-[:SUPPLIES]->(p:Product) WHERE s.id IN $ids
       RETURN p {.*, supplierId: s.id} AS product ORDER BY p.id`,
      { ids: suppliers.map((s) => s.id) },
    );
    return result.records.map((r) => r.get('product'));
  });
}

const ids = (data: { products: { edges: { node: { id: string } }[] } }) => data.products.edges.map((e) => e.node.id);

describe('createProduct', () => {
  test('lists a product under the signed-in supplier, with defaults and a normalised category', async () => {
    const product = await create(supplier.api, valid({ category: 'Fresh-Fruit', description: undefined }));
    const now = server.clock.now().toISOString();
    expect(product).toMatchObject({
      title: 'Hainan cherries',
      description: '',
      category: 'fresh-fruit',
      priceMinor: 5900,
      currency: 'CNY',
      commissionRateBps: 800,
      createdAt: now,
      updatedAt: now,
      supplier: { id: supplier.id, handle: supplier.handle },
    });
    expect(await productsOf(supplier)).toContainEqual(expect.objectContaining({ id: product.id, supplierId: supplier.id, priceMinor: 5900 }));
    const usd = await create(supplier.api, valid({ currency: 'usd', commissionRateBps: 3000, priceMinor: Number.MAX_SAFE_INTEGER }));
    expect(usd).toMatchObject({ currency: 'USD', commissionRateBps: 3000, priceMinor: Number.MAX_SAFE_INTEGER });
  });

  const who: [string, string, () => Promise<ApiClient>][] = [
    ['anonymous', 'UNAUTHENTICATED', async () => new ApiClient(server.url)],
    ['a member', 'FORBIDDEN', async () => (await createMember(server.graph, server.url)).api],
    ['an admin who is not a supplier', 'FORBIDDEN', async () => (await createMember(server.graph, server.url, { roles: ['MEMBER', 'ADMIN'] })).api],
  ];
  test.each(who)('refuses %s with %s and writes nothing', async (_who, code, client) => {
    const title = `Refused ${uniqueSuffix()}`;
    expect(await (await client()).errorCode(CREATE, { input: valid({ title }) })).toBe(code);
    const count = await server.graph.read(async (tx) => (await tx.run('MATCH (p:Product {title: $title}) RETURN count(p) AS n', { title })).records[0]!.get('n'));
    expect(count).toBe(0);
  });

  test.each([
    ['an empty title', { title: '  ' }],
    ['a title over 120 characters', { title: 'x'.repeat(121) }],
    ['a description over 2000 characters', { description: 'x'.repeat(2001) }],
    ['a category that is not a slug', { category: 'fresh fruit!' }],
    ['a category over 40 characters', { category: 'c'.repeat(41) }],
    ['an empty category', { category: '' }],
    ['a zero price', { priceMinor: 0 }],
    ['a negative price', { priceMinor: -100 }],
    ['a fractional price', { priceMinor: 12.5 }],
    ['a price beyond a safe integer', { priceMinor: 2 ** 60 }],
    ['a commission rate above 30 %', { commissionRateBps: 3001 }],
    ['a negative commission rate', { commissionRateBps: -1 }],
    ['a fractional commission rate', { commissionRateBps: 10.5 }],
    ['a currency that is not an ISO code', { currency: 'yuan' }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_name, override) => {
    const before = await productsOf(supplier);
    const res = await supplier.api.request(CREATE, { input: valid(override) });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data?.createProduct ?? null).toBeNull();
    expect(await productsOf(supplier)).toEqual(before);
  });
});

describe('updateProduct', () => {
  test('changes only the given fields and moves updatedAt', async () => {
    const product = await create(supplier.api, valid());
    server.clock.advance(3_600_000);
    const { updateProduct } = await supplier.api.ok<{ updateProduct: ProductRow }>(UPDATE, {
      input: { id: product.id, priceMinor: 6900, commissionRateBps: 1200, title: ' Hainan cherries, 1 kg ' },
    });
    expect(updateProduct).toEqual({
      ...product,
      title: 'Hainan cherries, 1 kg',
      priceMinor: 6900,
      commissionRateBps: 1200,
      updatedAt: server.clock.now().toISOString(),
    });
  });

  test('refuses another supplier, a member, an admin and anonymous; the product stays as it was', async () => {
    const product = await create(supplier.api, valid());
    const before = await productsOf(supplier, rival);
    const member = await createMember(server.graph, server.url);
    const adminMember = await createMember(server.graph, server.url, { roles: ['MEMBER', 'ADMIN'] });
    const input = { id: product.id, priceMinor: 1 };
    const refused = await rival.api.request(UPDATE, { input });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toBe('Only the supplier who lists this product can edit it.');
    expect(await member.api.errorCode(UPDATE, { input })).toBe('FORBIDDEN');
    expect(await adminMember.api.errorCode(UPDATE, { input })).toBe('FORBIDDEN');
    expect(await new ApiClient(server.url).errorCode(UPDATE, { input })).toBe('UNAUTHENTICATED');
    expect(await productsOf(supplier, rival)).toEqual(before);
  });

  test('a supplier whose role was revoked can no longer edit their products', async () => {
    const former = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
    const product = await create(former.api, valid());
    const admin = await createMember(server.graph, server.url, { roles: ['MEMBER', 'ADMIN'] });
    await admin.api.ok('mutation($id: ID!) { setSupplier(memberId: $id, supplier: false) { id } }', { id: former.id });
    const before = await productsOf(former);
    expect(await former.api.errorCode(UPDATE, { input: { id: product.id, title: 'Changed' } })).toBe('FORBIDDEN');
    expect(await productsOf(former)).toEqual(before);
  });

  test('refuses bad input with BAD_USER_INPUT and an unknown product with NOT_FOUND, writing nothing', async () => {
    const product = await create(supplier.api, valid());
    const before = await productsOf(supplier);
    for (const bad of [{ commissionRateBps: 3001 }, { title: '' }, { priceMinor: 0 }, { category: 'Not A Slug' }, { currency: 'RMB!' }]) {
      expect(await supplier.api.errorCode(UPDATE, { input: { id: product.id, priceMinor: 7000, ...bad } })).toBe('BAD_USER_INPUT');
    }
    expect(await supplier.api.errorCode(UPDATE, { input: { id: 'no-such-product', priceMinor: 7000 } })).toBe('NOT_FOUND');
    expect(await supplier.api.errorCode(UPDATE, { input: { id: 'bad id!', priceMinor: 7000 } })).toBe('BAD_USER_INPUT');
    expect(await productsOf(supplier)).toEqual(before);
  });
});

describe('reading products', () => {
  test('product(id) returns a product with its supplier, null for an unknown id', async () => {
    const made = await createProduct(server.graph, rival.id, { title: 'Rival tea' });
    track(made.id);
    const api = new ApiClient(server.url);
    const { product } = await api.ok<{ product: ProductRow }>(`query($id: ID!) { product(id: $id) { ${FIELDS} } }`, { id: made.id });
    expect(product).toMatchObject({ id: made.id, title: 'Rival tea', currency: 'CNY', supplier: { id: rival.id } });
    expect(await api.ok('query { product(id: "no-such-product") { id } }')).toEqual({ product: null });
  });

  test('lists newest first and pages by cursor without gaps or repeats; filters by supplier and category', async () => {
    const shop = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
    const category = `cat-${uniqueSuffix()}`;
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      server.clock.advance(1000);
      made.push((await create(shop.api, valid({ title: `Item ${i}`, category: i % 2 === 0 ? category : 'other' }))).id);
    }
    const api = new ApiClient(server.url);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: { products: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await api.ok(LIST, {
        supplierId: shop.id,
        first: 2,
        after,
      });
      seen.push(...ids(data));
      if (!data.products.pageInfo.hasNextPage) break;
      after = data.products.pageInfo.endCursor;
    }
    expect(seen).toEqual([...made].reverse());
    expect(ids(await api.ok(LIST, { category: category.toUpperCase() }))).toEqual([made[4], made[2], made[0]]);
    expect(ids(await api.ok(LIST, { category, supplierId: rival.id }))).toEqual([]);
    const cats = await api.ok<{ categories: { category: string; productCount: number }[] }>('{ categories { category productCount } }');
    expect(cats.categories).toContainEqual({ category, productCount: 3 });
  });

  test('each product in a list says how many recommendations it has', async () => {
    const shop = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
    const quiet = await create(shop.api, valid({ title: 'Quiet kettle' }));
    server.clock.advance(1000);
    const loved = await create(shop.api, valid({ title: 'Loved kettle' }));
    for (let i = 0; i < 2; i++) await recommend(await createMember(server.graph, server.url), shop, loved.id);
    const data = await new ApiClient(server.url).ok<{ products: { edges: { node: { id: string; recommendationCount: number } }[] } }>(
      `query($supplierId: ID) { products(supplierId: $supplierId) { edges { node { id recommendationCount } } } }`,
      { supplierId: shop.id },
    );
    expect(data.products.edges.map((e) => e.node)).toEqual([
      { id: loved.id, recommendationCount: 2 },
      { id: quiet.id, recommendationCount: 0 },
    ]);
  });

  test('search finds words and prefixes in title and description, and combines with filters', async () => {
    const shop = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
    const word = `zq${uniqueSuffix()}`;
    const inTitle = await create(shop.api, valid({ title: `Dried ${word} slices`, category: 'snacks' }));
    server.clock.advance(1000);
    const inDescription = await create(shop.api, valid({ title: 'Plain tea', description: `Tastes of ${word}.`, category: 'tea' }));
    const api = new ApiClient(server.url);
    expect(ids(await api.ok(LIST, { search: word }))).toEqual([inDescription.id, inTitle.id]);
    expect(ids(await api.ok(LIST, { search: word.toUpperCase().slice(0, 8) , supplierId: shop.id }))).toEqual([inDescription.id, inTitle.id]);
    expect(ids(await api.ok(LIST, { search: `${word} dried` }))).toEqual([inTitle.id]);
    expect(ids(await api.ok(LIST, { search: word, category: 'tea' }))).toEqual([inDescription.id]);
    expect(ids(await api.ok(LIST, { search: `${word} nosuchwordatall` }))).toEqual([]);
  });

  test.each([
    ['brackets and quotes', (w: string) => `${w} (") [ { ~`],
    ['field syntax', (w: string) => `title:${w}`],
    ['boolean operators', (w: string) => `${w} AND OR NOT`],
    ['a backslash and wildcards', (w: string) => `${w}\\ * ? +-!`],
    ['only punctuation', () => '(( ))'],
  ])('search takes %s literally: no error, nothing unexpected matched', async (_name, query) => {
    const shop = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
    const word = `zq${uniqueSuffix()}`;
    await create(shop.api, valid({ title: `Jar of ${word}` }));
    const res = await new ApiClient(server.url).request<{ products: { edges: unknown[] } }>(LIST, { search: query(word), supplierId: shop.id });
    expect(res.errors).toBeUndefined();
    expect(res.data?.products.edges.length).toBeLessThanOrEqual(1);
  });

  test('refuses a search over 100 characters, a bad category filter, a page size out of range and a forged cursor', async () => {
    const api = new ApiClient(server.url);
    expect(await api.errorCode(LIST, { search: 'x'.repeat(101) })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(LIST, { category: 'not a slug' })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(LIST, { first: 101 })).toBe('BAD_USER_INPUT');
    expect(await api.errorCode(LIST, { after: 'forged' })).toBe('BAD_USER_INPUT');
  });
});
