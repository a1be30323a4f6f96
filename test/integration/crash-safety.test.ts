// Crash safety: the Neo4j JVM is killed with SIGKILL in the middle of a burst of concurrent
// orders and feedback. While it is down the server answers every request with a typed 503 and
// /healthz says so; once Neo4j is started again on the same folder and port, the same server
// (same driver, nothing restarted) answers again by itself. Every mutation it acknowledged is
// there afterwards, retried orders stay single, and the commission audit and the global trust
// recompute reconcile with what the immediate updates wrote.
//
// This file starts its own Neo4j in its own temporary folder: it must never kill the shared one
// the other integration tests use.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../graph/embedded';
import { freePort } from '../../graph/free-port';
import { connectGraph, type Graph } from '../../graph/graph';
import { migrate } from '../../graph/schema';
import { recomputeTrust } from '../../graph/trust-recompute';
import { createApp, type TrustlineApp } from '../../server/app';
import { ManualClock } from '../../server/clock';
import { createLogger } from '../../server/logger';
import { auditLiveData, describeAudit } from '../../server/jobs/audit';
import { createMember } from '../support/factories';
import { RELAXED_RATE_LIMITS } from '../support/test-server';
import { acknowledged, expectOnlyAcksOrOutage, PLACE, post, RATE, startBurst, type BurstRecord, type Caller } from '../support/crash-burst';

const START = new Date('2026-06-01T08:00:00Z');
const BUYERS = 6;
const ROUNDS = 6;
/** Acknowledged mutations before the crash: the burst plans 6 × 6 × 3 = 108. */
const CRASH_AFTER_ACKS = 30;

let dataDir: string;
let port: number;
let neo4j: EmbeddedNeo4j;
let graph: Graph;
let trustline: TrustlineApp;
let server: Server;
let url: string;
let supplier: Caller;
let buyers: Caller[];
let productId: string;
let codes: string[];
let record: BurstRecord;

const startNeo4j = () =>
  startEmbeddedNeo4j({ dataDir, port, heap: '512m', pageCacheMiB: 64, log: (l) => process.stderr.write(`[crash-test neo4j] ${l}\n`) });

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function must<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const answer = await post(url, query, variables, token);
  if (!acknowledged(answer)) throw new Error(`${answer.status}: ${JSON.stringify(answer.body.errors)}`);
  return answer.body.data as T;
}

async function signUp(handle: string): Promise<Caller> {
  const { signUp } = await must<{ signUp: { token: string; member: { id: string } } }>(
    'mutation ($input: SignUpInput!) { signUp(input: $input) { token member { id } } }',
    { input: { handle, displayName: handle, email: `${handle}@example.test`, password: 'crash-test-password' } },
  );
  return { id: signUp.member.id, handle, token: signUp.token };
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'trustline-crash-neo4j-'));
  port = await freePort();
  neo4j = await startNeo4j();
  graph = connectGraph(neo4j.uri, { user: 'neo4j', password: '', database: undefined }, true);
  await migrate(graph);
  trustline = await createApp({
    graph,
    clock: new ManualClock(START),
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    introspection: false,
    rateLimits: RELAXED_RATE_LIMITS,
  });
  server = await new Promise((resolve) => {
    const s = trustline.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}, 240_000);

