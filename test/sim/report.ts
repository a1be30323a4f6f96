// The simulation's printed table, in Markdown so docs/trust-model.md can show it verbatim.
// "required" states the threshold the test asserts; the assertions live in trust.sim.test.ts.

import type { SimConfig } from './config';
import { MATURE_FROM_DAY, type SimOutcomes } from './outcomes';

const f1 = (v: number) => v.toFixed(1);
const f2 = (v: number) => v.toFixed(2);
const f3 = (v: number) => v.toFixed(3);
const yes = (b: boolean) => (b ? 'yes' : 'NO');

export function formatTable(o: SimOutcomes, c: SimConfig, elapsedMs: number): string {
  const n = o.newcomers.salesToTopQuartile.map((s) => (s === null ? '—' : String(s)));
  const b = o.bombing;
  const rows: [string, string, string][] = [
    [
      `1. Trust tracks hidden quality (${o.correlation.members} honest members with ≥ 10 rated sales)`,
      `Spearman(score, quality) ${f3(o.correlation.score)}; rankKey ${f3(o.correlation.rankKey)}; ` +
        `unweighted count of verdicts ${f3(o.correlation.countOracle)}`,
      'score ≥ 0.800',
    ],
    [
      `2. Sybil ring: ${o.ring.size} accounts rating only each other (median ${o.ring.ratedSalesMedian} rated sales each)`,
      `best rankKey ${f1(o.ring.bestRankKey)} (score ${f1(o.ring.bestScore)}; before the last recompute ` +
        `${f1(o.ring.bestImmediateRankKey)}) vs honest median ${f1(o.ring.honestMedian)}; ` +
        `worst gap over the run ${f1(o.ring.worstGap)}; flagged as a ring: ${yes(o.ring.flagged)}`,
      'best ≤ honest median at every recompute; flagged',
    ],
    [
      `3. Reciprocal pair: two accounts rating each other (${o.pair.ratedSales} rated sales each)`,
      `best rankKey ${f1(o.pair.bestRankKey)} vs the ${o.pair.peers} honest members with as many rated sales and ` +
        `quality ≥ 0.5: lowest ${f1(o.pair.peersMin)}, median ${f1(o.pair.peersMedian)}; flagged: ${yes(o.pair.flagged)}`,
      'below every one of them; flagged',
    ],
    [
      `4. Honest newcomers (${o.newcomers.count}, quality ${c.newcomers.quality}, join on day ${c.newcomers.day})`,
      `rated sales until in the top quartile: ${n.join(', ')}`,
      'each ≤ 30',
    ],
    [
      '5. Lucky streak vs steady record',
      `3 of 3: rankKey ${f1(o.streak.luckyRankKey)} (score ${f1(o.streak.luckyScore)}); ` +
        `95 of 100: rankKey ${f1(o.streak.steadyRankKey)} (score ${f1(o.streak.steadyScore)})`,
      '3 of 3 ranks below 95 of 100',
    ],
    [
      `6. Camouflage: ${c.camouflage.count} sellers good on orders < ¥${c.camouflage.failAboveMinor / 100}, bad above ` +
        `(${o.camouflage.members} with ≥ 10 rated sales)`,
      `hold up ${f2(o.camouflage.holdUpRate)} of the time by count; score ${f1(o.camouflage.gap)} vs honest members ` +
        `with the same count; median rankKey ${f1(o.camouflage.medianRankKey)} vs P25 of honest with quality ≥ 0.9: ` +
        `${f1(o.camouflage.goodHonestP25)}`,
      'score gap ≤ −3; median rankKey below that P25',
    ],
    [
      `7. Whitewashing: ${c.whitewash.count} sellers of quality ${c.whitewash.quality} restart on day ${c.whitewash.day}`,
      `old accounts' median rankKey ${f1(o.whitewash.oldMedianRankKey)}; fresh account: score ${f1(o.whitewash.fresh.score)}, ` +
        `new: ${yes(o.whitewash.fresh.isNew)}, rankKey ${f1(o.whitewash.fresh.rankKey)} vs P10 of established good members ` +
        `${f1(o.whitewash.establishedGoodP10)}; best fresh account at the end ${f1(o.whitewash.freshEndBest)}`,
      'fresh starts new at 50, below that P10; ends below the honest median',
    ],
    [
      `8. Review bombing: ${c.bombing.bombers} fresh accounts, ¥${c.bombing.valueMinor / 100} each, on the best member`,
      `rankKey ${f1(b.before.rankKey)} → ${f1(b.after.rankKey)} (after recompute ${f1(b.afterRecompute.rankKey)}), ` +
        `score ${f1(b.before.score)} → ${f1(b.after.score)} (floor ${f1(b.scoreFloor)}); ` +
        `had every verdict counted fully: rankKey ${f1(b.unweighted.rankKey)}, score ${f1(b.unweighted.score)}`,
      'rankKey moves < 0.5 and stays in the top quartile; score ≥ floor',
    ],
    [
      `9. Drift, immediate vs weekly recompute (${o.drift.recomputes} recomputes)`,
      `bound exceeded: ${o.drift.violations} times; from day ${MATURE_FROM_DAY}: mean ${f2(o.drift.matureMean)}, ` +
        `p99 ${f2(o.drift.matureP99)} (p99 of the bound ${f2(o.drift.matureBoundP99)}), max ${f1(o.drift.matureMax)}; ` +
        `first weeks' max ${f1(o.drift.maxAll)}`,
      'never above the bound; mature mean ≤ 0.6, p99 ≤ 4',
    ],
    [
      '10. Self-dealing (orders through one\'s own recommendation)',
      `${o.selfDealing.count} verdicts, ${o.selfDealing.moved} moved anything`,
      'none moves anything',
    ],
    [
      '11. Recompute convergence',
      `all converged: ${yes(o.convergence.allConverged)}, at most ${o.convergence.maxIterations} iterations`,
      'every recompute converges',
    ],
    [
      `12. Captured verified member: vouches twice for each of ${o.captured.sybils} sybils on day ${c.captured.day}, which then trade among themselves`,
      `best sybil rankKey ${f1(o.captured.bestRankKey)} vs well-rated honest median ${f1(o.captured.wellRatedMedian)}; ` +
        `worst gap over ${o.captured.recomputes} recomputes ${f1(o.captured.worstGap)}; flagged as a ring: ${yes(o.captured.flagged)}` +
        ` (the verified account in it: ${yes(o.captured.verifiedInRing)})`,
      'best < well-rated honest median at every recompute; flagged, without the verified account',
    ],
  ];
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `Seeded market: seed ${c.seed}, ${c.days} days, ${o.members} accounts, ${o.ratings} outcome-backed ratings, ` +
      `recompute every ${c.recomputeEveryDays} days; ran in ${(elapsedMs / 1000).toFixed(1)} s.`,
    '',
    '| check | measured | required |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
  ].join('\n');
}
