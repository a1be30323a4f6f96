// Sign-in throttling, counted in the graph so it holds across any number of stateless servers.
//
// Failures are counted per ACCOUNT, whichever identifier was typed (the handle, any case, or the
// email: one key "m:<member id>"; an identifier that names nobody gets "u:<identifier>", counted
// exactly the same way so the throttle never tells who exists), per (account, address) pair
// ("p:<account>|<address>") and per address ("a:<address>"), on (:SignInThrottle {key}) nodes.
//
// Past a number of free failures a key waits before the next try, and each further failure
// doubles the wait up to a cap (progressive delay, not a lockout): the pair and the address from
// 1 minute to 15, the account as a whole from 5 seconds to 1 minute. Tries refused while waiting
// are not failures and count nothing. So one address guessing one member gets a few tries an
// hour; many addresses together get about one a minute; and nobody elsewhere can lock the member
// out: a stranger's failures never make the member's own address wait on the pair or address
// keys, the account-wide wait is short, and an address the member signed in from within the last
// 30 days skips it altogether. A quiet spell (an hour by default: four of the longest waits)
// starts a key afresh; a success clears the account and the pair (never the address, so an
// attacker cannot reset an address by signing in to an account of their own).
import type { Graph } from './graph';

/** How one key's wait grows: free failures, then `firstDelayMs` doubling up to `maxDelayMs`. */
export interface DelayRule {
  key: string;
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

/** An address the member signed in from this recently skips the account-wide wait. */
export const TRUSTED_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;

export const pairKey = (account: string, address: string) => `p:${account}|${address}`;
export const addressKey = (address: string) => `a:${address}`;

export interface SignInThrottleState {
  /** "m:<member id>", or "u:<identifier>" when it names nobody. */
  account: string;
  /** When the next try may come (ms), if a wait applies now. */
  waitUntil?: number;
}

/**
 * Who `identifier` (a handle or an email, as typed) names for counting, and how long this
 * address must wait before it may try it again.
 */
export async function signInThrottleState(graph: Graph, identifier: string, address: string, nowMs: number): Promise<SignInThrottleState> {
  const key = identifier.toLowerCase();
  return graph.read(async (tx) => {
    const result = await tx.run(
      `OPTIONAL MATCH (m:Member) WHERE ${key.includes('@') ? 'm.email = $key' : 'm.handleKey = $key'}
       WITH coalesce('m:' + m.id, 'u:' + $key) AS account
       WITH account, 'p:' + account + '|' + $address AS pair, 'a:' + $address AS address
       OPTIONAL MATCH (t:SignInThrottle) WHERE t.key IN [account, pair, address]
       WITH account, pair, collect(t) AS throttles
       // The pair signed in lately: the account-wide wait does not apply to it.
       WITH account, throttles,
            any(t IN throttles WHERE t.key = pair AND t.lastSuccessAt > toInteger($now) - toInteger($trusted)) AS trusted
       RETURN account,
              reduce(until = 0, t IN throttles |
                CASE WHEN (t.key <> account OR NOT trusted) AND coalesce(t.waitUntil, 0) > until THEN t.waitUntil ELSE until END) AS waitUntil`,
      { key, address, now: nowMs, trusted: TRUSTED_ADDRESS_MS },
    );
    const record = result.records[0]!;
    const until = record.get('waitUntil') as number;
    return { account: record.get('account') as string, waitUntil: until > nowMs ? until : undefined };
  });
}

/** Counts one failed sign-in against each key and sets the wait its count has reached. */
export async function recordFailure(graph: Graph, rules: DelayRule[], nowMs: number, quietMs: number): Promise<void> {
  await graph.write((tx) =>
    tx.run(
      `UNWIND $rules AS rule
       WITH rule, toInteger($now) AS now
       MERGE (t:SignInThrottle {key: rule.key})
       // Lock the node before reading its count, so concurrent failures each count.
       REMOVE t.lockedForUpdate
       WITH t, rule, now,
            CASE WHEN t.lastFailureAt IS NULL OR t.lastFailureAt <= now - toInteger($quiet) THEN 1
                 ELSE t.failures + 1 END AS failures
       WITH t, rule, now, failures, failures - rule.freeFailures AS over
       SET t.failures = failures,
           t.lastFailureAt = now,
           t.waitUntil = CASE
             WHEN over < 0 THEN t.waitUntil
             WHEN over >= 30 OR rule.firstDelayMs * 2 ^ over >= rule.maxDelayMs THEN now + rule.maxDelayMs
             ELSE now + toInteger(rule.firstDelayMs * 2 ^ over) END`,
      { rules, now: nowMs, quiet: quietMs },
    ),
  );
}

/** A successful sign-in: the account and this pair start afresh, and the pair is remembered as trusted. */
export async function recordSuccess(graph: Graph, account: string, address: string, nowMs: number): Promise<void> {
  await graph.write((tx) =>
    tx.run(
      `MERGE (p:SignInThrottle {key: $pair})
       SET p.failures = 0, p.lastFailureAt = null, p.waitUntil = null, p.lastSuccessAt = toInteger($now)
       WITH 1 AS done
       OPTIONAL MATCH (a:SignInThrottle {key: $account})
       DELETE a`,
      { pair: pairKey(account, address), account, now: nowMs },
    ),
  );
}

/** When `key` may next be used (ms), if a wait applies now; for throttles other than sign-in's (password reset requests). */
export async function waitUntilOf(graph: Graph, key: string, nowMs: number): Promise<number | undefined> {
  const until = await graph.query('OPTIONAL MATCH (t:SignInThrottle {key: $key}) RETURN t.waitUntil AS until', { key }, (result) =>
    result.records[0]?.get('until') as number | null | undefined,
  );
  return typeof until === 'number' && until > nowMs ? until : undefined;
}
