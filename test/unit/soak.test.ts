// The soak's pure parts (test/soak): the verdict against its thresholds — every kind's p99 judged
// on its own, any failed request failing the run — and the mix: kinds drawn in their stated
// shares, orders followed through their life, each member kept under the write courtesy.
import { describe, expect, test } from '@jest/globals';
import { KINDS, MIX_SHARES, READS, SoakMix, WRITES_PER_MEMBER_MINUTE, kindAt, type Kind, type Planned, type Session, type SoakMarket } from '../soak/mix';
import { spread } from '../soak/market';
import { soakMarkdown, type SoakResult } from '../soak/report';
import { failed, judge, latencySummary, SOAK_THRESHOLDS, type Interval, type KindStats } from '../soak/stats';

const kind = (p99Ms: number, extra: Partial<KindStats> = {}): KindStats => ({ requests: 100, byStatus: { 200: 100 }, byCode: {}, errors: 0, p50Ms: 10, p99Ms, ...extra });
const interval = (extra: Partial<Interval> = {}): Interval => ({ atS: 15, requests: 100, byStatus: { 200: 100 }, byCode: {}, errors: 0, p50Ms: 10, p99Ms: 50, ...extra });

describe('soak verdict', () => {
  test('passes when no request failed and every kind is within its p99', () => {
    const v = judge([interval()], [], 60_000, { leaderboard: kind(40), place: kind(SOAK_THRESHOLDS.maxP99MsPerKind) }, ['leaderboard', 'place']);
    expect(v.passed).toBe(true);
    expect(v.kinds).toEqual([
      { kind: 'leaderboard', requests: 100, p99Ms: 40, met: true },
      { kind: 'place', requests: 100, p99Ms: 150, met: true },
    ]);
  });

  test('judges each kind on its own: one slow kind fails the run however fast the rest are', () => {
    const v = judge([interval()], [], 60_000, { leaderboard: kind(5), member: kind(5), rate: kind(151) });
    expect(v.passed).toBe(false);
    expect(v.kinds.find((k) => k.kind === 'rate')!.met).toBe(false);
    expect(v.reasons).toEqual(['rate: p99 151 ms; at most 150 ms allowed']);
  });

  test('any failed request fails the run, 4xx and GraphQL errors as well as 5xx and silence', () => {
    const v = judge([interval({ errors: 3, byStatus: { 200: 97, 429: 1, 503: 1, 'no answer': 1 } })], [], 60_000, { member: kind(20) });
    expect(v).toMatchObject({ passed: false, errors: 3, total5xx: 1, unanswered: 1 });
    expect(failed(200, undefined)).toBe(false);
    expect(failed(200, 'CONFLICT')).toBe(true);
    expect(failed(429, 'RATE_LIMITED')).toBe(true);
    expect(failed(0, undefined)).toBe(true);
  });

  test('a kind the mix never sent fails the run rather than passing by absence', () => {
    const v = judge([interval()], [], 60_000, { member: kind(20) }, ['member', 'rate']);
    expect(v.reasons).toEqual(['rate: no request of this kind was sent']);
  });

  test('judges the heap only on runs long enough, over the second half', () => {
    const growing = Array.from({ length: 20 }, (_, i) => ({ atMs: i * 30_000, rssMiB: 200, heapUsedMiB: 80, heapAfterGcMiB: 40 + i * 2, gcMs: 50 }));
    expect(judge([interval()], growing, 60_000, { member: kind(20) }).passed).toBe(true);
    const long = judge([interval()], growing, 600_000, { member: kind(20) });
    expect(long.heapSlopeMiBPerMinute).toBeCloseTo(4);
    expect(long.passed).toBe(false);
  });

  test('summarises latencies as p50 and p99, rounded', () => {
    const latencies = Array.from({ length: 200 }, (_, i) => 200 - i + 0.4);
    expect(latencySummary(latencies)).toEqual({ p50Ms: 100, p99Ms: 198 });
    expect(latencySummary([])).toEqual({ p50Ms: 0, p99Ms: 0 });
  });
});