afterAll(async () => {
  if (server) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
  }
  await trustline?.apollo.stop();
  await graph?.close();
  await neo4j?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

test('a market set up through the API: a supplier, a product, two recommendations, buyers', async () => {
  // The first admin cannot sign up as one; everything after it goes through GraphQL.
  const admin = await createMember(graph, url, { roles: ['MEMBER', 'ADMIN'] });
  supplier = await signUp('crash_supplier');
  await must('mutation ($id: ID!) { setSupplier(memberId: $id, supplier: true) { id } }', { id: supplier.id }, admin.token);
  ({ createProduct: { id: productId } } = await must<{ createProduct: { id: string } }>(
    'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }',
    { input: { title: 'Crash-test tea', category: 'tea', priceMinor: 8800, commissionRateBps: 1000 } },
    supplier.token,
  ));
  const authors = await Promise.all(['crash_author_a', 'crash_author_b'].map(signUp));
  codes = [];
  for (const author of authors) {
    const { placeOrder } = await must<{ placeOrder: { id: string } }>(PLACE, { productId, code: null, key: `own-${author.handle}` }, author.token);
    await must('mutation ($id: ID!) { markOrderDelivered(orderId: $id) { id } }', { id: placeOrder.id }, supplier.token);
    const { postRecommendation } = await must<{ postRecommendation: { code: string } }>(
      'mutation ($p: ID!) { postRecommendation(productId: $p, stars: 5, text: "Brews clear and sweet, three infusions at least.") { code } }',
      { p: productId },
      author.token,
    );
    codes.push(postRecommendation.code);
  }
  buyers = await Promise.all(Array.from({ length: BUYERS }, (_, i) => signUp(`crash_buyer_${i}`)));
  // Two buyers are verified founding members: the seed trust flows from. The scheduled global
  // recompute has run once before the burst, so every stored reach is fresh when it starts.
  for (const verified of buyers.slice(0, 2)) {
    await must('mutation ($id: ID!) { setMemberVerified(memberId: $id, verified: true) { id } }', { id: verified.id }, admin.token);
  }
  expect((await recomputeTrust(graph, START)).converged).toBe(true);
}, 120_000);

test('SIGKILL of Neo4j mid-burst: every request answers a typed 503 and /healthz says down', async () => {
  let stopped = false;
  let crashed!: () => void;
  const crash = new Promise<void>((resolve) => (crashed = resolve));
  const burst = startBurst({
    baseUrl: url,
    buyers,
    supplier,
    productId,
    codes,
    rounds: ROUNDS,
    triggerAfterAcks: CRASH_AFTER_ACKS,
    onTrigger: () => {
      process.kill(neo4j.pid, 'SIGKILL');
      crashed();
    },
    stopped: () => stopped,
  });
  record = burst.record;
  await crash;
  expect(await neo4j.exited).toBeNull(); // killed by a signal, not a clean exit
  await until(() => record.answers.some((a) => a.status === 503), 'the burst to meet the outage');

  const anonymous = await post(url, '{ leaderboard(first: 5) { edges { node { position } } } }', {});
  expect(anonymous.status).toBe(503);
  expect(anonymous.body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
  expect(anonymous.body.errors?.[0]?.message).toMatch(/cannot reach its database/);
  // Signed in, the session lookup is the first database call: same answer, not a 500.
  const signedIn = await post(url, '{ me { id } }', {}, buyers[0]!.token);
  expect(signedIn.status).toBe(503);
  expect(signedIn.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

  const health = await fetch(`${url}/healthz`);
  expect(health.status).toBe(503);
  expect(await health.json()).toEqual({ status: 'unavailable', neo4j: 'down', message: 'The database is unreachable.' });

  stopped = true;
  // Requests in flight at the kill end too, with the same 503, once the graph stops retrying
  // them (graph/graph.ts, RETRY_BUDGET_MS); requests that arrive later fail at once.
  await burst.done;
  expectOnlyAcksOrOutage(record);
  expect(record.ackCount).toBeGreaterThanOrEqual(CRASH_AFTER_ACKS);
  expect(record.answers.filter((a) => a.status === 503).length).toBeGreaterThan(0);
}, 90_000);

test('Neo4j restarted on the same folder and port: the same server answers again by itself', async () => {
  const uri = neo4j.uri;
  neo4j = await startNeo4j();
  expect(neo4j.uri).toBe(uri);
  await until(async () => (await fetch(`${url}/healthz`)).status === 200, '/healthz to turn 200');
  const back = await post(url, '{ leaderboard(first: 5) { edges { node { position } } } }', {});
  expect(back.status).toBe(200);
  expect(back.body.errors).toBeUndefined();
}, 240_000);

test('every acknowledged order and feedback survived; retried orders stay single', async () => {
  expect(record.acked.length).toBeGreaterThan(0);
  for (const order of record.acked) {
    const data = await must<{ order: { id: string; status: string; feedback: { id: string } | null } | null }>(
      'query ($id: ID!) { order(id: $id) { id status feedback { id } } }',
      { id: order.id },
      order.buyer.token,
    );
    expect(data.order?.id).toBe(order.id);
    if (order.delivered) expect(data.order?.status).toBe('DELIVERED');
    if (order.feedbackId) expect(data.order?.feedback?.id).toBe(order.feedbackId);
  }
  // A client that got no answer retries with the same key: whether or not the first attempt
  // committed before the crash, there is exactly one order per key afterwards.
  for (const { buyer, variables } of record.unackedPlacements) await must(PLACE, variables, buyer.token);
  const scopes = [...record.acked, ...record.unackedPlacements].map((o) => `${o.buyer.id}:${o.key}`);
  const counts = await graph.read(async (tx) => {
    const r = await tx.run('UNWIND $scopes AS scope OPTIONAL MATCH (o:Order {idempotencyScope: scope}) RETURN scope, count(o) AS n', { scopes });
    return r.records.map((x) => x.get('n') as number);
  });
  expect(counts).toEqual(scopes.map(() => 1));

  // A verdict whose answer was lost is sent again, the same: whether or not the first one
  // committed before the crash, it is answered with one verdict (it used to be CONFLICT when it
  // had committed). An acknowledged one sent again gets the same verdict back; another verdict on
  // it is refused.
  for (const { buyer, order, variables } of record.unackedRatings) {
    const { rateRecommendation } = await must<{ rateRecommendation: { feedback: { id: string } } }>(RATE, variables, buyer.token);
    order.feedbackId = rateRecommendation.feedback.id;
  }
  const rated = record.acked.filter((o) => o.feedbackId);
  for (const order of rated) {
    const again = await must<{ rateRecommendation: { feedback: { id: string } } }>(RATE, { orderId: order.id, heldUp: order.heldUp }, order.buyer.token);
    expect(again.rateRecommendation.feedback.id).toBe(order.feedbackId);
  }
  const changed = await post(url, RATE, { orderId: rated[0]!.id, heldUp: !rated[0]!.heldUp }, rated[0]!.buyer.token);
  expect(changed.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  const verdicts = await graph.read(async (tx) => {
    const r = await tx.run('UNWIND $ids AS id MATCH (f:Feedback {orderId: id}) RETURN count(f) AS n', { ids: rated.map((o) => o.id) });
    return r.records[0]!.get('n') as number;
  });
  expect(verdicts).toBe(rated.length);
}, 120_000);

test('the commission audit passes and the trust recompute reconciles with the immediate updates', async () => {
  const audit = await auditLiveData(graph);
  if (!audit.passed) throw new Error(describeAudit(audit));
  expect(audit.commissions).toBeGreaterThan(0);

  // Each verdict and its trust event are one transaction: no feedback without its event, and no
  // feedback event without its feedback.
  const unpaired = await graph.read(async (tx) => {
    const r = await tx.run(
      `MATCH (f:Feedback) WHERE NOT EXISTS { (:TrustEvent {cause: 'FEEDBACK', orderId: f.orderId}) } RETURN f.orderId AS orderId
       UNION
       MATCH (e:TrustEvent {cause: 'FEEDBACK'}) WHERE NOT EXISTS { (:Feedback {orderId: e.orderId}) } RETURN e.orderId AS orderId`,
    );
    return r.records.map((x) => x.get('orderId') as string);
  });
  expect(unpaired).toEqual([]);

  // Every rater's reach was fresh when the burst started and the burst changes none (buyers are
  // never rated), and no pair is reciprocal: the recompute sees exactly the weights the immediate
  // updates used, so the model's drift bound (docs/trust-model.md, "Drift") reduces to rounding
  // one-decimal scores, 0.1. A verdict kept without its trust update, or the reverse, would
  // show here as a larger correction.
  const summary = await recomputeTrust(graph, START);
  expect(summary.converged).toBe(true);
  // A verdict committed just before the kill, its answer lost, is there too: count the graph.
  const feedbackInGraph = await graph.read(async (tx) => (await tx.run('MATCH (f:Feedback) RETURN count(f) AS n')).records[0]!.get('n') as number);
  expect(feedbackInGraph).toBeGreaterThanOrEqual(record.acked.filter((o) => o.feedbackId).length);
  expect(summary.ratings).toBe(feedbackInGraph);
  expect(summary.maxAbsDelta).toBeLessThanOrEqual(0.1);
}, 60_000);
