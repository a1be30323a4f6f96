// The facts a member's privileges are computed from, read inside a transaction: their stored
// trust and the flags of theirs an admin dismissed lately (server/domain/privileges.ts decides).
// `requireMemberPrivilege` is what a guarded action calls in its own transaction, e.g. opening a
// group buy: `await requireMemberPrivilege(tx, memberId, 'openGroupBuy', ctx.privileges, now)`.
import {
  privilegeLadder,
  privilegeStanding,
  requirePrivilege,
  type Privilege,
  type PrivilegeSettings,
  type PrivilegeStanding,
  type Suspension,
  type TrustStanding,
} from '../server/domain/privileges';
import { flagAbuseSuspension } from '../server/domain/community-flags';
import type { Graph, Tx } from './graph';
import { run } from './write-support';

const DAY_MS = 86_400_000;

export interface PrivilegeFacts {
  trust: TrustStanding;
  suspensions: Partial<Record<Privilege, Suspension>>;
}

/** A member's stored trust and suspensions now; undefined when there is no such member. */
export async function privilegeFacts(tx: Tx, memberId: string, settings: PrivilegeSettings, now: number): Promise<PrivilegeFacts | undefined> {
  const result = await run(tx,
    `MATCH (m:Member {id: $memberId})
     RETURN m.trustRankKey AS rankKey, m.trustConfidence AS confidence,
            [(m)-[:FLAGGED]->(f:CommunityFlag {status: 'DISMISSED'}) WHERE f.decidedAt > $since | f.decidedAt] AS dismissedAt`,
    { memberId, since: now - settings.flags.abuseDays * DAY_MS },
  );
  const row = result.records[0]?.toObject() as { rankKey: number | null; confidence: number | null; dismissedAt: number[] } | undefined;
  if (!row) return undefined;
  const flagAbuse = flagAbuseSuspension(row.dismissedAt.map(Number), now, settings.flags);
  return {
    trust: { rankKey: row.rankKey ?? 0, confidence: row.confidence ?? 0 },
    suspensions: flagAbuse ? { flag: flagAbuse } : {},
  };
}

/**
 * Throws FORBIDDEN (PrivilegeDenied, stating the threshold and the member's standing) unless the
 * member holds the privilege now. Call it in the guarded action's own transaction, after taking
 * the member's lock when the action itself changes what the rule reads.
 */
export async function requireMemberPrivilege(
  tx: Tx,
  memberId: string,
  privilege: Privilege,
  settings: PrivilegeSettings,
  now: number,
): Promise<PrivilegeStanding> {
  const facts = await privilegeFacts(tx, memberId, settings, now);
  return requirePrivilege(facts?.trust ?? { rankKey: 0, confidence: 0 }, privilege, settings.ladder, facts?.suspensions[privilege] ?? null);
}

/** The whole ladder of one member, with their suspensions (for the member themselves and admins). */
export function memberPrivileges(graph: Graph, memberId: string, settings: PrivilegeSettings, now: number): Promise<PrivilegeStanding[]> {
  return graph.read(async (tx) => {
    const facts = await privilegeFacts(tx, memberId, settings, now);
    return privilegeLadder(facts?.trust ?? { rankKey: 0, confidence: 0 }, settings.ladder, facts?.suspensions ?? {});
  });
}

/**
 * The re-sharer an order or a group join records: the candidate when their trust holds the
 * RESHARE step now, else null. Not a refusal: the buyer who followed the link did nothing wrong,
 * so their order goes through the recommendation alone (docs/privileges.md, "Re-sharing").
 */
export async function admittedResharer(tx: Tx, candidateId: string | null, settings: PrivilegeSettings, now: number): Promise<string | null> {
  if (candidateId === null) return null;
  const facts = await privilegeFacts(tx, candidateId, settings, now);
  if (!facts) return null;
  return privilegeStanding(facts.trust, 'reshare', settings.ladder, facts.suspensions.reshare ?? null).unlocked ? candidateId : null;
}

/** Throws FORBIDDEN unless the member may re-share for a share now (a read: nothing is written). */
export function requireReshare(graph: Graph, memberId: string, settings: PrivilegeSettings, now: number): Promise<PrivilegeStanding> {
  return graph.read((tx) => requireMemberPrivilege(tx, memberId, 'reshare', settings, now));
}
