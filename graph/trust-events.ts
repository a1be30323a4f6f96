// A member's trust events, newest first: the answer to "why did my score change?". Append-only;
// the member's score is what the events led to. Pages of many members' events are one read (a
// page of members asking "why did each score change?" must not be one query per member: issue 24
// found ten such requests draining the connection pool).
import neo4j from 'neo4j-driver';
import { explainReconcile } from '../server/domain/trust';
import type { Graph } from './graph';
import type { TrustEventRecord } from './feedback';

export interface TrustEventPageRequest {
  memberId: string;
  /** Page size + 1. */
  limit: number;
  after: { at: number; id: string } | undefined;
}

/** One query per page size; answers in the order of `requests`, each newest first. */
export async function trustEventPages(graph: Graph, requests: readonly TrustEventPageRequest[]): Promise<TrustEventRecord[][]> {
  const bySize = new Map<number, number[]>();
  requests.forEach((r, i) => bySize.set(r.limit, [...(bySize.get(r.limit) ?? []), i]));
  const answers: TrustEventRecord[][] = requests.map(() => []);
  await Promise.all(
    [...bySize].map(async ([limit, indexes]) => {
      const rows = indexes.map((i) => ({ i, memberId: requests[i]!.memberId, after: requests[i]!.after ?? null }));
      const result = await graph.read((tx) =>
        tx.run(
          `UNWIND $rows AS row
           CALL {
             WITH row
             MATCH (:Member {id: row.memberId})-[:HAS_TRUST_EVENT]->(e:TrustEvent)
             WHERE row.after IS NULL OR e.at < row.after.at OR (e.at = row.after.at AND e.id < row.after.id)
             RETURN e ORDER BY e.at DESC, e.id DESC LIMIT $limit
           }
           RETURN row.i AS i, e {.id, .cause, .before, .after, .delta, .textEn, .textZh, .orderId, .at, memberId: row.memberId} AS event`,
          { rows, limit: neo4j.int(limit) },
        ),
      );
      for (const r of result.records) answers[r.get('i') as number]!.push(withSentences(r.get('event') as StoredTrustEvent));
    }),
  );
  for (const list of answers) list.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return answers;
}

/** One member's page of trust events, newest first. */
export async function memberTrustEvents(
  graph: Graph,
  memberId: string,
  limit: number,
  after: { at: number; id: string } | undefined,
): Promise<TrustEventRecord[]> {
  return (await trustEventPages(graph, [{ memberId, limit, after }]))[0]!;
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
