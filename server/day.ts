// "A day" in Trustline is a calendar day in the network's time zone (TRUSTLINE_TIMEZONE,
// default Asia/Shanghai): the daily snapshot runs at its midnight and is named by its date.
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/** The calendar date (YYYY-MM-DD) of `at` in `timeZone`. */
export function dayOf(at: Date, timeZone: string = DEFAULT_TIMEZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The date `days` before (negative: after) `day`, as YYYY-MM-DD. */
export function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
