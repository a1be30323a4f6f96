// The stored trust state of one member and everything derived from it. Only the four evidence
// sums, `reach` and `evidenceAt` carry information; score, confidence, rankKey and isNew are
// recomputed from them every time, and stored beside them only so the database can index and
// show them without calling back into this module.
//
// Evidence is kept in two pots (Beta reputation, Jøsang & Ismail 2002):
// - vouched: the part of each verdict's weight that comes from the rater's reach, i.e. from
//   trust that flowed to the rater from the verified seed;
// - unvouched: the rest, the small voice every account has. The pot saturates as a whole,
//   because the network cannot tell a thousand fresh accounts from one person.
// Both decay with the same half-life (forgetting), so multiplying every sum by one factor is an
// exact decay: decaying step by step gives the same numbers as decaying each verdict from its
// own date, which is what keeps the immediate updates and the global recompute in agreement.

import { expm1, isFiniteNumber, isoAt, round } from './builtins';
import { TrustRuleError, isoTimeOf, timeOf } from './errors';
import { DEFAULT_TRUST_PARAMS, type TrustParams } from './params';
import { confidenceOf, posteriorMean, rankBound, type EffectiveEvidence } from './rank';

/** Milliseconds in a day: half-lives are in days, instants in epoch milliseconds. */
export const DAY_MS = 86_400_000;

/** Decayed, weighted evidence sums (units: full-weight verdicts). */
export interface TrustEvidence {
  readonly vouchedPositive: number;
  readonly vouchedNegative: number;
  readonly unvouchedPositive: number;
  readonly unvouchedNegative: number;
}

/** The stored state of one member: plain JSON-able numbers, a string and a boolean. */
export interface MemberTrust extends TrustEvidence {
  /** Posterior mean hold-up rate × 100, one decimal. Newcomers: 50. */
  readonly score: number;
  /** How much evidence stands behind the score, 0–1 (three decimals). */
  readonly confidence: number;
  /** Wilson lower bound × 100 of the vouched evidence (three decimals): what leaderboards sort on. */
  readonly rankKey: number;
  /** Less than `newcomerEvidence` effective evidence: shown as new. */
  readonly isNew: boolean;
  /** 0–1: how strongly trust from the verified seed reaches this member as a rater (1 = verified). */
  readonly reach: number;
  /** ISO instant the evidence sums were last decayed to. */
  readonly evidenceAt: string;
}

export const NO_EVIDENCE: TrustEvidence = Object.freeze({
  vouchedPositive: 0,
  vouchedNegative: 0,
  unvouchedPositive: 0,
  unvouchedNegative: 0,
});

const roundTo = (v: number, digits: number) => {
  const f = 10 ** digits;
  return round(v * f) / f;
};

/** A score change to one decimal, halves away from zero, so +x and −x display alike. */
export function roundDelta(delta: number): number {
  return (delta < 0 ? -round(-delta * 10) : round(delta * 10)) / 10;
}

/** The fraction of evidence left after `days`: 2^(−days / halfLife); 1 for days ≤ 0. */
export function decayFactor(days: number, params: TrustParams = DEFAULT_TRUST_PARAMS): number {
  return days > 0 ? 2 ** (-days / params.halfLifeDays) : 1;
}

/** Vouched evidence plus the unvouched pot saturated at `unvouchedCap`: cap·(1 − e^(−u/cap)). */
export function effectiveEvidence(e: TrustEvidence, params: TrustParams = DEFAULT_TRUST_PARAMS): EffectiveEvidence {
  const u = e.unvouchedPositive + e.unvouchedNegative;
  // The saturation keeps the good/bad proportions of the pot; u/cap small means ratio ≈ 1.
  const ratio = u > 1e-12 ? (params.unvouchedCap * -expm1(-u / params.unvouchedCap)) / u : 1;
  return {
    positive: e.vouchedPositive + e.unvouchedPositive * ratio,
    negative: e.vouchedNegative + e.unvouchedNegative * ratio,
  };
}

/** Builds the full state from evidence sums decayed to `at`. */
export function deriveTrust(
  e: TrustEvidence,
  reach: number,
  at: Date,
  params: TrustParams = DEFAULT_TRUST_PARAMS,
): MemberTrust {
  return buildTrust(e, reach, isoAt(timeOf(at, 'at')), params);
}

