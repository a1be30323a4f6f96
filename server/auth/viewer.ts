// Who is asking: a session token from the HTTP-only cookie (the web app) or from an
// `Authorization: Bearer` header (API clients). Unknown, expired or idle tokens mean anonymous.
//
// Two limits end a session: an absolute one (30 days after sign-in, whatever happens) and an
// idle one (SESSION_IDLE_DAYS without a request). Tracking use costs a write, so the last use
// is recorded at most once per SESSION_TOUCH_INTERVAL_MS: a session may therefore end up to
// that much earlier than exactly "idle window after the last request" — a quarter of an hour
// against days — in exchange for reading requests that write nothing in between.
import type { Request, Response } from 'express';
import type { Graph } from '../../graph/graph';
import { touchSession, viewerBySession, type Viewer } from '../../graph/sessions';
import type { Clock } from '../clock';
import { hashToken } from './tokens';

export const SESSION_COOKIE = 'tl_session';
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** Default idle window: a session unused for this long stops working (SESSION_IDLE_DAYS). */
export const DEFAULT_SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
/** A session's last use is written at most this often. */
export const SESSION_TOUCH_INTERVAL_MS = 15 * 60 * 1000;

// What a token we issued looks like (newSessionToken: 32 random bytes, base64url). Anything else
// in the cookie or the header cannot name a session, so it is no session at all: never a 500
// (a malformed percent-escape such as `tl_session=%E0%A4%A` made decodeURIComponent throw on
// every request, issue 24) and never a string of any length sent on to be hashed and looked up.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,200}$/;

/** The session token a request carries, or undefined when it carries none of a valid shape. */
export function sessionTokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  // An Authorization header that is not a Bearer token (Basic, empty, garbage) is not ours to
  // judge: the request is read as if it had none, and the cookie, if any, decides.
  if (header !== undefined && /^Bearer\s/i.test(header)) return wellFormed(header.slice('Bearer'.length).trim());
  for (const cookie of req.headers.cookie?.split(';') ?? []) {
    const [name, ...rest] = cookie.trim().split('=');
    if (name === SESSION_COOKIE) return wellFormed(safeDecode(rest.join('=')));
  }
  return undefined;
}

const wellFormed = (token: string | undefined) => (token !== undefined && TOKEN_SHAPE.test(token) ? token : undefined);

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined; // a broken percent-escape
  }
}

export async function resolveViewer(
  req: Request,
  graph: Graph,
  clock: Clock,
  idleMs = DEFAULT_SESSION_IDLE_MS,
): Promise<{ viewer?: Viewer; tokenHash?: string }> {
  const token = sessionTokenOf(req);
  if (!token) return {};
  const tokenHash = hashToken(token);
  const viewer = await viewerForToken(graph, tokenHash, clock.now().getTime(), idleMs);
  return viewer ? { viewer, tokenHash } : {};
}

/** The member of a live session, its last use recorded when that is older than the touch interval. */
export async function viewerForToken(graph: Graph, tokenHash: string, nowMs: number, idleMs: number): Promise<Viewer | undefined> {
  const session = await viewerBySession(graph, tokenHash, nowMs, idleMs);
  if (!session) return undefined;
  if (nowMs - session.lastSeenAt >= SESSION_TOUCH_INTERVAL_MS) await touchSession(graph, tokenHash, nowMs);
  return session.viewer;
}

/** Sets or clears the session cookie on the response of the current request. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export function sessionCookie(res: Response, secure: boolean): SessionCookie {
  return {
    set: (token, expiresAt) =>
      res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt }),
    clear: () => res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' }),
  };
}
