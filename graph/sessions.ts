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

/**
 * Opens a session, and tidies the member's others: expired ones are deleted, and beyond
 * MAX_SESSIONS_PER_MEMBER live ones the oldest are ended, so sessions never pile up.
 */
export async function createSession(tx: Tx, memberId: string, tokenHash: string, nowMs: number, expiresAtMs: number): Promise<void> {
  await tx.run(
    `MATCH (:Member {id: $memberId})-[:HAS_SESSION]->(s:Session)
     WITH s ORDER BY s.createdAt DESC
     WITH collect(s) AS sessions
     UNWIND range(0, size(sessions) - 1) AS i
     WITH sessions[i] AS s, i
     WHERE s.expiresAt <= $now OR i >= $keep
     DETACH DELETE s`,
    { memberId, now: nowMs, keep: MAX_SESSIONS_PER_MEMBER - 1 },
  );
  await tx.run(
    `MATCH (m:Member {id: $memberId})
     CREATE (m)-[:HAS_SESSION]->(:Session {tokenHash: $tokenHash, createdAt: toInteger($now), expiresAt: toInteger($expiresAt)})`,
    { memberId, tokenHash, now: nowMs, expiresAt: expiresAtMs },
  );
}

export function viewerBySession(graph: Graph, tokenHash: string, nowMs: number): Promise<Viewer | undefined> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (m:Member)-[:HAS_SESSION]->(s:Session {tokenHash: $tokenHash})
       WHERE s.expiresAt > $now
       RETURN m.id AS id, m.handle AS handle, m.roles AS roles`,
      { tokenHash, now: nowMs },
    );
    return result.records[0]?.toObject() as Viewer | undefined;
  });
}

export async function deleteSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.run('MATCH (s:Session {tokenHash: $tokenHash}) DETACH DELETE s', { tokenHash });
}
