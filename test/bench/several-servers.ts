// Several servers for real, measured (issue 29): `node server/main.ts` processes on the bench's
// Neo4j, behind Debian's nginx (test/support/nginx.ts, the load balancer the several-servers test
// uses), with Redis for the shared write limits. What it measures:
// - the cached leaderboard read through nginx with one server, then two: how the read throughput
//   grows with the servers the two cores can hold (and the same read straight to one server, so
//   nginx's own share shows);
// - bounded staleness: a change another server made (written straight to Neo4j, as any other
//   server's write is to this one) shows in each server's board answers within the cache's TTL;
// - the job lease: kill -9 the server holding it and time the other's takeover (two more servers on
//   a Neo4j of their own: the jobs, run on the wall clock, would otherwise work on the bench's market);
// - a member's write limit counted once across both servers (Redis), not once per server.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../graph/embedded';
import { freePort } from '../../graph/free-port';
import { startServerProcess, sleep, type ServerProcess } from '../support/server-process';
import { nginxAvailable, startNginx, type Nginx } from '../support/nginx';
import { redisAvailable, startRedisServer, type RedisServer } from '../support/redis-server';
import type { Graph } from '../../graph/graph';
import { DEFAULT_LEADERBOARD_CACHE_MS } from '../../server/leaderboard-cache';
import type { Figure } from './report';

export interface SeveralServersFigures {
  boardOneServerDirect: Figure;
  boardOneServerBehindNginx: Figure;
  boardTwoServersBehindNginx: Figure;
  /** Two servers' cached read rate ÷ one server's, both behind nginx. */
  readScaling: number;
  staleness: { cacheTtlMs: number; shownAfterMs: number[] };
  jobLease: { leaseSeconds: number; takeoverMs: number };
  sharedWriteLimit: { limit: number; attempted: number; allowed: number };
}

export type SeveralServersResult = SeveralServersFigures | { skipped: string };

const LEASE_SECONDS = 6;
const WRITES_PER_MEMBER = 5;

export async function measureSeveralServers(options: {
  graph: Graph;
  neo4jUri: string;
  /** The leaderboard document the single-server rows load. */
  boardQuery: string;
  /** A closed-loop load of `boardQuery` against an origin (run.ts's autocannon rows). */
  loadBoard: (name: string, origin: string) => Promise<Figure>;
  log: (line: string) => void;
}): Promise<SeveralServersResult> {
  if (!nginxAvailable()) return { skipped: 'nginx is not installed (Debian: apt-get install nginx-light)' };
  if (!redisAvailable()) return { skipped: 'redis-server is not installed (Debian: apt-get install redis-server)' };
  const { graph, log } = options;
  const servers: ServerProcess[] = [];
  let redis: RedisServer | undefined;
  let nginx: Nginx | undefined;
  const start = async (neo4jUri: string, jobs: boolean) => {
    const server = await startServerProcess('node', {
      NEO4J_URI: neo4jUri,
      REDIS_URL: redis!.url,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: String(jobs),
      JOB_LEASE_SECONDS: String(LEASE_SECONDS),
      TRUST_PROXY: 'loopback',
      RATE_LIMIT_WRITES_PER_MEMBER: String(WRITES_PER_MEMBER),
    });
    servers.push(server);
    return server;
  };
  let leaseNeo4j: { neo4j: EmbeddedNeo4j; dir: string } | undefined;
  try {
    redis = await startRedisServer();
    const [a, b] = [await start(options.neo4jUri, false), await start(options.neo4jUri, false)];
    log(`  two servers up (${a.url}, ${b.url}), Redis at ${redis.url}`);

    // 1. Reads: one server straight, one behind nginx, two behind nginx.
    const boardOneServerDirect = await options.loadBoard('leaderboard top 50, one server, straight to it, closed loop', a.url);
    nginx = await startNginx([a.url]);
    const boardOneServerBehindNginx = await options.loadBoard('leaderboard top 50, one server behind nginx, closed loop', nginx.url);
    await nginx.stop();
    nginx = await startNginx([a.url, b.url]);
    const boardTwoServersBehindNginx = await options.loadBoard('leaderboard top 50, two servers behind nginx, closed loop', nginx.url);

    // 2. Staleness: rename the board's first member behind both servers' backs, then watch each.
    const staleness = await measureStaleness(graph, [a, b], options.boardQuery, log);

    // 3. The shared write limit: one member, writes through nginx alternating over the servers.
    const sharedWriteLimit = await measureSharedLimit(graph, nginx);
    log(`  write limit ${WRITES_PER_MEMBER} a minute per member, ${sharedWriteLimit.attempted} writes through nginx: ${sharedWriteLimit.allowed} allowed`);

    // 4. The job lease: kill -9 its holder, time the other's takeover.
    await nginx.stop();
    nginx = undefined;
    for (const server of servers.splice(0)) await server.cleanUp();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trustline-bench-lease-'));
    leaseNeo4j = { dir, neo4j: await startEmbeddedNeo4j({ dataDir: dir, port: await freePort(), heap: '512m', pageCacheMiB: 64 }) };
    const jobLease = await measureTakeover(await start(leaseNeo4j.neo4j.uri, true), await start(leaseNeo4j.neo4j.uri, true));
    log(`  job lease (${LEASE_SECONDS} s): taken over ${jobLease.takeoverMs} ms after kill -9 of its holder`);

    return {
      boardOneServerDirect,
      boardOneServerBehindNginx,
      boardTwoServersBehindNginx,
      readScaling: Number((boardTwoServersBehindNginx.perSecond / boardOneServerBehindNginx.perSecond).toPrecision(2)),
      staleness,
      jobLease,
      sharedWriteLimit,
    };
  } finally {
    await nginx?.stop();
    for (const server of servers) await server.cleanUp();
    redis?.stop();
    if (leaseNeo4j) {
      await leaseNeo4j.neo4j.stop();
      rmSync(leaseNeo4j.dir, { recursive: true, force: true });
    }
  }
}

