// The global recompute against the real graph: a verified member's honest verdicts lift a good
// recommender; a closed ring rating only itself is flagged and stays below; the summary, the
// reconcile events and the CLI behave.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { randomUUID } from 'node:crypto';
import { cleanup, createMember, createProduct, track, type TestMember } from '../support/factories';
import { initialTrustProps } from '../../graph/member-trust-props';
import { AT_ONCE, IN_BACKGROUND, recomputeTrust } from '../../graph/trust-recompute';
import { rebuildTrustEdges } from '../../graph/trust-edges';
import { memberTrustEvents } from '../../graph/trust-events';
import { explainReconcile } from '../../server/domain/trust';

let server: TestServer;
let honest: TestMember;
let ring: TestMember[];
let admins: TestMember[];
const now = new Date('2026-06-01T08:00:00Z');

/** The flags on this file's ring (whichever recompute raised them: its admins existed before the ring's edges). */
function ringFlags(): Promise<string[]> {
  return server.graph.read(async (tx) =>
    (
      await tx.run('MATCH (f:FraudFlag)-[:FLAGS]->(m:Member) WHERE m.id IN $ids RETURN DISTINCT f.id AS id ORDER BY id', { ids: ring.map((m) => m.id) })
    ).records.map((r) => r.get('id') as string),
  );
}

async function rate(buyer: TestMember, author: TestMember, productId: string, heldUp: boolean, daysAgo: number) {
  const at = now.getTime() - daysAgo * 86_400_000;
  await server.graph.write((tx) =>
    tx.run(
      `MATCH (b:Member {id: $buyerId}), (a:Member {id: $authorId}), (p:Product {id: $productId})
       MERGE (a)-[:RECOMMENDS]->(r:Recommendation {authorProduct: $authorId + ':' + $productId})-[:FOR]->(p)
         ON CREATE SET r.id = randomUUID(), r.code = substring(randomUUID(), 0, 8), r.stars = 5, r.text = 'test', r.createdAt = 0, r.updatedAt = 0, r.revision = 1
       CREATE (b)-[:PLACED]->(o:Order {id: randomUUID(), status: 'DELIVERED', quantity: 1, unitPriceMinor: 9900, totalMinor: 9900,
                currency: 'CNY', placedAt: $at, deliveredAt: $at})-[:OF]->(p)
       CREATE (o)-[:THROUGH]->(r)
       CREATE (b)-[:GAVE]->(:Feedback {id: randomUUID(), orderId: o.id, stars: 5, heldUp: $heldUp, at: $at})-[:ON]->(o)`,
      { buyerId: buyer.id, authorId: author.id, productId, heldUp, at },
    ),
  );
}

beforeAll(async () => {
  server = await startTestServer(now);
  const supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  const product = await createProduct(server.graph, supplier.id);
  const verified = await Promise.all([1, 2, 3].map(() => createMember(server.graph, server.url, { verified: true })));
  honest = await createMember(server.graph, server.url);
  ring = await Promise.all([1, 2, 3, 4].map(() => createMember(server.graph, server.url)));
  admins = await Promise.all([1, 2].map(() => createMember(server.graph, server.url, { roles: ['MEMBER', 'ADMIN'] })));
  for (const [i, v] of verified.entries()) for (let k = 0; k < 4; k++) await rate(v, honest, product.id, k !== 3 || i !== 0, 5 + k);
  // The ring: every member buys from every other and says it held up, many times.
  for (const a of ring) for (const b of ring) if (a !== b) for (let k = 0; k < 3; k++) await rate(a, b, product.id, true, 3 + k);
  // The verdicts above went in behind the feedback transaction's back: derive their trust edges.
  await rebuildTrustEdges(server.graph);
});

afterAll(async () => {
  await server.graph.write((tx) =>
    tx.run('MATCH (f:FraudFlag)-[:FLAGS]->(m:Member) WHERE m.id IN $ids DETACH DELETE f', { ids: ring.map((m) => m.id) }),
  );
  await cleanup(server.graph);
  await server.stop();
});

