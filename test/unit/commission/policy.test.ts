import { DEFAULT_COMMISSION_POLICY, confirmableAt, holdDays } from '../../../server/domain/commission';
import { RATING_WINDOW_DAYS, REFUND_WINDOW_DAYS } from '../../../server/domain/order-policy';
import { DAY, T0, codeOf } from './factories';

describe('commission policy', () => {
  test('the hold covers the longer of the refund and rating windows, plus a margin', () => {
    // the defaults are the order module's windows, so the hold covers them by construction
    expect(DEFAULT_COMMISSION_POLICY).toEqual({
      refundWindowDays: REFUND_WINDOW_DAYS,
      ratingWindowDays: RATING_WINDOW_DAYS,
      marginDays: 1,
    });
    expect(holdDays()).toBe(Math.max(REFUND_WINDOW_DAYS, RATING_WINDOW_DAYS) + 1);
    expect(holdDays({ refundWindowDays: 7, ratingWindowDays: 14, marginDays: 1 })).toBe(15);
    expect(holdDays({ refundWindowDays: 30, ratingWindowDays: 14, marginDays: 0 })).toBe(30);
    expect(holdDays({ refundWindowDays: 7, ratingWindowDays: 30, marginDays: 2 })).toBe(32);
  });

  test('confirmableAt counts exact days from delivery', () => {
    expect(confirmableAt(T0).getTime()).toBe(T0.getTime() + holdDays() * DAY);
    expect(confirmableAt(T0, { refundWindowDays: 7, ratingWindowDays: 14, marginDays: 1 }).toISOString()).toBe(
      '2025-03-16T08:00:00.000Z',
    );
    expect(confirmableAt(T0, { refundWindowDays: 0, ratingWindowDays: 0, marginDays: 0 })).toEqual(T0);
  });

  test.each([
    ['negative window', { refundWindowDays: -1, ratingWindowDays: 14, marginDays: 1 }],
    ['fractional window', { refundWindowDays: 7, ratingWindowDays: 14.5, marginDays: 1 }],
    ['absurd margin', { refundWindowDays: 7, ratingWindowDays: 14, marginDays: 10_000 }],
  ])('refuses a %s', (_name, policy) => {
    expect(codeOf(() => holdDays(policy))).toBe('INVALID_PARAMS');
    expect(codeOf(() => confirmableAt(T0, policy))).toBe('INVALID_PARAMS');
  });

  test('refuses an invalid delivery date', () => {
    expect(codeOf(() => confirmableAt(new Date(Number.NaN)))).toBe('INVALID_DATE');
  });
});
