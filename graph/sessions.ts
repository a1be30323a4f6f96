// Sessions live in the graph, not in server memory, so any number of stateless API servers can
// answer the same member.
import type { Graph, Tx } from './graph';

export type Role = 'MEMBER' | 'SUPPLIER' | 'ADMIN';

export interface Viewer {
  id: string;
  handle: string;
  roles: Role[];
}

export async function createSession(tx: Tx, memberId: string, tokenHash: string, nowMs: number, expiresAtMs: number): Promise<void> {
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