describe('soak mix', () => {
  test('the shares add up to the whole, reads about 65%', () => {
    expect(KINDS.reduce((s, k) => s + MIX_SHARES[k], 0)).toBeCloseTo(1);
    expect(READS.reduce((s, k) => s + MIX_SHARES[k], 0)).toBeCloseTo(0.65);
  });

  test('kindAt paces the kinds in their shares over uniform draws', () => {
    const counts = new Map<Kind, number>();
    const N = 10_000;
    for (let i = 0; i < N; i++) counts.set(kindAt((i + 0.5) / N), (counts.get(kindAt((i + 0.5) / N)) ?? 0) + 1);
    for (const k of KINDS) expect(Math.abs(counts.get(k)! / N - MIX_SHARES[k])).toBeLessThan(0.001);
    // Among reads only, in the reads' proportions.
    expect(kindAt(0.999, READS)).toBe('asset');
    expect(kindAt(0, READS)).toBe('leaderboard');
  });

  const buyers = Array.from({ length: 50 }, (_, i) => `buyer_${i}`);
  const market: SoakMarket = {
    memberHandles: [...buyers, 'supplier_0', 'supplier_1'],
    productIds: ['p0', 'p1'],
    categories: ['kitchen'],
    recommendations: [
      { code: 'C0', authorHandle: 'buyer_0', productId: 'p0', supplierHandle: 'supplier_0' },
      { code: 'C1', authorHandle: 'buyer_1', productId: 'p1', supplierHandle: 'supplier_1' },
    ],
    buyers,
  };
  const sessions = new Map<string, Session>([...buyers, 'supplier_0', 'supplier_1'].map((h, i) => [h, { handle: h, token: `token-${h}`, address: `10.1.0.${i}` }]));

  /** Draws `count` requests at a fixed clock, answering every write as the server would. */
  function drive(count: number) {
    let orders = 0;
    const mix = new SoakMix(market, sessions, { seed: 1, assets: ['/assets/index-abc.js'], runId: 'test', now: () => 1_000_000 });
    const drawn: Planned[] = [];
    for (let i = 0; i < count; i++) {
      const p = mix.next();
      drawn.push(p);
      const answer = p.kind === 'place' ? { data: { placeOrder: { id: `o${++orders}` } } } : { data: { ok: {} } };
      mix.settle(p, 200, p.request.readBody ? JSON.stringify(answer) : undefined);
    }
    return drawn;
  }

  test('follows orders through their life: each order placed is delivered by its supplier, then rated by its buyer', () => {
    const drawn = drive(2000);
    const placed = drawn.filter((p) => p.kind === 'place');
    const delivered = drawn.filter((p) => p.kind === 'deliver');
    const rated = drawn.filter((p) => p.kind === 'rate');
    expect(delivered.length).toBeGreaterThan(0);
    expect(rated.length).toBeGreaterThan(0);
    expect(rated.length).toBeLessThanOrEqual(delivered.length);
    expect(delivered.length).toBeLessThanOrEqual(placed.length);
    // A delivery comes from the supplier of the order's product; a rating from the order's buyer.
    for (const d of delivered) expect(d.request.headers!.authorization).toBe(`Bearer token-${d.meta!.supplier}`);
    const keys = placed.map((p) => (JSON.parse(p.request.body!) as { variables: { key: string } }).variables.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[0]).toMatch(/^soak-test-\d+$/);
  });

  test('keeps every member under the write courtesy within a minute, falling back to reads', () => {
    const drawn = drive(8000);
    const writes = new Map<string, number>();
    for (const p of drawn.filter((p) => !READS.includes(p.kind))) {
      const who = p.request.headers!.authorization!;
      writes.set(who, (writes.get(who) ?? 0) + 1);
    }
    // The clock never moves: a member's writes stop at the courtesy, and the rest of the slots read.
    for (const n of writes.values()) expect(n).toBeLessThanOrEqual(WRITES_PER_MEMBER_MINUTE);
    expect(drawn.filter((p) => READS.includes(p.kind)).length).toBeGreaterThan(8000 * 0.65);
  });

  test('the app documents are GETs of the shell and the hashed files; the rest post the app\'s GraphQL', () => {
    const drawn = drive(1000);
    expect(drawn.find((p) => p.kind === 'shell')!.request).toMatchObject({ method: 'GET', path: '/' });
    expect(drawn.find((p) => p.kind === 'asset')!.request).toMatchObject({ method: 'GET', path: '/assets/index-abc.js' });
    for (const p of drawn.filter((p) => p.kind !== 'shell' && p.kind !== 'asset')) expect(p.request).toMatchObject({ method: 'POST', path: '/graphql', readBody: true });
  });
});

describe('soak market sample', () => {
  test('spreads a sample over the whole list', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    expect(spread(items, 4)).toEqual([0, 25, 50, 75]);
    expect(spread([1, 2], 5)).toEqual([1, 2]);
  });
});

describe('soak report', () => {
  test('the verdict table shows every kind\'s p99 against 150 ms and whether it was met', () => {
    const kinds = { leaderboard: kind(40), rate: kind(180) };
    const result: SoakResult = {
      startedAt: '2026-12-07T00:00:00.000Z',
      minutes: 10,
      targetRate: 100,
      connections: 64,
      warmupSeconds: 30,
      sampleSeconds: 30,
      achievedRate: 100,
      overall: { requests: 200, p50Ms: 10, p99Ms: 170, errors: 0, unanswered: 0 },
      market: { source: 'bench', dir: '/data/soak', seed: 7, members: 100_000, orders: 1_040_277, products: 1000, recommendations: 7954, buyers: 300, suppliers: 100, signedIn: 400, signInSeconds: 30, passwordsSet: 0 },
      neo4j: { heap: '4g', pageCacheMiB: 2048 },
      cpuPerRequest: { benchMs: 1, apiMs: 6, neo4jMs: 8 },
      machine: { cpus: 2, loadAverage: [0.5, 0.5, 0.5], node: 'v20' },
      kinds,
      intervals: [interval()],
      samples: [{ atMs: 400_000, rssMiB: 300, heapUsedMiB: 80, heapAfterGcMiB: 60, gcMs: 42 }],
      verdict: judge([interval()], [], 600_000, kinds),
    };
    const md = soakMarkdown(result);
    const expected = [
      '**Result: FAILED**',
      '| p99, leaderboard (100 requests) | ≤ 150 ms | 40 ms | met |',
      '| p99, rate (100 requests) | ≤ 150 ms | 180 ms | **missed** |',
      '1,040,277 orders at the start',
      'up to 42 ms',
      "15.00 ms in all, so 100 requests/s needs 1.50 of the machine's 2 cores",
    ];
    for (const text of expected) expect(md).toContain(text);
  });
});
