// When a GraphQL request's session is checked. Every other way in (the web app's first paint,
// the share routes, live notifications, photo uploads) checks it as the request arrives; /graphql
// waits until the operation is known, just before anything executes (the limits plugin asks, since
// who is asking decides the write limit and the cost cap):
// - an operation that is one mutation checking the session itself, in its own first statement
//   (CHECKS_SESSION_ITSELF), leaves it to that mutation: a signed-in rating then costs no database
//   statement of its own for the session (docs/benchmarks.md, issue 29), and a session ended on any
//   server (sign-out, the idle limit, a lockout) still stops it at once, since it is read in the
//   same transaction that writes;
// - anything else has its session read now, as before, so every resolver finds `ctx.viewer` set
//   and the member's write limit counts every field before any runs (several aliased ratings
//   included: none of them runs when the member is over the limit).
// A request that fails to parse or validate reads no session at all.
import { isDatabaseUnavailable } from '../../graph/graph';
import type { SessionCheck, Viewer } from '../../graph/sessions';
import type { Context } from '../context';
import { serviceUnavailable } from '../errors';
import { SESSION_TOUCH_INTERVAL_MS, viewerForToken } from './viewer';

/** Mutations that check their caller's session inside their own transaction. */
export const CHECKS_SESSION_ITSELF: ReadonlySet<string> = new Set(['rateRecommendation']);

/** The check a request's session is waiting for, while it waits (createContext's `deferSession`). */
export function pendingSessionCheck(tokenHash: string, idleMs: number): SessionCheck {
  return { tokenHash, idleMs, touchMs: SESSION_TOUCH_INTERVAL_MS };
}

/**
 * Reads the request's session now, unless `rootFields` (the mutation fields about to execute; none
 * for a query) is one that checks it itself.
 */
export async function settleSession(ctx: Context, rootFields: readonly string[]): Promise<void> {
  const check = ctx.sessionCheck;
  if (!check) return;
  if (rootFields.length === 1 && CHECKS_SESSION_ITSELF.has(rootFields[0]!)) return;
  ctx.sessionCheck = undefined;
  const viewer = await viewerForToken(ctx.graph, check.tokenHash, ctx.clock.now().getTime(), check.idleMs).catch((err: unknown) => {
    throw isDatabaseUnavailable(err) ? serviceUnavailable() : err;
  });
  if (viewer) adoptViewer(ctx, viewer, check.tokenHash);
}

/** The session checked, by the gate or by a mutation: the rest of the request knows who asks. */
export function adoptViewer(ctx: Context, viewer: Viewer, tokenHash: string): void {
  ctx.viewer = viewer;
  ctx.sessionTokenHash = tokenHash;
  ctx.log = ctx.log.child({ viewer: viewer.id });
}
