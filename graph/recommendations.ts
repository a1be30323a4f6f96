// Recommendations: posting one (first-hand only, one per member and product, a daily cap),
// editing it with its history kept as revisions, and the lists people read: by product (best
// trusted author first), by member (the pocket shop) and the feed of the people one follows.
import { notifyFollowers } from './notify';
import { randomUUID } from 'node:crypto';
import { conflict, forbidden, notFound, UserError } from '../server/errors';
import {
  newShareCode,
  RECOMMENDATIONS_PER_DAY,
  SHARE_CODE_ATTEMPTS,
  utcDay,
} from '../server/domain/recommendation-policy';
import type { Graph, Tx } from './graph';
import { isUniquenessViolation, lockMember, lockRecommendation, run } from './write-support';

export interface RecommendationRecord {
  id: string;
  code: string;
  authorId: string;
  productId: string;
  stars: number;
  text: string;
  createdAt: number;
  updatedAt: number;
  revision: number;
}

export interface RecommendationRevisionRecord {
  recommendationId: string;
  revision: number;
  stars: number;
  text: string;
  /** When this version was written. */
  at: number;
}

export const RECOMMENDATION_PROJECTION = `r {
  .id, .code, .stars, .text, .createdAt, .updatedAt, .revision,
  authorId: [(r)<-[:RECOMMENDS]-(author:Member) | author.id][0],
  productId: [(r)-[:FOR]->(product:Product) | product.id][0]
}`;

async function findRecommendation(tx: Tx, id: string): Promise<RecommendationRecord | undefined> {
  const result = await run(tx, `MATCH (r:Recommendation {id: $id}) RETURN ${RECOMMENDATION_PROJECTION} AS rec`, { id });
  return result.records[0]?.get('rec') as RecommendationRecord | undefined;
}

// ---------------------------------------------------------------------------------------------
// Posting and editing

export interface PostRecommendationRequest {
  productId: string;
  stars: number;
  text: string;
}

/**
 * Posts the author's recommendation of a product. Refusals, in the order they are checked:
 * no such product (NOT_FOUND), the author supplies it (FORBIDDEN), already recommended
 * (CONFLICT: edit instead), no delivered
 * order of the author for it (FORBIDDEN: first-hand only; a refunded order does not count),
 * the daily cap reached (RATE_LIMITED). The author's node is locked first, so two posts at
 * once cannot both slip under the cap.
 */
export async function postRecommendation(
  graph: Graph,
  authorId: string,
  req: PostRecommendationRequest,
  now: number,
): Promise<RecommendationRecord> {
  try {
    return await graph.write((tx) => postRecommendationTx(tx, authorId, req, now));
  } catch (err) {
    if (isUniquenessViolation(err, 'authorProduct')) throw alreadyRecommended();
    throw err;
  }
}

const alreadyRecommended = () =>
  conflict('You have already recommended this product; edit your recommendation instead.');

async function postRecommendationTx(tx: Tx, authorId: string, req: PostRecommendationRequest, now: number): Promise<RecommendationRecord> {
  await lockMember(tx, authorId);
  const day = utcDay(now);
  const authorProduct = `${authorId}:${req.productId}`;
  const factsResult = await run(tx, 
    `MATCH (m:Member {id: $authorId})
     OPTIONAL MATCH (p:Product {id: $productId})
     RETURN p IS NOT NULL AS productExists,
            EXISTS { (m)-[:SUPPLIES]->(p) } AS ownProduct,
            EXISTS { MATCH (:Recommendation {authorProduct: $authorProduct}) } AS alreadyPosted,
            COLLECT {
              MATCH (m)-[:PLACED]->(o:Order {status: 'DELIVERED'})-[:OF]->(p)
              RETURN o.id ORDER BY o.deliveredAt, o.id
            }[0] AS backingOrderId,
            COUNT { (m)-[:RECOMMENDS]->(r:Recommendation) WHERE r.createdAt >= $dayStart AND r.createdAt < $dayEnd } AS postedToday`,
    { authorId, productId: req.productId, authorProduct, dayStart: day.start, dayEnd: day.end },
  );
  const facts = factsResult.records[0]!.toObject() as {
    productExists: boolean;
    ownProduct: boolean;
    alreadyPosted: boolean;
    backingOrderId: string | null;
    postedToday: number;
  };
  if (!facts.productExists) throw notFound('Product');
  // A recommendation is a buyer's first-hand word; a supplier's word on its own product is an
  // advertisement, and letting it earn the pool or gather verdicts would be self-dealing.
  if (facts.ownProduct) throw forbidden('A supplier cannot recommend its own product.');
  if (facts.alreadyPosted) throw alreadyRecommended();
  if (facts.backingOrderId === null) throw forbidden('You can recommend a product only after you have received it.');
  if (facts.postedToday >= RECOMMENDATIONS_PER_DAY) {
    throw new UserError(
      'RATE_LIMITED',
      `You can post at most ${RECOMMENDATIONS_PER_DAY} recommendations a day; try again after midnight UTC.`,
      { limit: RECOMMENDATIONS_PER_DAY, retryAt: new Date(day.end).toISOString() },
    );
  }

  const id = randomUUID();
  await run(tx, 
    `MATCH (m:Member {id: $authorId}), (p:Product {id: $productId}), (o:Order {id: $orderId})
     CREATE (m)-[:RECOMMENDS]->(r:Recommendation:Live {
       id: $id, code: $code, authorProduct: $authorProduct, stars: $stars, text: $text,
       createdAt: $now, updatedAt: $now, revision: 1 })-[:FOR]->(p)
     CREATE (r)-[:BACKED_BY]->(o)`,
    {
      authorId,
      productId: req.productId,
      orderId: facts.backingOrderId,
      id,
      code: await unusedShareCode(tx),
      authorProduct,
      stars: req.stars,
      text: req.text,
      now,
    },
  );
  await notifyFollowers(tx, { kind: 'NEW_RECOMMENDATION', actorId: authorId, recommendationId: id, stars: req.stars }, now);
  return (await findRecommendation(tx, id))!;
}

