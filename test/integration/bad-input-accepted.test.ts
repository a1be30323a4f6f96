// The other half of the bad-input corpus: input that looks hostile or odd but is legitimate must
// be accepted and come back exactly as stored (after the documented NFC normalisation and
// trimming), never mangled, escaped twice or refused. Injection-looking text is just text.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, createProduct, type TestMember } from '../support/factories';
import { newKey, PLACE_ORDER, POST_REC, receivedOrder, type OrderView, type RecView } from '../support/commerce';
import { databaseFingerprint, INJECTIONS } from '../support/bad-input-kit';

let server: TestServer;
let supplier: TestMember;

beforeAll(async () => {
  server = await startTestServer();
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const PROFILE = 'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName bio } }';
const READ_PROFILE = 'query ($h: String!) { member(handle: $h) { id displayName bio } }';

/** Saves a profile field through the API and reads it back in a fresh request. */
async function roundTrip(field: 'displayName' | 'bio', value: string): Promise<{ saved: string; read: string }> {
  const member = await createMember(server.graph, server.url);
  const saved = (await member.api.ok<{ updateProfile: Record<string, string> }>(PROFILE, { input: { [field]: value } })).updateProfile[field]!;
  const read = (await member.api.ok<{ member: Record<string, string> }>(READ_PROFILE, { h: member.handle })).member[field]!;
  return { saved, read };
}

const STORED_EXACTLY: [string, 'displayName' | 'bio', string][] = [
  ['an emoji ZWJ sequence and CJK in a name', 'displayName', '王小明 👨‍👩‍👧 ❤️'],
  ['a name of exactly 50 code units of emoji', 'displayName', '😀'.repeat(25)],
  ['right-to-left text with a right-to-left mark', 'bio', 'مرحبا بالعالم \u200F— שלום'],
  ['a Cypher-looking bio', 'bio', `${INJECTIONS.cypherQuote} ${INJECTIONS.cypherDetach} ${INJECTIONS.cypherMatch}`],
  ['backticks in a bio', 'bio', INJECTIONS.backticks],
  ['a script tag in a bio (the web app escapes it)', 'bio', INJECTIONS.script],
  ['a JSON fragment in a bio', 'bio', INJECTIONS.json],
  ['a bio of exactly 500 characters', 'bio', 'b'.repeat(500)],
  ['zero-width joiners and non-joiners inside words', 'bio', 'می\u200Cخواهم and 👩\u200D💻'],
];

describe('accepted input is stored and read back exactly', () => {
  test.each(STORED_EXACTLY)('%s', async (_name, field, value) => {
    const { saved, read } = await roundTrip(field, value);
    expect(saved).toBe(value);
    expect(read).toBe(value);
  });

  test('combining characters are stored in NFC, so the 50-character limit counts what people see', async () => {
    const decomposed = 'e\u0301'.repeat(50); // 100 code units, 50 characters
    const { saved, read } = await roundTrip('displayName', decomposed);
    expect(saved).toBe('é'.repeat(50));
    expect(read).toBe(saved);
  });

  test('surrounding whitespace is trimmed, inner whitespace kept', async () => {
    const { read } = await roundTrip('bio', '  two  spaces\tand a tab  \n');
    expect(read).toBe('two  spaces\tand a tab');
  });

  test('a recommendation in mixed scripts, emoji and markup is stored exactly and found by its code in any case', async () => {
    const author = await createMember(server.graph, server.url);
    const product = await createProduct(server.graph, supplier.id);
    await receivedOrder(author, supplier, product.id);
    const text = `好吃！Sweet 🍒🍒 <b>not bold</b> ' RETURN 1 // — ${'e\u0301'} fin`;
    const rec = (await author.api.ok<{ postRecommendation: RecView }>(POST_REC, { productId: product.id, stars: 5, text })).postRecommendation;
    expect(rec.text).toBe(text.normalize('NFC'));
    const byCode = await author.api.ok<{ recommendationByCode: { id: string; text: string } | null }>(
      'query ($c: String!) { recommendationByCode(code: $c) { id text } }',
      { c: `  ${rec.code.toLowerCase()} ` },
    );
    expect(byCode.recommendationByCode).toEqual({ id: rec.id, text: rec.text });
  });

  test('a handle is found whatever its case', async () => {
    const member = await createMember(server.graph, server.url);
    const data = await member.api.ok<{ member: { id: string } | null }>(READ_PROFILE, { h: member.handle.toUpperCase() });
    expect(data.member?.id).toBe(member.id);
  });
});

describe('odd but harmless reads answer normally and write nothing', () => {
  const SEARCH = 'query ($s: String) { products(search: $s) { edges { node { id } } } }';
  test.each([...Object.values(INJECTIONS), '((', 'AND OR NOT', '*', '\\', 'title:x~2^3', '"unbalanced', '水果 🍒'])('product search for %j', async (search) => {
    const before = await databaseFingerprint(server.graph);
    const data = await supplier.api.ok<{ products: { edges: unknown[] } }>(SEARCH, { s: search });
    expect(Array.isArray(data.products.edges)).toBe(true);
    expect(await databaseFingerprint(server.graph)).toEqual(before);
  });

  test('an empty cursor means the first page', async () => {
    const first = await supplier.api.ok<{ products: { edges: { cursor: string }[] } }>('{ products(first: 2) { edges { cursor } } }');
    const empty = await supplier.api.ok<{ products: { edges: { cursor: string }[] } }>('{ products(first: 2, after: "") { edges { cursor } } }');
    expect(empty).toEqual(first);
  });
});

test('the fingerprint sees a changed property even when no count changes (so the corpus can fail)', async () => {
  const member = await createMember(server.graph, server.url);
  const before = await databaseFingerprint(server.graph);
  await member.api.ok(PROFILE, { input: { bio: 'changed' } });
  const after = await databaseFingerprint(server.graph);
  expect(after.counts).toEqual(before.counts);
  expect(after.digest).not.toBe(before.digest);
});

test('a retried order with the same key and body returns the same order and places no second one', async () => {
  const buyer = await createMember(server.graph, server.url);
  const product = await createProduct(server.graph, supplier.id);
  const variables = { productId: product.id, quantity: 2, code: null, resharer: null, key: newKey() };
  const first = (await buyer.api.ok<{ placeOrder: OrderView }>(PLACE_ORDER, variables)).placeOrder;
  const before = await databaseFingerprint(server.graph);
  const again = (await buyer.api.ok<{ placeOrder: OrderView }>(PLACE_ORDER, variables)).placeOrder;
  expect(again.id).toBe(first.id);
  expect(await databaseFingerprint(server.graph)).toEqual(before);
});
