// Starts one embedded Neo4j for the whole run (unless NEO4J_URI names one), in a fresh
// temporary folder, and hands its URI to the test workers through the environment.
// Jest calls this once per project that lists it; the second call finds the first's database.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../../graph/embedded';
import { freePort } from '../../graph/free-port';

export default async function globalSetup(): Promise<void> {
  const shared = globalThis as { __trustlineNeo4j?: { stop(): Promise<void> }; __trustlineUsers?: number };
  shared.__trustlineUsers = (shared.__trustlineUsers ?? 0) + 1;
  if (shared.__trustlineNeo4j || process.env.TRUSTLINE_TEST_NEO4J_STARTED) return;
  if (process.env.NEO4J_URI) return;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'trustline-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    port: await freePort(),
    heap: '1g',
    pageCacheMiB: 128,
    log: (line) => process.stderr.write(`\n[test neo4j] ${line}\n`),
  });
  shared.__trustlineNeo4j = neo4j;
  process.env.NEO4J_URI = neo4j.uri;
  process.env.TRUSTLINE_TEST_NEO4J_STARTED = '1';
  process.env.TRUSTLINE_TEST_NEO4J_DIR = dataDir;
}
