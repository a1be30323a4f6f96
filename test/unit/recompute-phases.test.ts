// The bench's feedback-during-a-recompute figures taken apart by the job's phase
// (test/bench/recompute-phases.ts): each rating falls in the phase it was due in, a failed one
// in none, and a job that did not say its phases gives no table.
import { expect, test } from '@jest/globals';
import { latencyByRecomputePhase } from '../bench/recompute-phases';
import type { PacedAnswer } from '../bench/paced-load';

const SUMMARY = 'trust recompute: 100000 members, …; 9.7s (read 2.2s, compute 2s, write 5.5s)';

test('ratings are counted in the phase they were due in, at 20 a second', () => {
  // Due at 0.02 + i/20 s: i 0..39 in the compute (before 2 s), 40..149 in the write-back (before 7.5 s), then after.
  const answers: PacedAnswer[] = Array.from({ length: 200 }, (_, i) => ({ i, status: 200, latencyMs: i < 40 ? 10 : i < 150 ? 100 + i : 5 }));
  answers[3] = { i: 3, status: 0, failure: 'timeouts', latencyMs: 30_000 };
  expect(latencyByRecomputePhase([{ answers, jobSummary: SUMMARY }], 20)).toEqual([
    { phase: 'compute', requests: 39, p50: 10, p99: 10, max: 10 },
    { phase: 'write-back', requests: 110, p50: 194, p99: 248, max: 249 },
    { phase: 'after the write-back', requests: 50, p50: 5, p99: 5, max: 5 },
  ]);
});

test('a job that did not say its phases gives none', () => {
  expect(latencyByRecomputePhase([{ answers: [{ i: 0, status: 200, latencyMs: 1 }], jobSummary: 'trust:recompute failed: Neo4j is unavailable' }], 20)).toEqual([]);
});

test("several runs' ratings are pooled by phase, each run placed by its own job's phases", () => {
  const run = (latencyMs: number) => Array.from({ length: 100 }, (_, i) => ({ i, status: 200, latencyMs }));
  // Run 1: compute until 2 s (i < 40), write-back until 4 s (i < 80); run 2: compute until 1 s (i < 20), then write-back past the end.
  const pooled = latencyByRecomputePhase(
    [
      { answers: run(10), jobSummary: 'trust recompute: …; 5s (read 1s, compute 2s, write 2s)' },
      { answers: run(30), jobSummary: 'trust recompute: …; 9s (read 1s, compute 1s, write 8s)' },
      { answers: run(99), jobSummary: 'trust:recompute failed: Neo4j is unavailable' },
    ],
    20,
  );
  expect(pooled.map(({ phase, requests, max }) => ({ phase, requests, max }))).toEqual([
    { phase: 'compute', requests: 60, max: 30 },
    { phase: 'write-back', requests: 120, max: 30 },
    { phase: 'after the write-back', requests: 20, max: 10 },
  ]);
});
