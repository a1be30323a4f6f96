// Sessions live in the graph, not in server memory, so any number of stateless API servers can
// answer the same member.
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Graph, Tx } from './graph';

export type Role = 'MEMBER' | 'SUPPLIER' | 'ADMIN';

export interface Viewer {
  id: string;
  handle: string;
  roles: Role[];
}

/** Sessions a member may hold at once; signing in on one more device ends the oldest. */
export const MAX_SESSIONS_PER_MEMBER = 20;

/** A session to open: what `signUp`/`signIn` pass down. */
export interface NewSession {
  tokenHash: string;
  expiresAtMs: number;
  /** The session the request came with, if any: it is ended (session rotation). */
  replacesTokenHash?: string;
  /** The idle window: the member's sessions unused for this long are deleted too. */
  idleMs?: number;
  /** The browser's User-Agent, kept so the member can tell their sessions apart (bounded). */
  userAgent?: string;
}

/** Longest User-Agent kept on a session: real ones are about 150 characters. */
export const MAX_USER_AGENT_LENGTH = 400;

/**
 * Opens a session, and tidies the member's others: expired and idle ones are deleted, and beyond
 * MAX_SESSIONS_PER_MEMBER live ones the oldest are ended, so sessions never pile up. The session
 * the request came with is ended: every sign-in rotates the token, so one left or planted in a
 * browser never outlives the sign-in that followed it.
 */
export async function createSession(tx: Tx, memberId: string, session: NewSession, nowMs: number): Promise<void> {
  if (session.replacesTokenHash) await deleteSession(tx, session.replacesTokenHash);
  await tx.run(
    `MATCH (:Member {id: $memberId})-[:HAS_SESSION]->(s:Session)
     WITH s ORDER BY s.createdAt DESC
     WITH collect(s) AS sessions
     UNWIND range(0, size(sessions) - 1) AS i
     WITH sessions[i] AS s, i
     WHERE s.expiresAt <= $now OR coalesce(s.lastSeenAt, s.createdAt) <= $now - $idleMs OR i >= $keep
     DETACH DELETE s`,
    { memberId, now: nowMs, idleMs: Math.min(session.idleMs ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER), keep: MAX_SESSIONS_PER_MEMBER - 1 },
  );
  await tx.run(
    `MATCH (m:Member {id: $memberId})
     CREATE (m)-[:HAS_SESSION]->(:Session {id: $id, tokenHash: $tokenHash, createdAt: toInteger($now), expiresAt: toInteger($expiresAt),
       userAgent: $userAgent})`,
    {
      memberId,
      // The id names the session to its member (to end it); the token hash never leaves the server.
      id: randomUUID(),
      tokenHash: session.tokenHash,
      now: nowMs,
      expiresAt: session.expiresAtMs,
      userAgent: (session.userAgent ?? '').slice(0, MAX_USER_AGENT_LENGTH),
    },
  );
}

/** A live session's member, and when the session was last seen in use (for the idle cap). */
export interface SessionReading {
  viewer: Viewer;
  lastSeenAt: number;
}

/**
 * The member behind a session token, when the session is live: before its absolute expiry and
 * used within the idle window (`lastSeenAt`, or `createdAt` before the first use was recorded).
 */
export function viewerBySession(graph: Graph, tokenHash: string, nowMs: number, idleMs: number): Promise<SessionReading | undefined> {
  // Every signed-in request makes this read, so it is one auto-commit statement (graph.query):
  // a unique-index seek on the token hash and one hop to the member.
  return graph.query(
    `MATCH (s:Session {tokenHash: $tokenHash})<-[:HAS_SESSION]-(m:Member)
     WITH m, s, coalesce(s.lastSeenAt, s.createdAt) AS lastSeenAt
     WHERE s.expiresAt > $now AND lastSeenAt > $now - $idleMs
     RETURN m.id AS id, m.handle AS handle, m.roles AS roles, lastSeenAt`,
    { tokenHash, now: nowMs, idleMs: Math.min(idleMs, Number.MAX_SAFE_INTEGER) },
    (result) => {
      const record = result.records[0];
      if (!record) return undefined;
      const { lastSeenAt, ...viewer } = record.toObject() as Viewer & { lastSeenAt: number };
      return { viewer, lastSeenAt };
    },
  );
}

/**
 * Cypher that opens a statement with the session check of viewerBySession, for a mutation that
 * validates its caller in its own first statement instead of a statement of its own (a rating:
 * graph/feedback.ts, docs/security.md). Leaves one row: `viewer`, the live session's member, or
 * null. A last use older than $touchMs is recorded here, as touchSession would.
 * Params: $tokenHash, $now, $idleMs, $touchMs (sessionCheckParams).
 */
