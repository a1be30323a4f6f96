// What every resolver receives: the graph, the clock, a request-scoped logger, who is asking,
// and the session cookie of this response. Built fresh per request, so per-request caches
// (DataLoaders) never leak between members.
import type { Request, Response } from 'express';
import type { Graph } from '../graph/graph';
import type { SessionCheck, Viewer } from '../graph/sessions';
import type { Clock } from './clock';
import type { Logger } from './logger';
import { isDatabaseUnavailable } from '../graph/graph';
import { DEFAULT_SESSION_IDLE_MS, resolveViewer, sessionCookie, sessionTokenOf, type SessionCookie } from './auth/viewer';
import { hashToken } from './auth/tokens';
import { pendingSessionCheck } from './auth/session-gate';
import type { WriteRateCounter } from './write-rate';
import { serviceUnavailable } from './errors';
import { createLoaders, type Loaders } from './loaders';
import { DEFAULT_TIMEZONE } from './day';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './limits';
import type { LeaderboardCache } from './leaderboard-cache';
import type { TrustedPicksCache } from './trusted-picks-cache';
import { publicOrigin } from './sharing/public-origin';
import type { Mailer } from './mail/mailer';
import { DEFAULT_PRIVILEGE_SETTINGS, type PrivilegeSettings } from './domain/privileges';

export interface Services {
  graph: Graph;
  clock: Clock;
  log: Logger;
  /** Cookies carry the Secure flag (behind TLS in production). */
  secureCookies?: boolean;
  /** The network's time zone: what "a day" means for snapshots and caps (IANA name). */
  timeZone?: string;
  /** Write and sign-in limits (DEFAULT_RATE_LIMITS when absent). */
  rateLimits?: RateLimits;
  /** A session unused for this long stops working (DEFAULT_SESSION_IDLE_MS when absent). */
  sessionIdleMs?: number;
  /** PUBLIC_ORIGIN, no trailing slash: absolute links (Recommendation.shareLink) start with it. */
  publicOrigin?: string;
  /** Where mail goes (SMTP or the outbox); absent = mail is not sent (a test that does not read it). */
  mailer?: Mailer;
  /** The privilege ladder and community-flag rules (DEFAULT_PRIVILEGE_SETTINGS when absent). */
  privileges?: PrivilegeSettings;
  /** The write counter mutations are charged to (a mutation checking its own session charges its member). */
  writeLimiter?: WriteRateCounter;
}

export interface Context extends Services {
  /** The process's cache of public leaderboard pages and snapshot ranks (shared by all requests). */
  leaderboards: LeaderboardCache;
  /** The process's cache of the trusted picks' evidence (same TTL and drops as the boards). */
  trustedPicks: TrustedPicksCache;
  timeZone: string;
  publicOrigin: string;
  rateLimits: RateLimits;
  privileges: PrivilegeSettings;
  requestId: string;
  /** The client's address as Express sees it (X-Forwarded-For only when TRUST_PROXY says so). */
  clientAddress: string;
  /** The request's User-Agent, kept on a session opened by it so its member can recognise it. */
  userAgent: string;
  viewer: Viewer | undefined;
  /** Hash of the session token of this request, when signed in (for sign-out). */
  sessionTokenHash: string | undefined;
  /**
   * A GraphQL request's session token, not yet checked (createContext's `deferSession`): the gate
   * before execution reads it, or leaves it to the mutations that check it themselves
   * (auth/session-gate.ts). Undefined once checked, and for a request without a token.
   */
  sessionCheck?: SessionCheck;
  session: SessionCookie;
  loaders: Loaders;
  /**
   * When the oldest cached page this request's answer was built from was read (set by the
   * leaderboard resolver), so a stored signed-out answer is never older than the cache allows.
   */
  cachedDataReadAt?: number;
}

/**
 * `deferSession`: the session token is not checked here but just before the operation executes
 * (GraphQL's own requests; auth/session-gate.ts says why).
 */
export async function createContext(
  services: Services & { leaderboards: LeaderboardCache; trustedPicks: TrustedPicksCache },
  req: Request,
  res: Response,
  { deferSession = false }: { deferSession?: boolean } = {},
): Promise<Context> {
  const requestId = String(req.id);
  const token = deferSession ? sessionTokenOf(req) : undefined;
  const sessionCheck = token === undefined ? undefined : pendingSessionCheck(hashToken(token), services.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS);
  // Reading the session is the first database call of a signed-in request: an outage here must
  // answer 503 like one in a resolver, not Apollo's "Context creation failed" 500.
  const { viewer, tokenHash } = deferSession
    ? {}
    : await resolveViewer(req, services.graph, services.clock, services.sessionIdleMs).catch((err: unknown) => {
        throw isDatabaseUnavailable(err) ? serviceUnavailable() : err;
      });
  let loaders: Loaders | undefined;
  const context: Context = {
    ...services,
    timeZone: services.timeZone ?? DEFAULT_TIMEZONE,
    publicOrigin: publicOrigin(services.publicOrigin),
    rateLimits: services.rateLimits ?? DEFAULT_RATE_LIMITS,
    privileges: services.privileges ?? DEFAULT_PRIVILEGE_SETTINGS,
    clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    userAgent: req.headers['user-agent'] ?? '',
    log: services.log.child({ requestId, viewer: viewer?.id }),
    requestId,
    viewer,
    sessionTokenHash: tokenHash,
    sessionCheck,
    session: sessionCookie(res, services.secureCookies ?? false),
    // Created when a resolver first asks: most mutations, a rating among them, never load a
    // related node, and 21 DataLoaders made for every request were measurable CPU on the write
    // path (issue 29).
    get loaders() {
      return (loaders ??= createLoaders(services.graph, services.leaderboards));
    },
  };
  return context;
}
