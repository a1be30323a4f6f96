// Why a typed error: a commission rule that is broken is either a caller's mistake (bad input,
// an event that is illegal in the commission's state) or data that must not be trusted. Both
// are refused with a stable `code`, so the database layer can map them to a GraphQL error's
// `extensions.code` (or a result union) without parsing messages, and a refused action changes
// nothing: every function here validates first and builds new values only afterwards.

/** Stable codes of every refusal raised by the commission domain. */
export const COMMISSION_ERROR_CODES = [
  /** A money amount is not a safe, non-negative integer number of minor units (fen). */
  'INVALID_AMOUNT',
  /** A computed amount would not fit in a safe integer. */
  'AMOUNT_OUT_OF_RANGE',
  /** An order quantity is not a positive safe integer. */
  'INVALID_QUANTITY',
  /** A commission rate is not an integer between 0 and MAX_COMMISSION_RATE_BPS. */
  'INVALID_RATE',
  /** A trust score is not a finite number between 0 and 100. */
  'INVALID_TRUST',
  /** A member, sale, commission or payout id is empty or not a string. */
  'INVALID_ID',
  /** A `Date` argument is not a valid date. */
  'INVALID_DATE',
  /** Split parameters or a commission policy break their documented bounds. */
  'INVALID_PARAMS',
  /** Beneficiaries break the sale rules: more than two, duplicated, or a role used twice. */
  'INVALID_BENEFICIARIES',
  /** Confirmation needs the trust of every beneficiary; one is missing. */
  'MISSING_TRUST',
  /** A commission value is inconsistent (e.g. rebuilt wrongly from stored rows). */
  'INVALID_COMMISSION',
  /** The event is not allowed in the commission's current status. */
  'ILLEGAL_TRANSITION',
  /** CONFIRM before the order was delivered: the refund and rating windows have not opened. */
  'NOT_DELIVERED',
  /** CONFIRM before the hold period (refund and rating windows, plus margin) is over. */
  'HOLD_NOT_OVER',
  /** CONFIRM on a commission waiting on a fraud hold: an admin must clear it first. */
  'ON_FRAUD_HOLD',
  /** CLEAR_FRAUD_HOLD on a commission that is not on hold. */
  'NOT_ON_HOLD',
  /** A ledger entry is malformed (kind/account pair, sign, amount, member, date). */
  'INVALID_LEDGER_ENTRY',
  /** A payout batch is inconsistent (duplicate commission, not confirmed, bad owed amount). */
  'INVALID_PAYOUT',
] as const;

/** One of COMMISSION_ERROR_CODES. */
export type CommissionErrorCode = (typeof COMMISSION_ERROR_CODES)[number];

/**
 * The only error the commission domain throws on purpose. `code` is stable (safe to expose as
 * a GraphQL `extensions.code`); `message` is a plain sentence; `details` carries the values
 * that were refused, for logs.
 */
export class CommissionRuleError extends Error {
  override readonly name = 'CommissionRuleError';
  readonly code: CommissionErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: CommissionErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

/** True when `error` is a CommissionRuleError (optionally with the given code). */
export function isCommissionRuleError(
  error: unknown,
  code?: CommissionErrorCode,
): error is CommissionRuleError {
  return error instanceof CommissionRuleError && (code === undefined || error.code === code);
}
