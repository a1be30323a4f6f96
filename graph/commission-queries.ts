// What the API reads about commissions: a member's commissions and ledger totals, one
// commission, what a supplier's sales owe, and payout history. Reads only; every write is in
// commission-store.ts (through the hooks, the jobs and clearing a fraud flag).
import { balanceOf, type CommissionStatus, type LedgerEntry, type MemberBalance } from '../server/domain/commission';
import type { Graph } from './graph';
import type { StoredShare } from './commission-store';
import { run } from './write-support';
import { HOLDING_FLAG_STATUSES } from './fraud-flag-status';

/** A commission as the API resolves it (times in epoch ms). */
export interface CommissionRecord {
  id: string;
  orderId: string;
  productId: string;
  status: CommissionStatus;
  poolMinor: number;
  currency: string;
  openedAt: number;
  deliveredAt: number | null;
  confirmableAt: number | null;
  confirmedAt: number | null;
  paidAt: number | null;
  reversedAt: number | null;
  reversedFrom: Exclude<CommissionStatus, 'REVERSED'> | null;
  retainedMinor: number | null;
  onHold: boolean;
  /** When a confirmation run put it on hold; null unless on hold. */
  holdSince: number | null;
  /** The flags that hold it now: open or upheld flags on the beneficiaries it waits for. */
  holdReasons: HoldReason[];
  /** The order's unit price × quantity, and the rate the pool was taken at (both fixed at the sale). */
  orderTotalMinor: number;
  rateBps: number;
  shares: StoredShare[];
}

/** A share as the API shows it: whether its commission was reversed decides whether it is still an estimate. */
export type ShareView = StoredShare & { commissionReversed: boolean };

/** One flag a commission waits on: its kind, when it was raised and whom it names among the seats. */
export interface HoldReason {
  flagId: string;
  kind: string;
  status: 'OPEN' | 'UPHELD';
  raisedAt: number;
  memberId: string;
}

const RECORD = `c {
  .id, .orderId, .status, .poolMinor, .currency, .openedAt, .deliveredAt, .confirmableAt, .confirmedAt,
  .paidAt, .reversedAt, .reversedFrom, .retainedMinor, .onHold, .holdSince,
  productId: [(c)-[:FOR_ORDER]->(:Order)-[:OF]->(p:Product) | p.id][0],
  orderTotalMinor: [(c)-[:FOR_ORDER]->(o:Order) | o.unitPriceMinor * o.quantity][0],
  rateBps: [(c)-[:FOR_ORDER]->(o:Order) | o.commissionRateBps][0],
  holdReasons: CASE WHEN c.onHold THEN [heldId IN coalesce(c.holdMemberIds, []) |
    [(:Member {id: heldId})<-[:FLAGS]-(f:FraudFlag) WHERE f.status IN $holdingFlagStatuses |
      {flagId: f.id, kind: f.kind, status: f.status, raisedAt: f.createdAt, memberId: heldId}]] ELSE [] END,
  shares: [(c)-[:HAS_SHARE]->(s:CommissionShare) | s {.memberId, .role, .kind, .amountMinor, .trust, .baseBps, .trustFactorBps, .weightBps}]
}`;

function record(row: Record<string, unknown>): CommissionRecord {
  const r = row as unknown as CommissionRecord;
  const orNull = <T>(v: T | undefined) => v ?? null;
  return {
    ...r,
    deliveredAt: orNull(r.deliveredAt),
    confirmableAt: orNull(r.confirmableAt),
    confirmedAt: orNull(r.confirmedAt),
    paidAt: orNull(r.paidAt),
    reversedAt: orNull(r.reversedAt),
    reversedFrom: orNull(r.reversedFrom),
    retainedMinor: orNull(r.retainedMinor),
    onHold: r.onHold ?? false,
    holdSince: r.onHold ? orNull(r.holdSince) : null,
    // One list per held beneficiary in the projection; flattened and oldest flag first.
    holdReasons: (r.holdReasons as unknown as HoldReason[][]).flat().sort((a, b) => a.raisedAt - b.raisedAt || a.flagId.localeCompare(b.flagId)),
  };
}

