// The share images (issue 25, item 2): a recommendation's poster is a PNG of the stated size
// whose QR code opens its share link on PUBLIC_ORIGIN (decoded here as a phone would), the QR
// code alone is an SVG of the same link, members and products have preview cards; unknown ids
// are 404s. Any cache may keep them a while, and a revalidation costs no render.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import { recommend, type RecView } from '../support/commerce';
import { upload } from '../support/photos';
import { POSTER_HEIGHT, POSTER_WIDTH } from '../../server/sharing/poster';
import { CARD_HEIGHT, CARD_WIDTH } from '../../server/sharing/card';

const ORIGIN = 'https://trustline.example';

let server: TestServer;
let supplier: TestMember;
let author: TestMember;
let product: TestProduct;
let rec: RecView;

beforeAll(async () => {
  server = await startTestServer(undefined, { publicOrigin: ORIGIN });
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  author = await createMember(server.graph, server.url);
  await author.api.ok('mutation($n: String) { updateProfile(input: { displayName: $n }) { displayName } }', { n: '冯俊杰 "><script>' });
  product = await createProduct(server.graph, supplier.id, { title: '海南妃子笑荔枝 5斤装' });
  rec = await recommend(author, supplier, product.id, 4);
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

/** What a phone's camera reads from the image, or null. */
async function decodeQr(image: Buffer): Promise<string | null> {
  const { data, info } = await sharp(image).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { headers });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

describe('the poster', () => {
  test('is a PNG of the stated size whose QR code opens the share link on PUBLIC_ORIGIN', async () => {
    const { res, body } = await get(`/r/${rec.code}/poster.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const meta = await sharp(body).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'png', width: POSTER_WIDTH, height: POSTER_HEIGHT });
    expect(await decodeQr(body)).toBe(`${ORIGIN}/r/${rec.code}`);
  });

  test("a re-sharer's poster opens the link with them in it; a code typed in lower case finds it too", async () => {
    const { body } = await get(`/r/${rec.code.toLowerCase()}/poster.png?via=sam_liu&lang=zh-CN`);
    expect(await decodeQr(body)).toBe(`${ORIGIN}/r/${rec.code}?via=sam_liu`);
  });

  test('each language draws its own words: the Chinese poster is another picture', async () => {
    const en = (await get(`/r/${rec.code}/poster.png?lang=en`)).body;
    const zh = (await get(`/r/${rec.code}/poster.png`, { 'accept-language': 'zh-CN' })).body;
    expect(zh.equals(en)).toBe(false);
    expect((await get(`/r/${rec.code}/poster.png?lang=zh-CN`)).body.equals(zh)).toBe(true);
  });

  test('may be kept by any cache for a while; asking again with its ETag is a 304 without a body', async () => {
    const { res } = await get(`/r/${rec.code}/poster.png`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=600');
    expect(res.headers.get('vary')).toContain('Accept-Language');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(`/r/${rec.code}/poster.png`, { 'if-none-match': etag });
    expect(again.res.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  test('changes when what it shows changes: an edit gives another ETag', async () => {
    const before = (await get(`/r/${rec.code}/poster.png`)).res.headers.get('etag');
    await author.api.ok('mutation($id: ID!) { editRecommendation(id: $id, stars: 5) { id } }', { id: rec.id });
    const after = (await get(`/r/${rec.code}/poster.png`)).res.headers.get('etag');
    expect(after).not.toBe(before);
  });

  test("draws the product's cover photo once the supplier adds one, as another drawing (another ETag)", async () => {
    const red = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 230, g: 20, b: 20 } } }).png().toBuffer();
    const redShare = async (image: Buffer) => {
      const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      let count = 0;
      for (let i = 0; i < data.length; i += info.channels) if (data[i]! > 200 && data[i + 1]! < 60 && data[i + 2]! < 60) count++;
      return count / (info.width * info.height);
    };
    const before = await get(`/r/${rec.code}/poster.png`);
    expect(await redShare(before.body)).toBeLessThan(0.01);

    const uploaded = await upload(server.url, supplier.token, red, { contentType: 'image/png', filename: 'red.png' });
    expect(uploaded.status).toBe(201);
    await supplier.api.ok('mutation($p: ID!, $ids: [ID!]!) { setProductPhotos(productId: $p, photoIds: $ids) { id } }', { p: product.id, ids: [uploaded.body.photo!.id] });

    const after = await get(`/r/${rec.code}/poster.png`, { 'if-none-match': before.res.headers.get('etag')! });
    expect(after.res.status).toBe(200);
    expect(after.res.headers.get('etag')).not.toBe(before.res.headers.get('etag'));
    expect(await redShare(after.body)).toBeGreaterThan(0.1);
    // The product's preview card shows it too.
    expect(await redShare((await get(`/p/${product.id}/card.png`)).body)).toBeGreaterThan(0.1);
  });

  test('an unknown or impossible code is a 404 kept by no cache', async () => {
    for (const code of ['NOPE2345', 'x'.repeat(200), '%E0%A4%A']) {
      const { res } = await get(`/r/${code}/poster.png`);
      expect({ code, status: res.status }).toEqual({ code, status: 404 });
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});

test('the API gives the absolute share link on PUBLIC_ORIGIN, the one the QR code and the poster encode', async () => {
  const data = await author.api.ok<{ recommendationByCode: { shareLink: string; shareUrl: string } }>('query($c: String!) { recommendationByCode(code: $c) { shareLink shareUrl } }', { c: rec.code });
  expect(data.recommendationByCode).toEqual({ shareLink: `${ORIGIN}/r/${rec.code}`, shareUrl: `/r/${rec.code}` });
});

test('the QR code alone is an SVG of the same link', async () => {
  const { res, body } = await get(`/r/${rec.code}/qr.svg?via=sam_liu`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  const png = await sharp(body, { density: 144 }).png().toBuffer();
  expect(await decodeQr(png)).toBe(`${ORIGIN}/r/${rec.code}?via=sam_liu`);
  expect((await get('/r/NOPE2345/qr.svg')).res.status).toBe(404);
});

test('members and products have preview cards of 1200×630; unknown ones are 404s', async () => {
  for (const path of [`/m/${author.handle}/card.png`, `/p/${product.id}/card.png?lang=zh-CN`]) {
    const { res, body } = await get(path);
    expect({ path, status: res.status, type: res.headers.get('content-type') }).toEqual({ path, status: 200, type: 'image/png' });
    const meta = await sharp(body).metadata();
    expect({ width: meta.width, height: meta.height }).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  }
  expect((await get('/m/nobody_by_this_name/card.png')).res.status).toBe(404);
  expect((await get('/p/00000000-0000-4000-8000-000000000000/card.png')).res.status).toBe(404);
});
