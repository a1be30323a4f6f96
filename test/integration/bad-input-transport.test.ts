// The bad-input corpus below GraphQL (issue 8): oversized and malformed bodies, batching,
// documents that do not parse or validate, cross-site shaped requests. Each is a 4xx with a JSON
// error carrying the expected code, nothing internal, and nothing written.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { databaseFingerprint, expectRefusal, send } from '../support/bad-input-kit';
import { transportCases } from '../support/bad-input-transport';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('bad input: transport', () => {
  test.each(transportCases)('$name → $status $code', async (c) => {
    const before = await databaseFingerprint(server.graph);
    const body = typeof c.body === 'function' ? c.body() : c.body;
    const answer = await send(server.url, { method: c.method, search: c.search, headers: c.headers, body });
    expect(answer.status).toBe(c.status);
    expectRefusal(answer, c.code);
    expect(await databaseFingerprint(server.graph)).toEqual(before);
  });
});
