// Movement within the "people I follow" circle, from the global snapshots' ranks.
import { describe, expect, test } from '@jest/globals';
import { circlePlaces } from '../../server/domain/ranking/circle-movement';

describe('circleMovements', () => {
  test('counts places passed within the circle, not on the whole board', () => {
    // b climbed from 40th to 10th globally but passed only a among these three.
    const places = circlePlaces([
      { memberId: 'a', rankNow: 12, rankBefore: 20 },
      { memberId: 'b', rankNow: 10, rankBefore: 40 },
      { memberId: 'c', rankNow: 3, rankBefore: 2 },
    ]);
    expect(Object.fromEntries(places)).toEqual({ c: { place: 1, movement: 0 }, b: { place: 2, movement: 1 }, a: { place: 3, movement: -1 } });
  });

  test('a member ranked only on the later day is new (null); one not ranked now has no place', () => {
    const places = circlePlaces([
      { memberId: 'old', rankNow: 5, rankBefore: 5 },
      { memberId: 'fresh', rankNow: 2, rankBefore: null },
      { memberId: 'gone', rankNow: null, rankBefore: 1 },
      { memberId: 'never', rankNow: null, rankBefore: null },
    ]);
    // "old" was 2nd of two before ("gone" led), and is 2nd of two now ("fresh" leads).
    expect(Object.fromEntries(places)).toEqual({ fresh: { place: 1, movement: null }, old: { place: 2, movement: 0 } });
  });

  test('an empty circle has no movements', () => {
    expect(circlePlaces([]).size).toBe(0);
  });
});
