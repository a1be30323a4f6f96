// Dates and yuan amounts written out exactly as Intl formats them in the app's two languages,
// without building an Intl formatter. The first Intl formatter a page builds warms up ICU: about
// ten milliseconds on this machine, four times that on a phone, spent right in a member page's
// first render (a date in its header, prices and dates on its cards, times on its trust events).
// test/unit/web-format.test.ts holds every function here to Intl's own output; any other
// language or currency is left to Intl (format.ts).
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Intl's dateStyle "medium" in local time: "Dec 1, 2026" / "2026年12月1日"; undefined for other languages. */
export function plainDate(date: Date, lang: string): string | undefined {
  if (lang === 'en') return `${MONTHS_EN[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
  if (lang === 'zh-CN') return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
  return undefined;
}

/** Intl's dateStyle "medium" with timeStyle "short": "Dec 1, 2026, 8:05 AM" / "2026年12月1日 08:05". */
export function plainDateTime(date: Date, lang: string): string | undefined {
  const day = plainDate(date, lang);
  if (day === undefined) return undefined;
  const h = date.getHours();
  const m = pad2(date.getMinutes());
  return lang === 'en' ? `${day}, ${h % 12 || 12}:${m} ${h < 12 ? 'AM' : 'PM'}` : `${day} ${pad2(h)}:${m}`;
}

/** "¥1,234.05" from a decimal string of yuan (sign, digits, two decimals), as both languages write it. */
export function plainYuan(decimal: string, lang: string): string | undefined {
  if (lang !== 'en' && lang !== 'zh-CN') return undefined;
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(decimal);
  if (!match) return undefined;
  return `${match[1]}¥${match[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${match[3]}`;
}
