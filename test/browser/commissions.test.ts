// Commissions as people see them. A recommender's commission from a sale through their
// recommendation shows PENDING (an estimate) in "Me → Commissions"; once the hold after delivery
// is over and the hourly confirmation job has run, it shows CONFIRMED with the computation behind
// it, and after a payout batch it is PAID and in the payout history. An admin clears a fraud flag
// holding a commission and sees how many commissions it released.
//
// Time moves the only test-only way: the test server's ManualClock. The jobs run as the
// scheduler would run them, as functions over the whole database, so this file relies on the
// suite running files one at a time (`npm test` runs --runInBand) and on every file deleting its
// own data, as the commission integration tests do.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Locator } from 'playwright-core';
import { cleanup, createProduct, type TestMember, type TestProduct, uniqueSuffix } from '../support/factories';
import { MARK_DELIVERED, placeOrder, RATE, recommend, REFUND, type OrderView } from '../support/commerce';
import { commissionIdOf, raiseFlag } from '../support/commissions';
import { confirmCommissions } from '../../server/jobs/commissions-confirm';
import { runPayouts } from '../../server/jobs/payouts';
import { holdDays } from '../../server/domain/commission';
import { member, newContext, screenshot, setTrust, startHarness, stopHarness, type Harness } from './support';

const DAY = 86_400_000;
const PAST_THE_HOLD = holdDays() * DAY + 3_600_000;

let h: Harness;
let supplier: TestMember;
let product: TestProduct;
const flags: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  supplier = await member(h, { roles: ['MEMBER', 'SUPPLIER'] });
  // ¥199.00 at 12%: a pool of ¥23.88 per unit.
  product = await createProduct(h.server.graph, supplier.id, { title: `Yunnan pu'er ${uniqueSuffix()}`, priceMinor: 19_900, commissionRateBps: 1200, now: h.server.clock.now() });
});

afterAll(async () => {
  if (h) {
    if (flags.length > 0) await h.server.graph.write((tx) => tx.run('MATCH (f:FraudFlag) WHERE f.id IN $ids DETACH DELETE f', { ids: flags }));
    await cleanup(h.server.graph);
  }
  await stopHarness(h ?? {});
});

/** A recommender (trust 72) whose recommendation a fresh buyer buys through, delivered. */
async function deliveredSaleThroughRecommendation(): Promise<{ recommender: TestMember; buyer: TestMember; order: OrderView; commissionId: string }> {
  const recommender = await member(h);
  const rec = await recommend(recommender, supplier, product.id);
  await setTrust(h.server, recommender.id, 72, 72, 0.7);
  const buyer = await member(h);
  const placed = await placeOrder(buyer.api, product.id, { code: rec.code, quantity: 2 });
  const order = (await supplier.api.ok<{ markOrderDelivered: OrderView }>(MARK_DELIVERED, { orderId: placed.id })).markOrderDelivered;
  const commissionId = await commissionIdOf(h.server.graph, order.id);
  if (!commissionId) throw new Error('the sale opened no commission');
  return { recommender, buyer, order, commissionId };
}

// Each journey first builds a market, a sale and its delivery through the API: on a loaded 2-core
// machine that alone took 48 s once, so these tests get more than jest's default minute.
const SLOW_JOURNEY_MS = 150_000;

