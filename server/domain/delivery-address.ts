// Delivery addresses: what makes one valid, and when an order's copy of it is erased. Pure: plain
// values in, plain values out; the resolver turns a refusal into the API's typed error.
//
// Two forms, chosen by the country (ISO 3166-1 alpha-2):
// - China (CN), where almost every order ships: province, city and district (省/市/区, as every
//   Chinese courier's waybill has them), a street address, an 11-digit mainland mobile number
//   starting with 1 (the courier texts it on delivery; +86 and spaces or dashes are accepted and
//   dropped), and optionally the 6-digit postcode.
// - Anywhere else, a free international form: a city and a street are required, a region
//   (state, province, county) and a postcode are optional, and the phone is any number of 6–15
//   digits with an optional leading + (E.164's length). Formats differ too much between
//   countries to check more without a per-country address database, and refusing a real
//   address is worse than accepting an odd one the supplier can ask about.
// Both keep the recipient's name, which need not be the member's.
import { DAY_MS, RATING_WINDOW_DAYS } from './order-policy';

/**
 * How long after an order's rating window closes its address copy is erased: 30 days. By then
 * the order cannot change any more (the refund window closed before the rating window, and the
 * commission hold covers both), and a month leaves room for what still needs the address:
 * a courier's lost-parcel claim (Chinese couriers take them for about 30 days after delivery)
 * and a supplier answering a buyer about where it went. After that, keeping where someone lives
 * serves nobody, and the law asks for the shortest time necessary (PIPL art. 19, GDPR art. 5(1)(e)).
 */
export const ADDRESS_KEPT_AFTER_RATING_DAYS = 30;
/** An order refunded before delivery never opens a rating window: its address goes this long after the refund. */
export const ADDRESS_KEPT_AFTER_REFUND_DAYS = 30;
/** Addresses one member may keep. */
export const MAX_ADDRESSES_PER_MEMBER = 10;

export interface AddressTimes {
  deliveredAt: number | null;
  refundedAt: number | null;
}

/** When an order's address copy may be erased, or null while the order is still open (placed, not delivered). */
export function addressErasableAt(order: AddressTimes): number | null {
  if (order.deliveredAt !== null) return order.deliveredAt + (RATING_WINDOW_DAYS + ADDRESS_KEPT_AFTER_RATING_DAYS) * DAY_MS;
  if (order.refundedAt !== null) return order.refundedAt + ADDRESS_KEPT_AFTER_REFUND_DAYS * DAY_MS;
  return null;
}

/** The cut-offs the erasure job uses at `now`: delivered at or before the first, refunded undelivered at or before the second. */
export function addressErasureCutoffs(now: number): { deliveredBefore: number; refundedBefore: number } {
  return {
    deliveredBefore: now - (RATING_WINDOW_DAYS + ADDRESS_KEPT_AFTER_RATING_DAYS) * DAY_MS,
    refundedBefore: now - ADDRESS_KEPT_AFTER_REFUND_DAYS * DAY_MS,
  };
}

/** Mainland China mobile numbers: 11 digits starting with 1, as typed or with +86 / 0086. */
export function normaliseChinaMobile(phone: string): string | undefined {
  const digits = phone.replace(/[\s()-]/g, '').replace(/^(\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : undefined;
}

/** Any phone number: an optional +, then 6–15 digits (spaces, dashes, brackets and dots dropped). */
export function normaliseInternationalPhone(phone: string): string | undefined {
  const compact = phone.replace(/[\s().-]/g, '');
  return /^\+?\d{6,15}$/.test(compact) ? compact : undefined;
}

export const CHINA_POSTCODE = /^\d{6}$/;
/** Postcodes elsewhere: letters, digits, spaces and dashes, 2–12 (UK "SW1A 1AA", US "12345-6789", NL "1012 AB"). */
export const INTERNATIONAL_POSTCODE = /^[A-Za-z0-9][A-Za-z0-9 -]{0,10}[A-Za-z0-9]$/;
