// Back to the leaderboard after "Load more": the loaded rows and the place scrolled to are where
// they were left (issue 25, item 5), on a phone, where a long board is long indeed.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { cleanup, createProduct, uniqueSuffix } from '../support/factories';
import { member, newContext, setTrust, startHarness, stopHarness, type Harness } from './support';

const ROWS = 30;
const category = `return-${uniqueSuffix()}`;
let h: Harness;
const handles: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  const supplier = await member(h, { roles: ['MEMBER', 'SUPPLIER'] });
  const product = await createProduct(h.server.graph, supplier.id, { category, now: h.server.clock.now() });
  // A category board of its own, longer than one page, in a known order.
  for (let i = 0; i < ROWS; i++) {
    const m = await member(h);
    await h.server.graph.write((tx) =>
      tx.run(
        `MATCH (m:Member {id: $memberId}), (p:Product {id: $productId})
         CREATE (m)-[:RECOMMENDS]->(:Recommendation {id: $id, code: $code, authorProduct: $memberId + ':' + $productId,
           stars: 5, text: 'Held up well for a browser test.', createdAt: $now, updatedAt: $now, revision: 1})-[:FOR]->(p)`,
        { memberId: m.id, productId: product.id, id: randomUUID(), code: randomUUID().slice(0, 8).toUpperCase(), now: Date.now() },
      ),
    );
    await setTrust(h.server, m.id, 0.9 - i * 0.01, 90 - i);
    handles.push(m.handle);
  }
});

afterAll(async () => {
  if (h) await cleanup(h.server.graph);
  await stopHarness(h ?? {});
});

test('back from a member page after "Load more", the board has every loaded row and the place scrolled to', async () => {
  const context = await newContext(h, { viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/?board=category&category=${category}`);
  const rows = page.getByTestId('leaderboard-row');
  await rows.nth(19).waitFor();
  expect(await rows.count()).toBe(20);
  await page.getByRole('button', { name: 'Load more' }).click();
  await rows.nth(ROWS - 1).waitFor();

  // Scroll to a row of the second page and open that member.
  const chosen = page.locator(`[data-testid="leaderboard-row"][data-handle="${handles[26]}"]`);
  await chosen.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 1));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(1000);
  await chosen.locator('.member-name').click();
  await page.waitForURL(/\/m\//);
  await page.locator('.member-header').waitFor();
  // A new page opens at its top.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.goBack();
  await rows.nth(ROWS - 1).waitFor();
  expect(await rows.count()).toBe(ROWS);
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) <= 2, scrolled, { timeout: 10_000 });
  expect(await chosen.isVisible()).toBe(true);
  const box = await chosen.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  // The board asked again for the rows it had, not for its first page alone (which would have
  // replaced them): they stay after the answer comes.
  await page.waitForLoadState('networkidle');
  expect(await rows.count()).toBe(ROWS);

  // Forward to the member page: its top again.
  await page.goForward();
  await page.locator('.member-header').waitFor();
  await page.waitForFunction(() => window.scrollY === 0);
  await context.close();
});
