// Notifications: what a member is told about, where each one leads, and who may choose to get
// which. Pure: plain values in and out. Adding a kind is one entry in NOTIFICATION_KINDS (and
// the GraphQL enum, and its sentence in both languages); the graph writes whatever kind the
// domain names, and preferences cover every kind listed here.

import { DEFAULT_PRIVILEGE_LADDER, privilegeChanges, type Privilege, type PrivilegeLadder, type TrustStanding } from './privileges';

/** Each kind, with who may receive it and what it links to. */
export const NOTIFICATION_KINDS = {
  /** A buyer's verdict on my recommendation, with the trust event it caused. */
  VERDICT: { adminsOnly: false, cause: 'recommendation' },
  /** A refund of an order placed through my recommendation that moved my trust down. */
  REFUND_COUNTED: { adminsOnly: false, cause: 'recommendation' },
  /** A commission of mine was confirmed (its hold ended). */
  COMMISSION_CONFIRMED: { adminsOnly: false, cause: 'commission' },
  /** A commission of mine is held for review (a fraud flag on one of its beneficiaries). */
  COMMISSION_HELD: { adminsOnly: false, cause: 'commission' },
  /** A commission of mine was paid out. */
  COMMISSION_PAID: { adminsOnly: false, cause: 'commission' },
  /** A commission of mine was reversed (its order was refunded). */
  COMMISSION_REVERSED: { adminsOnly: false, cause: 'commission' },
  /** Someone I follow posted a recommendation. */
  NEW_RECOMMENDATION: { adminsOnly: false, cause: 'recommendation' },
  /** Someone started following me. */
  NEW_FOLLOWER: { adminsOnly: false, cause: 'member' },
  /** A fraud flag was raised (admins review them). */
  FRAUD_FLAG: { adminsOnly: true, cause: 'flag' },
  /** A group buy I lead or joined completed: every join placed at the tier price. */
  GROUP_BUY_COMPLETED: { adminsOnly: false, cause: 'group' },
  /** A group buy I lead or joined failed: every join released, nobody paid. */
  GROUP_BUY_FAILED: { adminsOnly: false, cause: 'group' },
  /** After the daily snapshot: my place among the people I follow and who follow me, and who passed me. */
  CIRCLE_DAY: { adminsOnly: false, cause: 'circle' },
  /** My trust reached a step of the privilege ladder (a verdict or the recompute raised it). */
  PRIVILEGE_GAINED: { adminsOnly: false, cause: 'privilege' },
  /** My trust fell below a step I held: what it allowed is closed again until trust returns. */
  PRIVILEGE_LOST: { adminsOnly: false, cause: 'privilege' },
} as const satisfies Record<string, { adminsOnly: boolean; cause: CauseKind }>;

export type CauseKind = 'recommendation' | 'commission' | 'member' | 'flag' | 'group' | 'circle' | 'privilege';
export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, value);
}

/** The kinds a member may receive and set preferences for. */
export function kindsFor(roles: readonly string[]): NotificationKind[] {
  const admin = roles.includes('ADMIN');
  return NOTIFICATION_KIND_NAMES.filter((k) => admin || !NOTIFICATION_KINDS[k].adminsOnly);
}

/**
 * What a member chose. Stored as the exceptions to the defaults (in the inbox: every kind; by
 * email: none), so a kind added later reaches everyone's inbox and nobody's mailbox unasked.
 */
export interface NotificationChoices {
  inAppOff: readonly string[];
  emailOn: readonly string[];
}

export interface NotificationPreference {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
}

export function preferencesOf(choices: NotificationChoices, roles: readonly string[]): NotificationPreference[] {
  return kindsFor(roles).map((kind) => ({ kind, inApp: !choices.inAppOff.includes(kind), email: choices.emailOn.includes(kind) }));
}

/** The stored exceptions after one kind's preference is set. */
export function withPreference(choices: NotificationChoices, pref: NotificationPreference): NotificationChoices {
  const set = (list: readonly string[], on: boolean) => [...list.filter((k) => k !== pref.kind), ...(on ? [pref.kind] : [])].sort();
  return { inAppOff: set(choices.inAppOff, !pref.inApp), emailOn: set(choices.emailOn, pref.email) };
}

