// Turns a simulation record into the numbers the assertions check and the table prints, so the
// table in docs/trust-model.md and the assertions can never disagree about what was measured.

import { DEFAULT_TRUST_PARAMS, type MemberTrust } from '../../server/domain/trust';
import type { SimMember } from './market';
import type { SimRecord } from './simulation';
import { mean, median, quantile, spearman } from './stats';

/** Recomputes from this day on count as a mature network for the drift figures. */
export const MATURE_FROM_DAY = 90;

export interface SimOutcomes {
  readonly ratings: number;
  readonly members: number;
  readonly correlation: { members: number; score: number; rankKey: number; countOracle: number };
  readonly ring: {
    size: number; ratedSalesMedian: number; bestRankKey: number; bestScore: number;
    bestImmediateRankKey: number; honestMedian: number; worstGap: number; flagged: boolean;
  };
  readonly pair: { ratedSales: number; bestRankKey: number; peers: number; peersMin: number; peersMedian: number; flagged: boolean };
  /** The captured verified member's sybils: best rankKey vs the well-rated honest median, at every recompute. */
  readonly captured: {
    sybils: number; recomputes: number; bestRankKey: number; wellRatedMedian: number; worstGap: number;
    flagged: boolean; verifiedInRing: boolean;
  };
  readonly newcomers: { count: number; salesToTopQuartile: (number | null)[]; worst: number };
  readonly streak: { luckyRankKey: number; luckyScore: number; steadyRankKey: number; steadyScore: number };
  readonly camouflage: { members: number; holdUpRate: number; gap: number; medianRankKey: number; goodHonestP25: number };
  readonly whitewash: {
    oldMedianRankKey: number; fresh: MemberTrust; establishedGoodP10: number; freshEndBest: number; honestMedian: number;
  };
  readonly bombing: {
    before: MemberTrust; after: MemberTrust; unweighted: MemberTrust; afterRecompute: MemberTrust;
    topQuartile: number; scoreFloor: number;
  };
  readonly drift: {
    recomputes: number; violations: number; maxAll: number; matureMax: number; matureP99: number; matureMean: number;
    matureBoundP99: number;
  };
  readonly convergence: { allConverged: boolean; maxIterations: number };
  readonly selfDealing: { count: number; moved: number };
}

