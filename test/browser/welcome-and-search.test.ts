// Finding people and products, and understanding trust, in real Chromium: search from the top bar
// in English and in Chinese and open a result (by mouse and by keyboard); the "how trust works"
// page shows the network's live numbers; a "?" explains a word on focus, on tap and links to the
// page; a new member's first steps tick as they act.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { cleanup, createProduct, uniqueSuffix, type TestMember, type TestProduct } from '../support/factories';
import { addDeliveryAddress, recommend, vouchFor, type RecView } from '../support/commerce';
import { ApiClient } from '../support/graphql-client';
import { formatConfidence, formatScore } from '../../web/src/lib/format';
import { member, newContext, screenshot, startHarness, stopHarness, type Harness } from './support';

let h: Harness;
let supplier: TestMember;
let feng: TestMember;
let product: TestProduct;
let rec: RecView;
// A word of this file's own (letters only), so the searches find this file's data.
const tag = uniqueSuffix().replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!);

beforeAll(async () => {
  h = await startHarness();
  supplier = await member(h, { roles: ['MEMBER', 'SUPPLIER'] });
  feng = await member(h, { handle: `feng_junjie_${tag}`, displayName: '冯俊杰' });
  product = await createProduct(h.server.graph, supplier.id, { title: `Guifei mangoes ${tag}`, now: h.server.clock.now() });
  rec = await recommend(feng, supplier, product.id);
  // Verified buyers' verdicts give 冯俊杰 vouched evidence: a real rank key to work through.
  await vouchFor(h.server.graph, h.server.url, supplier, product.id, rec, { now: h.server.clock.now(), times: 3 });
});

afterAll(async () => {
  if (h) await cleanup(h.server.graph);
  await stopHarness(h ?? {});
});

test('English: the top bar finds a member by part of their handle and a product by part of a word; a result opens', async () => {
  const context = await newContext(h);
  const page = await context.newPage();
  await page.goto(`${h.server.url}/products`);
  const box = page.getByRole('searchbox', { name: 'Search members and products' });
  await box.fill(`feng ${tag}`);
  await page.getByRole('search', { name: 'Search members and products' }).getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\/search\?q=/);
  await page.getByRole('heading', { level: 1, name: `Search: feng ${tag}` }).waitFor();
  await page.getByTestId('member-results').locator(`[data-handle="${feng.handle}"]`).waitFor();
  expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Members', 'Products']);
  await screenshot(page, 'search');

  // Products by the start of a word; the result opens the product.
  await box.fill(`mang ${tag}`);
  await box.press('Enter');
  await page.getByTestId('product-results').getByRole('link', { name: product.title }).click();
  await page.getByRole('heading', { level: 1, name: product.title }).waitFor();
  // Leaving the search page clears the box.
  expect(await box.inputValue()).toBe('');
  await context.close();
});

