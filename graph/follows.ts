// Follows: (:Member)-[:FOLLOWS {at}]->(:Member). They feed the "people I follow" leaderboard
// and the recommendation feed; following is free and earns nothing.
import neo4j from 'neo4j-driver';
import { notFound } from '../server/errors';
import type { Position } from '../server/pagination';
import type { Graph, Tx } from './graph';
import { notify } from './notify';
import { memberFields, toMemberRecord, type MemberRecord } from './members';

async function followee(tx: Tx, cypher: string, followerId: string, followeeId: string, now: number): Promise<{ member: MemberRecord; isNew: boolean }> {
  const result = await tx.run(cypher, { followerId, followeeId, now: neo4j.int(now) }); // epoch ms as an integer
  const raw = result.records[0]?.get('member') as Record<string, unknown> | undefined;
  if (!raw) throw notFound('That member');
  return { member: toMemberRecord(raw), isNew: result.records[0]!.has('isNew') && result.records[0]!.get('isNew') === true };
}

/** Idempotent: a second follow keeps the first one's date. Self-follows are refused before this. */
export function follow(graph: Graph, followerId: string, followeeId: string, now: Date): Promise<MemberRecord> {
  return graph.write(async (tx) => {
    const member = await followee(
      tx,
      `MATCH (a:Member {id: $followerId}), (b:Member {id: $followeeId})
       OPTIONAL MATCH (a)-[old:FOLLOWS]->(b)
       MERGE (a)-[f:FOLLOWS]->(b)
         ON CREATE SET f.at = $now
       RETURN ${memberFields('b')} AS member, old IS NULL AS isNew`,
      followerId,
      followeeId,
      now.getTime(),
    );
    // Only a new follow tells the followee: a repeated (idempotent) one is no news.
    if (member.isNew) await notify(tx, [{ recipientId: followeeId, kind: 'NEW_FOLLOWER', actorId: followerId }], now.getTime());
    return member.member;
  });
}

/** Idempotent: unfollowing someone you do not follow changes nothing. */
export function unfollow(graph: Graph, followerId: string, followeeId: string): Promise<MemberRecord> {
  return graph.write(async (tx) =>
    (await followee(
      tx,
      `MATCH (a:Member {id: $followerId}), (b:Member {id: $followeeId})
       OPTIONAL MATCH (a)-[f:FOLLOWS]->(b)
       DELETE f
       RETURN ${memberFields('b')} AS member`,
      followerId,
      followeeId,
      0,
    )).member,
  );
}

export interface FollowRow {
  member: MemberRecord;
  since: number;
}

/** Which page of whose follow list: `limit` is page size + 1; `after` the last row seen. */
export interface FollowPageRequest {
  memberId: string;
  direction: 'followers' | 'following';
  after: Position | undefined;
  limit: number;
}

/**
 * Pages of many members' follow lists, most recent follow first, in one query per direction and
 * page size (for the request's DataLoader: a page of members asking for their followers is one
 * read, not one per member). Answers in the order of `requests`.
 */
export async function followPages(graph: Graph, requests: readonly FollowPageRequest[]): Promise<FollowRow[][]> {
  const groups = new Map<string, number[]>();
  requests.forEach((r, i) => {
    const key = `${r.direction}|${r.limit}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const answers: FollowRow[][] = requests.map(() => []);
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      const { direction, limit } = requests[indexes[0]!]!;
      const pattern = direction === 'followers' ? '(other:Member)-[f:FOLLOWS]->(m)' : '(m)-[f:FOLLOWS]->(other:Member)';
      const rows = indexes.map((i) => ({ i, memberId: requests[i]!.memberId, afterAt: requests[i]!.after?.key ?? null, afterId: requests[i]!.after?.id ?? null }));
      const result = await graph.read((tx) =>
        tx.run(
          `UNWIND $rows AS row
           MATCH (m:Member {id: row.memberId})
           CALL {
             WITH m, row
             MATCH ${pattern}
             WHERE row.afterAt IS NULL OR f.at < row.afterAt OR (f.at = row.afterAt AND other.id < row.afterId)
             RETURN other, f.at AS since
             ORDER BY since DESC, other.id DESC
             LIMIT $limit
           }
           RETURN row.i AS i, ${memberFields('other')} AS member, since`,
          { rows, limit: neo4j.int(limit) }, // LIMIT wants an integer, not a float
        ),
      );
      for (const r of result.records) {
        answers[r.get('i') as number]!.push({ member: toMemberRecord(r.get('member') as Record<string, unknown>), since: r.get('since') as number });
      }
    }),
  );
  // The subquery sorts each list; rows of one list are kept in that order, but say so here too.
  for (const list of answers) list.sort((a, b) => b.since - a.since || (a.member.id < b.member.id ? 1 : a.member.id > b.member.id ? -1 : 0));
  return answers;
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
