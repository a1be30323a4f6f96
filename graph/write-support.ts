// Small tools the mutations in graph/orders.ts, recommendations.ts and feedback.ts share:
// taking a write lock before reading what a rule depends on, turning a rule's refusal into the
// API's typed error, and recognising a uniqueness constraint that fired under a race.
import { UserError } from '../server/errors';
import type { Refusal } from '../server/domain/order-policy';
import neo4j from 'neo4j-driver';
import type { Tx } from './graph';

/**
 * tx.run with every safe-integer number sent as a Cypher INTEGER. The driver sends a JS number
 * as a FLOAT, which would store money, counts and epoch millis as floats (docs/data-model.md
 * says integers) and which LIMIT refuses. Non-integral numbers (trust ranks) stay floats.
 */
export function run(tx: Tx, cypher: string, params: Record<string, unknown> = {}) {
  return tx.run(cypher, integers(params) as Record<string, unknown>);
}

/**
 * The same conversion for params that go into a statement whose other params travel as they are
 * (RATE_WRITE keeps the trust's FLOATs): only the part given here gets Cypher INTEGERs.
 */
export function integers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(integers);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, integers(v)]));
  }
  return value;
}

/**
 * Takes the node's write lock for the rest of the transaction (Neo4j's documented
 * "SET then REMOVE a dummy property" idiom). Read the facts a rule needs *after* this, in a
 * later statement, and two concurrent mutations of the same order (deliver vs refund) or of
 * the same member (the daily cap) run one after the other instead of both passing the check.
 */
export async function lockOrder(tx: Tx, orderId: string): Promise<boolean> {
  const result = await run(tx, 'MATCH (o:Order {id: $id}) SET o._lock = true REMOVE o._lock RETURN count(o) AS n', { id: orderId });
  return (result.records[0]?.get('n') as number) > 0;
}

export async function lockMember(tx: Tx, memberId: string): Promise<boolean> {
  const result = await run(tx, 'MATCH (m:Member {id: $id}) SET m._lock = true REMOVE m._lock RETURN count(m) AS n', { id: memberId });
  return (result.records[0]?.get('n') as number) > 0;
}

export async function lockRecommendation(tx: Tx, recommendationId: string): Promise<boolean> {
  const result = await run(tx, 'MATCH (r:Recommendation {id: $id}) SET r._lock = true REMOVE r._lock RETURN count(r) AS n', { id: recommendationId });
  return (result.records[0]?.get('n') as number) > 0;
}

/** Throws the refusal as a typed API error; does nothing when there is none. */
export function refuseIf(refusal: Refusal | undefined): void {
  if (refusal) throw new UserError(refusal.code, refusal.message);
}

/** True when `err` is Neo4j refusing a write that would break a uniqueness constraint on `property`. */
export function isUniquenessViolation(err: unknown, property: string): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  return code === 'Neo.ClientError.Schema.ConstraintValidationFailed' && typeof message === 'string' && message.includes(property);
}

/**
 * Runs a write that is idempotent on (member, client key). Two requests with one key can race past
 * its lookup; the idempotencyScope constraint lets one commit, and running the write once more
 * finds that one's result (or refuses a different request), as a retry would.
 */
export async function onceMoreOnKeyRace<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (err) {
    if (isUniquenessViolation(err, 'idempotencyScope')) return attempt();
    throw err;
  }
}
