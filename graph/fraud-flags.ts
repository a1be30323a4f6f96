// Fraud flags, as admins review them. Flags are raised elsewhere (graph/trust-recompute.ts for
// reciprocal pairs and rings, graph/group-fraud.ts for groups filled by the leader's ties) as (:FraudFlag {id, key, kind, status, createdAt})-[:FLAGS]->
// (:Member). While a flag is OPEN, commissions of its members wait on hold (the confirmation
// job puts them there). Clearing a flag lifts the hold of every commission held for its members
// that no other open flag still holds — in the same transaction — and the next confirmation
// run (hourly) confirms them, re-checking the flags as it always does. Upholding one records the
// admin's decision and keeps the holds (an UPHELD flag holds like an open one); an admin may
// still clear it later, on an appeal.
//
// The evidence a flag shows is read, not stored: the verdicts and refunds among its members (a
// pair or ring) or on the recommender's recommendations (a let-down run) up to the instant it was
// raised. Verdicts and refunds are never edited or deleted, so that is exactly what the detector
// had before it, for old flags as for new ones, with no second copy to keep in step.
import { transitionCommission } from '../server/domain/commission';
import { conflict, notFound } from '../server/errors';
import type { Graph, Tx } from './graph';
import { lockCommissions, openlyFlagged, saveCommission } from './commission-store';
import { run } from './write-support';

export type FraudFlagStatus = 'OPEN' | 'CLEARED' | 'UPHELD';

export interface FraudFlagRecord {
  id: string;
  key: string;
  kind: string;
  status: FraudFlagStatus;
  createdAt: number;
  raisedBy: string | null;
  clearedAt: number | null;
  clearedById: string | null;
  clearNote: string | null;
  upheldAt: number | null;
  upheldById: string | null;
  upholdNote: string | null;
  memberIds: string[];
  /** The group buy a GROUP_TIES flag is about; null for the other kinds. */
  groupBuyId: string | null;
  /** Commissions of the flagged members now waiting on hold. */
  heldCommissionCount: number;
}

const FLAG_PROJECTION = `f {
  .id, .key, .kind, .status, .createdAt, .raisedBy, .groupBuyId, .clearedAt, .clearedById, .clearNote, .upheldAt, .upheldById, .upholdNote,
  memberIds: [(f)-[:FLAGS]->(m:Member) | m.id],
  heldCommissionCount: COUNT { MATCH (c:Commission {status: 'PENDING', onHold: true}) WHERE any(x IN c.holdMemberIds WHERE EXISTS { (f)-[:FLAGS]->(:Member {id: x}) }) }
}`;

function normalise(row: Record<string, unknown>): FraudFlagRecord {
  const r = row as unknown as FraudFlagRecord;
  return {
    ...r,
    raisedBy: r.raisedBy ?? null,
    groupBuyId: r.groupBuyId ?? null,
    clearedAt: r.clearedAt ?? null,
    clearedById: r.clearedById ?? null,
    clearNote: r.clearNote ?? null,
    upheldAt: r.upheldAt ?? null,
    upheldById: r.upheldById ?? null,
    upholdNote: r.upholdNote ?? null,
  };
}

export interface FraudFlagPage {
  status: FraudFlagStatus | null;
  limit: number;
  /** [open? 0 : 1, createdAt, id] of the last flag seen. */
  after: [number, number, string] | undefined;
}

/** Open flags first, then newest first. */
export function listFraudFlags(graph: Graph, page: FraudFlagPage): Promise<FraudFlagRecord[]> {
  return graph.read(async (tx) => {
    const result = await run(tx,
      `MATCH (f:FraudFlag)
       WHERE ($status IS NULL OR f.status = $status)
       WITH f, CASE f.status WHEN 'OPEN' THEN 0 ELSE 1 END AS rank
       WHERE $afterRank IS NULL OR rank > $afterRank
          OR (rank = $afterRank AND (f.createdAt < $afterAt OR (f.createdAt = $afterAt AND f.id > $afterId)))
       WITH f, rank ORDER BY rank, f.createdAt DESC, f.id LIMIT $limit
       RETURN ${FLAG_PROJECTION} AS flag`,
      {
        status: page.status,
        limit: page.limit,
        afterRank: page.after?.[0] ?? null,
        afterAt: page.after?.[1] ?? null,
        afterId: page.after?.[2] ?? null,
      },
    );
    return result.records.map((r) => normalise(r.get('flag') as Record<string, unknown>));
  });
}

