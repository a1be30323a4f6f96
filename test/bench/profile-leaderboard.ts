// PROFILE of the leaderboard read, as the GraphQL request makes it: total db hits and the plan's
// operators, for docs/trust-model.md. Run against a kept bench market:
//   NEO4J_DATA_DIR=DIR/neo4j node --import tsx test/bench/profile-leaderboard.ts   (DIR from `npm run bench -- --db DIR`; or NEO4J_URI=…)
import { openGraph } from '../../graph/open';
import { graphSettingsFromEnv } from '../../graph/settings';
import { leaderboardCypher, leaderboardWithArrows } from '../../graph/leaderboard';
import { memberFields } from '../../graph/members';
import { GLOBAL_SCOPE } from '../../graph/snapshots';

type Op = { operatorType: string; dbHits: number; rows: number; children: Op[]; arguments?: Record<string, unknown> };

function lines(op: Op, depth = 0, out: string[] = []): string[] {
  const details = (op.arguments?.Details as string | undefined)?.replace(/\s+/g, ' ').slice(0, 110) ?? '';
  out.push(`${'  '.repeat(depth)}${op.operatorType.replace(/@.*$/, '')}  rows ${op.rows}, db hits ${op.dbHits}${details ? `  — ${details}` : ''}`);
  for (const c of op.children) lines(c, depth + 1, out);
  return out;
}
const total = (op: Op): number => op.dbHits + op.children.reduce((s, c) => s + total(c), 0);

/** The statements a request ran before this change (page, latest day, arrows) and the one it runs now. */
async function main(): Promise<void> {
  const open = await openGraph(graphSettingsFromEnv(), () => {});
  const graph = open.graph;
  const profile = async (label: string, cypher: string, params: Record<string, unknown>) => {
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.run(cypher, params); // plan cache and page cache warm
      const r = await session.run(`PROFILE ${cypher}`, params);
      const plan = r.summary.profile as unknown as Op;
      process.stdout.write(`\n### ${label}: ${total(plan)} db hits, ${r.records.length} rows\n\n${lines(plan).join('\n')}\n`);
      return r;
    } finally {
      await session.close();
    }
  };
  const fields = memberFields('m');
  const after = `($after IS NULL OR m.trustRankKey < $after.rankKey)`;
  const page = (exists: string) =>
    `MATCH (m:Member) WHERE m.trustRankKey IS NOT NULL AND EXISTS { ${exists} } AND ${after}
     RETURN ${fields} AS member ORDER BY m.trustRankKey DESC, m.trustScore DESC, m.id ASC LIMIT 51`;
  const before = await profile('before, 1 of 3: the page (EXISTS with the far label)', page('(m)-[:RECOMMENDS]->(:Recommendation)'), { after: null });
  await profile('before, 2 of 3: latest snapshot day', 'MATCH (d:RankSnapshotDay) RETURN d.day AS day ORDER BY d.day DESC LIMIT 1', {});
  const day = (await graph.read((tx) => tx.run('MATCH (d:RankSnapshotDay) RETURN max(d.day) AS day'))).records[0]!.get('day') as string;
  const keys = before.records.map((r) => `${(r.get('member') as { id: string }).id}|${GLOBAL_SCOPE}|${day}`);
  await profile('before, 3 of 3: arrows', 'UNWIND $keys AS key MATCH (s:RankSnapshot {key: key}) RETURN s.key, s.rank, s.movement', { keys });
  await profile('the page with EXISTS and no far label', page('(m)-[:RECOMMENDS]->()'), { after: null });
  await profile('after: the one statement (page, day and arrows)', leaderboardCypher('GLOBAL'), { after: null, limit: 51, scopeKey: GLOBAL_SCOPE, category: null, viewerId: null });
  const read = await leaderboardWithArrows(graph, { kind: 'GLOBAL' }, GLOBAL_SCOPE, 51, undefined);
  process.stdout.write(`\nleaderboardWithArrows: ${read.rows.length} rows, day ${read.snapshotDay}, ${read.readings.filter((r) => r.reading).length} arrows\n`);
  await open.close();
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
