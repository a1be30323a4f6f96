// A JSON POST to /graphql is answered at the head of Express's chain (server/graphql-post.ts) and
// must get exactly what the chain gives it. `/graphql?chain` still goes down the chain (a query
// string is not taken by the head: Apollo reads a POST's body, never its query string), so each
// request below is sent both ways and the answers compared: status, body and every header but the
// date. The request log's line is compared too.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { pino } from 'pino';
import { gunzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
let lines: Array<{ level: number; msg?: string; req?: { id: string; method: string; url: string }; res?: { statusCode: number }; responseTime?: number }> = [];

beforeAll(async () => {
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as (typeof lines)[number]) });
  server = await startTestServer(undefined, { log, corsOrigins: ['https://partner.example'] });
});
afterAll(async () => {
  await server.stop();
});

interface Sent {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** The raw answer (no decompression: the encoding is compared too). */
async function post(path: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Sent> {
  const { request } = await import('node:http');
  const url = new URL(path, server.url);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const h = { ...res.headers } as Record<string, string>;
        delete h.date;
        resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The same request through the head and down the chain: the same answer. */
async function bothWays(body: string | Buffer, headers: Record<string, string> = {}): Promise<Sent> {
  const chain = await post('/graphql?chain', body, headers);
  const head = await post('/graphql', body, headers);
  expect(head.status).toBe(chain.status);
  // The framing may differ: the chain answers some bodies chunked (compression's end writes the
  // head before the body), the head sends their length. The bytes are the same either way.
  const framed = ({ 'content-length': _length, 'transfer-encoding': _chunked, ...rest }: Record<string, string>) => rest;
  expect(framed(head.headers)).toEqual(framed(chain.headers));
  expect(head.body.equals(chain.body)).toBe(true);
  return head;
}

const json = (s: Sent) => JSON.parse((s.headers['content-encoding'] === 'gzip' ? gunzipSync(s.body) : s.body).toString('utf8')) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };

describe('a JSON POST to /graphql answered at the head of the chain', () => {
  test('a query, a refused mutation and a document that does not validate', async () => {
    // Not a public board's query: each way runs it (a board's answer is stored, tested below).
    expect(json(await bothWays(JSON.stringify({ query: '{ me { id } }' }))).data).toEqual({ me: null });
    const refused = json(await bothWays(JSON.stringify({ query: 'mutation { rateRecommendation(orderId: "o", stars: 5, heldUp: true) { feedback { id } } }' })));
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const invalid = await bothWays(JSON.stringify({ query: '{ nope }' }));
    expect(invalid.status).toBe(400);
    expect(json(invalid).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('the errors in the language asked for, and a Bearer token that is not a session', async () => {
    const zh = await bothWays(JSON.stringify({ query: '{ nope }' }), { 'accept-language': 'zh-CN' });
    expect(zh.headers['content-language'] ?? zh.headers.vary).toBeDefined();
    await bothWays(JSON.stringify({ query: '{ me { id } }' }), { authorization: 'Bearer not-a-token' });
  });

  test('bodies the parser refuses: not JSON, not an object, too deep, too large; and the ones it takes', async () => {
    const code = async (body: string | Buffer, status: number, headers?: Record<string, string>) => {
      const s = await bothWays(body, headers);
      expect(s.status).toBe(status);
      return json(s).errors?.[0];
    };
    expect((await code('{"query": ', 400))?.message).toMatch(/not valid JSON/);
    expect((await code('"just a string"', 400))?.message).toMatch(/not valid JSON/);
    expect((await code(`{"query":"{ __typename }","variables":{"x":${'['.repeat(40)}${']'.repeat(40)}}}`, 400))?.message).toMatch(/nests its JSON too deeply/);
    expect((await code(JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(120_000) }), 413))?.message).toMatch(/too large/);
    // Empty: read as {}, which Apollo refuses itself.
    expect(await code('', 400)).toBeDefined();
    // A byte order mark and an explicit UTF-8 charset are read as without them.
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ query: '{ me { id } }' }))]);
    expect(json(await bothWays(bom)).data).toEqual({ me: null });
    expect(json(await bothWays(JSON.stringify({ query: '{ me { id } }' }), { 'content-type': 'application/json; charset=UTF-8' })).data).toEqual({ me: null });
  });

  test('an answer from its threshold up is compressed as the chain compresses it; CORS as the chain answers it', async () => {
    const big = await bothWays(JSON.stringify({ query: '{ __schema { types { name description } } }' }), { 'accept-encoding': 'gzip' });
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(big.headers.vary).toBe('Accept-Language, Cookie, Authorization, Accept-Encoding');
    expect(gunzipSync(big.body).length).toBeGreaterThan(1024);
    const small = await bothWays(JSON.stringify({ query: '{ me { id } }' }), { 'accept-encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    const partner = await bothWays(JSON.stringify({ query: '{ me { id } }' }), { origin: 'https://partner.example' });
    expect(partner.headers['access-control-allow-origin']).toBe('https://partner.example');
    const stranger = await bothWays(JSON.stringify({ query: '{ me { id } }' }), { origin: 'https://stranger.example' });
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
    expect(stranger.headers['content-security-policy']).toContain("default-src 'self'");
  });

  test('a stored signed-out answer is served as the chain serves it', async () => {
    const board = JSON.stringify({ query: '{ leaderboard(first: 5) { edges { node { position } } } }' });
    // The first runs it (Express's res.send gives it an ETag) and stores it; then both ways find it.
    expect((await post('/graphql?chain', board)).headers.etag).toBeDefined();
    const stored = await bothWays(board);
    expect(stored.headers.etag).toBeUndefined();
    expect(json(stored).data).toEqual({ leaderboard: { edges: [] } });
    // The head answered it (not the chain, which sends a stored answer chunked).
    expect(stored.headers['content-length']).toBe(String(stored.body.length));
    expect((await post('/graphql?chain', board)).headers['transfer-encoding']).toBe('chunked');
  });

  test('each request is logged once, as the chain logs it, under the id it brought', async () => {
    lines = [];
    await post('/graphql', JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': 'head-1' });
    await post('/graphql?chain', JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': 'chain-1' });
    const logged = (id: string) => lines.filter((l) => l.req?.id === id);
    expect(logged('head-1')).toHaveLength(1);
    expect(logged('chain-1')).toHaveLength(1);
    const [head, chain] = [logged('head-1')[0]!, logged('chain-1')[0]!];
    expect({ ...head, req: { ...head.req, url: '/graphql?chain', id: 'chain-1' }, responseTime: 0, time: 0 }).toEqual({ ...chain, responseTime: 0, time: 0 });
    expect(head.msg).toBe('request completed');
  });
});
