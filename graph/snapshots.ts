// The daily rank snapshot. Once per calendar day it ranks every recommender — globally and within
// each product category — and stores each rank with its movement since the previous snapshot, so
// a leaderboard row's arrow, a member's rank and a member's history are single indexed reads,
// whatever the member's rank. Idempotent per day: a second run for the same day changes nothing.
import type { Graph } from './graph';

const WRITE_BATCH = 5000;
export const GLOBAL_SCOPE = 'global';
export const categoryScope = (category: string) => `category:${category}`;

export interface SnapshotSummary {
  day: string;
  alreadyTaken: boolean;
  scopes: number;
  ranks: number;
  seconds: number;
}

interface RankRow {
  memberId: string;
  score: number;
  confidence: number;
  rankKey: number;
}

// Recommenders with vouched evidence only (rank key > 0), as the live boards: a member ranks once
// they have posted a recommendation and raters the verified seed reaches have judged it. Ties by
// id, never by the score (graph/leaderboard.ts says why).
const GLOBAL_ORDER = `
  MATCH (m:Member) WHERE m.trustRankKey > 0 AND EXISTS { (m)-[:RECOMMENDS]->(:Recommendation) }
  RETURN m.id AS memberId, m.trustScore AS score, m.trustConfidence AS confidence, m.trustRankKey AS rankKey
  ORDER BY m.trustRankKey DESC, m.id ASC`;

const CATEGORY_ORDER = `
  MATCH (m:Member)-[:RECOMMENDS]->(:Recommendation)-[:FOR]->(p:Product)
  WHERE m.trustRankKey > 0
  WITH DISTINCT p.category AS category, m
  ORDER BY category, m.trustRankKey DESC, m.id ASC
  RETURN category, collect({memberId: m.id, score: m.trustScore, confidence: m.trustConfidence, rankKey: m.trustRankKey}) AS rows`;

export async function takeDailySnapshot(
  graph: Graph,
  day: string,
  now: Date,
  say: (line: string) => void = () => {},
): Promise<SnapshotSummary> {
  const started = Date.now();
  const existing = await graph.read(async (tx) =>
    (await tx.run('MATCH (d:RankSnapshotDay {day: $day}) RETURN d.day AS day', { day })).records.length,
  );
  if (existing > 0) return { day, alreadyTaken: true, scopes: 0, ranks: 0, seconds: 0 };

  const previousDay = await graph.read(async (tx) => {
    const r = await tx.run('MATCH (d:RankSnapshotDay) WHERE d.day < $day RETURN d.day AS day ORDER BY d.day DESC LIMIT 1', { day });
    return (r.records[0]?.get('day') as string | undefined) ?? null;
  });
  const global = await graph.read(async (tx) => (await tx.run(GLOBAL_ORDER)).records.map((r) => r.toObject() as RankRow));
  const categories = await graph.read(async (tx) =>
    (await tx.run(CATEGORY_ORDER)).records.map((r) => r.toObject() as { category: string; rows: RankRow[] }),
  );
  const scopes = [
    { scope: GLOBAL_SCOPE, rows: global },
    ...categories.map((c) => ({ scope: categoryScope(c.category), rows: c.rows })),
  ];
  let ranks = 0;
  for (const { scope, rows } of scopes) {
    for (let i = 0; i < rows.length; i += WRITE_BATCH) {
      const batch = rows.slice(i, i + WRITE_BATCH).map((row, j) => ({ ...row, rank: i + j + 1 }));
      await graph.write((tx) =>
        tx.run(
          `UNWIND $batch AS row
           OPTIONAL MATCH (prev:RankSnapshot {key: row.memberId + '|' + $scope + '|' + coalesce($previousDay, '')})
           MERGE (s:RankSnapshot {key: row.memberId + '|' + $scope + '|' + $day})
           SET s.memberId = row.memberId, s.scope = $scope, s.day = $day, s.rank = toInteger(row.rank),
               s.score = row.score, s.confidence = row.confidence, s.rankKey = row.rankKey,
               s.previousRank = prev.rank,
               s.movement = CASE WHEN prev IS NULL THEN null ELSE toInteger(prev.rank - row.rank) END`,
          { batch, scope, day, previousDay },
        ),
      );
      ranks += batch.length;
    }
    if (scope === GLOBAL_SCOPE) say(`  snapshot ${day}: ${rows.length} global ranks`);
  }
  // Written last: its presence marks the day complete, so an interrupted run is simply re-run.
  await graph.write((tx) =>
    tx.run('MERGE (d:RankSnapshotDay {day: $day}) SET d.takenAt = toInteger($now), d.ranks = toInteger($ranks), d.previousDay = $previousDay', {
      day,
      now: now.getTime(),
      ranks,
      previousDay,
    }),
  );
  say(`  snapshot ${day}: ${scopes.length} scopes, ${ranks} ranks`);
  return { day, alreadyTaken: false, scopes: scopes.length, ranks, seconds: Math.round((Date.now() - started) / 100) / 10 };
}

/** The day of the most recent complete snapshot, if any. */
export function latestSnapshotDay(graph: Graph): Promise<string | null> {
  return graph.query('MATCH (d:RankSnapshotDay) RETURN d.day AS day ORDER BY d.day DESC LIMIT 1', {}, (r) => (r.records[0]?.get('day') as string | undefined) ?? null);
}

export interface RankReading {
  rank: number;
  movement: number | null;
  day: string;
}

/** A member's rank in a scope from the latest snapshot: one index seek, whatever the rank. */
export function memberRank(graph: Graph, memberId: string, scope: string, day: string): Promise<RankReading | null> {
  return graph.read(async (tx) => {
    const r = await tx.run(
      'MATCH (s:RankSnapshot {key: $key}) RETURN s.rank AS rank, s.movement AS movement, s.day AS day',
      { key: `${memberId}|${scope}|${day}` },
    );
    return (r.records[0]?.toObject() as RankReading | undefined) ?? null;
  });
}

export interface HistoryPoint {
  day: string;
  rank: number;
  score: number;
  confidence: number;
}

/**
 * The daily history of many members over the same days, in one query (for the request's
 * DataLoader: a leaderboard page's trustHistory is one read, not one per row). Oldest first.
 */
export function memberHistories(graph: Graph, memberIds: readonly string[], fromDay: string, toDay: string): Promise<Map<string, HistoryPoint[]>> {
  return graph.read(async (tx) => {
    const r = await tx.run(
      `UNWIND $memberIds AS memberId
       MATCH (s:RankSnapshot) WHERE s.memberId = memberId AND s.scope = $scope AND s.day >= $fromDay AND s.day <= $toDay
       RETURN memberId, s.day AS day, s.rank AS rank, s.score AS score, s.confidence AS confidence ORDER BY memberId, s.day`,
      { memberIds, scope: GLOBAL_SCOPE, fromDay, toDay },
    );
    const byMember = new Map<string, HistoryPoint[]>(memberIds.map((id) => [id, []]));
    for (const record of r.records) {
      const { memberId, ...point } = record.toObject() as HistoryPoint & { memberId: string };
      byMember.get(memberId)?.push(point);
    }
    return byMember;
  });
}
