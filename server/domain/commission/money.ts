// Money is integer minor units (fen for CNY), never a float: 0.1 + 0.2 !== 0.3, and a ledger
// that is off by a fen cannot prove it balances. Every amount entering the domain is checked
// here to be a safe integer (exact in a JS number), and every product of amount × rate × weight
// is computed in BigInt before it is floored back into a number, so no intermediate value ever
// rounds. Rates and weights are integer basis points (1 bp = 1/10,000).

import { CommissionRuleError } from './errors';

/** An amount of money in integer minor units (fen). A plain number that has been validated. */
export type MinorUnits = number;

/** 100% in basis points. */
export const BPS_DENOMINATOR = 10_000;

/** Throws INVALID_AMOUNT unless `value` is a safe integer ≥ 0. Returns it for chaining. */
export function assertMinorUnits(value: unknown, what: string): MinorUnits {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new CommissionRuleError(
      'INVALID_AMOUNT',
      `${what} must be a non-negative whole number of minor units (fen), got ${String(value)}`,
      { what, value },
    );
  }
  return value;
}

/** Throws INVALID_AMOUNT unless `value` is a safe integer (either sign). */
export function assertSignedMinorUnits(value: unknown, what: string): MinorUnits {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new CommissionRuleError(
      'INVALID_AMOUNT',
      `${what} must be a whole number of minor units (fen), got ${String(value)}`,
      { what, value },
    );
  }
  return value;
}

/** Throws INVALID_ID unless `value` is a non-empty string. */
export function assertId(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new CommissionRuleError('INVALID_ID', `${what} must be a non-empty string`, {
      what,
      value,
    });
  }
  return value;
}

/** Throws INVALID_DATE unless `value` is a Date holding a real instant. */
export function assertDate(value: unknown, what: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new CommissionRuleError('INVALID_DATE', `${what} must be a valid Date`, { what, value });
  }
  return value;
}

/** Converts a BigInt result back to a number, refusing anything a number cannot hold exactly. */
export function toSafeNumber(value: bigint, what: string): MinorUnits {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new CommissionRuleError(
      'AMOUNT_OUT_OF_RANGE',
      `${what} does not fit in a safe integer (${value.toString()})`,
      { what, value: value.toString() },
    );
  }
  return Number(value);
}

/** Sum of validated amounts, checked to stay a safe integer. */
export function sumMinorUnits(values: readonly MinorUnits[], what: string): MinorUnits {
  let total = 0n;
  for (const value of values) total += BigInt(value);
  return toSafeNumber(total, what);
}
