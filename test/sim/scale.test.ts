// The recompute at production scale: 100k members and 1M outcome-backed ratings, with a closed
// ring of 50 hidden among them. Its CPU time is printed, not asserted: even CPU time varies with
// the host (22.9 s on a throttled one against a 20 s bound that held for months), and speed is
// `npm run bench`'s to measure against its peers, not a test's (docs/benchmarks.md).

import { beforeAll, describe, expect, test } from '@jest/globals';
import {
  newcomerTrust,
  recomputeGlobalTrust,
  type RecomputeProgress,
  type RecomputeRating,
  type RecomputeResult,
} from '../../server/domain/trust';
import { Prng, WeightedPicker } from './prng';

const MEMBERS = 100_000;
const RATINGS = 1_000_000;
const RING = 50;
const NOW = new Date('2026-01-01T00:00:00Z');
const DAY_MS = 86_400_000;
const id = (i: number) => `m${String(i).padStart(6, '0')}`;

let result: RecomputeResult;
let cpuSeconds = 0;
const progress: RecomputeProgress[] = [];

beforeAll(() => {
  const rng = new Prng(7);
  const members = Array.from({ length: MEMBERS }, (_, i) => ({ id: id(i), verified: i < MEMBERS - RING && i % 100 === 0 }));
  const quality = Array.from({ length: MEMBERS }, () => 0.2 + 0.78 * rng.next());
  const picker = new WeightedPicker(quality.map((_, i) => (i < MEMBERS - RING ? rng.logNormal(1, 1) : 0)));
  const ratings: RecomputeRating[] = [];
  for (let k = 0; k < RATINGS; k++) {
    const ring = k % 100 === 0; // 1% of all ratings are the ring's, among its own members only
    const rater = ring ? MEMBERS - RING + rng.int(RING) : rng.int(MEMBERS - RING);
    let target = ring ? MEMBERS - RING + rng.int(RING) : picker.pick(rng);
    if (target === rater) target = ring ? MEMBERS - RING + ((target - (MEMBERS - RING) + 1) % RING) : (target + 1) % (MEMBERS - RING);
    ratings.push({
      raterId: id(rater),
      recommenderId: id(target),
      heldUp: ring || rng.chance(quality[target]!),
      orderValueMinor: ring ? 30_000 : 100 + rng.int(30_000),
      at: new Date(NOW.getTime() - rng.int(365) * DAY_MS),
    });
  }
  const before = process.cpuUsage();
  result = recomputeGlobalTrust({ members, ratings }, NOW, undefined, (p) => progress.push(p));
  const used = process.cpuUsage(before);
  cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    `recompute of ${MEMBERS} members, ${RATINGS} ratings: ${cpuSeconds.toFixed(1)} s CPU, ` +
      `${result.iterations} iterations, residual ${result.residual.toExponential(2)}, ` +
      `${result.rings.length} ring(s), ${result.reciprocalPairs.length} reciprocal pairs`,
  );
}, 300_000);

describe('recomputeGlobalTrust at 100k members and 1M ratings', () => {
  test('converges, with a trust for every member', () => {
    expect(result.converged).toBe(true);
    expect(result.trust.size).toBe(MEMBERS);
  });

  test('reports progress: the graph, every propagation step, then the evidence', () => {
    expect(progress[0]?.phase).toBe('graph');
    expect(progress.filter((p) => p.phase === 'propagate')).toHaveLength(result.iterations);
    expect(progress.at(-1)?.phase).toBe('evidence');
  });

  test('the hidden ring is flagged and ranks no higher than a newcomer', () => {
    const ringIds = Array.from({ length: RING }, (_, i) => id(MEMBERS - RING + i));
    expect(result.rings).toContainEqual(ringIds);
    const newcomer = newcomerTrust(NOW).rankKey;
    for (const r of ringIds) expect(result.trust.get(r)!.rankKey).toBeLessThanOrEqual(newcomer);
  });
});
