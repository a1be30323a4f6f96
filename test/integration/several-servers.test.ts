// Several servers for real (issue 29): three `node server/main.ts` processes on one Neo4j (this
// test's own, so the jobs a new lease holder catches up on never touch the other tests' data),
// two of them behind Debian's nginx, with Redis for the shared write limits. It shows that
// requests spread over the servers, that a member's write limit holds across them, that a
// server killed under traffic costs the clients nothing, that exactly one server holds the job
// lease and another takes over when it dies (kill -9) or stops (SIGTERM), and that without
// Redis the write limits fall back to each server's own count rather than refusing writes.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../graph/embedded';
import { connectGraph, type Graph } from '../../graph/graph';
import { freePort } from '../../graph/free-port';
import { sleep, startServerProcess, type ServerProcess } from '../support/server-process';
import { startNginx, type Nginx } from '../support/nginx';
import { startRedisServer, type RedisServer } from '../support/redis-server';
import { createMember } from '../support/factories';
import { ApiClient } from '../support/graphql-client';

const LEASE_SECONDS = 6;
const WRITES_PER_MEMBER = 5;
let neo4j: EmbeddedNeo4j;
let neo4jDir: string;
let graph: Graph;
let redis: RedisServer;
let nginx: Nginx;
let a: ServerProcess;
let b: ServerProcess;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  neo4jDir = mkdtempSync(path.join(os.tmpdir(), 'trustline-servers-neo4j-'));
  [neo4j, redis] = await Promise.all([
    startEmbeddedNeo4j({ dataDir: neo4jDir, port: await freePort(), heap: '512m', pageCacheMiB: 64 }),
    startRedisServer(),
  ]);
  graph = connectGraph(neo4j.uri, { user: 'neo4j', password: '', database: undefined }, true);
  a = await start();
  b = await start();
  nginx = await startNginx([a.url, b.url]);
}, 240_000);
afterAll(async () => {
  await nginx?.stop();
  for (const server of servers) await server.cleanUp();
  redis?.stop();
  await graph?.close();
  await neo4j?.stop();
  rmSync(neo4jDir, { recursive: true, force: true });
}, 60_000);

async function start(): Promise<ServerProcess> {
  const server = await startServerProcess('node', {
    NEO4J_URI: neo4j.uri,
    REDIS_URL: redis.url,
    JOBS_ENABLED: 'true',
    JOB_LEASE_SECONDS: String(LEASE_SECONDS),
    TRUST_PROXY: 'loopback',
    RATE_LIMIT_WRITES_PER_MEMBER: String(WRITES_PER_MEMBER),
  });
  servers.push(server);
  return server;
}

/** One sample of a server's own /metrics (asked directly, not through nginx); undefined when it does not answer. */
async function metric(server: ServerProcess, series: string): Promise<number | undefined> {
  try {
    const text = await (await fetch(`${server.url}/metrics`, { signal: AbortSignal.timeout(2000) })).text();
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? 0 : Number(line.slice(series.length + 1));
  } catch {
    return undefined;
  }
}
const holds = (server: ServerProcess) => metric(server, 'trustline_job_lease_held');

/** Polls the live servers until `holder` alone holds the lease; fails if two ever hold it at once. */
async function untilSoleHolder(live: ServerProcess[], holder: ServerProcess, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const held = await Promise.all(live.map(holds));
    expect(held.filter((h) => h === 1).length).toBeLessThanOrEqual(1);
    if (held[live.indexOf(holder)] === 1) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`no takeover within ${timeoutMs} ms: ${JSON.stringify(held)}`);
    await sleep(200);
  }
}

const GRAPHQL_OK = 'trustline_http_requests_total{route="graphql",method="POST",status="2xx"}';

test('requests through the load balancer reach every server', async () => {
  const before = await Promise.all([metric(a, GRAPHQL_OK), metric(b, GRAPHQL_OK)]);
  const api = new ApiClient(nginx.url);
  for (let i = 0; i < 20; i++) await api.ok('{ __typename }');
  const after = await Promise.all([metric(a, GRAPHQL_OK), metric(b, GRAPHQL_OK)]);
  const served = after.map((n, i) => n! - before[i]!);
  expect(served[0]! + served[1]!).toBe(20);
  expect(served[0]).toBeGreaterThanOrEqual(5);
  expect(served[1]).toBeGreaterThanOrEqual(5);
});

test("a member's write limit holds across the servers (counted in Redis), not once per server", async () => {
  const member = await createMember(graph, nginx.url, { now: new Date() });
  const codes: (string | undefined)[] = [];
  for (let i = 0; i < WRITES_PER_MEMBER + 3; i++) {
    codes.push(await member.api.errorCode('mutation($bio: String!) { updateProfile(input: { bio: $bio }) { bio } }', { bio: `bio ${i}` }));
  }
  // Round robin over two servers counting alone would have let all eight through (four each).
  expect(codes.filter((c) => c === undefined)).toHaveLength(WRITES_PER_MEMBER);
  expect(codes.slice(WRITES_PER_MEMBER)).toEqual(['RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
});

test('exactly one server holds the job lease; kill -9 it and clients are served by the other while it takes the jobs over', async () => {
  const holder = (await holds(a)) === 1 ? a : b;
  const other = holder === a ? b : a;
  await untilSoleHolder([a, b], holder, 20_000);
  expect(await holds(other)).toBe(0);

  process.kill(-holder.child.pid!, 'SIGKILL');
  await holder.exited;
  // nginx skips the dead server: every request still answers. (A request caught in the instant
  // of the kill, accepted by the dying process, is lost like any request to a machine that
  // loses power: it is the client's retry, with the same idempotency key for an order, that
  // saves it.)
  for (let i = 0; i < 10; i++) {
    const res = await fetch(`${nginx.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    const text = await res.text();
    expect([res.status, text]).toEqual([200, '{"data":{"__typename":"Query"}}\n']);
  }

  const takeover = await untilSoleHolder([other], other, (LEASE_SECONDS + 10) * 1000);
  expect(other.messages()).toContain('this server now runs the scheduled jobs (it holds the job lease)');
  // The dead holder's lease ran out first: nothing gave it up.
  expect(takeover).toBeGreaterThan(1000);

  // A clean stop gives the lease up: a third server takes it at its next try, before it could
  // have expired on its own.
  const third = await start();
  await sleep(1000);
  expect(await holds(third)).toBe(0);
  process.kill(other.child.pid!, 'SIGTERM');
  const handover = await untilSoleHolder([third], third, (LEASE_SECONDS + 10) * 1000);
  expect(await other.exited).toMatchObject({ code: 0 });
  expect(handover).toBeLessThan(LEASE_SECONDS * 1000);

  // Redis goes away: writes still go through (each server counts alone meanwhile), never a 500.
  redis.stop();
  const member = await createMember(graph, third.url, { now: new Date() });
  const res = await member.api.request('mutation { updateProfile(input: { bio: "without redis" }) { bio } }');
  expect(res.errors).toBeUndefined();
  expect(third.messages()).toContain('Redis is unreachable: write limits are counted by this server alone until it answers');
}, 240_000);
