// The web app's display helpers that must not drift from what Intl would say: counts grouped by
// hand (cheaper than Intl on a phone's first render) and money through cached Intl formatters.
import { describe, expect, test } from '@jest/globals';
import { formatCount, formatDate, formatDateTime, formatMoney } from '../../web/src/lib/format';

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

// plain-format.ts writes the app's languages and currency out by hand (no Intl formatter on a
// phone's first render); it must say exactly what Intl says, in every month, hour and sign.
describe('plain formats match Intl', () => {
  const langs = ['en', 'zh-CN'];
  const instants = [
    ...Array.from({ length: 12 }, (_, month) => new Date(2026, month, month * 2 + 1, month * 2, month * 5)),
    new Date(2026, 11, 31, 23, 59),
    new Date(2027, 0, 1, 0, 0),
    new Date(2026, 5, 1, 12, 0),
    new Date(1999, 1, 28, 11, 7),
  ];
  test.each(langs)('dates and date-times in %s', (lang) => {
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    for (const at of instants) {
      expect(formatDate(at.toISOString(), lang)).toBe(date.format(at));
      expect(formatDateTime(at.toISOString(), lang)).toBe(dateTime.format(at));
    }
  });
  test.each(langs)('yuan amounts in %s', (lang) => {
    const money = new Intl.NumberFormat(lang, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' });
    for (const minor of [0, 1, 5, 99, 100, 1299, 99999, 100000, 123456789, -1, -50, -123456789]) {
      expect(formatMoney(minor, 'CNY', lang)).toBe(money.format(minor / 100));
    }
  });
  test('other languages still go through Intl', () => {
    const at = new Date(2026, 11, 1, 8, 5);
    expect(formatDate(at.toISOString(), 'de')).toBe(new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(at));
    expect(formatMoney(1299, 'CNY', 'de')).toBe(new Intl.NumberFormat('de', { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }).format(12.99));
  });
});
