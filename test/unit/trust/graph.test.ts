// The recompute's internals: the rating table (sorting, pairs, CSR rows) and strongly connected
// components, tested directly because a subtle index bug there would only show up as slightly
// wrong trust numbers.

import { describe, expect, test } from '@jest/globals';
import { buildRatingTable, findPair, type RecomputeRating } from '../../../server/domain/trust/rating-table';
import { stronglyConnected } from '../../../server/domain/trust/scc';
import { daysAfter, T0 } from './fixtures';

const members = ['c', 'a', 'b', 'd'].map((id) => ({ id, verified: id === 'a' }));
const r = (raterId: string, recommenderId: string, day: number, heldUp = true, orderValueMinor = 10_000): RecomputeRating => ({
  raterId,
  recommenderId,
  heldUp,
  orderValueMinor,
  at: daysAfter(day),
});

describe('buildRatingTable', () => {
  const ratings = [r('b', 'a', 5), r('a', 'b', 1), r('b', 'a', 2, false), r('c', 'c', 1), r('a', 'c', 3), r('b', 'a', 2)];
  const t = buildRatingTable(members, ratings);

  test('indexes members in sorted id order, with their verified flag', () => {
    expect(t.ids).toEqual(['a', 'b', 'c', 'd']);
    expect([...t.verified]).toEqual([1, 0, 0, 0]);
  });

  test('drops self-ratings and sorts by (rater, recommender, time, value, verdict)', () => {
    expect(t.size).toBe(5);
    expect([...t.origin]).toEqual([1, 4, 2, 5, 0]);
    expect([...t.heldUp]).toEqual([1, 1, 0, 1, 1]);
  });

  test('groups ratings into pairs and pairs into CSR rows by rater', () => {
    expect(t.pairCount).toBe(3);
    expect([...t.pairStart]).toEqual([0, 1, 2, 5]);
    expect([...t.pairRater]).toEqual([0, 0, 1]);
    expect([...t.pairTarget]).toEqual([1, 2, 0]);
    expect([...t.rowStart]).toEqual([0, 2, 3, 3, 3]);
  });

  test('findPair finds a pair by binary search, or says -1', () => {
    expect(findPair(t, 0, 2)).toBe(1);
    expect(findPair(t, 1, 0)).toBe(2);
    expect(findPair(t, 1, 2)).toBe(-1);
    expect(findPair(t, 3, 0)).toBe(-1);
  });

  test('refuses unknown members, duplicate members, bad values and held-up refunds', () => {
    expect(() => buildRatingTable(members, [r('a', 'zz', 1)])).toThrow(expect.objectContaining({ code: 'UNKNOWN_MEMBER' }));
    expect(() => buildRatingTable([...members, { id: 'a', verified: false }], [])).toThrow(/listed twice/);
    expect(() => buildRatingTable(members, [r('a', 'b', 1, true, -5)])).toThrow(expect.objectContaining({ code: 'INVALID_VERDICT' }));
    expect(() => buildRatingTable(members, [{ ...r('a', 'b', 1), cause: 'REFUND' }])).toThrow(/refund/);
    expect(() => buildRatingTable(members, [{ ...r('a', 'b', 1), at: new Date(Number.NaN) }])).toThrow(
      expect.objectContaining({ code: 'INVALID_TIME' }),
    );
  });

  test('the same ratings in any order give the same table', () => {
    const shuffled = [ratings[3]!, ratings[0]!, ratings[5]!, ratings[2]!, ratings[4]!, ratings[1]!];
    const u = buildRatingTable([...members].reverse(), shuffled);
    expect([...u.rater]).toEqual([...t.rater]);
    expect([...u.recommender]).toEqual([...t.recommender]);
    expect([...u.atMs]).toEqual([...t.atMs]);
    expect([...u.heldUp]).toEqual([...t.heldUp]);
    expect(u.atMs[0]).toBe(T0.getTime() + 86_400_000);
  });
});

describe('stronglyConnected', () => {
  // 0 → 1 → 2 → 0 is a cycle; 3 → 0 hangs off it; 4 ↔ 5 is a pair; 6 is alone.
  const edges: [number, number][] = [[0, 1], [1, 2], [2, 0], [3, 0], [4, 5], [5, 4]];
  const n = 7;
  const rowStart = new Uint32Array(n + 1);
  for (const [a] of edges) rowStart[a + 1]! += 1;
  for (let i = 0; i < n; i++) rowStart[i + 1]! += rowStart[i]!;
  const target = Int32Array.from(edges.map(([, b]) => b));

  test('finds the cycle, the pair and the singletons', () => {
    const { component, count } = stronglyConnected(n, rowStart, target, new Uint8Array(edges.length).fill(1));
    expect(count).toBe(4);
    expect(component[0]).toBe(component[1]);
    expect(component[1]).toBe(component[2]);
    expect(component[3]).not.toBe(component[0]);
    expect(component[4]).toBe(component[5]);
    expect(new Set(component).size).toBe(4);
  });

  test('ignores edges that are not kept', () => {
    const keep = Uint8Array.from(edges.map(([a, b]) => (a === 2 && b === 0 ? 0 : 1)));
    const { count } = stronglyConnected(n, rowStart, target, keep);
    expect(count).toBe(6);
  });

  test('survives a 200k-node chain without overflowing the stack', () => {
    const m = 200_000;
    const rs = Uint32Array.from({ length: m + 1 }, (_, i) => Math.min(i, m));
    const tg = Int32Array.from({ length: m }, (_, i) => (i + 1) % m);
    const { count } = stronglyConnected(m, rs, tg, new Uint8Array(m).fill(1));
    expect(count).toBe(1);
  });
});
