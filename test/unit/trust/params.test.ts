import { describe, expect, test } from '@jest/globals';
import { assertTrustParams, DEFAULT_TRUST_PARAMS, TrustRuleError, type TrustParams } from '../../../server/domain/trust';

describe('trust parameters', () => {
  test('the defaults are valid and frozen', () => {
    expect(assertTrustParams(DEFAULT_TRUST_PARAMS)).toBe(DEFAULT_TRUST_PARAMS);
    expect(Object.isFrozen(DEFAULT_TRUST_PARAMS)).toBe(true);
  });

  test('the prior is neutral: a newcomer starts at 50', () => {
    expect(DEFAULT_TRUST_PARAMS.priorPositive).toBe(DEFAULT_TRUST_PARAMS.priorNegative);
  });

  const broken: [string, Partial<TrustParams>][] = [
    ['a non-positive prior', { priorPositive: 0 }],
    ['a negative half-life', { halfLifeDays: -1 }],
    ['minVoice above 1', { minVoice: 1.5 }],
    ['an inverted value range', { minValueFactor: 3, maxValueFactor: 2 }],
    ['a repeat factor of 1 (no diminishing)', { repeatFactor: 1 }],
    ['damping above 1', { reciprocalDamping: 2 }],
    ['alpha above 1', { alpha: 1.5 }],
    ['alpha of 0 (no pre-trust)', { alpha: 0 }],
    ['a fractional iteration cap', { maxIterations: 2.5 }],
    ['a ring of two', { ringMinSize: 2 }],
    ['a NaN epsilon', { epsilon: Number.NaN }],
    ['no vouching budget', { vouchBudget: 0 }],
    ['a let-down weighing less than a good verdict', { letDownWeight: 0.5 }],
    ['weak evidence weighing nothing', { weakEvidenceFactor: 0 }],
    ['a fractional let-down run', { letDownRunFlag: 2.5 }],
    ['a reach quantile above 1', { reachQuantile: 1.2 }],
  ];
  test.each(broken)('refuses %s', (_, change) => {
    expect(() => assertTrustParams({ ...DEFAULT_TRUST_PARAMS, ...change })).toThrow(TrustRuleError);
    expect(() => assertTrustParams({ ...DEFAULT_TRUST_PARAMS, ...change })).toThrow(
      expect.objectContaining({ code: 'INVALID_PARAMS' }),
    );
  });
});
