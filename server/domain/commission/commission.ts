// A commission is one sale's pool and its (at most two) shares, moving through one lifecycle:
// PENDING at the sale → CONFIRMED after the hold → PAID in a payout; REVERSED on a refund. One
// record per sale, not per beneficiary, because the split is one computation (the two shares and
// what the supplier keeps add up to the pool) and because a fraud hold on either beneficiary
// holds the whole sale: a flag is often about this very pair (author and re-sharer colluding),
// and paying half of a suspect pair would defeat the hold.
//
// At the sale the amounts are only an estimate (trust at the sale) — they are what the member
// sees as pending. The real split is computed at confirmation from trust then.

import {
  beneficiariesForSale,
  withTrust,
  type SaleBeneficiary,
  type SaleParties,
} from './beneficiaries';
import { accrualEntries } from './entries';
import { assertDate, assertId, type MinorUnits } from './money';
import { commissionPool } from './pool';
import { splitCommission, type CommissionShare } from './split';
import { DEFAULT_SPLIT_PARAMS, type SplitParams } from './trust-weight';
import type { LedgerEntry } from './ledger';

/** Where a commission is in its lifecycle. */
export type CommissionStatus = 'PENDING' | 'CONFIRMED' | 'PAID' | 'REVERSED';

/** Why a pending commission waits: beneficiaries with an open fraud flag at a CONFIRM attempt. */
export interface FraudHold {
  readonly since: Date;
  readonly memberIds: readonly string[];
}

/** One sale's commission. Immutable: transitions return a new value. */
export interface Commission {
  readonly id: string;
  /** The order this commission came from. */
  readonly saleId: string;
  readonly poolMinor: MinorUnits;
  /** Who may earn, fixed at the sale (see beneficiariesForSale). */
  readonly seats: readonly SaleBeneficiary[];
  /** The estimate written as PENDING: the split with trust at the sale. */
  readonly provisionalShares: readonly CommissionShare[];
  readonly status: CommissionStatus;
  readonly saleAt: Date;
  /** Set while a CONFIRM attempt found an open fraud flag and no admin has cleared it. */
  readonly fraudHold: FraudHold | null;
  /** The split computed at confirmation (null before). */
  readonly shares: readonly CommissionShare[] | null;
  /** Part of the pool kept by the supplier at confirmation (null before). */
  readonly retainedMinor: MinorUnits | null;
  readonly confirmedAt: Date | null;
  readonly paidAt: Date | null;
  readonly payoutId: string | null;
  readonly reversedAt: Date | null;
  /** The status a refund reversed (PAID means the amounts were clawed back as OWED). */
  readonly reversedFrom: Exclude<CommissionStatus, 'REVERSED'> | null;
}

/** What the order layer knows when an order is placed through a recommendation. */
export interface SaleForCommission extends SaleParties {
  /** A fresh id for the commission (ids are the caller's: generating one is not pure). */
  readonly commissionId: string;
  readonly saleId: string;
  readonly unitPriceMinor: number;
  readonly quantity: number;
  readonly rateBps: number;
  /** Trust of the seat holders now, for the pending estimate. */
  readonly trustByMember: ReadonlyMap<string, number>;
}

/** Why a sale opened no commission. */
export type NoCommissionReason = 'SELF_PURCHASE' | 'NO_BENEFICIARY' | 'ZERO_POOL';

/** The outcome of opening: a commission and its ACCRUAL entries, or the reason there is none. */
export type OpenCommissionResult =
  | { readonly opened: true; readonly commission: Commission; readonly entries: readonly LedgerEntry[] }
  | { readonly opened: false; readonly reason: NoCommissionReason };

/**
 * Opens the PENDING commission of a sale and its ACCRUAL entries (provisional amounts > 0).
 * No commission when the buyer is the author (SELF_PURCHASE), when every seat is excluded
 * (NO_BENEFICIARY), or when the pool rounds to 0 fen (ZERO_POOL).
 * @throws CommissionRuleError on invalid amounts, rate, quantity, ids, trust or date
 */
export function openCommission(
  sale: SaleForCommission,
  now: Date,
  params: SplitParams = DEFAULT_SPLIT_PARAMS,
): OpenCommissionResult {
  assertId(sale.commissionId, 'commission id');
  assertId(sale.saleId, 'sale id');
  assertDate(now, 'now');
  const poolMinor = commissionPool(sale.unitPriceMinor, sale.quantity, sale.rateBps);
  const seats = beneficiariesForSale(sale);
  if (sale.buyerId === sale.authorId) return { opened: false, reason: 'SELF_PURCHASE' };
  if (seats.length === 0) return { opened: false, reason: 'NO_BENEFICIARY' };
  if (poolMinor === 0) return { opened: false, reason: 'ZERO_POOL' };

  const estimate = splitCommission(poolMinor, withTrust(seats, sale.trustByMember), params);
  const commission: Commission = {
    id: sale.commissionId,
    saleId: sale.saleId,
    poolMinor,
    seats,
    provisionalShares: estimate.shares,
    status: 'PENDING',
    saleAt: now,
    fraudHold: null,
    shares: null,
    retainedMinor: null,
    confirmedAt: null,
    paidAt: null,
    payoutId: null,
    reversedAt: null,
    reversedFrom: null,
  };
  return { opened: true, commission, entries: accrualEntries(commission, now) };
}
