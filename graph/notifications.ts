// Reading and marking a member's notifications, and their preferences. Writing them belongs to
// their causes (graph/notify.ts). The inbox is what has `inbox: true` (a kind turned off in the
// inbox but chosen by email is stored only for its mail).
import neo4j from 'neo4j-driver';
import type { NotificationChoices, NotificationKind } from '../server/domain/notifications';
import type { Privilege } from '../server/domain/privileges';
import type { Position } from '../server/pagination';
import type { Graph } from './graph';
import { run } from './write-support';

export interface NotificationRecord {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  at: number;
  read: boolean;
  actorId: string | null;
  actorHandle: string | null;
  recommendationCode: string | null;
  productTitle: string | null;
  trustDelta: number | null;
  stars: number | null;
  heldUp: boolean | null;
  groupBuyId: string | null;
  place: number | null;
  ranked: number | null;
  movement: number | null;
  privilege: Privilege | null;
}

// Pattern comprehensions need a relationship, so single nodes by id are COLLECT subqueries.
export const NOTIFICATION_PROJECTION = `n {
  .id, .recipientId, .kind, .at, .read, .actorId, .trustDelta, .stars, .heldUp, .groupBuyId, .place, .ranked, .movement, .privilege,
  actorHandle: COLLECT { MATCH (a:Member {id: n.actorId}) RETURN a.handle }[0],
  recommendationCode: COLLECT { MATCH (r:Recommendation {id: n.recommendationId}) RETURN r.code }[0],
  productTitle: coalesce(
    COLLECT { MATCH (:Recommendation {id: n.recommendationId})-[:FOR]->(p:Product) RETURN p.title }[0],
    COLLECT { MATCH (:Order {id: n.orderId})-[:OF]->(p:Product) RETURN p.title }[0],
    COLLECT { MATCH (:GroupBuy {id: n.groupBuyId})-[:OF]->(p:Product) RETURN p.title }[0])
}`;

export function toNotification(raw: Record<string, unknown>): NotificationRecord {
  const r = raw as unknown as NotificationRecord;
  return { ...r, actorId: r.actorId ?? null, actorHandle: r.actorHandle ?? null, recommendationCode: r.recommendationCode ?? null,
    productTitle: r.productTitle ?? null, trustDelta: r.trustDelta ?? null, stars: r.stars ?? null, heldUp: r.heldUp ?? null,
    groupBuyId: r.groupBuyId ?? null, place: r.place ?? null, ranked: r.ranked ?? null, movement: r.movement ?? null, privilege: r.privilege ?? null };
}

/** A page of the inbox, newest first; `limit` is page size + 1. */
export function notificationsOf(graph: Graph, memberId: string, after: Position | undefined, limit: number): Promise<NotificationRecord[]> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (:Member {id: $memberId})-[:HAS_NOTIFICATION]->(n:Notification {inbox: true})
       WHERE $afterAt IS NULL OR n.at < $afterAt OR (n.at = $afterAt AND n.id < $afterId)
       WITH n ORDER BY n.at DESC, n.id DESC LIMIT $limit
       RETURN ${NOTIFICATION_PROJECTION} AS n`,
      { memberId, afterAt: after ? neo4j.int(Number(after.key)) : null, afterId: after?.id ?? null, limit: neo4j.int(limit) },
    );
    return result.records.map((r) => toNotification(r.get('n') as Record<string, unknown>));
  });
}

export function unreadCount(graph: Graph, memberId: string): Promise<number> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      'MATCH (m:Member {id: $memberId}) RETURN COUNT { (m)-[:HAS_NOTIFICATION]->(:Notification {inbox: true, read: false}) } AS n',
      { memberId },
    );
    return (result.records[0]?.get('n') as number | undefined) ?? 0;
  });
}

/** Marks one of the member's notifications read; undefined when it is not theirs (or not there). */
export function markRead(graph: Graph, memberId: string, id: string, now: number): Promise<NotificationRecord | undefined> {
  return graph.write(async (tx) => {
    const result = await run(tx,
      `MATCH (:Member {id: $memberId})-[:HAS_NOTIFICATION]->(n:Notification {id: $id, inbox: true})
       SET n.readAt = CASE WHEN n.read THEN n.readAt ELSE $now END, n.read = true
       RETURN ${NOTIFICATION_PROJECTION} AS n`,
      { memberId, id, now },
    );
    const raw = result.records[0]?.get('n') as Record<string, unknown> | undefined;
    return raw && toNotification(raw);
  }, { changes: [] });
}

/** Marks every unread notification of the member read; returns how many were. */
export function markAllRead(graph: Graph, memberId: string, now: number): Promise<number> {
  return graph.write(async (tx) => {
    const result = await run(tx,
      `MATCH (:Member {id: $memberId})-[:HAS_NOTIFICATION]->(n:Notification {inbox: true, read: false})
       SET n.read = true, n.readAt = $now
       RETURN count(n) AS n`,
      { memberId, now },
    );
    return result.records[0]!.get('n') as number;
  }, { changes: [] });
}

export function choicesOf(graph: Graph, memberId: string): Promise<NotificationChoices & { roles: string[] }> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (m:Member {id: $memberId})
       RETURN coalesce(m.notifyInAppOff, []) AS inAppOff, coalesce(m.notifyEmailOn, []) AS emailOn, coalesce(m.roles, ['MEMBER']) AS roles`,
      { memberId },
    );
    return result.records[0]!.toObject() as NotificationChoices & { roles: string[] };
  });
}

