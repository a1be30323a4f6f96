// My account in Chromium: edit the profile, see and end sessions, change the password, and the
// whole reset journey — ask on the sign-in page, read the mail that reached a real SMTP server on
// loopback, open its link, choose a new password — after which the old sessions are gone.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember } from '../support/factories';
import { ApiClient } from '../support/graphql-client';
import { resetTokenIn, startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { smtpMailer } from '../../server/mail/mailer';
import { hashPassword } from '../../server/auth/passwords';
import { newContext, screenshot, type Harness } from './support';

const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'violet tractor lantern';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const ME = '{ me { id } }';

let h: Harness;
let smtp: SmtpSink;
let passwordHash: string;

beforeAll(async () => {
  smtp = await startSmtpSink();
  // Links in mail point at the public address; the test opens the same path on its own server.
  const server: TestServer = await startTestServer(new Date(), {
    firstPaintBudgetMs: 30_000,
    mailer: smtpMailer(smtp.url, 'Trustline <no-reply@trustline.test>'),
    publicOrigin: 'http://trustline.test',
  });
  const browser: Browser = await launchBrowser();
  h = { server, browser };
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  if (h) await cleanup(h.server.graph);
  await h?.browser.close();
  await h?.server.stop();
  await smtp?.stop();
});

const member = () => createMember(h.server.graph, h.server.url, { passwordHash, now: h.server.clock.now() });

/** A second session of the member, opened through the API from a phone. */
async function phoneSession(handle: string): Promise<ApiClient> {
  const phone = new ApiClient(h.server.url);
  phone.headers = { 'user-agent': IPHONE };
  await phone.ok('mutation($i: SignInInput!) { signIn(input: $i) { token } }', { i: { handleOrEmail: handle, password: PASSWORD } });
  return phone;
}
const meOf = async (api: ApiClient) => (await api.ok<{ me: { id: string } | null }>(ME)).me?.id ?? null;

test('a member edits their profile: name, bio and the language of their mail; the avatar has its place', async () => {
  const m = await member();
  const context = await newContext(h, { as: m });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/account`);
  await page.getByRole('heading', { level: 2, name: 'Profile' }).waitFor();
  await page.getByTestId('avatar-slot').waitFor();
  await page.getByLabel('Display name').fill('Ada Lovelace');
  await page.getByLabel('About me (optional)').fill('Engines, tea and honest reviews.');
  await page.getByLabel('Language of mail from Trustline').selectOption('zh-CN');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await screenshot(page, 'account-profile');
  await page.reload();
  await page.waitForFunction(() => (document.querySelector('input[name="displayName"]') as HTMLInputElement | null)?.value === 'Ada Lovelace');
  expect(await page.getByLabel('About me (optional)').inputValue()).toBe('Engines, tea and honest reviews.');
  expect(await page.getByLabel('Language of mail from Trustline').inputValue()).toBe('zh-CN');
  await context.close();
});

test('a member sees where they are signed in, this device marked, and signs a phone out', async () => {
  const m = await member();
  const phone = await phoneSession(m.handle);
  const context = await newContext(h, { as: m });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/account/sessions`);
  const rows = page.getByTestId('sessions').getByRole('listitem');
  await page.getByText('Safari 17 · iOS 17.5 · mobile').waitFor();
  expect(await rows.count()).toBe(2);
  expect(await rows.filter({ hasText: 'This device' }).count()).toBe(1);
  await screenshot(page, 'account-sessions');
  await rows.filter({ hasText: 'iOS' }).getByRole('button', { name: 'Sign out there' }).click();
  await page.getByText('Safari 17 · iOS 17.5 · mobile').waitFor({ state: 'detached' });
  expect(await rows.count()).toBe(1);
  expect(await meOf(phone)).toBeNull();
  await context.close();
});

