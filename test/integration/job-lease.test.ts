// Several servers on one Neo4j, all with JOBS_ENABLED (issue 29): exactly one holds the job
// lease and runs the scheduled jobs; kill -9 that one and another takes over within the lease's
// time to live; stop one in order and it hands the lease over at once. Real processes
// (`node server/main.ts`, as `npm start` runs it) on a Neo4j of this test's own, so the jobs a
// new holder catches up on never touch the other tests' database.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../graph/embedded';
import { freePort } from '../../graph/free-port';
import { sleep, startServerProcess, type ServerProcess } from '../support/server-process';

const LEASE_SECONDS = 6;
let neo4j: EmbeddedNeo4j;
let neo4jDir: string;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  neo4jDir = mkdtempSync(path.join(os.tmpdir(), 'trustline-lease-neo4j-'));
  neo4j = await startEmbeddedNeo4j({ dataDir: neo4jDir, port: await freePort(), heap: '512m', pageCacheMiB: 64 });
}, 180_000);
afterAll(async () => {
  for (const server of servers) await server.cleanUp();
  await neo4j?.stop();
  rmSync(neo4jDir, { recursive: true, force: true });
}, 60_000);

async function start(): Promise<ServerProcess> {
  const server = await startServerProcess('node', { NEO4J_URI: neo4j.uri, JOBS_ENABLED: 'true', JOB_LEASE_SECONDS: String(LEASE_SECONDS) });
  servers.push(server);
  return server;
}

/** 1 when the server says it holds the lease, 0 when not, undefined when it does not answer. */
async function holds(server: ServerProcess): Promise<number | undefined> {
  try {
    const text = await (await fetch(`${server.url}/metrics`, { signal: AbortSignal.timeout(2000) })).text();
    const line = text.split('\n').find((l) => l.startsWith('trustline_job_lease_held '));
    return line === undefined ? undefined : Number(line.split(' ')[1]);
  } catch {
    return undefined;
  }
}

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

test('exactly one server holds the job lease; kill -9 it and another takes over within the TTL; a clean stop hands it over at once', async () => {
  const first = await start();
  await untilSoleHolder([first], first, 20_000);
  const second = await start();
  // The second asks every third of the TTL and is refused each time while the first renews.
  await sleep(LEASE_SECONDS * 1000);
  expect(await holds(first)).toBe(1);
  expect(await holds(second)).toBe(0);
  expect(second.messages()).not.toContain('this server now runs the scheduled jobs (it holds the job lease)');

  // kill -9: nothing is given up; the lease must expire first, then the next renewal takes it.
  process.kill(-first.child.pid!, 'SIGKILL');
  const takeover = await untilSoleHolder([second], second, (LEASE_SECONDS + 10) * 1000);
  expect(second.messages()).toContain('this server now runs the scheduled jobs (it holds the job lease)');
  // The dead holder's lease ran (part of) its time to live out before anybody took it.
  expect(takeover).toBeGreaterThan(1000);

  // A clean stop gives the lease up: the third takes it at its next try, well before it would
  // have expired on its own.
  const third = await start();
  await sleep(1000);
  expect(await holds(third)).toBe(0);
  process.kill(second.child.pid!, 'SIGTERM');
  const handover = await untilSoleHolder([third], third, (LEASE_SECONDS + 10) * 1000);
  expect(await second.exited).toMatchObject({ code: 0 });
  expect(handover).toBeLessThan(LEASE_SECONDS * 1000);
}, 240_000);
