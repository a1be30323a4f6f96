// Sharing a group buy (issue 28): /g/<id> carries a link preview (Open Graph and Twitter tags in
// the page's language: product, leader and trust, price now, joined/target, deadline) and has a
// share poster and a QR code whose link opens the group. A group that ended says only how; one
// that does not exist is a 404 that says nothing. Needs web/dist: `npm test` builds it first.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, type TestMember, type TestProduct } from '../support/factories';
import { establishedMember, groupProduct, join, openGroup, trustedLeader, type GroupView } from '../support/group-buys';
import { openPage, titleOf } from '../support/html-meta';
import { settleGroupBuyDeadlines } from '../../server/jobs/group-buy-deadlines';
import { HOUR_MS } from '../../server/domain/group-buy-rules';
import { POSTER_HEIGHT, POSTER_WIDTH } from '../../server/sharing/poster';

const ORIGIN = 'https://trustline.example';
// Its own year, so the deadline job (which scans every open group) settles only this file's.
const START = new Date('2023-04-03T02:00:00Z');
const HOSTILE_NOTE = '</title><script>alert(5)</script> "fresh" & cheap';

let server: TestServer;
let supplier: TestMember;
let leader: TestMember;
let product: TestProduct;
let group: GroupView;
let failed: GroupView;

beforeAll(async () => {
  server = await startTestServer(START, { firstPaintBudgetMs: 30_000, publicOrigin: ORIGIN });
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'], now: START });
  product = await groupProduct(server.graph, supplier, { priceMinor: 5900 });
  const first = await trustedLeader(server.graph, server.url, supplier, product.id, START);
  leader = first.leader;
  await leader.api.ok('mutation($n: String) { updateProfile(input: { displayName: $n }) { displayName } }', { n: 'Lin "Tea" <Leader>' });
  // Deadline 2023-04-04 12:00 in Shanghai (04:00 UTC): 26 hours away.
  group = (await openGroup(leader.api, first.rec, new Date('2023-04-04T04:00:00Z'), 3, HOSTILE_NOTE)).openGroupBuy;
  const friend = await establishedMember(server.graph, server.url, supplier, product.id, START);
  await join(friend.api, group.id);

  // A second product's group that nobody joins: it fails at its deadline.
  const other = await groupProduct(server.graph, supplier);
  const second = await trustedLeader(server.graph, server.url, supplier, other.id, START);
  failed = (await openGroup(second.leader.api, second.rec, new Date(START.getTime() + 2 * HOUR_MS), 2)).openGroupBuy;
  const joiner = await establishedMember(server.graph, server.url, supplier, other.id, START);
  await join(joiner.api, failed.id);
  server.clock.advance(3 * HOUR_MS);
  expect((await settleGroupBuyDeadlines(server.graph, server.clock)).map((s) => s.outcome)).toEqual(['FAILED']);
}, 120_000);
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const open = (path: string, headers: Record<string, string> = {}) => openPage(server.url, path, headers);

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { headers });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

