// Splitting a pool between a sale's beneficiaries by trust, exactly (after SourceCred's
// `splitBudget`: integer parts that add up, no float ever touching money).
//
// Rule, per beneficiary: weight = floor(base share × trust factor), in bp of the pool (see
// trust-weight.ts). What the beneficiaries earn together is paid = floor(pool × Σweight / 10⁴).
// Each first gets floor(pool × weight / 10⁴); the one or two fen those floors lose against `paid`
// go, one each, to the largest remainders (ties: author first, then member id), so the parts
// add up exactly to `paid`. The rest of the pool — low trust, an empty seat, the last fraction
// of a fen — is `retainedMinor` and stays with the supplier; it is never passed to anyone else.
//
// Invariants (property-tested): Σ amounts + retained = pool; every amount ≥ 0; Σ amounts ≤
// pool; a beneficiary's amount never falls when their own trust rises, others fixed. (With two
// beneficiaries, the other's amount can lose the single largest-remainder fen when yours rises.)

import { assertSeats, type Beneficiary, type BeneficiaryRole } from './beneficiaries';
import { BPS_DENOMINATOR, assertMinorUnits, toSafeNumber, type MinorUnits } from './money';
import {
  DEFAULT_SPLIT_PARAMS,
  assertSplitParams,
  assertTrust,
  baseShareBps,
  trustFactorBps,
  weightBps,
  type SplitParams,
} from './trust-weight';

/** One beneficiary's part of a pool, with everything needed to explain it to them. */
export interface CommissionShare {
  readonly memberId: string;
  readonly role: BeneficiaryRole;
  /** Trust score (0–100) the split used. */
  readonly trust: number;
  /** Base share of the role, bp of the pool. */
  readonly baseBps: number;
  /** f(trust), bp (10,000 = the whole base). */
  readonly trustFactorBps: number;
  /** floor(base × factor / 10⁴): what this beneficiary is entitled to, bp of the pool. */
  readonly weightBps: number;
  /** What is paid, in fen: floor(pool × weight / 10⁴), plus at most one largest-remainder fen. */
  readonly amountMinor: MinorUnits;
}

/** The result of a split: the shares, in the order given, and what stays with the supplier. */
export interface CommissionSplit {
  readonly shares: readonly CommissionShare[];
  readonly retainedMinor: MinorUnits;
}

/**
 * Splits `poolMinor` between at most two beneficiaries by trust (rule above).
 * @param poolMinor the sale's commission pool, fen (safe integer ≥ 0)
 * @param beneficiaries the sale's seats with each member's trust now; [] retains everything
 * @param params base shares and trust curve; DEFAULT_SPLIT_PARAMS unless given
 * @throws CommissionRuleError INVALID_AMOUNT, INVALID_BENEFICIARIES, INVALID_TRUST, INVALID_PARAMS
 */
export function splitCommission(
  poolMinor: number,
  beneficiaries: readonly Beneficiary[],
  params: SplitParams = DEFAULT_SPLIT_PARAMS,
): CommissionSplit {
  assertMinorUnits(poolMinor, 'commission pool');
  assertSeats(beneficiaries);
  assertSplitParams(params);
  for (const b of beneficiaries) assertTrust(b.trust, b.memberId);

  const hasResharer = beneficiaries.some((b) => b.role === 'RESHARER');
  const pool = BigInt(poolMinor);
  const denominator = BigInt(BPS_DENOMINATOR);
  const parts = beneficiaries.map((b) => {
    const base = baseShareBps(b.role, hasResharer, params);
    const factor = trustFactorBps(b.trust, params);
    const weight = weightBps(base, factor);
    const exact = pool * BigInt(weight);
    return { b, base, factor, weight, floor: exact / denominator, remainder: exact % denominator };
  });

  const totalWeight = parts.reduce((sum, p) => sum + BigInt(p.weight), 0n);
  const paid = (pool * totalWeight) / denominator;
  let missing = paid - parts.reduce((sum, p) => sum + p.floor, 0n);
  const bonus = new Set<number>();
  const byRemainder = parts
    .map((p, index) => ({ p, index }))
    .sort((x, y) => compareRemainders(x.p, y.p));
  for (const { index } of byRemainder) {
    if (missing <= 0n) break;
    bonus.add(index);
    missing -= 1n;
  }

  const shares = parts.map((p, index) => ({
    memberId: p.b.memberId,
    role: p.b.role,
    trust: p.b.trust,
    baseBps: p.base,
    trustFactorBps: p.factor,
    weightBps: p.weight,
    amountMinor: toSafeNumber(p.floor + (bonus.has(index) ? 1n : 0n), 'commission share'),
  }));
  return { shares, retainedMinor: toSafeNumber(pool - paid, 'retained commission') };
}

/** Larger remainder first; ties: author before re-sharer, then member id (deterministic). */
function compareRemainders(
  x: { remainder: bigint; b: Beneficiary },
  y: { remainder: bigint; b: Beneficiary },
): number {
  if (x.remainder !== y.remainder) return x.remainder > y.remainder ? -1 : 1;
  if (x.b.role !== y.b.role) return x.b.role === 'AUTHOR' ? -1 : 1;
  return x.b.memberId < y.b.memberId ? -1 : x.b.memberId > y.b.memberId ? 1 : 0;
}
