// Peer 4: OpenGDS personalized PageRank from the same verified seed, over the same trust graph,
// against our global recompute (graph/trust-recompute.ts).
//
// "The same graph": our EigenTrust step walks the local trust c_ij = max(0, support_ij × damping_ij)
// normalised per rater, where support is each pair's signed, decayed, value- and repeat-weighted
// verdicts and damping the collusion damping. Those weights come from the same trust edges the
// recompute reads and the domain's own functions (buildEdgeTable, supportOf, findCollusion,
// pairDamping) and are written as (:Member)-[:BENCH_TRUST {weight}]->
// (:Member) edges, which GDS projects natively. GDS's weighted PageRank divides by each node's
// out-weight sum, i.e. the same row normalisation; dampingFactor = 1 − alpha; sourceNodes = the
// verified members is the same restart vector. Two differences remain and are stated in the
// report: GDS lets a dangling node's mass leak where EigenTrust hands it back to the seed, and
// its tolerance is a per-node change, not an L1 sum (set here to ε × the seed count, the scale of
// GDS's scores, which sum to about one per seed).
//
// Writing the weighted edges is bench-only preparation, timed but counted on neither side: the
// weights hold the collusion damping and the decay to `now`, which only a recompute knows.
import { performance } from 'node:perf_hooks';
import type { Graph } from '../../graph/graph';
import { readTrustEdges } from '../../graph/trust-edges';
import { findCollusion, pairDamping, supportOf } from '../../server/domain/trust/collusion';
import { buildEdgeTable } from '../../server/domain/trust/edge-table';
import { pretrustOf, propagate } from '../../server/domain/trust/eigentrust';
import { DEFAULT_TRUST_PARAMS } from '../../server/domain/trust/params';
import { spearman } from './spearman';

const GRAPH_NAME = 'trustline-bench-trust';
const WARM_UP = 'trustline-bench-warm-up';
const PROJECT = `CALL gds.graph.project($graph, 'Member', {BENCH_TRUST: {properties: 'weight'}}) YIELD nodeCount, relationshipCount
  RETURN nodeCount, relationshipCount`;
const EDGE_BATCH = 10_000;

export type GdsPeer =
  | {
      available: true;
      version: string;
      nodes: number;
      edges: number;
      seeds: number;
      materialiseSeconds: number;
      projectionSeconds: number;
      /** stats mode: the iterations only. */
      computeSeconds: number;
      /** write mode: the iterations again, plus writing every member's score back. */
      computeAndWriteSeconds: number;
      ranIterations: number;
      didConverge: boolean;
      tolerance: number;
      maxIterations: number;
      dampingFactor: number;
      /** A tiny untimed projection and PageRank ran first (absent in runs before it was added). */
      warmedUp?: boolean;
      /** The whole projection, PageRank and write-back ran once untimed first (absent in runs before). */
      warmedUpWhole?: boolean;
      /** Our EigenTrust propagation, run in memory on the same weights, for comparison. */
      ourIterations: number;
      spearmanVsEigenTrust: number;
      spearmanVsReach: number;
    }
  | { available: false; reason: string };

const secondsSince = (t: number) => Math.round((performance.now() - t) / 10) / 100;

export async function gdsAvailable(graph: Graph): Promise<string | undefined> {
  try {
    return await graph.read(async (tx) => (await tx.run('CALL gds.version() YIELD gdsVersion RETURN gdsVersion')).records[0]?.get('gdsVersion') as string);
  } catch {
    return undefined;
  }
}

