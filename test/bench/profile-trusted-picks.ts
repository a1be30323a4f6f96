// PROFILE of the trusted picks' evidence read (graph/trusted-picks.ts), and what a request costs
// with and without the process's picks cache, for docs/trusted-picks-and-daily.md. On a kept
// database (NEO4J_DATA_DIR or NEO4J_URI) it reads what is there; on an empty one it first loads
// the bench market and recomputes trust from its verified seed, so rank keys are real:
//   NEO4J_DATA_DIR=DIR node --import tsx test/bench/profile-trusted-picks.ts [--members 10000] [--orders 100000]
import { performance } from 'node:perf_hooks';
import { openGraph } from '../../graph/open';
import { graphSettingsFromEnv } from '../../graph/settings';
import { migrate } from '../../graph/schema';
import { EVIDENCE_CYPHER } from '../../graph/trusted-picks';
import { recomputeTrust } from '../../graph/trust-recompute';
import { TrustedPicksCache } from '../../server/trusted-picks-cache';
import { ManualClock } from '../../server/clock';
import { DEFAULT_PRIVILEGE_LADDER } from '../../server/domain/privileges';
import { BENCH_NOW, generateMarket, isEmpty } from './generate';

type Op = { operatorType: string; dbHits: number; rows: number; children: Op[] };
const total = (op: Op): number => op.dbHits + op.children.reduce((s, c) => s + total(c), 0);
const flag = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

async function main(): Promise<void> {
  const open = await openGraph(graphSettingsFromEnv(), () => {});
  const graph = open.graph;
  const say = (line: string) => process.stdout.write(`${line}\n`);
  if (await isEmpty(graph)) {
    await migrate(graph);
    await generateMarket(graph, { members: flag('members', 10_000), orders: flag('orders', 100_000), seed: 7 }, say);
    await recomputeTrust(graph, BENCH_NOW);
  }
  const counts = (await graph.read((tx) => tx.run(
    `MATCH (m:Member) WITH count(m) AS members, count(CASE WHEN m.trustRankKey > 0 THEN 1 END) AS vouched,
       count(CASE WHEN m.trustRankKey >= $step THEN 1 END) AS pastStep
     RETURN members, vouched, pastStep, COUNT { (:Order) } AS orders, COUNT { (:Recommendation) } AS recommendations`,
    { step: DEFAULT_PRIVILEGE_LADDER.trustedPick.rankKey },
  ))).records[0]!.toObject();
  say(`market: ${JSON.stringify(counts)}`);

  const session = graph.driver.session({ database: graph.database });
  try {
    for (const [label, minRankKey] of [['every vouched recommender (rank key > 0, as before the step)', 0], ['past the step\'s rank key (now)', DEFAULT_PRIVILEGE_LADDER.trustedPick.rankKey]] as const) {
      await session.run(EVIDENCE_CYPHER, { minRankKey }); // plan and page cache warm
      const started = performance.now();
      const r = await session.run(`PROFILE ${EVIDENCE_CYPHER}`, { minRankKey });
      say(`evidence, ${label}: ${total(r.summary.profile as unknown as Op)} db hits, ${r.records.length} products, ${(performance.now() - started).toFixed(0)} ms`);
    }
  } finally {
    await session.close();
  }

  // A request's evidence through the cache: the first reads, the next ones within the TTL do not.
  const cache = new TrustedPicksCache(graph, { ttlMs: 2000, clock: new ManualClock(BENCH_NOW) });
  const step = DEFAULT_PRIVILEGE_LADDER.trustedPick;
  for (const label of ['first request (a miss: one read)', 'second request (a hit)', 'third request (a hit)']) {
    const started = performance.now();
    const evidence = await cache.evidence(step.rankKey);
    say(`${label}: ${(performance.now() - started).toFixed(1)} ms, ${evidence.length} products`);
  }
  cache.close();
  await open.close();
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
