// Trusted picks: products ranked by the vouched trust of the members who recommend them and by how
// those recommendations held up for buyers (PRODUCT.md, "Trust as currency"), optionally from the
// viewer's own circle. Pure: plain values in, plain values out.
//
// Only recommenders past the ladder's TRUSTED_PICK step count (server/domain/privileges.ts): a
// placement in front of every shopper is the network saying "a sure bet", and their evidence
// alone is the product's (a recommender below the step adds neither trust nor verdicts).
//
// pick score = trust × held-up bound, where
// - trust is the sum of the counted recommenders' rank keys (0–100) over 100 — personalised, each recommender weighs what the
//   viewer's trust in them is (1 for someone they follow or bought through and said it held up,
//   ½ for someone those follow: trust propagated one step), and only trusted recommenders count;
// - the held-up bound is the lower bound of a 90 % Wilson interval on the share of buyers who said
//   the product's recommendations held up (a refund without a verdict counts as "did not"), with
//   one held-up and one let-down assumed before any verdict: 3 of 3 does not outrank 95 of 100,
//   and a product nobody judged yet stands at a modest share rather than at nothing.

import { reaches, type PrivilegeThreshold } from '../privileges';

/** z of a one-sided 90 % bound (as the rank key's own lower bound is read). */
export const PICK_Z = 1.2816;
/** What a recommender the viewer's circle reaches one step further weighs. */
export const ONE_STEP_WEIGHT = 0.5;

/** One recommender of a product: their trust now, and how buyers judged their recommendation of it. */
export interface RecommenderEvidence {
  memberId: string;
  rankKey: number;
  confidence: number;
  /** Buyers through their recommendation who said it held up. */
  heldUp: number;
  /** Buyers who judged: verdicts, plus refunds without one. */
  judged: number;
}

export interface ProductEvidence {
  productId: string;
  /** The product's vouched recommenders (rank key > 0), each with their own evidence. */
  recommenders: RecommenderEvidence[];
}

export interface RankedPick {
  productId: string;
  score: number;
  /** Recommenders counted (all past the step, or those of them the viewer trusts), best rank key first. */
  recommenderIds: string[];
  /** Held up and judged through the recommendations of every recommender past the step. */
  heldUp: number;
  judged: number;
}

/** Lower bound of the share that held up, with one of each assumed beforehand. */
export function heldUpBound(heldUp: number, judged: number): number {
  const n = judged + 2;
  const p = (heldUp + 1) / n;
  const z2 = PICK_Z * PICK_Z;
  return (p + z2 / (2 * n) - PICK_Z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n);
}

/**
 * The picks, best first (ties by product id). `step` is the ladder's TRUSTED_PICK threshold: only
 * recommenders who reach it count. `trusted` personalises: a weight per member the viewer trusts;
 * products none of them recommends are left out, and the held-up evidence stays that of every
 * recommender past the step (whom I trust chooses whose word counts, not which buyers are believed).
 */
export function rankPicks(products: readonly ProductEvidence[], step: PrivilegeThreshold, trusted?: ReadonlyMap<string, number>): RankedPick[] {
  const picks: RankedPick[] = [];
  for (const p of products) {
    const placed = p.recommenders.filter((r) => reaches(r, step));
    const counted = placed
      .filter((r) => !trusted || trusted.has(r.memberId))
      .sort((a, b) => b.rankKey - a.rankKey || a.memberId.localeCompare(b.memberId));
    if (counted.length === 0) continue;
    const trust = counted.reduce((sum, r) => sum + (trusted?.get(r.memberId) ?? 1) * (r.rankKey / 100), 0);
    const heldUp = placed.reduce((sum, r) => sum + r.heldUp, 0);
    const judged = placed.reduce((sum, r) => sum + r.judged, 0);
    picks.push({
      productId: p.productId,
      score: Math.round(trust * heldUpBound(heldUp, judged) * 1e6) / 1e6,
      recommenderIds: counted.map((r) => r.memberId),
      heldUp,
      judged,
    });
  }
  return picks.sort((a, b) => b.score - a.score || a.productId.localeCompare(b.productId));
}
