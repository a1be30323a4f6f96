// A shopper's whole journey through the UI: sign up, find a top recommender on the leaderboard,
// follow them, see their recommendation in the feed, buy through it on the product page,
// confirm receipt, rate it, and read the trust event it made on the recommender's page.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { cleanup, createProduct, type TestMember, type TestProduct, uniqueSuffix } from '../support/factories';
import { RATE, receivedOrder, recommend, vouchFor, type RecView } from '../support/commerce';
import { deriveTrust } from '../../server/domain/trust';
import { trustToProps } from '../../graph/member-trust-props';
import { pastReshareStep } from '../support/privileges';
import { member, newContext, screenshot, startHarness, stopHarness, trackSignedUp, type Harness } from './support';

let h: Harness;
let supplier: TestMember;
let recommender: TestMember;
let product: TestProduct;
let category: string;
let rec: RecView;

beforeAll(async () => {
  h = await startHarness();
  supplier = await member(h, { roles: ['MEMBER', 'SUPPLIER'] });
  recommender = await member(h, { verified: true });
  product = await createProduct(h.server.graph, supplier.id, { title: `Hainan cherries ${uniqueSuffix()}`, priceMinor: 1299, category: (category = `fruit-${uniqueSuffix()}`), now: h.server.clock.now() });
  rec = await recommend(recommender, supplier, product.id);
  // Boards rank only records with vouched evidence: five verified buyers' ¥12.99 verdicts (a
  // quarter of a full verdict each, the least an order counts) put the recommender on theirs.
  await vouchFor(h.server.graph, h.server.url, supplier, product.id, rec, { now: h.server.clock.now(), times: 5 });
  await h.server.graph.write((tx) => tx.run("MATCH (m:Member {id: $id}) SET m.displayName = 'Chen Jing'", { id: recommender.id }));
});

afterAll(async () => {
  if (h) await cleanup(h.server.graph);
  await stopHarness(h ?? {});
});

