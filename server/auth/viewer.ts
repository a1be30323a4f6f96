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

export function sessionTokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
  const cookies = req.headers.cookie?.split(';') ?? [];
  for (const cookie of cookies) {
    const [name, ...rest] = cookie.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('=')) || undefined;
  }
  return undefined;
}

export async function resolveViewer(
  req: Request,
  graph: Graph,
  clock: Clock,
  idleMs = DEFAULT_SESSION_IDLE_MS,
): Promise<{ viewer?: Viewer; tokenHash?: string }> {
  const token = sessionTokenOf(req);
  if (!token || token.length > 200) return {};
  const tokenHash = hashToken(token);
  const nowMs = clock.now().getTime();
  const session = await viewerBySession(graph, tokenHash, nowMs, idleMs);
  if (!session) return {};
  if (nowMs - session.lastSeenAt >= SESSION_TOUCH_INTERVAL_MS) await touchSession(graph, tokenHash, nowMs);
  return { viewer: session.viewer, tokenHash };
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
