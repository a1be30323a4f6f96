// A small in-process read cache: entries live at most `ttlMs` by the injected clock, concurrent
// misses of one key share a single read (single flight), and `clear()` drops everything at once,
// including reads still in flight, so nothing read before a write is stored after it.
//
// Refresh ahead: a key asked for in the last quarter of its TTL is served from the cache and read
// again in the background, so a key in steady demand is replaced before it expires and no
// request waits for its read (at a fixed 200 req/s, the requests queued behind each expiry's
// read were the leaderboard's p99). Whatever is served is still at most `ttlMs` old.
//
// Why the generation: a read that started before a write committed may answer after the write's
// `clear()`; storing its answer would serve the old state until the TTL ran out. Each clear
// starts a new generation, and an answer is stored only by the generation that asked for it.
import type { Clock } from './clock';

export interface ReadCacheOptions {
  /** How long an answer may be served, by `clock`; 0 turns the cache off (every get reads). */
  ttlMs: number;
  clock: Clock;
  /** Most entries kept; the oldest is dropped first. Bounds memory whatever keys clients send. */
  maxEntries: number;
  /** Told of each lookup's hits (fresh or joined a read under way) and misses (a read starts). */
  onLookup?: (hits: number, misses: number) => void;
}

/** Past this share of the TTL, a get also starts a background read of the key (public-answers.ts uses it too). */
export const REFRESH_AHEAD_AT = 0.75;

interface Entry<V> {
  value: V;
  /** When the read that produced it started: its data is at most this old. */
  readAt: number;
}

export class ReadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  /** Reads under way, with when each began: one begun a TTL ago or more is not joined. */
  private readonly inFlight = new Map<string, { flight: Promise<V>; startedAt: number }>();
  /** When each stored object value was read (values are shared and frozen, so identity is safe). */
  private readonly readAts = new WeakMap<object, number>();
  private generation = 0;

  constructor(private readonly options: ReadCacheOptions) {}

  get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  /** The cached answer for `key` while fresh; otherwise `read()`, shared with concurrent callers. */
  async get(key: string, read: () => Promise<V>): Promise<V> {
    return (await this.getMany([key], async () => [await read()]))[0]!;
  }

  /**
   * Answers for many keys: fresh ones from the cache, keys another caller is already reading
   * from that read, and the rest in one `readMany(missing)` call (which answers in key order).
   */
  getMany(keys: readonly string[], readMany: (missing: string[]) => Promise<V[]>): Promise<V[]> {
    if (!this.enabled) return readMany([...keys]);
    const now = this.options.clock.now().getTime();
    const answers = new Map<string, V | Promise<V>>();
    const missing: string[] = [];
    const stale: string[] = [];
    for (const key of new Set(keys)) {
      const entry = this.entries.get(key);
      // A read begun a TTL ago or more would answer with data already too old to serve (a
      // stalled read, or a clock moved on past it): a new read goes out beside it.
      const under = this.inFlight.get(key);
      const pending = under && now - under.startedAt < this.options.ttlMs ? under.flight : undefined;
      if (entry && now - entry.readAt < this.options.ttlMs) {
        answers.set(key, entry.value);
        if (!pending && now - entry.readAt >= this.options.ttlMs * REFRESH_AHEAD_AT) stale.push(key);
      } else if (pending) answers.set(key, pending);
      else missing.push(key);
    }
    this.options.onLookup?.(answers.size, missing.length);
    if (missing.length > 0) this.fly(missing, readMany, now).forEach((flight, i) => answers.set(missing[i]!, flight));
    // Nobody waits for these: a failed refresh leaves the entry to expire, and the get after
    // that reads (and fails) in the open.
    if (stale.length > 0) this.fly(stale, readMany, now).forEach((flight) => flight.catch(() => {}));
    return Promise.all(keys.map((key) => answers.get(key)!));
  }

  /** Reads `keys` in one call, shared with concurrent gets, stored if no clear() came between. */
  private fly(keys: string[], readMany: (missing: string[]) => Promise<V[]>, now: number): Promise<V>[] {
    const generation = this.generation;
    const batch = readMany(keys);
    return keys.map((key, i) => {
      const flight = batch.then((values) => {
        const value = values[i] as V;
        // Never over a newer read's answer: a slow read that lands after one begun later is older.
        const newer = (this.entries.get(key)?.readAt ?? -Infinity) > now;
        if (generation === this.generation && !newer) this.store(key, { value: deepFreeze(value), readAt: now });
        return value;
      });
      this.inFlight.set(key, { flight, startedAt: now });
      // Whatever the outcome, this flight is over; a failed read is not cached, the next get retries.
      const settle = () => {
        if (this.inFlight.get(key)?.flight === flight) this.inFlight.delete(key);
      };
      flight.then(settle, settle);
      return flight;
    });
  }

  /** Drops every entry and detaches reads in flight: the next get of any key reads afresh. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.inFlight.clear();
  }

  /** When `value`, as this cache answered it, was read; undefined for values it did not store. */
  readAtOf(value: V): number | undefined {
    return typeof value === 'object' && value !== null ? this.readAts.get(value) : undefined;
  }

  get size(): number {
    return this.entries.size;
  }

  private store(key: string, entry: Entry<V>): void {
    if (typeof entry.value === 'object' && entry.value !== null) this.readAts.set(entry.value, entry.readAt);
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}

/**
 * Cached answers are shared by every request: frozen, so a resolver that modified one by mistake
 * fails loudly (ES modules are strict) instead of changing what the next member sees.
 */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
