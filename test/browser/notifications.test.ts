// Notifications in Chromium: a member with a page open sees the unread badge in the top bar go up
// when others follow them, without reloading (server-sent events); opens the inbox from the
// badge, follows a notification to its cause, marks all read and the badge goes; and chooses
// email for a kind on the settings page, which keeps the choice.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember } from '../support/factories';
import { newContext, screenshot, type Harness } from './support';

let h: Harness;

beforeAll(async () => {
  const server: TestServer = await startTestServer(new Date(), { firstPaintBudgetMs: 30_000, livePollMs: 300 });
  const browser: Browser = await launchBrowser();
  h = { server, browser };
});
afterAll(async () => {
  if (h) await cleanup(h.server.graph);
  await h?.browser.close();
  await h?.server.stop();
});

const member = () => createMember(h.server.graph, h.server.url, { now: h.server.clock.now() });
const FOLLOW = 'mutation ($id: ID!) { follow(memberId: $id) { id } }';

test('the badge follows new notifications live; the inbox links to the cause and marks all read', async () => {
  const me = await member();
  const [fan, other] = [await member(), await member()];
  const context = await newContext(h, { as: me });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/`);
  const badge = page.getByTestId('unread-badge');
  await page.getByRole('link', { name: 'Notifications' }).waitFor();
  expect(await badge.count()).toBe(0);

  await fan.api.ok(FOLLOW, { id: me.id });
  await badge.filter({ hasText: /^1$/ }).waitFor();
  // The test clock stands still: a minute later, so "newest first" has one answer.
  h.server.clock.advance(60_000);
  await other.api.ok(FOLLOW, { id: me.id });
  await badge.filter({ hasText: /^2$/ }).waitFor();
  await screenshot(page, 'notifications-badge');

  await page.getByRole('link', { name: '2 unread notifications' }).click();
  await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
  const items = page.getByTestId('notifications').getByRole('listitem');
  await items.nth(1).waitFor();
  expect(await items.count()).toBe(2);
  await screenshot(page, 'notifications-inbox');
  // The newest first: the other member's follow; its link opens their page.
  await items.first().getByRole('link', { name: `@${other.handle} started following you.` }).click();
  await page.waitForURL(`**/m/${other.handle}`);
  await badge.filter({ hasText: /^1$/ }).waitFor();

  await page.goBack();
  await page.getByRole('button', { name: 'Mark all read' }).click();
  await page.getByRole('button', { name: 'Mark all read' }).waitFor({ state: 'detached' });
  await badge.waitFor({ state: 'detached' });
  expect(await page.getByText('Unread', { exact: true }).count()).toBe(0);
  await context.close();
});

test('notification settings: email for new followers is kept', async () => {
  const me = await member();
  const context = await newContext(h, { as: me });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/account`);
  await page.getByRole('link', { name: 'Notifications', exact: true }).first().waitFor();
  await page.goto(`${h.server.url}/account/notifications`);
  const email = page.getByLabel('New followers: Email');
  await email.waitFor();
  expect(await email.isChecked()).toBe(false);
  expect(await page.getByLabel('New followers: Inbox').isChecked()).toBe(true);
  expect(await page.getByLabel('Fraud flags raised (admins): Email').count()).toBe(0);
  await email.check();
  await page.waitForFunction(() => (document.querySelector('input[aria-label="New followers: Email"]') as HTMLInputElement | null)?.disabled === false);
  await page.reload();
  await page.getByLabel('New followers: Email').waitFor();
  expect(await page.getByLabel('New followers: Email').isChecked()).toBe(true);
  await screenshot(page, 'notifications-settings');
  await context.close();
});
