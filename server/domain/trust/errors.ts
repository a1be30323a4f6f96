// Why a typed error: every refusal here is a caller's mistake (an invalid date, a negative order
// value, a rating that names a member the recompute was not given), never something a shopper
// can cause through the API, because the database layer validates user input first. A stable
// `code` lets that layer log it with context and turn it into the generic "internal error"
// without parsing messages. Functions validate before they compute, so a refusal changes nothing.

/** Stable codes of every refusal raised by the trust domain. */
import { isFiniteNumber, msOf, msOfIso } from './builtins';

export const TRUST_ERROR_CODES = [
  /** A Date is invalid, or an ISO timestamp in a stored trust state does not parse. */
  'INVALID_TIME',
  /** A verdict field is out of range (order value, repeat count, stars, cause). */
  'INVALID_VERDICT',
  /** A stored trust state holds a negative or non-finite evidence total or reach. */
  'INVALID_TRUST',
  /** A parameter is outside the bounds documented in params.ts. */
  'INVALID_PARAMS',
  /** A rating given to the recompute names a member that is not in its member list. */
  'UNKNOWN_MEMBER',
] as const;

export type TrustErrorCode = (typeof TRUST_ERROR_CODES)[number];

/** A refused trust computation: `code` is stable, `details` carries the offending values. */
export class TrustRuleError extends Error {
  override readonly name = 'TrustRuleError';
  constructor(
    readonly code: TrustErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** Throws INVALID_TIME unless `d` is a valid Date; returns its epoch milliseconds. */
export function timeOf(d: Date, what: string): number {
  const ms = msOf(d);
  if (!isFiniteNumber(ms)) {
    throw new TrustRuleError('INVALID_TIME', `${what} must be a valid Date`, { [what]: String(d) });
  }
  return ms;
}

/** Throws INVALID_TIME unless `iso` is a parseable timestamp; returns its epoch milliseconds. */
export function isoTimeOf(iso: string, what: string): number {
  const ms = typeof iso === 'string' ? msOfIso(iso) : Number.NaN;
  if (!isFiniteNumber(ms)) {
    throw new TrustRuleError('INVALID_TIME', `${what} must be an ISO timestamp`, { [what]: String(iso) });
  }
  return ms;
}
