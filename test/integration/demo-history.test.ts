// The demo market with its 60 days of history, as `npm start` loads it into an empty database:
// the verdicts replayed day by day with the weekly global recompute and the daily rank snapshot
// between days, the admin's review of fraud flags, then the commissions' lifecycle. What a
// visitor reads must add up: each member's trust events form one chain (each starts where the
// one before ended), every day has its ranks, and the commission audit passes on the whole
// database.
//
// The replay's jobs (recompute, snapshots, settlement) work on every member of the database, so
// this file starts its own Neo4j in its own temporary folder rather than touch the shared one
// (demo-seed.test.ts loads markets there without history).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../graph/embedded';
import { freePort } from '../../graph/free-port';
import { connectGraph, rows, type Graph } from '../../graph/graph';
import { migrate } from '../../graph/schema';
import { ManualClock } from '../../server/clock';
import { dayOf, shiftDay } from '../../server/day';
import { auditLiveData, describeAudit } from '../../server/jobs/audit';
import { loadDemoMarket, type DemoSummary } from '../../server/seed/demo';

const NOW = new Date('2026-06-01T08:00:00Z');
const DAY_MS = 86_400_000;
/** Trust events store scores to full precision; a chain may differ by less than a shown tenth. */
const CHAIN_TOLERANCE = 0.05;

let dataDir: string;
let neo4j: EmbeddedNeo4j;
let graph: Graph;
let summary: DemoSummary;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'trustline-demo-history-'));
  neo4j = await startEmbeddedNeo4j({
    dataDir,
    port: await freePort(),
    heap: '512m',
    pageCacheMiB: 128,
    log: (l) => process.stderr.write(`[demo-history neo4j] ${l}\n`),
  });
  graph = connectGraph(neo4j.uri, { user: 'neo4j', password: '', database: undefined }, true);
  await migrate(graph);
  summary = await loadDemoMarket(graph, new ManualClock(NOW), () => {});
}, 300_000);

afterAll(async () => {
  await graph?.close();
  await neo4j?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

function read<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return graph.read(async (tx) => rows<T>(await tx.run(cypher, params)));
}

test('every member’s trust events form one chain: each starts where the one before ended', async () => {
  const events = await read<{ handle: string; cause: string; before: number; after: number; at: number }>(
    `MATCH (m:Member)-[:HAS_TRUST_EVENT]->(e:TrustEvent)
     RETURN m.handle AS handle, e.cause AS cause, e.before AS before, e.after AS after, e.at AS at
     ORDER BY handle, at`,
  );
  // The summary counts every one of them, the last recompute's too (it once left those out).
  expect(events.length).toBe(summary.trustEvents);
  const breaks: string[] = [];
  const ats = new Set<string>();
  for (let i = 1; i < events.length; i++) {
    const [prev, e] = [events[i - 1]!, events[i]!];
    if (prev.handle !== e.handle) continue;
    // Two events of one member at one instant would have no order a reader could trust.
    if (prev.at === e.at) ats.add(`${e.handle} at ${new Date(e.at).toISOString()}`);
    if (Math.abs(e.before - prev.after) > CHAIN_TOLERANCE) {
      breaks.push(`${e.handle}: ${prev.cause} ended at ${prev.after.toFixed(2)}, the next ${e.cause} began at ${e.before.toFixed(2)}`);
    }
  }
  expect(breaks.slice(0, 5)).toEqual([]);
  expect([...ats].slice(0, 5)).toEqual([]);
  // The weekly recomputes and the last one moved scores, and their events are in the chains.
  const causes = new Set(events.map((e) => e.cause));
  expect(causes).toEqual(new Set(['FEEDBACK', 'REFUND', 'RECOMPUTE']));
}, 60_000);

test('the weekly recompute ran through the 60 days, and every day has its ranks', async () => {
  // A run that moved no score by a tenth leaves no event; the ones that did are a week apart,
  // the last one at the end of the load.
  const runs = (await read<{ at: number }>(`MATCH (e:TrustEvent {cause: 'RECOMPUTE'}) RETURN DISTINCT e.at AS at ORDER BY at`)).map((r) => r.at);
  expect(runs.length).toBeGreaterThanOrEqual(6);
  expect(runs.at(-1)).toBe(NOW.getTime());
  expect(runs[0]).toBeLessThan(NOW.getTime() - 35 * DAY_MS);
  for (let i = 1; i < runs.length - 1; i++) expect(Math.round((runs[i]! - runs[i - 1]!) / DAY_MS)).toBe(7);

  const days = (await read<{ day: string; ranks: number }>('MATCH (d:RankSnapshotDay) RETURN d.day AS day, d.ranks AS ranks ORDER BY day'));
  expect(days.at(-1)!.day).toBe(dayOf(NOW));
  // From the first day of verdicts, seven weeks ago, to today, no day is missing.
  for (let i = 1; i < days.length; i++) expect(days[i]!.day).toBe(shiftDay(days[i - 1]!.day, -1));
  expect(days.length).toBeGreaterThanOrEqual(45);
  // The boards rank only vouched records: the first days of a young network may rank nobody yet,
  // but once the verified members' verdicts have vouched for someone, every day has ranks.
  const firstRanked = days.findIndex((d) => d.ranks > 0);
  expect(firstRanked).toBeGreaterThanOrEqual(0);
  expect(days.length - firstRanked).toBeGreaterThanOrEqual(30);
  expect(days.slice(firstRanked).every((d) => d.ranks > 0)).toBe(true);
});

test('the admin cleared the flags raised more than two days ago; the newest wait for review', async () => {
  const flags = await read<{ status: string; createdAt: number; clearedAt: number | null; note: string | null; by: string | null }>(
    `MATCH (f:FraudFlag) OPTIONAL MATCH (a:Member {id: f.clearedById})
     RETURN f.status AS status, f.createdAt AS createdAt, f.clearedAt AS clearedAt, f.clearNote AS note, a.handle AS by`,
  );
  const open = flags.filter((f) => f.status === 'OPEN');
  const cleared = flags.filter((f) => f.status === 'CLEARED');
  expect(open.length).toBeGreaterThan(0);
  expect(cleared.length).toBeGreaterThan(open.length);
  expect(open.every((f) => f.createdAt > NOW.getTime() - 2 * DAY_MS)).toBe(true);
  for (const f of cleared) {
    expect(f).toMatchObject({ by: 'admin', note: expect.stringMatching(/^Reviewed/) });
    expect(f.clearedAt! - f.createdAt).toBe(2 * DAY_MS);
  }
  // Paid and confirmed commissions outnumber those the open flags hold.
  const [held] = await read<{ held: number; settled: number }>(
    `MATCH (c:Commission)
     RETURN count(CASE WHEN c.onHold THEN 1 END) AS held, count(CASE WHEN c.status IN ['CONFIRMED', 'PAID'] THEN 1 END) AS settled`,
  );
  expect(held!.held).toBeGreaterThan(0);
  expect(held!.settled).toBeGreaterThan(100);
});

test('commissions went through their whole lifecycle, and the audit passes on the whole database', async () => {
  const statuses = await read<{ status: string; n: number }>('MATCH (c:Commission) RETURN c.status AS status, count(*) AS n');
  expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['PENDING', 'CONFIRMED', 'PAID', 'REVERSED']));
  const audit = await auditLiveData(graph);
  expect(describeAudit(audit)).toMatch(/^audit passed/);
  expect(audit.commissions).toBeGreaterThan(0);
});
