// How much of its base share a beneficiary earns, given their trust. The shape is
// floor-then-linear: nothing at or below `trustFloor`, everything at or above `trustFull`, a
// straight line between. Why not simply trust / 100:
// - a recommender whose buyers keep saying "did not hold up" sinks below the floor and earns
//   nothing at all, instead of a steady trickle for bad advice;
// - a full share is reachable: EigenTrust-style scores of honest, well-rated members settle well
//   below 100, and paying them 80% of their share forever would punish the good ones;
// - a newcomer at the neutral prior (50) earns half, so a fresh account (a whitewashed one too)
//   earns less than a proven member but still has a reason to recommend well;
// - the line is continuous and non-decreasing: no cliff to game, and more trust never pays less.
// Everything is quantised to integer basis points before it touches money, so the split stays
// exact; flooring a non-decreasing value keeps it non-decreasing.

import { CommissionRuleError } from './errors';
import { BPS_DENOMINATOR } from './money';
import type { BeneficiaryRole } from './beneficiaries';

/** The parameters of the split. See DEFAULT_SPLIT_PARAMS for the values and docs/commissions.md. */
export interface SplitParams {
  /** Author's base share of the pool when the sale has a re-sharer seat, in bp. */
  readonly authorBps: number;
  /** Re-sharer's base share of the pool, in bp. Alone, the author's base is author + re-sharer. */
  readonly resharerBps: number;
  /** Trust at or below which the factor is 0 (0–100). */
  readonly trustFloor: number;
  /** Trust at or above which the factor is 1 (0–100, above trustFloor). */
  readonly trustFull: number;
}

/** 80/20 author/re-sharer, factor 0 at trust ≤ 20, 1 at trust ≥ 80. */
export const DEFAULT_SPLIT_PARAMS: SplitParams = Object.freeze({
  authorBps: 8_000,
  resharerBps: 2_000,
  trustFloor: 20,
  trustFull: 80,
});

/** Throws INVALID_PARAMS unless the parameters are within their documented bounds. */
export function assertSplitParams(params: SplitParams): SplitParams {
  const { authorBps, resharerBps, trustFloor, trustFull } = params;
  const wholeBps = (v: number) => Number.isInteger(v) && v >= 0 && v <= BPS_DENOMINATOR;
  const ok =
    wholeBps(authorBps) &&
    wholeBps(resharerBps) &&
    authorBps + resharerBps <= BPS_DENOMINATOR &&
    Number.isFinite(trustFloor) &&
    Number.isFinite(trustFull) &&
    trustFloor >= 0 &&
    trustFull <= 100 &&
    trustFloor < trustFull;
  if (!ok) {
    throw new CommissionRuleError(
      'INVALID_PARAMS',
      'split parameters need whole bp shares summing to at most 10,000 and 0 ≤ trustFloor < trustFull ≤ 100',
      { ...params },
    );
  }
  return params;
}

/** Throws INVALID_TRUST unless `trust` is a finite number in [0, 100]. */
export function assertTrust(trust: unknown, memberId: string): number {
  if (typeof trust !== 'number' || !Number.isFinite(trust) || trust < 0 || trust > 100) {
    throw new CommissionRuleError(
      'INVALID_TRUST',
      `trust of ${memberId} must be a number from 0 to 100, got ${String(trust)}`,
      { memberId, trust },
    );
  }
  return trust;
}

/**
 * The trust factor f(trust) in basis points (0..10,000): 0 at or below trustFloor, 10,000 at or
 * above trustFull, floor((trust − floor) × 10,000 / (full − floor)) between. Non-decreasing in
 * trust (IEEE subtraction, multiplication and division by positive constants are monotone, and
 * so is Math.floor). Callers validate trust and params.
 */
export function trustFactorBps(trust: number, params: SplitParams = DEFAULT_SPLIT_PARAMS): number {
  if (trust <= params.trustFloor) return 0;
  if (trust >= params.trustFull) return BPS_DENOMINATOR;
  const scaled = ((trust - params.trustFloor) * BPS_DENOMINATOR) / (params.trustFull - params.trustFloor);
  return Math.min(BPS_DENOMINATOR, Math.max(0, Math.floor(scaled)));
}

/**
 * The base share of a role, in bp of the pool. Bases follow the seats that exist:
 * - author and re-sharer: authorBps and resharerBps;
 * - author alone: both bases — a sale without a re-sharer seat (no re-share, or one that was
 *   excluded, e.g. the buyer's own link) is paid as if it came through the author's own link;
 * - re-sharer alone (the author was excluded as the buyer's inviter): resharerBps only. A
 *   re-sharer never earns more than a re-sharer's base; the author's base stays with the supplier.
 */
export function baseShareBps(role: BeneficiaryRole, hasResharer: boolean, params: SplitParams): number {
  if (role === 'RESHARER') return params.resharerBps;
  return hasResharer ? params.authorBps : params.authorBps + params.resharerBps;
}

/** weight = floor(base × factor / 10,000): the part of the pool a beneficiary is entitled to, bp. */
export function weightBps(baseBps: number, factorBps: number): number {
  return Math.floor((baseBps * factorBps) / BPS_DENOMINATOR);
}
