// The periodic global recompute, database side: read every outcome-backed rating, let the pure
// domain (recomputeGlobalTrust: EigenTrust from the verified seed + Beta evidence) compute every
// member's trust, then write the states back in batches, recording a RECOMPUTE trust event for
// each score it moved, and raise a fraud flag for each reciprocal pair and ring it found.
import { randomUUID } from 'node:crypto';
import {
  explainReconcile,
  recomputeGlobalTrust,
  type MemberTrust,
  type RecomputeProgress,
  type RecomputeRating,
} from '../server/domain/trust';
import type { Graph } from './graph';
import { trustFromProps, trustToProps, type TrustProps } from './member-trust-props';

const WRITE_BATCH = 2000;
/** Smaller corrections are noise of rounding and decay, not worth an event a person reads. */
const EVENT_THRESHOLD = 0.1;

export interface RecomputeSummary {
  members: number;
  ratings: number;
  iterations: number;
  residual: number;
  converged: boolean;
  membersChanged: number;
  maxAbsDelta: number;
  flagsRaised: number;
  seconds: number;
}

/** Every outcome-backed rating (verdicts and refunds), as the recompute reads them; the benchmark reads the same. */
export const RATINGS = `
  MATCH (buyer:Member)-[:GAVE]->(f:Feedback)-[:ON]->(o:Order)-[:THROUGH]->(:Recommendation)<-[:RECOMMENDS]-(author:Member)
  RETURN buyer.id AS raterId, author.id AS recommenderId, f.heldUp AS heldUp, o.totalMinor AS orderValueMinor,
         f.at AS at, 'FEEDBACK' AS cause
  UNION ALL
  MATCH (buyer:Member)-[:PLACED]->(o:Order {status: 'REFUNDED'})-[:THROUGH]->(:Recommendation)<-[:RECOMMENDS]-(author:Member)
  RETURN buyer.id AS raterId, author.id AS recommenderId, false AS heldUp, o.totalMinor AS orderValueMinor,
         o.refundedAt AS at, 'REFUND' AS cause`;

export async function recomputeTrust(
  graph: Graph,
  now: Date,
  say: (line: string) => void = () => {},
): Promise<RecomputeSummary> {
  const started = Date.now();
  const members = await graph.read(async (tx) => {
    const result = await tx.run(`MATCH (m:Member) RETURN m.id AS id, coalesce(m.verified, false) AS verified,
                                        m {${TRUST_KEYS}} AS trust`);
    return result.records.map((r) => r.toObject() as { id: string; verified: boolean; trust: Partial<TrustProps> });
  });
  const ratings = await graph.read(async (tx) => {
    const result = await tx.run(RATINGS);
    return result.records.map((r): RecomputeRating => {
      const row = r.toObject() as { raterId: string; recommenderId: string; heldUp: boolean; orderValueMinor: number; at: number; cause: 'FEEDBACK' | 'REFUND' };
      return { ...row, at: new Date(row.at) };
    });
  });
  say(`Recompute: ${members.length} members, ${ratings.length} outcome-backed ratings.`);

  const result = recomputeGlobalTrust({ members, ratings }, now, undefined, (p: RecomputeProgress) => {
    if (p.phase === 'propagate' && p.iteration % 5 === 0) say(`  propagation step ${p.iteration}: residual ${p.residual.toExponential(2)}`);
  });
  say(`  converged=${result.converged} after ${result.iterations} steps (residual ${result.residual.toExponential(2)})`);

  const updates = members.map((m) => {
    const before = trustFromProps({ ...m.trust, verified: m.verified }, now);
    const after = result.trust.get(m.id) as MemberTrust;
    return { id: m.id, before, after, delta: Math.round((after.score - before.score) * 10) / 10 };
  });
  let membersChanged = 0;
  let maxAbsDelta = 0;
  for (let i = 0; i < updates.length; i += WRITE_BATCH) {
    const batch = updates.slice(i, i + WRITE_BATCH).map((u) => {
      const moved = Math.abs(u.delta) >= EVENT_THRESHOLD;
      if (moved) membersChanged++;
      maxAbsDelta = Math.max(maxAbsDelta, Math.abs(u.delta));
      return {
        id: u.id,
        trust: trustToProps(u.after),
        event: moved
          ? {
              id: randomUUID(),
              before: u.before.score,
              after: u.after.score,
              delta: u.delta,
              textEn: explainReconcile({ delta: u.delta, after: u.after.score }, 'en'),
              textZh: explainReconcile({ delta: u.delta, after: u.after.score }, 'zh-CN'),
            }
          : null,
      };
    });
    await graph.write((tx) =>
      tx.run(
        `UNWIND $batch AS row
         MATCH (m:Member {id: row.id})
         SET m += row.trust
         FOREACH (e IN CASE WHEN row.event IS NULL THEN [] ELSE [row.event] END |
           CREATE (m)-[:HAS_TRUST_EVENT]->(:TrustEvent {id: e.id, at: toInteger($at), cause: 'RECOMPUTE', before: e.before,
             after: e.after, delta: e.delta, textEn: e.textEn, textZh: e.textZh}))`,
        { batch, at: now.getTime() },
      ),
    );
    say(`  wrote ${Math.min(i + WRITE_BATCH, updates.length)}/${updates.length} members`);
  }
  const flagsRaised = await raiseCollusionFlags(graph, result.reciprocalPairs, result.rings, now);
  return {
    members: members.length,
    ratings: ratings.length,
    iterations: result.iterations,
    residual: result.residual,
    converged: result.converged,
    membersChanged,
    maxAbsDelta,
    flagsRaised,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}

const TRUST_KEYS = [
  'trustScore', 'trustConfidence', 'trustRankKey', 'trustIsNew', 'trustReach', 'trustVouchedPositive',
  'trustVouchedNegative', 'trustUnvouchedPositive', 'trustUnvouchedNegative', 'trustEvidenceAt',
].map((k) => `.${k}`).join(', ');

/**
 * One open flag per pattern (keyed by its sorted members), flagging each member in it. A flag
 * an admin already cleared stays cleared; the same pattern is not raised again.
 */
async function raiseCollusionFlags(graph: Graph, pairs: Array<[string, string]>, rings: string[][], now: Date): Promise<number> {
  const patterns = [
    ...pairs.map((ids) => ({ kind: 'RECIPROCAL', ids })),
    ...rings.map((ids) => ({ kind: 'RING', ids })),
  ].map((p) => ({ ...p, key: `${p.kind}:${[...p.ids].sort().join(',')}`, id: randomUUID() }));
  if (patterns.length === 0) return 0;
  return graph.write(async (tx) => {
    const result = await tx.run(
      `UNWIND $patterns AS p
       MERGE (f:FraudFlag {key: p.key})
         ON CREATE SET f.id = p.id, f.kind = p.kind, f.status = 'OPEN', f.createdAt = toInteger($now), f.raisedBy = 'RECOMPUTE'
       WITH f, p
       UNWIND p.ids AS memberId
       MATCH (m:Member {id: memberId})
       MERGE (f)-[:FLAGS]->(m)
       RETURN count(DISTINCT f) AS flags`,
      { patterns, now: now.getTime() },
    );
    return (result.records[0]?.get('flags') as number | undefined) ?? 0;
  });
}