async function boardFirst(origin: string, query: string): Promise<{ id: string; displayName: string } | undefined> {
  const res = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: { leaderboard: { edges: Array<{ node: { member: { id: string; displayName: string } } }> } } };
  return body.data?.leaderboard.edges[0]?.node.member;
}

async function measureStaleness(graph: Graph, servers: ServerProcess[], query: string, log: (line: string) => void) {
  const first = await boardFirst(servers[0]!.url, query);
  if (!first) throw new Error('the board is empty: nothing to measure staleness on');
  const renamed = `${first.displayName} (renamed)`;
  const setName = (name: string) =>
    graph.write((tx) => tx.run('MATCH (m:Member {id: $id}) SET m.displayName = $name', { id: first.id, name }), { changes: [] });
  await setName(renamed);
  const written = performance.now();
  try {
    const shownAfterMs = await Promise.all(
      servers.map(async (server) => {
        for (;;) {
          if ((await boardFirst(server.url, query))?.displayName === renamed) return Math.round(performance.now() - written);
          if (performance.now() - written > 60_000) throw new Error(`${server.url} still showed the old name after a minute`);
          await sleep(20);
        }
      }),
    );
    log(`  a change another server made shows on each server's board after ${shownAfterMs.join(' and ')} ms (cache TTL ${DEFAULT_LEADERBOARD_CACHE_MS} ms)`);
    return { cacheTtlMs: DEFAULT_LEADERBOARD_CACHE_MS, shownAfterMs };
  } finally {
    await setName(first.displayName);
  }
}

async function measureSharedLimit(graph: Graph, nginx: Nginx) {
  // A member of the market with a session of our own (its token shaped as sign-in issues them).
  const token = createHash('sha256').update(`several-servers-${Date.now()}`).digest('base64url');
  const member = await graph.write(async (tx) => {
    const r = await tx.run(
      `MATCH (m:Member) WITH m LIMIT 1
       CREATE (m)-[:HAS_SESSION]->(:Session {tokenHash: $hash, createdAt: timestamp(), expiresAt: timestamp() + 3600000})
       RETURN m.id AS id, m.bio AS bio`,
      { hash: createHash('sha256').update(token).digest('hex') },
    );
    return { id: r.records[0]!.get('id') as string, bio: (r.records[0]!.get('bio') as string | null) ?? '' };
  }, { changes: [] });
  const attempted = WRITES_PER_MEMBER + 3;
  let allowed = 0;
  try {
    for (let i = 0; i < attempted; i++) {
      const res = await fetch(`${nginx.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation($bio: String!) { updateProfile(input: { bio: $bio }) { id } }', variables: { bio: member.bio } }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (!body.errors) allowed++;
    }
  } finally {
    await graph.write((tx) => tx.run('MATCH (s:Session {tokenHash: $hash}) DETACH DELETE s', { hash: createHash('sha256').update(token).digest('hex') }), { changes: [] });
  }
  return { limit: WRITES_PER_MEMBER, attempted, allowed };
}

async function leaseHeld(server: ServerProcess): Promise<boolean | undefined> {
  try {
    const text = await (await fetch(`${server.url}/metrics`, { signal: AbortSignal.timeout(2000) })).text();
    return text.split('\n').some((l) => l === 'trustline_job_lease_held 1');
  } catch {
    return undefined;
  }
}

async function measureTakeover(a: ServerProcess, b: ServerProcess) {
  const deadline = Date.now() + 30_000;
  let holder: ServerProcess | undefined;
  while (!holder) {
    if ((await leaseHeld(a)) === true) holder = a;
    else if ((await leaseHeld(b)) === true) holder = b;
    else if (Date.now() > deadline) throw new Error('no server took the job lease within 30 s');
    else await sleep(200);
  }
  const other = holder === a ? b : a;
  process.kill(-holder.child.pid!, 'SIGKILL');
  const killed = performance.now();
  await holder.exited;
  for (;;) {
    if ((await leaseHeld(other)) === true) return { leaseSeconds: LEASE_SECONDS, takeoverMs: Math.round(performance.now() - killed) };
    if (performance.now() - killed > (LEASE_SECONDS + 30) * 1000) throw new Error('the other server did not take the job lease over');
    await sleep(100);
  }
}
