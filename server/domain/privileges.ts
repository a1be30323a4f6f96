// What trust opens: a ladder of privileges, the way reputation unlocks abilities on Stack
// Overflow. Each step has a threshold on the rank key (the lower confidence bound of the vouched
// evidence, never the score: unvouched praise opens no door) and on confidence (how much evidence
// stands behind the record). A standing is computed from the member's current trust every time it
// is asked, so a privilege is lost again the moment trust falls below its step: nothing to revoke.
// Pure: plain values in, plain values out; the thresholds come from configuration (server/config.ts).
import { DEFAULT_FLAG_RULES, type FlagRules } from './community-flags';

/** The ladder, lowest step first. */
export const PRIVILEGES = ['onBoards', 'reshare', 'openGroupBuy', 'trustedPick', 'flag'] as const;
export type Privilege = (typeof PRIVILEGES)[number];

/** At least this rank key (0–100) and this confidence (0–1); every step also needs a vouched record. */
export interface PrivilegeThreshold {
  readonly rankKey: number;
  readonly confidence: number;
}

export type PrivilegeLadder = Readonly<Record<Privilege, PrivilegeThreshold>>;

/**
 * Defaults, and why. A record of n verdicts that all held up, from vouched buyers, has rank key
 * 100·n/(n + 3.84) and confidence n/(n + 10), so each step reads as "about n clean sales":
 * - onBoards 0/0: a vouched record (rank key above 0), exactly the boards' own rule.
 * - reshare 20/0.09: about one sale that held up (20.7, confidence 0.091). Earning a share of someone else's pool
 *   asks for a record of one's own first, so a fresh account cannot farm re-share links.
 * - openGroupBuy 40/0.20: about three (43.8). A group buy puts many buyers' money behind one
 *   recommendation at once; a short but clean record stands behind it.
 * - trustedPick 55/0.30: about five (56.6). Placement in front of every shopper is the network
 *   saying "these people are sure bets".
 * - flag 65/0.40: about eight (67.6). A flag spends an admin's time and casts doubt on someone
 *   else's record; only a long record may do that, and its weight grows with the flagger's trust.
 */
export const DEFAULT_PRIVILEGE_LADDER: PrivilegeLadder = Object.freeze({
  onBoards: { rankKey: 0, confidence: 0 },
  reshare: { rankKey: 20, confidence: 0.09 },
  openGroupBuy: { rankKey: 40, confidence: 0.2 },
  trustedPick: { rankKey: 55, confidence: 0.3 },
  flag: { rankKey: 65, confidence: 0.4 },
});

/** The part of a member's trust a standing reads (server/domain/trust MemberTrust has it). */
export interface TrustStanding {
  readonly rankKey: number;
  readonly confidence: number;
}

/** Why a privilege the trust would open is closed anyway. */
export interface Suspension {
  readonly reason: 'FLAG_ABUSE';
  /** Epoch ms when it ends by itself. */
  readonly until: number;
}

export interface PrivilegeStanding {
  readonly privilege: Privilege;
  readonly unlocked: boolean;
  readonly threshold: PrivilegeThreshold;
  readonly rankKey: number;
  readonly confidence: number;
  /** 0–1: how far along towards this step (1 once the trust reaches it, even when suspended). */
  readonly progress: number;
  readonly suspension: Suspension | null;
}

/** The trust reaches the step: a vouched record, at or past both thresholds. */
export function reaches(trust: TrustStanding, threshold: PrivilegeThreshold): boolean {
  return trust.rankKey > 0 && trust.rankKey >= threshold.rankKey && trust.confidence >= threshold.confidence;
}

/**
 * Progress to a step: the lesser of the two ratios, so the bar fills only as both grow. A
 * record without vouched standing has made no progress on any step (its score decides nothing).
 */
export function progressTowards(trust: TrustStanding, threshold: PrivilegeThreshold): number {
  if (reaches(trust, threshold)) return 1;
  if (!(trust.rankKey > 0)) return 0;
  const ratio = (value: number, needed: number) => (needed > 0 ? Math.min(1, Math.max(0, value / needed)) : 1);
  // Just short of 1: a bar that shows full must mean unlocked.
  return Math.min(0.99, ratio(trust.rankKey, threshold.rankKey), ratio(trust.confidence, threshold.confidence));
}

/** One privilege for a member's current trust (and a suspension, when one applies). */
export function privilegeStanding(
  trust: TrustStanding,
  privilege: Privilege,
  ladder: PrivilegeLadder = DEFAULT_PRIVILEGE_LADDER,
  suspension: Suspension | null = null,
): PrivilegeStanding {
  const threshold = ladder[privilege];
  const reached = reaches(trust, threshold);
  return {
    privilege,
    unlocked: reached && suspension === null,
    threshold,
    rankKey: trust.rankKey,
    confidence: trust.confidence,
    progress: progressTowards(trust, threshold),
    suspension: reached ? suspension : null,
  };
}