/**
 * deriveTrust with the instant already formatted, for the recompute's 100k calls with one `now`.
 * Built field by field: V8 clones a spread-then-extended object literal an order of magnitude
 * slower than it builds a plain one.
 */
export function buildTrust(e: TrustEvidence, reach: number, evidenceAt: string, params: TrustParams): MemberTrust {
  assertEvidence(e, reach);
  const eff = effectiveEvidence(e, params);
  return {
    vouchedPositive: e.vouchedPositive,
    vouchedNegative: e.vouchedNegative,
    unvouchedPositive: e.unvouchedPositive,
    unvouchedNegative: e.unvouchedNegative,
    score: roundTo(100 * posteriorMean(eff, params), 1),
    confidence: roundTo(confidenceOf(eff, params), 3),
    rankKey: roundTo(100 * rankBound({ positive: e.vouchedPositive, negative: e.vouchedNegative }, params), 3),
    isNew: eff.positive + eff.negative < params.newcomerEvidence,
    reach,
    evidenceAt,
  };
}

/** A member who just joined: no evidence, score 50, marked new, no voice beyond minVoice. */
export function newcomerTrust(now: Date, params: TrustParams = DEFAULT_TRUST_PARAMS): MemberTrust {
  return deriveTrust(NO_EVIDENCE, 0, now, params);
}

/**
 * A verified (pre-trusted) member who just joined: like a newcomer, but with reach 1, so their
 * verdicts count fully from the first day. Verification buys a voice, not a rank: their own
 * recommendations still earn their score like anyone's.
 */
export function seedTrust(now: Date, params: TrustParams = DEFAULT_TRUST_PARAMS): MemberTrust {
  return deriveTrust(NO_EVIDENCE, 1, now, params);
}

/** The state of a member an admin has just verified: same evidence, reach 1. */
export function markVerified(t: MemberTrust, params: TrustParams = DEFAULT_TRUST_PARAMS): MemberTrust {
  return buildTrust(t, 1, isoAt(isoTimeOf(t.evidenceAt, 'evidenceAt')), params);
}

/**
 * Decays the evidence to `now`. A `now` before `evidenceAt` (clocks of two servers disagreeing)
 * leaves the state as it is: evidence is never un-forgotten.
 */
export function decayTrust(t: MemberTrust, now: Date, params: TrustParams = DEFAULT_TRUST_PARAMS): MemberTrust {
  return decayToMs(t, timeOf(now, 'now'), params);
}

/** decayTrust at epoch milliseconds, for callers that already hold them. */
export function decayToMs(t: MemberTrust, nowMs: number, params: TrustParams): MemberTrust {
  const fromMs = isoTimeOf(t.evidenceAt, 'evidenceAt');
  if (nowMs <= fromMs) return t;
  const f = decayFactor((nowMs - fromMs) / DAY_MS, params);
  const decayed: TrustEvidence = {
    vouchedPositive: t.vouchedPositive * f,
    vouchedNegative: t.vouchedNegative * f,
    unvouchedPositive: t.unvouchedPositive * f,
    unvouchedNegative: t.unvouchedNegative * f,
  };
  return buildTrust(decayed, t.reach, isoAt(nowMs), params);
}

const sum = (v: number) => isFiniteNumber(v) && v >= 0;

function assertEvidence(e: TrustEvidence, reach: number): void {
  const ok =
    sum(e.vouchedPositive) &&
    sum(e.vouchedNegative) &&
    sum(e.unvouchedPositive) &&
    sum(e.unvouchedNegative) &&
    isFiniteNumber(reach) &&
    reach >= 0 &&
    reach <= 1;
  if (!ok) {
    const { vouchedPositive, vouchedNegative, unvouchedPositive, unvouchedNegative } = e;
    throw new TrustRuleError('INVALID_TRUST', 'evidence sums must be finite and ≥ 0, reach in [0, 1]', {
      vouchedPositive,
      vouchedNegative,
      unvouchedPositive,
      unvouchedNegative,
      reach,
    });
  }
}

/**
 * The trust a commission is weighted by (0–100): the score of a record with vouched standing
 * (rankKey > 0), else 0. An unvouched score rests on accounts nobody vouches for, so it earns the
 * floor: a fresh identity, a whitewashed one or a sybil's, earns no more than the record it
 * abandoned, and praise from unvouched accounts buys no share of any pool.
 */
export function commissionTrust(t: Pick<MemberTrust, 'score' | 'rankKey'>): number {
  return t.rankKey > 0 ? t.score : 0;
}
