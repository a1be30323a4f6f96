// Trusted picks (server/domain/ranking/trusted-picks.ts): vouched trust times how it held up,
// personalised by whom the viewer trusts.
import { describe, expect, test } from '@jest/globals';
import { heldUpBound, rankPicks } from '../../server/domain/ranking/trusted-picks';

const product = (productId: string, recommenders: [string, number][], heldUp: number, judged: number) => ({
  productId,
  recommenders: recommenders.map(([memberId, rankKey]) => ({ memberId, rankKey })),
  heldUp,
  judged,
});

describe('heldUpBound', () => {
  test('3 held up of 3 ranks below 95 of 100; nothing judged stands between', () => {
    expect(heldUpBound(3, 3)).toBeLessThan(heldUpBound(95, 100));
    expect(heldUpBound(0, 0)).toBeGreaterThan(heldUpBound(0, 5));
    expect(heldUpBound(0, 0)).toBeLessThan(heldUpBound(10, 10));
  });

  test('stays within 0–1 and grows with held-up verdicts', () => {
    for (const [h, n] of [[0, 0], [0, 100], [100, 100], [50, 100]] as const) {
      expect(heldUpBound(h, n)).toBeGreaterThanOrEqual(0);
      expect(heldUpBound(h, n)).toBeLessThanOrEqual(1);
    }
    expect(heldUpBound(41, 44)).toBeGreaterThan(heldUpBound(30, 44));
  });
});

describe('rankPicks', () => {
  const products = [
    product('a', [['alice', 90], ['bob', 80]], 3, 4),
    product('b', [['alice', 90]], 1, 1),
    product('c', [['carol', 0]], 10, 10), // only an unvouched recommender: no pick
  ];

  test('ranks by vouched trust times the held-up bound; unvouched recommenders count for nothing', () => {
    const picks = rankPicks(products);
    expect(picks.map((p) => [p.productId, p.recommenderIds])).toEqual([
      ['a', ['alice', 'bob']],
      ['b', ['alice']],
    ]);
    expect(picks[0]!.score).toBeCloseTo(1.7 * heldUpBound(3, 4), 5);
  });

  test('personal: only recommenders the viewer trusts count, at their weight; others drop out', () => {
    expect(rankPicks(products, new Map([['bob', 1]])).map((p) => [p.productId, p.recommenderIds, p.score])).toEqual([
      ['a', ['bob'], Math.round(0.8 * heldUpBound(3, 4) * 1e6) / 1e6],
    ]);
    const half = rankPicks(products, new Map([['alice', 0.5]]));
    expect(half.map((p) => p.productId)).toEqual(['a', 'b']);
    expect(half[1]!.score).toBeCloseTo(0.45 * heldUpBound(1, 1), 5);
  });

  test('equal scores are ordered by product id', () => {
    expect(rankPicks([product('z', [['m', 50]], 0, 0), product('y', [['m', 50]], 0, 0)]).map((p) => p.productId)).toEqual(['y', 'z']);
  });
});
