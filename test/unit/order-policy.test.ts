// The order windows (server/domain/order-policy) and the recommendation rules
// (server/domain/recommendation-policy): pure functions, checked at their edges.
import { describe, expect, test } from '@jest/globals';
import {
  AUTO_CONFIRM_AFTER_DAYS,
  autoConfirmCutoff,
  DAY_MS,
  deliveryRefusal,
  orderTotal,
  RATING_WINDOW_DAYS,
  ratingWindowRefusal,
  REFUND_WINDOW_DAYS,
  refundRefusal,
} from '../../server/domain/order-policy';
import { newShareCode, normaliseShareCode, SHARE_CODE_ALPHABET, sharePath, utcDay } from '../../server/domain/recommendation-policy';
import { DEFAULT_COMMISSION_POLICY } from '../../server/domain/commission/policy';

const delivered = (at: number) => ({ status: 'DELIVERED' as const, deliveredAt: at });
const T = Date.parse('2026-06-01T08:00:00Z');

describe('order windows', () => {
  test('the commission hold is built from the same refund and rating windows', () => {
    expect(DEFAULT_COMMISSION_POLICY.refundWindowDays).toBe(REFUND_WINDOW_DAYS);
    expect(DEFAULT_COMMISSION_POLICY.ratingWindowDays).toBe(RATING_WINDOW_DAYS);
  });

  test('a delivered order can be refunded up to and including the last instant of the window', () => {
    expect(refundRefusal(delivered(T), T + REFUND_WINDOW_DAYS * DAY_MS)).toBeUndefined();
    expect(refundRefusal(delivered(T), T + REFUND_WINDOW_DAYS * DAY_MS + 1)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('2026-06-08') });
    expect(refundRefusal({ status: 'PLACED', deliveredAt: null }, T + 365 * DAY_MS)).toBeUndefined();
    expect(refundRefusal({ status: 'REFUNDED', deliveredAt: T }, T)).toMatchObject({ code: 'CONFLICT' });
  });

  test('rating: only delivered, not refunded, within the window', () => {
    expect(ratingWindowRefusal(delivered(T), T + RATING_WINDOW_DAYS * DAY_MS)).toBeUndefined();
    expect(ratingWindowRefusal(delivered(T), T + RATING_WINDOW_DAYS * DAY_MS + 1)).toMatchObject({ code: 'FORBIDDEN' });
    expect(ratingWindowRefusal({ status: 'PLACED', deliveredAt: null }, T)).toMatchObject({ code: 'FORBIDDEN' });
    expect(ratingWindowRefusal({ status: 'REFUNDED', deliveredAt: T }, T)).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('delivery only from PLACED', () => {
    expect(deliveryRefusal({ status: 'PLACED', deliveredAt: null })).toBeUndefined();
    expect(deliveryRefusal(delivered(T))).toMatchObject({ code: 'CONFLICT' });
    expect(deliveryRefusal({ status: 'REFUNDED', deliveredAt: null })).toMatchObject({ code: 'CONFLICT' });
  });

  test('auto-confirm cutoff and totals', () => {
    expect(autoConfirmCutoff(T)).toBe(T - AUTO_CONFIRM_AFTER_DAYS * DAY_MS);
    expect(orderTotal(5900, 3)).toBe(17700);
    expect(orderTotal(Number.MAX_SAFE_INTEGER, 2)).toBeUndefined();
  });
});

describe('recommendation rules', () => {
  test('share codes: 8 symbols of the unambiguous alphabet, normalised to upper case', () => {
    for (let i = 0; i < 200; i++) expect(newShareCode()).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(newShareCode(() => 0)).toBe('22222222');
    expect(newShareCode(() => SHARE_CODE_ALPHABET.length - 1)).toBe('ZZZZZZZZ');
    expect(normaliseShareCode(' ab3k9xyz ')).toBe('AB3K9XYZ');
    expect(sharePath('AB3K9XYZ')).toBe('/r/AB3K9XYZ');
  });

  test('the UTC day of an instant', () => {
    const day = utcDay(Date.parse('2026-06-01T23:59:59.999Z'));
    expect(new Date(day.start).toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(new Date(day.end).toISOString()).toBe('2026-06-02T00:00:00.000Z');
  });
});
