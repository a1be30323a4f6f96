// Photo uploads through HTTP (POST /api/photos) against the real server: accepted formats come
// back as WebP at bounded widths, upright and without EXIF; the type is read from the bytes, not
// the name or the Content-Type; too big, too many pixels and anonymous uploads are refused in the
// API's error shape (Chinese when asked); the same bytes are the same address; stored files are
// served with immutable caching; uploads count against the write limit.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import sharp from 'sharp';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, type TestMember } from '../support/factories';
import { testImage, upload } from '../support/photos';
import { MAX_PHOTO_BYTES } from '../../server/photos/image';

let server: TestServer;
let member: TestMember;
let other: TestMember;
beforeAll(async () => {
  server = await startTestServer();
  member = await createMember(server.graph, server.url);
  other = await createMember(server.graph, server.url);
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

async function fetchPhoto(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${url}`, { headers });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('accepted uploads', () => {
  test.each(['jpeg', 'png', 'webp', 'avif'] as const)('a %s photo comes back as WebP at each width up to its own', async (format) => {
    // 900 wide: stored 320 and 640 wide, and at its own 900 under the name of the next width, 1280.
    const answer = await upload(server.url, member.token, await testImage(format, 900, 600), { filename: `x.${format}`, contentType: `image/${format}` });
    expect(answer.status).toBe(201);
    const photo = answer.body.photo!;
    expect(photo.id).toMatch(/^[0-9a-f]{64}$/);
    expect(photo.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 213],
      [640, 427],
      [900, 600],
    ]);
    expect({ width: photo.width, height: photo.height, url: photo.url }).toEqual({ width: 900, height: 600, url: `/photos/${photo.id}/1280.webp` });
    expect(photo.srcset).toBe(`/photos/${photo.id}/320.webp 320w, /photos/${photo.id}/640.webp 640w, /photos/${photo.id}/1280.webp 900w`);
    for (const variant of photo.variants) {
      const { res, bytes } = await fetchPhoto(variant.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const meta = await sharp(bytes).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'webp', width: variant.width, height: variant.height });
    }
  });

  test('a large photo is stored at 320, 640 and 1280 wide, never enlarged; a small one at its own width', async () => {
    const large = await upload(server.url, member.token, await testImage('jpeg', 3000, 2000));
    expect(large.body.photo!.variants.map((v) => v.width)).toEqual([320, 640, 1280]);
    const small = await upload(server.url, member.token, await testImage('png', 200, 100), { contentType: 'image/png' });
    expect(small.body.photo!.variants.map((v) => [v.width, v.height])).toEqual([[200, 100]]);
  });

  test('EXIF and GPS are gone from what is stored, and the photo is turned upright first', async () => {
    // 800×600 as stored, orientation 6: a phone held upright, so the picture is 600 wide, 800 high.
    const original = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#3a7' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'TestCam', Model: 'Doorstep 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const before = await sharp(original).metadata();
    expect(before.exif?.includes('TestCam')).toBe(true);
    expect(before.exif?.includes(Buffer.from([0x88, 0x25])) || before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // GPS IFD pointer
    const answer = await upload(server.url, member.token, original);
    expect(answer.status).toBe(201);
    for (const variant of answer.body.photo!.variants) {
      const meta = await sharp((await fetchPhoto(variant.url)).bytes).metadata();
      expect({ exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc, orientation: meta.orientation }).toEqual({
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
        orientation: undefined,
      });
      expect(meta.height! > meta.width!).toBe(true);
    }
  });

  test('the same bytes are the same address, whoever uploads them; the files are served with an ETag', async () => {
    const bytes = await testImage('png', 500, 500);
    const first = await upload(server.url, member.token, bytes, { contentType: 'image/png' });
    const again = await upload(server.url, other.token, bytes, { contentType: 'image/png', filename: 'renamed.png' });
    expect(again.body.photo).toEqual(first.body.photo);
    const uploaders = await server.graph.read(async (tx) => {
      const r = await tx.run('MATCH (m:Member)-[:UPLOADED]->(:Photo {id: $id}) RETURN m.id AS id ORDER BY id', { id: first.body.photo!.id });
      return r.records.map((rec) => rec.get('id'));
    });
    expect(uploaders).toEqual([member.id, other.id].sort());
    const { res } = await fetchPhoto(first.body.photo!.url);
    const revalidated = await fetchPhoto(first.body.photo!.url, { 'if-none-match': res.headers.get('etag')! });
    expect(revalidated.res.status).toBe(304);
  });
});

describe('refused uploads', () => {
  test('a text file named .jpg and sent as image/jpeg is not an image', async () => {
    const answer = await upload(server.url, member.token, Buffer.from('<html><script>alert(1)</script></html>'), { filename: 'cat.jpg', contentType: 'image/jpeg' });
    expect({ status: answer.status, code: answer.body.errors?.[0]?.extensions.code, reason: answer.body.errors?.[0]?.extensions.reason }).toEqual({
      status: 415,
      code: 'BAD_USER_INPUT',
      reason: 'NOT_AN_IMAGE',
    });
    expect(answer.body.errors![0]!.message).toBe('This file is not an image we can read: upload a JPEG, PNG, WebP or AVIF photo.');
  });

  test('images of other types (SVG, GIF) are refused whatever they are called', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    for (const bytes of [svg, await testImage('gif', 50, 50)]) {
      const answer = await upload(server.url, member.token, bytes, { filename: 'photo.png', contentType: 'image/png' });
      expect({ status: answer.status, reason: answer.body.errors?.[0]?.extensions.reason }).toEqual({ status: 415, reason: 'UNSUPPORTED_TYPE' });
    }
  });

  test('a file over the size limit is refused as too big', async () => {
    const big = Buffer.concat([await testImage('jpeg', 100, 100), Buffer.alloc(MAX_PHOTO_BYTES)]);
    const answer = await upload(server.url, member.token, big);
    expect({ status: answer.status, code: answer.body.errors?.[0]?.extensions.code, reason: answer.body.errors?.[0]?.extensions.reason }).toEqual({
      status: 413,
      code: 'BAD_USER_INPUT',
      reason: 'TOO_BIG',
    });
  });

  test('an image with too many pixels is refused before it is decoded', async () => {
    // 10,000 × 6,000 = 60 megapixels of one colour: a small file, a huge decode.
    const bomb = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
    const answer = await upload(server.url, member.token, bomb, { contentType: 'image/png' });
    expect({ status: answer.status, reason: answer.body.errors?.[0]?.extensions.reason, message: answer.body.errors?.[0]?.message }).toEqual({
      status: 400,
      reason: 'TOO_MANY_PIXELS',
      message: 'This photo has too many pixels: the limit is 50 megapixels.',
    });
  });

  test('anonymous uploads are UNAUTHENTICATED, in Chinese when the request asks for it', async () => {
    const bytes = await testImage('png', 100, 100);
    const answer = await upload(server.url, undefined, bytes);
    expect({ status: answer.status, code: answer.body.errors?.[0]?.extensions.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const zh = await upload(server.url, undefined, bytes, { acceptLanguage: 'zh-CN,zh;q=0.9' });
    expect(zh.body.errors?.[0]?.message).toBe('请先登录。');
    const zhRefusal = await upload(server.url, member.token, Buffer.from('not a photo'), { acceptLanguage: 'zh-CN' });
    expect(zhRefusal.body.errors?.[0]?.message).toBe('无法读取此文件：请上传 JPEG、PNG、WebP 或 AVIF 格式的照片。');
  });

  test('a body that is not multipart, or has no photo field, is refused with a plain sentence', async () => {
    const json = await fetch(`${server.url}/api/photos`, {
      method: 'POST',
      headers: { authorization: `Bearer ${member.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { errors: { extensions: { reason: string } }[] }).errors[0]!.extensions.reason).toBe('NOT_MULTIPART');
    const noField = await upload(server.url, member.token, await testImage('png', 50, 50), { field: 'picture' });
    expect({ status: noField.status, reason: noField.body.errors?.[0]?.extensions.reason }).toEqual({ status: 400, reason: 'NO_FILE' });
  });

  test('a photo that is not stored is a 404, and a path that is not a photo too', async () => {
    expect((await fetchPhoto(`/photos/${'a'.repeat(64)}/640.webp`)).res.status).toBe(404);
    expect((await fetchPhoto(`/photos/${'a'.repeat(64)}/500.webp`)).res.status).toBe(404);
    expect((await fetchPhoto('/photos/..%2F..%2Fetc/640.webp')).res.status).toBe(404);
  });
});

describe('the write limit', () => {
  test('uploads count against the per-member write limit, with mutations', async () => {
    const limited = await startTestServer(new Date('2026-06-01T08:00:00Z'), { rateLimits: { writesPerMemberPerMinute: 2 } });
    try {
      const someone = await createMember(limited.graph, limited.url);
      const bytes = await testImage('png', 60, 60);
      expect((await upload(limited.url, someone.token, bytes)).status).toBe(201);
      await someone.api.ok('mutation { setAvatar(photoId: null) { id } }');
      const third = await upload(limited.url, someone.token, bytes);
      expect({ status: third.status, code: third.body.errors?.[0]?.extensions.code, retryAfter: Number(third.headers.get('retry-after')) > 0 }).toEqual({
        status: 429,
        code: 'RATE_LIMITED',
        retryAfter: true,
      });
      limited.clock.advance(61_000);
      expect((await upload(limited.url, someone.token, bytes)).status).toBe(201);
    } finally {
      // The member is deleted with the others by afterAll (same database).
      await limited.stop();
    }
  });
});
