import { describe, expect, test } from '@jest/globals';
import { DEFAULT_TRUST_PARAMS as P } from '../../../server/domain/trust';
import { pretrustOf, propagate, reachOf } from '../../../server/domain/trust/eigentrust';

/** A graph from weighted edges, rows normalised as local trust. */
function graph(n: number, edges: [number, number, number][]) {
  const sorted = [...edges].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const rowStart = new Uint32Array(n + 1);
  for (const [a] of sorted) rowStart[a + 1]! += 1;
  for (let i = 0; i < n; i++) rowStart[i + 1]! += rowStart[i]!;
  const target = Int32Array.from(sorted.map((e) => e[1]));
  const local = Float64Array.from(sorted.map((e) => e[2]));
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) sum += local[e]!;
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) local[e]! /= sum;
  }
  return { n, rowStart, target, local };
}

// 0 is verified; 0 → 1 → 2 → 0 is the honest network; 3 ↔ 4 ↔ 5 is a closed ring.
const honestAndRing = graph(6, [[0, 1, 1], [1, 2, 1], [2, 0, 1], [1, 0, 0.5], [3, 4, 1], [4, 5, 1], [5, 3, 1], [4, 3, 1]]);
const verified = Uint8Array.from([1, 0, 0, 0, 0, 0]);

describe('propagate (EigenTrust with pre-trusted peers)', () => {
  const run = propagate({ ...honestAndRing, pretrust: pretrustOf(verified) }, P);

  test('converges to a distribution', () => {
    expect(run.converged).toBe(true);
    expect(run.residual).toBeLessThan(P.epsilon);
    expect(run.trust.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });

  test('a closed ring nobody trusted rates gets exactly zero', () => {
    expect([run.trust[3], run.trust[4], run.trust[5]]).toEqual([0, 0, 0]);
    expect(run.trust[1]).toBeGreaterThan(0);
    expect(run.trust[2]).toBeGreaterThan(0);
  });

  test('is the fixed point t = (1 − α)Cᵀt + αp', () => {
    const t = run.trust;
    const expected1 = (1 - P.alpha) * (t[0]! * 1 + 0);
    expect(t[1]).toBeCloseTo(expected1, 8);
  });

  test('stops at the iteration cap and says it did not converge', () => {
    const capped = propagate({ ...honestAndRing, pretrust: pretrustOf(verified) }, { ...P, maxIterations: 2 });
    expect(capped.iterations).toBe(2);
    expect(capped.converged).toBe(false);
  });

  test('reports each step', () => {
    const steps: number[] = [];
    const r = propagate({ ...honestAndRing, pretrust: pretrustOf(verified) }, P, (i) => steps.push(i));
    expect(steps).toEqual(Array.from({ length: r.iterations }, (_, i) => i + 1));
  });

  test('a member who vouches for nobody hands their trust back to the seed', () => {
    const g = graph(3, [[0, 1, 1]]); // 1 and 2 are dangling
    const r = propagate({ ...g, pretrust: pretrustOf(Uint8Array.from([1, 0, 0])) }, P);
    expect(r.trust.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(r.trust[2]).toBe(0);
  });
});

describe('pretrustOf', () => {
  test('uniform over the verified members', () => {
    expect([...pretrustOf(Uint8Array.from([1, 0, 1, 0]))]).toEqual([0.5, 0, 0.5, 0]);
  });

  test('uniform over everyone when nobody is verified yet', () => {
    expect([...pretrustOf(Uint8Array.from([0, 0, 0, 0]))]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});

describe('reachOf: global trust as a 0–1 voice, linear below the median', () => {
  test('median or more → 1, a tenth → 1/10, nothing → 0, verified → 1', () => {
    const t = Float64Array.from([0.2, 0.1, 0.3, 0.01, 0.001, 0, 0.0001]);
    const reach = reachOf(t, Uint8Array.from([0, 0, 0, 0, 0, 0, 1]), { ...P, reachQuantile: 0.5 });
    // Positive values sorted: 0.0001, 0.001, 0.01, 0.1, 0.2, 0.3 → median (the 3rd) is 0.01.
    expect(reach[3]).toBe(1);
    expect(reach[0]).toBe(1);
    expect(reach[4]).toBeCloseTo(0.1, 12);
    expect(reach[5]).toBe(0);
    expect(reach[6]).toBe(1);
  });

  test('voice is conserved: trust split over k accounts below the median gives k voices adding up to the whole', () => {
    // One member's trust (the median's) split evenly over 30 accounts, beside honest members.
    const whole = 0.01;
    const t = Float64Array.from([0.01, 0.02, 0.03, 0.05, ...Array.from({ length: 30 }, () => whole / 30)]);
    const reach = reachOf(t, new Uint8Array(t.length), { ...P, reachQuantile: 0.5 });
    const ref = [...t].sort((a, b) => a - b)[Math.ceil(0.5 * t.length) - 1]!;
    const split = reach.slice(4).reduce((sum, r) => sum + r, 0);
    expect(split).toBeCloseTo(whole / ref, 9);
  });
});