test('a recommender sees a commission go from pending to confirmed with its explanation, then paid', async () => {
  const { recommender, commissionId } = await deliveredSaleThroughRecommendation();
  const context = await newContext(h, { as: recommender });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/me`);
  await page.getByRole('link', { name: 'Commissions' }).click();
  await page.getByRole('heading', { level: 1, name: 'My commissions' }).waitFor();

  const row = page.locator(`[data-testid="commission"][data-commission-id="${commissionId}"]`);
  await row.and(page.locator('[data-status="PENDING"]')).waitFor();
  expect(await row.getByTestId('commission-status').textContent()).toBe('Pending');
  const estimate = await row.getByTestId('commission-amount').textContent();
  expect(estimate).toMatch(/^¥\d+\.\d\d$/);
  expect(await page.locator('[data-total="pending"] dd').textContent()).toBe(estimate);

  // The hold (refund and rating windows after delivery, and a margin) passes; the job runs.
  h.server.clock.advance(PAST_THE_HOLD);
  const run = await confirmCommissions(h.server.graph, h.server.clock);
  expect(run.failed).toEqual([]);
  expect(run.confirmed).toBeGreaterThanOrEqual(1);

  await page.reload();
  await row.and(page.locator('[data-status="CONFIRMED"]')).waitFor();
  const amount = await row.getByTestId('commission-amount').textContent();
  expect(await page.locator('[data-total="confirmed"] dd').textContent()).toBe(amount);
  expect(await page.locator('[data-total="pending"] dd').textContent()).toBe('¥0.00');
  await row.getByText('How it was computed').click();
  const explanation = row.getByTestId('commission-explanation');
  expect(await explanation.getByTestId('trust-at-confirmation').textContent()).toBe('72.0');
  const sentence = await explanation.getByTestId('explanation-text').textContent();
  // Two units of ¥199.00 at 12%: a pool of ¥47.76. The author alone has the whole base share;
  // trust 72 gives a factor of (72 − 20) / 60 = 86.66%, so floor(4776 × 0.8666) = 4138 fen.
  // The breakdown starts from the order: its total and the product's rate make the pool.
  expect(await explanation.getByTestId('order-total').textContent()).toBe('¥398.00');
  expect(await explanation.getByTestId('commission-rate').textContent()).toBe('12.00%');
  expect(sentence).toBe('Order ¥398.00 × rate 12.00% = pool ¥47.76; pool × author base 100.00% × trust factor 86.66% (trust 72.0 at confirmation) = weight 86.66% of the pool → ¥41.38.');
  expect(amount).toBe('¥41.38');

  // A payout batch pays it: PAID, and a line in the payout history.
  await runPayouts(h.server.graph, h.server.clock);
  await page.reload();
  await row.and(page.locator('[data-status="PAID"]')).waitFor();
  expect(await page.locator('[data-total="paid"] dd').textContent()).toBe(amount);
  expect(await page.getByTestId('payouts').getByTestId('payout').first().textContent()).toContain(`Paid ${amount}`);
  await context.close();
}, SLOW_JOURNEY_MS);

test('a refunded commission says reversed, why and when, never "estimate"', async () => {
  const { recommender, order, commissionId } = await deliveredSaleThroughRecommendation();
  await supplier.api.ok(REFUND, { orderId: order.id, reason: 'Arrived crushed.' });
  for (const [locale, words] of [
    ['en-US', { status: 'Reversed', estimate: 'estimate', reversed: /^Reversed by a refund .+\. It had not been paid, so nothing is owed\.$/, sentence: /\(trust 72\.0 at the sale\) = .+ Reversed by a refund: not owed\.$/ }],
    ['zh-CN', { status: '已冲销', estimate: '估算', reversed: /^因退款于 .+ 冲销。 该笔尚未支付，无需退还。$/, sentence: /^订单 ¥398\.00 × 比例 12\.00% = 佣金池 ¥47\.76；.+（成交时信任 72\.0）.+ 已因退款冲销。$/ }],
  ] as const) {
    const context = await newContext(h, { as: recommender, locale });
    const page = await context.newPage();
    await page.goto(`${h.server.url}/me/commissions`);
    const row = page.locator(`[data-testid="commission"][data-commission-id="${commissionId}"]`);
    await row.and(page.locator('[data-status="REVERSED"]')).waitFor();
    expect(await row.getByTestId('commission-status').textContent()).toBe(words.status);
    expect(await row.getByTestId('commission-reversed').textContent()).toMatch(words.reversed);
    await row.locator('summary').click();
    const explanation = row.getByTestId('commission-explanation');
    expect(await explanation.getByTestId('explanation-text').textContent()).toMatch(words.sentence);
    // Not an estimate anywhere on the row, and the amount is shown as no longer owed.
    expect(await row.locator('.tag').allTextContents()).not.toContain(words.estimate);
    expect(await row.getByTestId('commission-amount').getAttribute('class')).toBe('struck');
    await context.close();
  }
}, SLOW_JOURNEY_MS);

test('a held commission shows in an on-hold balance, behind a filter, with the flag\'s kind and since when; an admin clears it', async () => {
  const { recommender, commissionId } = await deliveredSaleThroughRecommendation();
  const raisedAt = h.server.clock.now();
  const flagId = await raiseFlag(h.server.graph, [recommender.id], raisedAt);
  flags.push(flagId);
  // With the flag open, the confirmation run puts the commission on hold instead.
  h.server.clock.advance(PAST_THE_HOLD);
  const run = await confirmCommissions(h.server.graph, h.server.clock);
  expect(run.held).toBeGreaterThanOrEqual(1);

  // The recommender sees it at once: a balance of its own beside pending, and the list filtered to it.
  const own = await newContext(h, { as: recommender });
  const mine = await own.newPage();
  await mine.goto(`${h.server.url}/me/commissions`);
  const pending = await mine.locator('[data-total="pending"] dd').textContent();
  expect(pending).toMatch(/^¥\d+\.\d\d$/);
  expect(await mine.locator('[data-total="onHold"] dt').textContent()).toBe('On hold (part of pending)');
  expect(await mine.locator('[data-total="onHold"] dd').textContent()).toBe(pending);
  await mine.getByLabel('Show').selectOption({ label: 'On hold for a fraud review' });
  const held = mine.getByTestId('my-commissions').getByTestId('commission');
  await held.first().waitFor();
  expect(await held.count()).toBe(1);
  expect(await held.first().getAttribute('data-commission-id')).toBe(commissionId);
  const reasons = held.first().getByTestId('hold-reasons');
  expect(await reasons.getByTestId('held-since').textContent()).toMatch(/^On hold since .+, until an admin reviews:$/);
  expect(await reasons.getByTestId('hold-reason').textContent()).toMatch(/^Reciprocal ratings — a flag on you, raised .+$/);
  await screenshot(mine, 'commissions-on-hold');
  await own.close();

  const admin = await member(h, { roles: ['MEMBER', 'ADMIN'] });
  const context = await newContext(h, { as: admin });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/admin`);
  const flag = page.locator(`[data-testid="fraud-flag"][data-flag-id="${flagId}"]`);
  await flag.and(page.locator('[data-status="OPEN"]')).waitFor();
  expect(await flag.textContent()).toContain('1 commission on hold');
  // What raised it, in words: not the stored RECOMPUTE.
  expect(await flag.textContent()).toMatch(/Raised .+ by the trust recompute/);
  expect(await flag.getByRole('link', { name: recommender.handle }).getAttribute('href')).toBe(`/m/${recommender.handle}`);

  await clearThroughTheUi(flag, 'Family members who really do share tea.');
  expect(await flag.getByTestId('flag-released').textContent()).toBe('Cleared: 1 commission released from hold.');
  expect(await flag.getByTestId('flag-status').textContent()).toBe('Cleared');
  expect(await flag.textContent()).toContain('Family members who really do share tea.');

  expect(await storedDecision(flagId, commissionId)).toEqual({ status: 'CLEARED', clearedBy: admin.id, upheldBy: null, onHold: false });
  await context.close();
}, SLOW_JOURNEY_MS);

