// Helpers for the commission integration tests: the GraphQL operations a client sends, short
// reads of what the graph holds for one order's commission, a fraud flag shaped exactly like
// the ones the trust recompute raises, and the audit as an assertion.
import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import type { Graph } from '../../graph/graph';
import { auditLiveData, describeAudit } from '../../server/jobs/audit';
import { commissionTrust } from '../../server/domain/trust';

export const SHARE_FIELDS = 'member { id } role amountMinor estimated trust baseShareBps trustFactorBps weightBps';
export const COMMISSION_FIELDS = `
  id status poolMinor currency openedAt deliveredAt confirmableAt confirmedAt paidAt reversedAt reversedFrom
  onHold heldSince holdReasons { kind raisedAt onViewer status } orderTotalMinor commissionRateBps retainedMinor product { id }
  myShare { ${SHARE_FIELDS} }
  shares { ${SHARE_FIELDS} }
  explanation {
    orderTotalMinor commissionRateBps poolMinor trustAtConfirmation trustUsed trustFactorBps baseShareBps weightBps amountMinor estimated reversed text
  }`;

export const COMMISSION = `query ($id: ID!) { commission(id: $id) { ${COMMISSION_FIELDS} } }`;
export const MY_COMMISSIONS = `
  query ($status: CommissionStatus, $onHold: Boolean, $first: Int, $after: String) {
    myCommissions(status: $status, onHold: $onHold, first: $first, after: $after) {
      edges { cursor node { ${COMMISSION_FIELDS} } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
export const MY_TOTALS = `query { myCommissionTotals { pendingMinor confirmedMinor paidMinor owedMinor } }`;
export const MY_HELD_TOTAL = `query { myCommissionTotals { pendingMinor onHoldMinor } }`;
export const SUPPLIER_OWED = `
  query { supplierCommissionsOwed { owedMinor owedCount pendingEstimateMinor byProduct { product { id } owedMinor owedCount pendingEstimateMinor } } }`;
export const PAYOUTS = `
  query ($first: Int, $after: String) {
    payouts(first: $first, after: $after) {
      edges { node { id at totalNetMinor lines { member { id } grossMinor owedBeforeMinor recoveredMinor netMinor carriedOwedMinor commissionCount } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
export const FRAUD_FLAGS = `
  query ($status: FraudFlagStatus, $first: Int) {
    fraudFlags(status: $status, first: $first) {
      edges { node { id kind status createdAt raisedBy members { id } heldCommissionCount clearedAt clearedBy { id } note } }
    }
  }`;
export const CLEAR_FLAG = `
  mutation ($id: ID!, $note: String!) {
    clearFraudFlag(id: $id, note: $note) { releasedCommissions flag { id status clearedAt clearedBy { id } note } }
  }`;

export interface ShareView {
  member: { id: string };
  role: 'AUTHOR' | 'RESHARER';
  amountMinor: number;
  estimated: boolean;
  trust: number;
  baseShareBps: number;
  trustFactorBps: number;
  weightBps: number;
}

export interface CommissionView {
  id: string;
  status: 'PENDING' | 'CONFIRMED' | 'PAID' | 'REVERSED';
  poolMinor: number;
  currency: string;
  openedAt: string;
  deliveredAt: string | null;
  confirmableAt: string | null;
  confirmedAt: string | null;
  paidAt: string | null;
  reversedAt: string | null;
  reversedFrom: string | null;
  onHold: boolean;
  heldSince: string | null;
  holdReasons: { kind: string; raisedAt: string; onViewer: boolean; status: string }[];
  orderTotalMinor: number;
  commissionRateBps: number;
  retainedMinor: number | null;
  product: { id: string };
  myShare: ShareView | null;
  shares: ShareView[];
  explanation: {
    orderTotalMinor: number;
    commissionRateBps: number;
    poolMinor: number;
    trustAtConfirmation: number | null;
    trustUsed: number;
    trustFactorBps: number;
    baseShareBps: number;
    weightBps: number;
    amountMinor: number;
    estimated: boolean;
    reversed: boolean;
    text: string;
  } | null;
}

export interface Totals {
  pendingMinor: number;
  confirmedMinor: number;
  paidMinor: number;
  owedMinor: number;
}

/** The id of the commission of an order, or undefined when the sale opened none. */
export async function commissionIdOf(graph: Graph, orderId: string): Promise<string | undefined> {
  return graph.read(async (tx) => {
    const result = await tx.run('MATCH (c:Commission {orderId: $orderId}) RETURN c.id AS id', { orderId });
    return result.records[0]?.get('id') as string | undefined;
  });
}

/** A member's commission trust as stored now: the score of a vouched record, else 0. */
export async function trustOf(graph: Graph, memberId: string): Promise<number> {
  return graph.read(async (tx) => {
    const result = await tx.run('MATCH (m:Member {id: $memberId}) RETURN m.trustScore AS score, m.trustRankKey AS rankKey', { memberId });
    return commissionTrust(result.records[0]!.toObject() as { score: number; rankKey: number });
  });
}

/** How many ledger entries name this member. */
export async function ledgerCount(graph: Graph, memberId: string): Promise<number> {
  return graph.read(async (tx) => {
    const result = await tx.run('MATCH (:Member {id: $memberId})-[:HAS_LEDGER_ENTRY]->(e:LedgerEntry) RETURN count(e) AS n', { memberId });
    return result.records[0]!.get('n') as number;
  });
}

/** An OPEN fraud flag on these members, as graph/trust-recompute.ts raises them. */
export async function raiseFlag(graph: Graph, memberIds: string[], at: Date, kind = 'RECIPROCAL'): Promise<string> {
  const id = randomUUID();
  await graph.write((tx) =>
    tx.run(
      `CREATE (f:FraudFlag {id: $id, key: $key, kind: $kind, status: 'OPEN', createdAt: toInteger($at), raisedBy: 'RECOMPUTE'})
       WITH f UNWIND $memberIds AS memberId
       MATCH (m:Member {id: memberId}) CREATE (f)-[:FLAGS]->(m)`,
      { id, key: `${kind}:${id}`, kind, at: at.getTime(), memberIds },
    ),
  );
  return id;
}

/** The audit over all live data must pass; on failure the message lists every violation. */
export async function expectAuditPasses(graph: Graph): Promise<void> {
  const report = await auditLiveData(graph);
  if (!report.passed) throw new Error(describeAudit(report));
  expect(report.violations).toEqual([]);
}
