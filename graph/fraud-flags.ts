// Fraud flags, as admins review them. Flags are raised elsewhere (graph/trust-recompute.ts for
// reciprocal pairs and rings) as (:FraudFlag {id, key, kind, status, createdAt})-[:FLAGS]->
// (:Member). While a flag is OPEN, commissions of its members wait on hold (the confirmation
// job puts them there). Clearing a flag lifts the hold of every commission held for its members
// that no other open flag still holds — in the same transaction — and the next confirmation
// run (hourly) confirms them, re-checking the flags as it always does.
import { transitionCommission } from '../server/domain/commission';
import { conflict, notFound } from '../server/errors';
import type { Graph } from './graph';
import { lockCommissions, openlyFlagged, saveCommission } from './commission-store';
import { run } from './write-support';

export type FraudFlagStatus = 'OPEN' | 'CLEARED';

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
  memberIds: string[];
  /** Commissions of the flagged members now waiting on hold. */
  heldCommissionCount: number;
}

const FLAG_PROJECTION = `f {
  .id, .key, .kind, .status, .createdAt, .raisedBy, .clearedAt, .clearedById, .clearNote,
  memberIds: [(f)-[:FLAGS]->(m:Member) | m.id],
  heldCommissionCount: COUNT { MATCH (c:Commission {status: 'PENDING', onHold: true}) WHERE any(x IN c.holdMemberIds WHERE EXISTS { (f)-[:FLAGS]->(:Member {id: x}) }) }
}`;

function normalise(row: Record<string, unknown>): FraudFlagRecord {
  const r = row as unknown as FraudFlagRecord;
  return { ...r, raisedBy: r.raisedBy ?? null, clearedAt: r.clearedAt ?? null, clearedById: r.clearedById ?? null, clearNote: r.clearNote ?? null };
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

/**
 * An admin clears a flag (OPEN → CLEARED) with a note, and the holds it caused are lifted.
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
    const locked = await run(tx,
      `MATCH (f:FraudFlag {id: $flagId}) SET f._lock = true REMOVE f._lock RETURN f.status AS status`,
      { flagId },
    );
    const status = locked.records[0]?.get('status') as FraudFlagStatus | undefined;
    if (status === undefined) throw notFound('Fraud flag');
    if (status !== 'OPEN') throw conflict('This fraud flag has already been cleared.');
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
    const flag = await run(tx, `MATCH (f:FraudFlag {id: $flagId}) RETURN ${FLAG_PROJECTION} AS flag`, { flagId });
    return { flag: normalise(flag.records[0]!.get('flag') as Record<string, unknown>), released };
  });
}
