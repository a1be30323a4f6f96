// Trust edges: the running per-pair sums the feedback and refund transactions keep, and the
// recompute that starts from them. The edges must say exactly what the verdicts say, so every
// test here compares the two paths.

import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  addVerdictToEdge,
  allocateEdgeColumns,
  DEFAULT_TRUST_PARAMS as P,
  edgeColumnsOf,
  edgeCount,
  edgesOfColumns,
  decayFactor,
  edgeAt,
  recomputeFromEdges,
  recomputeGlobalTrust,
  repeatWeight,
  valueFactor,
  type RecomputeRating,
  type TrustEdge,
  type TrustEdgeState,
} from '../../../server/domain/trust';
import { buildRatingTable } from '../../../server/domain/trust/rating-table';
import { trustEdgesOf } from '../../../server/domain/trust/trust-edge';
import { DAY_MS, daysAfter, T0 } from './fixtures';

const NOW = daysAfter(90);
const ms = (day: number) => daysAfter(day).getTime();
const held = (day: number, orderValueMinor = 10_000) => ({ heldUp: true, orderValueMinor, refund: false, atMs: ms(day) });
const fold = (verdicts: Parameters<typeof addVerdictToEdge>[1][]) =>
  verdicts.reduce<TrustEdgeState | undefined>((edge, v) => addVerdictToEdge(edge, v), undefined)!;

describe('addVerdictToEdge', () => {
  test('a first verdict puts its base weight on its side, at its time', () => {
    expect(addVerdictToEdge(undefined, held(3, 30_000))).toEqual({ positive: 2, negative: 0, count: 1, atMs: ms(3) });
    expect(addVerdictToEdge(undefined, { heldUp: false, orderValueMinor: 10_000, refund: true, atMs: ms(3) })).toEqual({
      positive: 0, negative: P.refundWeight * P.letDownWeight, count: 1, atMs: ms(3),
    });
  });

  test('later verdicts decay what is there and count with repeat^count', () => {
    const edge = fold([held(0), held(P.halfLifeDays), { heldUp: false, orderValueMinor: 10_000, refund: false, atMs: ms(P.halfLifeDays) }]);
    expect(edge.count).toBe(3);
    expect(edge.atMs).toBe(ms(P.halfLifeDays));
    expect(edge.positive).toBeCloseTo(0.5 + repeatWeight(1), 12);
    expect(edge.negative).toBeCloseTo(repeatWeight(2) * P.letDownWeight, 12);
  });

  test('a verdict older than the edge is decayed to the edge, never moving it back', () => {
    const edge = fold([held(10), held(10 - P.halfLifeDays)]);
    expect(edge.atMs).toBe(ms(10));
    expect(edge.positive).toBeCloseTo(1 + 0.5 * repeatWeight(1), 12);
  });

  test('edgeAt decays both sums by one factor, and never grows a future edge', () => {
    const edge = { positive: 2, negative: 1, count: 2, atMs: ms(0) };
    expect(edgeAt(edge, ms(P.halfLifeDays))).toEqual({ positive: 1, negative: 0.5 });
    expect(edgeAt(edge, ms(-5))).toEqual({ positive: 2, negative: 1 });
  });

  // Verdicts up to the recompute's now: a verdict dated after it is clamped differently (never grown).
  test('the folded sums equal decaying every verdict from its own time', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -400, max: 90 }), fc.boolean(), fc.integer({ min: 0, max: 200_000 })), { minLength: 1, maxLength: 12 }), (raw) => {
        const verdicts = [...raw].sort((a, b) => a[0] - b[0]);
        const edge = fold(verdicts.map(([day, heldUp, value]) => ({ heldUp, orderValueMinor: value, refund: false, atMs: ms(day) })));
        let positive = 0;
        let negative = 0;
        verdicts.forEach(([day, heldUp, value], k) => {
          const w = valueFactor(value) * repeatWeight(k) * decayFactor((NOW.getTime() - ms(day)) / DAY_MS) * (heldUp ? 1 : P.letDownWeight);
          if (heldUp) positive += w;
          else negative += w;
        });
        const now = edgeAt(edge, NOW.getTime());
        expect(now.positive).toBeCloseTo(positive, 10);
        expect(now.negative).toBeCloseTo(negative, 10);
      }),
    );
  });
});

