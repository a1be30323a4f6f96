// A member's trust events, newest first: the answer to "why did my score change?". Append-only;
// the member's score is what the events led to.
import { explainReconcile } from '../server/domain/trust';
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
    return result.records.map((r) => withSentences(r.get('event') as StoredTrustEvent));
  });
}

type StoredTrustEvent = Omit<TrustEventRecord, 'textEn' | 'textZh'> & { textEn: string | null; textZh: string | null };

/**
 * A recompute's correction is stored without its two sentences (graph/trust-recompute.ts): they
 * follow from its delta and its score alone, so they are written here, as the recompute would
 * have. A verdict's sentences name the rater and the product as they were, so those are stored.
 * Events from before the change keep the sentences they were stored with.
 */
function withSentences(e: StoredTrustEvent): TrustEventRecord {
  if (e.cause !== 'RECOMPUTE' || (e.textEn !== null && e.textZh !== null)) return e as TrustEventRecord;
  const facts = { delta: e.delta, after: e.after };
  return { ...e, textEn: e.textEn ?? explainReconcile(facts, 'en'), textZh: e.textZh ?? explainReconcile(facts, 'zh-CN') };
}
