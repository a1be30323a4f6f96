// The lease that lets exactly one server run the scheduled jobs (server/jobs/lease.ts says how
// it is used). One node per lease; taking or renewing it is one write transaction that first
// takes the node's write lock (the SET of `version`), and only then reads who holds it, so two
// servers asking at the same moment are serialised and exactly one of them wins.
import type { Graph } from './graph';

export interface LeaseState {
  /** Whether `holder` holds the lease after this call. */
  held: boolean;
  /** Who holds it now, and until when (epoch ms by the claimant's clock). */
  holder: string;
  expiresAt: number;
}

/** Takes the lease if it is free, expired or already `holder`'s, for `ttlMs` from `nowMs`. */
export function claimLease(graph: Graph, id: string, holder: string, nowMs: number, ttlMs: number): Promise<LeaseState> {
  return graph.write(
    async (tx) => {
      const result = await tx.run(
        `MERGE (l:JobLease {id: $id})
         SET l.version = coalesce(l.version, 0) + 1
         WITH l, l.holder AS previous, (l.holder IS NULL OR l.holder = $holder OR l.expiresAt <= $now) AS ours
         SET l.holder = CASE WHEN ours THEN $holder ELSE previous END,
             l.expiresAt = CASE WHEN ours THEN $now + $ttl ELSE l.expiresAt END,
             l.since = CASE WHEN ours AND coalesce(previous, '') <> $holder THEN $now ELSE l.since END
         RETURN l.holder = $holder AS held, l.holder AS holder, l.expiresAt AS expiresAt`,
        { id, holder, now: nowMs, ttl: ttlMs },
      );
      const row = result.records[0]!;
      return { held: row.get('held') as boolean, holder: row.get('holder') as string, expiresAt: row.get('expiresAt') as number };
    },
    // Bookkeeping: no cached read depends on it.
    { changes: [] },
  );
}

/** Gives the lease up now if `holder` holds it, so another server takes it at its next try. */
export async function releaseLease(graph: Graph, id: string, holder: string): Promise<void> {
  await graph.write(
    (tx) => tx.run('MATCH (l:JobLease {id: $id}) WHERE l.holder = $holder SET l.expiresAt = 0', { id, holder }),
    { changes: [] },
  );
}

/** Who holds the lease and until when; null before any server asked for it. */
export async function leaseHolder(graph: Graph, id: string): Promise<{ holder: string; expiresAt: number } | null> {
  return graph.read(async (tx) => {
    const row = (await tx.run('MATCH (l:JobLease {id: $id}) RETURN l.holder AS holder, l.expiresAt AS expiresAt', { id })).records[0];
    return row ? { holder: row.get('holder') as string, expiresAt: row.get('expiresAt') as number } : null;
  });
}
