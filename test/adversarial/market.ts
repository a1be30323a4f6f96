// The stage for the adversarial suite: the demo market with its 60 days of history in a Neo4j of
// its own (the global recompute works on every member, so the shared test database is no place
// for it), the real API server in front of it, and the moves an attacker makes, every one through
// the GraphQL API: signing up, buying, confirming receipt, recommending, rating.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../graph/embedded';
import { freePort } from '../../graph/free-port';
import { connectGraph, rows, type Graph } from '../../graph/graph';
import { migrate } from '../../graph/schema';
import { recomputeTrust } from '../../graph/trust-recompute';
import { ManualClock } from '../../server/clock';
import { DEMO_PASSWORD, loadDemoMarket } from '../../server/seed/demo';
import { CONFIRM_RECEIPT, MARK_DELIVERED, POST_REC, RATE, REC_TEXT, placeOrder, type OrderView, type RecView } from '../support/commerce';
import { ApiClient } from '../support/graphql-client';
import { startTestServer } from '../support/test-server';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export interface Actor {
  id: string;
  handle: string;
  api: ApiClient;
}

export interface Stage {
  graph: Graph;
  clock: ManualClock;
  url: string;
  stop(): Promise<void>;
}

/** Starts a Neo4j of its own, loads the demo market with history at `now`, serves the API. */
export async function openStage(now: Date): Promise<Stage> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'trustline-adversarial-'));
  const neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j({
    dataDir,
    port: await freePort(),
    heap: '768m',
    pageCacheMiB: 128,
    log: (l) => process.stderr.write(`[adversarial neo4j] ${l}\n`),
  });
  const graph = connectGraph(neo4j.uri, { user: 'neo4j', password: '', database: undefined }, true);
  await migrate(graph);
  await loadDemoMarket(graph, new ManualClock(now), () => {});
  const server = await startTestServer(now, { graph });
  return {
    graph,
    clock: server.clock,
    url: server.url,
    async stop() {
      await server.stop();
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function read<T>(stage: Stage, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return stage.graph.read(async (tx) => rows<T>(await tx.run(cypher, params)));
}

let accounts = 0;

/** A fresh account, signed up through the API (what costs an attacker nothing). */
export async function signUp(stage: Stage, prefix: string): Promise<Actor> {
  const handle = `${prefix}${String(++accounts).padStart(3, '0')}`;
  const api = new ApiClient(stage.url);
  const data = await api.ok<{ signUp: { token: string; member: { id: string } } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { token member { id } } }`,
    { input: { handle, displayName: handle, email: `${handle}@attack.example`, password: 'Nine-lives-of-a-sybil-7' } },
  );
  api.bearer = data.signUp.token;
  return { id: data.signUp.member.id, handle, api };
}

/** A demo member, signed in through the API with the demo password. */
export async function signIn(stage: Stage, handle: string): Promise<Actor> {
  const api = new ApiClient(stage.url);
  const data = await api.ok<{ signIn: { token: string; member: { id: string } } }>(
    `mutation ($input: SignInInput!) { signIn(input: $input) { token member { id } } }`,
    { input: { handleOrEmail: handle, password: DEMO_PASSWORD } },
  );
  api.bearer = data.signIn.token;
  return { id: data.signIn.member.id, handle, api };
}

export interface Product {
  id: string;
  supplierHandle: string;
}

/** An order placed and not yet rated: who bought, through what, and the verdict to give. */
export interface Purchase {
  buyer: Actor;
  order: OrderView;
  heldUp: boolean;
}

/** Places an order of `product`, through `code` when given. */
export async function place(buyer: Actor, product: Product, code?: string, heldUp = true): Promise<Purchase> {
  return { buyer, order: await placeOrder(buyer.api, product.id, { code }), heldUp };
}

/** The product's supplier marks these orders delivered: somebody shipped them. */
export async function ship(supplier: Actor, purchases: readonly Purchase[]): Promise<void> {
  for (const p of purchases) await supplier.api.ok(MARK_DELIVERED, { orderId: p.order.id });
}

/** Each buyer confirms receipt themselves (nobody shipped anything), at the clock's now. */
export async function confirm(purchases: readonly Purchase[]): Promise<void> {
  for (const p of purchases) await p.buyer.api.ok<{ confirmReceipt: OrderView }>(CONFIRM_RECEIPT, { orderId: p.order.id });
}

/** Each buyer gives their verdict on the recommendation they bought through. */
export async function rate(purchases: readonly Purchase[]): Promise<void> {
  for (const p of purchases) await p.buyer.api.ok(RATE, { orderId: p.order.id, stars: p.heldUp ? 5 : 1, heldUp: p.heldUp, comment: null });
}

/** First-hand: the author posts a recommendation of a product they received. */
export async function postRecommendation(author: Actor, product: Product): Promise<RecView> {
  return (await author.api.ok<{ postRecommendation: RecView }>(POST_REC, { productId: product.id, stars: 5, text: REC_TEXT }))
    .postRecommendation;
}

export async function recompute(stage: Stage): Promise<void> {
  await recomputeTrust(stage.graph, stage.clock.now());
}

export interface BoardRow {
  id: string;
  handle: string;
  rankKey: number;
}

/** The whole global board, through the API, page after page. */
export async function globalBoard(stage: Stage): Promise<BoardRow[]> {
  const api = new ApiClient(stage.url);
  const rowsOut: BoardRow[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { leaderboard: { edges: { node: { member: { id: string; handle: string; trust: { rankKey: number } } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
      await api.ok(
        `query ($after: String) { leaderboard(first: 100, after: $after) {
           edges { node { member { id handle trust { rankKey } } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
    for (const e of data.leaderboard.edges) rowsOut.push({ id: e.node.member.id, handle: e.node.member.handle, rankKey: e.node.member.trust.rankKey });
    if (!data.leaderboard.pageInfo.hasNextPage) return rowsOut;
    after = data.leaderboard.pageInfo.endCursor;
  }
}

export interface MemberTrustView {
  score: number;
  rankKey: number;
  vouched: boolean;
  isNew: boolean;
}

/** A member's trust as anyone reads it through the API. */
export async function trustOf(stage: Stage, handle: string): Promise<MemberTrustView> {
  const data = await new ApiClient(stage.url).ok<{ member: { trust: MemberTrustView } }>(
    `query ($handle: String!) { member(handle: $handle) { trust { score rankKey vouched isNew } } }`,
    { handle },
  );
  return data.member.trust;
}

/** The median of `values` (sorted copy). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