/** Every step, lowest first. */
export function privilegeLadder(
  trust: TrustStanding,
  ladder: PrivilegeLadder = DEFAULT_PRIVILEGE_LADDER,
  suspensions: Partial<Record<Privilege, Suspension>> = {},
): PrivilegeStanding[] {
  return PRIVILEGES.map((p) => privilegeStanding(trust, p, ladder, suspensions[p] ?? null));
}

/** The lowest step not yet reached: what to work towards; null once every step is reached. */
export function nextPrivilege(standings: readonly PrivilegeStanding[]): PrivilegeStanding | null {
  return standings.find((s) => s.progress < 1) ?? null;
}

/**
 * Which privileges a change of trust opened or closed: the hook a notification of "privilege
 * gained or lost" is built on (called where trust is written; see docs/privileges.md).
 */
export function privilegeChanges(
  before: TrustStanding,
  after: TrustStanding,
  ladder: PrivilegeLadder = DEFAULT_PRIVILEGE_LADDER,
): { gained: Privilege[]; lost: Privilege[] } {
  const gained: Privilege[] = [];
  const lost: Privilege[] = [];
  for (const p of PRIVILEGES) {
    const was = reaches(before, ladder[p]);
    const is = reaches(after, ladder[p]);
    if (!was && is) gained.push(p);
    if (was && !is) lost.push(p);
  }
  return { gained, lost };
}

/** The ladder must climb: each step asks at least what the one below it does. */
export function ladderProblem(ladder: PrivilegeLadder): string | undefined {
  for (let i = 0; i < PRIVILEGES.length; i++) {
    const p = PRIVILEGES[i]!;
    const t = ladder[p];
    if (!(t.rankKey >= 0 && t.rankKey <= 100)) return `${p}: rank key must be between 0 and 100`;
    if (!(t.confidence >= 0 && t.confidence < 1)) return `${p}: confidence must be at least 0 and below 1`;
    const below = i > 0 ? ladder[PRIVILEGES[i - 1]!] : undefined;
    if (below && (t.rankKey < below.rankKey || t.confidence < below.confidence)) {
      return `${p} must ask at least what ${PRIVILEGES[i - 1]} asks (the ladder climbs)`;
    }
  }
  return undefined;
}

/** Why a step is closed, in the API's vocabulary: the caller turns it into a FORBIDDEN error. */
export interface PrivilegeRefusal {
  readonly code: 'FORBIDDEN';
  readonly message: string;
}

/** What each step lets a member do, as the first words of its refusal. */
const ACTIONS: Record<Privilege, string> = {
  onBoards: 'A place on the boards',
  reshare: 'Re-sharing for a share',
  openGroupBuy: 'Opening a group buy',
  trustedPick: 'Trusted-pick placement',
  flag: 'Flagging a recommendation',
};

const fixed = (n: number, digits: number) => (Math.round(n * 10 ** digits) / 10 ** digits).toFixed(digits);
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The refusal for a closed step, stating the threshold and the member's standing; undefined when
 * the step is open. Every action a privilege guards asks this (server/errors.ts's FORBIDDEN).
 */
export function privilegeRefusal(standing: PrivilegeStanding): PrivilegeRefusal | undefined {
  if (standing.unlocked) return undefined;
  // Built apart from the refusal so each step's sentence is one template of
  // server/error-translations.ts (test/unit/privileges.test.ts checks every one translates).
  const { threshold, suspension } = standing;
  const action = ACTIONS[standing.privilege];
  const message = suspension
    ? `${action} is suspended until ${utcDay(suspension.until)}: too many of your flags were dismissed by an admin.`
    : `${action} needs a vouched rank key of at least ${fixed(threshold.rankKey, 1)} and a confidence of at least ` +
      `${fixed(threshold.confidence, 2)}; yours are ${fixed(standing.rankKey, 1)} and ${fixed(standing.confidence, 2)}.`;
  return { code: 'FORBIDDEN', message };
}

/** Thrown by requirePrivilege; the database layer turns it into the API's typed error. */
export class PrivilegeDenied extends Error {
  constructor(readonly refusal: PrivilegeRefusal) {
    super(refusal.message);
    this.name = 'PrivilegeDenied';
  }
}

/**
 * Checks one privilege for a member's current trust and throws PrivilegeDenied (FORBIDDEN, with
 * the threshold and the standing) when it is closed. The call every guarded action makes.
 */
export function requirePrivilege(
  trust: TrustStanding,
  privilege: Privilege,
  ladder: PrivilegeLadder = DEFAULT_PRIVILEGE_LADDER,
  suspension: Suspension | null = null,
): PrivilegeStanding {
  const standing = privilegeStanding(trust, privilege, ladder, suspension);
  const refusal = privilegeRefusal(standing);
  if (refusal) throw new PrivilegeDenied(refusal);
  return standing;
}

/** The configured ladder and community-flag rules together, as the server carries them. */
export interface PrivilegeSettings {
  readonly ladder: PrivilegeLadder;
  readonly flags: FlagRules;
}

export const DEFAULT_PRIVILEGE_SETTINGS: PrivilegeSettings = Object.freeze({ ladder: DEFAULT_PRIVILEGE_LADDER, flags: DEFAULT_FLAG_RULES });
