// The bad-input corpus through the GraphQL API (issue 8): every case in test/support/bad-input-*.ts
// is one test, named after it. Each must come back as the typed refusal it names, below 500, with
// nothing internal in the body, and leave the whole database exactly as it was.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup } from '../support/factories';
import { databaseFingerprint, expectRefusal, sendCase, type ApiCase, type BadInputWorld } from '../support/bad-input-kit';
import { makeBadInputWorld } from '../support/bad-input-world';
import { memberCases } from '../support/bad-input-members';
import { productCases, scalarCases } from '../support/bad-input-products';
import { orderCases } from '../support/bad-input-orders';
import { feedbackCases, recommendationCases } from '../support/bad-input-recommendations';
import { adminCases } from '../support/bad-input-admin';
import { paginationCases } from '../support/bad-input-pagination';

let server: TestServer;
let world: BadInputWorld;

beforeAll(async () => {
  server = await startTestServer();
  world = await makeBadInputWorld(server);
}, 180_000);
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const GROUPS: [string, ApiCase[]][] = [
  ['members', memberCases],
  ['products', productCases],
  ['scalars', scalarCases],
  ['orders', orderCases],
  ['recommendations', recommendationCases],
  ['feedback', feedbackCases],
  ['commissions and admin', adminCases],
  ['pagination and cursors', paginationCases],
];

test('the corpus holds at least 200 refusals, each named once', () => {
  const names = GROUPS.flatMap(([group, cases]) => cases.map((c) => `${group}/${c.name}`));
  expect(names.length).toBeGreaterThanOrEqual(200);
  expect(new Set(names).size).toBe(names.length);
});

for (const [group, cases] of GROUPS) {
  describe(`bad input: ${group}`, () => {
    test.each(cases)('$name → $code', async (c) => {
      const before = await databaseFingerprint(server.graph);
      const answer = await sendCase(server.url, world, c);
      expectRefusal(answer, c.code, c.message);
      expect(await databaseFingerprint(server.graph)).toEqual(before);
    });
  });
}
