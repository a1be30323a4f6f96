// The bench's CPU-per-request accounting (test/bench/process-cpu.ts), on this process: busy work
// shows up as CPU per request, and a process that cannot be read leaves the figures out.
import { expect, test } from '@jest/globals';
import { jitCpuMs, withCpuPerRequest, withJitShare } from '../bench/process-cpu';

// Until this process has used `ms` of CPU, not of wall time: on a loaded machine a wall-clock
// loop gets less CPU than it lasts.
const busy = async (ms: number) => {
  const start = process.cpuUsage();
  const used = () => {
    const d = process.cpuUsage(start);
    return (d.user + d.system) / 1000;
  };
  let x = 0;
  while (used() < ms) x += Math.sqrt(x + 1);
  return { requests: 10, x };
};

test('CPU spent during the measurement, divided by its requests', async () => {
  const figure = await withCpuPerRequest({ api: process.pid, neo4j: process.pid }, () => busy(300));
  expect(figure.requests).toBe(10);
  // 300 ms of busy work over 10 requests: about 30 ms each (ticks are 10 ms, other work adds some).
  expect(figure.cpuPerRequest?.benchMs).toBeGreaterThanOrEqual(20);
  expect(figure.cpuPerRequest?.benchMs).toBeLessThan(60);
  // The same process read twice a moment apart: equal but for a clock tick (10 ms over 10 requests)
  // that may fall between the two reads.
  expect(Math.abs(figure.cpuPerRequest!.apiMs - figure.cpuPerRequest!.benchMs)).toBeLessThanOrEqual(1.01);
});

test('an unknown process leaves the figures out rather than guessing', async () => {
  const figure = await withCpuPerRequest({ api: 2 ** 22 + 12345, neo4j: undefined }, () => busy(10));
  expect(figure.cpuPerRequest).toBeUndefined();
});

test("a JVM's JIT compiler threads are found by name; a process without them reads 0", () => {
  // This Node process has no HotSpot compiler threads, but /proc can be read: 0, not undefined.
  expect(jitCpuMs(process.pid)).toBe(0);
  expect(jitCpuMs(2 ** 30)).toBeUndefined();
});

test("a JIT share is the compiler's CPU over the work's wall time, and left out when unreadable", async () => {
  // A compiler counter that advances by the work's own wall time reads as a whole core.
  let clock = 0;
  const counter = () => clock;
  const timed = await withJitShare(counter, async () => {
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    clock += performance.now() - started;
    return 'done';
  });
  expect(timed.result).toBe('done');
  expect(timed.seconds).toBeGreaterThanOrEqual(0.04);
  expect(timed.jitShare).toBeGreaterThan(0.9);
  expect(timed.jitShare).toBeLessThanOrEqual(1);
  const blind = await withJitShare(() => undefined, async () => 7);
  expect(blind).toEqual({ result: 7, seconds: expect.any(Number) });
});
