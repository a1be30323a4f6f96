// The windows of an order's life, in one place. Every rule that says "within N days" reads its
// N here, so the order mutations, buyer feedback, the auto-confirm job and the commission hold
// (server/domain/commission/policy.ts builds its hold from the same two windows) agree.
// Pure: plain values and an explicit `now`, no clock, no I/O.
//
// Why these numbers:
// - REFUND_WINDOW_DAYS = 7: the common "seven days, no reason needed" return after receipt.
// - RATING_WINDOW_DAYS = 14: long enough to use a product before saying whether it held up,
//   short enough that a commission can be confirmed (hold = max(refund, rating) + margin) soon.
// - AUTO_CONFIRM_AFTER_DAYS = 10: an order nobody marked delivered counts as received ten days
//   after it was placed (marketplaces use 7–15), so a silent buyer cannot keep a sale open.
// Both windows open at delivery, not at placement, so a slow delivery never eats into them.

export const DAY_MS = 86_400_000;

export const REFUND_WINDOW_DAYS = 7;
export const RATING_WINDOW_DAYS = 14;
export const AUTO_CONFIRM_AFTER_DAYS = 10;
/** Orders the auto-confirm job moves per transaction. */
export const AUTO_CONFIRM_BATCH_SIZE = 500;
/** Largest quantity of one order. */
export const MAX_ORDER_QUANTITY = 99;

export type OrderStatus = 'PLACED' | 'DELIVERED' | 'REFUNDED';

/** Why a rule says no, in the API's vocabulary; the caller turns it into a typed error. */
export interface Refusal {
  code: 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT';
  message: string;
}

export interface OrderTimes {
  status: OrderStatus;
  /** Epoch ms; null until delivered. */
  deliveredAt: number | null;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last instant a delivered order may be refunded, or null while it is not delivered. */
export function refundableUntil(order: OrderTimes): number | null {
  return order.deliveredAt === null ? null : order.deliveredAt + REFUND_WINDOW_DAYS * DAY_MS;
}

/** The last instant the buyer may rate the recommendation, or null while not delivered. */
export function ratableUntil(order: OrderTimes): number | null {
  return order.deliveredAt === null ? null : order.deliveredAt + RATING_WINDOW_DAYS * DAY_MS;
}

/** PLACED → DELIVERED, by the supplier, the buyer or the auto-confirm job. */
export function deliveryRefusal(order: OrderTimes): Refusal | undefined {
  if (order.status === 'DELIVERED') return { code: 'CONFLICT', message: 'This order has already been delivered.' };
  if (order.status === 'REFUNDED') return { code: 'CONFLICT', message: 'This order was refunded; it can no longer be delivered.' };
  return undefined;
}

/** PLACED or DELIVERED → REFUNDED, by the supplier; a delivered order only within the refund window. */
export function refundRefusal(order: OrderTimes, now: number): Refusal | undefined {
  if (order.status === 'REFUNDED') return { code: 'CONFLICT', message: 'This order has already been refunded.' };
  const until = refundableUntil(order);
  if (until !== null && now > until) {
    return {
      code: 'FORBIDDEN',
      message: `The refund window of this order closed on ${day(until)} (${REFUND_WINDOW_DAYS} days after delivery).`,
    };
  }
  return undefined;
}

/** Whether the buyer may still give a verdict on a delivered order (status checks come first). */
export function ratingWindowRefusal(order: OrderTimes, now: number): Refusal | undefined {
  if (order.status === 'PLACED') {
    return { code: 'FORBIDDEN', message: 'You can rate the recommendation once you have received the order: confirm receipt first.' };
  }
  if (order.status === 'REFUNDED') {
    return { code: 'FORBIDDEN', message: 'This order was refunded; the refund already counts as its verdict.' };
  }
  const until = ratableUntil(order);
  if (until !== null && now > until) {
    return {
      code: 'FORBIDDEN',
      message: `The rating window of this order closed on ${day(until)} (${RATING_WINDOW_DAYS} days after delivery).`,
    };
  }
  return undefined;
}

/** Orders placed at or before this instant and still PLACED count as received. */
export function autoConfirmCutoff(now: number): number {
  return now - AUTO_CONFIRM_AFTER_DAYS * DAY_MS;
}

/** unitPrice × quantity, or undefined when it would not be a safe integer. */
export function orderTotal(unitPriceMinor: number, quantity: number): number | undefined {
  const total = unitPriceMinor * quantity;
  return Number.isSafeInteger(total) && total >= 0 ? total : undefined;
}
