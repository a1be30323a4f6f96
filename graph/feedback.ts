// Buyer feedback: the buyer's verdict on the recommendation an order was placed through. The
// verdict and the trust event it causes are written in one transaction, by one statement that
// ends with the trust hook's write (graph/trust-signals.ts), so neither exists without the other.
import { randomUUID } from 'node:crypto';
import { conflict, forbidden, notFound } from '../server/errors';
import { ratingWindowRefusal } from '../server/domain/order-policy';
import type { Graph, Tx } from './graph';
import { ORDER_PROJECTION, type OrderRecord } from './orders';
import {
  LOCK_RECOMMENDER, NO_TRUST_MOVE, TRUST_FACTS, TRUST_WRITE, trustMove,
  type RecordedTrustEvent, type TrustFacts, type TrustWriteParams,
} from './trust-signals';
import { notify, notifyAdminsOfNewFlags } from './notify';
import type { NotificationDraft } from '../server/domain/notifications';
import { isUniquenessViolation, refuseIf, run } from './write-support';

export interface FeedbackRecord {
  id: string;
  orderId: string;
  raterId: string;
  recommendationId: string;
  stars: number;
  heldUp: boolean;
  comment: string | null;
  at: number;
}

export const FEEDBACK_PROJECTION = `f {
  .id, .orderId, .stars, .heldUp, .comment, .at,
  raterId: [(f)<-[:GAVE]-(rater:Member) | rater.id][0],
  recommendationId: [(f)-[:RATES]->(rec:Recommendation) | rec.id][0]
}`;

export interface RateRequest {
  orderId: string;
  stars: 1 | 2 | 3 | 4 | 5;
  heldUp: boolean;
  comment: string | null;
}

/** A trust event as the API shows it: what the trust hook recorded, with its cause and time. */
export interface TrustEventRecord extends RecordedTrustEvent {
  cause: 'FEEDBACK' | 'REFUND' | 'RECOMPUTE';
  at: number;
}

const alreadyRated = () => conflict('You have already rated the recommendation for this order.');

/**
 * The buyer rates the recommendation their delivered order was placed through. Refusals, in
 * the order they are checked: unknown order (NOT_FOUND); not the buyer (FORBIDDEN); the order
 * was not placed through a recommendation, or through the buyer's own (FORBIDDEN: nothing to
 * rate, and rating oneself would be self-dealing); already rated with another verdict (CONFLICT;
 * the same verdict again is answered with the stored one); not delivered yet,
 * refunded, or the rating window closed (FORBIDDEN, with the date it closed).
 */
export async function rateRecommendation(
  graph: Graph,
  raterId: string,
  req: RateRequest,
  now: Date,
): Promise<{ feedback: FeedbackRecord; trustEvent: TrustEventRecord | undefined }> {
  try {
    // A verdict moves trust (boards), never the snapshots: cached ranks stay.
    return await graph.write((tx) => rateTx(tx, raterId, req, now), { changes: ['boards'] });
  } catch (err) {
    if (isUniquenessViolation(err, 'orderId')) throw alreadyRated();
    throw err;
  }
}

/**
 * A rating is two statements in one transaction, since every statement is a Bolt round trip
 * (they dominated the API's CPU profile at seven). The benchmark's bare-driver peer runs exactly
 * these, without the refusal checks:
 *   RATE_FACTS ({ orderId }) → one record, RateFacts (none: unknown order);
 *   verdictWriteParams(facts, raterId, req, now, feedbackId?) → { feedback, trustEvent, params, notices };
 *   RATE_WRITE (params).
 *
 * RATE_FACTS locks the order, then the recommender (the order a refund takes them in too, so the
 * two cannot deadlock), and reads every fact after both locks: a concurrent refund or verdict of
 * this order, or verdict on this recommender, has committed or waits.
 * The author is an OPTIONAL MATCH so an order with no recommendation still returns its facts
 * and is refused as such.
 */
export const RATE_FACTS = `
  MATCH (o:Order {id: $orderId})
  SET o._lock = true REMOVE o._lock
  WITH o
  ${LOCK_RECOMMENDER}
  RETURN ${ORDER_PROJECTION} AS order, author.id AS authorId,
         EXISTS { (o)<-[:ON]-(:Feedback) } AS rated, ${TRUST_FACTS} AS trust`;

export interface RateFacts {
  order: OrderRecord;
  authorId: string | null;
  rated: boolean;
  trust: TrustFacts | null;
}

/**
 * The verdict, then the trust write (TRUST_WRITE; it writes nothing with NO_TRUST_MOVE). The
 * aggregation leaves exactly one row, so the trust write runs once. Params go as they are (not
 * through run()), so the trust keeps its FLOAT types; the verdict's integers are made here.
 */
export const RATE_WRITE = `
  MATCH (buyer:Member {id: $raterId})-[:PLACED]->(o:Order {id: $orderId})-[:THROUGH]->(r:Recommendation)
  CREATE (buyer)-[:GAVE]->(f:Feedback {
    id: $id, orderId: $orderId, stars: toInteger($stars), heldUp: $heldUp, comment: $comment, at: toInteger($at)
  })-[:ON]->(o)
  CREATE (f)-[:RATES]->(r)
  WITH count(f) AS verdicts
  ${TRUST_WRITE}`;

