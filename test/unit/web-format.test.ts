// The web app's display helpers that must not drift from what Intl would say: counts grouped by
// hand (cheaper than Intl on a phone's first render) and money through cached Intl formatters.
import { describe, expect, test } from '@jest/globals';
import { formatCount, formatDate, formatMoney } from '../../web/src/lib/format';

describe('formatCount', () => {
  test.each([0, 7, 999, 1000, 12345, 999999, 1000000, 1234567890])('%d reads as Intl would, in both languages', (n) => {
    expect(formatCount(n)).toBe(n.toLocaleString('en'));
    expect(formatCount(n)).toBe(n.toLocaleString('zh-CN'));
  });
});

describe('cached formatters', () => {
  test('a cached formatter still follows the language and the currency it is asked for', () => {
    expect(formatMoney(1299, 'CNY', 'en')).toBe('¥12.99');
    expect(formatMoney(1299, 'USD', 'en')).toBe('$12.99');
    expect(formatMoney(-50, 'CNY', 'en')).toBe('-¥0.50');
    expect(formatMoney(1299, 'CNY', 'en')).toBe('¥12.99');
    const iso = '2026-06-01T08:00:00Z';
    expect(formatDate(iso, 'en')).not.toBe(formatDate(iso, 'zh-CN'));
    expect(formatDate(iso, 'en')).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(iso)));
  });
});