test('a member changes the password; the phone is signed out, this browser stays in', async () => {
  const m = await member();
  const phone = await phoneSession(m.handle);
  const context = await newContext(h, { as: m });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/account/password`);
  await page.getByLabel('Current password').fill('not the password at all');
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('New password again').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByRole('alert').filter({ hasText: 'this is not your current password' }).waitFor();
  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByRole('status').filter({ hasText: 'You were signed out on 1 other device.' }).waitFor();
  expect(await meOf(phone)).toBeNull();
  await page.goto(`${h.server.url}/account/sessions`);
  await page.getByText('This device').waitFor();
  await context.close();
});

test('a lost password: ask on the sign-in page → the mail → its link → a new password; every old session is gone', async () => {
  const m = await member();
  const phone = await phoneSession(m.handle);
  const context = await newContext(h);
  const page = await context.newPage();
  await page.goto(`${h.server.url}/signin`);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
  await page.getByLabel('Handle or email').fill(m.handle);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await page.getByTestId('reset-requested').waitFor();

  const mail = await smtp.nextTo(m.email);
  expect(mail.text).toContain('http://trustline.test/account/reset#token=');
  await page.goto(`${h.server.url}/account/reset#token=${resetTokenIn(mail.text)}`);
  await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
  // The token leaves the address bar as soon as the page has read it.
  expect(new URL(page.url()).hash).toBe('');
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('New password again').fill(NEW_PASSWORD);
  await screenshot(page, 'account-reset');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await page.getByTestId('reset-done').waitFor();
  expect(await meOf(phone)).toBeNull();
  expect(await meOf(m.api)).toBeNull();

  await page.getByRole('link', { name: 'Sign in' }).last().click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Handle or email').fill(m.handle);
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await page.waitForURL(`${h.server.url}/`);
  await context.close();
});

test('the account pages in Chinese', async () => {
  const m = await member();
  const context = await newContext(h, { as: m, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.setItem('trustline.language', 'zh-CN'));
  await page.goto(`${h.server.url}/account/sessions`);
  await page.getByRole('heading', { level: 2, name: '你在哪些设备上登录' }).waitFor();
  await page.getByText('本设备').waitFor();
  await context.close();
});

test('a member keeps delivery addresses: one in China, one abroad; edits and removes them', async () => {
  const m = await member();
  const context = await newContext(h, { as: m });
  const page = await context.newPage();
  await page.goto(`${h.server.url}/account/addresses`);
  await page.getByRole('heading', { level: 2, name: 'Delivery addresses' }).waitFor();
  await page.getByText('No addresses yet.').waitFor();

  await page.getByRole('button', { name: 'Add an address' }).click();
  await page.getByLabel('Recipient').fill('王小明');
  await page.getByLabel('Phone').fill('021-12345678');
  await page.getByLabel('Province').fill('上海市');
  await page.getByLabel('City').fill('上海市');
  await page.getByLabel('District or county').fill('浦东新区');
  await page.getByLabel('Street, number, building and flat').fill('世纪大道 100 号 8 楼');
  await page.getByRole('button', { name: 'Save' }).click();
  // A landline cannot take the courier's text: the server says which field and why.
  await page.getByRole('alert').filter({ hasText: 'Phone must be an 11-digit mainland mobile number starting with 1.' }).waitFor();
  await page.getByLabel('Phone').fill('138 0013 8000');
  await page.getByRole('button', { name: 'Save' }).click();
  const rows = page.getByTestId('addresses').getByTestId('address');
  await rows.filter({ hasText: '上海市浦东新区世纪大道 100 号 8 楼' }).waitFor();

  await page.getByRole('button', { name: 'Add an address' }).click();
  await page.getByLabel('Country or region').selectOption('DE');
  await page.getByLabel('Recipient').fill('Ada Lovelace');
  await page.getByLabel('Phone').fill('+49 30 1234567');
  await page.getByLabel('City').fill('Berlin');
  await page.getByLabel('Street, number, building and flat').fill('Unter den Linden 1');
  await page.getByLabel('Postcode (optional)').fill('10117');
  await page.getByRole('button', { name: 'Save' }).click();
  await rows.filter({ hasText: 'Unter den Linden 1, Berlin, 10117, Germany' }).waitFor();
  await screenshot(page, 'account-addresses');

  await rows.filter({ hasText: 'Berlin' }).getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Street, number, building and flat').fill('Unter den Linden 2');
  await page.getByRole('button', { name: 'Save' }).click();
  await rows.filter({ hasText: 'Unter den Linden 2' }).waitFor();
  await rows.filter({ hasText: 'Berlin' }).getByRole('button', { name: 'Remove' }).click();
  await rows.filter({ hasText: 'Berlin' }).waitFor({ state: 'detached' });
  expect(await rows.count()).toBe(1);
  await context.close();
});
