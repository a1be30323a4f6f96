// Display and input helpers for money, scores and dates. Money is integer minor units end to end:
// the only place a decimal appears is on screen, and typed amounts are parsed as decimal strings
// (never multiplied as floats) so "12.99" is exactly 1299 fen.
import { plainDate, plainDateTime, plainYuan } from './plain-format';

// Building an Intl formatter costs far more than using one (a millisecond or more each on a
// phone, and a list formats dozens of dates and prices): each is built once and kept, and the
// app's own languages and currency skip them altogether (plain-format.ts).
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/** Minor units per major unit of a currency (100 for CNY/USD, 1 for JPY), from Intl. */
export function minorDigits(currency: string): number {
  if (currency === 'CNY') return 2; // Every price today (BALANCE_CURRENCY): no formatter needed.
  try {
    return formatter(`digits ${currency}`, () => new Intl.NumberFormat('en', { style: 'currency', currency })).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** 1299, "CNY" → "¥12.99" (narrow symbol in every language). */
export function formatMoney(minor: number, currency: string, lang: string): string {
  const digits = minorDigits(currency);
  const negative = minor < 0;
  const abs = Math.abs(minor);
  const base = 10 ** digits;
  // Build the decimal string from integers so no float rounding can creep in.
  const major = `${Math.floor(abs / base)}${digits ? '.' + String(abs % base).padStart(digits, '0') : ''}`;
  const plain = currency === 'CNY' ? plainYuan(`${negative ? '-' : ''}${major}`, lang) : undefined;
  if (plain !== undefined) return plain;
  const format = formatter(`money ${lang} ${currency}`, () => new Intl.NumberFormat(lang, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }));
  return format.format((negative ? '-' : '') + major as unknown as number);
}

/**
 * "12.9" → 1290, "12" → 1200, "0.05" → 5; null for anything that is not a plain positive
 * decimal with at most `digits` decimals.
 */
export function parseMoneyInput(text: string, digits = 2): number | null {
  const match = new RegExp(`^\\s*(\\d{1,10})(?:[.,](\\d{0,${digits}}))?\\s*$`).exec(text);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(digits, '0') || '0');
  const minor = whole * 10 ** digits + fraction;
  return Number.isSafeInteger(minor) ? minor : null;
}

/** 1290 → "12.90": the inverse of parseMoneyInput, for prefilling a form. */
export function minorToInput(minor: number, digits = 2): string {
  const base = 10 ** digits;
  return `${Math.floor(minor / base)}${digits ? '.' + String(minor % base).padStart(digits, '0') : ''}`;
}

/** Basis points ↔ a percent string: 1250 ↔ "12.5". */
export function bpsToPercent(bps: number): string {
  return (bps / 100).toString();
}
export function parsePercentInput(text: string): number | null {
  const match = /^\s*(\d{1,2})(?:[.,](\d{0,2}))?\s*$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0') || '0');
}

/** Basis points as a percent with two decimals, from integers: 8666 → "86.66%". */
export function formatBps(bps: number): string {
  const sign = bps < 0 ? '-' : '';
  const abs = Math.abs(bps);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}%`;
}

/**
 * The currency of balances the API reports without one (commission totals, what a supplier
 * owes): every product is priced in CNY today. When a second currency arrives the API must
 * say which one each total is in.
 */
export const BALANCE_CURRENCY = 'CNY';

/**
 * 12345 → "12,345": both our languages group digits by three with a comma. Written out rather
 * than toLocaleString because the page's first Intl number format costs tens of milliseconds
 * (ICU warms up) on a phone, right when the leaderboard first renders.
 */
export function formatCount(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatScore(score: number): string {
  return score.toFixed(1);
}

export function formatConfidence(confidence: number): string {
  return confidence.toFixed(2);
}

export function formatDate(iso: string, lang: string): string {
  const date = new Date(iso);
  return plainDate(date, lang) ?? formatter(`date ${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })).format(date);
}

export function formatDateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  return plainDateTime(date, lang) ?? formatter(`datetime ${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })).format(date);
}

/** An idempotency key: crypto.randomUUID where the page is a secure context, else 128 random bits. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
