// Community flags and the review items they raise (server/domain/community-flags.ts has the
// rules). Stored as
//   (:Member)-[:FLAGGED]->(:CommunityFlag {id, key, reason, text, weight, status, createdAt, decidedAt})-[:ON]->(:Recommendation)
//   (:CommunityFlag)-[:IN_REVIEW]->(:FlagReview {id, status, weight, openedAt, decidedAt, decidedById, note})-[:ABOUT]->(:Recommendation)
// `key` is flagger id + recommendation id under a uniqueness constraint: one flag per member per
// recommendation, even when two requests race. Nothing here touches trust: a flag is a request
// for an admin's eyes, never a verdict.
import { randomUUID } from 'node:crypto';
import { callsForReview, flagWeight, type FlagReason } from '../server/domain/community-flags';
import type { PrivilegeSettings } from '../server/domain/privileges';
import { conflict, forbidden, notFound } from '../server/errors';
import type { Graph, Tx } from './graph';
import { requireMemberPrivilege } from './privileges';
import { isUniquenessViolation, lockMember, lockRecommendation, run } from './write-support';

export type CommunityFlagStatus = 'OPEN' | 'UPHELD' | 'DISMISSED';
export type FlagReviewStatus = CommunityFlagStatus;

export interface CommunityFlagRecord {
  id: string;
  flaggerId: string;
  recommendationId: string;
  reason: FlagReason;
  text: string;
  weight: number;
  status: CommunityFlagStatus;
  createdAt: number;
}

export interface FlagReviewRecord {
  id: string;
  recommendationId: string;
  status: FlagReviewStatus;
  weight: number;
  openedAt: number;
  decidedAt: number | null;
  decidedById: string | null;
  note: string | null;
  flags: CommunityFlagRecord[];
}

const FLAG_PROJECTION = `f {
  .id, .reason, .text, .weight, .status, .createdAt,
  flaggerId: [(f)<-[:FLAGGED]-(m:Member) | m.id][0],
  recommendationId: [(f)-[:ON]->(r:Recommendation) | r.id][0]
}`;

const REVIEW_PROJECTION = `v {
  .id, .status, .weight, .openedAt, .decidedAt, .decidedById, .note,
  recommendationId: [(v)-[:ABOUT]->(r:Recommendation) | r.id][0],
  flags: [(f:CommunityFlag)-[:IN_REVIEW]->(v) | ${FLAG_PROJECTION}]
}`;

function toReview(raw: Record<string, unknown>): FlagReviewRecord {
  const v = raw as unknown as FlagReviewRecord;
  return {
    ...v,
    decidedAt: v.decidedAt ?? null,
    decidedById: v.decidedById ?? null,
    note: v.note ?? null,
    flags: [...v.flags].sort((a, b) => b.weight - a.weight || a.createdAt - b.createdAt),
  };
}

export interface FlagRequest {
  recommendationId: string;
  reason: FlagReason;
  text: string;
}

/**
 * A member flags a recommendation. Refusals, in order: no flag privilege (FORBIDDEN, with the
 * threshold and the standing, or the suspension), no such recommendation (NOT_FOUND), one's own
 * (FORBIDDEN), flagged already (CONFLICT). Then the flag joins the recommendation's open review
 * item, or opens one when the open flags now weigh enough. One transaction.
 */
export async function flagRecommendation(
  graph: Graph,
  flaggerId: string,
  req: FlagRequest,
  settings: PrivilegeSettings,
  now: number,
): Promise<CommunityFlagRecord> {
  try {
    return await graph.write((tx) => flagTx(tx, flaggerId, req, settings, now));
  } catch (err) {
    // Two requests of the same member raced past the check; the constraint let one through.
    if (isUniquenessViolation(err, 'key')) throw conflict('You have already flagged this recommendation.');
    throw err;
  }
}

