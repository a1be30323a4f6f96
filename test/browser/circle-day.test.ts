// The daily ranking among friends as a person sees it: the "today" card on the leaderboard (my
// place among the people I follow and who follow me, the movement, who passed me, the circle's
// top), a cheer on a friend's day, the history of my daily place, in both languages and on a
// phone. Two daily snapshots on far-future days (the latest, meeting no other test's), with the
// server's clock on the second, so the history's window holds them.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { cleanup, createProduct, type TestMember } from '../support/factories';
import { follows, forgetDays, rankedRecommender } from '../support/circle-day';
import { runSnapshot } from '../../server/jobs/rank-snapshot';
import { FIRST_PAINT_ELEMENT_ID } from '../../web/src/first-paint';
import { askedOperations, member, newContext, screenshot, setTrust, startHarness, stopHarness, type Harness } from './support';

const DAY1 = '2299-05-01';
const DAY2 = '2299-05-02';
let h: Harness;
let wang: TestMember, liu: TestMember, chen: TestMember;

async function named(name: string): Promise<TestMember> {
  const m = await member(h, { displayName: name });
  return m;
}

beforeAll(async () => {
  h = await startHarness();
  h.server.clock.set(new Date(`${DAY1}T04:00:00Z`));
  const supplier = await member(h, { roles: ['MEMBER', 'SUPPLIER'] });
  const product = await createProduct(h.server.graph, supplier.id, { now: h.server.clock.now() });
  [wang, liu, chen] = [await named('Wang Lei'), await named('Liu Yang'), await named('Chen Jing')];
  await rankedRecommender(h.server.graph, wang, product.id, 99.9995);
  await rankedRecommender(h.server.graph, chen, product.id, 99.999);
  await rankedRecommender(h.server.graph, liu, product.id, 99.998);
  // Wang follows Liu; Chen follows Wang: Wang's circle is all three.
  await follows(h.server.graph, wang, liu);
  await follows(h.server.graph, chen, wang);
  await runSnapshot(h.server.graph, h.server.clock, () => {}, ['--day', DAY1]);
  // Overnight Liu overtakes Wang and Chen.
  await setTrust(h.server, liu.id, 99.9999, 97, 0.9);
  h.server.clock.set(new Date(`${DAY2}T04:00:00Z`));
  await runSnapshot(h.server.graph, h.server.clock, () => {}, ['--day', DAY2]);
});

afterAll(async () => {
  if (h) {
    await forgetDays(h.server.graph, [DAY1, DAY2]);
    await cleanup(h.server.graph);
  }
  await stopHarness(h ?? {});
});

test('the today card shows my place among friends, who passed me and the top; I cheer a friend once', async () => {
  const context = await newContext(h, { as: wang });
  const page = await context.newPage();
  const asked = askedOperations(page);
  await page.goto(h.server.url + '/');
  const card = page.getByTestId('today-card');
  await card.waitFor();
  await page.getByTestId('leaderboard').waitFor();
  // The card came with the page (server/first-paint.ts): no round trip of its own.
  expect(asked).not.toContain('TodayCard');
  expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(`Today among friends · ${DAY2}`);
  expect(await card.getByTestId('today-place').textContent()).toMatch(/^You are 2 of 3 among the people you follow and who follow you\.\s*▼1$/);
  expect(await card.getByTestId('today-passed-by').textContent()).toBe('Passed you since yesterday: Liu Yang');
  const rows = card.getByTestId('today-friend');
  expect(await rows.allTextContents()).toEqual([
    expect.stringContaining('Liu Yang'),
    expect.stringContaining('Wang Lei'),
    expect.stringContaining('Chen Jing'),
  ]);
  // My own row carries my cheers, not a button: my day is for my friends to cheer.
  expect(await rows.nth(1).getByTestId('cheer').count()).toBe(0);
  const cheerLiu = rows.nth(0).getByRole('button', { name: "Cheer Liu Yang's day" });
  expect(await cheerLiu.textContent()).toBe('Cheer · 0');
  await cheerLiu.click();
  const cheered = rows.nth(0).getByRole('button', { name: "You cheered Liu Yang's day" });
  await cheered.waitFor();
  expect(await cheered.textContent()).toBe('Cheered · 1');
  expect(await cheered.isDisabled()).toBe(true);
  await screenshot(page, 'circle-day-today');
  // After a reload the cheer is still mine, and still one.
  await page.reload();
  await page.getByRole('button', { name: "You cheered Liu Yang's day" }).waitFor();
  expect(await page.getByRole('button', { name: "You cheered Liu Yang's day" }).textContent()).toBe('Cheered · 1');
  await context.close();
});

test("a friend's cheer shows on my day, and the history lists my place day by day", async () => {
  await chen.api.ok('mutation ($m: ID!, $d: String!) { cheerFriendDay(memberId: $m, day: $d) { cheers } }', { m: wang.id, d: DAY2 });
  const context = await newContext(h, { as: wang });
  const page = await context.newPage();
  await page.goto(h.server.url + '/');
  await page.getByTestId('today-card').getByText('1 cheer for you').waitFor();
  await page.getByTestId('today-card').getByRole('link', { name: 'My days among friends' }).click();
  await page.getByRole('heading', { level: 1, name: 'My days among friends' }).waitFor();
  const days = page.getByTestId('circle-history').locator('li');
  await days.first().waitFor();
  const texts = await days.allTextContents();
  expect(texts).toHaveLength(2);
  expect(texts[0]).toMatch(new RegExp(`^${DAY2}You are 2 of 3 .*▼1 1 cheer for you$`));
  expect(texts[1]).toMatch(new RegExp(`^${DAY1}You are 1 of 3 .*new 0 cheers for you$`));
  await context.close();
});

test('in Chinese and on a phone, the card reads in Chinese and fits the screen', async () => {
  const context = await newContext(h, { as: chen, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto(h.server.url + '/');
  await page.getByLabel('Language').selectOption('zh-CN');
  const card = page.getByTestId('today-card');
  await card.getByRole('heading', { level: 2, name: `今日好友排名 · ${DAY2}` }).waitFor();
  // Chen's circle is Chen and Wang (whom Chen follows): Chen is second, passed by nobody.
  expect(await card.getByTestId('today-place').textContent()).toMatch(/^在你关注的人和关注你的人中，你排第 2 名（共 2 人）。/);
  // Chen cheered Wang's day in the test before.
  const cheeredWang = card.getByRole('button', { name: '你已为 Wang Lei 的这一天加油', exact: true });
  expect(await cheeredWang.textContent()).toBe('已加油 · 1');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, 'circle-day-today-phone-zh');
  await context.close();
});

test('a member without a circle sees no card', async () => {
  const loner = await member(h);
  const context = await newContext(h, { as: loner });
  const page = await context.newPage();
  // The card's answer comes with the page (no day: the loner has no circle), and the app
  // renders from it, so once the board shows the card's absence is settled.
  const html = await (await fetch(h.server.url + '/', { headers: { cookie: `tl_session=${loner.token}` } })).text();
  expect(html).toContain(`id="${FIRST_PAINT_ELEMENT_ID}"`);
  expect(html).toContain('"circleDay":null');
  await page.goto(h.server.url + '/');
  await page.getByTestId('leaderboard').waitFor();
  expect(await page.getByTestId('today-card').count()).toBe(0);
  await context.close();
});
