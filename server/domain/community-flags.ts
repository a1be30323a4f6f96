// Community flags: members whose trust has reached the flag step ask an admin to look at a
// recommendation. The rules, pure:
// - a flag has a reason from a short list and a text that says what is wrong;
// - its weight is the flagger's rank key / 100 at the moment of flagging (0.65–1 past the default
//   step), so a long record's doubt counts more than a shorter one's;
// - a recommendation's open flags raise one review item for the admin once their weights add up
//   to `reviewWeight` (default 0.8: one member with rank key 80+ alone, or any two past the step);
// - a flag never moves trust: only buyers' verdicts and refunds do (docs/privileges.md);
// - abuse costs the privilege: `abuseDismissed` flags dismissed by an admin within `abuseDays`
//   suspend it until the oldest of them is older than the window.

export const FLAG_REASONS = ['NOT_FIRST_HAND', 'MISLEADING', 'PAID_OR_UNDISCLOSED', 'SPAM', 'OFFENSIVE', 'OTHER'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export const FLAG_TEXT_MIN = 10;
export const FLAG_TEXT_MAX = 500;

export interface FlagRules {
  /** Open flags on one recommendation whose weights add up to this raise a review item. */
  readonly reviewWeight: number;
  /** This many dismissed flags within abuseDays suspend the flag privilege. */
  readonly abuseDismissed: number;
  readonly abuseDays: number;
}

export const DEFAULT_FLAG_RULES: FlagRules = Object.freeze({ reviewWeight: 0.8, abuseDismissed: 3, abuseDays: 90 });

const DAY_MS = 86_400_000;

/** A flag's weight: the flagger's vouched rank key on 0–1, three decimals. */
export function flagWeight(rankKey: number): number {
  return Math.round(Math.min(100, Math.max(0, rankKey)) * 10) / 1000;
}

/** True once the open flags' weights call for an admin's review. */
export function callsForReview(weights: readonly number[], rules: FlagRules = DEFAULT_FLAG_RULES): boolean {
  // Summed in thousandths: 0.4 + 0.4 must reach 0.8.
  return weights.reduce((sum, w) => sum + Math.round(w * 1000), 0) >= Math.round(rules.reviewWeight * 1000);
}

/**
 * The suspension of the flag privilege for these dismissals (epoch ms, any order), or null. It
 * ends when enough of them have left the window that fewer than abuseDismissed remain.
 */
export function flagAbuseSuspension(
  dismissedAt: readonly number[],
  now: number,
  rules: FlagRules = DEFAULT_FLAG_RULES,
): { reason: 'FLAG_ABUSE'; until: number } | null {
  const windowMs = rules.abuseDays * DAY_MS;
  const recent = dismissedAt.filter((at) => at <= now && now - at < windowMs).sort((a, b) => b - a);
  if (recent.length < rules.abuseDismissed) return null;
  // Newest first: the suspension lasts until the abuseDismissed-th newest leaves the window.
  return { reason: 'FLAG_ABUSE', until: recent[rules.abuseDismissed - 1]! + windowMs };
}
