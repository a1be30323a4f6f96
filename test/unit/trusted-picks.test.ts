// Trusted picks (server/domain/ranking/trusted-picks.ts): the trust of recommenders past the
// TRUSTED_PICK step times how their recommendations held up, personalised by whom the viewer trusts.
import { describe, expect, test } from '@jest/globals';
import { heldUpBound, rankPicks, type ProductEvidence } from '../../server/domain/ranking/trusted-picks';
import { DEFAULT_PRIVILEGE_LADDER } from '../../server/domain/privileges';

const STEP = DEFAULT_PRIVILEGE_LADDER.trustedPick; // 55 / 0.30

/** A product and its recommenders: [member, rank key, held up, judged, confidence (0.5 unless given)]. */
const product = (productId: string, recommenders: [string, number, number, number, number?][]): ProductEvidence => ({
  productId,
  recommenders: recommenders.map(([memberId, rankKey, heldUp, judged, confidence]) => ({ memberId, rankKey, confidence: confidence ?? 0.5, heldUp, judged })),
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
    product('a', [['alice', 90, 3, 3], ['bob', 80, 0, 1]]),
    product('b', [['alice', 90, 1, 1]]),
    product('c', [['carol', 0, 10, 10]]), // only an unvouched recommender: no pick
  ];

  test('ranks by vouched trust times the held-up bound; unvouched recommenders count for nothing', () => {
    const picks = rankPicks(products, STEP);
    expect(picks.map((p) => [p.productId, p.recommenderIds])).toEqual([
      ['a', ['alice', 'bob']],
      ['b', ['alice']],
    ]);
    expect(picks[0]!.score).toBeCloseTo(1.7 * heldUpBound(3, 4), 5);
  });

  test('personal: only recommenders the viewer trusts count, at their weight; others drop out', () => {
    expect(rankPicks(products, STEP, new Map([['bob', 1]])).map((p) => [p.productId, p.recommenderIds, p.score])).toEqual([
      ['a', ['bob'], Math.round(0.8 * heldUpBound(3, 4) * 1e6) / 1e6],
    ]);
    const half = rankPicks(products, STEP, new Map([['alice', 0.5]]));
    expect(half.map((p) => p.productId)).toEqual(['a', 'b']);
    expect(half[1]!.score).toBeCloseTo(0.45 * heldUpBound(1, 1), 5);
  });

  test('equal scores are ordered by product id', () => {
    expect(rankPicks([product('z', [['m', 60, 0, 0]]), product('y', [['m', 60, 0, 0]])], STEP).map((p) => p.productId)).toEqual(['y', 'z']);
  });

  test('only recommenders past the TRUSTED_PICK step count: neither their trust nor their verdicts', () => {
    const mixed = [
      // Dave is vouched but short of the step on rank key, Erin on confidence: neither counts.
      product('a', [['alice', 90, 3, 3], ['dave', 50, 0, 5], ['erin', 70, 0, 4, 0.25]]),
      product('d', [['dave', 50, 9, 9]]),
    ];
    const picks = rankPicks(mixed, STEP);
    expect(picks.map((p) => [p.productId, p.recommenderIds, p.heldUp, p.judged])).toEqual([['a', ['alice'], 3, 3]]);
    expect(picks[0]!.score).toBeCloseTo(0.9 * heldUpBound(3, 3), 5);
    // A lower step (a server's own ladder) lets Dave count, with his verdicts.
    const lower = rankPicks(mixed, { rankKey: 40, confidence: 0.3 });
    // d: 0.5 × bound(9 of 9) ≈ 0.37 outranks a: (0.9 + 0.5) × bound(3 of 8) ≈ 0.32.
    expect(lower.map((p) => [p.productId, p.recommenderIds, p.heldUp, p.judged])).toEqual([
      ['d', ['dave'], 9, 9],
      ['a', ['alice', 'dave'], 3, 8],
    ]);
  });
});
