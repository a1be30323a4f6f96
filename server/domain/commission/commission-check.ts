// A commission that reaches a transition may have been rebuilt from stored rows by the database
// layer. Before any ledger line is derived from it, it is checked to be a value this module
// could have produced: otherwise a corrupt row would be turned into well-formed, wrong money.

import { assertSeats } from './beneficiaries';
import type { Commission, CommissionStatus } from './commission';
import { CommissionRuleError } from './errors';
import { assertDate, assertId, assertMinorUnits, sumMinorUnits } from './money';
import type { CommissionShare } from './split';

const STATUSES: readonly CommissionStatus[] = ['PENDING', 'CONFIRMED', 'PAID', 'REVERSED'];

function refuse(commission: Commission, why: string): never {
  throw new CommissionRuleError('INVALID_COMMISSION', `inconsistent commission: ${why}`, {
    commissionId: commission.id,
    status: commission.status,
  });
}

function checkShares(commission: Commission, shares: readonly CommissionShare[], what: string): number {
  const seats = new Map(commission.seats.map((s) => [s.memberId, s.role]));
  if (shares.length !== seats.size) refuse(commission, `${what} do not match the seats`);
  for (const share of shares) {
    if (seats.get(share.memberId) !== share.role) refuse(commission, `${what} name a member without that seat`);
    assertMinorUnits(share.amountMinor, `${what} amount`);
  }
  const total = sumMinorUnits(shares.map((s) => s.amountMinor), what);
  if (total > commission.poolMinor) refuse(commission, `${what} exceed the pool`);
  return total;
}

/**
 * Throws INVALID_COMMISSION (or the code of the bad field) unless the commission is consistent:
 * valid ids, pool, seats and dates; provisional shares matching the seats within the pool; real
 * shares present exactly once confirmed, matching the seats, and adding up with what was
 * retained to the pool; reversedFrom set exactly when REVERSED; a fraud hold only before
 * confirmation.
 */
export function assertCommission(commission: Commission): Commission {
  assertId(commission.id, 'commission id');
  assertId(commission.saleId, 'sale id');
  assertMinorUnits(commission.poolMinor, 'commission pool');
  assertDate(commission.saleAt, 'sale date');
  assertSeats(commission.seats);
  if (!STATUSES.includes(commission.status)) refuse(commission, 'unknown status');
  checkShares(commission, commission.provisionalShares, 'provisional shares');

  const reversed = commission.status === 'REVERSED';
  if (reversed !== (commission.reversedFrom !== null)) refuse(commission, 'reversedFrom does not match status');
  const lived = reversed ? commission.reversedFrom : commission.status;
  const confirmed = lived === 'CONFIRMED' || lived === 'PAID';
  if (confirmed !== (commission.shares !== null)) refuse(commission, 'shares must be set exactly once confirmed');
  if (commission.shares !== null) {
    const paid = checkShares(commission, commission.shares, 'shares');
    const retained = assertMinorUnits(commission.retainedMinor, 'retained amount');
    if (paid + retained !== commission.poolMinor) refuse(commission, 'shares and retained do not add up to the pool');
  }
  if (commission.fraudHold !== null && lived !== 'PENDING') refuse(commission, 'a fraud hold after confirmation');
  if (lived === 'PAID' && commission.payoutId === null) refuse(commission, 'paid without a payout id');
  return commission;
}
