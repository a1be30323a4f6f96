// A person opens the app: the page asks GraphQL, GraphQL asks Neo4j, the numbers appear.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('the home page shows the network read from Neo4j', async () => {
  const id = `browser-${randomUUID()}`;
  await server.graph.write((tx) => tx.run('CREATE (:Member {id: $id, handle: $id, email: $id})', { id }));
  try {
    const expected = await server.graph.read(async (tx) => (await tx.run('MATCH (m:Member) RETURN count(m) AS n')).records[0]!.get('n') as number);
    const page = await browser.newPage();
    await page.goto(server.url);
    const members = page.getByTestId('stat-members');
    await members.waitFor();
    expect(await members.textContent()).toContain(expected.toLocaleString('en-US'));
    await page.close();
  } finally {
    await server.graph.write((tx) => tx.run('MATCH (m:Member {id: $id}) DELETE m', { id }));
  }
});

test('a tab open across a release: a page whose chunk is gone reloads once and opens', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: 'Most trusted recommenders' }).waitFor();
  // The release that served this tab is gone: its products chunk answers 404, once.
  let missing = 0;
  await page.route(/\/assets\/ProductsPage-[^/]+\.js$/, async (route) => {
    if (missing++ === 0) await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    else await route.continue();
  });
  const reloaded = page.waitForEvent('load');
  await page.getByRole('link', { name: 'Products', exact: true }).click();
  await reloaded;
  await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
  expect(missing).toBe(2);
  expect(page.url()).toBe(`${server.url}/products`);
  await page.close();
});

test('every page names itself in the tab; a path with no page is a 404 that shows the way home', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.title === 'Most trusted recommenders · Trustline');
  await page.goto(`${server.url}/products`);
  await page.waitForFunction(() => document.title === 'Products · Trustline');
  const missing = await page.goto(`${server.url}/no-such-page`);
  expect(missing?.status()).toBe(404);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.title()).toBe(`${await page.getByRole('heading', { level: 1 }).textContent()} · Trustline`);
  await page.getByRole('link', { name: /home|leaderboard/i }).last().click();
  await page.waitForFunction(() => document.title === 'Most trusted recommenders · Trustline');
  await page.close();
});
