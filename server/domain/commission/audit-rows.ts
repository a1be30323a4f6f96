// What the audit reads. Rows are plain values the database layer selects; the facts that decide
// who may earn (buyer, author, re-sharer, the buyer's invitation chain) are read from the order,
// the recommendation and the invitation graph — never from the commission itself, or a wrong
// commission would vouch for itself.

import type { BeneficiaryRole, SaleParties } from './beneficiaries';
import type { Commission, CommissionStatus } from './commission';
import type { LedgerEntry, MemberBalance } from './ledger';

/** One share as stored. */
export interface AuditShareRow {
  readonly memberId: string;
  readonly role: BeneficiaryRole;
  readonly amountMinor: number;
}

/** One commission as stored, beside the facts of its sale. */
export interface AuditCommissionRow {
  readonly commissionId: string;
  readonly saleId: string;
  /** From the order. */
  readonly buyerId: string;
  /** From the recommendation the order was placed through. */
  readonly authorId: string;
  /** From the order's share attribution (null: bought through the author's own link). */
  readonly resharerId: string | null;
  /** From the invitation graph: everyone up the buyer's invitation chain. */
  readonly buyerInviterIds: readonly string[];
  readonly status: CommissionStatus;
  readonly reversedFrom: Exclude<CommissionStatus, 'REVERSED'> | null;
  readonly poolMinor: number;
  /** Estimated shares written as PENDING at the sale. */
  readonly provisionalShares: readonly AuditShareRow[];
  /** Shares computed at confirmation (null before). */
  readonly shares: readonly AuditShareRow[] | null;
  readonly retainedMinor: number | null;
}

/** Everything the audit checks, as of one consistent read. */
export interface AuditInput {
  readonly commissions: readonly AuditCommissionRow[];
  readonly ledger: readonly LedgerEntry[];
  /** The balances as stored (a cache the ledger must sum to). */
  readonly balances: readonly MemberBalance[];
}

/** Names of the rules the audit checks. */
export type AuditViolationCode =
  /** A share went to a member up the buyer's invitation chain. */
  | 'PAID_TO_INVITER'
  /** A share went to the buyer (buying through one's own re-share). */
  | 'PAID_TO_BUYER'
  /** A share went to someone who is not the sale's author or re-sharer in that role. */
  | 'PAID_TO_NON_BENEFICIARY'
  /** More than two members share in one sale (or a commission has more than two shares). */
  | 'TOO_MANY_BENEFICIARIES'
  /** More than one commission for one sale. */
  | 'DUPLICATE_SALE_COMMISSION'
  /** A commission exists on a purchase through one's own recommendation. */
  | 'SELF_PURCHASE_COMMISSION'
  /** Shares add up to more than the pool. */
  | 'SHARES_EXCEED_POOL'
  /** Confirmed shares plus the retained part do not add up to the pool. */
  | 'SPLIT_UNBALANCED'
  /** An amount is not a whole, non-negative number of fen. */
  | 'INVALID_AMOUNT'
  /** A ledger entry is malformed; it is left out of the sums. */
  | 'INVALID_LEDGER_ENTRY'
  /** A stored balance differs from what the ledger sums to. */
  | 'BALANCE_MISMATCH'
  /** The ledger sums to a negative balance. */
  | 'NEGATIVE_BALANCE'
  /** A commission's ledger lines disagree with its status and shares. */
  | 'LEDGER_COMMISSION_MISMATCH';

/** One broken rule, named, with the rows it concerns. */
export interface AuditViolation {
  readonly code: AuditViolationCode;
  readonly message: string;
  readonly saleId?: string;
  readonly commissionId?: string;
  readonly memberId?: string;
}

/** The audit row of a commission this module produced, beside its sale's facts. */
export function auditRowFor(commission: Commission, sale: SaleParties): AuditCommissionRow {
  const plain = (shares: Commission['provisionalShares']) =>
    shares.map((s) => ({ memberId: s.memberId, role: s.role, amountMinor: s.amountMinor }));
  return {
    commissionId: commission.id,
    saleId: commission.saleId,
    buyerId: sale.buyerId,
    authorId: sale.authorId,
    resharerId: sale.resharerId ?? null,
    buyerInviterIds: sale.inviterIds ?? [],
    status: commission.status,
    reversedFrom: commission.reversedFrom,
    poolMinor: commission.poolMinor,
    provisionalShares: plain(commission.provisionalShares),
    shares: commission.shares === null ? null : plain(commission.shares),
    retainedMinor: commission.retainedMinor,
  };
}
