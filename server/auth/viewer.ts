// Who is asking: a session token from the HTTP-only cookie (the web app) or from an
// `Authorization: Bearer` header (API clients). Unknown or expired tokens mean anonymous.
import type { Request, Response } from 'express';
import type { Graph } from '../../graph/graph';
import { viewerBySession, type Viewer } from '../../graph/sessions';
import type { Clock } from '../clock';
import { hashToken } from './tokens';

export const SESSION_COOKIE = 'tl_session';
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

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

export async function resolveViewer(req: Request, graph: Graph, clock: Clock): Promise<{ viewer?: Viewer; tokenHash?: string }> {
  const token = sessionTokenOf(req);
  if (!token || token.length > 200) return {};
  const tokenHash = hashToken(token);
  const viewer = await viewerBySession(graph, tokenHash, clock.now().getTime());
  return viewer ? { viewer, tokenHash } : {};
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
