// The bad-input corpus below GraphQL (issue 8): oversized and malformed bodies, batching,
// documents that do not parse or validate, cross-site shaped requests. Each is a 4xx with a JSON
// error carrying the expected code, nothing internal, and nothing written.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { pino } from 'pino';
import { startTestServer, type TestServer } from '../support/test-server';
import { databaseFingerprint, expectRefusal, send } from '../support/bad-input-kit';
import { transportCases } from '../support/bad-input-transport';

let server: TestServer;
/** What the server logged at warn or above: a client's malformed request is never logged as an error. */
let logged: { level: number; msg?: string; err?: unknown }[] = [];

beforeAll(async () => {
  const log = pino({ level: 'warn' }, { write: (line: string) => void logged.push(JSON.parse(line) as { level: number }) });
  server = await startTestServer(undefined, { log });
});
beforeEach(() => {
  logged = [];
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
    expect(logged.filter((line) => line.level >= 50)).toEqual([]);
  });

  test('a body nested exactly to the limit is answered', async () => {
    // {"query", "variables": {"x": [[…30…]]}}: the body, the variables and 30 lists = 32 levels.
    const body = `{"query":"query ($first: Int) { leaderboard(first: $first) { edges { node { position } } } }","variables":{"first":1,"x":${'['.repeat(30)}${']'.repeat(30)}}}`;
    const answer = await send(server.url, { body });
    expect(answer.json?.errors).toBeUndefined();
    expect(answer.status).toBe(200);
  });
});
