// Sign-in throttling, counted in the graph so it holds across any number of stateless servers.
// One (:SignInThrottle {key}) node per handle ("h:<handle or email, lower case>") and per client
// address ("a:<address>"): failures counted in a window; at the limit the key is locked until
// `lockedUntil`. A successful sign-in clears the handle's counter but not the address's, so an
// attacker cannot reset an address by signing in to an account of their own.
import type { Graph } from './graph';

export interface ThrottleRule {
  key: string;
  maxFailures: number;
}

/** The latest lockout end among the keys that is still in the future, if any (ms). */
export async function lockedUntil(graph: Graph, keys: string[], nowMs: number): Promise<number | undefined> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (t:SignInThrottle) WHERE t.key IN $keys AND t.lockedUntil > toInteger($now)
       RETURN max(t.lockedUntil) AS until`,
      { keys, now: nowMs },
    );
    const until = result.records[0]?.get('until') as number | null | undefined;
    return typeof until === 'number' ? until : undefined;
  });
}

/** Counts one failed sign-in against each key; locks a key that reaches its limit. */
export async function recordFailure(graph: Graph, rules: ThrottleRule[], nowMs: number, windowMs: number): Promise<void> {
  await graph.write((tx) =>
    tx.run(
      `UNWIND $rules AS rule
       WITH rule, toInteger($now) AS now, toInteger($window) AS window
       MERGE (t:SignInThrottle {key: rule.key})
       ON CREATE SET t.windowStart = now, t.failures = 0
       // A new window when the last one is over (a lockout's end starts a new one too).
       WITH t, rule, now, window, t.windowStart <= now - window AS fresh
       SET t.failures = CASE WHEN fresh THEN 1 ELSE t.failures + 1 END,
           t.windowStart = CASE WHEN fresh THEN now ELSE t.windowStart END,
           t.lastFailureAt = now
       WITH t, now, window, t.failures >= rule.maxFailures AS lock
       SET t.lockedUntil = CASE WHEN lock THEN now + window ELSE t.lockedUntil END,
           t.failures = CASE WHEN lock THEN 0 ELSE t.failures END,
           t.windowStart = CASE WHEN lock THEN now ELSE t.windowStart END`,
      { rules, now: nowMs, window: windowMs },
    ),
  );
}

/** A successful sign-in: the handle starts afresh. */
export async function clearFailures(graph: Graph, key: string): Promise<void> {
  await graph.write((tx) => tx.run('MATCH (t:SignInThrottle {key: $key}) DELETE t', { key }));
}
