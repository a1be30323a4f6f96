// The ledger lines each lifecycle step writes. Kept apart from the transitions so the
// bookkeeping can be read in one place and checked against ledger.ts's table of legal
// kind/account/sign triples. Zero amounts are skipped: a share of 0 fen leaves no trace in the
// ledger (it stays visible on the commission itself, with the trust that explains it).

import type { Commission } from './commission';
import type { LedgerEntry } from './ledger';
import type { CommissionShare } from './split';

type Line = Omit<LedgerEntry, 'at' | 'commissionId'>;

function lines(commission: Commission, at: Date, raw: readonly Line[]): LedgerEntry[] {
  return raw
    .filter((line) => line.amountMinor !== 0)
    .map((line) => ({ ...line, commissionId: commission.id, at }));
}

/** ACCRUAL +PENDING for each provisional share (at the sale). */
export function accrualEntries(commission: Commission, at: Date): LedgerEntry[] {
  return lines(
    commission,
    at,
    commission.provisionalShares.map((s) => ({
      kind: 'ACCRUAL',
      account: 'PENDING',
      memberId: s.memberId,
      amountMinor: s.amountMinor,
    })),
  );
}

/** CONFIRMATION: release each provisional amount from PENDING, credit each real share to CONFIRMED. */
export function confirmationEntries(
  commission: Commission,
  shares: readonly CommissionShare[],
  at: Date,
): LedgerEntry[] {
  return lines(commission, at, [
    ...commission.provisionalShares.map((s): Line => ({
      kind: 'CONFIRMATION',
      account: 'PENDING',
      memberId: s.memberId,
      amountMinor: -s.amountMinor,
    })),
    ...shares.map((s): Line => ({
      kind: 'CONFIRMATION',
      account: 'CONFIRMED',
      memberId: s.memberId,
      amountMinor: s.amountMinor,
    })),
  ]);
}

/**
 * What a refund writes, by the status it reverses: PENDING → REVERSAL −PENDING; CONFIRMED →
 * REVERSAL −CONFIRMED; PAID → ADJUSTMENT −OWED (the member owes it; the next payouts recover it).
 */
export function reversalEntries(commission: Commission, at: Date): LedgerEntry[] {
  if (commission.status === 'PENDING') {
    return lines(
      commission,
      at,
      commission.provisionalShares.map((s) => ({
        kind: 'REVERSAL',
        account: 'PENDING',
        memberId: s.memberId,
        amountMinor: -s.amountMinor,
      })),
    );
  }
  const paid = commission.status === 'PAID';
  return lines(
    commission,
    at,
    (commission.shares ?? []).map((s) => ({
      kind: paid ? 'ADJUSTMENT' : 'REVERSAL',
      account: paid ? 'OWED' : 'CONFIRMED',
      memberId: s.memberId,
      amountMinor: -s.amountMinor,
    })),
  );
}

/** PAYOUT −CONFIRMED for each share of a commission being paid. */
export function payoutCommissionEntries(
  commission: Commission,
  payoutId: string,
  at: Date,
): LedgerEntry[] {
  return lines(
    commission,
    at,
    (commission.shares ?? []).map((s) => ({
      kind: 'PAYOUT',
      account: 'CONFIRMED',
      memberId: s.memberId,
      payoutId,
      amountMinor: -s.amountMinor,
    })),
  );
}
