// The soak's arithmetic, pure: percentiles of a window's latencies, the least-squares slope of
// the server's heap over time, and the verdict against the stated thresholds.

export interface MemorySample {
  atMs: number;
  rssMiB: number;
  heapUsedMiB: number;
  heapAfterGcMiB: number;
}

export interface Interval {
  /** Seconds since the load started, at the end of this window. */
  atS: number;
  requests: number;
  byStatus: Record<string, number>;
  /** GraphQL error codes in 200/4xx answers (CONFLICT, RATE_LIMITED, …), by code. */
  byCode: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  memory?: MemorySample;
}

/** Thresholds of a passing soak (see docs/soak.md for why these). */
export const SOAK_THRESHOLDS = {
  /** Server errors allowed over the whole run. */
  max5xx: 0,
  /** Requests allowed to go unanswered (10-second timeout, connection errors). */
  maxUnanswered: 0,
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

export interface Verdict {
  passed: boolean;
  total5xx: number;
  unanswered: number;
  heapSlopeMiBPerMinute: number;
  memoryJudged: boolean;
  reasons: string[];
}

/** Heap after GC over the second half of the run, in MiB per minute. */
export function heapTrend(samples: MemorySample[], durationMs: number): number {
  const secondHalf = samples.filter((s) => s.atMs >= durationMs / 2);
  return slope(secondHalf.map((s) => ({ x: s.atMs / 60_000, y: s.heapAfterGcMiB })));
}

export function judge(intervals: Interval[], samples: MemorySample[], durationMs: number): Verdict {
  const total5xx = intervals.reduce((sum, i) => sum + Object.entries(i.byStatus).filter(([s]) => s.startsWith('5')).reduce((a, [, n]) => a + n, 0), 0);
  const unanswered = intervals.reduce((sum, i) => sum + (i.byStatus['no answer'] ?? 0), 0);
  const heapSlopeMiBPerMinute = heapTrend(samples, durationMs);
  const memoryJudged = durationMs >= SOAK_THRESHOLDS.minMinutesForMemoryVerdict * 60_000;
  const reasons: string[] = [];
  if (total5xx > SOAK_THRESHOLDS.max5xx) reasons.push(`${total5xx} server error(s) (5xx); none allowed`);
  if (unanswered > SOAK_THRESHOLDS.maxUnanswered) reasons.push(`${unanswered} request(s) got no answer within 10 s; none allowed`);
  if (memoryJudged && heapSlopeMiBPerMinute > SOAK_THRESHOLDS.maxHeapSlopeMiBPerMinute) {
    reasons.push(`heap after GC grew ${heapSlopeMiBPerMinute.toFixed(2)} MiB/min over the second half; at most ${SOAK_THRESHOLDS.maxHeapSlopeMiBPerMinute} allowed`);
  }
  if (intervals.reduce((s, i) => s + i.requests, 0) === 0) reasons.push('no request was answered');
  return { passed: reasons.length === 0, total5xx, unanswered, heapSlopeMiBPerMinute, memoryJudged, reasons };
}
