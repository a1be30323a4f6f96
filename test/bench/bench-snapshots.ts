// The bench's two daily snapshots, timed: the day before the market's "now" (so the measured day
// has movement to show), then the measured day. Used by the full bench and the at-size runs.
import { performance } from 'node:perf_hooks';
import type { Graph } from '../../graph/graph';
import { takeDailySnapshot } from '../../graph/snapshots';
import { BENCH_NOW } from './generate';

const DAY = 86_400_000;
/** The days the bench's snapshots are taken for (BENCH_NOW's day and the one before). */
export const BENCH_SNAPSHOT_DAYS = ['2026-05-31', '2026-06-01'] as const;

export async function timedBenchSnapshots(graph: Graph): Promise<{ ranks: number; scopes: number; firstSeconds: number; seconds: number }> {
  let t = performance.now();
  await takeDailySnapshot(graph, BENCH_SNAPSHOT_DAYS[0], new Date(BENCH_NOW.getTime() - DAY));
  const firstSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const snapshot = await takeDailySnapshot(graph, BENCH_SNAPSHOT_DAYS[1], BENCH_NOW);
  return { ranks: snapshot.ranks, scopes: snapshot.scopes, firstSeconds, seconds: (performance.now() - t) / 1000 };
}
