// Follows: (:Member)-[:FOLLOWS {at}]->(:Member). They feed the "people I follow" leaderboard
// and the recommendation feed; following is free and earns nothing.
import neo4j from 'neo4j-driver';
import { notFound } from '../server/errors';
import type { Position } from '../server/pagination';
import type { Graph, Tx } from './graph';
import { memberFields, toMemberRecord, type MemberRecord } from './members';

async function followee(tx: Tx, cypher: string, followerId: string, followeeId: string, now: number): Promise<MemberRecord> {
  const result = await tx.run(cypher, { followerId, followeeId, now: neo4j.int(now) }); // epoch ms as an integer
  const raw = result.records[0]?.get('member') as Record<string, unknown> | undefined;
  if (!raw) throw notFound('That member');
  return toMemberRecord(raw);
}

/** Idempotent: a second follow keeps the first one's date. Self-follows are refused before this. */
export function follow(graph: Graph, followerId: string, followeeId: string, now: Date): Promise<MemberRecord> {
  return graph.write((tx) =>
    followee(
      tx,
      `MATCH (a:Member {id: $followerId}), (b:Member {id: $followeeId})
       MERGE (a)-[f:FOLLOWS]->(b)
         ON CREATE SET f.at = $now
       RETURN ${memberFields('b')} AS member`,
      followerId,
      followeeId,
      now.getTime(),
    ),
  );
}

/** Idempotent: unfollowing someone you do not follow changes nothing. */
export function unfollow(graph: Graph, followerId: string, followeeId: string): Promise<MemberRecord> {
  return graph.write((tx) =>
    followee(
      tx,
      `MATCH (a:Member {id: $followerId}), (b:Member {id: $followeeId})
       OPTIONAL MATCH (a)-[f:FOLLOWS]->(b)
       DELETE f
       RETURN ${memberFields('b')} AS member`,
      followerId,
      followeeId,
      0,
    ),
  );
}

export interface FollowRow {
  member: MemberRecord;
  since: number;
}

/** One page of a follow list, most recent follow first; `limit` is page size + 1. */
export function followPage(
  graph: Graph,
  memberId: string,
  direction: 'followers' | 'following',
  after: Position | undefined,
  limit: number,
): Promise<FollowRow[]> {
  const pattern = direction === 'followers' ? '(other:Member)-[f:FOLLOWS]->(m:Member {id: $memberId})' : '(m:Member {id: $memberId})-[f:FOLLOWS]->(other:Member)';
  return graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH ${pattern}
       ${after ? 'WHERE f.at < $afterAt OR (f.at = $afterAt AND other.id < $afterId)' : ''}
       RETURN ${memberFields('other')} AS member, f.at AS since
       ORDER BY since DESC, other.id DESC
       LIMIT $limit`,
      { memberId, afterAt: after?.key ?? null, afterId: after?.id ?? null, limit: neo4j.int(limit) }, // LIMIT wants an integer, not a float
    );
    return result.records.map((r) => ({ member: toMemberRecord(r.get('member') as Record<string, unknown>), since: r.get('since') as number }));
  });
}

export interface FollowCounts {
  followers: number;
  following: number;
}

/** Follower and following counts of many members in one query (for the DataLoader). */
export function followCounts(graph: Graph, memberIds: readonly string[]): Promise<Map<string, FollowCounts>> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $memberIds AS memberId
       MATCH (m:Member {id: memberId})
       RETURN memberId, COUNT { (m)<-[:FOLLOWS]-(:Member) } AS followers, COUNT { (m)-[:FOLLOWS]->(:Member) } AS following`,
      { memberIds },
    );
    return new Map(result.records.map((r) => [r.get('memberId') as string, { followers: r.get('followers') as number, following: r.get('following') as number }]));
  });
}

/** Which of `followeeIds` the member `followerId` follows (for viewerFollows on a list). */
export function followsAmong(graph: Graph, followerId: string, followeeIds: readonly string[]): Promise<Set<string>> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (:Member {id: $followerId})-[:FOLLOWS]->(b:Member)
       WHERE b.id IN $followeeIds
       RETURN b.id AS id`,
      { followerId, followeeIds },
    );
    return new Set(result.records.map((r) => r.get('id') as string));
  });
}