/** Locks the flag and returns its status; NOT_FOUND when there is none. */
async function lockFlag(tx: Tx, flagId: string): Promise<FraudFlagStatus> {
  const locked = await run(tx,
    `MATCH (f:FraudFlag {id: $flagId}) SET f._lock = true REMOVE f._lock RETURN f.status AS status`,
    { flagId },
  );
  const status = locked.records[0]?.get('status') as FraudFlagStatus | undefined;
  if (status === undefined) throw notFound('Fraud flag');
  return status;
}

async function readFlag(tx: Tx, flagId: string): Promise<FraudFlagRecord> {
  const flag = await run(tx, `MATCH (f:FraudFlag {id: $flagId}) RETURN ${FLAG_PROJECTION} AS flag`, { flagId });
  return normalise(flag.records[0]!.get('flag') as Record<string, unknown>);
}

/**
 * An admin upholds an open flag (OPEN → UPHELD) with a note: the pattern is real. Nothing is
 * released; the commissions it holds stay held, and the confirmation job keeps holding new ones.
 * @returns the upheld flag
 */
export function upholdFraudFlag(graph: Graph, flagId: string, adminId: string, note: string, now: Date): Promise<FraudFlagRecord> {
  return graph.write(async (tx) => {
    const status = await lockFlag(tx, flagId);
    if (status !== 'OPEN') throw conflict('This fraud flag has already been decided.');
    await run(tx,
      `MATCH (f:FraudFlag {id: $flagId})
       SET f.status = 'UPHELD', f.upheldAt = $now, f.upheldById = $adminId, f.upholdNote = $note`,
      { flagId, now: now.getTime(), adminId, note },
    );
    return readFlag(tx, flagId);
  });
}

/**
 * An admin clears a flag (OPEN or UPHELD → CLEARED) with a note, and the holds it caused are lifted.
 * @returns the cleared flag and how many commissions were released from hold
 */
export function clearFraudFlag(
  graph: Graph,
  flagId: string,
  adminId: string,
  note: string,
  now: Date,
): Promise<{ flag: FraudFlagRecord; released: number }> {
  return graph.write(async (tx) => {
    if ((await lockFlag(tx, flagId)) === 'CLEARED') throw conflict('This fraud flag has already been cleared.');
    await run(tx,
      `MATCH (f:FraudFlag {id: $flagId})
       SET f.status = 'CLEARED', f.clearedAt = $now, f.clearedById = $adminId, f.clearNote = $note`,
      { flagId, now: now.getTime(), adminId, note },
    );
    const held = await run(tx,
      `MATCH (f:FraudFlag {id: $flagId})-[:FLAGS]->(m:Member)
       MATCH (c:Commission {status: 'PENDING', onHold: true}) WHERE m.id IN c.holdMemberIds
       RETURN collect(DISTINCT c.id) AS ids`,
      { flagId },
    );
    let released = 0;
    for (const stored of await lockCommissions(tx, { ids: held.records[0]!.get('ids') as string[] })) {
      const c = stored.commission;
      if (c.status !== 'PENDING' || c.fraudHold === null) continue;
      // Still held by another open flag on one of its beneficiaries: stays on hold.
      if ((await openlyFlagged(tx, c.seats.map((s) => s.memberId))).length > 0) continue;
      const next = transitionCommission(c, { type: 'CLEAR_FRAUD_HOLD' }, now);
      await saveCommission(tx, c, next.commission);
      released += 1;
    }
    return { flag: await readFlag(tx, flagId), released };
  });
}

