// How a commission of the pure domain (server/domain/commission) is stored, and the only code
// that writes commissions and ledger lines. A commission is one (:Commission) node per order,
// its shares are (:CommissionShare) nodes — the ESTIMATE written at the sale and, once
// confirmed, the CONFIRMED split — and every amount that moves is an append-only
// (:LedgerEntry) under its member. Nothing here decides a rule: values go in and out of the
// domain's transitions, which validate them (assertCommission) before any money is derived.
//
// Each member also carries a balance cache (commissionPendingMinor, …ConfirmedMinor,
// …PaidMinor, …OwedMinor) bumped in the same statement that appends the entries; it exists so
// `npm run audit` has a stored balance to prove against the ledger sums, as the domain's audit
// expects. Anything a person sees is summed from the ledger itself.
import { notify } from './notify';
import { commissionChangeKinds } from '../server/domain/notifications';
import { randomUUID } from 'node:crypto';
import type {
  BeneficiaryRole,
  Commission,
  CommissionShare,
  CommissionStatus,
  LedgerEntry,
} from '../server/domain/commission';
import type { Tx } from './graph';
import { trustFromProps } from './member-trust-props';
import { commissionTrust } from '../server/domain/trust';
import { run } from './write-support';
import { HOLDING_FLAG_STATUSES } from './fraud-flag-status';

/** Which split a share row belongs to. */
export type ShareKind = 'ESTIMATE' | 'CONFIRMED';

export interface StoredShare extends CommissionShare {
  kind: ShareKind;
}

/** The stored commission: the domain value plus what only the database knows. */
export interface StoredCommission {
  commission: Commission;
  orderId: string;
  currency: string;
  deliveredAt: number | null;
  confirmableAt: number | null;
}

/** A commission node with its shares, as a map projection of `c`. */
export const COMMISSION_PROJECTION = `c {
  .*,
  shares: [(c)-[:HAS_SHARE]->(s:CommissionShare) | s {.*}]
}`;

interface CommissionRow {
  id: string;
  orderId: string;
  status: CommissionStatus;
  poolMinor: number;
  currency: string;
  openedAt: number;
  deliveredAt?: number | null;
  confirmableAt?: number | null;
  confirmedAt?: number | null;
  paidAt?: number | null;
  payoutId?: string | null;
  reversedAt?: number | null;
  reversedFrom?: Exclude<CommissionStatus, 'REVERSED'> | null;
  retainedMinor?: number | null;
  onHold?: boolean;
  holdSince?: number | null;
  holdMemberIds?: string[] | null;
  shares: (CommissionShare & { kind: ShareKind })[];
}

const date = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms));
const ms = (d: Date | null) => (d === null ? null : d.getTime());
const authorFirst = (a: { role: BeneficiaryRole }, b: { role: BeneficiaryRole }) =>
  a.role === b.role ? 0 : a.role === 'AUTHOR' ? -1 : 1;

function plainShare(s: CommissionShare): CommissionShare {
  return {
    memberId: s.memberId,
    role: s.role,
    trust: s.trust,
    baseBps: s.baseBps,
    trustFactorBps: s.trustFactorBps,
    weightBps: s.weightBps,
    amountMinor: s.amountMinor,
  };
}

/** Rebuilds the domain value from a row of COMMISSION_PROJECTION (seats = the estimate's). */
export function commissionFromRow(row: CommissionRow): StoredCommission {
  const estimate = row.shares.filter((s) => s.kind === 'ESTIMATE').sort(authorFirst).map(plainShare);
  const confirmed = row.shares.filter((s) => s.kind === 'CONFIRMED').sort(authorFirst).map(plainShare);
  const commission: Commission = {
    id: row.id,
    saleId: row.orderId,
    poolMinor: row.poolMinor,
    seats: estimate.map((s) => ({ memberId: s.memberId, role: s.role })),
    provisionalShares: estimate,
    status: row.status,
    saleAt: new Date(row.openedAt),
    fraudHold: row.onHold ? { since: new Date(row.holdSince ?? row.openedAt), memberIds: row.holdMemberIds ?? [] } : null,
    shares: row.status === 'PENDING' || (row.status === 'REVERSED' && row.reversedFrom === 'PENDING') ? null : confirmed,
    retainedMinor: row.retainedMinor ?? null,
    confirmedAt: date(row.confirmedAt),
    paidAt: date(row.paidAt),
    payoutId: row.payoutId ?? null,
    reversedAt: date(row.reversedAt),
    reversedFrom: row.reversedFrom ?? null,
  };
  return {
    commission,
    orderId: row.orderId,
    currency: row.currency,
    deliveredAt: row.deliveredAt ?? null,
    confirmableAt: row.confirmableAt ?? null,
  };
}

