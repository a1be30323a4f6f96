// The supplier's desk and the admin's: a supplier lists a product (price typed in yuan, stored in
// fen exactly), delivers one order and refunds another; an admin verifies a member and makes
// them a supplier; a plain member is turned away from both desks.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { cleanup, createProduct, track, type TestMember, type TestProduct, uniqueSuffix } from '../support/factories';
import { placeOrder } from '../support/commerce';
import { ApiClient } from '../support/graphql-client';
import { member, newContext, startHarness, stopHarness, type Harness } from './support';

let h: Harness;
let supplier: TestMember;
let buyer: TestMember;
let product: TestProduct;

beforeAll(async () => {
  h = await startHarness();
  supplier = await member(h, { roles: ['MEMBER', 'SUPPLIER'] });
  buyer = await member(h);
  product = await createProduct(h.server.graph, supplier.id, { title: `Longjing tea ${uniqueSuffix()}`, now: h.server.clock.now() });
});

afterAll(async () => {
  if (h) await cleanup(h.server.graph);
  await stopHarness(h ?? {});
});

const PRODUCTS_OF = 'query ($s: ID!) { products(supplierId: $s, first: 100) { edges { node { id title priceMinor commissionRateBps category } } } }';
const ORDER_STATUS = 'query ($id: ID!) { order(id: $id) { status history { status reason } } }';
type OrderStatus = { order: { status: string; history: { status: string; reason: string | null }[] } };

