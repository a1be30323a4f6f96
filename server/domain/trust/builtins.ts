// The few built-ins the hot paths call, bound once per process. Inside a vm context (jest runs
// every test file in one) each lookup of a global such as `Math` goes through an interceptor and
// costs about a microsecond; the simulation and a 1M-rating recompute make millions of such
// calls, which made them 20–60 times slower there than in the server. Module bindings are free.

export const { abs, ceil, expm1, log10, log2, max, min, round, sqrt } = Math;
export const { isFinite: isFiniteNumber, isInteger, isSafeInteger } = Number;

const JsDate = Date;
const parseDate = Date.parse;

/** Epoch milliseconds of a Date, or NaN for anything that is not a valid Date. */
export const msOf = (d: unknown): number => (d instanceof JsDate ? d.getTime() : Number.NaN);

/** Epoch milliseconds of an ISO timestamp, or NaN. */
export const msOfIso = (iso: string): number => parseDate(iso);

/** ISO-8601 UTC timestamp of epoch milliseconds. */
export const isoAt = (ms: number): string => new JsDate(ms).toISOString();