export const LIVE_SESSION_VIEWER = `
  OPTIONAL MATCH (s:Session {tokenHash: $tokenHash})<-[:HAS_SESSION]-(viewer:Member)
  WHERE s.expiresAt > $now AND coalesce(s.lastSeenAt, s.createdAt) > $now - $idleMs
  FOREACH (_ IN CASE WHEN $now - coalesce(s.lastSeenAt, s.createdAt) >= $touchMs THEN [1] ELSE [] END |
    SET s.lastSeenAt = $now)
  WITH viewer LIMIT 1`;

/** What checks a session inside another statement: its token hash and the limits in force. */
export interface SessionCheck {
  tokenHash: string;
  idleMs: number;
  touchMs: number;
}

export function sessionCheckParams(check: SessionCheck, nowMs: number) {
  return { tokenHash: check.tokenHash, now: neo4j.int(nowMs), idleMs: neo4j.int(Math.min(check.idleMs, Number.MAX_SAFE_INTEGER)), touchMs: neo4j.int(check.touchMs) };
}

/** The viewer projection LIVE_SESSION_VIEWER's callers return (as viewerBySession's). */
export const VIEWER_PROJECTION = 'viewer {.id, .handle, .roles}';

/**
 * Records that a session was used now. Called at most once per SESSION_TOUCH_INTERVAL_MS per
 * session (the caller checks), so reading requests do not each cost a write; the condition
 * makes concurrent touches harmless.
 */
export async function touchSession(graph: Graph, tokenHash: string, nowMs: number): Promise<void> {
  await graph.write((tx) =>
    tx.run(
      `MATCH (s:Session {tokenHash: $tokenHash})
       WHERE coalesce(s.lastSeenAt, s.createdAt) < $now
       SET s.lastSeenAt = toInteger($now)`,
      { tokenHash, now: nowMs },
    ),
    { changes: [] },
  );
}

export async function deleteSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.run('MATCH (s:Session {tokenHash: $tokenHash}) DETACH DELETE s', { tokenHash });
}

/** One of a member's live sessions, as the member sees it. */
export interface SessionRecord {
  id: string;
  userAgent: string;
  createdAt: number;
  lastUsedAt: number;
  current: boolean;
}

/**
 * The member's live sessions (before their expiry and inside the idle window), most recently
 * used first; `current` marks the one whose token hash is given (the request's own).
 */
export function liveSessions(graph: Graph, memberId: string, currentTokenHash: string | undefined, nowMs: number, idleMs: number): Promise<SessionRecord[]> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (:Member {id: $memberId})-[:HAS_SESSION]->(s:Session)
       WITH s, coalesce(s.lastSeenAt, s.createdAt) AS lastUsedAt
       WHERE s.expiresAt > $now AND lastUsedAt > $now - $idleMs
       RETURN s.id AS id, coalesce(s.userAgent, '') AS userAgent, s.createdAt AS createdAt, lastUsedAt,
              s.tokenHash = $current AS current
       ORDER BY lastUsedAt DESC, createdAt DESC`,
      { memberId, now: nowMs, idleMs: Math.min(idleMs, Number.MAX_SAFE_INTEGER), current: currentTokenHash ?? '' },
    );
    return result.records.map((r) => r.toObject() as SessionRecord);
  });
}

/** Ends one of the member's sessions by its id; false when the member holds no such session. */
export async function endSessionById(tx: Tx, memberId: string, sessionId: string): Promise<boolean> {
  const result = await tx.run(
    `MATCH (:Member {id: $memberId})-[:HAS_SESSION]->(s:Session {id: $sessionId})
     DETACH DELETE s
     RETURN count(*) AS ended`,
    { memberId, sessionId },
  );
  return (result.records[0]?.get('ended') as number | undefined ?? 0) > 0;
}

/**
 * Ends every session of the member except the one whose token hash is `keepTokenHash` (none kept
 * when it is undefined): after a password change or reset, and on "sign out everywhere else".
 * Returns how many were ended.
 */
export async function endOtherSessions(tx: Tx, memberId: string, keepTokenHash: string | undefined): Promise<number> {
  const result = await tx.run(
    `MATCH (:Member {id: $memberId})-[:HAS_SESSION]->(s:Session)
     WHERE s.tokenHash <> $keep
     DETACH DELETE s
     RETURN count(*) AS ended`,
    { memberId, keep: keepTokenHash ?? '' },
  );
  return (result.records[0]?.get('ended') as number | undefined) ?? 0;
}
