// The write warm-up: rate in batches until Neo4j's JIT compiler has finished with the write path.
// HotSpot keeps compiling Neo4j's write path for minutes of steady ratings — on this machine its
// C2 thread used about half a core for the first ~20,000 ratings, and Neo4j's CPU per rating fell
// from 7.4 to 4.5 ms once it stopped. Measured during that, every write row carries compile time
// that is not the request's, and more of it per rating the slower the path (a constant half core
// spread over fewer ratings), so the API looked costlier in Neo4j than the same statements sent
// by the bench. So the feedback rows start only once a whole batch runs with the compiler threads
// nearly idle, or after `maxRatings` whatever they do (the report says which).

export interface JitSettleOptions {
  /** Ratings per batch; the compiler's share is judged per batch. */
  batch: number;
  /** Ratings available for the warm-up: it stops there even if the compiler is still busy. */
  maxRatings: number;
  /** Settled when the compiler threads used less than this share of one core during a batch. */
  threshold: number;
  /** CPU of the compiler threads so far, ms; undefined when it cannot be read (an external Neo4j). */
  jitCpuMs: () => number | undefined;
  /** Rates `count` orders starting at warm-up order `from`. */
  runBatch: (from: number, count: number) => Promise<void>;
  log: (line: string) => void;
  /** Wall clock, ms (injectable for tests). */
  now?: () => number;
}

export interface JitSettleResult {
  ratings: number;
  seconds: number;
  /** The compiler threads' share of one core during the last batch; null when unreadable. */
  lastJitShare: number | null;
  /** True when the last batch was under the threshold; null when the compiler could not be read. */
  settled: boolean | null;
}

/** Without a readable compiler, this many batches are run and the result says it could not tell. */
const BLIND_BATCHES = 3;

export async function untilJitSettles(o: JitSettleOptions): Promise<JitSettleResult> {
  const now = o.now ?? (() => performance.now());
  const started = now();
  let ratings = 0;
  let lastJitShare: number | null = null;
  for (let batchNo = 1; ratings + o.batch <= o.maxRatings; batchNo++) {
    const jitBefore = o.jitCpuMs();
    const t0 = now();
    await o.runBatch(ratings, o.batch);
    ratings += o.batch;
    const jitAfter = o.jitCpuMs();
    const wallMs = Math.max(1, now() - t0);
    if (jitBefore === undefined || jitAfter === undefined) {
      o.log(`  write warm-up: ${ratings} ratings (the JIT compiler cannot be read here)`);
      if (batchNo >= BLIND_BATCHES) break;
      continue;
    }
    lastJitShare = Math.round(((jitAfter - jitBefore) / wallMs) * 1000) / 1000;
    o.log(`  write warm-up: ${ratings} ratings, JIT compiler at ${Math.round(lastJitShare * 100)}% of a core in the last batch`);
    if (lastJitShare < o.threshold) break;
  }
  const seconds = Math.round((now() - started) / 100) / 10;
  return { ratings, seconds, lastJitShare, settled: lastJitShare === null ? null : lastJitShare < o.threshold };
}
