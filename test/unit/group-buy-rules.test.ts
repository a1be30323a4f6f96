// The group-buy rules (server/domain/group-buy-rules.ts): pure functions, checked at their edges.
import { describe, expect, test } from '@jest/globals';
import {
  countedBuyers,
  deadlineRefusal,
  groupTiesFlagged,
  HOUR_MS,
  reachedTier,
  settlementAt,
  tierUnitPrice,
  tiersRefusal,
} from '../../server/domain/group-buy-rules';

const TIERS = [
  { minBuyers: 2, discountBps: 500 },
  { minBuyers: 5, discountBps: 1200 },
  { minBuyers: 10, discountBps: 2000 },
];
const T = Date.parse('2026-06-01T08:00:00Z');
const joins = (spec: string) => [...spec].map((c, seq) => ({ memberId: c.toLowerCase(), established: c === c.toUpperCase(), seq }));

describe('tiers', () => {
  test('sorted by size with deeper discounts, at most five, within the caps', () => {
    expect(tiersRefusal(TIERS)).toBeUndefined();
    expect(tiersRefusal([])).toBeUndefined();
    expect(tiersRefusal([TIERS[1]!, TIERS[0]!])).toMatch(/smallest group to the largest/);
    expect(tiersRefusal([{ minBuyers: 2, discountBps: 500 }, { minBuyers: 3, discountBps: 500 }])).toMatch(/deeper discount/);
    expect(tiersRefusal([{ minBuyers: 1, discountBps: 500 }])).toMatch(/between 2 and 100/);
    expect(tiersRefusal([{ minBuyers: 101, discountBps: 500 }])).toMatch(/between 2 and 100/);
    expect(tiersRefusal([{ minBuyers: 2, discountBps: 5001 }])).toMatch(/50 %/);
    expect(tiersRefusal([{ minBuyers: 2, discountBps: 0 }])).toMatch(/0.01 %/);
    expect(tiersRefusal(Array.from({ length: 6 }, (_, i) => ({ minBuyers: i + 2, discountBps: i + 1 })))).toMatch(/at most 5/);
  });

  test('the tier price rounds the discount down, and the best tier reached wins', () => {
    expect(tierUnitPrice(5999, 333)).toBe(5800);
    expect(tierUnitPrice(1, 5000)).toBe(1);
    expect(tierUnitPrice(5900, 2000)).toBe(4720);
    expect(reachedTier(TIERS, 1)).toBeUndefined();
    expect(reachedTier(TIERS, 4)).toEqual(TIERS[0]);
    expect(reachedTier(TIERS, 10)).toEqual(TIERS[2]);
  });
});

describe('countedBuyers', () => {
  test('each member once, never the leader', () => {
    expect(countedBuyers('l', joins('LABAC'))).toEqual({ counted: 3, members: 3, newcomersCapped: 0 });
  });

  test('newcomers count up to one per established joiner, the earliest first', () => {
    expect(countedBuyers('l', joins('xyz'))).toEqual({ counted: 0, members: 3, newcomersCapped: 3 });
    expect(countedBuyers('l', joins('xyzA'))).toEqual({ counted: 2, members: 4, newcomersCapped: 2 });
    expect(countedBuyers('l', joins('xAyBz'))).toEqual({ counted: 4, members: 5, newcomersCapped: 1 });
  });
});

describe('opening', () => {
  test('the deadline is an hour to the supplier’s maximum away', () => {
    expect(deadlineRefusal(T + HOUR_MS, T, 24)).toBeUndefined();
    expect(deadlineRefusal(T + 24 * HOUR_MS, T, 24)).toBeUndefined();
    expect(deadlineRefusal(T + HOUR_MS - 1, T, 24)?.code).toBe('BAD_USER_INPUT');
    expect(deadlineRefusal(T + 24 * HOUR_MS + 1, T, 24)?.message).toMatch(/within 24 hours/);
  });
});

describe('settlementAt', () => {
  const group = { targetBuyers: 5, deadline: T, tiers: TIERS };
  test('the target completes at once; before it, a group waits', () => {
    expect(settlementAt(group, 5, T - 1)).toEqual({ outcome: 'COMPLETED', tier: TIERS[1] });
    expect(settlementAt(group, 4, T - 1)).toBeUndefined();
  });
  test('at the deadline: completed at the tier reached, or failed below the first', () => {
    expect(settlementAt(group, 3, T)).toEqual({ outcome: 'COMPLETED', tier: TIERS[0] });
    expect(settlementAt(group, 1, T)).toEqual({ outcome: 'FAILED' });
  });
  test('the leader closes early only once a tier is met', () => {
    expect(settlementAt(group, 2, T - 1, true)).toEqual({ outcome: 'COMPLETED', tier: TIERS[0] });
    expect(settlementAt(group, 1, T - 1, true)).toBeUndefined();
  });
});

test('a group is flagged when at least two and at least half of its joiners are tied to its leader', () => {
  expect(groupTiesFlagged(2, 2)).toBe(true);
  expect(groupTiesFlagged(4, 2)).toBe(true);
  expect(groupTiesFlagged(3, 2)).toBe(true);
  // One relative is ordinary, however small the group.
  expect(groupTiesFlagged(1, 1)).toBe(false);
  expect(groupTiesFlagged(2, 1)).toBe(false);
  // Two ties among many honest joiners: under half.
  expect(groupTiesFlagged(5, 2)).toBe(false);
  expect(groupTiesFlagged(0, 0)).toBe(false);
});
