// The read cache behind the leaderboards (server/read-cache.ts): TTL by the injected clock,
// one read for concurrent misses, and nothing read before a clear() stored after it.
import { describe, expect, test } from '@jest/globals';
import { ManualClock } from '../../server/clock';
import { ReadCache } from '../../server/read-cache';

/** A read the test finishes by hand, counting how often it was started. */
function manualReads() {
  const pending: Array<(value: string) => void> = [];
  let started = 0;
  return {
    read: () => {
      started++;
      return new Promise<string>((resolve) => pending.push(resolve));
    },
    finish: (value: string) => pending.shift()!(value),
    finishNewest: (value: string) => pending.pop()!(value),
    get started() {
      return started;
    },
  };
}

const setup = (ttlMs = 1000, maxEntries = 10) => {
  const clock = new ManualClock(new Date('2026-06-01T00:00:00Z'));
  return { clock, cache: new ReadCache<string>({ ttlMs, clock, maxEntries }) };
};

describe('ReadCache', () => {
  test('serves an answer until the TTL has passed, then reads again', async () => {
    const { clock, cache } = setup();
    let n = 0;
    const read = async () => `v${++n}`;
    expect(await cache.get('k', read)).toBe('v1');
    clock.advance(749);
    expect(await cache.get('k', read)).toBe('v1');
    clock.advance(251);
    expect(await cache.get('k', read)).toBe('v2');
    expect(n).toBe(2);
  });

  test('in the last quarter of the TTL a get is answered at once and the key is read again behind it', async () => {
    const { clock, cache } = setup();
    const reads = manualReads();
    const first = cache.get('k', reads.read);
    reads.finish('v1');
    expect(await first).toBe('v1');
    clock.advance(800);
    // Served without waiting (the refresh is still open), and a second get shares the refresh.
    expect(await cache.get('k', reads.read)).toBe('v1');
    expect(await cache.get('k', reads.read)).toBe('v1');
    expect(reads.started).toBe(2);
    reads.finish('v2');
    await Promise.resolve();
    clock.advance(900); // 1,700 ms after the first read, 900 after the refresh began
    expect(await cache.get('k', reads.read)).toBe('v2');
    expect(reads.started).toBe(2);
    clock.advance(100); // the refreshed answer's own TTL is over: a plain miss
    const miss = cache.get('k', reads.read);
    expect(reads.started).toBe(3);
    reads.finish('v3');
    expect(await miss).toBe('v3');
  });

  test('a read begun a TTL ago is not joined, and when it lands late it does not replace the newer answer', async () => {
    const { clock, cache } = setup();
    const reads = manualReads();
    const stalled = cache.get('k', reads.read);
    clock.advance(1000);
    // The first read is still out, but its data would be a TTL old: this get reads afresh.
    const fresh = cache.get('k', reads.read);
    expect(reads.started).toBe(2);
    reads.finishNewest('new'); // begun at 1,000
    expect(await fresh).toBe('new');
    reads.finish('old'); // the stalled read, begun at 0, lands last
    expect(await stalled).toBe('old');
    const served = await cache.get('k', reads.read);
    expect(served).toBe('new');
    expect(reads.started).toBe(2);
  });

  test('a refresh that fails leaves the entry to expire', async () => {
    const { clock, cache } = setup();
    expect(await cache.get('k', async () => 'v1')).toBe('v1');
    clock.advance(800);
    expect(await cache.get('k', () => Promise.reject(new Error('down')))).toBe('v1');
    await new Promise((r) => setImmediate(r));
    clock.advance(199);
    expect(await cache.get('k', async () => 'v2')).toBe('v1');
  });

  test('a refresh that a clear() overtakes is not stored', async () => {
    const { clock, cache } = setup();
    const reads = manualReads();
    const first = cache.get('k', reads.read);
    reads.finish('v1');
    await first;
    clock.advance(800);
    expect(await cache.get('k', reads.read)).toBe('v1');
    cache.clear();
    reads.finish('read before the write');
    await new Promise((r) => setImmediate(r));
    expect(cache.size).toBe(0);
  });

  test('concurrent misses share one read', async () => {
    const { cache } = setup();
    const reads = manualReads();
    const answers = Promise.all([cache.get('k', reads.read), cache.get('k', reads.read), cache.get('k', reads.read)]);
    reads.finish('shared');
    expect(await answers).toEqual(['shared', 'shared', 'shared']);
    expect(reads.started).toBe(1);
  });

  test('a read still in flight when the cache is cleared is neither shared nor stored', async () => {
    const { cache } = setup();
    const reads = manualReads();
    const before = cache.get('k', reads.read);
    cache.clear();
    const after = cache.get('k', reads.read);
    expect(reads.started).toBe(2);
    reads.finish('old');
    reads.finish('new');
    expect([await before, await after]).toEqual(['old', 'new']);
    expect(await cache.get('k', reads.read)).toBe('new');
    expect(reads.started).toBe(2);
  });

  test('getMany reads only the missing keys, in one call, and keeps the order asked', async () => {
    const { cache } = setup();
    const asked: string[][] = [];
    const readMany = async (keys: string[]) => {
      asked.push(keys);
      return keys.map((k) => k.toUpperCase());
    };
    expect(await cache.getMany(['a', 'b'], readMany)).toEqual(['A', 'B']);
    expect(await cache.getMany(['c', 'a', 'b', 'c'], readMany)).toEqual(['C', 'A', 'B', 'C']);
    expect(asked).toEqual([['a', 'b'], ['c']]);
  });

  test('a failed read is not cached', async () => {
    const { cache } = setup();
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', async () => 'up')).toBe('up');
  });

  test('keeps at most maxEntries, dropping the oldest', async () => {
    const { cache } = setup(1000, 2);
    for (const k of ['a', 'b', 'c']) await cache.get(k, async () => k);
    expect(cache.size).toBe(2);
    expect(await cache.get('a', async () => 'again')).toBe('again');
  });

  test('a TTL of 0 turns it off', async () => {
    const { cache } = setup(0);
    let n = 0;
    const read = async () => `v${++n}`;
    expect([await cache.get('k', read), await cache.get('k', read)]).toEqual(['v1', 'v2']);
  });

  test('cached answers are frozen: a request cannot change what the next one sees', async () => {
    const clock = new ManualClock();
    const cache = new ReadCache<{ rows: { name: string }[] }>({ ttlMs: 1000, clock, maxEntries: 1 });
    const value = await cache.get('k', async () => ({ rows: [{ name: 'a' }] }));
    expect(() => {
      value.rows[0]!.name = 'b';
    }).toThrow(TypeError);
  });
});
