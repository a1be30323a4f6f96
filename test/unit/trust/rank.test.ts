import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { applyVerdict, compareByRank, newcomerTrust, wilsonLowerBound } from '../../../server/domain/trust';
import { T0, verdict } from './fixtures';

describe('wilsonLowerBound', () => {
  test('matches the textbook Wilson interval', () => {
    expect(wilsonLowerBound(5, 10, 1.96)).toBeCloseTo(0.2366, 4);
    expect(wilsonLowerBound(95, 100, 1.96)).toBeCloseTo(0.8882, 4);
    expect(wilsonLowerBound(0, 10, 1.96)).toBe(0);
  });

  test('is 0 without evidence and stays inside [0, 1]', () => {
    expect(wilsonLowerBound(0, 0, 1.96)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const lb = wilsonLowerBound(n * share, n, 1.96);
        return lb >= 0 && lb <= 1 && (n === 0 || lb <= share + 1e-12);
      }),
    );
  });

  test('rises with the share of good outcomes and, at a fixed share, with the evidence', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 1e3, noNaN: true }),
        fc.double({ min: 0.01, max: 0.98, noNaN: true }),
        fc.double({ min: 1.01, max: 10, noNaN: true }),
        (n, share, more) =>
          wilsonLowerBound(n * share, n, 1.96) <= wilsonLowerBound(n * Math.min(1, share + 0.01), n, 1.96) + 1e-12 &&
          wilsonLowerBound(n * share, n, 1.96) <= wilsonLowerBound(n * more * share, n * more, 1.96) + 1e-12,
      ),
    );
  });
});

describe('ranking on how sure we are', () => {
  const chain = (outcomes: boolean[]) =>
    outcomes.reduce((t, heldUp) => applyVerdict(t, verdict({ heldUp }), T0).next, newcomerTrust(T0));

  test('3 good verdicts of 3 rank below 95 of 100, though their scores are not far apart', () => {
    const lucky = chain([true, true, true]);
    const steady = chain(Array.from({ length: 100 }, (_, i) => i % 20 !== 0));
    expect(lucky.score).toBe(71.4);
    // 95 held up, 5 let-downs weighing letDownWeight (2) each: (95 + 2) / (95 + 10 + 4).
    expect(steady.score).toBe(89);
    expect(lucky.rankKey).toBeCloseTo(100 * wilsonLowerBound(3, 3, 1.96), 2);
    expect(lucky.rankKey).toBeCloseTo(43.849, 2);
    expect(steady.rankKey).toBeCloseTo(100 * wilsonLowerBound(95, 105, 1.96), 2);
    expect(steady.rankKey).toBeCloseTo(83.351, 2);
    expect([lucky, steady].sort(compareByRank)).toEqual([steady, lucky]);
  });

  test('no streak of n perfect verdicts outranks 95 of 100 until n is large', () => {
    const steady = chain(Array.from({ length: 100 }, (_, i) => i % 20 !== 0));
    const streak = (n: number) => chain(Array.from({ length: n }, () => true));
    expect(streak(10).rankKey).toBeLessThan(steady.rankKey);
    expect(streak(19).rankKey).toBeLessThan(steady.rankKey);
    // Twenty perfect verdicts in a row is no longer luck: that record is better than 95 of 100
    // with five let-downs, each of which weighs double.
    expect(streak(20).rankKey).toBeGreaterThan(steady.rankKey);
  });

  test('bad news travels faster: a slow burn falls out of the top within a handful of let-downs', () => {
    const record = chain([true, true, true]);
    const burnt = (k: number) => chain([true, true, true, ...Array.from({ length: k }, () => false)]);
    // Two let-downs undo three good verdicts' standing by more than half; five leave a fifth of it.
    expect(burnt(2).rankKey).toBeLessThan(record.rankKey / 2);
    expect(burnt(5).rankKey).toBeLessThan(record.rankKey / 5);
  });

  test('no evidence, no standing: a newcomer ranks 0, below any record with a verdict that held up', () => {
    expect(newcomerTrust(T0).rankKey).toBe(0);
    expect(chain([true, false, false, false, false]).rankKey).toBeGreaterThan(0);
    expect(chain([false, false]).rankKey).toBe(0);
  });

  test('compareByRank orders on rankKey alone, best first, and calls equal keys equal', () => {
    const a = { rankKey: 40, score: 90, confidence: 0.1 };
    const b = { rankKey: 60, score: 70, confidence: 0.5 };
    const c = { rankKey: 40, score: 50, confidence: 0.9 };
    expect([a, b, c].sort(compareByRank)).toEqual([b, a, c]);
    expect(compareByRank(a, c)).toBe(0);
  });
});
