// The commission lifecycle as one pure function: (commission, event, now) → new commission plus
// the ledger lines to append. The caller writes both in one transaction, or neither. An illegal
// event throws before anything is built, so a refused action appends nothing and the commission
// it was given is left exactly as it was (values are never mutated).
//
//   PENDING ──CONFIRM (delivered, hold over, no open flag)──▶ CONFIRMED ──PAY──▶ PAID
//   PENDING ──CONFIRM (a beneficiary has an open flag)──▶ PENDING + fraudHold
//   PENDING + fraudHold ──CLEAR_FRAUD_HOLD (admin)──▶ PENDING (the next CONFIRM re-checks flags)
//   PENDING | CONFIRMED ──REFUND──▶ REVERSED (the unpaid amounts are reversed; no money moved)
//   PAID ──REFUND──▶ REVERSED + a negative OWED adjustment the next payouts recover
//
// The split is computed at CONFIRM, from trust then: the hold has let the buyer's verdict on
// this very sale move the recommender's trust first.

import { withTrust } from './beneficiaries';
import type { Commission } from './commission';
import { assertCommission } from './commission-check';
import { confirmationEntries, payoutCommissionEntries, reversalEntries } from './entries';
import { CommissionRuleError } from './errors';
import type { LedgerEntry } from './ledger';
import { assertDate, assertId } from './money';
import { DEFAULT_COMMISSION_POLICY, confirmableAt, type CommissionPolicy } from './policy';
import { splitCommission } from './split';
import { DEFAULT_SPLIT_PARAMS, type SplitParams } from './trust-weight';

/** Confirm after the hold; carries what the confirmation job read at this moment. */
export interface ConfirmEvent {
  readonly type: 'CONFIRM';
  /** When the order was delivered (null: not yet — the windows have not opened). */
  readonly deliveredAt: Date | null;
  /** Trust of the seat holders now: the split is computed from it. */
  readonly trustByMember: ReadonlyMap<string, number>;
  /** Members with an open fraud flag now (any list; only the seat holders matter). */
  readonly flaggedMemberIds: readonly string[];
  readonly policy?: CommissionPolicy;
  readonly params?: SplitParams;
}

/** An event a commission can receive. PAY is normally applied by payoutBatch. */
export type CommissionEvent =
  | ConfirmEvent
  | { readonly type: 'PAY'; readonly payoutId: string }
  | { readonly type: 'REFUND' }
  | { readonly type: 'CLEAR_FRAUD_HOLD' };

/** The new commission and the ledger lines to append with it (possibly none). */
export interface CommissionTransition {
  readonly commission: Commission;
  readonly entries: readonly LedgerEntry[];
}

function illegal(commission: Commission, event: string): never {
  throw new CommissionRuleError(
    'ILLEGAL_TRANSITION',
    `${event} is not allowed on a ${commission.status} commission`,
    { commissionId: commission.id, status: commission.status, event },
  );
}

/**
 * Applies one event to a commission (rules in the diagram above).
 * @throws CommissionRuleError ILLEGAL_TRANSITION, NOT_DELIVERED, HOLD_NOT_OVER, ON_FRAUD_HOLD,
 *   NOT_ON_HOLD, MISSING_TRUST, INVALID_TRUST, INVALID_DATE, INVALID_ID, INVALID_PARAMS — and
 *   then nothing has changed
 */
export function transitionCommission(
  commission: Commission,
  event: CommissionEvent,
  now: Date,
): CommissionTransition {
  assertCommission(commission);
  assertDate(now, 'now');
  switch (event.type) {
    case 'CONFIRM':
      return confirm(commission, event, now);
    case 'PAY': {
      if (commission.status !== 'CONFIRMED') illegal(commission, 'PAY');
      const payoutId = assertId(event.payoutId, 'payout id');
      const paid: Commission = { ...commission, status: 'PAID', paidAt: now, payoutId };
      return { commission: paid, entries: payoutCommissionEntries(commission, payoutId, now) };
    }
    case 'REFUND': {
      if (commission.status === 'REVERSED') illegal(commission, 'REFUND');
      const reversedFrom = commission.status;
      const reversed: Commission = { ...commission, status: 'REVERSED', reversedAt: now, reversedFrom };
      return { commission: reversed, entries: reversalEntries(commission, now) };
    }
    case 'CLEAR_FRAUD_HOLD': {
      if (commission.status !== 'PENDING') illegal(commission, 'CLEAR_FRAUD_HOLD');
      if (commission.fraudHold === null) {
        throw new CommissionRuleError('NOT_ON_HOLD', 'this commission is not on a fraud hold', {
          commissionId: commission.id,
        });
      }
      return { commission: { ...commission, fraudHold: null }, entries: [] };
    }
    default:
      throw new CommissionRuleError('ILLEGAL_TRANSITION', 'unknown commission event', { event });
  }
}

function confirm(commission: Commission, event: ConfirmEvent, now: Date): CommissionTransition {
  if (commission.status !== 'PENDING') illegal(commission, 'CONFIRM');
  const { id } = commission;
  if (commission.fraudHold !== null) {
    throw new CommissionRuleError('ON_FRAUD_HOLD', 'this commission waits for an admin to clear a fraud flag', {
      commissionId: id,
      memberIds: commission.fraudHold.memberIds,
    });
  }
  if (event.deliveredAt === null) {
    throw new CommissionRuleError('NOT_DELIVERED', 'the order has not been delivered', { commissionId: id });
  }
  const due = confirmableAt(event.deliveredAt, event.policy ?? DEFAULT_COMMISSION_POLICY);
  if (now.getTime() < due.getTime()) {
    throw new CommissionRuleError('HOLD_NOT_OVER', `the hold lasts until ${due.toISOString()}`, {
      commissionId: id,
      confirmableAt: due.toISOString(),
    });
  }
  const flagged = new Set(event.flaggedMemberIds);
  const held = commission.seats.map((s) => s.memberId).filter((m) => flagged.has(m));
  if (held.length > 0) {
    return { commission: { ...commission, fraudHold: { since: now, memberIds: held } }, entries: [] };
  }
  const params = event.params ?? DEFAULT_SPLIT_PARAMS;
  const split = splitCommission(commission.poolMinor, withTrust(commission.seats, event.trustByMember), params);
  const confirmed: Commission = {
    ...commission,
    status: 'CONFIRMED',
    shares: split.shares,
    retainedMinor: split.retainedMinor,
    confirmedAt: now,
  };
  return { commission: confirmed, entries: confirmationEntries(commission, split.shares, now) };
}
