// Trust as currency in Chromium: a member reads what their trust unlocks (from "me", in English
// and Chinese), flags a recommendation from its card on the product page, a member below the
// flag step is told the threshold against their standing, and the admin finds the review item
// beside the fraud flags and dismisses it.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { cleanup, createProduct, uniqueSuffix, type TestMember, type TestProduct } from '../support/factories';
import { recommend, type RecView } from '../support/commerce';
import { giveTrust } from '../support/privileges';
import { member, newContext, screenshot, startHarness, stopHarness, type Harness } from './support';

let h: Harness;
let supplier: TestMember;
let product: TestProduct;
let rec: RecView;

beforeAll(async () => {
  h = await startHarness();
  supplier = await member(h, { roles: ['MEMBER', 'SUPPLIER'] });
  product = await createProduct(h.server.graph, supplier.id, { title: `Wuyi rock tea ${uniqueSuffix()}`, now: h.server.clock.now() });
  rec = await recommend(await member(h), supplier, product.id);
});

afterAll(async () => {
  if (h) await cleanup(h.server.graph);
  await stopHarness(h ?? {});
});

test('"me" links to what trust unlocks: open steps, the next one and its progress, in both languages', async () => {
  const m = await member(h);
  await giveTrust(h.server.graph, m.id, 3, h.server.clock.now());
  const context = await newContext(h, { as: m });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/me`);
  await page.getByRole('link', { name: 'What trust unlocks' }).click();
  await page.getByRole('heading', { level: 1, name: 'What your trust unlocks' }).waitFor();
  await page.getByTestId('privilege').first().waitFor();
  const states = await page.getByTestId('privilege').evaluateAll((els) => els.map((e) => [e.getAttribute('data-privilege'), e.getAttribute('data-state')]));
  expect(states).toEqual([
    ['ON_BOARDS', 'unlocked'],
    ['RESHARE', 'unlocked'],
    ['OPEN_GROUP_BUY', 'unlocked'],
    ['TRUSTED_PICK', 'locked'],
    ['FLAG', 'locked'],
  ]);
  expect(await page.getByTestId('privileges-next').textContent()).toBe('Next step: Trusted-pick placement');
  const pick = page.locator('[data-privilege="TRUSTED_PICK"]');
  expect(await pick.textContent()).toContain('Needs rank key 55.0 and confidence 0.30 · You: rank key 43.8, confidence 0.23');
  const bar = Number(await pick.getByRole('progressbar').getAttribute('value'));
  expect(bar).toBeCloseTo(0.231 / 0.3, 3);
  await screenshot(page, 'privileges');
  await context.close();

  const zh = await newContext(h, { as: m, locale: 'zh-CN' });
  const zhPage = await zh.newPage();
  await zhPage.goto(`${h.server.url}/how-trust-works`);
  await zhPage.getByRole('link', { name: '逐级查看信任解锁的权限' }).click();
  await zhPage.getByRole('heading', { level: 1, name: '你的信任解锁了什么' }).waitFor();
  expect(await zhPage.getByTestId('privileges-next').textContent()).toBe('下一级：进入信任精选');
  await zh.close();
});

test('a member below the flag step is told the threshold and their standing', async () => {
  const m = await member(h);
  await giveTrust(h.server.graph, m.id, 3, h.server.clock.now());
  const context = await newContext(h, { as: m });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/p/${product.id}`);
  const card = page.locator(`[data-testid="recommendation"][data-code="${rec.code}"]`);
  await card.getByTestId('flag-button').click();
  await card.getByLabel('What should the admin look at?').fill('It reads like an advert for the shop.');
  await card.getByRole('button', { name: 'Send the flag' }).click();
  await expect(card.getByRole('alert').textContent()).resolves.toBe(
    'Flagging a recommendation needs a vouched rank key of at least 65.0 and a confidence of at least 0.40; yours are 43.8 and 0.23.',
  );
  await context.close();
});

test('a trusted member flags from the card; the admin sees the review beside the fraud flags and dismisses it', async () => {
  const flagger = await member(h);
  await giveTrust(h.server.graph, flagger.id, 20, h.server.clock.now());
  const context = await newContext(h, { as: flagger });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/p/${product.id}`);
  const card = page.locator(`[data-testid="recommendation"][data-code="${rec.code}"]`);
  await card.getByTestId('flag-button').click();
  await card.getByLabel('What is wrong').selectOption({ label: 'Not first-hand' });
  await card.getByLabel('What should the admin look at?').fill('The photos are the supplier\'s own catalogue pictures.');
  await card.getByRole('button', { name: 'Send the flag' }).click();
  await card.getByTestId('flagged').filter({ hasText: 'the flag is recorded' }).waitFor();
  // After a reload the card remembers: flagged, no second flag offered.
  await page.reload();
  await card.getByTestId('flagged').filter({ hasText: 'Flagged for review' }).waitFor();
  expect(await card.getByTestId('flag-button').count()).toBe(0);
  await context.close();

  const admin = await member(h, { roles: ['MEMBER', 'ADMIN'] });
  const adminContext = await newContext(h, { as: admin });
  const desk = await adminContext.newPage();
  await desk.goto(`${h.server.url}/admin`);
  const section = desk.getByRole('region', { name: 'Community flags' });
  const item = section.getByTestId('flag-review').filter({ hasText: product.title });
  await item.waitFor();
  expect(await item.getByTestId('review-flag').textContent()).toContain("Not first-hand (0.84): “The photos are the supplier's own catalogue pictures.”");
  await screenshot(desk, 'admin-community-flags');
  await item.getByRole('button', { name: 'Dismiss' }).click();
  await item.getByLabel('Why (3–500 characters)').fill('These are the member\'s own photos.');
  await item.getByRole('button', { name: 'Dismiss the flags' }).click();
  const dismissed = section.locator('[data-testid="flag-review"][data-status="DISMISSED"]').filter({ hasText: product.title });
  await dismissed.waitFor();
  expect(await dismissed.textContent()).toContain("— “These are the member's own photos.”");
  // Under "Dismissed" it is listed from the server too.
  await section.getByLabel('Reviews to list').selectOption({ label: 'Dismissed' });
  await section.locator('[data-testid="flag-review"][data-status="DISMISSED"]').filter({ hasText: product.title }).waitFor();
  await adminContext.close();
});
