// The rough edges a shopper met (issue 25, item 5), each walked through in Chromium: a member
// link that leads nowhere, buying from the feed, the rating form's "held up?" question, and
// posting a recommendation (its confirmation, its share link, a text padded with spaces). The
// phone-sized and Chinese runs are where the defects showed.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Locator } from 'playwright-core';
import { cleanup, createProduct, type TestMember, type TestProduct, uniqueSuffix } from '../support/factories';
import { addDeliveryAddress, receivedOrder, recommend, type RecView } from '../support/commerce';
import { member, newContext, startHarness, stopHarness, type Harness } from './support';

const PHONE = { width: 390, height: 844 };

let h: Harness;
let supplier: TestMember;
let recommender: TestMember;
let product: TestProduct;
let rec: RecView;

beforeAll(async () => {
  h = await startHarness();
  supplier = await member(h, { roles: ['MEMBER', 'SUPPLIER'] });
  recommender = await member(h);
  product = await createProduct(h.server.graph, supplier.id, { title: `Guifei mangoes ${uniqueSuffix()}`, priceMinor: 8900, now: h.server.clock.now() });
  rec = await recommend(recommender, supplier, product.id);
});

afterAll(async () => {
  if (h) await cleanup(h.server.graph);
  await stopHarness(h ?? {});
});

