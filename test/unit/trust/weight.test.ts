import { describe, expect, test } from '@jest/globals';
import {
  baseWeight,
  budgetShare,
  collusionFactor,
  DEFAULT_TRUST_PARAMS as P,
  raterVoice,
  repeatWeight,
  valueFactor,
  voiceParts,
} from '../../../server/domain/trust';

describe('valueFactor: more at stake, more say, within bounds', () => {
  test('¥100 counts 1, ¥300 counts 2, and the factor is log2(1 + value / ¥100) between the bounds', () => {
    expect(valueFactor(10_000)).toBe(1);
    expect(valueFactor(30_000)).toBe(2);
    expect(valueFactor(5_000)).toBeCloseTo(Math.log2(1.5), 12);
  });

  test('cheap orders count at least a quarter, dear ones at most twice', () => {
    expect(valueFactor(0)).toBe(0.25);
    expect(valueFactor(1_000)).toBe(0.25);
    expect(valueFactor(1_000_000_00)).toBe(2);
  });

  test('never decreases with value', () => {
    let last = 0;
    for (let v = 0; v <= 100_000; v += 997) {
      expect(valueFactor(v)).toBeGreaterThanOrEqual(last);
      last = valueFactor(v);
    }
  });
});

describe('repeatWeight: everything one buyer says about one recommender sums to at most 2', () => {
  test('1, 1/2, 1/4, ...', () => {
    expect([0, 1, 2, 3].map((k) => repeatWeight(k))).toEqual([1, 0.5, 0.25, 0.125]);
    const total = Array.from({ length: 60 }, (_, k) => repeatWeight(k)).reduce((s, w) => s + w, 0);
    expect(total).toBeLessThanOrEqual(1 / (1 - P.repeatFactor));
    expect(total).toBeCloseTo(2, 9);
  });
});

describe('collusionFactor', () => {
  test('reciprocal and ring dampings multiply; an ordinary verdict keeps its weight', () => {
    expect(collusionFactor({ reciprocal: false })).toBe(1);
    expect(collusionFactor({ reciprocal: true })).toBe(P.reciprocalDamping);
    expect(collusionFactor({ reciprocal: false, inRing: true })).toBe(P.ringDamping);
    expect(collusionFactor({ reciprocal: true, inRing: true })).toBe(P.reciprocalDamping * P.ringDamping);
  });
});

describe('baseWeight', () => {
  test('is value × repeat × collusion × refund × let-down × weakness', () => {
    const facts = { orderValueMinor: 30_000, previousRatings: 1, reciprocal: true, inRing: false, refund: true, heldUp: false };
    expect(baseWeight(facts)).toBeCloseTo(2 * 0.5 * P.reciprocalDamping * P.refundWeight * P.letDownWeight, 12);
    expect(baseWeight({ ...facts, refund: false, reciprocal: false, previousRatings: 0, heldUp: true })).toBe(2);
    expect(baseWeight({ ...facts, refund: false, reciprocal: false, previousRatings: 0, heldUp: false })).toBe(2 * P.letDownWeight);
    expect(baseWeight({ ...facts, refund: false, reciprocal: false, previousRatings: 0, heldUp: true, weak: true })).toBe(2 * P.weakEvidenceFactor);
  });

  test('bad news travels faster: a let-down outweighs a verdict that held up, by letDownWeight (≥ 1)', () => {
    const facts = { orderValueMinor: 10_000, previousRatings: 0, reciprocal: false, refund: false };
    expect(baseWeight({ ...facts, heldUp: false }) / baseWeight({ ...facts, heldUp: true })).toBe(P.letDownWeight);
    expect(P.letDownWeight).toBeGreaterThan(1);
  });
});

describe('budgetShare: what one rater confers is a budget', () => {
  test('is 1 within the budget and budget / given past it, so the total never exceeds the budget', () => {
    expect(budgetShare(0)).toBe(1);
    expect(budgetShare(P.vouchBudget)).toBe(1);
    expect(budgetShare(3 * P.vouchBudget)).toBeCloseTo(1 / 3, 12);
    for (const given of [11, 40, 120, 1e6]) expect(given * budgetShare(given)).toBeCloseTo(P.vouchBudget, 9);
  });
});

describe('voice: the rater’s trust, as reach from the verified seed', () => {
  test('a verified or fully reached rater speaks with voice 1, all of it vouched', () => {
    expect(voiceParts(1)).toEqual({ vouched: 1, unvouched: 0 });
    expect(raterVoice(1)).toBe(1);
  });

  test('an account no trust reaches speaks with minVoice, all of it unvouched', () => {
    expect(voiceParts(0)).toEqual({ vouched: 0, unvouched: P.minVoice });
    expect(raterVoice(0)).toBe(P.minVoice);
  });

  test('between, the voice grows with reach and splits into the two pots', () => {
    expect(voiceParts(0.5)).toEqual({ vouched: 0.5, unvouched: P.minVoice * 0.5 });
    for (let r = 0; r < 1; r += 0.1) expect(raterVoice(r + 0.1)).toBeGreaterThan(raterVoice(r));
  });

  test('reach outside [0, 1] is clamped', () => {
    expect(voiceParts(7)).toEqual(voiceParts(1));
    expect(voiceParts(-1)).toEqual(voiceParts(0));
  });
});
