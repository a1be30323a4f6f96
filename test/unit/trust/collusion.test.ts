import { describe, expect, test } from '@jest/globals';
import { detectReciprocalPairs, detectRings, type RecomputeRating } from '../../../server/domain/trust';
import { daysAfter, T0 } from './fixtures';

const r = (raterId: string, recommenderId: string, heldUp = true, day = 0): RecomputeRating => ({
  raterId,
  recommenderId,
  heldUp,
  orderValueMinor: 10_000,
  at: daysAfter(day),
});
const membersOf = (ids: string[], verified: string[] = []) => ids.map((id) => ({ id, verified: verified.includes(id) }));
const cycle = (ids: string[]) => ids.map((id, i) => r(id, ids[(i + 1) % ids.length]!));

describe('detectReciprocalPairs', () => {
  test('lists each pair that rated each other once, smaller id first, sorted', () => {
    const pairs = detectReciprocalPairs([r('b', 'a'), r('a', 'b'), r('a', 'b'), r('c', 'a'), r('d', 'c'), r('c', 'd'), r('e', 'e')]);
    expect(pairs).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  test('a one-way rating or a self-rating is not a pair', () => {
    expect(detectReciprocalPairs([r('a', 'b'), r('a', 'b'), r('z', 'z')])).toEqual([]);
  });
});

describe('detectRings', () => {
  const ring = ['r1', 'r2', 'r3', 'r4'];
  const honest = ['h1', 'h2', 'h3', 'v1'];

  test('a closed, unverified group that vouches only for itself is a ring', () => {
    const ratings = [...cycle(ring), ...cycle(honest)];
    expect(detectRings({ members: membersOf([...ring, ...honest], ['v1']), ratings }, T0)).toEqual([ring]);
  });

  test('a group containing a verified member is not a ring', () => {
    const ratings = cycle(ring);
    expect(detectRings({ members: membersOf(ring, ['r3']), ratings }, T0)).toEqual([]);
  });

  test('a group most of whose support comes from outside is not a ring', () => {
    const outsiders = ['o1', 'o2', 'o3', 'o4', 'o5'];
    const ratings = [...cycle(ring), ...outsiders.flatMap((o) => ring.map((m) => r(o, m)))];
    expect(detectRings({ members: membersOf([...ring, ...outsiders]), ratings }, T0)).toEqual([]);
  });

  test('two accounts are a pair, not a ring', () => {
    expect(detectRings({ members: membersOf(['a', 'b']), ratings: [r('a', 'b'), r('b', 'a')] }, T0)).toEqual([]);
  });

  test('a cycle of "did not hold up" verdicts vouches for nobody', () => {
    const ratings = ring.map((id, i) => r(id, ring[(i + 1) % ring.length]!, false));
    expect(detectRings({ members: membersOf(ring), ratings }, T0)).toEqual([]);
  });
});
