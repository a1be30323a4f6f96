// The S3-compatible photo store against a real S3 protocol server on loopback (s3rver: the S3
// REST API over HTTP, with signatures checked, files on disk), through the AWS SDK exactly as a
// deployment against AWS S3, MinIO or R2 would use it: store, read back, tell a missing key, and a
// whole upload served from the bucket by the Trustline server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import S3rver from 's3rver';
import sharp from 'sharp';
import { S3PhotoStore } from '../../server/photos/s3-store';
import { photoSettingsFromEnv } from '../../server/photos/settings';
import { readPhoto } from '../../server/photos/store';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember } from '../support/factories';
import { testImage, upload } from '../support/photos';

const BUCKET = 'trustline-photos';
let s3: S3rver;
let endpoint: string;
let store: S3PhotoStore;
let server: TestServer;

beforeAll(async () => {
  s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: mkdtempSync(path.join(tmpdir(), 'trustline-s3-')), configureBuckets: [{ name: BUCKET }] });
  const address = (await s3.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
  // The settings a deployment would give in its environment; s3rver's fixed development keys.
  const settings = photoSettingsFromEnv({ PHOTOS_S3_BUCKET: BUCKET, PHOTOS_S3_ENDPOINT: endpoint, PHOTOS_S3_PREFIX: 'test/' });
  if (settings.kind !== 's3') throw new Error('expected S3 settings');
  expect(settings.forcePathStyle).toBe(true);
  store = new S3PhotoStore({ ...settings, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  server = await startTestServer(new Date('2026-06-01T08:00:00Z'), { photos: store });
});

afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
  store.destroy();
  await s3.close();
});

test('stores, reads back and tells a missing key, under the prefix', async () => {
  const key = `${'ab'.repeat(32)}/320.webp`;
  expect(await store.has(key)).toBe(false);
  expect(await store.get(key)).toBeUndefined();
  await store.put(key, Buffer.from('bytes of a photo'), 'image/webp');
  expect(await store.has(key)).toBe(true);
  expect((await store.get(key))?.toString()).toBe('bytes of a photo');
  // Under the configured prefix in the bucket (s3rver lets an unsigned HEAD read it; a real bucket would not).
  expect((await fetch(`${endpoint}/${BUCKET}/test/${key}`, { method: 'HEAD' })).status).toBe(200);
});

test('an upload is kept in the bucket and served from it by the server', async () => {
  const member = await createMember(server.graph, server.url);
  const answer = await upload(server.url, member.token, await testImage('jpeg', 800, 600));
  expect(answer.status).toBe(201);
  const photo = answer.body.photo!;
  const stored = await readPhoto(store, photo.id, 640);
  expect((await sharp(stored!).metadata()).format).toBe('webp');
  const served = await fetch(`${server.url}${photo.variants[1]!.url}`);
  expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(Buffer.from(await served.arrayBuffer()).equals(stored!)).toBe(true);
});
