// Leaderboard pages: recommenders ordered by their trust rank key (a lower confidence bound,
// so a lucky streak does not outrank a long record), best first, ties by score then id. The
// global board walks the trustRankKey index in order and stops after one page; the category and
// "people I follow" boards are bounded by the category's recommenders or by whom one follows.
import type { Graph } from './graph';
import { memberFields, type MemberRecord } from './members';

export interface LeaderboardCursor {
  rankKey: number;
  score: number;
  id: string;
  position: number;
}

export interface LeaderboardMember {
  position: number;
  member: MemberRecord;
  rankKey: number;
  score: number;
}

/** A row as the LeaderboardRow resolvers receive it: which board and which snapshot it is read against. */
export interface LeaderboardRowRecord extends LeaderboardMember {
  scopeKey: string;
  snapshotDay: string | null;
}

export type LeaderboardScope =
  | { kind: 'GLOBAL' }
  | { kind: 'CATEGORY'; category: string }
  | { kind: 'FOLLOWING'; viewerId: string };

// Keyset pagination: strictly after the cursor's (rankKey desc, score desc, id asc) position.
const AFTER = `($after IS NULL
  OR m.trustRankKey < $after.rankKey
  OR (m.trustRankKey = $after.rankKey AND (m.trustScore < $after.score
      OR (m.trustScore = $after.score AND m.id > $after.id))))`;
const ORDER = 'ORDER BY m.trustRankKey DESC, m.trustScore DESC, m.id ASC LIMIT toInteger($limit)';

const MATCH_BY_SCOPE = {
  GLOBAL: `MATCH (m:Member) WHERE m.trustRankKey IS NOT NULL
           AND EXISTS { (m)-[:RECOMMENDS]->(:Recommendation) } AND ${AFTER}`,
  CATEGORY: `MATCH (m:Member)-[:RECOMMENDS]->(:Recommendation)-[:FOR]->(:Product {category: $category})
             WITH DISTINCT m WHERE m.trustRankKey IS NOT NULL AND ${AFTER}`,
  // Like a friends' step ranking: the people I follow, and me among them.
  FOLLOWING: `MATCH (me:Member {id: $viewerId})
              CALL (me) { MATCH (me)-[:FOLLOWS]->(f:Member) RETURN f AS m UNION RETURN me AS m }
              WITH m WHERE m.trustRankKey IS NOT NULL AND ${AFTER}`,
} as const;

export async function leaderboardPage(
  graph: Graph,
  scope: LeaderboardScope,
  limit: number,
  after: LeaderboardCursor | undefined,
): Promise<LeaderboardMember[]> {
  const params = {
    limit,
    after: after ? { rankKey: after.rankKey, score: after.score, id: after.id } : null,
    category: scope.kind === 'CATEGORY' ? scope.category : null,
    viewerId: scope.kind === 'FOLLOWING' ? scope.viewerId : null,
  };
  const rows = await graph.read(async (tx) => {
    const result = await tx.run(
      `${MATCH_BY_SCOPE[scope.kind]}
       RETURN ${memberFields('m')} AS member, m.trustRankKey AS rankKey, m.trustScore AS score
       ${ORDER}`,
      params,
    );
    return result.records.map((r) => r.toObject() as Omit<LeaderboardMember, 'position'>);
  });
  const start = after ? after.position : 0;
  return rows.map((row, i) => ({ ...row, position: start + i + 1 }));
}

export interface SnapshotRankRow {
  key: string;
  rank: number;
  movement: number | null;
}

/** Snapshot ranks for many (member, scope, day) keys in one read: for leaderboard arrows. */
export function snapshotRanks(graph: Graph, keys: readonly string[]): Promise<SnapshotRankRow[]> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $keys AS key
       MATCH (s:RankSnapshot {key: key})
       RETURN s.key AS key, s.rank AS rank, s.movement AS movement`,
      { keys },
    );
    return result.records.map((r) => r.toObject() as SnapshotRankRow);
  });
}
