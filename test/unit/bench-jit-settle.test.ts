// The bench's write warm-up (test/bench/jit-settle.ts): it rates in batches until a batch runs
// with the JIT compiler nearly idle, stops at its limit otherwise, and says when it cannot tell.
import { expect, test } from '@jest/globals';
import { untilJitSettles } from '../bench/jit-settle';

/** A fake JVM whose compiler uses `shares[i]` of a core during batch i; each batch takes 1,000 ms. */
function fakeRun(shares: number[], readable = true) {
  let clock = 0;
  let jit = 0;
  let batch = 0;
  const batches: Array<[number, number]> = [];
  const lines: string[] = [];
  return {
    batches,
    lines,
    options: {
      batch: 100,
      maxRatings: 1000,
      threshold: 0.05,
      jitCpuMs: () => (readable ? jit : undefined),
      runBatch: async (from: number, count: number) => {
        batches.push([from, count]);
        jit += (shares[batch++] ?? 0) * 1000;
        clock += 1000;
      },
      log: (line: string) => lines.push(line),
      now: () => clock,
    },
  };
}

test('stops after the first batch in which the compiler used under the threshold', async () => {
  const run = fakeRun([0.5, 0.3, 0.04, 0]);
  const result = await untilJitSettles(run.options);
  expect(run.batches).toEqual([[0, 100], [100, 100], [200, 100]]);
  expect(result).toEqual({ ratings: 300, seconds: 3, lastJitShare: 0.04, settled: true });
  expect(run.lines[0]).toBe('  write warm-up: 100 ratings, JIT compiler at 50% of a core in the last batch');
});

test('stops at its limit, saying the compiler had not settled', async () => {
  const run = fakeRun(Array.from({ length: 20 }, () => 0.4));
  const result = await untilJitSettles({ ...run.options, maxRatings: 450 });
  expect(run.batches.map(([from]) => from)).toEqual([0, 100, 200, 300]);
  expect(result).toMatchObject({ ratings: 400, lastJitShare: 0.4, settled: false });
});

test('without a readable compiler it runs a few batches and says it could not tell', async () => {
  const run = fakeRun([0.5, 0.5, 0.5, 0.5, 0.5], false);
  const result = await untilJitSettles(run.options);
  expect(run.batches).toHaveLength(3);
  expect(result).toMatchObject({ ratings: 300, lastJitShare: null, settled: null });
  expect(run.lines[0]).toContain('cannot be read');
});