async function flagTx(tx: Tx, flaggerId: string, req: FlagRequest, settings: PrivilegeSettings, now: number): Promise<CommunityFlagRecord> {
  // The member's lock first: two flags of one member run one after the other, each reading the
  // standing the other left.
  await lockMember(tx, flaggerId);
  const standing = await requireMemberPrivilege(tx, flaggerId, 'flag', settings, now);
  if (!(await lockRecommendation(tx, req.recommendationId))) throw notFound('Recommendation');
  const facts = await run(tx,
    `MATCH (author:Member)-[:RECOMMENDS]->(r:Recommendation {id: $recId})
     RETURN author.id AS authorId, EXISTS { (:Member {id: $flaggerId})-[:FLAGGED]->(:CommunityFlag)-[:ON]->(r) } AS already`,
    { recId: req.recommendationId, flaggerId },
  );
  const { authorId, already } = facts.records[0]!.toObject() as { authorId: string; already: boolean };
  if (authorId === flaggerId) throw forbidden('You cannot flag your own recommendation.');
  if (already) throw conflict('You have already flagged this recommendation.');

  const id = randomUUID();
  await run(tx,
    `MATCH (m:Member {id: $flaggerId}), (r:Recommendation {id: $recId})
     CREATE (m)-[:FLAGGED]->(:CommunityFlag {id: $id, key: $key, reason: $reason, text: $text, weight: $weight,
                                            status: 'OPEN', createdAt: $now})-[:ON]->(r)`,
    { flaggerId, recId: req.recommendationId, id, key: `${flaggerId}|${req.recommendationId}`, reason: req.reason, text: req.text, weight: flagWeight(standing.rankKey), now },
  );
  await gatherIntoReview(tx, req.recommendationId, settings, now);
  const flag = await run(tx, `MATCH (f:CommunityFlag {id: $id}) RETURN ${FLAG_PROJECTION} AS flag`, { id });
  return flag.records[0]!.get('flag') as CommunityFlagRecord;
}

/** Open flags not in a review join the open review item, or open one once they weigh enough. */
async function gatherIntoReview(tx: Tx, recId: string, settings: PrivilegeSettings, now: number): Promise<void> {
  const loose = await run(tx,
    `MATCH (f:CommunityFlag {status: 'OPEN'})-[:ON]->(r:Recommendation {id: $recId})
     WHERE NOT (f)-[:IN_REVIEW]->()
     RETURN collect(f.weight) AS weights,
            [(v:FlagReview {status: 'OPEN'})-[:ABOUT]->(r) | v.id][0] AS openReview`,
    { recId },
  );
  const { weights, openReview } = loose.records[0]!.toObject() as { weights: number[]; openReview: string | null };
  if (openReview === null && !callsForReview(weights, settings.flags)) return;
  await run(tx,
    `MATCH (r:Recommendation {id: $recId})
     OPTIONAL MATCH (existing:FlagReview {id: $openReview})
     CALL {
       WITH r, existing
       WITH r, existing WHERE existing IS NULL
       CREATE (v:FlagReview {id: $newId, status: 'OPEN', weight: 0.0, openedAt: $now})-[:ABOUT]->(r)
       RETURN v
       UNION
       WITH existing
       WITH existing WHERE existing IS NOT NULL
       RETURN existing AS v
     }
     MATCH (f:CommunityFlag {status: 'OPEN'})-[:ON]->(r) WHERE NOT (f)-[:IN_REVIEW]->()
     CREATE (f)-[:IN_REVIEW]->(v)
     WITH DISTINCT v
     SET v.weight = reduce(w = 0.0, x IN [(g:CommunityFlag)-[:IN_REVIEW]->(v) | g.weight] | w + x)`,
    { recId, openReview, newId: randomUUID(), now },
  );
}

