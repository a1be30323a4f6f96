// Search through the GraphQL API against the real full-text indexes: members by any part of a
// Chinese or Latin name or handle, products by title and description, exact handle first, the
// groups paged on their own, hostile text taken literally, and the bounds refused with a reason.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, track, uniqueSuffix, type TestMember } from '../support/factories';

let server: TestServer;
let anonymous: ApiClient;
// A word of this test's own (uniqueSuffix with its digits turned into letters), in no other test's data.
const tag = uniqueSuffix().replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!);
let feng: TestMember;
let junjie: TestMember;
let sarah: TestMember;
let mangoId: string;

const SEARCH = `query ($text: String!, $first: Int, $after: String) {
  search(text: $text) {
    text
    members(first: $first, after: $after) { edges { cursor node { id handle displayName } } pageInfo { hasNextPage endCursor } }
    products(first: $first, after: $after) { edges { node { id title } } pageInfo { hasNextPage endCursor } }
  } }`;

interface Found {
  search: {
    text: string;
    members: { edges: { cursor: string; node: { id: string; handle: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    products: { edges: { node: { id: string; title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  };
}

const search = async (text: string, first?: number, after?: string) => (await anonymous.ok<Found>(SEARCH, { text, first, after })).search;
const memberIds = async (text: string) => (await search(text, 50)).members.edges.map((e) => e.node.id);
const productIds = async (text: string) => (await search(text, 50)).products.edges.map((e) => e.node.id);

beforeAll(async () => {
  server = await startTestServer();
  anonymous = new ApiClient(server.url);
  feng = await createMember(server.graph, server.url, { handle: `feng_junjie_${tag}`, displayName: '冯俊杰' });
  junjie = await createMember(server.graph, server.url, { handle: `junjie_${tag}`, displayName: `Junjie ${tag}` });
  sarah = await createMember(server.graph, server.url, { handle: `s_${tag}`, displayName: `Sarah Smithfield${tag}` });
  const supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  const { createProduct } = await supplier.api.ok<{ createProduct: { id: string } }>(
    'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }',
    { input: { title: `Guifei Mangoes ${tag}`, description: '树上熟的海南贵妃芒，picked the day before they ship.', category: 'fresh-fruit', priceMinor: 8900, commissionRateBps: 800 } },
  );
  mangoId = createProduct.id;
  track(mangoId);
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

describe('members', () => {
  test('are found by any part of a Chinese name: the whole, two characters, one', async () => {
    for (const text of ['冯俊杰', '俊杰', '冯俊', '冯', '杰']) expect(await memberIds(text)).toContain(feng.id);
    // Characters in another order are not the name.
    expect(await memberIds('杰俊冯')).not.toContain(feng.id);
  });

  test('are found by a word of the handle or the name, and by the start of one, in any case', async () => {
    expect(await memberIds(`feng ${tag}`)).toContain(feng.id);
    expect(await memberIds(`FENG ${tag.slice(0, 6)}`)).toContain(feng.id);
    expect(await memberIds(`sarah smithf`)).toContain(sarah.id);
    expect(await memberIds(`smith ${tag}`)).not.toContain(feng.id);
    // A handle with digits in a word is still split into its words (handleWords).
    const digits = await createMember(server.graph, server.url, { handle: `${tag}_lei123`, displayName: 'Wang Lei' });
    expect(await memberIds(`lei ${tag}`)).toContain(digits.id);
    expect(await memberIds(`lei123 ${tag}`)).toContain(digits.id);
    await server.graph.write((tx) => tx.run('MATCH (m:Member {id: $id}) DETACH DELETE m', { id: digits.id }));
    // Chinese and Latin together: the name's characters and the handle's word.
    expect(await memberIds(`冯 ${tag}`)).toEqual([feng.id]);
  });

  test('the member whose handle is exactly the text comes first, with or without @, in any case', async () => {
    const first = async (text: string) => (await search(text)).members.edges[0]?.node.id;
    expect(await first(`junjie_${tag}`)).toBe(junjie.id);
    expect(await first(`@JUNJIE_${tag}`)).toBe(junjie.id);
    expect(await first(`feng_junjie_${tag}`)).toBe(feng.id);
    // The other one still matches, below.
    expect(await memberIds(`junjie_${tag}`)).toEqual([junjie.id, feng.id]);
  });

  test('page on their own, without repeats, and stop at 200 deep', async () => {
    const one = await search(tag, 1);
    expect(one.members.edges).toHaveLength(1);
    expect(one.members.pageInfo.hasNextPage).toBe(true);
    const seen = [one.members.edges[0]!.node.id];
    let after = one.members.pageInfo.endCursor!;
    for (;;) {
      const page = await search(tag, 1, after);
      seen.push(...page.members.edges.map((e) => e.node.id));
      if (!page.members.pageInfo.hasNextPage) break;
      after = page.members.pageInfo.endCursor!;
    }
    expect(new Set(seen)).toEqual(new Set([feng.id, junjie.id, sarah.id]));
    expect(seen).toHaveLength(3);
  });
});

describe('products', () => {
  test('are found by title and by description, in either script, and by the start of a word', async () => {
    for (const text of [`guifei ${tag}`, `mang ${tag}`, '贵妃芒', '海南贵妃', `picked ${tag}`]) expect(await productIds(text)).toContain(mangoId);
    expect(await productIds('芒妃贵')).not.toContain(mangoId);
  });

  test('sit beside members in their own group: one text finds both', async () => {
    const found = await search(tag);
    expect(found.members.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([feng.id, junjie.id, sarah.id]));
    expect(found.products.edges.map((e) => e.node.id)).toEqual([mangoId]);
  });
});

describe('hostile and odd text', () => {
  test('Lucene syntax is taken literally: never an error, never everything', async () => {
    for (const text of ['*', '"', 'AND', 'OR NOT', '~', '\\', '"unclosed', 'title:*', '(feng', 'feng~2', `${tag}*`, '冯"', '[a TO z]', '?', '/re/', '&&', '!']) {
      const res = await anonymous.request<Found>(SEARCH, { text, first: 50 });
      expect({ text, errors: res.errors }).toEqual({ text, errors: undefined });
    }
    // Nothing searchable in it: nothing found (not every member).
    for (const text of ['*', '"', '~', '\\', '?', '', '   ']) {
      const found = await search(text);
      expect({ text, members: found.members.edges.length, products: found.products.edges.length }).toEqual({ text, members: 0, products: 0 });
    }
    // A word with a special character is still searched for as a word.
    expect(await memberIds(`(feng ${tag}`)).toContain(feng.id);
  });

  test('text is trimmed and bounded; page size and depth are bounded; cursors must be ours', async () => {
    expect((await search(`  ${tag}  `)).text).toBe(tag);
    const refused = async (variables: Record<string, unknown>) => {
      const res = await anonymous.request(SEARCH, { text: tag, ...variables });
      return { code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field };
    };
    expect(await refused({ text: 'x'.repeat(101) })).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(await refused({ text: 'a\u0000b' })).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(await refused({ first: 0 })).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await refused({ first: 51 })).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await refused({ after: 'not-a-cursor' })).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    const deep = Buffer.from(JSON.stringify([190])).toString('base64url');
    expect(await refused({ after: deep, first: 20 })).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    const negative = Buffer.from(JSON.stringify([-5])).toString('base64url');
    expect(await refused({ after: negative })).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await anonymous.request(SEARCH, { text: 'x'.repeat(100) })).errors).toBeUndefined();
  });
});

test('the indexes exist with the analyzers the search relies on', async () => {
  const indexes = await server.graph.read(async (tx) =>
    (await tx.run("SHOW FULLTEXT INDEXES YIELD name, options, state, properties RETURN name, options.indexConfig.`fulltext.analyzer` AS analyzer, state, properties")).records.map((r) => r.toObject()),
  );
  expect(indexes).toEqual(
    expect.arrayContaining([
      { name: 'member_search', analyzer: 'classic', state: 'ONLINE', properties: ['displayName', 'handle', 'handleWords'] },
      { name: 'product_search', analyzer: 'standard-no-stop-words', state: 'ONLINE', properties: ['title', 'description'] },
    ]),
  );
});