test('a supplier marks one order delivered and refunds another', async () => {
  const toDeliver = await placeOrder(buyer.api, product.id);
  const toRefund = await placeOrder(buyer.api, product.id, { quantity: 2 });
  const context = await newContext(h, { as: supplier });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/supplier`);

  const delivering = page.locator(`[data-testid="supplier-order"][data-order-id="${toDeliver.id}"]`);
  await delivering.getByRole('button', { name: 'Mark delivered' }).click();
  await page.locator(`[data-testid="supplier-order"][data-order-id="${toDeliver.id}"][data-status="DELIVERED"]`).waitFor();
  expect((await buyer.api.ok<OrderStatus>(ORDER_STATUS, { id: toDeliver.id })).order.status).toBe('DELIVERED');

  const refunding = page.locator(`[data-testid="supplier-order"][data-order-id="${toRefund.id}"]`);
  await refunding.getByRole('button', { name: 'Refund' }).click();
  await refunding.getByLabel('Reason for the refund').fill('Out of stock this season');
  await refunding.getByRole('button', { name: 'Refund the order' }).click();
  await page.locator(`[data-testid="supplier-order"][data-order-id="${toRefund.id}"][data-status="REFUNDED"]`).waitFor();
  const refunded = (await buyer.api.ok<OrderStatus>(ORDER_STATUS, { id: toRefund.id })).order;
  expect(refunded.status).toBe('REFUNDED');
  expect(refunded.history.at(-1)).toEqual({ status: 'REFUNDED', reason: 'Out of stock this season' });
  await context.close();
});

test('a supplier lists a product priced in yuan; it is stored in fen exactly', async () => {
  const title = `Hand-pulled noodles ${uniqueSuffix()}`;
  const context = await newContext(h, { as: supplier });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/supplier`);
  // The products are a jump away from the top, past the orders to deliver.
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Products' }).click();
  await page.waitForURL(/\/supplier#supplier-products-title$/);
  const [top, height] = await page
    .getByRole('heading', { name: 'My products', exact: true })
    .evaluate((el) => [el.getBoundingClientRect().top, window.innerHeight]);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(height!);
  await page.getByRole('button', { name: 'New product' }).click();
  const form = page.getByRole('form', { name: 'New product' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Description').fill('Made fresh every morning.');
  // Not in the list: the supplier proposes a new category in English words, never a slug.
  await form.getByLabel('Category', { exact: true }).selectOption({ label: 'Another category…' });
  await form.getByLabel('Name of the new category, in English').fill('Fresh noodles');
  expect(await form.getByTestId('new-category-hint').textContent()).toBe('Shoppers will see: Fresh noodles');
  await form.getByLabel('Price (¥)').fill('0.29');
  await form.getByLabel('Commission (%)').fill('12.5');
  await form.getByRole('button', { name: 'List product' }).click();
  await page.getByTestId('supplier-products').getByRole('link', { name: title }).waitFor();
  const { products } = await new ApiClient(h.server.url).ok<{ products: { edges: { node: { id: string; title: string; priceMinor: number; commissionRateBps: number } }[] } }>(
    PRODUCTS_OF,
    { s: supplier.id },
  );
  const listed = products.edges.map((e) => e.node).find((p) => p.title === title);
  if (listed) track(listed.id);
  expect(listed).toMatchObject({ priceMinor: 29, commissionRateBps: 1250, category: 'fresh-noodles' });
  expect(await page.getByTestId('supplier-products').getByText('¥0.29').count()).toBe(1);
  await context.close();
});

test('a supplier in Chinese picks a category by its Chinese name', async () => {
  const title = `明前龙井 ${uniqueSuffix()}`;
  const context = await newContext(h, { as: supplier, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/supplier`);
  await page.getByRole('button', { name: '新增商品' }).click();
  const form = page.getByRole('form', { name: '新增商品' });
  await form.getByLabel('名称').fill(title);
  const picker = form.getByLabel('分类', { exact: true });
  // The network's categories by name in this language; no slug is shown.
  const labels = await picker.locator('option').allTextContents();
  expect(labels).toEqual(expect.arrayContaining(['茶', '生鲜水果', '母婴', '其他分类…']));
  expect(labels.some((l) => /^[a-z0-9]+(-[a-z0-9]+)+$/.test(l))).toBe(false);
  await picker.selectOption({ label: '茶' });
  await form.getByLabel('价格（元）').fill('88');
  await form.getByRole('button', { name: '上架商品' }).click();
  await page.getByTestId('supplier-products').getByRole('link', { name: title }).waitFor();
  const { products } = await new ApiClient(h.server.url).ok<{ products: { edges: { node: { id: string; title: string; category: string } }[] } }>(PRODUCTS_OF, { s: supplier.id });
  const listed = products.edges.map((e) => e.node).find((p) => p.title === title);
  if (listed) track(listed.id);
  expect(listed).toMatchObject({ category: 'tea' });
  await context.close();
});

test('an admin verifies a member and makes them a supplier', async () => {
  const admin = await member(h, { roles: ['MEMBER', 'ADMIN'] });
  const newcomer = await member(h);
  const context = await newContext(h, { as: admin });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/admin`);
  await page.getByLabel('Member handle').fill(newcomer.handle);
  // The admin's own search (the top bar has the site's).
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  const card = page.getByTestId('admin-member');
  await card.getByRole('button', { name: 'Mark verified' }).click();
  await card.getByRole('button', { name: 'Remove verified mark' }).waitFor();
  await card.getByRole('img', { name: 'Verified member' }).waitFor();
  await card.getByRole('button', { name: 'Make supplier' }).click();
  await card.getByRole('button', { name: 'Revoke supplier' }).waitFor();
  const { member: after } = await new ApiClient(h.server.url).ok<{ member: { verified: boolean; roles: string[] } }>(
    'query ($id: ID!) { member(id: $id) { verified roles } }',
    { id: newcomer.id },
  );
  expect(after).toEqual({ verified: true, roles: expect.arrayContaining(['MEMBER', 'SUPPLIER']) });
  await context.close();
});

test('a plain member is turned away from the supplier and admin desks', async () => {
  const plain = await member(h);
  const context = await newContext(h, { as: plain });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/supplier`);
  await page.getByText('This page is for suppliers.').waitFor();
  await page.goto(`${h.server.url}/admin`);
  await page.getByText('This page is for admins.').waitFor();
  expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
  await context.close();
});
