// The one place where buyers' verdicts reach the trust engine. Feedback on an attributed order
// and a refund of one both apply their verdict inside their own transaction, so the verdict,
// the recommender's new score and the trust event explaining it are written together or not
// at all. The maths is server/domain/trust (pure); this file only defines the facts it needs
// (LOCK_RECOMMENDER + TRUST_FACTS), the pure step from facts to write (trustMove) and the write
// (TRUST_WRITE). Feedback (graph/feedback.ts) splices these into its own two statements, since
// every statement is a Bolt round trip; a refund runs them through recordTrustSignal.
//
// The same write folds the verdict into the pair's trust edge, (buyer)-[:TRUST_EDGE]->(author)
// (server/domain/trust/trust-edge.ts): the global recompute reads those edges instead of every
// verdict, and the next verdict of this pair reads its repeat count from it. The edge is written
// only under the recommender's lock (LOCK_RECOMMENDER), so two verdicts of one pair cannot both
// start from the same edge.
import { notify, notifyAdminsOfNewFlags } from './notify';
import { DEFAULT_PRIVILEGE_LADDER, type PrivilegeLadder } from '../server/domain/privileges';
import { privilegeNotices, type NotificationDraft } from '../server/domain/notifications';
import { randomUUID } from 'node:crypto';
import { addVerdictToEdge, applyVerdict, evidenceGiven, explainTrustEvent, letDownRun, type VerdictCause } from '../server/domain/trust';
import { COST_FACTS, weakOf, type StoredCostFacts } from './evidence-cost';
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

/**
 * Cypher, after the order `o` is matched: takes the write lock of its recommender `author` and
 * carries `o, author` on (author null when the order was not placed through a recommendation:
 * SET and REMOVE on null do nothing). Read the recommender's trust only after this: two verdicts
 * on one recommender at once would otherwise both start from the same score, and the second
 * write would erase the first's move (a lost update, found by the crash-safety burst).
 */
export const LOCK_RECOMMENDER = `
  OPTIONAL MATCH (o)-[:THROUGH]->(:Recommendation)<-[:RECOMMENDS]-(author:Member)
  SET author._lock = true REMOVE author._lock
  WITH o, author`;

/**
 * Cypher expression, after LOCK_RECOMMENDER: the facts a verdict on `o` is weighed with (a
 * TrustFacts map), or null when there is no recommender. An expression rather than clauses so
 * that a statement can return it beside other facts of the same order.
 */
export const TRUST_FACTS = `[(buyer:Member)-[:PLACED]->(o)-[:OF]->(p:Product) WHERE author IS NOT NULL | {
    buyer: buyer {.*, passwordHash: null}, author: author {.*, passwordHash: null},
    orderValueMinor: o.totalMinor, productTitle: p.title,
    edge: [(buyer)-[e:TRUST_EDGE]->(author) | e {.positive, .negative, .count, .at}][0],
    given: [(buyer)-[g:TRUST_EDGE]->() | g {.positive, .negative, .count, .at}],
    reciprocal: EXISTS { (author)-[:TRUST_EDGE]->(buyer) },
    supplierDealing: EXISTS { (p)<-[:SUPPLIES]-(buyer) } OR EXISTS { (p)<-[:SUPPLIES]-(author) },
    cost: ${COST_FACTS}
  }][0]`;

type StoredMember = Partial<TrustProps> & { id: string; handle: string; verified?: boolean; letDownRun?: number };

export interface TrustFacts {
  buyer: StoredMember;
  author: StoredMember;
  orderValueMinor: number;
  productTitle: string;
  /** The pair's trust edge before this verdict (its count: earlier verdicts and refunds); null for the first. */
  edge: StoredTrustEdge | null;
  /** The recommender has rated (or refunded an order through) one of the buyer's recommendations. */
  reciprocal: boolean;
  /** The buyer or the recommender supplies the product: their verdict is self-dealing. */
  supplierDealing: boolean;
  /** Every trust edge the buyer has given (this pair's included): what their budget is spent on. */
  given: StoredTrustEdge[];
  /** What decides whether this verdict is weak evidence. */
  cost: StoredCostFacts;
}

/** A TRUST_EDGE relationship's properties; `at` is epoch ms, as every time in the graph. */
export interface StoredTrustEdge {
  positive: number;
  negative: number;
  count: number;
  at: number;
}

/**
 * Cypher: sets the recommender's trust and appends the trust event explaining it, from the
 * params of a TrustMove. With TrustMove's NO_TRUST_MOVE params it matches nobody and writes
 * nothing, so a statement can end with it whether or not trust moves. Sent as they are (tx.run,
 * not run): trust stays FLOAT even when a value is whole; only `at` is made an INTEGER here.
 */
export const TRUST_WRITE = `
  MATCH (author:Member {id: $trustEvent.memberId})
  MATCH (rater:Member {id: $trustEvent.raterId})
  SET author += $trust
  CREATE (author)-[:HAS_TRUST_EVENT]->(:TrustEvent {
    id: $trustEvent.id, at: toInteger($trustEvent.at), cause: $trustEvent.cause,
    before: $trustEvent.before, after: $trustEvent.after, delta: $trustEvent.delta, weight: $trustEvent.weight,
    textEn: $trustEvent.textEn, textZh: $trustEvent.textZh, orderId: $trustEvent.orderId, raterId: $trustEvent.raterId })
  MERGE (rater)-[edge:TRUST_EDGE]->(author)
  SET edge.positive = $edge.positive, edge.negative = $edge.negative,
      edge.count = toInteger($edge.count), edge.at = toInteger($edge.at),
      author.letDownRun = toInteger($letDownRun)
  FOREACH (run IN CASE WHEN $runFlag IS NULL THEN [] ELSE [$runFlag] END |
    MERGE (f:FraudFlag {key: run.key})
      ON CREATE SET f.id = run.id, f.kind = 'LET_DOWN_RUN', f.status = 'OPEN', f.createdAt = toInteger($trustEvent.at),
                    f.raisedBy = 'VERDICT'
    MERGE (f)-[:FLAGS]->(author))`;

