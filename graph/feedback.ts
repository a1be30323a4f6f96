// Buyer feedback: the buyer's verdict on the recommendation an order was placed through. The
// verdict and the trust event it causes are written in one transaction through the trust hook
// (graph/trust-signals.ts), so neither exists without the other.
import { randomUUID } from 'node:crypto';
import { conflict, forbidden, notFound } from '../server/errors';
import { ratingWindowRefusal } from '../server/domain/order-policy';
import type { Graph, Tx } from './graph';
import { ORDER_PROJECTION, type OrderRecord } from './orders';
import { recordTrustSignal, type RecordedTrustEvent } from './trust-signals';
import { isUniquenessViolation, lockOrder, refuseIf, run } from './write-support';

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
 * rate, and rating oneself would be self-dealing); already rated (CONFLICT); not delivered yet,
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

// Lock, read every fact the rules need in one statement (after the lock, so a concurrent refund or
// verdict has committed or waits), write the verdict, then the trust hook. The verdict is not read
// back: every field of it is known here.
async function rateTx(tx: Tx, raterId: string, req: RateRequest, now: Date) {
  if (!(await lockOrder(tx, req.orderId))) throw notFound('Order');
  const factsResult = await run(tx,
    `MATCH (o:Order {id: $orderId})
     OPTIONAL MATCH (o)-[:THROUGH]->(:Recommendation)<-[:RECOMMENDS]-(author:Member)
     RETURN ${ORDER_PROJECTION} AS order, author.id AS authorId, EXISTS { (o)<-[:ON]-(:Feedback) } AS rated`,
    { orderId: req.orderId },
  );
  const facts = factsResult.records[0]!.toObject() as { order: OrderRecord; authorId: string | null; rated: boolean };
  const order = facts.order;
  if (order.buyerId !== raterId) throw forbidden('Only the buyer of this order can rate its recommendation.');
  if (order.recommendationId === null || facts.authorId === null) {
    throw forbidden('This order was not placed through a recommendation, so there is no recommendation to rate.');
  }
  if (facts.authorId === raterId) throw forbidden('You cannot rate your own recommendation.');
  if (facts.rated) throw alreadyRated();
  refuseIf(ratingWindowRefusal(order, now.getTime()));

  const feedback: FeedbackRecord = {
    id: randomUUID(),
    orderId: req.orderId,
    raterId,
    recommendationId: order.recommendationId,
    stars: req.stars,
    heldUp: req.heldUp,
    comment: req.comment,
    at: now.getTime(),
  };
  await run(tx,
    `MATCH (buyer:Member {id: $raterId})-[:PLACED]->(o:Order {id: $orderId})-[:THROUGH]->(r:Recommendation)
     CREATE (buyer)-[:GAVE]->(f:Feedback {id: $id, orderId: $orderId, stars: $stars, heldUp: $heldUp, comment: $comment, at: $at})-[:ON]->(o)
     CREATE (f)-[:RATES]->(r)`,
    { ...feedback },
  );
  const trustEvent = await recordTrustSignal(tx, { cause: 'FEEDBACK', orderId: req.orderId, heldUp: req.heldUp, stars: req.stars }, now);
  return {
    feedback,
    trustEvent: trustEvent && { ...trustEvent, cause: 'FEEDBACK' as const, at: now.getTime() },
  };
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
