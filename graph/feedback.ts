// Buyer feedback: the buyer's verdict on the recommendation an order was placed through. The
// verdict and the trust event it causes are written in one transaction, by one statement that
// ends with the trust hook's write (graph/trust-signals.ts), so neither exists without the other.
import { randomUUID } from 'node:crypto';
import { conflict, forbidden, notFound, unauthenticated } from '../server/errors';
import { ratingWindowRefusal } from '../server/domain/order-policy';
import type { Graph, Tx } from './graph';
import { ORDER_PROJECTION, type OrderRecord } from './orders';
import {
  LOCK_RECOMMENDER, NO_TRUST_MOVE, TRUST_FACTS, TRUST_WRITE, trustMove,
  type RecordedTrustEvent, type TrustFacts, type TrustWriteParams,
} from './trust-signals';
import { NOTIFY_WITHIN, noticeParams, notifyAdminsOfNewFlags } from './notify';
import { LIVE_SESSION_VIEWER, VIEWER_PROJECTION, sessionCheckParams, type SessionCheck, type Viewer } from './sessions';
import type { NotificationDraft } from '../server/domain/notifications';
import { DEFAULT_PRIVILEGE_LADDER, type PrivilegeLadder } from '../server/domain/privileges';
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
/**
 * Who rates: a member the caller has already identified, or the holder of a session token, whose
 * session the rating checks in its own first statement (RATE_FACTS_IN_SESSION) — so a signed-in
 * rating costs no statement of its own for the session, and a session ended on any server
 * (sign-out, idle, lockout) stops it at once. `admit` runs inside the transaction once the member
 * is known, before anything is written (the per-member write limit; a refusal rolls back).
 */
export type Rater = string | { session: SessionCheck; admit(viewer: Viewer): Promise<void> };

export async function rateRecommendation(
  graph: Graph,
  rater: Rater,
  req: RateRequest,
  now: Date,
  /** The server's privilege ladder (the notices of steps a verdict opens or closes). */
  ladder: PrivilegeLadder = DEFAULT_PRIVILEGE_LADDER,
): Promise<{ feedback: FeedbackRecord; trustEvent: TrustEventRecord | undefined; viewer: Viewer | undefined }> {
  try {
    // A verdict moves trust (boards), never the snapshots: cached ranks stay.
    return await graph.write((tx) => rateTx(tx, rater, req, now, ladder), { changes: ['boards'] });
  } catch (err) {
    if (isUniquenessViolation(err, 'orderId')) throw alreadyRated();
    throw err;
  }
}

/**
 * A rating is two statements in one transaction, since every statement is a Bolt round trip and
 * costs both processes CPU (they dominated the API's CPU profile at seven). A signed-in rating over
 * the API checks its session in the first; the benchmark's bare-driver peer runs exactly these,
 * without the refusal checks:
 *   RATE_FACTS_IN_SESSION ({ orderId, ...sessionCheckParams }) → one record, the viewer and RateFacts
 *     (RATE_FACTS ({ orderId }) for a rater known already: no record for an unknown order);
 *   verdictWriteParams(facts, raterId, req, now, feedbackId?) → { feedback, trustEvent, params };
 *   RATE_WRITE (params): the verdict, its notifications, the trust write.
 *
 * RATE_FACTS locks the order, then the recommender (the order a refund takes them in too, so the
 * two cannot deadlock), and reads every fact after both locks: a concurrent refund or verdict of
 * this order, or verdict on this recommender, has committed or waits.
 * The author is an OPTIONAL MATCH so an order with no recommendation still returns its facts
 * and is refused as such.
 */
const FACTS_OF_ORDER = `
  MATCH (o:Order {id: $orderId})
  SET o._lock = true REMOVE o._lock
  WITH o
  ${LOCK_RECOMMENDER}
  RETURN ${ORDER_PROJECTION} AS order, author.id AS authorId,
         EXISTS { (o)<-[:ON]-(:Feedback) } AS rated, ${TRUST_FACTS} AS trust`;

/** The facts of an order whose rater is known already (params: $orderId). */
export const RATE_FACTS = FACTS_OF_ORDER;

/**
 * The same facts for a rater named by a session token: the session is checked first, in the same
 * statement (LIVE_SESSION_VIEWER), and the order is neither locked nor read unless it is live —
 * an unknown caller learns nothing of the order, not even whether it exists. One row: `viewer`
 * (null: no live session) and the facts (null when the order is unknown or the session is not live).
 * Params: $orderId and sessionCheckParams.
 */
