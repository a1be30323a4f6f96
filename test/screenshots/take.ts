// `npm run screenshots`: the README's pictures, taken from the demo market that `npm start`
// loads — real names, today's dates, the network as a newcomer meets it — never from test data.
// It starts its own server on a fresh embedded Neo4j (test/support/demo-server.ts), drives
// Debian's Chromium through each page at a desktop and a phone size, in English and Simplified
// Chinese, and writes docs/screenshots/<name>.png. The browser tests write theirs elsewhere
// (test-output/screenshots), so only this script changes the README's pictures.
//
// Robust to what other parts add: it finds its subjects through the public API (the top of the
// leaderboard, that member's first recommended product, the demo admin) and waits for each
// page's own content, not for fixed delays. A shot that fails is reported and the others are
// still taken; the exit code is non-zero if any failed.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startDemoServer } from '../support/demo-server';
import { DEMO_PASSWORD } from '../../server/seed/demo';

const OUT = path.resolve(process.cwd(), 'docs', 'screenshots');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Subjects {
  /** The leaderboard's first recommender: a full pocket shop, commissions in every status. */
  topHandle: string;
  productId: string;
  /** That member's recommendation of that product: the page a shared link opens. */
  shareCode: string;
}

interface Shot {
  name: string;
  path: (s: Subjects) => string;
  viewport: { width: number; height: number };
  locale: 'en-US' | 'zh-CN';
  /** Sign in as this demo account first; `newcomer`: sign a new member up instead. */
  as?: (s: Subjects) => string;
  newcomer?: boolean;
  /** What shows the page has its content. */
  ready: string;
  /** Something to do before the picture (open a detail). */
  then?: (page: Page) => Promise<void>;
}

const top = (s: Subjects) => s.topHandle;
const SHOTS: Shot[] = [
  { name: 'leaderboard', path: () => '/', viewport: DESKTOP, locale: 'en-US', ready: '[data-testid="leaderboard-row"]' },
  { name: 'leaderboard-phone', path: () => '/', viewport: PHONE, locale: 'en-US', ready: '[data-testid="leaderboard-row"]' },
  { name: 'leaderboard-zh', path: () => '/', viewport: DESKTOP, locale: 'zh-CN', ready: '[data-testid="leaderboard-row"]' },
  { name: 'leaderboard-phone-zh', path: () => '/', viewport: PHONE, locale: 'zh-CN', ready: '[data-testid="leaderboard-row"]' },
  { name: 'member', path: (s) => `/m/${s.topHandle}`, viewport: DESKTOP, locale: 'en-US', ready: '.member-header' },
  { name: 'member-phone-zh', path: (s) => `/m/${s.topHandle}`, viewport: PHONE, locale: 'zh-CN', ready: '.member-header' },
  { name: 'product', path: (s) => `/p/${s.productId}`, viewport: DESKTOP, locale: 'en-US', ready: 'main h1' },
  { name: 'product-phone-zh', path: (s) => `/p/${s.productId}`, viewport: PHONE, locale: 'zh-CN', ready: 'main h1' },
  { name: 'me', path: () => '/me', viewport: DESKTOP, locale: 'en-US', as: top, ready: 'main h1' },
  {
    name: 'commissions',
    path: () => '/me/commissions',
    viewport: DESKTOP,
    locale: 'en-US',
    as: top,
    ready: '[data-testid="commission"]',
    then: async (page) => {
      await page.locator('[data-testid="commission"] summary').first().click();
      await page.getByTestId('commission-explanation').first().waitFor();
    },
  },
  { name: 'commissions-phone-zh', path: () => '/me/commissions', viewport: PHONE, locale: 'zh-CN', as: top, ready: '[data-testid="commission-totals"]' },
  // The demo leaves the flags of its last two days open, for the admin to review.
  { name: 'admin', path: () => '/admin', viewport: DESKTOP, locale: 'en-US', as: () => 'admin', ready: '[data-testid="fraud-flag"]' },
  { name: 'search', path: () => '/search?q=feng', viewport: DESKTOP, locale: 'en-US', ready: '.result-row' },
  { name: 'how-trust-works', path: (s) => `/how-trust-works?m=${s.topHandle}`, viewport: DESKTOP, locale: 'en-US', ready: 'main h1' },
  {
    name: 'help-phone',
    path: (s) => `/m/${s.topHandle}`,
    viewport: PHONE,
    locale: 'zh-CN',
    ready: '.member-header .help-button',
    then: async (page) => {
      await page.locator('.member-header .help-button').first().click();
      await page.locator('.help-tip:not([hidden])').first().waitFor();
    },
  },
  {
    name: 'share-phone',
    path: (s) => `/r/${s.shareCode}`,
    viewport: PHONE,
    locale: 'en-US',
    ready: 'main h1',
    then: async (page) => {
      await page.locator('main button[aria-haspopup="dialog"]').first().click();
      await page.getByTestId('share-dialog').waitFor();
      await page.locator('[data-testid="share-dialog"] img').last().waitFor();
    },
  },
  { name: 'first-steps', path: () => '/me', viewport: DESKTOP, locale: 'en-US', newcomer: true, ready: '[data-testid="first-steps"]' },
  { name: 'account-profile', path: () => '/account', viewport: DESKTOP, locale: 'en-US', as: top, ready: 'main form' },
  { name: 'account-sessions', path: () => '/account/sessions', viewport: DESKTOP, locale: 'en-US', as: top, ready: '.session-item' },
];

