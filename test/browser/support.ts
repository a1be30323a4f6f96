// What the browser journeys share: one server and one Chromium per file, a way to open a page
// already signed in as a factory member (their session token in the app's cookie), screenshots
// under test-output/screenshots (never docs/screenshots), and the clean-up of members that signed up through the UI.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/test-server';
import { createMember, track, type TestMember } from '../support/factories';

// Not docs/screenshots: the README's pictures come from the demo market (`npm run screenshots`),
// never from test data; these are for a person looking into a failed or changed journey.
export const SCREENSHOTS = path.resolve(process.cwd(), 'test-output', 'screenshots');
const SESSION_COOKIE = 'tl_session';

export interface Harness {
  server: TestServer;
  browser: Browser;
}

export async function startHarness(): Promise<Harness> {
  // The server's clock starts at the real time: the browser judges the session cookie's expiry
  // (set from the server clock) by its own clock, so a clock in the past would sign nobody in.
  // A generous first-paint budget: a loaded test machine must not turn the pages' shipped
  // answers into the fallback (first-paint.test.ts tests the budget itself).
  const server = await startTestServer(new Date(), { firstPaintBudgetMs: 30_000 });
  const browser = await launchBrowser();
  return { server, browser };
}

export async function stopHarness(h: Partial<Harness>): Promise<void> {
  await h.browser?.close();
  await h.server?.stop();
}

/** A fresh browser context (own cookies and storage), English unless told, desktop unless told. */
export async function newContext(
  h: Harness,
  opts: { as?: TestMember; viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<BrowserContext> {
  const context = await h.browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 900 }, locale: opts.locale ?? 'en-US' });
  context.setDefaultTimeout(20_000);
  if (opts.as) await context.addCookies([{ name: SESSION_COOKIE, value: opts.as.token, url: h.server.url }]);
  return context;
}

export async function openPage(h: Harness, pathname: string, opts: Parameters<typeof newContext>[1] = {}): Promise<Page> {
  const context = await newContext(h, opts);
  const page = await context.newPage();
  await page.goto(h.server.url + pathname);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Wait for fonts and images so the picture is what a person sees.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** Registers a member created through the sign-up form so the factories' cleanup deletes it. */
export async function trackSignedUp(server: TestServer, handle: string): Promise<string> {
  const id = await server.graph.read(async (tx) => {
    const r = await tx.run('MATCH (m:Member {handleKey: toLower($handle)}) RETURN m.id AS id', { handle });
    return r.records[0]?.get('id') as string | undefined;
  });
  if (!id) throw new Error(`no member @${handle}`);
  track(id);
  return id;
}

/** Gives a member a trust state directly (the trust maths has its own tests). */
export async function setTrust(server: TestServer, memberId: string, rankKey: number, score: number, confidence = 0.6): Promise<void> {
  await server.graph.write((tx) =>
    tx.run('MATCH (m:Member {id: $id}) SET m.trustRankKey = $rankKey, m.trustScore = $score, m.trustConfidence = $confidence, m.trustIsNew = false', {
      id: memberId,
      rankKey,
      score,
      confidence,
    }),
  );
}

/** A factory member whose session and timestamps follow the server's clock. */
export function member(h: Harness, opts: Omit<NonNullable<Parameters<typeof createMember>[2]>, 'now'> = {}): Promise<TestMember> {
  return createMember(h.server.graph, h.server.url, { ...opts, now: h.server.clock.now() });
}

/** The names of the GraphQL operations the page asks for from now on, as they are sent (a live list). */
export function askedOperations(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/graphql') asked.push((r.postDataJSON() as { operationName?: string } | null)?.operationName ?? '?');
  });
  return asked;
}