/**
 * Reads commissions by id and takes their write locks first, so a refund, a confirmation and a
 * payout touching the same commission run one after the other.
 */
export async function lockCommissions(tx: Tx, where: { ids?: string[]; orderId?: string }): Promise<StoredCommission[]> {
  const match = where.orderId !== undefined
    ? 'MATCH (c:Commission {orderId: $orderId})'
    : 'UNWIND $ids AS id MATCH (c:Commission {id: id})';
  await run(tx, `${match} SET c._lock = true REMOVE c._lock`, { ids: where.ids ?? [], orderId: where.orderId ?? null });
  const result = await run(tx, `${match} RETURN ${COMMISSION_PROJECTION} AS c`, { ids: where.ids ?? [], orderId: where.orderId ?? null });
  return result.records.map((r) => commissionFromRow(r.get('c') as CommissionRow));
}

function shareRows(commissionId: string, kind: ShareKind, shares: readonly CommissionShare[]) {
  return shares.map((s) => ({ ...plainShare(s), commissionId, kind }));
}

/** Creates a newly opened (PENDING) commission, its estimate shares, and links them. */
export async function createCommission(tx: Tx, stored: StoredCommission): Promise<void> {
  const c = stored.commission;
  await run(tx,
    `MATCH (o:Order {id: $orderId})
     CREATE (c:Commission {id: $id, orderId: $orderId, status: $status, poolMinor: $poolMinor, currency: $currency,
                           openedAt: $openedAt, onHold: false})-[:FOR_ORDER]->(o)
     WITH c
     UNWIND $shares AS share
     MATCH (m:Member {id: share.memberId})
     CREATE (c)-[:HAS_SHARE]->(s:CommissionShare)-[:TO]->(m)
     SET s = share`,
    {
      orderId: stored.orderId,
      id: c.id,
      status: c.status,
      poolMinor: c.poolMinor,
      currency: stored.currency,
      openedAt: c.saleAt.getTime(),
      shares: shareRows(c.id, 'ESTIMATE', c.provisionalShares),
    },
  );
}

/**
 * Writes a commission's new state after a transition: status, dates, hold, and — the first time
 * it has them — its CONFIRMED shares. Shares are never rewritten once stored.
 */
export async function saveCommission(tx: Tx, before: Commission, after: Commission): Promise<void> {
  await notifyCommissionChange(tx, before, after);
  await run(tx,
    `MATCH (c:Commission {id: $id})
     SET c.status = $status, c.confirmedAt = $confirmedAt, c.paidAt = $paidAt, c.payoutId = $payoutId,
         c.reversedAt = $reversedAt, c.reversedFrom = $reversedFrom, c.retainedMinor = $retainedMinor,
         c.onHold = $onHold, c.holdSince = $holdSince, c.holdMemberIds = $holdMemberIds`,
    {
      id: after.id,
      status: after.status,
      confirmedAt: ms(after.confirmedAt),
      paidAt: ms(after.paidAt),
      payoutId: after.payoutId,
      reversedAt: ms(after.reversedAt),
      reversedFrom: after.reversedFrom,
      retainedMinor: after.retainedMinor,
      onHold: after.fraudHold !== null,
      holdSince: after.fraudHold ? after.fraudHold.since.getTime() : null,
      holdMemberIds: after.fraudHold ? [...after.fraudHold.memberIds] : null,
    },
  );
  if (before.shares === null && after.shares !== null) {
    await run(tx,
      `MATCH (c:Commission {id: $id})
       UNWIND $shares AS share
       MATCH (m:Member {id: share.memberId})
       CREATE (c)-[:HAS_SHARE]->(s:CommissionShare)-[:TO]->(m)
       SET s = share`,
      { id: after.id, shares: shareRows(after.id, 'CONFIRMED', after.shares) },
    );
  }
}

const ACCOUNT_PROPERTY = {
  PENDING: 'commissionPendingMinor',
  CONFIRMED: 'commissionConfirmedMinor',
  PAID: 'commissionPaidMinor',
  OWED: 'commissionOwedMinor',
} as const;

/**
 * Appends ledger entries (never updates one) and bumps each member's balance cache by the same
 * amounts, in one statement per call. OWED is cached as a positive debt (−sum), as the domain's
 * MemberBalance has it.
 */