export function outcomesOf(r: SimRecord): SimOutcomes {
  const market = r.market;
  const p = DEFAULT_TRUST_PARAMS;
  const counts = verdictCounts(r);
  const honestMedian = median(r.honest.map((m) => m.trust.rankKey));
  const established = r.honest.filter((m) => m.ratedSales >= 10);
  const quality = established.map((m) => m.quality);

  const pairSales = Math.min(...r.pair.map((m) => m.ratedSales));
  const peers = r.honest.filter((m) => m.ratedSales >= pairSales);
  const decent = peers.filter((m) => m.quality >= 0.5);
  const pairIds = new Set(r.pair.map((m) => m.id));

  const camo = r.camouflage.filter((m) => m.ratedSales >= 10);
  const gaps = camo.map((m) => {
    const rate = counts.rate(m);
    const alike = established.filter((h) => Math.abs(counts.rate(h) - rate) <= 0.05);
    return m.trust.score - mean(alike.map((h) => h.trust.score));
  });

  const b = r.bombing;
  // Whatever unvouched accounts say, effective unvouched evidence is at most unvouchedCap, so the
  // score cannot fall below the vouched evidence plus `cap` bad verdicts (docs: "Review bombing").
  const v = b.before;
  const floor = (100 * (v.vouchedPositive + p.priorPositive)) /
    (v.vouchedPositive + v.vouchedNegative + p.unvouchedCap + p.priorPositive + p.priorNegative);

  const matureChecks = market.drift.filter((d) => d.day >= MATURE_FROM_DAY);
  const mature = matureChecks.flatMap((d) => d.drifts);
  return {
    ratings: market.ratings.length,
    members: market.members.length,
    correlation: {
      members: established.length,
      score: spearman(established.map((m) => m.trust.score), quality),
      rankKey: spearman(established.map((m) => m.trust.rankKey), quality),
      countOracle: spearman(established.map((m) => counts.rate(m)), quality),
    },
    captured: {
      sybils: r.captured.sybils.length,
      recomputes: r.capturedSeries.length,
      bestRankKey: Math.max(...r.captured.sybils.map((m) => m.trust.rankKey)),
      wellRatedMedian: r.capturedSeries.at(-1)?.wellRatedMedian ?? Number.NaN,
      worstGap: Math.max(...r.capturedSeries.map((s) => s.sybilBest - s.wellRatedMedian)),
      flagged: market.rings.some((ring) => r.captured.sybils.filter((m) => ring.includes(m.id)).length >= r.captured.sybils.length * 0.8),
      verifiedInRing: market.rings.some((ring) => r.captured.verified !== null && ring.includes(r.captured.verified.id)),
    },
    ring: {
      size: r.ring.length,
      ratedSalesMedian: median(r.ring.map((m) => m.ratedSales)),
      bestRankKey: Math.max(...r.ring.map((m) => m.trust.rankKey)),
      bestScore: Math.max(...r.ring.map((m) => m.trust.score)),
      bestImmediateRankKey: Math.max(...r.ring.map((m) => r.immediateAtEnd.get(m.id)!.rankKey)),
      honestMedian,
      worstGap: Math.max(...r.ringSeries.map((s) => s.ringBest - s.honestMedian)),
      flagged: market.rings.some((ring) => r.ring.every((m) => ring.includes(m.id))),
    },
    pair: {
      ratedSales: pairSales,
      bestRankKey: Math.max(...r.pair.map((m) => m.trust.rankKey)),
      peers: decent.length,
      peersMin: Math.min(...decent.map((m) => m.trust.rankKey)),
      peersMedian: median(peers.map((m) => m.trust.rankKey)),
      flagged: market.reciprocalPairs.some(([a, c]) => pairIds.has(a) && pairIds.has(c)),
    },
    newcomers: {
      count: r.newcomers.length,
      salesToTopQuartile: r.newcomers.map((n) => n.salesToTopQuartile),
      worst: Math.max(...r.newcomers.map((n) => n.salesToTopQuartile ?? Number.POSITIVE_INFINITY)),
    },
    streak: {
      luckyRankKey: r.lucky.trust.rankKey,
      luckyScore: r.lucky.trust.score,
      steadyRankKey: r.steady.trust.rankKey,
      steadyScore: r.steady.trust.score,
    },
    camouflage: {
      members: camo.length,
      holdUpRate: mean(camo.map((m) => counts.rate(m))),
      gap: mean(gaps),
      medianRankKey: median(camo.map((m) => m.trust.rankKey)),
      goodHonestP25: quantile(established.filter((m) => m.quality >= 0.9).map((m) => m.trust.rankKey), 0.25),
    },
    whitewash: {
      oldMedianRankKey: median(r.whitewash.map((w) => w.old.trust.rankKey)),
      fresh: r.whitewash[0]!.freshAtStart,
      establishedGoodP10: r.establishedGoodP10,
      freshEndBest: Math.max(...r.whitewash.map((w) => w.fresh.trust.rankKey)),
      honestMedian,
    },
    bombing: {
      before: b.before, after: b.after, unweighted: b.unweightedAfter, afterRecompute: b.afterRecompute!,
      topQuartile: b.topQuartile, scoreFloor: floor,
    },
    drift: {
      recomputes: market.drift.length,
      violations: market.drift.reduce((s, d) => s + d.boundViolations, 0),
      maxAll: Math.max(...market.drift.flatMap((d) => d.drifts)),
      matureMax: Math.max(...mature),
      matureP99: quantile(mature, 0.99),
      matureMean: mean(mature),
      matureBoundP99: quantile(matureChecks.flatMap((d) => d.bounds), 0.99),
    },
    convergence: {
      allConverged: market.drift.every((d) => d.converged),
      maxIterations: Math.max(...market.drift.map((d) => d.iterations)),
    },
    selfDealing: { count: market.selfDealings, moved: market.selfDealingMoved },
  };
}

/** Count-based hold-up rate per recommender: what an unweighted oracle would see. */
function verdictCounts(r: SimRecord) {
  const held = new Map<string, number>();
  const all = new Map<string, number>();
  for (const x of r.market.ratings) {
    if (x.raterId === x.recommenderId) continue;
    all.set(x.recommenderId, (all.get(x.recommenderId) ?? 0) + 1);
    if (x.heldUp) held.set(x.recommenderId, (held.get(x.recommenderId) ?? 0) + 1);
  }
  return { rate: (m: SimMember) => (held.get(m.id) ?? 0) / Math.max(1, all.get(m.id) ?? 0) };
}
