// Leaderboard pages: recommenders ordered by their trust rank key (a lower confidence bound of
// vouched evidence, so a lucky streak does not outrank a long record), best first, ties by member
// id: something no verdict can buy (the score would hand a tie to whoever collected the most
// unvouched praise). The global and category boards rank only records with vouched evidence
// (rank key > 0): a fresh identity has no place on them, so it gains nothing over the record it
// abandoned. The global board walks the trustRankKey index in order and stops after one page; the
// category and "people I follow" boards are bounded by the category's recommenders or by whom
// one follows (that board shows everyone I follow, the unvouched last).
import type { Graph } from './graph';
import { memberFields, type MemberRecord } from './members';
import { circlePlaces, type CircleReading } from '../server/domain/ranking/circle-movement';

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
  /** The row's arrow when the page's read brought it; undefined means "ask the snapshot". */
  movement?: number | null;
}

export type LeaderboardScope =
  | { kind: 'GLOBAL' }
  | { kind: 'CATEGORY'; category: string }
  | { kind: 'FOLLOWING'; viewerId: string };

// Keyset pagination: strictly after the cursor's (rankKey desc, id asc) position. (The cursor
// still carries the score, for cursors handed out before ties stopped being broken by it.)
const AFTER = `($after IS NULL
  OR m.trustRankKey < $after.rankKey
  OR (m.trustRankKey = $after.rankKey AND m.id > $after.id))`;
const ORDER = 'ORDER BY m.trustRankKey DESC, m.id ASC LIMIT toInteger($limit)';

// "Is a recommender" without naming the far node's label: RECOMMENDS only ever points at a
// Recommendation, and without the label the planner answers from the node's relationship
// count by type (a degree lookup, constant even on a member with thousands of orders and
// verdicts) instead of expanding the relationships and checking each far node's label.
const MATCH_BY_SCOPE = {
  GLOBAL: `MATCH (m:Member) WHERE m.trustRankKey > 0
           AND EXISTS { (m)-[:RECOMMENDS]->() } AND ${AFTER}`,
  CATEGORY: `MATCH (m:Member)-[:RECOMMENDS]->(:Recommendation)-[:FOR]->(:Product {category: $category})
             WITH DISTINCT m WHERE m.trustRankKey > 0 AND ${AFTER}`,
  // Like a friends' step ranking: the people I follow, and me among them (marked as me by the
  // app), so I see my place; its arrows are places within this circle (followingBoard).
  FOLLOWING: `MATCH (me:Member {id: $viewerId})
              CALL (me) { MATCH (me)-[:FOLLOWS]->(f:Member) RETURN f AS m UNION RETURN me AS m }
              WITH m WHERE m.trustRankKey IS NOT NULL AND ${AFTER}`,
} as const;

export interface LeaderboardRead {
  rows: LeaderboardMember[];
  /** The latest snapshot day; undefined when the page is empty (nothing came back to carry it). */
  snapshotDay: string | null | undefined;
  /** Each row's reading in that snapshot (its arrow), keyed `memberId|scopeKey|day`; null when absent. */
  readings: Array<{ key: string; reading: SnapshotRankRow | null }>;
}

/** The one statement behind a leaderboard page (exported for test/bench/profile-leaderboard.ts). */
export function leaderboardCypher(kind: LeaderboardScope['kind']): string {
  return `CALL () { OPTIONAL MATCH (d:RankSnapshotDay) RETURN max(d.day) AS day }
    CALL () {
      ${MATCH_BY_SCOPE[kind]}
      RETURN m ${ORDER}
    }
    OPTIONAL MATCH (s:RankSnapshot {key: m.id + '|' + $scopeKey + '|' + day})
    RETURN day, ${memberFields('m')} AS member, m.trustRankKey AS rankKey, m.trustScore AS score,
      s.rank AS snapshotRank, s.movement AS movement
    ORDER BY rankKey DESC, member.id ASC`;
}

/**
 * A leaderboard page in one statement: the latest snapshot day, the page in board order, and each
 * row's snapshot reading for its movement arrow. The request used to make three reads (page,
 * latest day, arrows), each its own transaction and Bolt round trips; the work inside the
 * database is the same, the waiting is a third.
 */
