// What `npm run audit` reads: every commission beside the facts of its sale, every ledger line,
// and every stored balance — in one read transaction. The facts that decide who may earn
// (buyer, author, re-sharer, the buyer's invitation chain) come from the order, the
// recommendation and the INVITED_BY graph, never from the commission, so a wrong commission
// cannot vouch for itself (server/domain/commission/audit-rows.ts).
import type {
  AuditCommissionRow,
  AuditInput,
  AuditShareRow,
  CommissionStatus,
  LedgerEntry,
  MemberBalance,
} from '../server/domain/commission';
import type { Graph } from './graph';

/** A commission whose order is gone or was never placed through a recommendation. */
export interface SaleMissing {
  commissionId: string;
  orderId: string;
}

export interface AuditData {
  input: AuditInput;
  /** Commissions that cannot be checked against a sale: a violation on their own. */
  withoutSale: SaleMissing[];
}

interface Row {
  commissionId: string;
  orderId: string;
  buyerId: string | null;
  authorId: string | null;
  resharerId: string | null;
  buyerInviterIds: string[];
  status: CommissionStatus;
  reversedFrom: Exclude<CommissionStatus, 'REVERSED'> | null;
  poolMinor: number;
  retainedMinor: number | null;
  shares: (AuditShareRow & { kind: 'ESTIMATE' | 'CONFIRMED' })[];
}

export function readAuditData(graph: Graph): Promise<AuditData> {
  return graph.read(async (tx) => {
    const commissions = await tx.run(
      `MATCH (c:Commission)
       OPTIONAL MATCH (c)-[:FOR_ORDER]->(o:Order)-[:THROUGH]->(:Recommendation)<-[:RECOMMENDS]-(author:Member)
       OPTIONAL MATCH (buyer:Member)-[:PLACED]->(o)
       OPTIONAL MATCH (o)-[:RESHARED_BY]->(resharer:Member)
       RETURN c.id AS commissionId, c.orderId AS orderId, buyer.id AS buyerId, author.id AS authorId,
              resharer.id AS resharerId,
              CASE WHEN buyer IS NULL THEN [] ELSE [(buyer)-[:INVITED_BY*1..]->(i:Member) | i.id] END AS buyerInviterIds,
              c.status AS status, c.reversedFrom AS reversedFrom, c.poolMinor AS poolMinor, c.retainedMinor AS retainedMinor,
              [(c)-[:HAS_SHARE]->(s:CommissionShare) | s {.memberId, .role, .amountMinor, .kind}] AS shares`,
    );
    const ledger = await tx.run(
      `MATCH (e:LedgerEntry)
       RETURN e.kind AS kind, e.account AS account, e.memberId AS memberId, e.commissionId AS commissionId,
              e.payoutId AS payoutId, e.amountMinor AS amountMinor, e.at AS at`,
    );
    const balances = await tx.run(
      `MATCH (m:Member)
       WHERE m.commissionPendingMinor IS NOT NULL OR m.commissionConfirmedMinor IS NOT NULL
          OR m.commissionPaidMinor IS NOT NULL OR m.commissionOwedMinor IS NOT NULL
       RETURN m.id AS memberId, coalesce(m.commissionPendingMinor, 0) AS pendingMinor,
              coalesce(m.commissionConfirmedMinor, 0) AS confirmedMinor, coalesce(m.commissionPaidMinor, 0) AS paidMinor,
              coalesce(m.commissionOwedMinor, 0) AS owedMinor`,
    );

    const withoutSale: SaleMissing[] = [];
    const rows: AuditCommissionRow[] = [];
    for (const record of commissions.records) {
      const r = record.toObject() as Row;
      if (r.buyerId === null || r.authorId === null) {
        withoutSale.push({ commissionId: r.commissionId, orderId: r.orderId });
        continue;
      }
      const pick = (kind: 'ESTIMATE' | 'CONFIRMED') =>
        r.shares.filter((s) => s.kind === kind).map(({ memberId, role, amountMinor }) => ({ memberId, role, amountMinor }));
      const confirmedOnce = r.status === 'CONFIRMED' || r.status === 'PAID' || (r.status === 'REVERSED' && r.reversedFrom !== 'PENDING');
      rows.push({
        commissionId: r.commissionId,
        saleId: r.orderId,
        buyerId: r.buyerId,
        authorId: r.authorId,
        resharerId: r.resharerId,
        buyerInviterIds: [...new Set(r.buyerInviterIds)],
        status: r.status,
        reversedFrom: r.reversedFrom ?? null,
        poolMinor: r.poolMinor,
        provisionalShares: pick('ESTIMATE'),
        shares: confirmedOnce ? pick('CONFIRMED') : null,
        retainedMinor: r.retainedMinor ?? null,
      });
    }
    const entries = ledger.records.map((record): LedgerEntry => {
      const e = record.toObject() as Omit<LedgerEntry, 'at' | 'commissionId' | 'payoutId'> & {
        at: number;
        commissionId: string | null;
        payoutId: string | null;
      };
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
    return {
      input: {
        commissions: rows,
        ledger: entries,
        balances: balances.records.map((b) => b.toObject() as MemberBalance),
      },
      withoutSale,
    };
  });
}
