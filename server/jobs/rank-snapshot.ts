// `npm run rank:snapshot [-- --day YYYY-MM-DD]`: the daily rank snapshot for today (in
// TRUSTLINE_TIMEZONE) or the given day. Idempotent per day. Scheduled at local midnight by
// server/jobs/scheduler.ts. After the snapshot, each member's day among friends is recorded from
// it (graph/circle-day.ts); that step is idempotent per day too, so a re-run finishes what an
// interrupted one left.
import { takeDailySnapshot, type SnapshotSummary } from '../../graph/snapshots';
import { recordCircleDays } from '../../graph/circle-day';
import type { Graph } from '../../graph/graph';
import type { Clock } from '../clock';
import { dayOf, DEFAULT_TIMEZONE } from '../day';
import { runJobCli } from './run-cli';

export function describeSnapshot(s: SnapshotSummary): string {
  return s.alreadyTaken
    ? `rank snapshot ${s.day}: already taken today; nothing changed.`
    : `rank snapshot ${s.day}: ${s.ranks} ranks in ${s.scopes} boards; ${s.seconds}s`;
}

export async function runSnapshot(graph: Graph, clock: Clock, say: (line: string) => void, args: string[] = [], timeZone = DEFAULT_TIMEZONE): Promise<string> {
  const i = args.indexOf('--day');
  const day = i >= 0 ? args[i + 1] : dayOf(clock.now(), timeZone);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error('--day takes a date like 2026-06-01');
  const summary = await takeDailySnapshot(graph, day, clock.now(), say);
  const circles = await recordCircleDays(graph, day, clock.now(), say);
  return `${describeSnapshot(summary)}; ${circles.alreadyRecorded ? 'circle days already recorded' : `${circles.records} circle days recorded`}`;
}

if (process.argv[1]?.endsWith('rank-snapshot.ts')) {
  await runJobCli('rank:snapshot', (graph, clock, say, args) =>
    runSnapshot(graph, clock, say, args, process.env.TRUSTLINE_TIMEZONE || DEFAULT_TIMEZONE),
  );
}
