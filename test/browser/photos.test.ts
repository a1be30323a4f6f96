// Photos as people use them: a supplier adds photos to a new product (upload with progress,
// reorder, a refused file explained) and a shopper sees them as the product's gallery and its
// cover in the list; a member sets an avatar on "me" and it shows on the leaderboard.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import sharp from 'sharp';
import { cleanup, createProduct, track, uniqueSuffix, type TestMember } from '../support/factories';
import { ApiClient } from '../support/graphql-client';
import { member, newContext, setTrust, startHarness, stopHarness, type Harness } from './support';

let h: Harness;
let supplier: TestMember;

beforeAll(async () => {
  h = await startHarness();
  supplier = await member(h, { roles: ['MEMBER', 'SUPPLIER'] });
});

afterAll(async () => {
  if (h) await cleanup(h.server.graph);
  await stopHarness(h ?? {});
});

const jpeg = (colour: string) => sharp({ create: { width: 1200, height: 900, channels: 3, background: colour } }).jpeg().toBuffer();

test('a supplier adds photos to a product and a shopper sees the gallery', async () => {
  const title = `Hainan mangoes ${uniqueSuffix()}`;
  const context = await newContext(h, { as: supplier });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/supplier`);
  await page.getByRole('button', { name: 'New product' }).click();
  const form = page.getByRole('form', { name: 'New product' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Category', { exact: true }).selectOption({ label: 'Fresh fruit' });
  await form.getByLabel('Price (¥)').fill('89');
  await form.getByLabel('Commission (%)').fill('10');

  const picker = form.getByTestId('photo-picker');
  const input = picker.locator('input[type="file"]');
  // A text file named like a photo is refused with the server's sentence, and nothing is added.
  await input.setInputFiles({ name: 'mango.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo at all') });
  await picker.getByRole('alert').filter({ hasText: 'This file is not an image we can read' }).waitFor();
  expect(await picker.getByTestId('picked-photo').count()).toBe(0);

  await input.setInputFiles([
    { name: 'orange.jpg', mimeType: 'image/jpeg', buffer: await jpeg('#ff8800') },
    { name: 'green.jpg', mimeType: 'image/jpeg', buffer: await jpeg('#22aa44') },
  ]);
  await picker.getByTestId('picked-photo').nth(1).waitFor();
  const pickedSrc = () => picker.getByTestId('picked-photo').locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).getAttribute('src')));
  const [first, second] = await pickedSrc();
  // The second becomes the cover.
  await picker.getByRole('button', { name: 'Move photo 2 earlier' }).click();
  expect(await pickedSrc()).toEqual([second, first]);
  await form.getByRole('button', { name: 'List product' }).click();
  // The form closes once the product is listed and its photos attached.
  await form.waitFor({ state: 'detached' });
  await page.getByTestId('supplier-products').getByRole('link', { name: title }).waitFor();
  await context.close();

  const { products } = await new ApiClient(h.server.url).ok<{ products: { edges: { node: { id: string; title: string; photos: { url: string }[] } }[] } }>(
    'query ($s: ID!) { products(supplierId: $s, first: 100) { edges { node { id title photos { url } } } } }',
    { s: supplier.id },
  );
  const listed = products.edges.map((e) => e.node).find((p) => p.title === title)!;
  track(listed.id);
  expect(listed.photos.map((p) => p.url)).toEqual([second, first].map((src) => src!.replace(/\/\d+\.webp$/, '/1280.webp')));

  // A shopper, on a phone: the gallery's first photo is the cover, loaded, with its alt text.
  const shopper = await newContext(h, { viewport: { width: 390, height: 844 } });
  const view = await shopper.newPage();
  await view.goto(`${h.server.url}/p/${listed.id}`);
  const gallery = view.getByTestId('gallery');
  const main = gallery.getByRole('img', { name: `${title}, photo 1 of 2` });
  await main.waitFor();
  await expect(main.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBeGreaterThan(0);
  expect(await main.getAttribute('src')).toBe(listed.photos[0]!.url);
  await gallery.getByRole('button', { name: 'Show photo 2' }).click();
  await gallery.getByRole('img', { name: `${title}, photo 2 of 2` }).waitFor();
  // The products list shows the cover beside the product.
  await view.goto(`${h.server.url}/products?category=fresh-fruit`);
  await view.getByRole('img', { name: title }).waitFor();
  await shopper.close();
});

test("a member sets an avatar on 'me' and it shows on the leaderboard", async () => {
  const product = await createProduct(h.server.graph, supplier.id, { now: h.server.clock.now() });
  const someone = await member(h);
  // On the board: a recommendation and a trust state at its top (the trust maths has its own tests).
  await h.server.graph.write((tx) =>
    tx.run(
      `MATCH (m:Member {id: $memberId}), (p:Product {id: $productId})
       CREATE (m)-[:RECOMMENDS]->(:Recommendation {id: $id, code: $code, authorProduct: $memberId + ':' + $productId,
         stars: 5, text: 'Held up well for a browser test.', createdAt: $now, updatedAt: $now, revision: 1})-[:FOR]->(p)`,
      { memberId: someone.id, productId: product.id, id: randomUUID(), code: randomUUID().slice(0, 8).toUpperCase(), now: Date.now() },
    ),
  );
  await setTrust(h.server, someone.id, 99.9985, 96, 0.9);
  const context = await newContext(h, { as: someone });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/me`);
  const upload = page.getByTestId('avatar-upload');
  await upload.locator('input[type="file"]').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: await jpeg('#3355cc') });
  await upload.getByText('Change photo').waitFor();
  await page.goto(`${h.server.url}/`);
  const row = page.locator(`[data-testid="leaderboard-row"][data-handle="${someone.handle}"]`);
  const avatar = row.locator('img.avatar');
  await avatar.waitFor();
  await expect(avatar.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBeGreaterThan(0);
  expect(await avatar.getAttribute('width')).toBe('36');
  await context.close();
});