test('a shopper signs up, follows a top recommender, buys through the recommendation, rates it and sees the trust event', async () => {
  const context = await newContext(h);
  const page = await context.newPage();
  const handle = `shopper_${uniqueSuffix()}`;

  // Sign up through the form.
  await page.goto(`${h.server.url}/signup`);
  await page.getByLabel('Handle').fill(handle);
  await page.getByLabel('Display name').fill('Shopper Test');
  await page.getByLabel('Email').fill(`${handle}@example.test`);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByTestId('signed-in-as').filter({ hasText: `@${handle}` }).waitFor();
  await trackSignedUp(h.server, handle);
  // A newcomer lands on "me", with their first steps; then the leaderboard.
  await page.getByTestId('first-steps').waitFor();
  await page.getByRole('link', { name: 'Leaderboard' }).click();

  // The recommender heads their category's board; their row leads to their page.
  await page.getByRole('tab', { name: 'Category' }).click();
  await page.getByTestId('category-picker').selectOption(category);
  const row = page.locator(`[data-testid="leaderboard-row"][data-handle="${recommender.handle}"]`);
  await row.waitFor();
  expect(await row.locator('.position').textContent()).toBe('1');
  expect(await row.getByTestId('trust-score').textContent()).toMatch(/confidence \d\.\d\d/);
  await row.getByRole('link', { name: 'Chen Jing' }).click();
  await page.getByRole('heading', { level: 1, name: 'Chen Jing' }).waitFor();

  // Follow them; the button turns into "Unfollow", and their recommendation is in my feed.
  await page.getByRole('button', { name: 'Follow', exact: true }).click();
  await page.getByRole('button', { name: 'Unfollow' }).waitFor();
  await page.getByRole('link', { name: 'Feed' }).click();
  await page.locator(`[data-testid="feed"] [data-code="${rec.code}"]`).waitFor();

  // The products of the category say how many recommendations each has.
  await page.goto(`${h.server.url}/products?category=${category}`);
  const listed = page.getByTestId('products').getByTestId('product').filter({ hasText: product.title });
  expect(await listed.getByTestId('recommendation-count').textContent()).toBe('1 recommendation');

  // From their pocket shop to the product, and buy through their recommendation.
  await page.goto(`${h.server.url}/m/${recommender.handle}`);
  await page.getByTestId('pocket-shop').getByRole('link', { name: product.title }).click();
  await page.getByRole('heading', { level: 1, name: product.title }).waitFor();
  expect(await page.getByTestId('price').first().textContent()).toBe('¥12.99');
  const card = page.locator(`[data-testid="product-recommendations"] [data-code="${rec.code}"]`);
  await screenshot(page, 'product');
  // No delivery address yet: checkout sends me to add one, then back here.
  await card.getByRole('link', { name: 'Add a delivery address' }).click();
  await page.getByRole('heading', { level: 2, name: 'Delivery addresses' }).waitFor();
  await page.getByRole('button', { name: 'Add an address' }).click();
  await page.getByLabel('Recipient').fill('Lin Xiaoyu');
  await page.getByLabel('Phone').fill('139 1234 5678');
  await page.getByLabel('Province').fill('广东省');
  await page.getByLabel('City').fill('深圳市');
  await page.getByLabel('District or county').fill('南山区');
  await page.getByLabel('Street, number, building and flat').fill('科技园路 8 号 2 栋 301');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: product.title }).waitFor();
  await card.getByLabel('Deliver to').waitFor();
  expect(await card.getByLabel('Deliver to').locator('option').first().textContent()).toBe('Lin Xiaoyu: 广东省深圳市南山区科技园路 8 号 2 栋 301');
  await card.getByRole('button', { name: 'Buy through this recommendation' }).click();
  await card.getByTestId('order-placed').waitFor();
  expect(await card.getByTestId('order-placed').textContent()).toContain('¥12.99');

  // My orders: confirm receipt, then rate the recommendation.
  await page.getByRole('link', { name: 'Me', exact: true }).click();
  const order = page.getByTestId('order').filter({ hasText: product.title });
  await order.getByRole('button', { name: 'Confirm receipt' }).click();
  await order.and(page.locator('[data-status="DELIVERED"]')).waitFor();
  await order.getByRole('button', { name: 'Rate the recommendation' }).click();
  await order.getByLabel('5 stars of 5').check();
  await order.getByLabel('Yes').check();
  await order.getByLabel('Comment (optional)').fill('Sweet and fresh, as promised.');
  await order.getByRole('button', { name: 'Send my verdict' }).click();
  const verdict = order.getByTestId('verdict-event');
  await verdict.waitFor();
  // Whose trust it is comes first: the event's own sentence is told from the recommender's side.
  // A brand-new account confirming its own receipt at once gives weak, unvouched evidence, so on
  // a ¥12.99 order its verdict moves the score by a tenth at most (rounding decides which).
  expect(await verdict.textContent()).toMatch(/^Thanks: your verdict (moved|counts in) Chen Jing's trust[.,] .*(\+0\.1|0\.0): /);
  expect(await verdict.textContent()).toContain(`@${handle}'s order of ${product.title} held up`);
  await screenshot(page, 'me');

  // The recommender's page explains the change.
  await page.goto(`${h.server.url}/m/${recommender.handle}`);
  const event = page.getByTestId('trust-event').filter({ hasText: `@${handle}'s order of ${product.title} held up` });
  await event.waitFor();
  await screenshot(page, 'member-trust-event');

  // The shopper's own score rests on nobody's vouching yet, and says so; the recommender's,
  // vouched for by verified buyers, does not.
  await page.goto(`${h.server.url}/m/${handle}`);
  await page.locator('.member-header').getByTestId('trust-unvouched').waitFor();
  await page.goto(`${h.server.url}/m/${recommender.handle}`);
  await page.locator('.member-header').getByTestId('trust-score').waitFor();
  expect(await page.locator('.member-header').getByTestId('trust-unvouched').count()).toBe(0);

  // Sign out, and back in with the same handle and password: "me" is where it was left.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
  await page.goto(`${h.server.url}/signin?next=/me`);
  await page.getByLabel('Handle or email').fill(handle.toUpperCase());
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${h.server.url}/me`);
  await page.getByTestId('order').filter({ hasText: product.title }).and(page.locator('[data-status="DELIVERED"]')).waitFor();
  await context.close();
});

test('a share link with ?via= buys through the recommendation and records the re-sharer', async () => {
  const buyer = await member(h);
  const resharer = await member(h);
  await pastReshareStep(h.server.graph, resharer, h.server.clock.now());
  await buyer.api.ok('mutation($i: DeliveryAddressInput!) { addDeliveryAddress(input: $i) { id } }', {
    i: { recipientName: 'Zhou Min', phone: '13700001111', country: 'CN', region: '浙江省', city: '杭州市', district: '西湖区', street: '文三路 90 号' },
  });
  const context = await newContext(h, { as: buyer });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/r/${rec.code}?via=${resharer.handle}`);
  await page.getByText(`Shared with you by @${resharer.handle}.`).waitFor();
  await page.getByLabel('Deliver to').waitFor();
  await page.getByRole('button', { name: 'Buy through this recommendation' }).click();
  await page.getByTestId('order-placed').waitFor();
  const { myOrders } = await buyer.api.ok<{ myOrders: { edges: { node: { recommendation: { code: string } | null; resharer: { handle: string } | null; deliveryAddress: { city: string } | null } }[] } }>(
    '{ myOrders { edges { node { recommendation { code } resharer { handle } deliveryAddress { city } } } } }',
  );
  expect(myOrders.edges.map((e) => e.node)).toEqual([{ recommendation: { code: rec.code }, resharer: { handle: resharer.handle }, deliveryAddress: { city: '杭州市' } }]);
  await context.close();
});