/** What a phone's camera reads from the image, or null. */
async function decodeQr(image: Buffer): Promise<string | null> {
  const { data, info } = await sharp(image).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

describe('the link preview of an open group', () => {
  test('names the leader and product; says the price now, full price, joined/target, deadline and trust; the poster is its image', async () => {
    const { res, head, meta } = await open(`/g/${group.id}`);
    expect(res.status).toBe(200);
    expect(meta).toMatchObject({
      'og:title': `Lin "Tea" <Leader> leads a group buy of ${product.title}`,
      'og:type': 'product',
      'og:url': `${ORIGIN}/g/${group.id}`,
      'og:image': `${ORIGIN}/g/${group.id}/poster.png?lang=en`,
      'og:image:width': String(POSTER_WIDTH),
      'og:image:height': String(POSTER_HEIGHT),
      'og:locale': 'en_US',
      'twitter:card': 'summary_large_image',
      'twitter:image': `${ORIGIN}/g/${group.id}/poster.png?lang=en`,
    });
    // One counted buyer of three: no tier yet, so the price now is the full price.
    expect(meta['og:description']).toMatch(/^¥59\.00 each now \(full price ¥59\.00\) · 1 of 3 buyers · open until Apr 4, 2023, 12:00 PM GMT\+8 · leader’s trust \d+\.\d/);
    expect(meta['og:description']).toContain(HOSTILE_NOTE);
    expect(meta.description).toBe(meta['og:description']);
    expect(titleOf(head)).toBe(`${meta['og:title']} · Trustline`);
    expect(head).toContain(`<link rel="canonical" href="${ORIGIN}/g/${group.id}">`);
    // What the leader typed stays text.
    expect(head).not.toContain('<script>alert');
    expect(head).not.toContain('<Leader>');
    expect(res.headers.get('vary')).toContain('Accept-Language');
  });

  test('in Chinese for a Chinese browser; a re-sharer stays in the link and the poster', async () => {
    const { meta } = await open(`/g/${group.id}?via=sam_liu`, { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(meta['og:locale']).toBe('zh_CN');
    expect(meta['og:title']).toBe(`Lin "Tea" <Leader> 发起 ${product.title} 拼团`);
    expect(meta['og:description']).toMatch(/^现在每件 ¥59\.00（原价 ¥59\.00）· 已有 1\/3 人 · 截止 2023年4月4日 GMT\+8 12:00 · 团长信任/);
    expect(meta['og:url']).toBe(`${ORIGIN}/g/${group.id}?via=sam_liu`);
    expect(meta['og:image']).toBe(`${ORIGIN}/g/${group.id}/poster.png?lang=zh-CN&via=sam_liu`);
  });
});

test('a failed group says only that it ended: no price invitation, no count of who joined', async () => {
  const { res, meta } = await open(`/g/${failed.id}`);
  expect(res.status).toBe(200);
  expect(meta['og:description']).toBe('This group buy ended without reaching a group price: nothing was placed and nobody paid.');
  expect(meta['og:image']).toBe(`${ORIGIN}/g/${failed.id}/poster.png?lang=en`);
  const poster = await get(`/g/${failed.id}/poster.png`);
  expect(poster.res.status).toBe(200);
});

test('an unknown or impossible group is a 404 whose page and images say nothing about it', async () => {
  for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-group', 'x'.repeat(300)]) {
    const { res, html, head, meta } = await open(`/g/${id}`);
    expect({ id, status: res.status }).toEqual({ id, status: 404 });
    expect(Object.keys(meta).filter((k) => k.startsWith('og:') || k.startsWith('twitter:'))).toEqual([]);
    expect(titleOf(head)).toBe('Trustline');
    expect(html).not.toContain(id);
    for (const image of ['poster.png', 'qr.svg']) {
      const { res: imageRes } = await get(`/g/${id}/${image}`);
      expect({ id, image, status: imageRes.status, cache: imageRes.headers.get('cache-control') }).toEqual({ id, image, status: 404, cache: 'no-store' });
    }
  }
});

describe('the group poster', () => {
  test('is a 900×1200 PNG whose QR code opens the group on PUBLIC_ORIGIN, with a re-sharer when shared as one', async () => {
    const { res, body } = await get(`/g/${group.id}/poster.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=600');
    const meta = await sharp(body).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'png', width: POSTER_WIDTH, height: POSTER_HEIGHT });
    expect(await decodeQr(body)).toBe(`${ORIGIN}/g/${group.id}`);
    const shared = await get(`/g/${group.id}/poster.png?via=sam_liu&lang=zh-CN`);
    expect(await decodeQr(shared.body)).toBe(`${ORIGIN}/g/${group.id}?via=sam_liu`);
    expect(shared.body.equals(body)).toBe(false);
  });

  test('is another drawing once the group fills further: a join changes its ETag', async () => {
    const before = (await get(`/g/${group.id}/poster.png`)).res.headers.get('etag')!;
    expect((await get(`/g/${group.id}/poster.png`, { 'if-none-match': before })).res.status).toBe(304);
    const friend = await establishedMember(server.graph, server.url, supplier, product.id, server.clock.now());
    await join(friend.api, group.id);
    const after = await get(`/g/${group.id}/poster.png`, { 'if-none-match': before });
    expect(after.res.status).toBe(200);
    expect(after.res.headers.get('etag')).not.toBe(before);
  });

  test('the QR code alone is an SVG of the same link', async () => {
    const { res, body } = await get(`/g/${group.id}/qr.svg?via=sam_liu`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await decodeQr(await sharp(body, { density: 144 }).png().toBuffer())).toBe(`${ORIGIN}/g/${group.id}?via=sam_liu`);
  });
});
