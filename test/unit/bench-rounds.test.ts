// The bench's interleaved rounds (test/bench/rounds.ts): every path runs once in every position,
// and a path's rounds merge into one figure whose rate, percentiles and CPU cover all of them.
import { expect, test } from '@jest/globals';
import type { Figure } from '../bench/report';
import { latinOrder, mergeRounds, slices, type Round } from '../bench/rounds';

test('over as many rounds as paths, each path takes each position exactly once', () => {
  const n = 4;
  const orders = Array.from({ length: n }, (_, r) => latinOrder(n, r));
  for (const order of orders) expect([...order].sort()).toEqual([0, 1, 2, 3]);
  for (let position = 0; position < n; position++) {
    expect(orders.map((o) => o[position]).sort()).toEqual([0, 1, 2, 3]);
  }
  expect(orders[0]).toEqual([0, 1, 2, 3]);
  expect(orders[1]).toEqual([1, 2, 3, 0]);
});

const round = (requests: number, seconds: number, latencies: number[], extra: Partial<Figure> = {}): Round => ({
  figure: { name: 'x', kind: 'closed', requests, perSecond: requests / seconds, p50: 0, p99: 0, errors: 0, ...extra },
  sink: { latencies, seconds },
});

test('rate over the summed time, percentiles over every latency, CPU weighted by requests', () => {
  const fast = round(100, 1, Array.from({ length: 100 }, () => 1), { cpuPerRequest: { benchMs: 1, apiMs: 2, neo4jMs: 3 } });
  const slow = round(100, 3, Array.from({ length: 100 }, () => 9), { cpuPerRequest: { benchMs: 3, apiMs: 4, neo4jMs: 5 }, errors: 2, errorSamples: ['boom'] });
  const merged = mergeRounds('path', [fast, slow]);
  expect(merged).toMatchObject({ name: 'path', kind: 'closed', requests: 200, perSecond: 50, p50: 9, p99: 9, errors: 2, errorSamples: ['boom'] });
  // Not the mean of the two rates (66.7): the slow round took three times as long.
  expect(merged.cpuPerRequest).toEqual({ benchMs: 2, apiMs: 3, neo4jMs: 4 });
  expect(mergeRounds('path', [round(99, 1, [...Array.from({ length: 98 }, () => 1), 50])]).p50).toBe(1);
});

test('CPU is left out unless every round measured it; no rounds is an error', () => {
  const merged = mergeRounds('path', [round(10, 1, [1], { cpuPerRequest: { benchMs: 1, apiMs: 1, neo4jMs: 1 } }), round(10, 1, [1])]);
  expect(merged.cpuPerRequest).toBeUndefined();
  expect(() => mergeRounds('path', [])).toThrow('no rounds to merge for path');
});

test('slices are consecutive and disjoint, so no order is rated twice', () => {
  const items = Array.from({ length: 10 }, (_, i) => i);
  expect(slices(items, 3, 4)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
});