export interface CommissionPage {
  status: CommissionStatus | null;
  /** Only those waiting on a fraud hold (they are PENDING). */
  onHold: boolean;
  limit: number;
  after: { key: number; id: string } | undefined;
}

/** Commissions where the member holds a seat (every seat has an estimate share), newest sale first. */
export function commissionsOfMember(graph: Graph, memberId: string, page: CommissionPage): Promise<CommissionRecord[]> {
  return graph.read(async (tx) => {
    const result = await run(tx,
      `MATCH (:Member {id: $memberId})<-[:TO]-(:CommissionShare {kind: 'ESTIMATE'})<-[:HAS_SHARE]-(c:Commission)
       WHERE ($status IS NULL OR c.status = $status)
         AND (NOT $onHold OR (c.status = 'PENDING' AND c.onHold = true))
         AND ($afterKey IS NULL OR c.openedAt < $afterKey OR (c.openedAt = $afterKey AND c.id < $afterId))
       WITH DISTINCT c ORDER BY c.openedAt DESC, c.id DESC LIMIT $limit
       RETURN ${RECORD} AS c`,
      { memberId, status: page.status, onHold: page.onHold, holdingFlagStatuses: HOLDING_FLAG_STATUSES, limit: page.limit, afterKey: page.after?.key ?? null, afterId: page.after?.id ?? null },
    );
    return result.records.map((r) => record(r.get('c') as Record<string, unknown>));
  });
}

export function commissionById(graph: Graph, id: string): Promise<CommissionRecord | undefined> {
  return graph.read(async (tx) => {
    const result = await run(tx, `MATCH (c:Commission {id: $id}) RETURN ${RECORD} AS c`, { id, holdingFlagStatuses: HOLDING_FLAG_STATUSES });
    const row = result.records[0]?.get('c') as Record<string, unknown> | undefined;
    return row && record(row);
  });
}

/** The member's balances, summed from their ledger entries (the domain's balanceOf). */
export function ledgerTotals(graph: Graph, memberId: string): Promise<MemberBalance> {
  return graph.read(async (tx) => {
    const result = await run(tx,
      `MATCH (:Member {id: $memberId})-[:HAS_LEDGER_ENTRY]->(e:LedgerEntry)
       RETURN e.kind AS kind, e.account AS account, e.memberId AS memberId, e.commissionId AS commissionId,
              e.payoutId AS payoutId, e.amountMinor AS amountMinor, e.at AS at`,
      { memberId },
    );
    const entries = result.records.map((r): LedgerEntry => {
      const e = r.toObject() as { at: number; commissionId: string | null; payoutId: string | null } & Omit<LedgerEntry, 'at' | 'commissionId' | 'payoutId'>;
      return {
        kind: e.kind,
        account: e.account,
        memberId: e.memberId,
        amountMinor: e.amountMinor,
        at: new Date(e.at),
        ...(e.commissionId === null ? {} : { commissionId: e.commissionId }),
        ...(e.payoutId === null ? {} : { payoutId: e.payoutId }),
      };
    });
    return balanceOf(entries, memberId);
  });
}

/**
 * What of the member's pending estimates waits on a fraud hold: part of their pending balance
 * (the ledger does not move when a hold starts or ends), shown beside it so it is not buried.
 */
export function heldEstimateTotal(graph: Graph, memberId: string): Promise<number> {
  return graph.read(async (tx) => {
    const result = await run(tx,
      `MATCH (:Member {id: $memberId})<-[:TO]-(s:CommissionShare {kind: 'ESTIMATE'})<-[:HAS_SHARE]-(c:Commission {status: 'PENDING'})
       WHERE c.onHold = true
       RETURN coalesce(sum(s.amountMinor), 0) AS total`,
      { memberId },
    );
    return result.records[0]!.get('total') as number;
  });
}

