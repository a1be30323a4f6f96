// Trusted picks as a shopper sees them: the products list opens with the best picks and their
// reasons, /picks lists them all, and a signed-in member switches to the people they trust, in
// English and in Chinese. Real orders and verdicts; rank keys set directly after them (the trust
// maths has its own tests), high enough that these picks lead any test database's.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { cleanup, createProduct, type TestMember } from '../support/factories';
import { RATE, receivedOrder, recommend } from '../support/commerce';
import { follows, setRankKey } from '../support/circle-day';
import { member, newContext, screenshot, startHarness, stopHarness, type Harness } from './support';

let h: Harness;
let supplier: TestMember, alice: TestMember, bob: TestMember, shopper: TestMember;
let mango: { id: string; title: string }, tea: { id: string; title: string };

async function buyersSay(code: string, productId: string, verdicts: boolean[]) {
  for (const heldUp of verdicts) {
    const buyer = await member(h);
    const order = await receivedOrder(buyer, supplier, productId, code);
    await buyer.api.ok(RATE, { orderId: order.id, stars: heldUp ? 5 : 2, heldUp, comment: null });
  }
}

beforeAll(async () => {
  h = await startHarness();
  supplier = await member(h, { roles: ['MEMBER', 'SUPPLIER'] });
  mango = await createProduct(h.server.graph, supplier.id, { now: h.server.clock.now(), title: 'Picked Guifei mango' });
  tea = await createProduct(h.server.graph, supplier.id, { now: h.server.clock.now(), title: 'Picked Longjing tea' });
  [alice, bob, shopper] = [await member(h, { displayName: 'Alice Wu' }), await member(h, { displayName: 'Bob Li' }), await member(h)];
  const aliceMango = await recommend(alice, supplier, mango.id);
  const bobMango = await recommend(bob, supplier, mango.id);
  const bobTea = await recommend(bob, supplier, tea.id);
  await buyersSay(aliceMango.code, mango.id, [true, true, true]);
  await buyersSay(bobMango.code, mango.id, [true, false]);
  await buyersSay(bobTea.code, tea.id, [true]);
  // Confidence past the trusted-pick step too, so both count.
  await setRankKey(h.server.graph, alice, 1e6, 0.9);
  await setRankKey(h.server.graph, bob, 9e5, 0.9);
  // The shopper follows Alice only.
  await follows(h.server.graph, shopper, alice);
});

afterAll(async () => {
  if (h) await cleanup(h.server.graph);
  await stopHarness(h ?? {});
});

test('the products list opens with the trusted picks, each with its reason; /picks lists them all', async () => {
  const context = await newContext(h);
  const page = await context.newPage();
  await page.goto(`${h.server.url}/products`);
  const section = page.getByTestId('picks-section');
  const first = section.getByTestId('pick').first();
  await first.waitFor();
  expect(await first.getByRole('heading').textContent()).toBe(mango.title);
  expect(await first.getByTestId('pick-reason').textContent()).toBe('2 trusted recommenders, 4 of 5 buyers said it held up');
  await section.getByRole('link', { name: 'All trusted picks' }).click();
  await page.getByRole('heading', { level: 1, name: 'Trusted picks' }).waitFor();
  const picks = page.getByTestId('picks').getByTestId('pick');
  await picks.first().waitFor();
  expect(await picks.nth(0).getByRole('heading').textContent()).toBe(mango.title);
  expect(await picks.nth(1).getByRole('heading').textContent()).toBe(tea.title);
  expect(await picks.nth(1).getByTestId('pick-reason').textContent()).toBe('1 trusted recommender, 1 of 1 buyer said it held up');
  // Anonymous visitors have no "people I trust".
  expect(await page.getByRole('button', { name: 'People I trust' }).count()).toBe(0);
  await screenshot(page, 'trusted-picks');
  await context.close();
});

test('signed in, "people I trust" keeps only what they recommend, with the reason in their terms, in Chinese too', async () => {
  const context = await newContext(h, { as: shopper });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/picks`);
  await page.getByTestId('pick').first().waitFor();
  await page.getByRole('button', { name: 'People I trust' }).click();
  await page.waitForURL(/from=circle/);
  const picks = page.getByTestId('picks').getByTestId('pick');
  await picks.first().getByText('1 recommender you trust, 4 of 5 buyers said it held up').waitFor();
  expect(await picks.count()).toBe(1);
  expect(await picks.first().getByRole('heading').textContent()).toBe(mango.title);
  await page.getByLabel('Language').selectOption('zh-CN');
  await picks.first().getByText('1 位你信任的推荐者，5 位买家中 4 位说符合推荐').waitFor();
  await context.close();
});
