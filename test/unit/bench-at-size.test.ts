// The at-size figures' targets (test/bench/at-size-report.ts): the 10M run judged against the 1M
// run of the same script, its memory against 4 GB, its boards against 25 ms; a new run replaces
// the one of its size and every at-size target, and leaves the full run's targets alone.
import { expect, test } from '@jest/globals';
import { atSizeSection, atSizeTargets, withAtSizeRun, type AtSizeRun } from '../bench/at-size-report';
import type { Out } from '../bench/report';

function run(orders: number, seconds: number, over: Partial<AtSizeRun> = {}): AtSizeRun {
  const phases = { readSeconds: seconds / 4, computeSeconds: seconds / 4, writeSeconds: seconds / 2 };
  return {
    market: { members: orders / 10, orders, seed: 7 },
    firstEdgeReadSeconds: 1,
    warmUp: { seconds, phases },
    recompute: {
      members: orders / 10, ratings: orders, trustEdges: orders, edgeRead: 'procedure', iterations: 22, residual: 0, converged: true,
      membersChanged: 10, membersWritten: 10, maxAbsDelta: 1, flagsRaised: 0, seconds, phases,
      writeParts: { membersSeconds: 1, noticesSeconds: 1, commitSeconds: 1, flagsSeconds: 0 },
    },
    peakHeapUsedMiB: 1000, peakArrayBuffersMiB: 1000, peakRssMiB: 2500, heapLimitMiB: 4144,
    reads: {
      rate: 200,
      snapshot: { ranks: 1, scopes: 1, firstSeconds: 1, seconds: 1 },
      leaderboard: { requests: 2000, perSecond: 200, p50: 2, p99: 12, max: 20 },
      rank: { requests: 2000, perSecond: 200, p50: 3, p99: 30, max: 40 },
    },
    ...over,
  };
}

const fullRunTarget = { name: 'leaderboard p99 ≤ 25 ms at 200 req/s (GraphQL, paced open loop)', value: 10, limit: 25, met: true, by: 'met' };

test('the 10M run is judged on growth against the 1M run, on memory and on both boards', () => {
  const targets = atSizeTargets({ '1000000': run(1_000_000, 10), '10000000': run(10_000_000, 130) });
  expect(targets.map((t) => [t.value, t.met])).toEqual([
    [13, false], // 130 s / 10 s: more than 12×
    [2000, true], // 1000 + 1000 MiB ≤ 4096
    [12, true],
    [30, false],
  ]);
  expect(targets.every((t) => t.name.includes('10,000,000 rated orders'))).toBe(true);
});

test('without a 1M run the growth is not measured; without a 10M run nothing is', () => {
  expect(atSizeTargets({ '10000000': run(10_000_000, 100) })[0]).toMatchObject({ value: null, met: null });
  expect(atSizeTargets({ '1000000': run(1_000_000, 10) })).toEqual([expect.objectContaining({ met: null, value: null })]);
});

test('a new run replaces the run of its size and the at-size targets, and keeps the full run\'s', () => {
  const out = { targets: [fullRunTarget] } as unknown as Out;
  const once = withAtSizeRun(withAtSizeRun(out, run(1_000_000, 10)), run(10_000_000, 200));
  const twice = withAtSizeRun(once, run(10_000_000, 100));
  expect(Object.keys(twice.atSize!).sort()).toEqual(['1000000', '10000000']);
  expect(twice.atSize!['10000000']!.recompute.seconds).toBe(100);
  expect(twice.targets.filter((t) => t === fullRunTarget)).toHaveLength(1);
  expect(twice.targets).toHaveLength(1 + 4);
  expect(twice.targets[1]).toMatchObject({ value: 10, met: true });
  expect(atSizeSection(twice)).toContain('| global recompute, timed (s) | **10** | **100** |');
});
