// Groups verdicts, kept in time order, into waves that can be applied concurrently. A verdict
// reads and writes only the state of its two members (the recommender's trust, the buyer's
// reach and score, the feedback between the two), so two verdicts that share no member cannot
// see each other. Each verdict goes one wave after the last earlier verdict that touches either
// of its members: applying the waves in order gives exactly the result of applying the verdicts
// one by one in time order, with far fewer round trips.

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
