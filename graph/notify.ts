// Writing notifications, always inside the transaction of their cause: the write functions of
// feedback, refunds, commissions, recommendations, follows, fraud flags, group buys and the daily
// circle records call these with
// their own `tx`, so a notification exists exactly when its cause committed (a refused or
// rolled-back change leaves none). One statement per audience, whatever the number of drafts.
//
// The recipient's preferences are read in the same statement: a kind they turned off in the
// inbox and not chosen by email is not written at all; one chosen by email gets the
// :PendingMail label, the outbox the mail job drains after commit (server/jobs/notification-mail.ts).
import { NOTIFICATION_KINDS, type NotificationDraft, type NotificationKind } from '../server/domain/notifications';
import type { Tx } from './graph';
import neo4j from 'neo4j-driver';
import { integers, run } from './write-support';

const CREATE_FOR_RECIPIENT = `
  WITH m, d
  WHERE (NOT d.adminsOnly OR 'ADMIN' IN coalesce(m.roles, []))
    AND (NOT d.kind IN coalesce(m.notifyInAppOff, []) OR d.kind IN coalesce(m.notifyEmailOn, []))
  CREATE (m)-[:HAS_NOTIFICATION]->(n:Notification {
    id: randomUUID(), recipientId: m.id, kind: d.kind, at: toInteger($at), read: false,
    inbox: NOT d.kind IN coalesce(m.notifyInAppOff, []),
    actorId: d.actorId, recommendationId: d.recommendationId, orderId: d.orderId, commissionId: d.commissionId,
    flagId: d.flagId, trustEventId: d.trustEventId, trustDelta: d.trustDelta, stars: d.stars, heldUp: d.heldUp,
    groupBuyId: d.groupBuyId, place: d.place, ranked: d.ranked, movement: d.movement, privilege: d.privilege })
  FOREACH (_ IN CASE WHEN d.kind IN coalesce(m.notifyEmailOn, []) THEN [1] ELSE [] END | SET n:PendingMail)`;

function rows(drafts: readonly Omit<NotificationDraft, 'recipientId'>[]) {
  return drafts.map((d) => ({
    recipientId: (d as NotificationDraft).recipientId ?? null,
    kind: d.kind,
    adminsOnly: NOTIFICATION_KINDS[d.kind].adminsOnly,
    actorId: d.actorId ?? null,
    recommendationId: d.recommendationId ?? null,
    orderId: d.orderId ?? null,
    commissionId: d.commissionId ?? null,
    flagId: d.flagId ?? null,
    trustEventId: d.trustEventId ?? null,
    // Trust stays a FLOAT; `run` would make a whole delta an INTEGER, so it travels as text.
    trustDelta: d.trustDelta === null || d.trustDelta === undefined ? null : String(d.trustDelta),
    stars: d.stars ?? null,
    heldUp: d.heldUp ?? null,
    groupBuyId: d.groupBuyId ?? null,
    place: d.place ?? null,
    ranked: d.ranked ?? null,
    movement: d.movement ?? null,
    privilege: d.privilege ?? null,
  }));
}

/** One notification per row of $notices (noticeParams), to its recipient. */
const NOTIFY_EACH = `
  UNWIND $notices AS d0
  WITH d0 {.*, trustDelta: toFloat(d0.trustDelta)} AS d
  MATCH (m:Member {id: d.recipientId})
  ${CREATE_FOR_RECIPIENT}`;

/**
 * NOTIFY_EACH inside a larger statement, for a cause written by one statement (a verdict:
 * RATE_WRITE), so its notifications cost no statement of their own. A unit subquery: it runs
 * once per row reaching it and passes the rows on unchanged. Params: noticeParams(drafts), $at.
 */
export const NOTIFY_WITHIN = `
  CALL () {
    ${NOTIFY_EACH}
  }`;

/** $notices for NOTIFY_EACH / NOTIFY_WITHIN: nobody notifies themselves (such drafts are dropped). */
export function noticeParams(drafts: readonly NotificationDraft[]): { notices: unknown[] } {
  return { notices: integers(rows(drafts.filter((d) => d.recipientId !== d.actorId))) as unknown[] };
}

/** Notifies each draft's recipient (nobody notifies themselves: such drafts are dropped). */
export async function notify(tx: Tx, drafts: readonly NotificationDraft[], now: number): Promise<void> {
  const params = noticeParams(drafts);
  if (params.notices.length === 0) return;
  await tx.run(NOTIFY_EACH, { ...params, at: neo4j.int(now) });
}

/** Notifies every follower of `draft.actorId` (a new recommendation). */
export async function notifyFollowers(tx: Tx, draft: Omit<NotificationDraft, 'recipientId'> & { actorId: string }, now: number): Promise<void> {
  await run(tx,
    `UNWIND $drafts AS d
     MATCH (:Member {id: d.actorId})<-[:FOLLOWS]-(m:Member)
     ${CREATE_FOR_RECIPIENT}`,
    { drafts: rows([draft]), at: now },
  );
}

/**
 * Notifies every admin of each draft (fraud flags raised), in one statement: the admins are found
 * once per statement, whatever the number of drafts, by their :Admin label (LABEL_IF_ADMIN in
 * graph/members.ts), the role checked too. Found by reading every member's roles instead, as
 * before, one scan took 0.2–0.7 s on the 100,000-member bench market, and one per draft cost the
 * recompute's 47 collusion flags 2.6–15 s of its write-back.
 */
export async function notifyAdmins(tx: Tx, kind: NotificationKind, drafts: readonly Omit<NotificationDraft, 'recipientId' | 'kind'>[], now: number): Promise<void> {
  if (drafts.length === 0) return;
  await run(tx,
    `MATCH (m:Admin:Member) WHERE 'ADMIN' IN coalesce(m.roles, [])
     WITH collect(m) AS admins
     UNWIND $drafts AS d
     UNWIND admins AS m
     ${CREATE_FOR_RECIPIENT}`,
    { drafts: rows(drafts.map((draft) => ({ ...draft, kind }))), at: now },
  );
}

/**
 * Notifies the admins of the flags this transaction raised. Each flag is MERGEd on its key with a
 * fresh id set ON CREATE, so the flag is new exactly when the stored id is the one proposed: a flag
 * that was there already keeps its own. (Judged by the creation time before, a second MERGE of the
 * same key at the same millisecond — a let-down run completed twice in one instant — announced the
 * one flag twice.)
 */
export async function notifyAdminsOfNewFlags(tx: Tx, proposed: readonly { id: string; key: string }[], now: number): Promise<void> {
  if (proposed.length === 0) return;
  const raised = await run(tx,
    'UNWIND $proposed AS p MATCH (f:FraudFlag {key: p.key}) WHERE f.id = p.id RETURN collect(f.id) AS ids',
    { proposed },
  );
  await notifyAdmins(tx, 'FRAUD_FLAG', (raised.records[0]!.get('ids') as string[]).map((flagId) => ({ flagId })), now);
}
