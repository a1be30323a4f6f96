import { describe, expect, test } from '@jest/globals';
import {
  decayFactor,
  decayTrust,
  DEFAULT_TRUST_PARAMS as P,
  deriveTrust,
  effectiveEvidence,
  markVerified,
  newcomerTrust,
  NO_EVIDENCE,
  seedTrust,
  TrustRuleError,
  wilsonLowerBound,
} from '../../../server/domain/trust';
import { daysAfter, T0 } from './fixtures';

const evidence = (vouchedPositive: number, vouchedNegative = 0, unvouchedPositive = 0, unvouchedNegative = 0) => ({
  vouchedPositive,
  vouchedNegative,
  unvouchedPositive,
  unvouchedNegative,
});

describe('newcomerTrust and seedTrust', () => {
  test('a newcomer sits at the neutral prior, marked new, with no confidence and no voice', () => {
    const t = newcomerTrust(T0);
    expect(t).toEqual({
      ...NO_EVIDENCE,
      score: 50,
      confidence: 0,
      rankKey: 0,
      isNew: true,
      reach: 0,
      evidenceAt: '2025-03-01T08:00:00.000Z',
    });
    expect(t.rankKey).toBe(0);
  });

  test('a verified member starts like a newcomer but speaks with a full voice', () => {
    const t = seedTrust(T0);
    expect(t).toEqual({ ...newcomerTrust(T0), reach: 1 });
  });

  test('markVerified keeps the evidence and gives reach 1', () => {
    const t = deriveTrust(evidence(4, 1), 0.2, T0);
    expect(markVerified(t)).toEqual({ ...t, reach: 1 });
  });

  test('the state is plain JSON: it survives a round trip unchanged', () => {
    const t = deriveTrust(evidence(7.25, 1.5, 0.4, 0.1), 0.6, T0);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
});

describe('deriveTrust', () => {
  test('score is the posterior mean × 100, one decimal', () => {
    expect(deriveTrust(evidence(6, 2), 0, T0).score).toBe(66.7); // (6+2)/(8+4)
    expect(deriveTrust(evidence(0, 6), 0, T0).score).toBe(20); // 2/10
  });

  test('confidence is n / (n + 10), three decimals', () => {
    expect(deriveTrust(evidence(10), 0, T0).confidence).toBe(0.5);
    expect(deriveTrust(evidence(60, 30), 0, T0).confidence).toBe(0.9);
  });

  test('rankKey is the Wilson bound of vouched evidence only', () => {
    const vouched = deriveTrust(evidence(8, 2), 0, T0);
    expect(vouched.rankKey).toBeCloseTo(100 * wilsonLowerBound(8, 10, 1.96), 3);
    const unvouched = deriveTrust(evidence(0, 0, 2.5, 0), 0, T0);
    expect(unvouched.score).toBeGreaterThan(50);
    expect(unvouched.rankKey).toBe(newcomerTrust(T0).rankKey);
    expect(unvouched.rankKey).toBe(0);
    // Below minVouchedEvidence a record has no standing yet.
    expect(deriveTrust(evidence(0.9, 0), 0, T0).rankKey).toBe(0);
  });

  test('isNew until two full verdicts of effective evidence', () => {
    expect(deriveTrust(evidence(1.99), 0, T0).isNew).toBe(true);
    expect(deriveTrust(evidence(2), 0, T0).isNew).toBe(false);
  });

  test('refuses negative or non-finite evidence and reach outside [0, 1]', () => {
    expect(() => deriveTrust(evidence(-1), 0, T0)).toThrow(TrustRuleError);
    expect(() => deriveTrust(evidence(Number.NaN), 0, T0)).toThrow(/evidence sums/);
    expect(() => deriveTrust(evidence(1), 1.5, T0)).toThrow(/reach/);
    expect(() => deriveTrust(evidence(1), 0, new Date('nope'))).toThrow(expect.objectContaining({ code: 'INVALID_TIME' }));
  });
});

describe('effectiveEvidence: the unvouched pot saturates at unvouchedCap', () => {
  test('small pots pass almost unchanged, large ones approach the cap', () => {
    const small = effectiveEvidence(evidence(0, 0, 0.03, 0));
    expect(small.positive).toBeCloseTo(0.03, 3);
    const huge = effectiveEvidence(evidence(0, 0, 0, 1_000));
    expect(huge.negative).toBeCloseTo(P.unvouchedCap, 6);
    expect(huge.negative).toBeLessThanOrEqual(P.unvouchedCap);
  });

  test('saturation keeps the good/bad proportion of the pot and leaves vouched evidence alone', () => {
    const e = effectiveEvidence(evidence(5, 1, 30, 10));
    const pot = P.unvouchedCap * -Math.expm1(-40 / P.unvouchedCap);
    expect(e.positive).toBeCloseTo(5 + pot * 0.75, 9);
    expect(e.negative).toBeCloseTo(1 + pot * 0.25, 9);
  });
});

describe('decay (forgetting)', () => {
  test('evidence halves every half-life', () => {
    expect(decayFactor(P.halfLifeDays)).toBeCloseTo(0.5, 12);
    expect(decayFactor(2 * P.halfLifeDays)).toBeCloseTo(0.25, 12);
    expect(decayFactor(0)).toBe(1);
    expect(decayFactor(-3)).toBe(1);
  });

  test('decayTrust scales every evidence sum and moves evidenceAt', () => {
    const t = deriveTrust(evidence(8, 4, 2, 1), 0.3, T0);
    const later = decayTrust(t, daysAfter(P.halfLifeDays));
    expect(later.vouchedPositive).toBeCloseTo(4, 9);
    expect(later.vouchedNegative).toBeCloseTo(2, 9);
    expect(later.unvouchedPositive).toBeCloseTo(1, 9);
    expect(later.unvouchedNegative).toBeCloseTo(0.5, 9);
    expect(later.reach).toBe(0.3);
    expect(later.evidenceAt).toBe(daysAfter(P.halfLifeDays).toISOString());
  });

  test('old evidence fades toward the prior: the score tracks recent behaviour', () => {
    const t = deriveTrust(evidence(40, 0), 0, T0);
    const years = decayTrust(t, daysAfter(5 * 365));
    expect(t.score).toBeGreaterThan(90);
    expect(years.score).toBeLessThan(t.score);
    expect(years.score).toBeGreaterThan(50);
    expect(years.confidence).toBeLessThan(t.confidence);
  });

  test('decaying in steps equals decaying once', () => {
    const t = deriveTrust(evidence(8, 4, 2, 1), 0, T0);
    let stepped = t;
    for (let d = 1; d <= 100; d++) stepped = decayTrust(stepped, daysAfter(d));
    const once = decayTrust(t, daysAfter(100));
    expect(stepped.vouchedPositive).toBeCloseTo(once.vouchedPositive, 10);
    expect(stepped.unvouchedNegative).toBeCloseTo(once.unvouchedNegative, 10);
  });

  test('a clock behind the stored state changes nothing (evidence is never un-forgotten)', () => {
    const t = deriveTrust(evidence(8, 4), 0, daysAfter(10));
    expect(decayTrust(t, T0)).toBe(t);
    expect(decayTrust(t, daysAfter(10))).toBe(t);
  });

  test('refuses an invalid now or a corrupt evidenceAt', () => {
    const t = newcomerTrust(T0);
    expect(() => decayTrust(t, new Date(Number.NaN))).toThrow(expect.objectContaining({ code: 'INVALID_TIME' }));
    expect(() => decayTrust({ ...t, evidenceAt: 'yesterday' }, T0)).toThrow(/evidenceAt/);
  });
});
