// `npm run bench -- --db DIR`: keep the generated market in DIR and reuse it on the next run with
// the same size and seed, so a re-run of `--full` does not pay the bulk load (~15 minutes at
// 100k members / 1M orders) again.
//
// A run changes the market: the recompute rewrites every member's trust and records trust events,
// the snapshots add ranks, the feedback measurements add fixture orders, sessions, verdicts and
// trust events. Reuse first puts the market back as the generator left it: everything the
// generator does not create is deleted, the fixtures go, and every member's trust returns to the
// generator's starting values; the trust edges are derived again from the generator's verdicts.
// The bulk load's wall time is then the one recorded when the
// market was generated (marked as such in the report).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rebuildTrustEdges, type TrustEdgeRebuild } from '../../graph/trust-edges';
import type { Graph } from '../../graph/graph';
import { TRUST_PROP_KEYS, initialTrustProps } from '../../graph/member-trust-props';
import { BENCH_NOW, benchId, type MarketSize } from './generate';

const DAY = 24 * 60 * 60 * 1000;
/** What the generator creates (test/bench/generate.ts), plus the schema's version node. */
const MARKET_LABELS = ['Member', 'Product', 'Recommendation', 'Order', 'Feedback', 'SchemaVersion'];
/** Fixture orders (kind 7) and the bare peer's verdicts (kind 8) share these id prefixes. */
const FIXTURE_ORDER_PREFIX = benchId(7, 0).slice(0, 8);
const BARE_FEEDBACK_PREFIX = benchId(8, 0).slice(0, 8);

/** Batched UNWIND into a running Neo4j, or CSV files through Neo4j's offline importer (`--bulk`). */
export type MarketLoader = 'unwind' | 'importer';

export interface MarketMarker extends MarketSize {
  bulkLoadSeconds: number;
  /** How the market was loaded (absent in markers written before it was recorded). */
  loadedBy?: MarketLoader;
  rowsPerSecond: number;
  generatedAt: string;
}

const markerPath = (dataDir: string) => path.join(dataDir, 'bench-market.json');

export function readMarker(dataDir: string): MarketMarker | undefined {
  const file = markerPath(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MarketMarker) : undefined;
}

export function writeMarker(dataDir: string, marker: MarketMarker): void {
  writeFileSync(markerPath(dataDir), `${JSON.stringify(marker, null, 2)}\n`);
}

export function sameMarket(marker: MarketMarker, size: MarketSize): boolean {
  return marker.members === size.members && marker.orders === size.orders && marker.seed === size.seed;
}

/** Puts a market a previous run changed back as the generator left it; returns how long deriving the trust edges took. */
export async function resetMarket(graph: Graph, log: (line: string) => void): Promise<TrustEdgeRebuild> {
  log('Reusing the generated market: removing what the previous run added…');
  const inTx = (cypher: string, params: Record<string, unknown> = {}) => graph.runAutoCommit(cypher, params);
  await inTx(
    `MATCH (n) WHERE NOT any(l IN labels(n) WHERE l IN $keep)
     CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
    { keep: MARKET_LABELS },
  );
  await inTx(
    `MATCH (o:Order) WHERE o.id STARTS WITH $prefix
     CALL (o) { OPTIONAL MATCH (o)<-[:ON]-(f:Feedback) DETACH DELETE f, o } IN TRANSACTIONS OF 5000 ROWS`,
    { prefix: FIXTURE_ORDER_PREFIX },
  );
  await inTx('MATCH (f:Feedback) WHERE f.id STARTS WITH $prefix CALL (f) { DETACH DELETE f } IN TRANSACTIONS OF 10000 ROWS', {
    prefix: BARE_FEEDBACK_PREFIX,
  });
  await resetMemberTrust(graph);
  // The fixtures' verdicts went into trust edges too: derive the edges from what is left.
  return rebuildTrustEdges(graph, log);
}

/**
 * Every member's trust back to the generator's starting values (what a recompute then rewrites),
 * and no let-down run: the generator leaves none. Left as the fixtures' let-downs made it, the run
 * grew from bench run to bench run, and one run raised 1,201 LET_DOWN_RUN flags during its rating
 * rounds, each scanning the 100,000 members for admins to notify.
 */
export async function resetMemberTrust(graph: Graph): Promise<void> {
  const start = new Date(BENCH_NOW.getTime() - 365 * DAY);
  await graph.runAutoCommit(
    `MATCH (m:Member)
     CALL (m) { SET m += CASE WHEN m.verified THEN $seed ELSE $plain END REMOVE m.letDownRun } IN TRANSACTIONS OF 10000 ROWS`,
    { seed: initialTrustProps(start, true), plain: initialTrustProps(start) },
  );
}

/** Every member's stored trust as it is now, for restoreMemberTrust. */
export interface MemberTrustSnapshot {
  rows: Array<{ id: string; props: Record<string, unknown> }>;
}

export async function memberTrustSnapshot(graph: Graph): Promise<MemberTrustSnapshot> {
  const result = await graph.read((tx) => tx.run(`MATCH (m:Member) RETURN m.id AS id, m {${[...TRUST_PROP_KEYS, 'letDownRun'].map((k) => `.${k}`).join(', ')}} AS props`));
  return { rows: result.records.map((r) => ({ id: r.get('id') as string, props: r.get('props') as Record<string, unknown> })) };
}

/**
 * Puts every member's stored trust back as the snapshot took it (a property it lacked is removed),
 * so each of the bench's recompute runs finds the same starting state and writes back as much.
 */
export async function restoreMemberTrust(graph: Graph, snapshot: MemberTrustSnapshot): Promise<void> {
  await graph.runAutoCommit(
    'UNWIND $rows AS row MATCH (m:Member {id: row.id}) CALL (m, row) { SET m += row.props } IN TRANSACTIONS OF 10000 ROWS',
    { rows: snapshot.rows },
  );
}
