// What an operator watches (issue 29): Prometheus metrics at /metrics that move with the traffic
// they describe, who may read them, and /readyz beside /healthz.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { SCHEMA_VERSION } from '../../graph/schema';

const TOKEN = 'scraper-token-0123456789';
let server: TestServer;
let stopping: string | undefined;

beforeAll(async () => {
  server = await startTestServer(undefined, { metricsToken: TOKEN, readiness: { notReadyBecause: () => stopping } });
});
afterAll(async () => {
  await server.stop();
});

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<Response> {
  return fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
}

async function scrape(headers: Record<string, string> = {}): Promise<{ status: number; text: string; type: string | null }> {
  const res = await fetch(`${server.url}/metrics`, { headers });
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') };
}

/** The value of one sample, e.g. `trustline_graphql_errors_total{code="BAD_USER_INPUT"}`; 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('/metrics', () => {
  test('counts GraphQL operations by root field, errors by code, HTTP requests by route kind, and cache hits', async () => {
    const before = (await scrape()).text;
    const board = '{ leaderboard(first: 5) { edges { node { position } } } }';
    expect((await graphql(board)).status).toBe(200);
    expect((await graphql(board)).status).toBe(200);
    // A refused input: counted under its code.
    const refused = await graphql('query($h: String!) { member(handle: $h) { id } }', { h: 'x'.repeat(500) });
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    // Not even GraphQL: counted as an unknown operation.
    await graphql('{ leaderboard(');

    const { status, text, type } = await scrape();
    expect(status).toBe(200);
    expect(type).toContain('text/plain');
    const grew = (series: string) => sample(text, series) - sample(before, series);
    // The second identical signed-out board is answered whole from the cache of public answers,
    // before GraphQL runs: a cache hit and an HTTP request, not an operation.
    expect(grew('trustline_graphql_operations_total{type="query",field="leaderboard"}')).toBe(1);
    expect(grew('trustline_cache_lookups_total{cache="public-answers",result="hit"}')).toBe(1);
    expect(grew('trustline_graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
    expect(grew('trustline_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"}')).toBe(1);
    expect(grew('trustline_graphql_operations_total{type="unknown",field="none"}')).toBe(1);
    expect(grew('trustline_http_requests_total{route="graphql",method="POST",status="2xx"}')).toBeGreaterThanOrEqual(2);
    expect(grew('trustline_http_requests_total{route="graphql",method="POST",status="4xx"}')).toBeGreaterThanOrEqual(1);
    expect(grew('trustline_http_request_duration_seconds_count{route="graphql"}')).toBeGreaterThanOrEqual(4);
    expect(sample(text, 'trustline_neo4j_up')).toBe(1);
    expect(sample(text, 'trustline_neo4j_pool_max_connections')).toBe(100);
    expect(text).toContain('trustline_neo4j_sessions_in_use');
    // The process's own: heap, event loop lag.
    expect(text).toContain('trustline_nodejs_heap_size_used_bytes');
    expect(text).toContain('trustline_nodejs_eventloop_lag_seconds');
  });

  test('labels come from the server, not the client: an operation name does not become a series', async () => {
    await graphql('query ClientChoseThisName_abc123 { __typename }');
    const { text } = await scrape();
    expect(text).not.toContain('ClientChoseThisName_abc123');
    expect(sample(text, 'trustline_graphql_operations_total{type="query",field="__typename"}')).toBeGreaterThanOrEqual(1);
  });

  test('a request relayed by a proxy needs the bearer token; without it the route is not there', async () => {
    const relayed = { 'x-forwarded-for': '203.0.113.9' };
    expect((await scrape(relayed)).status).toBe(404);
    expect((await scrape({ ...relayed, authorization: 'Bearer wrong-token-0123456789' })).status).toBe(404);
    const allowed = await scrape({ ...relayed, authorization: `Bearer ${TOKEN}` });
    expect(allowed.status).toBe(200);
    expect(allowed.text).toContain('trustline_http_requests_total');
  });
});

describe('/readyz', () => {
  test('ready when the database answers at this server’s schema version; not ready while stopping', async () => {
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toEqual({ status: 'ready', schemaVersion: SCHEMA_VERSION });

    stopping = 'The server is stopping.';
    try {
      const notReady = await fetch(`${server.url}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ status: 'not ready', reason: 'The server is stopping.' });
    } finally {
      stopping = undefined;
    }
  });
});
