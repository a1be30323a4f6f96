// When a commission may be confirmed. A commission is only final once nothing can still undo or
// judge the sale: the buyer can no longer ask for a refund, and can no longer say whether the
// recommendation held up (that verdict moves the recommender's trust, and the split is computed
// from trust at confirmation, so the verdict on this very sale counts in what it pays). Both
// windows open when the order is delivered, so the hold counts from delivery, not from the
// sale: counting from the sale would let a slow delivery push the rating window past the hold.
// The margin absorbs clock skew and a job that runs once a day. The default windows are the
// order module's own (order-policy.ts), so the hold can never drift from the rules it covers.

import { RATING_WINDOW_DAYS, REFUND_WINDOW_DAYS } from '../order-policy';
import { CommissionRuleError } from './errors';
import { assertDate } from './money';

/** The windows that decide the hold. Build it from the same settings as orders and feedback. */
export interface CommissionPolicy {
  /** Days after delivery during which the buyer may get a refund. */
  readonly refundWindowDays: number;
  /** Days after delivery during which the buyer may rate the recommendation. */
  readonly ratingWindowDays: number;
  /** Extra days after the later window closes. */
  readonly marginDays: number;
}

/** The order module's refund (7) and rating (14) windows, plus 1 day of margin: a 15-day hold. */
export const DEFAULT_COMMISSION_POLICY: CommissionPolicy = Object.freeze({
  refundWindowDays: REFUND_WINDOW_DAYS,
  ratingWindowDays: RATING_WINDOW_DAYS,
  marginDays: 1,
});

const MS_PER_DAY = 86_400_000;

/** Throws INVALID_PARAMS unless every field is a whole number of days ≥ 0 (at most 10 years). */
export function assertCommissionPolicy(policy: CommissionPolicy): CommissionPolicy {
  const days = (v: number) => Number.isInteger(v) && v >= 0 && v <= 3_650;
  if (!days(policy.refundWindowDays) || !days(policy.ratingWindowDays) || !days(policy.marginDays)) {
    throw new CommissionRuleError(
      'INVALID_PARAMS',
      'a commission policy needs whole numbers of days from 0 to 3650',
      { ...policy },
    );
  }
  return policy;
}

/** Hold period in days: max(refund window, rating window) + margin. */
export function holdDays(policy: CommissionPolicy = DEFAULT_COMMISSION_POLICY): number {
  assertCommissionPolicy(policy);
  return Math.max(policy.refundWindowDays, policy.ratingWindowDays) + policy.marginDays;
}

/**
 * The first instant a commission may be confirmed: delivery + holdDays(policy), in exact
 * 24-hour days (UTC instants; no calendar or daylight-saving arithmetic).
 * @param deliveredAt when the order was delivered (the windows open then)
 * @throws CommissionRuleError INVALID_DATE, INVALID_PARAMS
 */
export function confirmableAt(
  deliveredAt: Date,
  policy: CommissionPolicy = DEFAULT_COMMISSION_POLICY,
): Date {
  assertDate(deliveredAt, 'delivery date');
  return new Date(deliveredAt.getTime() + holdDays(policy) * MS_PER_DAY);
}
