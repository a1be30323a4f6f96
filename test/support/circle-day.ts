// Test data for the daily ranking among friends: recommenders whose trust a test sets directly
// (the trust maths has its own tests), and a stored day record for tests that act on one.
import { randomUUID } from 'node:crypto';
import type { Graph } from '../../graph/graph';
import type { TestMember } from './factories';

/** Gives a member a recommendation of the product and a vouched rank key, so the boards rank them. */
export async function rankedRecommender(graph: Graph, member: TestMember, productId: string, rankKey: number): Promise<void> {
  await graph.write((tx) =>
    tx.run(
      `MATCH (m:Member {id: $memberId}), (p:Product {id: $productId})
       SET m.trustRankKey = $rankKey, m.trustScore = $rankKey, m.trustConfidence = 0.5
       CREATE (m)-[:RECOMMENDS]->(:Recommendation {id: $id, code: $code, authorProduct: $memberId + ':' + $productId,
         stars: 5, text: 'Held up well for a test.', createdAt: 0, updatedAt: 0, revision: 1})-[:FOR]->(p)`,
      { memberId: member.id, productId, rankKey, id: randomUUID(), code: randomUUID().slice(0, 8) },
    ),
  );
}

/** Sets a member's rank key (and confidence, when given: the privilege steps read both). */
export async function setRankKey(graph: Graph, member: TestMember, rankKey: number, confidence?: number): Promise<void> {
  await graph.write((tx) =>
    tx.run('MATCH (m:Member {id: $id}) SET m.trustRankKey = $rankKey, m.trustScore = $rankKey, m.trustConfidence = coalesce($confidence, m.trustConfidence)', {
      id: member.id,
      rankKey,
      confidence: confidence ?? null,
    }),
  );
}

export async function follows(graph: Graph, follower: TestMember, followee: TestMember): Promise<void> {
  await graph.write((tx) => tx.run('MATCH (a:Member {id: $a}), (b:Member {id: $b}) MERGE (a)-[f:FOLLOWS]->(b) ON CREATE SET f.at = 0', { a: follower.id, b: followee.id }));
}

/** A stored day record of `member` on `day` (as the snapshot job writes one), for tests of cheers. */
export async function storedCircleDay(graph: Graph, member: TestMember, day: string): Promise<void> {
  await graph.write((tx) =>
    tx.run(
      `MERGE (c:CircleDay {key: $memberId + '|' + $day})
       SET c.memberId = $memberId, c.day = $day, c.place = 1, c.ranked = 1, c.movement = null, c.passedBy = [], c.top = [$memberId], c.recordedAt = 0`,
      { memberId: member.id, day },
    ),
  );
}

/** Removes the snapshots and day records of these (test-only, far-future) days. */
export async function forgetDays(graph: Graph, days: string[]): Promise<void> {
  await graph.write((tx) => tx.run('MATCH (c:CircleDay) WHERE c.day IN $days DETACH DELETE c', { days }));
  await graph.write((tx) => tx.run('MATCH (n) WHERE (n:RankSnapshot OR n:RankSnapshotDay OR n:CircleDayRun) AND n.day IN $days DETACH DELETE n', { days }));
}