export interface SupplierProductOwed {
  productId: string;
  owedMinor: number;
  owedCount: number;
  pendingEstimateMinor: number;
}

/** Per product of the supplier: confirmed unpaid shares (owed) and pending estimates. */
export function supplierCommissionsOwed(graph: Graph, supplierId: string): Promise<SupplierProductOwed[]> {
  return graph.read(async (tx) => {
    const result = await run(tx,
      `MATCH (:Member {id: $supplierId})-[:SUPPLIES]->(p:Product)<-[:OF]-(:Order)<-[:FOR_ORDER]-(c:Commission)
       WHERE c.status IN ['PENDING', 'CONFIRMED']
       WITH p, c, CASE c.status WHEN 'CONFIRMED' THEN 'CONFIRMED' ELSE 'ESTIMATE' END AS kind
       WITH p, c, reduce(t = 0, s IN [(c)-[:HAS_SHARE]->(s:CommissionShare {kind: kind}) | s.amountMinor] | t + s) AS amount
       WITH p, sum(CASE c.status WHEN 'CONFIRMED' THEN amount ELSE 0 END) AS owedMinor,
            count(CASE c.status WHEN 'CONFIRMED' THEN 1 END) AS owedCount,
            sum(CASE c.status WHEN 'PENDING' THEN amount ELSE 0 END) AS pendingEstimateMinor
       RETURN p.id AS productId, owedMinor, owedCount, pendingEstimateMinor
       ORDER BY owedMinor DESC, pendingEstimateMinor DESC, productId`,
      { supplierId },
    );
    return result.records.map((r) => r.toObject() as SupplierProductOwed);
  });
}

export interface PayoutLineRecord {
  memberId: string;
  grossMinor: number;
  owedBeforeMinor: number;
  recoveredMinor: number;
  netMinor: number;
  carriedOwedMinor: number;
  commissionCount: number;
}

export interface PayoutRecord {
  id: string;
  at: number;
  totalNetMinor: number;
  lines: PayoutLineRecord[];
}

/**
 * Payout batches, newest first: every batch with every line (`memberId` null: an admin), or the
 * batches that paid this member with only their own line.
 */
export function payoutHistory(
  graph: Graph,
  memberId: string | null,
  page: { limit: number; after: { key: number; id: string } | undefined },
): Promise<PayoutRecord[]> {
  return graph.read(async (tx) => {
    const result = await run(tx,
      `MATCH (p:Payout)
       WHERE ($memberId IS NULL OR EXISTS { (p)-[:HAS_LINE]->(:PayoutLine {memberId: $memberId}) })
         AND ($afterKey IS NULL OR p.at < $afterKey OR (p.at = $afterKey AND p.id < $afterId))
       WITH p ORDER BY p.at DESC, p.id DESC LIMIT $limit
       RETURN p.id AS id, p.at AS at, p.totalNetMinor AS totalNetMinor,
              [(p)-[:HAS_LINE]->(l:PayoutLine) WHERE $memberId IS NULL OR l.memberId = $memberId |
                l {.memberId, .grossMinor, .owedBeforeMinor, .recoveredMinor, .netMinor, .carriedOwedMinor,
                   commissionCount: size(l.commissionIds)}] AS lines`,
      { memberId, limit: page.limit, afterKey: page.after?.key ?? null, afterId: page.after?.id ?? null },
    );
    return result.records.map((r) => {
      const p = r.toObject() as PayoutRecord;
      const lines = [...p.lines].sort((a, b) => a.memberId.localeCompare(b.memberId));
      // A member sees their own net, not the batch's total.
      const totalNetMinor = memberId === null ? p.totalNetMinor : lines.reduce((t, l) => t + l.netMinor, 0);
      return { ...p, lines, totalNetMinor };
    });
  });
}