export async function runGdsPeer(graph: Graph, now: Date, log: (line: string) => void): Promise<GdsPeer> {
  const version = await gdsAvailable(graph);
  if (!version) return { available: false, reason: 'GDS is not installed in this Neo4j (the bench starts its own with OpenGDS unless NEO4J_URI or --no-gds)' };
  const params = DEFAULT_TRUST_PARAMS;

  // 1. The weights our recompute uses, from the same reads it makes.
  const members = await graph.read(async (tx) =>
    (await tx.run('MATCH (m:Member) RETURN m.id AS id, coalesce(m.verified, false) AS verified, coalesce(m.trustReach, 0.0) AS reach')).records.map(
      (r) => r.toObject() as { id: string; verified: boolean; reach: number },
    ),
  );
  const t = buildEdgeTable(members, await readTrustEdges(graph), now.getTime(), params);
  const support = supportOf(t);
  const flags = findCollusion(t, support, params);
  const local = new Float64Array(t.pairCount);
  const edges: Array<{ from: string; to: string; weight: number }> = [];
  for (let i = 0; i < t.ids.length; i++) {
    let sum = 0;
    for (let p = t.rowStart[i]!; p < t.rowStart[i + 1]!; p++) {
      local[p] = Math.max(0, support[p]! * pairDamping(t, flags, p, params));
      sum += local[p]!;
      if (local[p]! > 0) edges.push({ from: t.ids[i]!, to: t.ids[t.pairTarget[p]!]!, weight: local[p]! });
    }
    if (sum > 0) for (let p = t.rowStart[i]!; p < t.rowStart[i + 1]!; p++) local[p]! /= sum;
  }
  const ours = propagate({ n: t.ids.length, rowStart: t.rowStart, target: t.pairTarget, local, pretrust: pretrustOf(t.verified) }, params);

  // 2. Materialise them (bench-only preparation).
  let started = performance.now();
  await graph.runAutoCommit('MATCH ()-[e:BENCH_TRUST]->() CALL (e) { DELETE e } IN TRANSACTIONS OF 10000 ROWS');
  for (let i = 0; i < edges.length; i += EDGE_BATCH) {
    await graph.write((tx) =>
      tx.run(
        `UNWIND $edges AS e
         MATCH (a:Member {id: e.from}) USING INDEX a:Member(id)
         MATCH (b:Member {id: e.to}) USING INDEX b:Member(id)
         CREATE (a)-[:BENCH_TRUST {weight: e.weight}]->(b)`,
        { edges: edges.slice(i, i + EDGE_BATCH) },
      ),
    );
  }
  const materialiseSeconds = secondsSince(started);
  log(`  GDS ${version}: ${edges.length.toLocaleString('en')} weighted trust edges written in ${materialiseSeconds} s (bench preparation)`);

  const seeds = members.filter((m) => m.verified).length;
  const config = {
    dampingFactor: 1 - params.alpha,
    maxIterations: params.maxIterations,
    tolerance: params.epsilon * Math.max(1, seeds),
    relationshipWeightProperty: 'weight',
  };
  const seedIds = await graph.read(async (tx) =>
    (await tx.run('MATCH (s:Member) WHERE s.verified = true RETURN collect(id(s)) AS ids')).records[0]!.get('ids') as number[],
  );
  const call = (mode: 'stats' | 'stream' | 'write', yields: string) =>
    `CALL gds.pageRank.${mode}($graph, {sourceNodes: [x IN $seeds | toInteger(x)], dampingFactor: $c.dampingFactor,
       maxIterations: toInteger($c.maxIterations), tolerance: $c.tolerance, relationshipWeightProperty: $c.relationshipWeightProperty
       ${mode === 'write' ? ", writeProperty: 'benchGdsTrust'" : ''}})
     YIELD ${yields}`;
  const p = { graph: GRAPH_NAME, seeds: seedIds, c: config };

  try {
    // 3. Projection, then compute (stats), then compute + write, each timed on its own. First the
    // same three untimed, on the same graph, so the timings are GDS's work and not its class
    // loading and JIT warm-up, as in a database where GDS has been in use (and as our recompute is
    // measured after untimed whole recomputes).
    await graph.runAutoCommit('CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName', { graph: GRAPH_NAME });
    await graph.runAutoCommit('CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName', { graph: WARM_UP });
    await graph.runAutoCommit(PROJECT, { graph: WARM_UP });
    await graph.runAutoCommit(`${call('stats', 'ranIterations')} RETURN ranIterations`, { ...p, graph: WARM_UP });
    await graph.runAutoCommit(`${call('write', 'nodePropertiesWritten')} RETURN nodePropertiesWritten`, { ...p, graph: WARM_UP });
    await graph.runAutoCommit('CALL gds.graph.drop($graph) YIELD graphName RETURN graphName', { graph: WARM_UP });
    started = performance.now();
    const projected = await graph.read(async (tx) =>
      (await tx.run(PROJECT, { graph: GRAPH_NAME })).records[0]!.toObject() as { nodeCount: number; relationshipCount: number },
    );
    const projectionSeconds = secondsSince(started);
    started = performance.now();
    const stats = await graph.read(async (tx) =>
      (await tx.run(`${call('stats', 'ranIterations, didConverge')} RETURN ranIterations, didConverge`, p)).records[0]!.toObject() as {
        ranIterations: number;
        didConverge: boolean;
      },
    );
    const computeSeconds = secondsSince(started);
    started = performance.now();
    await graph.write((tx) => tx.run(`${call('write', 'nodePropertiesWritten')} RETURN nodePropertiesWritten`, p));
    const computeAndWriteSeconds = secondsSince(started);
    log(`  GDS: projection ${projectionSeconds} s, PageRank ${computeSeconds} s (${stats.ranIterations} iterations, converged ${stats.didConverge}), with write-back ${computeAndWriteSeconds} s`);

    // 4. Is it the same kind of computation? Rank correlation of the scores.
    const gds = await graph.read(async (tx) =>
      new Map(
        (await tx.run(`${call('stream', 'nodeId, score')} RETURN gds.util.asNode(nodeId).id AS id, score`, p)).records.map((r) => [r.get('id') as string, r.get('score') as number]),
      ),
    );
    const gdsScores = t.ids.map((id) => gds.get(id) ?? 0);
    const byId = new Map(members.map((m) => [m.id, m.reach]));
    const spearmanVsEigenTrust = spearman(gdsScores, Array.from(ours.trust));
    const spearmanVsReach = spearman(gdsScores, t.ids.map((id) => byId.get(id) ?? 0));
    log(`  Spearman(GDS, our EigenTrust) ${spearmanVsEigenTrust.toFixed(4)}, Spearman(GDS, stored reach) ${spearmanVsReach.toFixed(4)}`);
    return {
      available: true,
      version,
      nodes: projected.nodeCount,
      edges: projected.relationshipCount,
      seeds,
      materialiseSeconds,
      projectionSeconds,
      computeSeconds,
      computeAndWriteSeconds,
      ranIterations: stats.ranIterations,
      didConverge: stats.didConverge,
      tolerance: config.tolerance,
      maxIterations: config.maxIterations,
      dampingFactor: config.dampingFactor,
      warmedUp: true,
      warmedUpWhole: true,
      ourIterations: ours.iterations,
      spearmanVsEigenTrust: Math.round(spearmanVsEigenTrust * 10_000) / 10_000,
      spearmanVsReach: Math.round(spearmanVsReach * 10_000) / 10_000,
    };
  } finally {
    // Leave the market as it was: a reused database (--db) must not carry this run's peer.
    await graph.runAutoCommit('CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName', { graph: GRAPH_NAME });
    await graph.runAutoCommit('MATCH ()-[e:BENCH_TRUST]->() CALL (e) { DELETE e } IN TRANSACTIONS OF 10000 ROWS');
    await graph.runAutoCommit('MATCH (m:Member) WHERE m.benchGdsTrust IS NOT NULL CALL (m) { REMOVE m.benchGdsTrust } IN TRANSACTIONS OF 10000 ROWS');
  }
}