test.each([
  ['en-US', 'Not found', 'Back to the leaderboard', 'Most trusted recommenders'],
  ['zh-CN', '未找到', '返回排行榜', '最受信任的推荐者'],
])('a member link that leads nowhere is the not-found page with a way back (%s)', async (locale, title, back, home) => {
  const context = await newContext(h, { locale, viewport: PHONE });
  const page = await context.newPage();
  // Nobody has this handle; nobody could have the second (longer than any handle), and the
  // page must not show what the API's validation said about it.
  for (const handle of [`nobody_${uniqueSuffix()}`, 'h'.repeat(80)]) {
    await page.goto(`${h.server.url}/m/${handle}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain(`@${handle.slice(0, 30)}`);
    expect(text).not.toMatch(/handle:|Too big|characters|不是用户名|Try again|重试/);
    expect(await page.title()).toBe(`${title} · Trustline`);
  }
  await page.getByRole('link', { name: back }).click();
  await page.getByRole('heading', { level: 1, name: home }).waitFor();
  await context.close();
});

test('a feed card has a Buy button that buys through its recommendation', async () => {
  const shopper = await member(h);
  await shopper.api.ok('mutation ($id: ID!) { follow(memberId: $id) { id } }', { id: recommender.id });
  // The web app's Buy sends the order to one of the buyer's delivery addresses.
  await addDeliveryAddress(shopper);
  const context = await newContext(h, { as: shopper, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/feed`);
  const card = page.locator(`[data-testid="feed"] [data-code="${rec.code}"]`);
  await card.getByRole('button', { name: 'Buy through this recommendation' }).click();
  await card.getByTestId('order-placed').filter({ hasText: '¥89.00' }).waitFor();
  const { myOrders } = await shopper.api.ok<{ myOrders: { edges: { node: { recommendation: { code: string } | null } }[] } }>(
    '{ myOrders { edges { node { recommendation { code } } } } }',
  );
  expect(myOrders.edges.map((e) => e.node.recommendation?.code)).toEqual([rec.code]);
  await context.close();
});

test.each([
  ['en-US', 'Rate the recommendation', 'Send my verdict', 'Yes', 'No', 'Say whether the recommendation held up', 'held up'],
  ['zh-CN', '评价这条推荐', '提交评价', '符合推荐', '不符合推荐', '请说明是否符合推荐', '符合推荐'],
])('the rating form puts each answer beside its radio and says what is missing (%s)', async (locale, open, send, yes, no, missing, term) => {
  const buyer = await member(h);
  await receivedOrder(buyer, supplier, product.id, rec.code);
  const context = await newContext(h, { as: buyer, locale, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/me`);
  const order = page.getByTestId('order').filter({ hasText: product.title });
  await order.getByRole('button', { name: open }).click();

  // Each radio sits on the line of its own words, to their left.
  for (const answer of [yes, no]) await expectBeside(order.getByRole('radio', { name: answer, exact: true }), order.locator('.choice label').filter({ hasText: new RegExp(`^\\s*${answer}\\s*$`) }));

  // Sending without an answer is allowed, and says what is missing instead of doing nothing.
  const submit = order.getByRole('button', { name: send });
  expect(await submit.isEnabled()).toBe(true);
  await submit.click();
  await order.getByTestId('held-up-missing').filter({ hasText: missing }).waitFor();
  expect(await order.getByRole('radio', { name: yes, exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);

  await order.getByRole('radio', { name: yes, exact: true }).check();
  expect(await order.getByTestId('held-up-missing').count()).toBe(0);
  await submit.click();
  // The verdict, the order's line and the trust event all use one word for "held up".
  const verdict = order.getByTestId('verdict-event');
  await verdict.waitFor();
  expect(await verdict.textContent()).toContain(term);
  await order.locator('p.small').filter({ hasText: `· ${term}` }).waitFor();
  await context.close();
});

test.each([
  ['en-US', { width: 1280, height: 900 }, 'Recommend it', 'Your recommendation', 'Post recommendation', 'Write at least 10 characters: yours has 5', 'Your recommendation is posted.', 'Copy link', 'Link copied.', 'Open its share page'],
  ['zh-CN', PHONE, '我来推荐', '你的推荐', '发布推荐', '请至少写 10 个字符：你写了 5 个', '你的推荐已发布。', '复制链接', '链接已复制。', '打开分享页'],
])(
  'posting a recommendation counts its trimmed text, then confirms it with its share link to copy (%s)',
  async (locale, viewport, open, label, post, tooShort, posted, copy, copied, openShare) => {
    const author = await member(h);
    const bowl = await createProduct(h.server.graph, supplier.id, { title: `Celadon bowl ${uniqueSuffix()}`, now: h.server.clock.now() });
    await receivedOrder(author, supplier, bowl.id);
    const context = await newContext(h, { as: author, locale, viewport });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
    const page = await context.newPage();
    await page.goto(`${h.server.url}/me`);
    const order = page.getByTestId('order').filter({ hasText: bowl.title });
    await order.getByRole('button', { name: open }).click();

    // Five letters padded to fifteen characters: the form counts what the server will keep.
    await order.getByLabel(label).fill('     glaze     ');
    await order.getByRole('button', { name: post }).click();
    await order.getByTestId('text-too-short').filter({ hasText: tooShort }).waitFor();
    expect(await myRecommendationCount(author)).toBe(0);

    const text = 'Thin walls, an even glaze, rings like a bell.';
    await order.getByLabel(label).fill(`   ${text}   \n`);
    await order.getByRole('button', { name: post }).click();
    const confirmation = order.getByTestId('recommendation-posted');
    await confirmation.filter({ hasText: posted }).waitFor();
    const { memberRecommendations } = await author.api.ok<{ memberRecommendations: { edges: { node: { code: string; text: string } }[] } }>(
      'query ($h: String!) { memberRecommendations(handle: $h, first: 5) { edges { node { code text } } } }',
      { h: author.handle },
    );
    const [{ node: mine }] = memberRecommendations.edges as [{ node: { code: string; text: string } }];
    expect(mine.text).toBe(text);
    const link = `${h.server.url}/r/${mine.code}`;
    expect(await confirmation.getByRole('textbox').inputValue()).toBe(link);

    await confirmation.getByRole('button', { name: copy }).click();
    await confirmation.getByText(copied).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    await confirmation.getByRole('link', { name: openShare }).click();
    await page.waitForURL(link);
    await page.getByText(text).waitFor();
    await context.close();
  },
);

async function myRecommendationCount(author: TestMember): Promise<number> {
  const { memberRecommendations } = await author.api.ok<{ memberRecommendations: { edges: unknown[] } }>(
    'query ($h: String!) { memberRecommendations(handle: $h, first: 5) { edges { cursor } } }',
    { h: author.handle },
  );
  return memberRecommendations.edges.length;
}

/** The radio is left of its label's words and centred on their line. */
async function expectBeside(radio: Locator, label: Locator): Promise<void> {
  const box = await radio.boundingBox();
  const words = await label.evaluate((el) => {
    const range = document.createRange();
    const textNode = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
    range.selectNodeContents(textNode);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, height: r.height };
  });
  expect(box).not.toBeNull();
  expect(box!.x + box!.width).toBeLessThanOrEqual(words.x);
  const radioMiddle = box!.y + box!.height / 2;
  expect(radioMiddle).toBeGreaterThan(words.y);
  expect(radioMiddle).toBeLessThan(words.y + words.height);
}

test.each([
  ['en-US', 'Handle', 'Display name', 'Email', 'Password', 'Sign up', 'Display name must not be empty.', 'Password repeats a character or a pattern; choose one that does not.'],
  ['zh-CN', '用户名', '显示名称', '邮箱', '密码', '注册', '显示名称不能为空。', '密码重复了某个字符或模式，请换一个。'],
])('a refused field is named as the form names it, never by its API name (%s)', async (locale, handleLabel, nameLabel, emailLabel, passwordLabel, signUp, emptyName, weakPassword) => {
  const context = await newContext(h, { locale, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/signup`);
  const handle = `rough_${uniqueSuffix()}`;
  await page.getByLabel(handleLabel, { exact: true }).fill(handle);
  // Spaces pass the browser's "required" and are trimmed away by the server.
  await page.getByLabel(nameLabel).fill('   ');
  await page.getByLabel(emailLabel).fill(`${handle}@example.test`);
  await page.getByLabel(passwordLabel, { exact: true }).fill('a long enough password');
  await page.getByRole('button', { name: signUp, exact: true }).click();
  const alert = page.getByRole('alert');
  await alert.filter({ hasText: emptyName }).waitFor();
  expect((await alert.textContent())?.trim()).toBe(emptyName);

  await page.getByLabel(nameLabel).fill('Rough Edges');
  await page.getByLabel(passwordLabel, { exact: true }).fill('aaaaaaaaaa');
  await page.getByRole('button', { name: signUp, exact: true }).click();
  await alert.filter({ hasText: weakPassword }).waitFor();
  expect(await alert.textContent()).not.toMatch(/displayName|password:/);
  await context.close();
});