test('Chinese, on a phone, by keyboard: 冯俊杰 and 俊杰 find the member; Tab and Enter open their page', async () => {
  const context = await newContext(h, { locale: 'zh-CN', viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto(h.server.url);
  const box = page.getByRole('searchbox', { name: '搜索会员和商品' });
  await box.fill('俊杰');
  await box.press('Enter');
  await page.getByRole('heading', { level: 1, name: '搜索：俊杰' }).waitFor();
  await page.getByTestId('member-results').locator(`[data-handle="${feng.handle}"]`).waitFor();

  await box.fill(`冯俊杰 ${tag}`);
  await box.press('Enter');
  await page.getByRole('heading', { level: 1, name: `搜索：冯俊杰 ${tag}` }).waitFor();
  // The results of "俊杰" also hold this member, so wait for the new list itself: exactly one row, theirs.
  // (Waiting for their row alone could match the old list just before it is replaced.)
  await page.waitForFunction((handle) => {
    const rows = document.querySelectorAll('[data-testid="member-results"] li');
    return rows.length === 1 && rows[0]!.matches(`[data-handle="${handle}"]`);
  }, feng.handle);
  // The search moved the focus to the results: the next Tab is the first result.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('冯俊杰');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${h.server.url}/m/${feng.handle}`);
  await page.getByRole('heading', { level: 1, name: '冯俊杰' }).waitFor();
  // The phone layout: nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await context.close();
});

test('"how trust works" shows the live numbers: the model’s worked records and a real member’s rank key', async () => {
  const api = new ApiClient(h.server.url);
  const { trustModel, member: live } = await api.ok<{
    trustModel: { examples: { heldUp: number; letDown: number; rankKey: number }[]; halfLifeDays: number };
    member: { trust: { score: number; confidence: number; rankKey: number; vouchedHeldUp: number } };
  }>(
    'query ($h: String!) { trustModel { halfLifeDays examples { heldUp letDown rankKey } } member(handle: $h) { trust { score confidence rankKey vouchedHeldUp } } }',
    { h: feng.handle },
  );
  expect(live.trust.rankKey).toBeGreaterThan(0);

  const context = await newContext(h);
  const page = await context.newPage();
  // From the footer, on any page.
  await page.goto(`${h.server.url}/products`);
  await page.getByTestId('footer-how-trust').click();
  await page.getByRole('heading', { level: 1, name: 'How trust works' }).waitFor();
  const streak = trustModel.examples.find((e) => e.heldUp === 3 && e.letDown === 0)!;
  const long = trustModel.examples.find((e) => e.heldUp === 95)!;
  expect(await page.getByTestId('rank-key-compare').textContent()).toBe(
    `3 of 3 held up ranks at ${formatScore(streak.rankKey)}; 95 of 100 ranks at ${formatScore(long.rankKey)}. The streak has the better rate, but three verdicts could be luck.`,
  );
  expect(await page.getByTestId('section-decay').textContent()).toContain(`half-life of ${trustModel.halfLifeDays} days`);
  // The default worked example is whoever tops the board now, read live.
  await page.getByTestId('worked-example').waitFor();

  // A member's own numbers, named by the link.
  await page.goto(`${h.server.url}/how-trust-works?m=${feng.handle}`);
  const example = page.locator(`[data-testid="worked-example"][data-handle="${feng.handle}"]`);
  await example.waitFor();
  expect(await example.getByTestId('worked-result').textContent()).toBe(
    `The least hold-up rate these prove is ${formatScore(live.trust.rankKey)} %: that is the rank key the board sorts on. The score is ${formatScore(live.trust.score)} and the confidence ${formatConfidence(live.trust.confidence)}.`,
  );
  expect(await example.textContent()).toContain(`${formatScore(live.trust.vouchedHeldUp)} verdicts’ worth held up`);
  await screenshot(page, 'how-trust-works');
  await context.close();
});

test('a "?" explains trust on keyboard focus, stays open on a tap, closes on Escape, and links to the page', async () => {
  const context = await newContext(h);
  const page = await context.newPage();
  await page.goto(`${h.server.url}/m/${feng.handle}`);
  const help = page.locator('.member-header').getByTestId('help-trust');
  const button = help.getByRole('button', { name: 'What is trust?' });
  const tip = help.getByRole('tooltip');
  await button.waitFor();
  expect(await tip.isVisible()).toBe(false);

  // Keyboard focus shows it; it is the button's description.
  await button.focus();
  await tip.waitFor({ state: 'visible' });
  const describedBy = await button.getAttribute('aria-describedby');
  expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/^Trust, 0–100: how often/);
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });

  // A tap (no hover on a phone) pins it open; its link goes to the part of the page that explains.
  await page.mouse.move(0, 0);
  await button.click();
  await page.mouse.move(0, 0);
  await tip.waitFor({ state: 'visible' });
  // A second tap closes it, though the button keeps the focus; a third opens it again.
  await button.click();
  await tip.waitFor({ state: 'hidden' });
  await button.click();
  await tip.waitFor({ state: 'visible' });
  await help.getByRole('link', { name: 'How trust works' }).click();
  await page.waitForURL(`${h.server.url}/how-trust-works#score`);
  await page.getByTestId('section-score').waitFor();

  // The board says once, above the rows, what its words mean.
  await page.goto(h.server.url);
  const legend = page.getByTestId('board-legend');
  await legend.getByRole('button', { name: 'What is confidence?' }).focus();
  await legend.getByTestId('help-confidence').getByRole('tooltip').waitFor({ state: 'visible' });
  await context.close();

  // On a phone a tap opens it, and it fits the screen wherever its "?" sits.
  const phone = await newContext(h, { viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
  const tapped = await phone.newPage();
  await tapped.goto(`${h.server.url}/m/${feng.handle}`);
  for (const topic of ['trust', 'confidence', 'rank']) {
    const phoneHelp = tapped.locator('.member-header').getByTestId(`help-${topic}`);
    await phoneHelp.getByRole('button').click();
    const box = (await phoneHelp.locator('.help-tip').boundingBox())!;
    expect({ topic, left: box.x >= 0, right: box.x + box.width <= 375 }).toEqual({ topic, left: true, right: true });
    await tapped.keyboard.press('Escape');
  }
  await screenshot(tapped, 'help-phone');

  // The page it links to speaks Chinese too, with the same live numbers.
  const { trustModel } = await new ApiClient(h.server.url).ok<{ trustModel: { examples: { heldUp: number; letDown: number; rankKey: number }[] } }>(
    '{ trustModel { examples { heldUp letDown rankKey } } }',
  );
  const streak = trustModel.examples.find((e) => e.heldUp === 3 && e.letDown === 0)!;
  await tapped.goto(`${h.server.url}/how-trust-works`);
  await tapped.getByRole('heading', { level: 1, name: '信任如何运作' }).waitFor();
  expect(await tapped.getByTestId('rank-key-compare').textContent()).toContain(`3 次中 3 次靠谱，排名依据为 ${formatScore(streak.rankKey)}`);
  expect(await tapped.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await phone.close();
});

test('a new member sees the first steps on "me", and the steps tick as they buy and confirm receipt', async () => {
  const newcomer = await member(h);
  // The web app's Buy sends the order to one of the buyer's delivery addresses.
  await addDeliveryAddress(newcomer);
  const context = await newContext(h, { as: newcomer });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/me`);
  const panel = page.getByTestId('first-steps');
  await panel.waitFor();
  for (const step of ['buy', 'receive', 'rate', 'recommend']) expect(await panel.getByTestId(`step-${step}`).getAttribute('data-done')).toBe('false');

  // Buy through 冯俊杰's recommendation, from the share link.
  await page.goto(`${h.server.url}/r/${rec.code}`);
  await page.getByRole('button', { name: 'Buy through this recommendation' }).click();
  await page.getByTestId('order-placed').waitFor();
  await page.getByRole('link', { name: 'Me', exact: true }).click();
  await panel.getByTestId('step-buy').and(page.locator('[data-done="true"]')).waitFor();
  expect(await panel.getByTestId('step-receive').getAttribute('data-done')).toBe('false');

  // Confirming receipt on this page ticks the next step without a reload.
  await page.getByTestId('order').filter({ hasText: product.title }).getByRole('button', { name: 'Confirm receipt' }).click();
  await panel.getByTestId('step-receive').and(page.locator('[data-done="true"]')).waitFor();
  await screenshot(page, 'first-steps');

  // Put away, it stays away.
  await panel.getByRole('button', { name: 'Hide these steps' }).click();
  await panel.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'My orders' }).waitFor();
  expect(await page.getByTestId('first-steps').count()).toBe(0);
  await context.close();
});