/** Locks the review and returns its status; NOT_FOUND when there is none. */
async function lockReview(tx: Tx, id: string): Promise<FlagReviewStatus> {
  const locked = await run(tx, 'MATCH (v:FlagReview {id: $id}) SET v._lock = true REMOVE v._lock RETURN v.status AS status', { id });
  const status = locked.records[0]?.get('status') as FlagReviewStatus | undefined;
  if (status === undefined) throw notFound('Flag review');
  return status;
}

async function readReview(tx: Tx, id: string): Promise<FlagReviewRecord> {
  const result = await run(tx, `MATCH (v:FlagReview {id: $id}) RETURN ${REVIEW_PROJECTION} AS review`, { id });
  return toReview(result.records[0]!.get('review') as Record<string, unknown>);
}

/**
 * An admin decides a review item: every flag in it takes the decision. A dismissed flag counts
 * against its flagger's flag privilege (server/domain/community-flags.ts); nothing moves trust.
 */
export function resolveFlagReview(
  graph: Graph,
  id: string,
  decision: 'UPHELD' | 'DISMISSED',
  adminId: string,
  note: string,
  now: number,
): Promise<FlagReviewRecord> {
  return graph.write(async (tx) => {
    if ((await lockReview(tx, id)) !== 'OPEN') throw conflict('This review has already been decided.');
    await run(tx,
      `MATCH (v:FlagReview {id: $id})
       SET v.status = $decision, v.decidedAt = $now, v.decidedById = $adminId, v.note = $note
       WITH v
       MATCH (f:CommunityFlag)-[:IN_REVIEW]->(v)
       SET f.status = $decision, f.decidedAt = $now`,
      { id, decision, now, adminId, note },
    );
    return readReview(tx, id);
  });
}

export interface FlagReviewPage {
  status: FlagReviewStatus | null;
  limit: number;
  /** [open? 0 : 1, −weight for open / −openedAt for decided, id] of the last review seen. */
  after: [number, number, string] | undefined;
}

/** The sort key of a review in the admin's list (the cursor's tuple). */
export function reviewSortTuple(v: FlagReviewRecord): [number, number, string] {
  return v.status === 'OPEN' ? [0, -v.weight, v.id] : [1, -v.openedAt, v.id];
}

/** Open reviews first, heaviest first; then decided ones, newest first. */
export function listFlagReviews(graph: Graph, page: FlagReviewPage): Promise<FlagReviewRecord[]> {
  return graph.read(async (tx) => {
    const result = await run(tx,
      `MATCH (v:FlagReview)
       WHERE ($status IS NULL OR v.status = $status)
       WITH v, CASE v.status WHEN 'OPEN' THEN 0 ELSE 1 END AS rank,
            CASE v.status WHEN 'OPEN' THEN -v.weight ELSE -toFloat(v.openedAt) END AS sortKey
       WHERE $afterRank IS NULL OR rank > $afterRank
          OR (rank = $afterRank AND (sortKey > $afterKey OR (sortKey = $afterKey AND v.id > $afterId)))
       WITH v, rank, sortKey ORDER BY rank, sortKey, v.id LIMIT $limit
       RETURN ${REVIEW_PROJECTION} AS review`,
      {
        status: page.status,
        limit: page.limit,
        afterRank: page.after?.[0] ?? null,
        afterKey: page.after?.[1] ?? null,
        afterId: page.after?.[2] ?? null,
      },
    );
    return result.records.map((r) => toReview(r.get('review') as Record<string, unknown>));
  });
}

/** Which of these recommendations the member has flagged (one query for a page of cards). */
export function flaggedByMember(graph: Graph, memberId: string, recommendationIds: readonly string[]): Promise<Set<string>> {
  return graph.read(async (tx) => {
    const result = await run(tx,
      `MATCH (:Member {id: $memberId})-[:FLAGGED]->(:CommunityFlag)-[:ON]->(r:Recommendation)
       WHERE r.id IN $ids
       RETURN collect(r.id) AS ids`,
      { memberId, ids: [...recommendationIds] },
    );
    return new Set(result.records[0]?.get('ids') as string[]);
  });
}
