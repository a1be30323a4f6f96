// index.html carries the first answers of the page it opens (server/first-paint.ts, issue 6):
// the same answers the API gives, asked as the visitor, never kept by a shared cache, and safe
// against names written to break out of the page. Needs web/dist: `npm test` builds it first.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, createProduct, type TestMember } from '../support/factories';
import { FIRST_PAINT_ELEMENT_ID } from '../../web/src/first-paint';

let server: TestServer;
let hurried: TestServer;
let member: TestMember;
/** A display name that would end the data block and run a script if it were not escaped. */
const HOSTILE_NAME = '</script><script>alert(1)</script><!--';
/** A name is one line (issue 24), so the line separator JavaScript once ended lines at rides in the bio. */
const HOSTILE_BIO = '</script><script>alert(2)</script>\u2028<!--';

beforeAll(async () => {
  // A loaded test machine must not turn a slow first answer into a missing one.
  server = await startTestServer(undefined, { firstPaintBudgetMs: 30_000 });
  hurried = await startTestServer(undefined, { firstPaintBudgetMs: 0 });
  member = await createMember(server.graph, server.url);
  await member.api.ok('mutation($n: String, $b: String) { updateProfile(input: { displayName: $n, bio: $b }) { displayName } }', { n: HOSTILE_NAME, b: HOSTILE_BIO });
});
afterAll(async () => {
  await cleanup(server.graph);
  await hurried.stop();
  await server.stop();
});

type Snapshot = Record<string, Record<string, unknown>>;

async function open(path: string, headers: Record<string, string> = {}, base = server): Promise<{ res: Response; html: string; state: Snapshot | undefined }> {
  const res = await fetch(`${base.url}${path}`, { headers });
  const html = await res.text();
  const block = new RegExp(`<script type="application/json" id="${FIRST_PAINT_ELEMENT_ID}">([^<]*)</script>`).exec(html);
  return { res, html, state: block ? (JSON.parse(block[1]!) as Snapshot) : undefined };
}

describe('the leaderboard', () => {
  test('ships the board, the network summary and who is asking, as the API answers them', async () => {
    const { res, state } = await open('/');
    expect(res.status).toBe(200);
    const root = state!.ROOT_QUERY!;
    expect(root.me).toBeNull();
    expect(root.network).toMatchObject({ __typename: 'NetworkStats' });
    const board = root['leaderboard:{"scope":"GLOBAL","category":null}'] as { edges: { node: { member: { __ref: string } } }[] };
    const api = await member.api.ok<{ leaderboard: { edges: { node: { member: { id: string } } }[] } }>(
      '{ leaderboard(scope: GLOBAL, first: 20) { edges { node { member { id } } } } }',
    );
    expect(board.edges.map((e) => e.node.member.__ref)).toEqual(api.leaderboard.edges.map((e) => `Member:${e.node.member.id}`));
  });

  test('a signed-in visitor gets their own `me`, and no cache may keep the page (issue 24)', async () => {
    const { res, state } = await open('/', { authorization: `Bearer ${member.token}` });
    expect(state!.ROOT_QUERY!.me).toEqual({ __ref: `Member:${member.id}` });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('vary') ?? '').toMatch(/Cookie, Authorization/);
    // Signed out: the browser may keep it but must ask again; a shared cache keys it on the session.
    const anonymous = await open('/');
    expect(anonymous.res.headers.get('cache-control')).toBe('private, no-cache');
    expect(anonymous.res.headers.get('vary') ?? '').toMatch(/Cookie, Authorization/);
  });

  test('"people I follow" is left to the app (it depends on the session the app holds)', async () => {
    const { state } = await open('/?board=following');
    expect(Object.keys(state!.ROOT_QUERY!).some((k) => k.startsWith('leaderboard'))).toBe(false);
  });
});

describe('a member page', () => {
  test('ships the member and their pocket shop', async () => {
    const { state } = await open(`/m/${member.handle}`);
    expect(state![`Member:${member.id}`]).toMatchObject({ handle: member.handle });
    expect(Object.keys(state!.ROOT_QUERY!)).toContain(`memberRecommendations:{"handle":"${member.handle}"}`);
  });

  test('a name and a bio written to break out of the page stay data: escaped in the HTML, exact once parsed', async () => {
    const { html, state } = await open(`/m/${member.handle}`);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<script>alert(2)');
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('\u2028');
    expect(state![`Member:${member.id}`]!.displayName).toBe(HOSTILE_NAME);
    expect(state![`Member:${member.id}`]!.bio).toBe(HOSTILE_BIO);
  });

  test('an unknown member and a malformed link ship only `me`, as a 404: the app itself says "not found"', async () => {
    const unknown = await open('/m/nobody_by_this_name');
    expect(unknown.res.status).toBe(404);
    expect(Object.keys(unknown.state!.ROOT_QUERY!)).toEqual(['__typename', 'me']);
    const malformed = await open('/m/%E0%A4%A');
    expect(malformed.res.status).toBe(404);
    expect(Object.keys(malformed.state!.ROOT_QUERY!)).toEqual(['__typename', 'me']);
  });
});

describe('a product page', () => {
  test('ships the product, its photos and its first recommendations, as the app asks for them', async () => {
    const { id } = await createProduct(server.graph, member.id);
    const { state } = await open(`/p/${id}`);
    expect(state![`Product:${id}`]).toMatchObject({ id });
    expect(Object.keys(state!.ROOT_QUERY!)).toEqual(expect.arrayContaining([`product({"id":"${id}"})`, `productRecommendations:{"productId":"${id}"}`]));
  });

  test('an unknown product ships only `me`, as a 404: the app itself says "not found"', async () => {
    const { res, state } = await open('/p/no-such-product');
    expect(res.status).toBe(404);
    expect(Object.keys(state!.ROOT_QUERY!)).toEqual(['__typename', 'me']);
    const malformed = await open('/p/%E0%A4%A');
    expect(Object.keys(malformed.state!.ROOT_QUERY!)).toEqual(['__typename', 'me']);
  });
});

test("a page in its own chunk gets that chunk preloaded by the page, the leaderboard none", async () => {
  expect((await open('/p/some-product')).html).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/ProductPage-[\w-]+\.js">/);
  expect((await open('/')).html).not.toMatch(/Page-[\w-]+\.js/);
});

test('a missing file gets the shell without any answers, as a 404', async () => {
  const { res, state } = await open('/favicon.ico');
  expect(res.status).toBe(404);
  expect(state).toBeUndefined();
});

test('a path the app has no page for is a 404 whose body is the app (its not-found page); every route is a 200', async () => {
  for (const path of ['/no-such-page', '/m', '/m/a/b', '/products/x', '/me/nothing', '/p/']) {
    const { res, html } = await open(path);
    expect({ path, status: res.status }).toEqual({ path, status: 404 });
    expect(html).toContain('<div id="root"></div>');
  }
  // A route whose id names nothing is a 404 too (test/integration/link-previews.test.ts).
  for (const path of ['/', `/m/${member.handle}`, `/m/${member.handle}/`, '/products', '/feed', '/me', '/me/commissions', '/signin', '/signup', '/supplier', '/admin']) {
    expect({ path, status: (await open(path)).res.status }).toEqual({ path, status: 200 });
  }
});

describe('the budget', () => {
  test('answers later than it are left out: the page goes out whole, without them', async () => {
    const { res, html, state } = await open('/', {}, hurried);
    expect(res.status).toBe(200);
    expect(state).toBeUndefined();
    expect(html).toContain('<div id="root"></div>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});
