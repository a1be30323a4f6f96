// The commission ledger: append-only entries, and balances that are nothing but their sums.
// Nothing is ever updated in place; a refund after payment does not edit history, it appends a
// negative adjustment. A stored balance is a cache the audit checks against these sums.
//
// Each entry moves a signed amount (member's point of view: + is in the member's favour) in one
// of four accounts of one member:
//   PENDING    provisional amounts of pending commissions (estimated with trust at the sale)
//   CONFIRMED  amounts of confirmed, unpaid commissions (computed with trust at confirmation)
//   PAID       cash paid out, net of recovered clawbacks
//   OWED       clawbacks of paid commissions (negative) and their recovery by payouts (positive)
// Kinds say why: ACCRUAL (+PENDING at the sale), CONFIRMATION (−PENDING, +CONFIRMED),
// REVERSAL (−PENDING or −CONFIRMED at a refund), PAYOUT (−CONFIRMED per commission, +PAID cash),
// ADJUSTMENT (−OWED when a paid commission is refunded, +OWED when a payout recovers it).
// A payout's entries sum to zero for each member: it moves money between accounts, never
// creates it. Zero amounts are never written.

import { CommissionRuleError } from './errors';
import { assertDate, assertId, assertSignedMinorUnits, toSafeNumber, type MinorUnits } from './money';

/** Why an entry was written. */
export type LedgerKind = 'ACCRUAL' | 'CONFIRMATION' | 'REVERSAL' | 'PAYOUT' | 'ADJUSTMENT';
/** Which of a member's balances it moves. */
export type LedgerAccount = 'PENDING' | 'CONFIRMED' | 'PAID' | 'OWED';

/** One append-only ledger line. */
export interface LedgerEntry {
  readonly kind: LedgerKind;
  readonly account: LedgerAccount;
  readonly memberId: string;
  /** Set on every entry about one commission (all but a payout's cash and recovery lines). */
  readonly commissionId?: string;
  /** Set on the entries a payout batch writes. */
  readonly payoutId?: string;
  /** Signed fen, never 0; + in the member's favour. */
  readonly amountMinor: MinorUnits;
  readonly at: Date;
}

/** A member's balances, as the ledger sums them. All ≥ 0 on a ledger written by this module. */
export interface MemberBalance {
  readonly memberId: string;
  readonly pendingMinor: MinorUnits;
  readonly confirmedMinor: MinorUnits;
  readonly paidMinor: MinorUnits;
  /** Clawbacks not yet recovered: −(sum of the OWED account). Deducted from the next payouts. */
  readonly owedMinor: MinorUnits;
}

// kind → account → required sign. Anything else is malformed.
const LEGAL: Record<LedgerKind, Partial<Record<LedgerAccount, 1 | -1 | 0>>> = {
  ACCRUAL: { PENDING: 1 },
  CONFIRMATION: { PENDING: -1, CONFIRMED: 1 },
  REVERSAL: { PENDING: -1, CONFIRMED: -1 },
  PAYOUT: { CONFIRMED: -1, PAID: 1 },
  ADJUSTMENT: { OWED: 0 }, // −: clawback (needs commissionId); +: recovery (needs payoutId)
};

/**
 * Throws INVALID_LEDGER_ENTRY unless the entry is well formed: a known kind/account pair with
 * its sign, a non-zero safe integer amount, a member id, a valid date, and the references its
 * kind needs (commissionId on commission entries, payoutId on payout entries).
 */
export function assertLedgerEntry(entry: LedgerEntry): LedgerEntry {
  const refuse = (why: string): never => {
    throw new CommissionRuleError('INVALID_LEDGER_ENTRY', `malformed ledger entry: ${why}`, {
      ...entry,
    });
  };
  const sign = LEGAL[entry.kind]?.[entry.account];
  if (sign === undefined) refuse(`${String(entry.kind)} cannot move ${String(entry.account)}`);
  try {
    assertId(entry.memberId, 'member id');
    assertSignedMinorUnits(entry.amountMinor, 'ledger amount');
    assertDate(entry.at, 'ledger date');
  } catch (error) {
    refuse(error instanceof Error ? error.message : String(error));
  }
  if (entry.amountMinor === 0) refuse('zero amounts are not written');
  if (sign !== 0 && Math.sign(entry.amountMinor) !== sign) refuse(`wrong sign for ${entry.kind}`);
  const isCash = entry.kind === 'PAYOUT' && entry.account === 'PAID';
  const isRecovery = entry.kind === 'ADJUSTMENT' && entry.amountMinor > 0;
  if (!isCash && !isRecovery && !entry.commissionId) refuse('commissionId is required');
  if ((entry.kind === 'PAYOUT' || isRecovery) && !entry.payoutId) refuse('payoutId is required');
  return entry;
}

/**
 * Every member's balances, summed from the entries (validated; order does not matter).
 * @returns a map from member id to balances, for each member named by at least one entry
 * @throws CommissionRuleError INVALID_LEDGER_ENTRY, AMOUNT_OUT_OF_RANGE
 */
export function balancesFromLedger(entries: readonly LedgerEntry[]): Map<string, MemberBalance> {
  const sums = new Map<string, Record<LedgerAccount, bigint>>();
  for (const entry of entries) {
    assertLedgerEntry(entry);
    let member = sums.get(entry.memberId);
    if (!member) {
      member = { PENDING: 0n, CONFIRMED: 0n, PAID: 0n, OWED: 0n };
      sums.set(entry.memberId, member);
    }
    member[entry.account] += BigInt(entry.amountMinor);
  }
  const balances = new Map<string, MemberBalance>();
  for (const [memberId, s] of sums) {
    balances.set(memberId, {
      memberId,
      pendingMinor: toSafeNumber(s.PENDING, 'pending balance'),
      confirmedMinor: toSafeNumber(s.CONFIRMED, 'confirmed balance'),
      paidMinor: toSafeNumber(s.PAID, 'paid balance'),
      owedMinor: toSafeNumber(-s.OWED, 'owed balance'),
    });
  }
  return balances;
}

/** One member's balances (all zero when the ledger never names them). */
export function balanceOf(entries: readonly LedgerEntry[], memberId: string): MemberBalance {
  return (
    balancesFromLedger(entries.filter((e) => e.memberId === memberId)).get(memberId) ?? {
      memberId,
      pendingMinor: 0,
      confirmedMinor: 0,
      paidMinor: 0,
      owedMinor: 0,
    }
  );
}
