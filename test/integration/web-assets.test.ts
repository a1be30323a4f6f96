// How the built web app reaches a phone (issue 6, Lighthouse): the app shell is revalidated,
// hashed assets are cached for good, and the JavaScript a first visit loads before it can render
// holds the leaderboard and the member page and nothing they do not need (no Chinese messages,
// no other page's operations, no GraphQL parser). Needs web/dist: `npm test` builds it first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { WEB_DIST } from '../../server/app';

let server: TestServer;
const indexHtml = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
/** The entry script and its modulepreloads: what runs before the first render. */
const firstLoad = [...indexHtml.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('caching', () => {
  test('the app shell is not kept: a new release is picked up on the next visit', async () => {
    const res = await fetch(`${server.url}/products`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control') ?? '').not.toContain('immutable');
    expect(await res.text()).toContain('<div id="root">');
  });

  test('hashed assets are cached for a year and never revalidated', async () => {
    expect(firstLoad.length).toBeGreaterThan(0);
    for (const file of firstLoad) {
      const res = await fetch(`${server.url}/${file}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  test('a hashed file that is not there is a 404, not the app shell', async () => {
    const res = await fetch(`${server.url}/assets/MemberPage-from-an-old-release.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  test('other static files keep the short cache', async () => {
    const res = await fetch(`${server.url}/graphiql.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  test('scripts travel gzip-compressed', async () => {
    const largest = [...firstLoad].sort((a, b) => readFileSync(path.join(WEB_DIST, b)).length - readFileSync(path.join(WEB_DIST, a)).length)[0]!;
    const res = await fetch(`${server.url}/${largest}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });
});

describe('what a first visit loads', () => {
  const code = () => firstLoad.map((file) => readFileSync(path.join(WEB_DIST, file), 'utf8')).join('\n');

  test('the leaderboard and its operations are there', () => {
    expect(code()).toContain('LeaderboardRow_row');
    expect(code()).toContain('NetworkSummary');
  });

  test('Chinese messages are fetched only when Chinese is in use', () => {
    expect(code()).not.toContain('排行榜');
  });

  // The two pages people land on from outside (the board, a shared member link) ship with the
  // entry: a cold member page would otherwise fetch four chunks of its own before its first paint.
  test('the member page and its operations are there too', () => {
    expect(code()).toContain('MemberPage');
    expect(code()).toMatch(/[`"']PocketShop[`"']/);
  });

  test("other pages' operations stay in their own chunks", () => {
    for (const operation of ['SupplierOrders', 'FraudFlags', 'MyCommissions', 'MyOrders', 'PlaceOrder', 'ProductPage']) {
      expect(code()).not.toMatch(new RegExp(`[\`"']${operation}[\`"']`));
    }
  });

  test('the GraphQL parser and GraphiQL are not on the way (documents are precompiled)', () => {
    expect(code()).not.toContain('Syntax Error: ');
    expect(firstLoad.some((f) => /graphiql|codemirror/i.test(f))).toBe(false);
  });
});