export async function appendLedger(tx: Tx, entries: readonly LedgerEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const deltas = new Map<string, Record<keyof typeof ACCOUNT_PROPERTY, number>>();
  for (const e of entries) {
    const d = deltas.get(e.memberId) ?? { PENDING: 0, CONFIRMED: 0, PAID: 0, OWED: 0 };
    d[e.account] += e.account === 'OWED' ? -e.amountMinor : e.amountMinor;
    deltas.set(e.memberId, d);
  }
  await run(tx,
    `UNWIND $entries AS e
     MATCH (m:Member {id: e.memberId})
     CREATE (m)-[:HAS_LEDGER_ENTRY]->(:LedgerEntry {id: e.id, kind: e.kind, account: e.account, memberId: e.memberId,
       commissionId: e.commissionId, payoutId: e.payoutId, amountMinor: e.amountMinor, at: e.at})`,
    {
      entries: entries.map((e) => ({
        id: randomUUID(),
        kind: e.kind,
        account: e.account,
        memberId: e.memberId,
        commissionId: e.commissionId ?? null,
        payoutId: e.payoutId ?? null,
        amountMinor: e.amountMinor,
        at: e.at.getTime(),
      })),
    },
  );
  await run(tx,
    `UNWIND $deltas AS d
     MATCH (m:Member {id: d.memberId})
     SET m.${ACCOUNT_PROPERTY.PENDING} = coalesce(m.${ACCOUNT_PROPERTY.PENDING}, 0) + d.PENDING,
         m.${ACCOUNT_PROPERTY.CONFIRMED} = coalesce(m.${ACCOUNT_PROPERTY.CONFIRMED}, 0) + d.CONFIRMED,
         m.${ACCOUNT_PROPERTY.PAID} = coalesce(m.${ACCOUNT_PROPERTY.PAID}, 0) + d.PAID,
         m.${ACCOUNT_PROPERTY.OWED} = coalesce(m.${ACCOUNT_PROPERTY.OWED}, 0) + d.OWED`,
    { deltas: [...deltas].map(([memberId, d]) => ({ memberId, ...d })) },
  );
}

/**
 * Every member's commission trust now, for the split: the score of a vouched record, 0 for an
 * unvouched one (server/domain/trust commissionTrust; a member without a stored state is unvouched).
 */
export async function trustOfMembers(tx: Tx, memberIds: readonly string[], now: Date): Promise<Map<string, number>> {
  const result = await run(tx,
    `UNWIND $ids AS id MATCH (m:Member {id: id})
     RETURN m.id AS id, m {.trustScore, .trustConfidence, .trustRankKey, .trustIsNew, .trustReach, .trustEvidenceAt, .verified} AS props`,
    { ids: [...new Set(memberIds)] },
  );
  return new Map(
    result.records.map((r) => [r.get('id') as string, commissionTrust(trustFromProps(r.get('props') as Parameters<typeof trustFromProps>[0], now))]),
  );
}

/** Members among `memberIds` with at least one fraud flag that holds: open, or upheld by an admin. */
export async function openlyFlagged(tx: Tx, memberIds: readonly string[]): Promise<string[]> {
  const result = await run(tx,
    `UNWIND $ids AS id
     MATCH (f:FraudFlag)-[:FLAGS]->(m:Member {id: id})
     WHERE f.status IN $holding
     RETURN DISTINCT m.id AS id`,
    { ids: [...new Set(memberIds)], holding: HOLDING_FLAG_STATUSES },
  );
  return result.records.map((r) => r.get('id') as string);
}

/**
 * Tells each beneficiary of a commission what this transition did to it (confirmed, held,
 * reversed), in the transaction that saves it. Dated by the transition itself, which took its
 * time from the clock.
 */
async function notifyCommissionChange(tx: Tx, before: Commission, after: Commission): Promise<void> {
  const kinds = commissionChangeKinds(
    { status: before.status, held: before.fraudHold !== null },
    { status: after.status, held: after.fraudHold !== null },
  );
  const at = after.reversedAt ?? after.confirmedAt ?? after.fraudHold?.since;
  if (kinds.length === 0 || !at) return;
  const recipients = [...new Set(after.seats.map((s) => s.memberId))];
  await notify(
    tx,
    kinds.flatMap((kind) => recipients.map((recipientId) => ({ recipientId, kind, commissionId: after.id, orderId: after.saleId }))),
    at.getTime(),
  );
}
