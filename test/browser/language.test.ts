// The language switch: English ↔ 简体中文, remembered across a reload, with <html lang> following.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { newContext, startHarness, stopHarness, type Harness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await stopHarness(h ?? {});
});

test('switching to 简体中文 translates the app and survives a reload', async () => {
  const context = await newContext(h, { locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(h.server.url);
  await page.getByRole('heading', { level: 1, name: 'Most trusted recommenders' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');

  await page.getByLabel('Language').selectOption('zh-CN');
  await page.getByRole('heading', { level: 1, name: '最受信任的推荐者' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  expect(await page.getByRole('tab', { name: '全站' }).getAttribute('aria-selected')).toBe('true');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: '最受信任的推荐者' }).waitFor();
  await page.getByRole('link', { name: '商品' }).click();
  await page.getByRole('heading', { level: 1, name: '商品' }).waitFor();

  await page.getByLabel('语言').selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
  await context.close();
});

test('a browser that prefers Chinese starts in 简体中文', async () => {
  const context = await newContext(h, { locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(h.server.url);
  await page.getByRole('heading', { level: 1, name: '最受信任的推荐者' }).waitFor();
  await context.close();
});

test("the server's error sentences follow the app's language, not the browser's", async () => {
  // An English browser, switched to 简体中文 in the app: the app says so with each request.
  const context = await newContext(h, { locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/signin`);
  await page.getByLabel('Language').selectOption('zh-CN');
  await page.getByLabel('用户名或邮箱').fill('no_such_member');
  await page.getByLabel('密码').fill('not the password');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: '用户名或密码错误。' }).waitFor();
  // The server's sentence alone: no "请先登录。" (please sign in) in front of it on the sign-in page.
  expect((await page.getByRole('alert').textContent())?.trim()).toBe('用户名或密码错误。');

  await page.getByLabel('语言').selectOption('en');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Handle or password is wrong.' }).waitFor();
  await context.close();
});
