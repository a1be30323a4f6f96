// Groups verdicts, kept in time order, into waves that can be applied concurrently. A verdict
// reads and writes only the state of its two members (the recommender's trust, the buyer's
// reach and score, the feedback between the two), so two verdicts that share no member cannot
// see each other. Each verdict goes one wave after the last earlier verdict that touches either
// of its members: applying the waves in order gives exactly the result of applying the verdicts
// one by one in time order, with far fewer round trips.
//
// That holds only while nothing reads every member between two verdicts. The demo's history runs
// the global recompute and the daily snapshot at the end of each day, so its waves are formed day
// by day (wavesByDay): otherwise a later day's verdict between two members not seen since would
// join an early wave, and the recompute of an earlier day would already see it.

export interface TwoSided {
  buyerId: string;
  authorId: string;
}

export function verdictWaves<T extends TwoSided>(verdicts: readonly T[]): T[][] {
  const lastWave = new Map<string, number>();
  const waves: T[][] = [];
  for (const v of verdicts) {
    const wave = 1 + Math.max(lastWave.get(v.buyerId) ?? -1, lastWave.get(v.authorId) ?? -1);
    (waves[wave] ??= []).push(v);
    lastWave.set(v.buyerId, wave);
    lastWave.set(v.authorId, wave);
  }
  return waves;
}

export interface DayOfVerdicts<T> {
  day: string;
  /** The instant of the day's last verdict. */
  lastAt: number;
  waves: T[][];
}

/** The verdicts (in time order) day by day, each day's in its own waves. */
export function wavesByDay<T extends TwoSided & { at: number }>(verdicts: readonly T[], dayOf: (at: number) => string): DayOfVerdicts<T>[] {
  const days: Array<{ day: string; verdicts: T[] }> = [];
  for (const v of verdicts) {
    const day = dayOf(v.at);
    const last = days[days.length - 1];
    if (last?.day === day) last.verdicts.push(v);
    else days.push({ day, verdicts: [v] });
  }
  return days.map(({ day, verdicts: ofDay }) => ({ day, lastAt: Math.max(...ofDay.map((v) => v.at)), waves: verdictWaves(ofDay) }));
}
