// Counting writes per member and per address in fixed one-minute windows (server/limits.ts
// refuses past the limit). Two counters behind one interface:
//
// - in this process's memory (the default): exact for one server, but N servers behind a
//   balancer each count alone, so a client gets up to N times the limit;
// - in Redis, when REDIS_URL is set: one count for all servers. Why Redis and not Neo4j: this
//   check runs before every mutation, and in Neo4j it would be one more write transaction (a
//   round trip, a commit, a lock on a hot counter node) in front of the verdict path that
//   issue 29 measures against a bare driver write; Redis answers an INCRBY in well under a
//   millisecond. The sign-in lockout, which guards accounts rather than capacity, stays in Neo4j
//   (graph/sign-in-throttle.ts): it must hold even with no Redis at all.
//
// Redis unreachable: the count falls back to this process's memory for as long as it is away
// (the limit then holds per server, as without Redis) and a warning is logged once per outage;
// a rate limit is a brake on abuse, not worth refusing every write for.
import { Redis } from 'ioredis';
import type { Clock } from './clock';
import type { Logger } from './logger';

export interface WriteRateCounter {
  /** Adds `n` to key's count in the current window; the seconds to wait if that goes over `max` (nothing is added then), else 0. */
  take(key: string, n: number, max: number): Promise<number>;
  close(): Promise<void>;
}

/** Fixed-window counters in this process's memory, timed by the injected clock. */
export class InProcessWriteRate implements WriteRateCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly windowMs: number,
  ) {}

  async take(key: string, n: number, max: number): Promise<number> {
    return this.takeNow(key, n, max);
  }

  takeNow(key: string, n: number, max: number): number {
    const now = this.clock.now().getTime();
    if (this.windows.size > 50_000) this.sweep(now);
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    if (w.count + n > max) return Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000));
    w.count += n;
    return 0;
  }

  async close(): Promise<void> {}

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

// One round trip: add, start the window on the first write (the key expires with it), and take
// the addition back when it went over, so refused writes do not count (as in memory).
// Returns {count after, milliseconds left in the window}.
const TAKE = `
local count = redis.call('INCRBY', KEYS[1], ARGV[1])
if count == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
local left = redis.call('PTTL', KEYS[1])
if left < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]); left = tonumber(ARGV[2]) end
if count > tonumber(ARGV[3]) then redis.call('DECRBY', KEYS[1], ARGV[1]) end
return {count, left}
`;

/** Fixed windows in Redis, shared by every server that points at it; windows run on Redis's clock. */
export class RedisWriteRate implements WriteRateCounter {
  private readonly redis: Redis;
  private readonly fallback: InProcessWriteRate;
  private away = false;

  constructor(
    url: string,
    private readonly windowMs: number,
    clock: Clock,
    private readonly log: Logger,
  ) {
    // No offline queue: while Redis is away a command fails at once (and the fallback answers)
    // instead of waiting in memory for a reconnection; ioredis keeps reconnecting meanwhile.
    this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 2000, lazyConnect: false });
    this.redis.on('error', () => {}); // reported once per outage by take(), not per reconnection attempt
    this.fallback = new InProcessWriteRate(clock, windowMs);
  }

  async take(key: string, n: number, max: number): Promise<number> {
    try {
      const [count, leftMs] = (await this.redis.eval(TAKE, 1, `trustline:writes:${key}`, n, this.windowMs, max)) as [number, number];
      if (this.away) {
        this.away = false;
        this.log.info('Redis answers again: write limits are shared across servers again');
      }
      return count > max ? Math.max(1, Math.ceil(leftMs / 1000)) : 0;
    } catch (err) {
      if (!this.away) {
        this.away = true;
        this.log.warn({ err }, 'Redis is unreachable: write limits are counted by this server alone until it answers');
      }
      return this.fallback.takeNow(key, n, max);
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

export function writeRateCounter(options: { redisUrl?: string; clock: Clock; log: Logger; windowMs: number }): WriteRateCounter {
  return options.redisUrl ? new RedisWriteRate(options.redisUrl, options.windowMs, options.clock, options.log) : new InProcessWriteRate(options.clock, options.windowMs);
}