/** What a notification refers to: the ids a link is made from (resolved when read). */
export interface NotificationRefs {
  recommendationCode: string | null;
  actorHandle: string | null;
  groupBuyId: string | null;
}

/**
 * The web path of a notification's cause. Recommendations open on their own page (the share
 * page), commissions on the member's commission list, members on their page, flags in the
 * admin's review queue.
 */
export function linkOf(kind: NotificationKind, refs: NotificationRefs): string {
  switch (NOTIFICATION_KINDS[kind].cause) {
    case 'recommendation':
      return refs.recommendationCode ? `/r/${refs.recommendationCode}` : '/me';
    case 'commission':
      return '/me/commissions';
    case 'member':
      return refs.actorHandle ? `/m/${refs.actorHandle}` : '/me';
    case 'flag':
      return '/admin';
    case 'group':
      return refs.groupBuyId ? `/g/${refs.groupBuyId}` : '/me';
    case 'circle':
      // The day's card with who passed me, and the history of my daily place.
      return '/me/circle';
    case 'privilege':
      return '/me/privileges';
  }
}

/** A notification to write: its recipient, kind and what it is about (ids known in the cause's transaction). */
export interface NotificationDraft {
  recipientId: string;
  kind: NotificationKind;
  /** The member whose action caused it (the rater, the follower, the author), if any. */
  actorId?: string | null;
  recommendationId?: string | null;
  orderId?: string | null;
  commissionId?: string | null;
  flagId?: string | null;
  trustEventId?: string | null;
  /** Trust moved by the cause (verdicts and refunds). */
  trustDelta?: number | null;
  stars?: number | null;
  heldUp?: boolean | null;
  groupBuyId?: string | null;
  /** The daily digest: my place in my circle, how many in it were ranked, and the movement since the day before (up is positive). */
  place?: number | null;
  ranked?: number | null;
  movement?: number | null;
  /** PRIVILEGE_GAINED / PRIVILEGE_LOST: the step (server/domain/privileges.ts). */
  privilege?: Privilege | null;
}

/**
 * What a change of one member's trust opened or closed on the ladder, as notifications: written
 * in the transaction that stores the new trust (a verdict, a refund, the global recompute).
 */
export function privilegeNotices(
  memberId: string,
  before: TrustStanding,
  after: TrustStanding,
  ladder: PrivilegeLadder = DEFAULT_PRIVILEGE_LADDER,
): NotificationDraft[] {
  const { gained, lost } = privilegeChanges(before, after, ladder);
  return [
    ...gained.map((privilege) => ({ recipientId: memberId, kind: 'PRIVILEGE_GAINED' as const, privilege })),
    ...lost.map((privilege) => ({ recipientId: memberId, kind: 'PRIVILEGE_LOST' as const, privilege })),
  ];
}

/**
 * The commission notifications one status change causes, to each distinct beneficiary: the
 * confirmation, a new hold, a reversal (payouts are told by the payout itself).
 */
export function commissionChangeKinds(
  before: { status: string; held: boolean },
  after: { status: string; held: boolean },
): NotificationKind[] {
  const kinds: NotificationKind[] = [];
  if (after.status === 'CONFIRMED' && before.status !== 'CONFIRMED') kinds.push('COMMISSION_CONFIRMED');
  if (after.held && !before.held) kinds.push('COMMISSION_HELD');
  if (after.status === 'REVERSED' && before.status !== 'REVERSED') kinds.push('COMMISSION_REVERSED');
  return kinds;
}

/**
 * How long notifications are kept (the daily prune job, server/jobs/notification-prune.ts). A read
 * one has done its work: kept 90 days, so "what happened last month" is still in the inbox. An
 * unread one is kept a year — someone who has not looked in months may still want to — and then
 * goes too: an inbox must not grow for ever (every one is a node, and the unread count reads them).
 * Trust events, verdicts and commissions are the record; a notification only points at them.
 */
export const NOTIFICATION_RETENTION_DAYS = { read: 90, unread: 365 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instants before which notifications go: read ones before `readBefore`, any before `anyBefore`. */
export function notificationPruneCutoffs(nowMs: number): { readBefore: number; anyBefore: number } {
  return { readBefore: nowMs - NOTIFICATION_RETENTION_DAYS.read * DAY_MS, anyBefore: nowMs - NOTIFICATION_RETENTION_DAYS.unread * DAY_MS };
}