/** A share code no recommendation has yet; a collision (rare: 31^8 codes) draws again. */
async function unusedShareCode(tx: Tx): Promise<string> {
  for (let attempt = 0; attempt < SHARE_CODE_ATTEMPTS; attempt++) {
    const code = newShareCode();
    const taken = await run(tx, 'RETURN EXISTS { MATCH (:Recommendation {code: $code}) } AS taken', { code });
    if (!(taken.records[0]!.get('taken') as boolean)) return code;
  }
  throw new Error(`no free share code after ${SHARE_CODE_ATTEMPTS} attempts`);
}

export interface EditRecommendationRequest {
  stars: number | undefined;
  text: string | undefined;
}

/**
 * The author edits their recommendation. The version being replaced is kept as a
 * RecommendationRevision and `revision` goes up by one; an edit that changes nothing writes
 * nothing.
 */
export function editRecommendation(
  graph: Graph,
  editorId: string,
  recommendationId: string,
  req: EditRecommendationRequest,
  now: number,
): Promise<RecommendationRecord> {
  return graph.write(async (tx) => {
    if (!(await lockRecommendation(tx, recommendationId))) throw notFound('Recommendation');
    const current = (await findRecommendation(tx, recommendationId))!;
    if (current.authorId !== editorId) throw forbidden('Only the author can edit this recommendation.');
    const stars = req.stars ?? current.stars;
    const text = req.text ?? current.text;
    if (stars === current.stars && text === current.text) return current;
    await run(tx, 
      `MATCH (r:Recommendation {id: $id})
       CREATE (r)-[:REVISED_FROM]->(:RecommendationRevision {stars: r.stars, text: r.text, at: r.updatedAt, revision: r.revision})
       SET r.stars = $stars, r.text = $text, r.updatedAt = $now, r.revision = r.revision + 1`,
      { id: recommendationId, stars, text, now },
    );
    return (await findRecommendation(tx, recommendationId))!;
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

export function recommendationsByIds(graph: Graph, ids: readonly string[]): Promise<Map<string, RecommendationRecord>> {
  return graph.read(async (tx) => {
    const result = await run(tx, 
      `UNWIND $ids AS id MATCH (r:Recommendation {id: id}) RETURN ${RECOMMENDATION_PROJECTION} AS rec`,
      { ids },
    );
    return new Map(result.records.map((record) => {
      const rec = record.get('rec') as RecommendationRecord;
      return [rec.id, rec];
    }));
  });
}

export function recommendationByCode(graph: Graph, code: string): Promise<RecommendationRecord | undefined> {
  return graph.read(async (tx) => {
    const result = await run(tx, `MATCH (r:Recommendation {code: $code}) RETURN ${RECOMMENDATION_PROJECTION} AS rec`, { code });
    return result.records[0]?.get('rec') as RecommendationRecord | undefined;
  });
}

/**
 * How many earlier versions a recommendation shows, newest first. Edits are not capped (each is
 * a write, under the write limits), so without this a page of recommendations could carry
 * thousands of 2,000-character texts; server/query-cost.ts prices `revisions` at this bound.
 */
export const MAX_REVISIONS_SHOWN = 20;

/** Revisions (earlier versions) of many recommendations in one query, newest first, at most MAX_REVISIONS_SHOWN each. */
export function revisionsByRecommendationIds(
  graph: Graph,
  ids: readonly string[],
): Promise<Map<string, RecommendationRevisionRecord[]>> {
  return graph.read(async (tx) => {
    const result = await run(tx,
      `UNWIND $ids AS recommendationId
       MATCH (:Recommendation {id: recommendationId})-[:REVISED_FROM]->(v:RecommendationRevision)
       WITH recommendationId, v ORDER BY v.revision DESC
       WITH recommendationId, collect(v)[..$max] AS newest
       UNWIND newest AS v
       RETURN recommendationId, v.revision AS revision, v.stars AS stars, v.text AS text, v.at AS at
       ORDER BY v.revision DESC`,
      { ids, max: MAX_REVISIONS_SHOWN },
    );
    const byId = new Map<string, RecommendationRevisionRecord[]>();
    for (const record of result.records) {
      const revision = record.toObject() as RecommendationRevisionRecord;
      byId.set(revision.recommendationId, [...(byId.get(revision.recommendationId) ?? []), revision]);
    }
    return byId;
  });
}

/** A recommendation with the position it was listed at (for its cursor). */
export interface RankedRecommendation extends RecommendationRecord {
  authorRank: number;
}

/**
 * A product's recommendations, the most trusted author first (trustRankKey: the lower
 * confidence bound, so three lucky ratings do not outrank ninety-five good ones), then newest.
 * The cursor is (rank, createdAt, id); a rank that moves between pages can repeat or skip an
 * item, which a list sorted by a live score accepts.
 */
export function recommendationsOfProduct(
  graph: Graph,
  productId: string,
  limit: number,
  after: { rank: number; createdAt: number; id: string } | undefined,
): Promise<RankedRecommendation[]> {
  return graph.read(async (tx) => {
    const result = await run(tx, 
      `MATCH (:Product {id: $productId})<-[:FOR]-(r:Recommendation)<-[:RECOMMENDS]-(author:Member)
       WITH r, coalesce(author.trustRankKey, 0.0) AS rank
       WHERE $afterRank IS NULL
          OR rank < $afterRank
          OR (rank = $afterRank AND (r.createdAt < $afterAt OR (r.createdAt = $afterAt AND r.id < $afterId)))
       WITH r, rank ORDER BY rank DESC, r.createdAt DESC, r.id DESC LIMIT $limit
       RETURN ${RECOMMENDATION_PROJECTION} AS rec, rank`,
      { productId, limit: limit, afterRank: after?.rank ?? null, afterAt: after?.createdAt ?? null, afterId: after?.id ?? null },
    );
    return result.records.map((r) => ({ ...(r.get('rec') as RecommendationRecord), authorRank: r.get('rank') as number }));
  });
}

export type MemberRef = { memberId: string } | { handle: string };

/**
 * A member's recommendations (their pocket shop), newest first; undefined when no such member.
 */
export function recommendationsOfMember(
  graph: Graph,
  member: MemberRef,
  limit: number,
  after: { createdAt: number; id: string } | undefined,
): Promise<RecommendationRecord[] | undefined> {
  const matchMember = 'memberId' in member ? 'MATCH (m:Member {id: $memberId})' : 'MATCH (m:Member {handleKey: $handleKey})';
  return graph.read(async (tx) => {
    const result = await run(tx, 
      `${matchMember}
       RETURN COLLECT {
         MATCH (m)-[:RECOMMENDS]->(r:Recommendation)
         WHERE $afterAt IS NULL OR r.createdAt < $afterAt OR (r.createdAt = $afterAt AND r.id < $afterId)
         WITH r ORDER BY r.createdAt DESC, r.id DESC LIMIT $limit
         RETURN ${RECOMMENDATION_PROJECTION} AS rec
       } AS recs`,
      {
        memberId: 'memberId' in member ? member.memberId : null,
        handleKey: 'handle' in member ? member.handle.toLowerCase() : null,
        limit: limit,
        afterAt: after?.createdAt ?? null,
        afterId: after?.id ?? null,
      },
    );
    return result.records[0]?.get('recs') as RecommendationRecord[] | undefined;
  });
}

/** New recommendations by the members the viewer follows, newest first. */
export function feedOf(
  graph: Graph,
  viewerId: string,
  limit: number,
  after: { createdAt: number; id: string } | undefined,
): Promise<RecommendationRecord[]> {
  return graph.read(async (tx) => {
    const result = await run(tx, 
      `MATCH (:Member {id: $viewerId})-[:FOLLOWS]->(:Member)-[:RECOMMENDS]->(r:Recommendation)
       WHERE $afterAt IS NULL OR r.createdAt < $afterAt OR (r.createdAt = $afterAt AND r.id < $afterId)
       WITH DISTINCT r ORDER BY r.createdAt DESC, r.id DESC LIMIT $limit
       RETURN ${RECOMMENDATION_PROJECTION} AS rec`,
      { viewerId, limit: limit, afterAt: after?.createdAt ?? null, afterId: after?.id ?? null },
    );
    return result.records.map((r) => r.get('rec') as RecommendationRecord);
  });
}
