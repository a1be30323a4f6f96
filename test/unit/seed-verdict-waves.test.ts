// The demo's verdict replay groups verdicts into waves (server/seed/verdict-waves.ts): within a
// wave no two share a member, each member's verdicts stay in time order, and by day no wave
// holds a verdict of a later day than the job run at the end of a day would expect.
import { expect, test } from '@jest/globals';
import { verdictWaves, wavesByDay } from '../../server/seed/verdict-waves';

const DAY = 86_400_000;
const v = (id: string, buyerId: string, authorId: string, at = 0) => ({ id, buyerId, authorId, at });
const ids = (waves: Array<Array<{ id: string }>>) => waves.map((w) => w.map((x) => x.id));

test('verdicts that share a member go in later waves; the others run side by side', () => {
  const waves = verdictWaves([v('a', 'b1', 'r1'), v('b', 'b2', 'r2'), v('c', 'b1', 'r2'), v('d', 'b3', 'r3'), v('e', 'b3', 'r1')]);
  expect(ids(waves)).toEqual([['a', 'b', 'd'], ['c', 'e']]);
});

test("by day, a later day's verdict never joins an earlier day's waves", () => {
  // 'late' shares no member with day 1's verdicts, so across days it would join their first wave.
  const verdicts = [v('a', 'b1', 'r1', 1000), v('b', 'b1', 'r1', 2000), v('late', 'b9', 'r9', DAY + 5), v('c', 'b1', 'r9', DAY + 6)];
  expect(ids(verdictWaves(verdicts))).toEqual([['a', 'late'], ['b'], ['c']]);
  const days = wavesByDay(verdicts, (at) => String(Math.floor(at / DAY)));
  expect(days.map((d) => ({ day: d.day, lastAt: d.lastAt, waves: ids(d.waves) }))).toEqual([
    { day: '0', lastAt: 2000, waves: [['a'], ['b']] },
    { day: '1', lastAt: DAY + 6, waves: [['late'], ['c']] },
  ]);
});

test('no verdicts, no days', () => {
  expect(wavesByDay([], () => 'x')).toEqual([]);
});
