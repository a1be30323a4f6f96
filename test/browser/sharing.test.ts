// Sharing a recommendation (issue 25, item 2) in real Chromium: the share button on a card opens
// a dialog whose "Copy link" says it worked (or selects the link when the clipboard is refused),
// whose QR code shows the link (decoded from the screen), whose poster is an image; on a phone
// with the Web Share API, "Share…" hands the link to the share sheet. A signed-in member
// sharing someone else's recommendation shares it as its re-sharer.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import sharp from 'sharp';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { cleanup, createProduct, uniqueSuffix, type TestMember } from '../support/factories';
import { recommend, type RecView } from '../support/commerce';
import { pastReshareStep } from '../support/privileges';
import { launchBrowser } from '../support/browser';
import { startTestServer } from '../support/test-server';
import { member, newContext, screenshot, stopHarness, type Harness } from './support';

/** PUBLIC_ORIGIN of this server: the link copied, shared and in the QR code is on it, whatever address the browser used. */
const ORIGIN = 'https://trustline.example';

let h: Harness;
let author: TestMember;
let friend: TestMember;
let rec: RecView;

beforeAll(async () => {
  // As startHarness, with a public origin of its own.
  h = { server: await startTestServer(new Date(), { firstPaintBudgetMs: 30_000, publicOrigin: ORIGIN }), browser: await launchBrowser() };
  const supplier = await member(h, { roles: ['MEMBER', 'SUPPLIER'] });
  author = await member(h);
  friend = await member(h);
  // Past the RESHARE step, so the API gives them their re-share link (docs/privileges.md).
  await pastReshareStep(h.server.graph, friend, h.server.clock.now());
  const product = await createProduct(h.server.graph, supplier.id, { title: `Hainan lychees ${uniqueSuffix()}`, priceMinor: 12800, now: h.server.clock.now() });
  rec = await recommend(author, supplier, product.id);
  await h.server.graph.write((tx) => tx.run("MATCH (m:Member {id: $id}) SET m.displayName = 'Feng Junjie'", { id: author.id }));
}, 180_000); // a machine shared with other test runs can take a while to set up

afterAll(async () => {
  if (h) await cleanup(h.server.graph);
  await stopHarness(h ?? {});
});

async function openShareDialog(page: Page): Promise<ReturnType<Page['getByTestId']>> {
  await page.getByTestId('recommendation').getByRole('button', { name: /^(Share|分享)$/ }).first().click();
  const dialog = page.getByTestId('share-dialog');
  await dialog.waitFor();
  return dialog;
}

async function decodeFromScreen(page: Page, selector: string): Promise<string | null> {
  const shot = await page.locator(selector).screenshot();
  const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

test('copy link says it worked, the QR code shows the link, and the poster is an image', async () => {
  const context = await newContext(h);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/r/${rec.code}`);
  const dialog = await openShareDialog(page);
  const link = `${ORIGIN}/r/${rec.code}`;
  expect(await dialog.getByLabel('Link to this recommendation').inputValue()).toBe(link);

  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const qr = dialog.getByRole('img', { name: /QR code of the link/ });
  await page.waitForFunction(() => (document.querySelector('.share-qr') as HTMLImageElement | null)?.naturalWidth);
  expect(await qr.isVisible()).toBe(true);
  expect(await decodeFromScreen(page, '.share-qr')).toBe(link);

  // The poster: its preview has loaded as a 900×1200 image, and its links lead to that PNG.
  await page.waitForFunction(() => (document.querySelector('.share-poster img') as HTMLImageElement | null)?.naturalWidth === 900);
  const href = await dialog.getByRole('link', { name: 'Download the poster' }).getAttribute('href');
  expect(href).toBe(`/r/${rec.code}/poster.png?lang=en`);
  const poster = await page.request.get(h.server.url + href);
  expect(poster.headers()['content-type']).toBe('image/png');
  expect(await dialog.getByRole('link', { name: 'Open the poster' }).getAttribute('href')).toBe(href);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  await context.close();
});

test('when the browser refuses the clipboard, the link is selected and the dialog says how to copy it', async () => {
  const context = await newContext(h);
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/m/${author.handle}`);
  const dialog = await openShareDialog(page);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Copying was not allowed here' }).waitFor();
  const selection = await page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    return { label: input.getAttribute('aria-label'), start: input.selectionStart, end: input.selectionEnd, length: input.value.length };
  });
  expect(selection).toEqual({ label: 'Link to this recommendation', start: 0, end: selection.length, length: selection.length });
  await context.close();
});

test("on a phone, a member shares someone else's recommendation through the share sheet, as its re-sharer, in Chinese", async () => {
  const context = await newContext(h, { as: friend, viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  await context.addInitScript(() => {
    const shared: ShareData[] = [];
    (window as unknown as { shared: ShareData[] }).shared = shared;
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
  });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/r/${rec.code}`);
  const dialog = await openShareDialog(page);
  await dialog.getByRole('heading', { name: '分享这条推荐' }).waitFor();
  // The API's answer names them as re-sharer.
  await dialog.getByText('通过这个链接购买会记在推荐者和你的名下。').waitFor();
  const link = `${ORIGIN}/r/${rec.code}?via=${friend.handle}`;
  expect(await dialog.getByLabel('这条推荐的链接').inputValue()).toBe(link);
  await dialog.getByRole('button', { name: '分享到…' }).click();
  await page.waitForFunction(() => (window as unknown as { shared: ShareData[] }).shared.length === 1);
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared[0]);
  expect(shared).toMatchObject({ url: link, title: expect.stringContaining('Feng Junjie') });
  // The poster is the Chinese one, with the re-sharer in its QR code.
  expect(await dialog.getByRole('link', { name: '下载海报' }).getAttribute('href')).toBe(`/r/${rec.code}/poster.png?lang=zh-CN&via=${friend.handle}`);
  await page.waitForFunction(() => (document.querySelector('.share-qr') as HTMLImageElement | null)?.naturalWidth);
  expect(await decodeFromScreen(page, '.share-qr')).toBe(link);
  await page.waitForFunction(() => (document.querySelector('.share-poster img') as HTMLImageElement | null)?.naturalWidth === 900);
  await screenshot(page, 'share-phone');
  await context.close();
});

test("a member below the RESHARE step is told so in the dialog, which offers the plain link and poster", async () => {
  const fresh = await member(h);
  const context = await newContext(h, { as: fresh });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/r/${rec.code}`);
  const dialog = await openShareDialog(page);
  const refused = dialog.getByTestId('reshare-refused');
  await refused.waitFor();
  expect(await refused.textContent()).toContain(
    'Re-sharing for a share needs a vouched rank key of at least 20.0 and a confidence of at least 0.09; yours are 0.0 and 0.00.',
  );
  expect(await refused.getByRole('link', { name: 'What your trust unlocks' }).getAttribute('href')).toBe('/me/privileges');
  expect(await dialog.getByLabel('Link to this recommendation').inputValue()).toBe(`${ORIGIN}/r/${rec.code}`);
  expect(await dialog.getByRole('link', { name: 'Download the poster' }).getAttribute('href')).toBe(`/r/${rec.code}/poster.png?lang=en`);
  await context.close();
});

test('a desktop browser without the Web Share API offers no share-sheet button', async () => {
  const context = await newContext(h);
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/r/${rec.code}`);
  const dialog = await openShareDialog(page);
  await dialog.getByRole('button', { name: 'Copy link' }).waitFor();
  expect(await dialog.getByRole('button', { name: 'Share…' }).count()).toBe(0);
  await context.close();
});