/** Stores the member's choices, computed by `change` from the ones read under the member's lock. */
export function updateChoices(
  graph: Graph,
  memberId: string,
  change: (current: NotificationChoices) => NotificationChoices,
): Promise<void> {
  return graph.write(async (tx) => {
    const current = await tx.run(
      `MATCH (m:Member {id: $memberId}) SET m._lock = true REMOVE m._lock
       RETURN coalesce(m.notifyInAppOff, []) AS inAppOff, coalesce(m.notifyEmailOn, []) AS emailOn`,
      { memberId },
    );
    const next = change(current.records[0]!.toObject() as NotificationChoices);
    await tx.run('MATCH (m:Member {id: $memberId}) SET m.notifyInAppOff = $inAppOff, m.notifyEmailOn = $emailOn', {
      memberId, inAppOff: [...next.inAppOff], emailOn: [...next.emailOn],
    });
  }, { changes: [] });
}

export interface LiveState {
  unread: number;
  latest: NotificationRecord[];
}

/**
 * For live delivery: each member's unread count and newest inbox notifications, in one read
 * for every member with an open page on this server.
 */
export function liveStates(graph: Graph, memberIds: readonly string[], newest: number): Promise<Map<string, LiveState>> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $memberIds AS memberId
       MATCH (m:Member {id: memberId})
       CALL (m) {
         MATCH (m)-[:HAS_NOTIFICATION]->(n:Notification {inbox: true})
         WITH n ORDER BY n.at DESC, n.id DESC LIMIT $newest
         RETURN collect(${NOTIFICATION_PROJECTION}) AS latest
       }
       RETURN memberId, COUNT { (m)-[:HAS_NOTIFICATION]->(:Notification {inbox: true, read: false}) } AS unread, latest`,
      { memberIds: [...memberIds], newest: neo4j.int(newest) },
    );
    return new Map(result.records.map((r) => [
      r.get('memberId') as string,
      { unread: r.get('unread') as number, latest: (r.get('latest') as Record<string, unknown>[]).map(toNotification) },
    ]));
  });
}

export interface PendingMail {
  notification: NotificationRecord;
  /** The recipient's confirmed address; null when they have none (the mail is dropped). */
  email: string | null;
  displayName: string;
  locale: string;
}

/** The oldest notifications waiting to be mailed (the :PendingMail outbox). */
export function pendingMails(graph: Graph, limit: number): Promise<PendingMail[]> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (m:Member)-[:HAS_NOTIFICATION]->(n:PendingMail)
       WITH m, n ORDER BY n.at, n.id LIMIT $limit
       RETURN ${NOTIFICATION_PROJECTION} AS n, m.email AS email, m.displayName AS displayName, coalesce(m.locale, 'en') AS locale`,
      { limit: neo4j.int(limit) },
    );
    return result.records.map((r) => ({
      notification: toNotification(r.get('n') as Record<string, unknown>),
      email: (r.get('email') as string | null) ?? null,
      displayName: r.get('displayName') as string,
      locale: r.get('locale') as string,
    }));
  });
}

/** Takes notifications out of the mail outbox (sent, or nowhere to send them). */
export function mailDone(graph: Graph, ids: readonly string[], now: number): Promise<void> {
  return graph.write(async (tx) => {
    await run(tx, 'UNWIND $ids AS id MATCH (n:PendingMail {id: id}) REMOVE n:PendingMail SET n.mailedAt = $now', { ids: [...ids], now });
  }, { changes: [] });
}

/**
 * Deletes up to `limit` notifications past their keeping (notificationPruneCutoffs), the mail
 * outbox's with them; one transaction. Returns how many went. The range on `at` is indexed.
 */
export async function pruneNotificationBatch(graph: Graph, cutoffs: { readBefore: number; anyBefore: number }, limit: number): Promise<number> {
  return graph.write(async (tx) => {
    const result = await run(tx,
      `MATCH (n:Notification) WHERE n.at < $readBefore AND (n.read OR n.at < $anyBefore)
       WITH n LIMIT $limit
       DETACH DELETE n
       RETURN count(*) AS pruned`,
      { ...cutoffs, limit },
    );
    return result.records[0]!.get('pruned') as number;
  }, { changes: [] });
}