/** One verdict or refund a flag's pattern is drawn from. */
export interface FraudEvidenceRecord {
  flagId: string;
  orderId: string;
  productId: string;
  raterId: string;
  recommenderId: string;
  /** HELD_UP or LET_DOWN (a verdict), REFUNDED (a refund counts as a let-down). */
  outcome: 'HELD_UP' | 'LET_DOWN' | 'REFUNDED';
  stars: number | null;
  at: number;
}

/** How many verdicts a flag shows at most, newest first: enough to see the pattern. */
export const EVIDENCE_SHOWN = 12;

/**
 * The evidence of each flag, by flag id (one query for a page of flags). A pair or ring: every
 * verdict and refund from one of its members on another's recommendation. A let-down run: the
 * let-downs and refunds on the recommender's recommendations. Both up to the flag's raising.
 */
export function evidenceOfFlags(graph: Graph, flagIds: readonly string[]): Promise<Map<string, FraudEvidenceRecord[]>> {
  return graph.read(async (tx) => {
    const result = await run(tx,
      `UNWIND $flagIds AS flagId
       MATCH (f:FraudFlag {id: flagId})
       WITH f, [(f)-[:FLAGS]->(m:Member) | m.id] AS memberIds
       CALL {
         WITH f, memberIds
         MATCH (rater:Member)-[:PLACED]->(o:Order)-[:THROUGH]->(:Recommendation)<-[:RECOMMENDS]-(author:Member)
         WHERE author.id IN memberIds AND rater <> author
           AND (f.kind = 'LET_DOWN_RUN' OR rater.id IN memberIds)
         OPTIONAL MATCH (o)<-[:ON]-(fb:Feedback)
         WITH o, rater, author, fb,
              CASE WHEN o.refundedAt IS NOT NULL AND o.refundedAt <= f.createdAt THEN 'REFUNDED'
                   WHEN fb IS NOT NULL AND fb.at <= f.createdAt THEN CASE WHEN fb.heldUp THEN 'HELD_UP' ELSE 'LET_DOWN' END
              END AS outcome
         WHERE outcome IS NOT NULL AND (f.kind <> 'LET_DOWN_RUN' OR outcome <> 'HELD_UP')
         WITH o, rater, author, fb, outcome,
              CASE outcome WHEN 'REFUNDED' THEN o.refundedAt ELSE fb.at END AS at
         ORDER BY at DESC, o.id LIMIT $shown
         RETURN collect({orderId: o.id, productId: [(o)-[:OF]->(p:Product) | p.id][0], raterId: rater.id, recommenderId: author.id,
                         outcome: outcome, stars: CASE WHEN outcome = 'REFUNDED' THEN null ELSE fb.stars END, at: at}) AS evidence
       }
       RETURN f.id AS flagId, evidence`,
      { flagIds: [...flagIds], shown: EVIDENCE_SHOWN },
    );
    return new Map(
      result.records.map((r) => {
        const flagId = r.get('flagId') as string;
        const rows = r.get('evidence') as Omit<FraudEvidenceRecord, 'flagId'>[];
        return [flagId, rows.map((e) => ({ ...e, flagId, stars: e.stars ?? null }))];
      }),
    );
  });
}

/** Which of these members an open flag names: the "under review" mark an admin sees. */
export function membersUnderReview(graph: Graph, memberIds: readonly string[]): Promise<Set<string>> {
  return graph.read(async (tx) => {
    const result = await run(tx,
      `UNWIND $ids AS id
       MATCH (:FraudFlag {status: 'OPEN'})-[:FLAGS]->(m:Member {id: id})
       RETURN DISTINCT m.id AS id`,
      { ids: [...new Set(memberIds)] },
    );
    return new Set(result.records.map((r) => r.get('id') as string));
  });
}
