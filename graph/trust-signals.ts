// The one place where buyers' verdicts reach the trust engine. Feedback on an attributed order
// and a refund of one both call recordTrustSignal inside their own transaction, so the verdict,
// the recommender's new score and the trust event explaining it are written together or not
// at all. The maths is server/domain/trust (pure); this file only reads the facts it needs and
// writes the result.
import { randomUUID } from 'node:crypto';
import { applyVerdict, explainTrustEvent, type VerdictCause } from '../server/domain/trust';
import type { Tx } from './graph';
import { trustFromProps, trustToProps, type TrustProps } from './member-trust-props';

export interface TrustSignal {
  cause: VerdictCause;
  orderId: string;
  /** FEEDBACK: the buyer's answer to "did it hold up?"; a REFUND is always false. */
  heldUp: boolean;
  stars?: 1 | 2 | 3 | 4 | 5;
}

export interface RecordedTrustEvent {
  id: string;
  memberId: string;
  before: number;
  after: number;
  delta: number;
  textEn: string;
  textZh: string;
}

const FACTS = `
  MATCH (buyer:Member)-[:PLACED]->(o:Order {id: $orderId})-[:THROUGH]->(r:Recommendation)<-[:RECOMMENDS]-(author:Member)
  MATCH (o)-[:OF]->(p:Product)
  OPTIONAL MATCH (buyer)-[:PLACED]->(prev:Order)-[:THROUGH]->(:Recommendation)<-[:RECOMMENDS]-(author)
    WHERE prev <> o AND (prev.status = 'REFUNDED' OR EXISTS { (prev)<-[:ON]-(:Feedback) })
  WITH buyer, author, o, p, count(prev) AS previous
  RETURN buyer {.*, passwordHash: null} AS buyer, author {.*, passwordHash: null} AS author,
         o.totalMinor AS orderValueMinor, p.title AS productTitle, previous,
         EXISTS { (author)-[:GAVE]->(:Feedback)-[:RATES]->(:Recommendation)<-[:RECOMMENDS]-(buyer) } AS reciprocal`;

/** Applies one verdict to the recommender's trust; returns the event, or undefined when nothing moves (self-dealing). */
export async function recordTrustSignal(tx: Tx, signal: TrustSignal, now: Date): Promise<RecordedTrustEvent | undefined> {
  // The recommender's write lock before reading their score: two verdicts on one recommender at
  // once would otherwise both start from the same score, and the second write would erase the
  // first's move (a lost update, found by the crash-safety burst; the recompute had to repair it).
  await tx.run(
    `MATCH (:Order {id: $orderId})-[:THROUGH]->(:Recommendation)<-[:RECOMMENDS]-(author:Member)
     SET author._lock = true REMOVE author._lock`,
    { orderId: signal.orderId },
  );
  const result = await tx.run(FACTS, { orderId: signal.orderId });
  const facts = result.records[0]?.toObject();
  if (!facts) return undefined; // not an attributed order: no recommender to move
  type StoredMember = Partial<TrustProps> & { id: string; handle: string; verified?: boolean };
  const buyer = facts.buyer as StoredMember;
  const author = facts.author as StoredMember;
  if (buyer.id === author.id) return undefined; // buying through your own recommendation moves no trust

  const raterTrust = trustFromProps(buyer, now);
  const current = trustFromProps(author, now);
  const outcome = applyVerdict(
    current,
    {
      heldUp: signal.cause === 'REFUND' ? false : signal.heldUp,
      stars: signal.stars,
      cause: signal.cause,
      raterTrust,
      orderValueMinor: facts.orderValueMinor as number,
      previousRatingsByRaterOfRecommender: facts.previous as number,
      reciprocal: facts.reciprocal as boolean,
      selfDealing: false,
      at: now,
    },
    now,
  );
  const explain = {
    delta: outcome.delta,
    after: outcome.next.score,
    raterHandle: buyer.handle,
    productTitle: facts.productTitle as string,
    heldUp: signal.cause === 'REFUND' ? false : signal.heldUp,
    cause: signal.cause,
    raterScore: raterTrust.score,
  };
  const event: RecordedTrustEvent = {
    id: randomUUID(),
    memberId: author.id,
    before: current.score,
    after: outcome.next.score,
    delta: outcome.delta,
    textEn: explainTrustEvent(explain, 'en'),
    textZh: explainTrustEvent(explain, 'zh-CN'),
  };
  await tx.run(
    `MATCH (author:Member {id: $memberId})
     SET author += $trust
     CREATE (author)-[:HAS_TRUST_EVENT]->(:TrustEvent {
       id: $id, at: toInteger($at), cause: $cause, before: $before, after: $after, delta: $delta,
       weight: $weight, textEn: $textEn, textZh: $textZh, orderId: $orderId, raterId: $raterId })`,
    {
      ...event,
      trust: trustToProps(outcome.next),
      at: now.getTime(),
      cause: signal.cause,
      weight: outcome.weight,
      orderId: signal.orderId,
      raterId: buyer.id,
    },
  );
  return event;
}