export async function leaderboardWithArrows(
  graph: Graph,
  scope: LeaderboardScope,
  scopeKey: string,
  limit: number,
  after: LeaderboardCursor | undefined,
): Promise<LeaderboardRead> {
  const params = {
    limit,
    after: after ? { rankKey: after.rankKey, score: after.score, id: after.id } : null,
    category: scope.kind === 'CATEGORY' ? scope.category : null,
    viewerId: scope.kind === 'FOLLOWING' ? scope.viewerId : null,
    scopeKey,
  };
  const records = await graph.query(leaderboardCypher(scope.kind), params, (result) =>
    result.records.map((r) => r.toObject() as Omit<LeaderboardMember, 'position'> & { day: string | null; snapshotRank: number | null; movement: number | null }),
  );
  const start = after ? after.position : 0;
  const day = records[0]?.day;
  return {
    rows: records.map(({ member, rankKey, score }, i) => ({ member, rankKey, score, position: start + i + 1 })),
    snapshotDay: records.length ? (day ?? null) : undefined,
    readings: day
      ? records.map((r) => {
          const key = `${r.member.id}|${scopeKey}|${day}`;
          return { key, reading: r.snapshotRank === null ? null : { key, rank: r.snapshotRank, movement: r.movement } };
        })
      : [],
  };
}

// Every circle member's global rank in the latest snapshot and in the one before: bounded by
// whom the viewer follows, two unique-index seeks per member.
const CIRCLE_READINGS = `
  MATCH (d:RankSnapshotDay {day: $day})
  MATCH (me:Member {id: $viewerId})
  CALL (me) { MATCH (me)-[:FOLLOWS]->(f:Member) RETURN f AS m UNION RETURN me AS m }
  OPTIONAL MATCH (now:RankSnapshot {key: m.id + '|' + $globalScope + '|' + d.day})
  OPTIONAL MATCH (before:RankSnapshot {key: m.id + '|' + $globalScope + '|' + coalesce(d.previousDay, '')})
  RETURN m.id AS memberId, now.rank AS rankNow, before.rank AS rankBefore`;

/**
 * A page of the "people I follow" board with arrows that count places within the circle
 * (server/domain/ranking/circle-movement.ts), not on the whole network: the page, then the
 * circle's snapshot ranks on the page's snapshot day. Each row's reading is its place in the
 * circle in that snapshot, keyed by `circleKey` apart from the global board's readings, so a
 * member's global rank asked in the same request is not mistaken for it.
 */
export async function followingBoard(
  graph: Graph,
  viewerId: string,
  globalScope: string,
  circleKey: string,
  limit: number,
  after: LeaderboardCursor | undefined,
): Promise<LeaderboardRead> {
  const page = await leaderboardWithArrows(graph, { kind: 'FOLLOWING', viewerId }, globalScope, limit, after);
  const day = page.snapshotDay;
  if (!day) return { ...page, readings: [] };
  const circle = await graph.query(CIRCLE_READINGS, { day, viewerId, globalScope }, (result) => result.records.map((r) => r.toObject() as CircleReading));
  const places = circlePlaces(circle);
  return {
    ...page,
    readings: page.rows.map(({ member }) => {
      const key = `${member.id}|${circleKey}|${day}`;
      const placed = places.get(member.id);
      return { key, reading: placed ? { key, rank: placed.place, movement: placed.movement } : null };
    }),
  };
}

export interface SnapshotRankRow {
  key: string;
  rank: number;
  movement: number | null;
}

/** Snapshot ranks for many (member, scope, day) keys in one read: for leaderboard arrows. */
export function snapshotRanks(graph: Graph, keys: readonly string[]): Promise<SnapshotRankRow[]> {
  return graph.query(
    `UNWIND $keys AS key
     MATCH (s:RankSnapshot {key: key})
     RETURN s.key AS key, s.rank AS rank, s.movement AS movement`,
    { keys },
    (result) => result.records.map((r) => r.toObject() as SnapshotRankRow),
  );
}