export interface TrustWriteParams {
  trust: TrustProps | null;
  trustEvent: (RecordedTrustEvent & { at: number; cause: VerdictCause; weight: number; orderId: string; raterId: string }) | null;
  /** The pair's trust edge with this verdict folded in. */
  edge: StoredTrustEdge | null;
  /** The recommender's let-downs in a row after this verdict. */
  letDownRun: number;
  /** A LET_DOWN_RUN fraud flag to raise (the run just reached letDownRunFlag), or null. */
  runFlag: { id: string; key: string } | null;
}

/** TRUST_WRITE's params when no trust moves: it then writes nothing. */
export const NO_TRUST_MOVE: TrustWriteParams = { trust: null, trustEvent: null, edge: null, letDownRun: 0, runFlag: null };

/**
 * The pure step between the facts and the write: the recommender's new trust and the event
 * explaining it, or undefined when nothing moves (no recommender, or buying through your own
 * recommendation, which moves no trust).
 */
export function trustMove(
  facts: TrustFacts | null,
  signal: TrustSignal,
  now: Date,
  /** The ladder "privilege gained / lost" notices are measured against: the server's configured one. */
  ladder: PrivilegeLadder = DEFAULT_PRIVILEGE_LADDER,
): { event: RecordedTrustEvent; params: TrustWriteParams; notices: NotificationDraft[] } | undefined {
  if (!facts) return undefined;
  const { buyer, author } = facts;
  // Buying through your own recommendation, or the supplier judging (or being judged on) its own
  // product, moves no trust.
  if (buyer.id === author.id || facts.supplierDealing) return undefined;

  const heldUp = signal.cause === 'REFUND' ? false : signal.heldUp;
  const weak = weakOf(facts.cost, now.getTime());
  const raterGiven = evidenceGiven(facts.given.map((e) => ({ ...e, atMs: e.at })), now.getTime());
  const raterTrust = trustFromProps(buyer, now);
  const current = trustFromProps(author, now);
  const outcome = applyVerdict(
    current,
    {
      heldUp,
      stars: signal.stars,
      cause: signal.cause,
      raterTrust,
      orderValueMinor: facts.orderValueMinor,
      previousRatingsByRaterOfRecommender: facts.edge?.count ?? 0,
      reciprocal: facts.reciprocal,
      selfDealing: false,
      weak,
      raterGiven,
      at: now,
    },
    now,
  );
  // The steps of the privilege ladder this verdict opened or closed for the author: told in the
  // transaction that stores the new trust (docs/privileges.md).
  const notices = privilegeNotices(author.id, current, outcome.next, ladder);
  const explain = {
    delta: outcome.delta,
    faded: outcome.faded,
    after: outcome.next.score,
    raterHandle: buyer.handle,
    productTitle: facts.productTitle,
    heldUp,
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
  const trustEvent = { ...event, at: now.getTime(), cause: signal.cause, weight: outcome.weight, orderId: signal.orderId, raterId: buyer.id };
  const before = facts.edge && { ...facts.edge, atMs: facts.edge.at };
  const next = addVerdictToEdge(before ?? undefined, {
    heldUp, orderValueMinor: facts.orderValueMinor, refund: signal.cause === 'REFUND', weak, atMs: now.getTime(),
  });
  const edge = { positive: next.positive, negative: next.negative, count: next.count, at: next.atMs };
  // A run of let-downs holds the recommender's commissions for review (a slow burn cashing in).
  const run = letDownRun(typeof author.letDownRun === 'number' ? author.letDownRun : 0, heldUp);
  const runFlag = run.flag ? { id: randomUUID(), key: `LET_DOWN_RUN:${author.id}:${now.getTime()}` } : null;
  return { event, params: { trust: trustToProps(outcome.next), trustEvent, edge, letDownRun: run.run, runFlag }, notices };
}

const LOCKED_TRUST_FACTS = `MATCH (o:Order {id: $orderId}) ${LOCK_RECOMMENDER} RETURN ${TRUST_FACTS} AS trust`;

/**
 * Applies one verdict already written (a refund, a replayed verdict) to the recommender's trust,
 * in two statements; returns the event, or undefined when nothing moves.
 */
export async function recordTrustSignal(
  tx: Tx,
  signal: TrustSignal,
  now: Date,
  ladder: PrivilegeLadder = DEFAULT_PRIVILEGE_LADDER,
): Promise<RecordedTrustEvent | undefined> {
  const result = await tx.run(LOCKED_TRUST_FACTS, { orderId: signal.orderId });
  const move = trustMove((result.records[0]?.get('trust') as TrustFacts | null | undefined) ?? null, signal, now, ladder);
  if (!move) return undefined;
  await tx.run(TRUST_WRITE, { ...move.params });
  await notify(tx, move.notices, now.getTime());
  if (move.params.runFlag) await notifyAdminsOfNewFlags(tx, [move.params.runFlag], now.getTime());
  return move.event;
}
