// Settling commissions, database side: the confirmation batches (PENDING → CONFIRMED once the
// hold is over, with trust *now*, so the buyer's verdict on the sale counts) and the payout
// batch (CONFIRMED → PAID, net of what members owe from refunds after payment). The decisions
// are the domain's transitionCommission and payoutBatch; this file selects, locks, reads the
// facts they need (trust, open fraud flags, owed balances) and writes what they return.
import {
  isCommissionRuleError,
  payoutBatch,
  transitionCommission,
  type PayoutLine,
} from '../server/domain/commission';
import type { Graph, Tx } from './graph';
import { notify } from './notify';
import { appendLedger, lockCommissions, openlyFlagged, saveCommission, trustOfMembers } from './commission-store';
import { run } from './write-support';

export interface ConfirmBatchResult {
  /** Commissions this batch looked at. */
  selected: number;
  confirmed: number;
  /** Put on a fraud hold: a beneficiary has an open flag. */
  held: number;
  /** Refused by the domain (a corrupt row): left untouched, named here, skipped by later batches. */
  failed: { commissionId: string; reason: string }[];
}

/**
 * One confirmation batch, one transaction: up to `limit` PENDING commissions not on hold whose
 * hold ended at or before `now`, oldest first, excluding `skip` (failures of earlier batches).
 */
export function confirmBatch(graph: Graph, now: Date, limit: number, skip: readonly string[]): Promise<ConfirmBatchResult> {
  return graph.write(async (tx) => {
    const due = await run(tx,
      `MATCH (c:Commission {status: 'PENDING'})
       WHERE c.confirmableAt <= $now AND c.onHold = false AND NOT c.id IN $skip
       WITH c ORDER BY c.confirmableAt, c.id LIMIT $limit
       RETURN collect(c.id) AS ids`,
      { now: now.getTime(), limit, skip: [...skip] },
    );
    const ids = due.records[0]!.get('ids') as string[];
    const out: ConfirmBatchResult = { selected: ids.length, confirmed: 0, held: 0, failed: [] };
    if (ids.length === 0) return out;
    // Re-read under the locks: a refund or another runner may have moved one meanwhile.
    const stored = (await lockCommissions(tx, { ids })).filter((s) => s.commission.status === 'PENDING' && !s.commission.fraudHold);
    const seatHolders = stored.flatMap((s) => s.commission.seats.map((seat) => seat.memberId));
    const trustByMember = await trustOfMembers(tx, seatHolders, now);
    const flaggedMemberIds = await openlyFlagged(tx, seatHolders);
    for (const s of stored) {
      try {
        const deliveredAt = s.deliveredAt === null ? null : new Date(s.deliveredAt);
        const next = transitionCommission(s.commission, { type: 'CONFIRM', deliveredAt, trustByMember, flaggedMemberIds }, now);
        await saveCommission(tx, s.commission, next.commission);
        await appendLedger(tx, next.entries);
        if (next.commission.status === 'CONFIRMED') out.confirmed += 1;
        else out.held += 1;
      } catch (err) {
        if (!isCommissionRuleError(err)) throw err;
        out.failed.push({ commissionId: s.commission.id, reason: `${err.code}: ${err.message}` });
      }
    }
    return out;
  });
}

export interface PayoutResult {
  payoutId: string | null;
  at: Date;
  commissionsPaid: number;
  lines: readonly PayoutLine[];
  totalNetMinor: number;
  recoveredMinor: number;
  carriedOwedMinor: number;
  /** Confirmed commissions left for later: a beneficiary has an open fraud flag. */
  skipped: number;
}

async function owedOf(tx: Tx, memberIds: readonly string[]): Promise<Map<string, number>> {
  const result = await run(tx,
    `UNWIND $ids AS id
     MATCH (:Member {id: id})-[:HAS_LEDGER_ENTRY]->(e:LedgerEntry {account: 'OWED'})
     WITH id, -sum(e.amountMinor) AS owed WHERE owed <> 0
     RETURN id, owed`,
    { ids: [...new Set(memberIds)] },
  );
  return new Map(result.records.map((r) => [r.get('id') as string, r.get('owed') as number]));
}

/**
 * One payout batch, one transaction: every CONFIRMED commission (but those of members with an
 * open fraud flag) becomes PAID, each member is paid their confirmed shares net of what they
 * owe, and a (:Payout) with one (:PayoutLine) per member records it. Nothing to pay: no batch.
 */
export function payConfirmedCommissions(graph: Graph, now: Date, payoutId: string): Promise<PayoutResult> {
  return graph.write(async (tx) => {
    const due = await run(tx, `MATCH (c:Commission {status: 'CONFIRMED'}) RETURN collect(c.id) AS ids`);
    const stored = (await lockCommissions(tx, { ids: due.records[0]!.get('ids') as string[] }))
      .filter((s) => s.commission.status === 'CONFIRMED')
      .sort((a, b) => a.commission.id.localeCompare(b.commission.id));
    const commissions = stored.map((s) => s.commission);
    const seatHolders = commissions.flatMap((c) => c.seats.map((seat) => seat.memberId));
    const batch = payoutBatch(commissions, await owedOf(tx, seatHolders), now, {
      payoutId,
      heldMemberIds: await openlyFlagged(tx, seatHolders),
    });
    const sum = (pick: (l: PayoutLine) => number) => batch.lines.reduce((t, l) => t + pick(l), 0);
    const result: PayoutResult = {
      payoutId: batch.commissions.length === 0 ? null : payoutId,
      at: now,
      commissionsPaid: batch.commissions.length,
      lines: batch.lines,
      totalNetMinor: batch.totalNetMinor,
      recoveredMinor: sum((l) => l.recoveredMinor),
      carriedOwedMinor: sum((l) => l.carriedOwedMinor),
      skipped: batch.skipped.length,
    };
    if (batch.commissions.length === 0) return result;

    await run(tx,
      `CREATE (:Payout {id: $payoutId, at: $at, totalNetMinor: $totalNetMinor, commissionCount: $count, memberCount: $members})`,
      { payoutId, at: now.getTime(), totalNetMinor: batch.totalNetMinor, count: batch.commissions.length, members: batch.lines.length },
    );
    await run(tx,
      `MATCH (p:Payout {id: $payoutId})
       UNWIND $paid AS paid
       MATCH (c:Commission {id: paid.id})
       SET c.status = 'PAID', c.paidAt = $at, c.payoutId = $payoutId
       CREATE (p)-[:PAID]->(c)`,
      { payoutId, at: now.getTime(), paid: batch.commissions.map((c) => ({ id: c.id })) },
    );
    await run(tx,
      `MATCH (p:Payout {id: $payoutId})
       UNWIND $lines AS line
       MATCH (m:Member {id: line.memberId})
       CREATE (p)-[:HAS_LINE]->(l:PayoutLine)-[:TO]->(m)
       SET l = line`,
      { payoutId, lines: batch.lines.map((l) => ({ ...l, commissionIds: [...l.commissionIds], payoutId, at: now.getTime() })) },
    );
    await appendLedger(tx, batch.entries);
    await notify(
      tx,
      batch.commissions.flatMap((c) =>
        [...new Set(c.seats.map((s) => s.memberId))].map((recipientId) => ({
          recipientId, kind: 'COMMISSION_PAID' as const, commissionId: c.id, orderId: c.saleId,
        })),
      ),
      now.getTime(),
    );
    return result;
  });
}

