// Link previews (issue 25, item 2): a recommendation, member or product page carries Open Graph
// and Twitter card tags in its HTML, written by the server in the page's language, with
// absolute URLs on PUBLIC_ORIGIN; what members typed stays text; an id that names nothing is a
// 404 that says nothing about it. Needs web/dist: `npm test` builds it first.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import { POST_REC, receivedOrder, type RecView } from '../support/commerce';
import { openPage, titleOf } from '../support/html-meta';

const ORIGIN = 'https://trustline.example';
/** Names and texts written to end an attribute, the title, or the head. */
const HOSTILE_NAME = '"><script>alert(1)</script>';
const HOSTILE_PRODUCT = `Tea' onload='alert(2)' "><img src=x onerror=alert(3)>`;
const HOSTILE_TEXT = '</title><script>alert(4)</script> & it held up "well"';

let server: TestServer;
let author: TestMember;
let supplier: TestMember;
let product: TestProduct;
let rec: RecView;

beforeAll(async () => {
  server = await startTestServer(undefined, { firstPaintBudgetMs: 30_000, publicOrigin: `${ORIGIN}/` });
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  author = await createMember(server.graph, server.url);
  product = await createProduct(server.graph, supplier.id, { title: HOSTILE_PRODUCT, priceMinor: 12800 });
  await author.api.ok('mutation($n: String, $b: String) { updateProfile(input: { displayName: $n, bio: $b }) { displayName } }', {
    n: HOSTILE_NAME,
    b: 'Fruit & tea, only what I bought myself.',
  });
  await receivedOrder(author, supplier, product.id);
  rec = (await author.api.ok<{ postRecommendation: RecView }>(POST_REC, { productId: product.id, stars: 4, text: HOSTILE_TEXT })).postRecommendation;
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const open = (path: string, headers: Record<string, string> = {}) => openPage(server.url, path, headers);

describe('a recommendation page', () => {
  test('carries its preview: title, description, canonical URL and the poster, all absolute on PUBLIC_ORIGIN', async () => {
    const { res, head, meta } = await open(`/r/${rec.code.toLowerCase()}`);
    expect(res.status).toBe(200);
    expect(meta).toMatchObject({
      'og:site_name': 'Trustline',
      'og:type': 'article',
      'og:title': `${HOSTILE_NAME} recommends ${HOSTILE_PRODUCT}`,
      'og:url': `${ORIGIN}/r/${rec.code}`,
      'og:image': `${ORIGIN}/r/${rec.code}/poster.png?lang=en`,
      'og:image:width': '900',
      'og:image:height': '1200',
      'og:locale': 'en_US',
      'twitter:card': 'summary_large_image',
      'twitter:image': `${ORIGIN}/r/${rec.code}/poster.png?lang=en`,
    });
    expect(meta['og:description']).toContain('4/5');
    expect(meta['og:description']).toContain(HOSTILE_TEXT);
    expect(meta['og:description']).toContain('unvouched'); // a new test member: nobody vouched yet
    expect(meta['og:description']).toContain('¥128.00');
    expect(meta.description).toBe(meta['og:description']);
    expect(titleOf(head)).toBe(`${HOSTILE_NAME} recommends ${HOSTILE_PRODUCT} · Trustline`);
    expect(head).toContain(`<link rel="canonical" href="${ORIGIN}/r/${rec.code}">`);
    expect(res.headers.get('vary')).toContain('Accept-Language');
  });

  test('a re-share keeps its re-sharer in the preview link and the poster; a handle that cannot be one is dropped', async () => {
    const { meta } = await open(`/r/${rec.code}?via=sam_liu`);
    expect(meta['og:url']).toBe(`${ORIGIN}/r/${rec.code}?via=sam_liu`);
    expect(meta['og:image']).toBe(`${ORIGIN}/r/${rec.code}/poster.png?lang=en&via=sam_liu`);
    const odd = await open(`/r/${rec.code}?via=${encodeURIComponent('"><b>')}`);
    expect(odd.meta['og:url']).toBe(`${ORIGIN}/r/${rec.code}`);
  });

  test("in Chinese for a Chinese browser, and in the language a link names", async () => {
    const zh = await open(`/r/${rec.code}`, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' });
    expect(zh.html).toMatch(/^<!doctype html>\s*<html lang="zh-CN">/i);
    expect(zh.meta['og:locale']).toBe('zh_CN');
    expect(zh.meta['og:title']).toBe(`${HOSTILE_NAME} 推荐 ${HOSTILE_PRODUCT}`);
    expect(zh.meta['og:description']).toContain('未经担保');
    expect(zh.meta['og:image']).toBe(`${ORIGIN}/r/${rec.code}/poster.png?lang=zh-CN`);
    const named = await open(`/r/${rec.code}?lang=en`, { 'accept-language': 'zh-CN' });
    expect(named.meta['og:locale']).toBe('en_US');
  });
});

test('what members typed stays text: no tag, attribute or title is closed by it', async () => {
  for (const path of [`/r/${rec.code}`, `/m/${author.handle}`, `/p/${product.id}`]) {
    const { head } = await open(path);
    expect({ path, script: head.includes('<script>alert') }).toEqual({ path, script: false });
    expect(head).not.toContain('<img src=x');
    expect(head).not.toContain("onload='");
    expect(head).not.toContain('</title><script>');
    // Every meta tag is whole: as many as were written, each with one content attribute.
    const named = head.match(/<meta (?:property|name)=/g)!.length;
    expect(named).toBeGreaterThan(15);
    expect(head.match(/<meta (?:property|name)="[^"]+" content="[^"]*"\s*\/?>/g)!.length).toBe(named);
  }
});

test('a member page: their name and handle, trust in words, and a card image', async () => {
  const { res, meta } = await open(`/m/${author.handle.toUpperCase()}`);
  expect(res.status).toBe(200);
  expect(meta).toMatchObject({
    'og:type': 'profile',
    'og:title': `${HOSTILE_NAME} (@${author.handle})`,
    'og:url': `${ORIGIN}/m/${author.handle}`,
    'og:image': `${ORIGIN}/m/${author.handle}/card.png?lang=en`,
    'og:image:width': '1200',
    'og:image:height': '630',
    'twitter:card': 'summary_large_image',
  });
  expect(meta['og:description']).toMatch(/^Trust \d+\.\d, unvouched on Trustline/);
  expect(meta['og:description']).toContain('Fruit & tea, only what I bought myself.');
});

test('a product page: title and price, its description, and a card image', async () => {
  const { res, meta } = await open(`/p/${product.id}`, { 'accept-language': 'zh-CN' });
  expect(res.status).toBe(200);
  expect(meta).toMatchObject({
    'og:type': 'product',
    'og:title': `${HOSTILE_PRODUCT} · ¥128.00`,
    'og:description': 'A product made by a test.',
    'og:url': `${ORIGIN}/p/${product.id}`,
    'og:image': `${ORIGIN}/p/${product.id}/card.png?lang=zh-CN`,
    'og:locale': 'zh_CN',
  });
});

test('an id that names nothing is a 404 with the app in the body, and the page says nothing about it', async () => {
  const cases: Array<[path: string, id: string | null]> = [
    ['/r/NOPE2345', 'NOPE2345'],
    ['/r/%E0%A4%A', null],
    ['/m/nobody_by_this_name', 'nobody_by_this_name'],
    [`/m/${'x'.repeat(300)}`, 'x'.repeat(300)],
    ['/p/00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000'],
    ['/p/not-a-product', 'not-a-product'],
  ];
  for (const [path, id] of cases) {
    const { res, html, head, meta } = await open(path);
    expect({ path, status: res.status }).toEqual({ path, status: 404 });
    expect(html).toContain('<div id="root"></div>');
    expect(Object.keys(meta).filter((k) => k.startsWith('og:') || k.startsWith('twitter:'))).toEqual([]);
    expect(head).not.toContain('canonical');
    expect(titleOf(head)).toBe('Trustline');
    // The id is not written into the page (nor anything looked up for it).
    if (id) expect(html).not.toContain(id);
  }
});