export const RATE_FACTS_IN_SESSION = `
  ${LIVE_SESSION_VIEWER}
  OPTIONAL CALL (viewer) {
    WITH viewer WHERE viewer IS NOT NULL
    ${FACTS_OF_ORDER}
  }
  RETURN ${VIEWER_PROJECTION} AS viewer, order, authorId, rated, trust`;

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
  ${NOTIFY_WITHIN}
  ${TRUST_WRITE}`;

/**
 * The pure step between RATE_FACTS and RATE_WRITE, for facts the rules accepted (so the order has
 * a recommendation): the verdict, the trust event it causes (none when no trust moves), and
 * RATE_WRITE's params, with the notifications it writes: the recommender's verdict notice and the
 * privilege steps the verdict opened or closed for them.
 * `feedbackId` lets a caller choose the verdict's id.
 */
export function verdictWriteParams(
  facts: RateFacts,
  raterId: string,
  req: RateRequest,
  now: Date,
  feedbackId: string = randomUUID(),
  ladder: PrivilegeLadder = DEFAULT_PRIVILEGE_LADDER,
): { feedback: FeedbackRecord; trustEvent: RecordedTrustEvent | undefined; params: FeedbackRecord & TrustWriteParams & { notices: unknown[] } } {
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
  const move = trustMove(facts.trust, { cause: 'FEEDBACK', orderId: req.orderId, heldUp: req.heldUp, stars: req.stars }, now, ladder);
  const verdictNotice: NotificationDraft = {
    recipientId: facts.authorId!, kind: 'VERDICT', actorId: raterId, recommendationId: feedback.recommendationId, orderId: req.orderId,
    trustEventId: move?.event.id ?? null, trustDelta: move?.event.delta ?? null, stars: req.stars, heldUp: req.heldUp,
  };
  return {
    feedback,
    trustEvent: move?.event,
    params: { ...feedback, ...(move?.params ?? NO_TRUST_MOVE), ...noticeParams([verdictNotice, ...(move?.notices ?? [])]) },
  };
}

/** The facts of the order, and who is rating (undefined: the session is not live). */
async function factsFor(tx: Tx, rater: Rater, req: RateRequest, now: Date): Promise<{ viewer: Viewer | undefined; facts: RateFacts | undefined }> {
  if (typeof rater === 'string') {
    const facts = (await tx.run(RATE_FACTS, { orderId: req.orderId })).records[0]?.toObject() as RateFacts | undefined;
    return { viewer: undefined, facts };
  }
  const row = (await tx.run(RATE_FACTS_IN_SESSION, { orderId: req.orderId, ...sessionCheckParams(rater.session, now.getTime()) })).records[0]!.toObject() as
    RateFacts & { viewer: Viewer | null };
  const { viewer, ...facts } = row;
  if (!viewer) throw unauthenticated();
  await rater.admit(viewer);
  return { viewer, facts: facts.order === null ? undefined : facts };
}

async function rateTx(tx: Tx, rater: Rater, req: RateRequest, now: Date, ladder: PrivilegeLadder) {
  const { viewer, facts } = await factsFor(tx, rater, req, now);
  const raterId = viewer?.id ?? (rater as string);
  if (!facts) throw notFound('Order');
  const order = facts.order;
  if (order.buyerId !== raterId) throw forbidden('Only the buyer of this order can rate its recommendation.');
  if (order.recommendationId === null || facts.authorId === null) {
    throw forbidden('This order was not placed through a recommendation, so there is no recommendation to rate.');
  }
  if (facts.authorId === raterId) throw forbidden('You cannot rate your own recommendation.');
  if (facts.rated) return { ...(await sameVerdictAgain(tx, facts.authorId, req)), viewer };
  refuseIf(ratingWindowRefusal(order, now.getTime()));

  // The verdict is not read back: every field of it is known here. Its notifications (the
  // recommender's, and any privilege it opened or closed) are written by RATE_WRITE itself.
  const { feedback, trustEvent, params } = verdictWriteParams(facts, raterId, req, now, randomUUID(), ladder);
  await tx.run(RATE_WRITE, params);
  if (params.runFlag) await notifyAdminsOfNewFlags(tx, [params.runFlag], now.getTime());
  return {
    feedback,
    trustEvent: trustEvent && { ...trustEvent, cause: 'FEEDBACK' as const, at: now.getTime() },
    viewer,
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