test('a cleared flag whose member has another open flag says the commission still waits, not that it holds it', async () => {
  const { recommender } = await deliveredSaleThroughRecommendation();
  const first = await raiseFlag(h.server.graph, [recommender.id], h.server.clock.now());
  const second = await raiseFlag(h.server.graph, [recommender.id], h.server.clock.now());
  flags.push(first, second);
  h.server.clock.advance(PAST_THE_HOLD);
  expect((await confirmCommissions(h.server.graph, h.server.clock)).held).toBeGreaterThanOrEqual(1);

  const admin = await member(h, { roles: ['MEMBER', 'ADMIN'] });
  const context = await newContext(h, { as: admin });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/admin`);
  const flag = page.locator(`[data-testid="fraud-flag"][data-flag-id="${first}"]`);
  await clearThroughTheUi(flag, 'Checked: a household, not a ring.');
  expect(await flag.getByTestId('flag-released').textContent()).toBe('Cleared; no commission was released from hold.');
  expect(await flag.getByTestId('flag-still-held').textContent()).toBe('1 commission of these members still waits on another open flag.');
  expect(await flag.textContent()).not.toContain('on hold');
  const other = page.locator(`[data-testid="fraud-flag"][data-flag-id="${second}"]`);
  expect(await other.textContent()).toContain('1 commission on hold');
  await context.close();
}, SLOW_JOURNEY_MS);

test('an admin sees the evidence behind a flag, upholds it, and alone sees who is under review', async () => {
  const { recommender, buyer, order, commissionId } = await deliveredSaleThroughRecommendation();
  await buyer.api.ok(RATE, { orderId: order.id, stars: 5, heldUp: true, comment: null });
  const flagId = await raiseFlag(h.server.graph, [recommender.id, buyer.id], h.server.clock.now());
  flags.push(flagId);
  h.server.clock.advance(PAST_THE_HOLD);
  expect((await confirmCommissions(h.server.graph, h.server.clock)).held).toBeGreaterThanOrEqual(1);

  // At the top of the board, past whatever else the shared test database holds (as leaderboard.test.ts does).
  await setTrust(h.server, recommender.id, 99.996, 95, 0.9);
  const admin = await member(h, { roles: ['MEMBER', 'ADMIN'] });
  const context = await newContext(h, { as: admin });
  const page = await context.newPage();
  // The member page and the leaderboard row mark them for the admin; a visitor sees no such mark.
  await page.goto(`${h.server.url}/m/${recommender.handle}`);
  expect(await page.locator('.member-header').getByTestId('under-review').textContent()).toBe('under review');
  await page.goto(`${h.server.url}/`);
  const row = page.locator(`[data-testid="leaderboard-row"][data-handle="${recommender.handle}"]`);
  expect(await row.getByTestId('under-review').textContent()).toBe('under review');
  const visitor = await newContext(h);
  const public_ = await visitor.newPage();
  await public_.goto(`${h.server.url}/m/${recommender.handle}`);
  await public_.locator('.member-header h1').waitFor();
  expect(await public_.getByTestId('under-review').count()).toBe(0);
  await public_.goto(`${h.server.url}/`);
  await public_.locator(`[data-testid="leaderboard-row"][data-handle="${recommender.handle}"]`).waitFor();
  expect(await public_.getByTestId('under-review').count()).toBe(0);
  await visitor.close();

  await page.goto(`${h.server.url}/admin`);
  // Open flags by default: what waits for a decision.
  expect(await page.getByLabel('Show').inputValue()).toBe('OPEN');
  const flag = page.locator(`[data-testid="fraud-flag"][data-flag-id="${flagId}"]`);
  await flag.and(page.locator('[data-status="OPEN"]')).waitFor();
  expect(await flag.getByTestId('flag-pattern').textContent()).toBe(`@${buyer.handle} → @${recommender.handle}: 1 verdict (1 held up, 0 let down)`);
  await flag.getByText('The order (1)').click();
  expect(await flag.getByTestId('flag-evidence-order').textContent()).toMatch(new RegExp(`^Yunnan pu'er .+ · @${buyer.handle} → @${recommender.handle} · held up 5 stars · .+$`));
  await screenshot(page, 'admin-fraud-flag');

  await flag.getByRole('button', { name: 'Uphold' }).click();
  await flag.getByLabel('Why the pattern is real').fill('They only ever buy from each other.');
  await flag.getByRole('button', { name: 'Uphold the flag' }).click();
  await flag.and(page.locator('[data-status="UPHELD"]')).waitFor();
  expect(await flag.getByTestId('flag-upheld').textContent()).toMatch(new RegExp(`^Upheld .+ by ${admin.handle}.*@${admin.handle} — “They only ever buy from each other.”$`));
  // Upheld: still holding; it can still be cleared, not upheld twice.
  expect(await flag.textContent()).toContain('1 commission on hold');
  expect(await flag.getByRole('button', { name: 'Uphold' }).count()).toBe(0);
  expect(await flag.getByRole('button', { name: 'Clear' }).count()).toBe(1);
  await page.getByLabel('Show').selectOption({ label: 'Upheld' });
  await page.locator(`[data-testid="fraud-flag"][data-flag-id="${flagId}"][data-status="UPHELD"]`).waitFor();
  expect(await storedDecision(flagId, commissionId)).toEqual({ status: 'UPHELD', clearedBy: null, upheldBy: admin.id, onHold: true });
  await context.close();
}, SLOW_JOURNEY_MS);

/** What the graph holds of a decision: the flag's status, who decided, and the commission's hold. */
async function storedDecision(flagId: string, commissionId: string): Promise<Record<string, unknown>> {
  return h.server.graph.read(async (tx) => {
    const r = await tx.run(
      `MATCH (f:FraudFlag {id: $flagId}) MATCH (c:Commission {id: $commissionId})
       RETURN f.status AS status, f.clearedById AS clearedBy, f.upheldById AS upheldBy, coalesce(c.onHold, false) AS onHold`,
      { flagId, commissionId },
    );
    return r.records[0]!.toObject();
  });
}

/** The admin clears an open flag with a note, and waits until it shows as cleared. */
async function clearThroughTheUi(flag: Locator, note: string): Promise<void> {
  await flag.getByRole('button', { name: 'Clear' }).click();
  await flag.getByLabel('Why it can be cleared').fill(note);
  await flag.getByRole('button', { name: 'Clear the flag' }).click();
  await flag.and(flag.page().locator('[data-status="CLEARED"]')).waitFor();
}
