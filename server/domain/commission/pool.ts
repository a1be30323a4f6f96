// The commission pool of a sale: what the supplier agreed to give up, by its rate, for a sale
// that came through a recommendation. It is computed once, exactly, at the sale.
//
// Rounding: floor(unit price × quantity × rate / 10,000). The fraction of a fen that floor
// drops stays with the supplier: the supplier set the rate as a ceiling on what it pays, so
// rounding never makes it pay more than its rate. The product is taken in BigInt, so a price of
// ¥9,999,999.99 × 1,000 × 30% is as exact as ¥1 × 1 × 1%.

import { CommissionRuleError } from './errors';
import { BPS_DENOMINATOR, assertMinorUnits, toSafeNumber, type MinorUnits } from './money';

/**
 * The highest commission rate a supplier may set: 3,000 bp = 30% of the sale. A cap keeps the
 * price honest (a 90% "commission" is a disguised discount paid to recruiters) and bounds what
 * any one sale can pay out.
 */
export const MAX_COMMISSION_RATE_BPS = 3_000;

/** Throws INVALID_RATE unless `rateBps` is an integer in [0, MAX_COMMISSION_RATE_BPS]. */
export function assertCommissionRate(rateBps: unknown): number {
  if (
    typeof rateBps !== 'number' ||
    !Number.isInteger(rateBps) ||
    rateBps < 0 ||
    rateBps > MAX_COMMISSION_RATE_BPS
  ) {
    throw new CommissionRuleError(
      'INVALID_RATE',
      `a commission rate must be a whole number of basis points from 0 to ${MAX_COMMISSION_RATE_BPS}, got ${String(rateBps)}`,
      { rateBps },
    );
  }
  return rateBps;
}

/** Throws INVALID_QUANTITY unless `quantity` is a safe integer ≥ 1. */
export function assertQuantity(quantity: unknown): number {
  if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity < 1) {
    throw new CommissionRuleError(
      'INVALID_QUANTITY',
      `an order quantity must be a whole number ≥ 1, got ${String(quantity)}`,
      { quantity },
    );
  }
  return quantity;
}

/**
 * The commission pool of one sale, in minor units:
 * floor(unitPriceMinor × quantity × rateBps / 10,000).
 *
 * @param unitPriceMinor price of one unit in fen (safe integer ≥ 0)
 * @param quantity units sold (safe integer ≥ 1)
 * @param rateBps the product's commission rate in basis points, 0..MAX_COMMISSION_RATE_BPS
 * @throws CommissionRuleError INVALID_AMOUNT, INVALID_QUANTITY, INVALID_RATE, or
 *   AMOUNT_OUT_OF_RANGE when the order total (price × quantity) is not a safe integer
 */
export function commissionPool(unitPriceMinor: number, quantity: number, rateBps: number): MinorUnits {
  assertMinorUnits(unitPriceMinor, 'unit price');
  assertQuantity(quantity);
  assertCommissionRate(rateBps);
  // The order total must itself be representable: the order module stores it as minor units.
  const total = BigInt(unitPriceMinor) * BigInt(quantity);
  toSafeNumber(total, 'order total (unit price × quantity)');
  return toSafeNumber((total * BigInt(rateBps)) / BigInt(BPS_DENOMINATOR), 'commission pool');
}
