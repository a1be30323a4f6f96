// One failed password check, counted the same wherever a password is typed (sign-in, and the
// current password of a password change), so a stolen session cannot guess the password faster
// than a sign-in form could. The keys and why they cannot lock a member out from elsewhere:
// graph/sign-in-throttle.ts.
import type { Graph } from '../../graph/graph';
import * as throttle from '../../graph/sign-in-throttle';
import type { RateLimits } from '../limits';

export async function recordSignInFailure(graph: Graph, account: string, address: string, limits: RateLimits, nowMs: number): Promise<void> {
  const wide = { firstDelayMs: 60_000, maxDelayMs: limits.signInLockoutMs };
  await throttle.recordFailure(
    graph,
    [
      { key: throttle.pairKey(account, address), freeFailures: limits.signInFailuresBeforeLockout, ...wide },
      { key: throttle.addressKey(address), freeFailures: limits.signInAddressFailuresBeforeLockout, ...wide },
      { key: account, freeFailures: limits.signInAccountFailuresBeforeDelay, firstDelayMs: 5_000, maxDelayMs: limits.signInAccountMaxDelayMs },
    ],
    nowMs,
    // Counts start afresh only after a quiet hour (four of the longest waits), so waiting
    // out the longest wait does not buy a new set of free tries.
    4 * limits.signInLockoutMs,
  );
}
