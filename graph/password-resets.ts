// Password changes and resets: the member's hash is replaced and their sessions ended in the same
// transaction, so there is no moment in which the new password works and an old session still
// does. Reset tokens are stored only as their SHA-256 (a leaked database holds no live link),
// each works once, and all of a member's tokens die with any change of password.
import { randomUUID } from 'node:crypto';
import { badInput } from '../server/errors';
import type { Graph } from './graph';
import { memberFields, toMemberRecord, ACCOUNTS_PER_EMAIL, type MemberRecord } from './members';
import { endOtherSessions } from './sessions';

/** Live reset links one member may hold within an hour; requests beyond it send nothing (silently). */
export const MAX_RESET_MAILS_PER_HOUR = 3;
const HOUR_MS = 3_600_000;

export const INVALID_RESET_TOKEN = 'This reset link is not valid any more (used, expired or mistyped); ask for a new one.';

export const WRONG_CURRENT_PASSWORD = 'currentPassword: this is not your current password.';

/**
 * Replaces the member's password after `checkCurrent` accepted the stored hash, and ends every
 * other session (the one making the change, `keepTokenHash`, stays signed in). Refused with
 * BAD_USER_INPUT when the current password is wrong; then nothing is written.
 */
export function changePassword(
  graph: Graph,
  memberId: string,
  checkCurrent: (passwordHash: string | undefined) => Promise<boolean>,
  newPasswordHash: string,
  keepTokenHash: string | undefined,
): Promise<{ endedSessions: number }> {
  return graph.write(async (tx) => {
    const found = await tx.run('MATCH (m:Member {id: $memberId}) RETURN m.passwordHash AS passwordHash', { memberId });
    if (!(await checkCurrent(found.records[0]?.get('passwordHash') as string | undefined))) throw badInput(WRONG_CURRENT_PASSWORD, 'currentPassword');
    await tx.run(
      `MATCH (m:Member {id: $memberId}) SET m.passwordHash = $hash
       WITH m OPTIONAL MATCH (m)-[:MAY_RESET_WITH]->(r:PasswordReset) DETACH DELETE r`,
      { memberId, hash: newPasswordHash },
    );
    return { endedSessions: await endOtherSessions(tx, memberId, keepTokenHash) };
  });
}

/** A reset link to mail: who it is for and the token (only its hash was stored). */
export interface ResetToSend {
  member: MemberRecord;
  token: string;
}

/**
 * Opens a reset for every account `identifier` names: a handle names one, an email the newest
 * ACCOUNTS_PER_EMAIL that hold it (as sign-in does). A member who already received
 * MAX_RESET_MAILS_PER_HOUR links this hour gets none, without the caller learning it. Expired
 * resets of those members are deleted on the way. One transaction.
 */
export function openPasswordResets(
  graph: Graph,
  identifier: string,
  newToken: () => { token: string; tokenHash: string },
  nowMs: number,
  validMs: number,
): Promise<ResetToSend[]> {
  const key = identifier.toLowerCase();
  const byEmail = key.includes('@');
  return graph.write(async (tx) => {
    const found = await tx.run(
      `${
        byEmail
          ? `CALL {
               MATCH (m:Member {email: $key}) RETURN m
               UNION
               MATCH (m:Member {unconfirmedEmail: $key}) RETURN m
             }
             WITH m ORDER BY m.createdAt DESC LIMIT toInteger($max)`
          : 'MATCH (m:Member {handleKey: $key})'
      }
       OPTIONAL MATCH (m)-[:MAY_RESET_WITH]->(old:PasswordReset) WHERE old.expiresAt <= $now
       DETACH DELETE old
       WITH DISTINCT m
       RETURN ${memberFields('m')} AS member,
              COUNT { (m)-[:MAY_RESET_WITH]->(r:PasswordReset) WHERE r.createdAt > $now - $hour } AS recent`,
      { key, max: ACCOUNTS_PER_EMAIL, now: nowMs, hour: HOUR_MS },
    );
    const toSend: ResetToSend[] = [];
    for (const record of found.records) {
      if ((record.get('recent') as number) >= MAX_RESET_MAILS_PER_HOUR) continue;
      const member = toMemberRecord(record.get('member') as Record<string, unknown>);
      const { token, tokenHash } = newToken();
      await tx.run(
        `MATCH (m:Member {id: $memberId})
         CREATE (m)-[:MAY_RESET_WITH]->(:PasswordReset {id: $id, tokenHash: $tokenHash, createdAt: $now, expiresAt: $expiresAt})`,
        { memberId: member.id, id: randomUUID(), tokenHash, now: nowMs, expiresAt: nowMs + validMs },
      );
      toSend.push({ member, token });
    }
    return toSend;
  });
}

/** The member a live reset token belongs to (to judge the new password against), if any. */
export function memberByResetToken(graph: Graph, tokenHash: string, nowMs: number): Promise<MemberRecord | undefined> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (m:Member)-[:MAY_RESET_WITH]->(r:PasswordReset {tokenHash: $tokenHash}) WHERE r.expiresAt > $now
       RETURN ${memberFields('m')} AS member`,
      { tokenHash, now: nowMs },
    );
    const raw = result.records[0]?.get('member') as Record<string, unknown> | undefined;
    return raw ? toMemberRecord(raw) : undefined;
  });
}

/**
 * Uses a reset token: sets the new password hash, deletes every reset token of the member (this
 * one included: single use) and ends all their sessions. BAD_USER_INPUT when the token is not
 * live; two racing uses of one token cannot both succeed, as the first deletes what the second
 * locked and waits for.
 */
export function completePasswordReset(graph: Graph, tokenHash: string, newPasswordHash: string, nowMs: number): Promise<{ memberId: string; endedSessions: number }> {
  return graph.write(async (tx) => {
    const used = await tx.run(
      `MATCH (m:Member)-[:MAY_RESET_WITH]->(r:PasswordReset {tokenHash: $tokenHash})
       // Take the write lock before judging the token, so a concurrent use waits and then finds nothing.
       REMOVE r.lockedForUpdate
       WITH m, r WHERE r.expiresAt > $now
       SET m.passwordHash = $hash
       WITH m
       OPTIONAL MATCH (m)-[:MAY_RESET_WITH]->(all:PasswordReset)
       DETACH DELETE all
       RETURN DISTINCT m.id AS memberId`,
      { tokenHash, now: nowMs, hash: newPasswordHash },
    );
    const memberId = used.records[0]?.get('memberId') as string | undefined;
    if (!memberId) throw badInput(INVALID_RESET_TOKEN, 'token');
    return { memberId, endedSessions: await endOtherSessions(tx, memberId, undefined) };
  });
}
