// A member's trust events, newest first: the answer to "why did my score change?". Append-only;
// the member's score is what the events led to.
import type { Graph } from './graph';
import type { TrustEventRecord } from './feedback';

export async function memberTrustEvents(
  graph: Graph,
  memberId: string,
  limit: number,
  after: { at: number; id: string } | undefined,
): Promise<TrustEventRecord[]> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (:Member {id: $memberId})-[:HAS_TRUST_EVENT]->(e:TrustEvent)
       WHERE $after IS NULL OR e.at < $after.at OR (e.at = $after.at AND e.id < $after.id)
       RETURN e {.id, .cause, .before, .after, .delta, .textEn, .textZh, .orderId, .at, memberId: $memberId} AS event
       ORDER BY e.at DESC, e.id DESC LIMIT toInteger($limit)`,
      { memberId, limit, after: after ?? null },
    );
    return result.records.map((r) => r.get('event') as TrustEventRecord);
  });
}