test('the recompute lifts honest, vouched-for evidence above a closed ring, and flags the ring', async () => {
  const lines: string[] = [];
  const summary = await recomputeTrust(server.graph, now, (l) => lines.push(l));
  expect(summary.converged).toBe(true);
  expect(summary.ratings).toBeGreaterThanOrEqual(12 + 36);
  expect(lines.some((l) => l.includes('wrote'))).toBe(true);
  expect(summary.membersWritten).toBeGreaterThanOrEqual(summary.membersChanged);
  expect(summary.membersWritten).toBeGreaterThan(0);
  // Its phases account for its time: read, compute (with choosing what changed), write.
  const { readSeconds, computeSeconds, writeSeconds } = summary.phases;
  for (const s of [readSeconds, computeSeconds, writeSeconds]) expect(s).toBeGreaterThanOrEqual(0);
  expect(Math.abs(readSeconds + computeSeconds + writeSeconds - summary.seconds)).toBeLessThanOrEqual(0.1);
  // The write-back's parts are each measured (batches overlap, so they are not a sum of writeSeconds).
  for (const s of Object.values(summary.writeParts)) expect(s).toBeGreaterThanOrEqual(0);
  expect(summary.writeParts.flagsSeconds).toBeLessThanOrEqual(writeSeconds);

  const trust = await server.graph.read(async (tx) => {
    const r = await tx.run('MATCH (m:Member) WHERE m.id IN $ids RETURN m.id AS id, m.trustRankKey AS rankKey, m.trustScore AS score', {
      ids: [honest.id, ...ring.map((m) => m.id)],
    });
    return new Map(r.records.map((x) => [x.get('id') as string, x.get('rankKey') as number]));
  });
  for (const m of ring) expect(trust.get(m.id)!).toBeLessThan(trust.get(honest.id)!);

  const flagged = await server.graph.read(async (tx) => {
    const r = await tx.run(
      `MATCH (f:FraudFlag {status: 'OPEN'})-[:FLAGS]->(m:Member) WHERE m.id IN $ids RETURN count(DISTINCT m) AS n`,
      { ids: ring.map((m) => m.id) },
    );
    return r.records[0]!.get('n') as number;
  });
  expect(flagged).toBe(ring.length);
  // Every admin hears of every flag raised, once each (one statement for all of them); nobody else does.
  expect(summary.flagsRaised).toBeGreaterThan(1);
  const flagNotices = (memberId: string) =>
    server.graph.read(async (tx) =>
      (await tx.run(`MATCH (:Member {id: $memberId})-[:HAS_NOTIFICATION]->(n:Notification {kind: 'FRAUD_FLAG'}) RETURN n.flagId AS flagId ORDER BY flagId`, { memberId }))
        .records.map((r) => r.get('flagId') as string),
    );
  const raised = await ringFlags();
  expect(raised.length).toBeGreaterThan(0);
  expect(summary.flagsRaised).toBeGreaterThanOrEqual(raised.length);
  // Only the ring's flags' notices: suites beside this one on the same database raise flags of
  // their own, and every admin, these two included, hears of those too.
  for (const admin of admins) expect((await flagNotices(admin.id)).filter((id) => raised.includes(id))).toEqual(raised);
  expect(await flagNotices(honest.id)).toEqual([]);

  const events = await server.graph.read(async (tx) => {
    const r = await tx.run(
      `MATCH (m:Member {id: $id})-[:HAS_TRUST_EVENT]->(e:TrustEvent {cause: 'RECOMPUTE'})
       RETURN e.id AS id, e.textEn IS NULL AND e.textZh IS NULL AS sentencesUnstored,
              e.delta AS delta, e.before AS before, e.after AS after, e.at AS at, m.trustScore AS score`,
      { id: honest.id },
    );
    return r.records.map((x) => x.toObject() as { id: string; sentencesUnstored: boolean; delta: number; before: number; after: number; at: number; score: number });
  });
  expect(events).toHaveLength(1);
  const [event] = events;
  // Its sentences follow from delta and score: stored without them, written when read.
  expect(event!.sentencesUnstored).toBe(true);
  const read = (await memberTrustEvents(server.graph, honest.id, 10, undefined)).find((e) => e.id === event!.id)!;
  expect(read.textEn).toBe(explainReconcile({ delta: event!.delta, after: event!.after }, 'en'));
  expect(read.textEn).toMatch(/^[+-]?\d+\.\d: the periodic recompute/);
  expect(read.textZh).toBe(explainReconcile({ delta: event!.delta, after: event!.after }, 'zh-CN'));
  expect(read.textZh).toMatch(/[\u4e00-\u9fff]/);
  // The event and the member's stored score were written by the same row of the same batch.
  expect(event!.after).toBe(event!.score);
  expect(event!.delta).toBeCloseTo(Math.round((event!.after - event!.before) * 10) / 10, 9);
  expect(event!.at).toBe(now.getTime());
});

