// The daily ranking among friends, stored: after each daily snapshot every member with a circle
// (the people they follow and who follow them) gets a (:CircleDay) record of their place in it,
// so "my place today", its history and a friend's cheer are single indexed reads, and the day's
// record is there for whoever reads it later (the daily digest notification). The computation is
// the pure server/domain/ranking/circle-day.ts; this module reads the snapshot and writes records.
//
// Cheers: (:Member)-[:CHEERED {at}]->(:CircleDay), one per member per friend-day (MERGE). They are
// a like and nothing more: no trust edge, no trust event, no rank key reads them.
import type { Graph } from './graph';
import { GLOBAL_SCOPE } from './snapshots';
import { notify } from './notify';
import { run } from './write-support';
import { circleDay } from '../server/domain/ranking/circle-day';
import type { CircleReading } from '../server/domain/ranking/circle-movement';
import { forbidden, notFound } from '../server/errors';

const BATCH = 1000;

export interface CircleDayRecord {
  memberId: string;
  day: string;
  place: number | null;
  ranked: number;
  movement: number | null;
  passedBy: string[];
  top: string[];
  cheers: number;
}

export interface CircleDaysSummary {
  day: string;
  alreadyRecorded: boolean;
  records: number;
}

// Members with a circle, a page at a time in id order (the member id index, no sort in memory).
const MEMBERS_WITH_CIRCLE = `
  MATCH (m:Member) WHERE m.id > $afterId AND EXISTS { (m)-[:FOLLOWS]-(:Member) }
  RETURN m.id AS id ORDER BY m.id LIMIT toInteger($limit)`;

// Each member's circle with every circle member's global rank on the day and on the day before:
// bounded by the member's follows, two unique-index seeks per circle member.
const CIRCLES = `
  UNWIND $ids AS id
  MATCH (me:Member {id: id})
  CALL (me) { MATCH (me)-[:FOLLOWS]-(f:Member) RETURN f AS m UNION RETURN me AS m }
  OPTIONAL MATCH (now:RankSnapshot {key: m.id + '|' + $scope + '|' + $day})
  OPTIONAL MATCH (before:RankSnapshot {key: m.id + '|' + $scope + '|' + coalesce($previousDay, '')})
  RETURN id, collect({memberId: m.id, rankNow: now.rank, rankBefore: before.rank}) AS circle`;

// Returns the members whose record is new: a run interrupted and run again sends no second digest.
const WRITE = `
  UNWIND $rows AS row
  OPTIONAL MATCH (old:CircleDay {key: row.memberId + '|' + $day})
  WITH row, old IS NULL AS fresh
  MERGE (c:CircleDay {key: row.memberId + '|' + $day})
  SET c.memberId = row.memberId, c.day = $day, c.place = row.place, c.ranked = row.ranked,
      c.movement = row.movement, c.passedBy = row.passedBy, c.top = row.top, c.recordedAt = $now
  WITH row WHERE fresh
  RETURN row.memberId AS memberId`;

/**
 * Records every member's day among friends for a snapshot day (the snapshot must be complete).
 * Idempotent per day: a (:CircleDayRun) marker written last makes a second run change nothing,
 * and an interrupted run is simply run again (the records MERGE on their key).
 */
export async function recordCircleDays(graph: Graph, day: string, now: Date, say: (line: string) => void = () => {}): Promise<CircleDaysSummary> {
  const snapshot = await graph.query(
    `OPTIONAL MATCH (d:RankSnapshotDay {day: $day}) OPTIONAL MATCH (r:CircleDayRun {day: $day})
     RETURN d IS NOT NULL AS taken, d.previousDay AS previousDay, r IS NOT NULL AS recorded`,
    { day },
    (r) => r.records[0]!.toObject() as { taken: boolean; previousDay: string | null; recorded: boolean },
  );
  if (!snapshot.taken) throw new Error(`No complete rank snapshot for ${day}: take it before the circle days.`);
  if (snapshot.recorded) return { day, alreadyRecorded: true, records: 0 };
  let afterId = '';
  let records = 0;
  for (;;) {
    const ids = await graph.query(MEMBERS_WITH_CIRCLE, { afterId, limit: BATCH }, (r) => r.records.map((x) => x.get('id') as string));
    if (ids.length === 0) break;
    afterId = ids[ids.length - 1]!;
    const circles = await graph.query(CIRCLES, { ids, scope: GLOBAL_SCOPE, day, previousDay: snapshot.previousDay }, (r) =>
      r.records.map((x) => ({ id: x.get('id') as string, circle: x.get('circle') as CircleReading[] })),
    );
    // A circle nobody in it is ranked has no order to show: no record.
    const rows = circles.map(({ id, circle }) => ({ memberId: id, ...circleDay(id, circle) })).filter((row) => row.ranked > 0);
    if (rows.length) {
      await graph.write(async (tx) => {
        const written = await run(tx, WRITE, { rows, day, now: now.getTime() });
        const fresh = new Set(written.records.map((r) => r.get('memberId') as string));
        // The daily digest, in the record's own transaction: place, movement and the first who
        // passed me; only to members ranked that day (a place of "–" is no news).
        await notify(tx, rows.filter((row) => fresh.has(row.memberId) && row.place !== null).map((row) => ({
          recipientId: row.memberId, kind: 'CIRCLE_DAY' as const, actorId: row.passedBy[0] ?? null,
          place: row.place, ranked: row.ranked, movement: row.movement,
        })), now.getTime());
      });
    }
    records += rows.length;
  }
  await graph.write((tx) => run(tx, 'MERGE (r:CircleDayRun {day: $day}) SET r.recordedAt = $now, r.records = $records', { day, now: now.getTime(), records }));
  say(`  circle days ${day}: ${records} records`);
  return { day, alreadyRecorded: false, records };
}

