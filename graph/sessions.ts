// Sessions live in the graph, not in server memory, so any number of stateless API servers can
// answer the same member.
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
}

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
     CREATE (m)-[:HAS_SESSION]->(:Session {tokenHash: $tokenHash, createdAt: toInteger($now), expiresAt: toInteger($expiresAt)})`,
    { memberId, tokenHash: session.tokenHash, now: nowMs, expiresAt: session.expiresAtMs },
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