test('a second recompute at the same moment changes nothing and raises no new flag', async () => {
  // The ring's flags, and this file's admins' notices of them (suites beside this one on the same
  // database raise and notify flags of their own meanwhile).
  const noticesOf = (flagIds: string[]) =>
    server.graph.read(async (tx) =>
      (
        await tx.run(`MATCH (m:Member)-[:HAS_NOTIFICATION]->(n:Notification {kind: 'FRAUD_FLAG'}) WHERE m.id IN $ids AND n.flagId IN $flagIds RETURN count(n) AS n`, {
          ids: admins.map((a) => a.id),
          flagIds,
        })
      ).records[0]!.get('n') as number,
    );
  const before = await ringFlags();
  expect(before.length).toBeGreaterThan(0);
  const summary = await recomputeTrust(server.graph, now);
  expect(summary.membersChanged).toBe(0);
  expect(summary.membersWritten).toBe(0);
  expect(await ringFlags()).toEqual(before);
  // Nobody hears of the same flags twice.
  expect(await noticesOf(before)).toBe(before.length * admins.length);
});

test.each([
  ['at once (two batches in flight)', AT_ONCE],
  ['in the background (reads one by one, one batch at a time, a rest after each)', IN_BACKGROUND],
])('a write-back of more members than its batches hold writes each once, with one event: %s', async (_how, pacing) => {
  // 4,500 members without evidence whose stored score says 90: the recompute puts each back to
  // the newcomer prior, over three batches written two at once, or eighteen smaller ones one at a
  // time in the background; a progress line per 2,000 members at most either way.
  const rows = Array.from({ length: 4500 }, (_, i) => {
    const id = randomUUID();
    track(id);
    return { id, handle: `wb_${id.slice(0, 8)}_${i}` };
  });
  await server.graph.write((tx) =>
    tx.run(
      `UNWIND $rows AS row
       CREATE (m:Member {id: row.id, handle: row.handle, handleKey: toLower(row.handle), displayName: row.handle,
                         email: row.handle + '@example.test', passwordHash: 'no-password', roles: ['MEMBER'],
                         verified: false, inviteCode: row.handle, bio: '', locale: 'en', createdAt: toInteger($now)})
       SET m += $trust`,
      { rows, now: now.getTime(), trust: { ...initialTrustProps(now), trustScore: 90 } },
    ),
  );
  const lines: string[] = [];
  const summary = await recomputeTrust(server.graph, now, (l) => lines.push(l), undefined, pacing);
  const written = lines.filter((l) => /^ {2}wrote \d+\/\d+ changed members$/.test(l));
  expect(summary.membersWritten).toBeGreaterThanOrEqual(rows.length);
  // At most a line per 2,000 members, counting up to all of them. Two batches in flight may finish
  // out of order (the 500-member third before the second), which folds two lines into one.
  const counts = written.map((l) => Number(/wrote (\d+)\//.exec(l)![1]));
  expect(written.length).toBeGreaterThanOrEqual(2);
  expect(written.length).toBeLessThanOrEqual(Math.ceil(summary.membersWritten / 2000));
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  for (let i = 1; i < counts.length; i++) expect(counts[i]! - counts[i - 1]!).toBeGreaterThanOrEqual(Math.min(2000, summary.membersWritten - counts[i - 1]!));
  expect(written.at(-1)).toBe(`  wrote ${summary.membersWritten}/${summary.membersWritten} changed members`);
  const stored = await server.graph.read(async (tx) =>
    (
      await tx.run(
        `UNWIND $ids AS id
         MATCH (m:Member {id: id})
         OPTIONAL MATCH (m)-[:HAS_TRUST_EVENT]->(e:TrustEvent {cause: 'RECOMPUTE'})
         WITH m, collect(e) AS events
         RETURN count(m) AS members,
                count(CASE WHEN size(events) = 1 AND events[0].before = 90 AND events[0].after = m.trustScore AND m.trustScore < 90 THEN 1 END) AS once`,
        { ids: rows.map((r) => r.id) },
      )
    ).records[0]!.toObject(),
  );
  expect(stored).toEqual({ members: rows.length, once: rows.length });
});

test('`npm run trust:recompute` prints a summary and exits 0', async () => {
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'trust:recompute'], {
    env: { ...process.env, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused' },
    timeout: 120_000,
  });
  expect(stdout).toMatch(/trust recompute: \d+ members, \d+ ratings; \d+ iterations, residual .* \(converged\)/);
});

