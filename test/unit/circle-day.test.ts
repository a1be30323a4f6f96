// A member's day among friends (server/domain/ranking/circle-day.ts): place, movement, who passed
// them and the circle's top, from the global snapshot ranks of the circle on two days.
import { describe, expect, test } from '@jest/globals';
import { circleDay, CIRCLE_TOP_SIZE } from '../../server/domain/ranking/circle-day';

describe('circleDay', () => {
  test('place and movement within the circle; who passed me is who was behind me and is ahead now', () => {
    const day = circleDay('me', [
      { memberId: 'me', rankNow: 30, rankBefore: 10 },
      { memberId: 'a', rankNow: 5, rankBefore: 4 }, // ahead both days: did not pass me
      { memberId: 'b', rankNow: 20, rankBefore: 40 }, // behind, now ahead: passed me
      { memberId: 'c', rankNow: 25, rankBefore: 12 }, // behind, now ahead: passed me, nearer to me
      { memberId: 'd', rankNow: 50, rankBefore: 60 }, // behind both days
    ]);
    expect(day).toEqual({ place: 4, ranked: 5, movement: -2, passedBy: ['c', 'b'], top: ['a', 'b', 'c'] });
  });

  test('a member entering the board above me joined it, they did not pass me', () => {
    const day = circleDay('me', [
      { memberId: 'me', rankNow: 8, rankBefore: 8 },
      { memberId: 'new', rankNow: 2, rankBefore: null },
    ]);
    expect(day).toMatchObject({ place: 2, ranked: 2, movement: -1, passedBy: [] });
  });

  test('unranked me: no place and no movement, but the circle still has its top', () => {
    const day = circleDay('me', [
      { memberId: 'me', rankNow: null, rankBefore: null },
      { memberId: 'a', rankNow: 3, rankBefore: 1 },
    ]);
    expect(day).toEqual({ place: null, ranked: 1, movement: null, passedBy: [], top: ['a'] });
  });

  test('newly ranked me: a place, no movement, nobody passed me', () => {
    const day = circleDay('me', [
      { memberId: 'me', rankNow: 9, rankBefore: null },
      { memberId: 'a', rankNow: 3, rankBefore: 10 },
    ]);
    expect(day).toEqual({ place: 2, ranked: 2, movement: null, passedBy: [], top: ['a', 'me'] });
  });

  test(`the top keeps the circle's best ${CIRCLE_TOP_SIZE}`, () => {
    const circle = Array.from({ length: 6 }, (_, i) => ({ memberId: `m${i}`, rankNow: 100 - i, rankBefore: null }));
    expect(circleDay('m0', circle).top).toEqual(['m5', 'm4', 'm3']);
    expect(circleDay('m0', circle).place).toBe(6);
  });
});
