// Group buying (拼团): the rules, pure. A supplier's tiers and maximum duration, who may open a
// group, what a join counts for, the price a tier gives, and how a group ends. No clock, no I/O:
// every function takes the values and the instant it decides on (docs/group-buying.md).
import type { Refusal } from './order-policy';

export const HOUR_MS = 3_600_000;

/** At most this many tiers on a product: a short ladder a shopper can read at a glance. */
export const MAX_GROUP_TIERS = 5;
/** The deepest discount a tier may give (50 %): a "group" price below half is a loss leader, not a group buy. */
export const MAX_GROUP_DISCOUNT_BPS = 5000;
/** The largest group a tier may ask for. */
export const MAX_GROUP_SIZE = 100;
/** A supplier's maximum duration may be 1 hour to 14 days. */
export const MIN_GROUP_HOURS = 1;
export const MAX_GROUP_HOURS = 14 * 24;
/** Longest note a leader may add. */
export const MAX_GROUP_NOTE = 300;

/**
 * Joins by accounts with no history (no delivered order of anything yet) count toward the tier
 * only up to this many per established joiner: with 1, newcomers can at most make up half of the
 * count. Not zero, because a group fills through shares and some friends arrive new; not
 * unbounded, because a leader could otherwise reach any tier with fresh accounts of their own.
 */
export const NEWCOMERS_PER_ESTABLISHED_JOINER = 1;

export interface GroupTier {
  /** Counted buyers needed, 2–100. */
  minBuyers: number;
  /** Discount off the unit price in basis points, 1–5000. */
  discountBps: number;
}

// Who may open a group is the "open a group buy" step of the privilege ladder
// (server/domain/privileges.ts: openGroupBuy), asked by graph/group-buys.ts.

/** Why a supplier's tiers are refused, or undefined: sorted by size, each bigger group a deeper discount. */
export function tiersRefusal(tiers: readonly GroupTier[]): string | undefined {
  if (tiers.length > MAX_GROUP_TIERS) return `A product can have at most ${MAX_GROUP_TIERS} group tiers.`;
  for (const [i, tier] of tiers.entries()) {
    if (!Number.isInteger(tier.minBuyers) || tier.minBuyers < 2 || tier.minBuyers > MAX_GROUP_SIZE) {
      return `Each tier needs between 2 and ${MAX_GROUP_SIZE} buyers.`;
    }
    if (!Number.isInteger(tier.discountBps) || tier.discountBps < 1 || tier.discountBps > MAX_GROUP_DISCOUNT_BPS) {
      return `Each tier's discount must be between 0.01 % and ${MAX_GROUP_DISCOUNT_BPS / 100} %.`;
    }
    const before = tiers[i - 1];
    if (before && (tier.minBuyers <= before.minBuyers || tier.discountBps <= before.discountBps)) {
      return 'Tiers must go from the smallest group to the largest, each with a deeper discount.';
    }
  }
  return undefined;
}

/** The unit price at a tier: the discount is rounded down, so a buyer never pays more than advertised less a fen. */
export function tierUnitPrice(priceMinor: number, discountBps: number): number {
  return priceMinor - Math.floor((priceMinor * discountBps) / 10_000);
}

/** The best tier `counted` buyers reach, or undefined below the first. */
export function reachedTier(tiers: readonly GroupTier[], counted: number): GroupTier | undefined {
  return [...tiers].reverse().find((t) => counted >= t.minBuyers);
}

/** One join as the count sees it. */
export interface JoinFacts {
  memberId: string;
  /** Whether the member has a delivered order of anything (history) at the time of the join. */
  established: boolean;
  /** The join's place in the group: 0 for the first. */
  seq: number;
}

/**
 * Buyers counted toward the tier: each member once (their first join), never the leader, and
 * newcomers only up to NEWCOMERS_PER_ESTABLISHED_JOINER per established member.
 */
export function countedBuyers(leaderId: string, joins: readonly JoinFacts[]): { counted: number; members: number; newcomersCapped: number } {
  const seen = new Set<string>();
  let established = 0;
  let newcomers = 0;
  for (const join of [...joins].sort((a, b) => a.seq - b.seq)) {
    if (join.memberId === leaderId || seen.has(join.memberId)) continue;
    seen.add(join.memberId);
    if (join.established) established += 1;
    else newcomers += 1;
  }
  const newcomersCounted = Math.min(newcomers, established * NEWCOMERS_PER_ESTABLISHED_JOINER);
  return { counted: established + newcomersCounted, members: seen.size, newcomersCapped: newcomers - newcomersCounted };
}

/** The deadline a leader asks for: in the future, at least an hour away, within the supplier's maximum. */
export function deadlineRefusal(deadline: number, now: number, maxHours: number): Refusal | undefined {
  if (deadline < now + MIN_GROUP_HOURS * HOUR_MS) {
    return { code: 'BAD_USER_INPUT', message: 'The deadline must be at least an hour from now.' };
  }
  if (deadline > now + maxHours * HOUR_MS) {
    return { code: 'BAD_USER_INPUT', message: `The deadline must be within ${maxHours} hours: the supplier's longest group buy.` };
  }
  return undefined;
}

export type GroupBuyStatus = 'OPEN' | 'COMPLETED' | 'FAILED';

/** How an open group ends now, if it does: why, and at which tier. */
export type Settlement = { outcome: 'COMPLETED'; tier: GroupTier } | { outcome: 'FAILED' } | undefined;

/**
 * What the group's state means at `now`: the target reached completes it at once; the deadline
 * completes it at the tier reached, or fails it below the first tier; the leader's early close
 * completes it once a tier is met (and is refused otherwise, by the caller).
 */
export function settlementAt(
  group: { targetBuyers: number; deadline: number; tiers: readonly GroupTier[] },
  counted: number,
  now: number,
  leaderCloses = false,
): Settlement {
  const tier = reachedTier(group.tiers, counted);
  if (counted >= group.targetBuyers && tier) return { outcome: 'COMPLETED', tier };
  if (now >= group.deadline) return tier ? { outcome: 'COMPLETED', tier } : { outcome: 'FAILED' };
  if (leaderCloses && tier) return { outcome: 'COMPLETED', tier };
  return undefined;
}

/** Tied joiners needed before a group is flagged: one relative at the leader's address is ordinary. */
export const GROUP_TIES_MIN = 2;

/**
 * The group fraud signal (docs/group-buying.md): a completed group whose joiners (the leader
 * aside) are at least GROUP_TIES_MIN and at least half tied to its leader is flagged for review.
 */
export function groupTiesFlagged(joiners: number, tied: number): boolean {
  return tied >= GROUP_TIES_MIN && 2 * tied >= joiners;
}