/**
 * The pure step between RATE_FACTS and RATE_WRITE, for facts the rules accepted (so the order has
 * a recommendation): the verdict, the trust event it causes (none when no trust moves), and
 * RATE_WRITE's params, and the privilege steps it opened or closed for the recommender (notices).
 * `feedbackId` lets a caller choose the verdict's id.
 */
export function verdictWriteParams(
  facts: RateFacts,
  raterId: string,
  req: RateRequest,
  now: Date,
  feedbackId: string = randomUUID(),
): { feedback: FeedbackRecord; trustEvent: RecordedTrustEvent | undefined; params: FeedbackRecord & TrustWriteParams; notices: NotificationDraft[] } {
  const feedback: FeedbackRecord = {
    id: feedbackId,
    orderId: req.orderId,
    raterId,
    recommendationId: facts.order.recommendationId!,
    stars: req.stars,
    heldUp: req.heldUp,
    comment: req.comment,
    at: now.getTime(),
  };
  const move = trustMove(facts.trust, { cause: 'FEEDBACK', orderId: req.orderId, heldUp: req.heldUp, stars: req.stars }, now);
  return { feedback, trustEvent: move?.event, params: { ...feedback, ...(move?.params ?? NO_TRUST_MOVE) }, notices: move?.notices ?? [] };
}

async function rateTx(tx: Tx, raterId: string, req: RateRequest, now: Date) {
  const facts = (await tx.run(RATE_FACTS, { orderId: req.orderId })).records[0]?.toObject() as RateFacts | undefined;
  if (!facts) throw notFound('Order');
  const order = facts.order;
  if (order.buyerId !== raterId) throw forbidden('Only the buyer of this order can rate its recommendation.');
  if (order.recommendationId === null || facts.authorId === null) {
    throw forbidden('This order was not placed through a recommendation, so there is no recommendation to rate.');
  }
  if (facts.authorId === raterId) throw forbidden('You cannot rate your own recommendation.');
  if (facts.rated) return sameVerdictAgain(tx, facts.authorId, req);
  refuseIf(ratingWindowRefusal(order, now.getTime()));

  // The verdict is not read back: every field of it is known here.
  const { feedback, trustEvent, params, notices } = verdictWriteParams(facts, raterId, req, now);
  await tx.run(RATE_WRITE, params);
  await notify(tx, [{
    recipientId: facts.authorId, kind: 'VERDICT', actorId: raterId, recommendationId: feedback.recommendationId, orderId: req.orderId,
    trustEventId: trustEvent?.id ?? null, trustDelta: trustEvent?.delta ?? null, stars: req.stars, heldUp: req.heldUp,
  }, ...notices], now.getTime());
  if (params.runFlag) await notifyAdminsOfNewFlags(tx, [params.runFlag.key], now.getTime());
  return {
    feedback,
    trustEvent: trustEvent && { ...trustEvent, cause: 'FEEDBACK' as const, at: now.getTime() },
  };
}

/**
 * The order is rated already. The same verdict again (same stars, held up, comment; the buyer was
 * checked above) is a retry whose first answer was lost — a cut connection, or the graph
 * re-running a transaction whose commit had in fact gone through — so it gets the verdict as
 * stored and its trust event, and moves nothing. A different verdict is refused: it is final.
 */
async function sameVerdictAgain(tx: Tx, authorId: string, req: RateRequest) {
  const stored = (
    await tx.run(
      `MATCH (:Order {id: $orderId})<-[:ON]-(f:Feedback)
       OPTIONAL MATCH (:Member {id: $authorId})-[:HAS_TRUST_EVENT]->(e:TrustEvent {cause: 'FEEDBACK', orderId: $orderId})
       RETURN ${FEEDBACK_PROJECTION} AS feedback,
              e {.id, .cause, .before, .after, .delta, .textEn, .textZh, .at, memberId: $authorId} AS trustEvent`,
      { orderId: req.orderId, authorId },
    )
  ).records[0];
  const feedback = stored && normalise(stored.get('feedback') as FeedbackRecord);
  if (!feedback || feedback.stars !== req.stars || feedback.heldUp !== req.heldUp || feedback.comment !== (req.comment ?? null)) {
    throw alreadyRated();
  }
  return { feedback, trustEvent: (stored.get('trustEvent') as TrustEventRecord | null) ?? undefined };
}

function normalise(f: FeedbackRecord): FeedbackRecord {
  return { ...f, comment: f.comment ?? null };
}

/** The verdicts on many orders in one query (for a DataLoader). */
export function feedbackByOrderIds(graph: Graph, orderIds: readonly string[]): Promise<FeedbackRecord[]> {
  return graph.read(async (tx) => {
    const result = await run(tx, 
      `UNWIND $orderIds AS orderId MATCH (f:Feedback {orderId: orderId}) RETURN ${FEEDBACK_PROJECTION} AS feedback`,
      { orderIds },
    );
    return result.records.map((r) => normalise(r.get('feedback') as FeedbackRecord));
  });
}