async function graphql<T>(url: string, query: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function findSubjects(url: string): Promise<Subjects> {
  const board = await graphql<{ leaderboard: { edges: { node: { member: { handle: string } } }[] } }>(url, '{ leaderboard(first: 1) { edges { node { member { handle } } } } }');
  const topHandle = board.leaderboard.edges[0]?.node.member.handle;
  if (!topHandle) throw new Error('the leaderboard is empty: the demo market did not load');
  const shop = await graphql<{ memberRecommendations: { edges: { node: { code: string; product: { id: string } } }[] } }>(
    url,
    `{ memberRecommendations(handle: ${JSON.stringify(topHandle)}, first: 1) { edges { node { code product { id } } } } }`,
  );
  const productId = shop.memberRecommendations.edges[0]?.node.product.id;
  const shareCode = shop.memberRecommendations.edges[0]?.node.code;
  if (!productId || !shareCode) throw new Error(`@${topHandle} recommends nothing`);
  return { topHandle, productId, shareCode };
}

async function take(browser: Browser, url: string, subjects: Subjects, shot: Shot): Promise<void> {
  const context = await browser.newContext({ viewport: shot.viewport, locale: shot.locale, deviceScaleFactor: shot.viewport === PHONE ? 2 : 1 });
  context.setDefaultTimeout(30_000);
  try {
    if (shot.as) {
      // The app's own sign-in, through the API: the session cookie lands in this context.
      const res = await context.request.post(`${url}/graphql`, {
        data: {
          query: 'mutation ($input: SignInInput!) { signIn(input: $input) { member { id } } }',
          variables: { input: { handleOrEmail: shot.as(subjects), password: DEMO_PASSWORD } },
        },
      });
      if (!res.ok() || (await res.json()).errors) throw new Error(`signing in as ${shot.as(subjects)} failed`);
    }
    if (shot.newcomer) {
      // A member who has just signed up, as the first-steps panel greets them.
      const handle = `newcomer_${Date.now().toString(36)}`;
      const res = await context.request.post(`${url}/graphql`, {
        data: {
          query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { member { id } } }',
          variables: { input: { handle, displayName: 'Lin Xiaoyu', email: `${handle}@example.com`, password: 'plum blossom tea kettle 1987' } },
        },
      });
      if (!res.ok() || (await res.json()).errors) throw new Error('signing a newcomer up failed');
    }
    const page = await context.newPage();
    await page.goto(url + shot.path(subjects));
    await page.locator(shot.ready).first().waitFor();
    await shot.then?.(page);
    // Fonts and the last answers settle before the picture is what a person sees.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(OUT, `${shot.name}.png`), fullPage: false });
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startDemoServer('screenshots');
  let failed = 0;
  try {
    const subjects = await findSubjects(server.url);
    const browser = await launchBrowser();
    try {
      for (const shot of SHOTS) {
        try {
          await take(browser, server.url, subjects, shot);
          console.log(`docs/screenshots/${shot.name}.png`);
        } catch (error) {
          failed += 1;
          console.error(`${shot.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
  if (failed > 0) process.exitCode = 1;
}

await main();