test('a verdict on a recommender with much evidence says it counted, not that it moved the score', async () => {
  // So much vouched evidence that one more verdict moves the score by less than the 0.1 shown.
  const veteran = await member(h, { verified: true });
  await h.server.graph.write((tx) =>
    tx.run("MATCH (m:Member {id: $id}) SET m.displayName = 'Zhou Hua', m.trustVouchedPositive = 5000.0, m.trustEvidenceAt = $at", {
      id: veteran.id,
      at: h.server.clock.now().toISOString(),
    }),
  );
  const wok = await createProduct(h.server.graph, supplier.id, { title: `Hand-hammered wok ${uniqueSuffix()}`, now: h.server.clock.now() });
  const wokRec = await recommend(veteran, supplier, wok.id);
  // A first verdict, through the API, brings the stored score in line with that evidence.
  const first = await member(h);
  const firstOrder = await receivedOrder(first, supplier, wok.id, wokRec.code);
  await first.api.ok(RATE, { orderId: firstOrder.id, stars: 5, heldUp: true });
  expect(await heldUpThroughTheUi(wok, wokRec.code)).toMatch(/^Thanks: your verdict counts in Zhou Hua's trust, though the score shown did not rise with it: a score backed by much evidence moves little at a time.* 0\.0: /);
});

test('a verdict that held up on a score gone quiet says it counted, and the sentence names the fading', async () => {
  // Ninety quiet days: the fading of older verdicts outweighs a new buyer's "held up".
  const quiet = await member(h, { verified: true });
  const since = new Date(h.server.clock.now().getTime() - 90 * 86_400_000);
  const strong = deriveTrust({ vouchedPositive: 40, vouchedNegative: 1, unvouchedPositive: 2, unvouchedNegative: 0 }, 0.8, since);
  await h.server.graph.write((tx) => tx.run("MATCH (m:Member {id: $id}) SET m += $props, m.displayName = 'Lin Qing'", { id: quiet.id, props: trustToProps(strong) }));
  const kettle = await createProduct(h.server.graph, supplier.id, { title: `Copper kettle ${uniqueSuffix()}`, now: h.server.clock.now() });
  const kettleRec = await recommend(quiet, supplier, kettle.id);
  expect(await heldUpThroughTheUi(kettle, kettleRec.code)).toMatch(/^Thanks: your verdict counts in Lin Qing's trust, .* -\d\.\d: .* held up \(\+?\d\.\d\); .* Older verdicts faded with time \(-\d\.\d\)\. Now /);
});

/** A fresh buyer receives `product` through `code`, says "held up" on the me page, and reads what it did. */
async function heldUpThroughTheUi(product: TestProduct, code: string): Promise<string | null> {
  const buyer = await member(h);
  await receivedOrder(buyer, supplier, product.id, code);
  const context = await newContext(h, { as: buyer });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/me`);
  const order = page.getByTestId('order').filter({ hasText: product.title });
  await order.getByRole('button', { name: 'Rate the recommendation' }).click();
  await order.getByLabel('Yes').check();
  await order.getByRole('button', { name: 'Send my verdict' }).click();
  const verdict = order.getByTestId('verdict-event');
  await verdict.waitFor();
  const text = await verdict.textContent();
  await context.close();
  return text;
}
