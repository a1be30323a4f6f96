// The burst of the crash-safety test: buyers who each place orders through a recommendation,
// have them delivered and rate them, concurrently, over plain HTTP. It records every response
// (status and error code) and every mutation the server ACKNOWLEDGED — a 200 answer with data
// and no error — because those, and only those, the server promised the client it kept.
import { expect } from '@jest/globals';

export interface Caller {
  id: string;
  handle: string;
  token: string;
}

export interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

export async function post(baseUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  // A generous limit: a request must answer (200 or 503), never hang until the test times out.
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

export const acknowledged = (a: Answer) => a.status === 200 && !a.body.errors?.length && a.body.data != null;

const PLACE = `mutation ($productId: ID!, $code: String, $key: String!) {
  placeOrder(productId: $productId, quantity: 1, recommendationCode: $code, idempotencyKey: $key) { id status } }`;
const DELIVER = `mutation ($orderId: ID!) { markOrderDelivered(orderId: $orderId) { id status } }`;
const RATE = `mutation ($orderId: ID!, $heldUp: Boolean!) {
  rateRecommendation(orderId: $orderId, stars: 4, heldUp: $heldUp) { feedback { id } trustEvent { id } } }`;

export interface AckedOrder {
  id: string;
  buyer: Caller;
  key: string;
  delivered: boolean;
  feedbackId?: string;
  /** The verdict sent on it, acknowledged or not. */
  heldUp?: boolean;
}

export interface BurstRecord {
  answers: { status: number; code?: string; message?: string }[];
  acked: AckedOrder[];
  /** placeOrder calls that were not acknowledged: the client would retry them with the same key. */
  unackedPlacements: { buyer: Caller; key: string; variables: Record<string, unknown> }[];
  /** Verdicts not acknowledged (committed or not, the answer was lost): the client would send them again. */
  unackedRatings: { buyer: Caller; order: AckedOrder; variables: Record<string, unknown> }[];
  ackCount: number;
}

export interface BurstPlan {
  baseUrl: string;
  buyers: Caller[];
  supplier: Caller;
  productId: string;
  /** Share codes of the recommendations; buyer b buys through codes[b % codes.length]. */
  codes: string[];
  rounds: number;
  /** Called once, when this many mutations have been acknowledged (the crash goes here). */
  triggerAfterAcks: number;
  onTrigger: () => void;
  /** Checked between steps: the test stops the burst once it has seen the outage. */
  stopped: () => boolean;
}

export function startBurst(plan: BurstPlan): { record: BurstRecord; done: Promise<void> } {
  const record: BurstRecord = { answers: [], acked: [], unackedPlacements: [], unackedRatings: [], ackCount: 0 };
  let triggered = false;
  const call = async (caller: Caller, query: string, variables: Record<string, unknown>) => {
    const answer = await post(plan.baseUrl, query, variables, caller.token);
    const error = answer.body.errors?.[0];
    record.answers.push({ status: answer.status, code: error?.extensions?.code, message: error?.message });
    if (acknowledged(answer)) {
      record.ackCount++;
      if (!triggered && record.ackCount >= plan.triggerAfterAcks) {
        triggered = true;
        plan.onTrigger();
      }
    } else {
      // During the outage every call fails fast; a short pause keeps the loop from spinning.
      await new Promise((r) => setTimeout(r, 50));
    }
    return answer;
  };

  const buyerLoop = async (buyer: Caller, b: number) => {
    for (let round = 0; round < plan.rounds && !plan.stopped(); round++) {
      const key = `burst-${b}-${round}`;
      const variables = { productId: plan.productId, code: plan.codes[b % plan.codes.length], key };
      const placed = await call(buyer, PLACE, variables);
      if (!acknowledged(placed)) {
        record.unackedPlacements.push({ buyer, key, variables });
        continue;
      }
      const order: AckedOrder = { id: (placed.body.data!.placeOrder as { id: string }).id, buyer, key, delivered: false };
      record.acked.push(order);
      if (plan.stopped() || !acknowledged(await call(plan.supplier, DELIVER, { orderId: order.id }))) continue;
      order.delivered = true;
      if (plan.stopped()) continue;
      // One verdict per buyer, every round: with the test's clock standing still all ratings
      // share one instant, and a buyer's repeats must not depend on their order to reconcile.
      const verdict = { orderId: order.id, heldUp: b % 3 !== 2 };
      order.heldUp = verdict.heldUp;
      const rated = await call(buyer, RATE, verdict);
      if (acknowledged(rated)) order.feedbackId = (rated.body.data!.rateRecommendation as { feedback: { id: string } }).feedback.id;
      else record.unackedRatings.push({ buyer, order, variables: verdict });
    }
  };
  const done = Promise.all(plan.buyers.map((buyer, b) => buyerLoop(buyer, b))).then(() => undefined);
  return { record, done };
}

/** Every answer is either an acknowledgement or the outage's typed 503: never a 500, never a leak. */
export function expectOnlyAcksOrOutage(record: BurstRecord): void {
  const others = record.answers.filter((a) => !(a.status === 200 && a.code === undefined) && !(a.status === 503 && a.code === 'SERVICE_UNAVAILABLE'));
  expect(others).toEqual([]);
  for (const a of record.answers) if (a.message) expect(a.message).not.toMatch(/neo4j|cypher|bolt|ECONN|\bat \S+:\d+/i);
}

export { PLACE, RATE };