describe('recomputeFromEdges', () => {
  const ids = ['v', 'a', 'b', 'c', 'd'];
  const members = ids.map((id) => ({ id, verified: id === 'v' }));
  const r = (raterId: string, recommenderId: string, day: number, heldUp = true, cause?: 'REFUND'): RecomputeRating => ({
    raterId, recommenderId, heldUp, orderValueMinor: 10_000 + day * 100, at: daysAfter(day), ...(cause ? { cause } : {}),
  });
  const ratings = [
    r('v', 'a', 1), r('v', 'a', 5), r('a', 'b', 2), r('b', 'a', 3), r('v', 'c', 4, false), r('c', 'd', 6),
    r('d', 'c', 7), r('a', 'c', 8, false, 'REFUND'), r('b', 'b', 9), r('v', 'd', 10),
  ];
  const edges = trustEdgesOf(buildRatingTable(members, ratings)).edges;

  test('from the edges the verdicts build, gives exactly what the verdicts give', () => {
    const fromRatings = recomputeGlobalTrust({ members, ratings }, NOW);
    const fromEdges = recomputeFromEdges({ members, edges }, NOW);
    expect(fromEdges.trust).toEqual(fromRatings.trust);
    expect(fromEdges.reciprocalPairs).toEqual([['a', 'b'], ['c', 'd']]);
    expect(fromEdges.reciprocalPairs).toEqual(fromRatings.reciprocalPairs);
    expect(fromEdges.iterations).toBe(fromRatings.iterations);
  });

  test('the edges in any order, and the members in any order, give bit-identical results', () => {
    const base = recomputeFromEdges({ members, edges }, NOW);
    const again = recomputeFromEdges({ members: [...members].reverse(), edges: [...edges].reverse() }, NOW);
    expect(again.trust).toEqual(base.trust);
    expect(again.residual).toBe(base.residual);
  });

  test('a self-edge weighs nothing', () => {
    const self: TrustEdge = { raterId: 'a', recommenderId: 'a', positive: 5, negative: 0, count: 3, atMs: T0.getTime() };
    expect(recomputeFromEdges({ members, edges: [...edges, self] }, NOW).trust).toEqual(recomputeFromEdges({ members, edges }, NOW).trust);
  });

  test('refuses edges it cannot read, naming what is wrong', () => {
    const edge = edges[0]!;
    const run = (e: TrustEdge[]) => () => recomputeFromEdges({ members, edges: e }, NOW);
    expect(run([{ ...edge, recommenderId: 'ghost' }])).toThrow(expect.objectContaining({ code: 'UNKNOWN_MEMBER' }));
    expect(run([edge, edge])).toThrow(/two trust edges from/);
    expect(run([{ ...edge, positive: -1 }])).toThrow(expect.objectContaining({ code: 'INVALID_VERDICT' }));
    expect(run([{ ...edge, count: 0 }])).toThrow(expect.objectContaining({ code: 'INVALID_VERDICT' }));
    expect(run([{ ...edge, atMs: Number.NaN }])).toThrow(expect.objectContaining({ code: 'INVALID_VERDICT' }));
  });
});

describe('trust edges by column', () => {
  const ids = ['v', 'a', 'b', 'c'];
  const members = ids.map((id) => ({ id, verified: id === 'v' }));
  const edge = (raterId: string, recommenderId: string, positive: number, negative: number, count: number, day: number): TrustEdge => ({
    raterId, recommenderId, positive, negative, count, atMs: ms(day),
  });
  const edges = [edge('v', 'a', 2, 0, 1, 3), edge('a', 'b', 1.5, 0.25, 2, 9), edge('b', 'a', 0.5, 0, 1, 12), edge('v', 'c', 0, 1, 1, 4), edge('c', 'b', 3, 0, 3, 40)];

  test('columns keep every edge, in order, and convert back exactly', () => {
    const c = edgeColumnsOf(edges);
    expect(edgeCount(c)).toBe(edges.length);
    expect(c.ids).toEqual(['v', 'a', 'b', 'c']);
    expect(edgesOfColumns(c)).toEqual(edges);
  });

  test('the recompute from columns is bit-identical to the one from objects, whatever the id order of the columns', () => {
    const fromObjects = recomputeFromEdges({ members, edges }, NOW);
    expect(recomputeFromEdges({ members, edges: edgeColumnsOf(edges) }, NOW)).toEqual(fromObjects);
    // Columns whose id list is in another order (as the database's procedure meets the members).
    const reordered = allocateEdgeColumns(['c', 'b', 'a', 'v'], edges.length);
    edges.forEach((e, k) => {
      reordered.rater[k] = reordered.ids.indexOf(e.raterId);
      reordered.recommender[k] = reordered.ids.indexOf(e.recommenderId);
      [reordered.positive[k], reordered.negative[k], reordered.count[k], reordered.atMs[k]] = [e.positive, e.negative, e.count, e.atMs];
    });
    expect(recomputeFromEdges({ members, edges: reordered }, NOW)).toEqual(fromObjects);
  });

  test('refuses columns it cannot read, naming what is wrong', () => {
    const run = (change: (c: ReturnType<typeof edgeColumnsOf>) => void) => () => {
      const c = edgeColumnsOf(edges);
      change(c);
      return recomputeFromEdges({ members, edges: c }, NOW);
    };
    expect(run((c) => { (c.ids as string[])[2] = 'ghost'; })).toThrow(expect.objectContaining({ code: 'UNKNOWN_MEMBER', details: expect.objectContaining({ missing: 'ghost' }) }));
    expect(run((c) => { c.recommender[0] = 99; })).toThrow(expect.objectContaining({ code: 'UNKNOWN_MEMBER', details: expect.objectContaining({ edge: 0 }) }));
    expect(run((c) => { c.count[1] = 1.5; })).toThrow(expect.objectContaining({ code: 'INVALID_VERDICT' }));
    expect(run((c) => { c.negative[3] = Number.POSITIVE_INFINITY; })).toThrow(expect.objectContaining({ code: 'INVALID_VERDICT' }));
  });
});
