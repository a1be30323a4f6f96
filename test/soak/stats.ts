// The soak's arithmetic, pure: percentiles of a window's latencies, the least-squares slope of
// the server's heap over time, and the verdict against the stated thresholds (every kind's p99
// among them).

export interface MemorySample {
  /** ms since the load started (negative: taken during sign-in and warm-up). */
  atMs: number;
  rssMiB: number;
  heapUsedMiB: number;
  heapAfterGcMiB: number;
  /** How long the forced full collection stopped the server, ms. */
  gcMs: number;
}

/** Requests counted together (a window of the run, or one kind over the whole run); latencies from each request's due time. */
export interface KindStats {
  requests: number;
  byStatus: Record<string, number>;
  /** GraphQL error codes in 200/4xx answers (CONFLICT, RATE_LIMITED, …), by code. */
  byCode: Record<string, number>;
  /** Requests that failed: no answer, a status other than 2xx, or a GraphQL error in the answer. */
  errors: number;
  p50Ms: number;
  p99Ms: number;
}

/** One window of the run, all kinds together, with the server's memory at its end. */
export interface Interval extends KindStats {
  /** Seconds since the load started, at the end of this window. */
  atS: number;
  memory?: MemorySample;
}

/** Whether an outcome is a failure: no answer (status 0), not 2xx, or a GraphQL error code. */
export function failed(status: number, code: string | undefined): boolean {
  return status < 200 || status >= 300 || code !== undefined;
}

/** p50 and p99 of unsorted latencies, rounded to the millisecond. */
export function latencySummary(latencies: number[]): { p50Ms: number; p99Ms: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50Ms: Math.round(percentile(sorted, 50)), p99Ms: Math.round(percentile(sorted, 99)) };
}

/** Thresholds of a passing soak (see docs/soak.md for why these). */
export const SOAK_THRESHOLDS = {
  /** Failed requests allowed over the whole run (5xx, 4xx, GraphQL errors, no answer). */
  maxErrors: 0,
  /** Slowest p99 allowed for any one kind of request, ms from its due time. */
  maxP99MsPerKind: 150,
  /** A request without an answer this long after it was sent is cut and counted as unanswered (its wait for a connection before that counts in its latency, not here). */
  timeoutSeconds: 10,
  /** Largest growth of the heap after a full GC over the second half of the run, MiB per minute. */
  maxHeapSlopeMiBPerMinute: 1,
  /** The memory trend is judged only on runs at least this long (a short run is a smoke check). */
  minMinutesForMemoryVerdict: 2,
} as const;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** Least-squares slope of y over x; 0 with fewer than two distinct x. */
export function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  return sxx === 0 ? 0 : sxy / sxx;
}

export interface KindVerdict {
  kind: string;
  requests: number;
  p99Ms: number;
  met: boolean;
}

export interface Verdict {
  passed: boolean;
  errors: number;
  total5xx: number;
  unanswered: number;
  /** Every kind's p99 against SOAK_THRESHOLDS.maxP99MsPerKind. */
  kinds: KindVerdict[];
  heapSlopeMiBPerMinute: number;
  memoryJudged: boolean;
  reasons: string[];
}

/** Heap after GC over the second half of the run, in MiB per minute. */
export function heapTrend(samples: MemorySample[], durationMs: number): number {
  const secondHalf = samples.filter((s) => s.atMs >= durationMs / 2);
  return slope(secondHalf.map((s) => ({ x: s.atMs / 60_000, y: s.heapAfterGcMiB })));
}

export function judge(intervals: Interval[], samples: MemorySample[], durationMs: number, byKind: Record<string, KindStats>, expectedKinds: readonly string[] = []): Verdict {
  const errors = intervals.reduce((sum, i) => sum + i.errors, 0);
  const total5xx = intervals.reduce((sum, i) => sum + Object.entries(i.byStatus).filter(([s]) => s.startsWith('5')).reduce((a, [, n]) => a + n, 0), 0);
  const unanswered = intervals.reduce((sum, i) => sum + (i.byStatus['no answer'] ?? 0), 0);
  const heapSlopeMiBPerMinute = heapTrend(samples, durationMs);
  const memoryJudged = durationMs >= SOAK_THRESHOLDS.minMinutesForMemoryVerdict * 60_000;
  const kinds = Object.entries(byKind).map(([kind, k]) => ({ kind, requests: k.requests, p99Ms: k.p99Ms, met: k.p99Ms <= SOAK_THRESHOLDS.maxP99MsPerKind }));
  const reasons: string[] = [];
  if (errors > SOAK_THRESHOLDS.maxErrors) {
    reasons.push(`${errors} failed request(s) (${total5xx} 5xx, ${unanswered} without an answer within ${SOAK_THRESHOLDS.timeoutSeconds} s of being sent, the rest refused or with a GraphQL error); none allowed`);
  }
  // A kind the mix never sent (no order ever delivered, say) would pass its p99 by absence.
  for (const kind of expectedKinds.filter((k) => !byKind[k]?.requests)) reasons.push(`${kind}: no request of this kind was sent`);
  for (const k of kinds.filter((k) => !k.met)) reasons.push(`${k.kind}: p99 ${k.p99Ms} ms; at most ${SOAK_THRESHOLDS.maxP99MsPerKind} ms allowed`);
  if (memoryJudged && heapSlopeMiBPerMinute > SOAK_THRESHOLDS.maxHeapSlopeMiBPerMinute) {
    reasons.push(`heap after GC grew ${heapSlopeMiBPerMinute.toFixed(2)} MiB/min over the second half; at most ${SOAK_THRESHOLDS.maxHeapSlopeMiBPerMinute} allowed`);
  }
  if (intervals.reduce((s, i) => s + i.requests, 0) === 0) reasons.push('no request was answered');
  return { passed: reasons.length === 0, errors, total5xx, unanswered, kinds, heapSlopeMiBPerMinute, memoryJudged, reasons };
}