const RECORD_FIELDS = `c.memberId AS memberId, c.day AS day, c.place AS place, c.ranked AS ranked, c.movement AS movement,
  c.passedBy AS passedBy, c.top AS top, COUNT { (c)<-[:CHEERED]-() } AS cheers`;

/** One member's record for one day; null when they had none (no circle, or nobody in it ranked). */
export function circleDayOf(graph: Graph, memberId: string, day: string): Promise<CircleDayRecord | null> {
  return graph.query(`MATCH (c:CircleDay {key: $key}) RETURN ${RECORD_FIELDS}`, { key: `${memberId}|${day}` }, (r) =>
    (r.records[0]?.toObject() as CircleDayRecord | undefined) ?? null,
  );
}

/** A member's records between two days (inclusive), newest first: the history of their daily place. */
export function circleDayHistory(graph: Graph, memberId: string, fromDay: string, toDay: string): Promise<CircleDayRecord[]> {
  return graph.query(
    `MATCH (c:CircleDay) WHERE c.memberId = $memberId AND c.day >= $fromDay AND c.day <= $toDay
     RETURN ${RECORD_FIELDS} ORDER BY c.day DESC`,
    { memberId, fromDay, toDay },
    (r) => r.records.map((x) => x.toObject() as CircleDayRecord),
  );
}

export interface FriendDayRecord {
  memberId: string;
  day: string;
  cheers: number;
  viewerCheered: boolean;
}

/** Cheers on several members' records of one day, and whether the viewer cheered each: one read. */
export function friendDays(graph: Graph, viewerId: string, memberIds: readonly string[], day: string): Promise<FriendDayRecord[]> {
  return graph.query(
    `UNWIND $memberIds AS memberId
     OPTIONAL MATCH (c:CircleDay {key: memberId + '|' + $day})
     RETURN memberId, $day AS day, COUNT { (c)<-[:CHEERED]-() } AS cheers,
       EXISTS { (c)<-[:CHEERED]-(:Member {id: $viewerId}) } AS viewerCheered`,
    { memberIds, day, viewerId },
    (r) => r.records.map((x) => x.toObject() as FriendDayRecord),
  );
}

/**
 * The viewer cheers a friend's day. Only a day of someone in the viewer's circle now (either
 * follows the other) and never one's own; idempotent (a second cheer keeps the first). The
 * circle is checked before the record is looked for, so a stranger learns nothing of whether a
 * member has a record that day. Moves no trust: it writes the cheer and nothing else.
 */
export function cheerFriendDay(graph: Graph, viewerId: string, memberId: string, day: string, now: Date): Promise<FriendDayRecord> {
  return graph.write(async (tx) => {
    const circle = await run(
      tx,
      `MATCH (me:Member {id: $viewerId}), (friend:Member {id: $memberId})
       RETURN EXISTS { (me)-[:FOLLOWS]-(friend) } AS inCircle`,
      { viewerId, memberId },
    );
    if (!circle.records[0]?.get('inCircle')) throw forbidden('You can cheer only the day of someone you follow or who follows you.');
    const result = await run(
      tx,
      `MATCH (me:Member {id: $viewerId}), (c:CircleDay {key: $key})
       MERGE (me)-[cheer:CHEERED]->(c) ON CREATE SET cheer.at = $now
       RETURN c.memberId AS memberId, c.day AS day, COUNT { (c)<-[:CHEERED]-() } AS cheers, true AS viewerCheered`,
      { viewerId, key: `${memberId}|${day}`, now: now.getTime() },
    );
    const cheered = result.records[0]?.toObject() as FriendDayRecord | undefined;
    if (!cheered) throw notFound("That member's day among friends");
    return cheered;
  });
}
