// Members: sign-up, credentials, profile, roles and the verified mark. A MemberRecord never
// carries the password hash; the only query that reads it is memberCredentials, inside signIn.
import { randomInt, randomUUID } from 'node:crypto';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { deriveTrust, markVerified } from '../server/domain/trust';
import { conflict, badInput, notFound, unauthenticated } from '../server/errors';
import type { Graph, Tx } from './graph';
import { initialTrustProps, trustFromProps, trustToProps, type TrustProps } from './member-trust-props';
import { createSession, type NewSession, type Role } from './sessions';
import { handleWords } from './search-query';

export type { NewSession };

/**
 * Members with the ADMIN role also carry the :Admin label, so the admins to tell of a new fraud
 * flag are found through the label, not by reading every member's roles: that scan took 0.2–0.7 s
 * on 100,000 members, inside the transaction of the verdict that raised the flag. The roles stay
 * the truth (graph/notify.ts checks both); every statement that writes a member's roles ends with
 * this fragment: the demo seed and the test factories (sign-up makes plain members, and the
 * supplier switch keeps the other roles), and migration 20 labelled the admins already there.
 * `m` is the statement's variable for the member.
 */
export const LABEL_IF_ADMIN = (m: string) => `FOREACH (_ IN CASE WHEN 'ADMIN' IN coalesce(${m}.roles, []) THEN [1] ELSE [] END | SET ${m}:Admin)`;

/** A member as the API reads it: public and private fields, and the stored trust state. */
export interface MemberRecord extends Partial<TrustProps> {
  id: string;
  handle: string;
  displayName: string;
  email: string;
  bio: string;
  locale: string;
  roles: Role[];
  verified: boolean;
  inviteCode: string;
  createdAt: number;
}

/** Cypher map projection of a MemberRecord from the member bound to `v` (no password hash). */
export const memberFields = (v: string) => `${v} {
  .id, .handle, .displayName, email: coalesce(${v}.email, ${v}.unconfirmedEmail), .bio, .locale, .roles, .verified, .inviteCode, .createdAt,
  .trustScore, .trustConfidence, .trustRankKey, .trustIsNew, .trustReach, .trustVouchedPositive,
  .trustVouchedNegative, .trustUnvouchedPositive, .trustUnvouchedNegative, .trustEvidenceAt }`;

/** A MemberRecord with defaults for properties an older or hand-made node may lack. */
export function toMemberRecord(raw: Record<string, unknown>): MemberRecord {
  const r = raw as unknown as MemberRecord;
  return { ...r, bio: r.bio ?? '', locale: r.locale ?? 'en', roles: r.roles ?? ['MEMBER'], verified: r.verified ?? false };
}

async function readMembers(tx: Tx, cypher: string, params: Record<string, unknown>): Promise<MemberRecord[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => toMemberRecord(r.get('member') as Record<string, unknown>));
}

// One statement read on every member page and rank: auto-commit (graph.query), one message.
export function membersByIds(graph: Graph, ids: readonly string[]): Promise<MemberRecord[]> {
  return graph.query(`MATCH (m:Member) WHERE m.id IN $ids RETURN ${memberFields('m')} AS member`, { ids }, (result) =>
    result.records.map((r) => toMemberRecord(r.get('member') as Record<string, unknown>)),
  );
}

export async function memberByHandle(graph: Graph, handle: string): Promise<MemberRecord | undefined> {
  const found = await graph.read((tx) =>
    readMembers(tx, `MATCH (m:Member {handleKey: $handleKey}) RETURN ${memberFields('m')} AS member`, { handleKey: handle.toLowerCase() }),
  );
  return found[0];
}

// Invite codes: 10 characters from an alphabet without look-alikes (no 0/o, 1/l/i): ~50 bits.
const INVITE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)];
  return code;
}

export interface NewMember {
  handle: string;
  displayName: string;
  email: string;
  passwordHash: string;
  invitationCode?: string;
}


/**
 * Creates the member, the INVITED_BY fact (data only: it earns nothing) and the first session,
 * all in one transaction. A taken handle is CONFLICT (handles are public); an unknown
 * invitation code is BAD_USER_INPUT.
 *
 * An email that is registered already is neither refused nor told (docs/security.md, "Sign-up
 * does not tell whether an email is registered"): the account is created all the same, with
 * the address as its `unconfirmedEmail` — the member sees it as their email, it signs in like
 * one (signIn below), but it is not the address's unique owner.
 */
export async function signUp(graph: Graph, input: NewMember, session: NewSession, now: Date): Promise<MemberRecord> {
  try {
    return await graph.write(async (tx) => {
      const taken = await tx.run(
        `OPTIONAL MATCH (h:Member {handleKey: $handleKey})
         OPTIONAL MATCH (e:Member {email: $email})
         RETURN h IS NOT NULL AS handleTaken, e IS NOT NULL AS emailTaken`,
        { handleKey: input.handle.toLowerCase(), email: input.email },
      );
      if (taken.records[0]!.get('handleTaken')) throw conflict('That handle is taken; please choose another.');
      const emailTaken = taken.records[0]!.get('emailTaken') as boolean;
      let inviterId: string | null = null;
      if (input.invitationCode !== undefined) {
        const inviter = await tx.run('MATCH (i:Member {inviteCode: $code}) RETURN i.id AS id', { code: input.invitationCode });
        inviterId = (inviter.records[0]?.get('id') as string | undefined) ?? null;
        if (!inviterId) throw badInput('No member has this invitation code.', 'invitationCode');
      }
      const id = randomUUID();
      const at = neo4j.int(now.getTime()); // epoch ms stored as an integer, as the data model says
      const created = await readMembers(
        tx,
        `CREATE (m:Member {id: $id, handle: $handle, handleKey: $handleKey, handleWords: $handleWords, displayName: $displayName, email: $email,
                           unconfirmedEmail: $unconfirmedEmail, passwordHash: $passwordHash, roles: ['MEMBER'], verified: false, inviteCode: $inviteCode,
                           bio: '', locale: 'en', createdAt: $at})
         SET m += $trust
         WITH m
         OPTIONAL MATCH (inviter:Member {id: $inviterId})
         FOREACH (_ IN CASE WHEN inviter IS NULL THEN [] ELSE [1] END | CREATE (m)-[:INVITED_BY {at: $at}]->(inviter))
         RETURN ${memberFields('m')} AS member`,
        {
          id,
          handle: input.handle,
          handleKey: input.handle.toLowerCase(),
          handleWords: handleWords(input.handle),
          displayName: input.displayName,
          email: emailTaken ? null : input.email,
          unconfirmedEmail: emailTaken ? input.email : null,
          passwordHash: input.passwordHash,
          inviteCode: newInviteCode(),
          at,
          trust: initialTrustProps(now),
          inviterId,
        },
      );
      await createSession(tx, id, session, now.getTime());
      return created[0]!;
    });
  } catch (err) {
    // Two sign-ups racing for one handle: the uniqueness constraint decides, the loser hears why.
    if (err instanceof Neo4jError && err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      throw conflict('That handle or email was just taken; please choose another.');
    }
    throw err;
  }
}

export const WRONG_CREDENTIALS = 'Handle or password is wrong.';

/** Accounts an email signs in to: those holding it, newest first, this many at most. */
export const ACCOUNTS_PER_EMAIL = 3;

/**
 * Signs in: finds the member by handle (any case) or email, lets `checkPassword` judge the stored
 * hash (undefined when nobody matches, so the caller can spend the same time either way), then
 * opens a session. One transaction; wrong credentials write nothing.
 *
 * An email may be held by several accounts (signUp above): it signs in to the one among the
 * newest ACCOUNTS_PER_EMAIL whose password matches. Every email sign-in checks exactly that many
 * hashes (padding with `checkPassword(undefined)`), so its time says nothing about how many
 * accounts hold the address, and who registered it first is never told apart from who came later.
 */
export function signIn(
  graph: Graph,
  handleOrEmail: string,
  checkPassword: (passwordHash: string | undefined) => Promise<boolean>,
  session: NewSession,
  now: Date,
): Promise<MemberRecord> {
  return graph.write(async (tx) => {
    const key = handleOrEmail.toLowerCase();
    const byEmail = key.includes('@');
    const found = await tx.run(
      byEmail
        ? `CALL {
             MATCH (m:Member {email: $key}) RETURN m
             UNION
             MATCH (m:Member {unconfirmedEmail: $key}) RETURN m
           }
           WITH m ORDER BY m.createdAt DESC LIMIT toInteger($max)
           RETURN m.passwordHash AS passwordHash, ${memberFields('m')} AS member`
        : `MATCH (m:Member {handleKey: $key})
           RETURN m.passwordHash AS passwordHash, ${memberFields('m')} AS member`,
      { key, max: ACCOUNTS_PER_EMAIL },
    );
    const checks = byEmail ? ACCOUNTS_PER_EMAIL : 1;
    let match: (typeof found.records)[number] | undefined;
    for (let i = 0; i < checks; i++) {
      const record = found.records[i];
      const ok = await checkPassword(record?.get('passwordHash') as string | undefined);
      if (ok && record && !match) match = record;
    }
    if (!match) throw unauthenticated(WRONG_CREDENTIALS);
    const member = toMemberRecord(match.get('member') as Record<string, unknown>);
    await createSession(tx, member.id, session, now.getTime());
    return member;
  });
}

export interface ProfileChanges {
  displayName?: string;
  bio?: string;
  locale?: string;
}

export async function updateProfile(graph: Graph, memberId: string, profile: ProfileChanges): Promise<MemberRecord> {
  const changes = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined));
  const updated = await graph.write((tx) =>
    readMembers(tx, `MATCH (m:Member {id: $memberId}) SET m += $changes RETURN ${memberFields('m')} AS member`, { memberId, changes }),
  );
  if (!updated[0]) throw notFound('That member');
  return updated[0];
}

/** Grants or revokes SUPPLIER; MEMBER and ADMIN are left as they are. */
export async function setSupplier(graph: Graph, memberId: string, supplier: boolean): Promise<MemberRecord> {
  const updated = await graph.write((tx) =>
    readMembers(
      tx,
      `MATCH (m:Member {id: $memberId})
       WITH m, [r IN coalesce(m.roles, ['MEMBER']) WHERE r <> 'SUPPLIER'] AS others
       SET m.roles = CASE WHEN $supplier THEN others + 'SUPPLIER' ELSE others END
       RETURN ${memberFields('m')} AS member`,
      { memberId, supplier },
    ),
  );
  if (!updated[0]) throw notFound('That member');
  return updated[0];
}

/**
 * Marks a member verified (pre-trusted) or not. Reach, their voice as a rater, follows at once:
 * 1 for a verified member, 0 until the global recompute measures the trust that reaches them.
 */
export function setVerified(graph: Graph, memberId: string, verified: boolean, now: Date): Promise<MemberRecord> {
  return graph.write(async (tx) => {
    const found = await readMembers(tx, `MATCH (m:Member {id: $memberId}) RETURN ${memberFields('m')} AS member`, { memberId });
    const member = found[0];
    if (!member) throw notFound('That member');
    const current = trustFromProps(member, now);
    const next = verified ? markVerified(current) : deriveTrust(current, 0, new Date(current.evidenceAt));
    const updated = await readMembers(
      tx,
      `MATCH (m:Member {id: $memberId}) SET m.verified = $verified, m += $trust RETURN ${memberFields('m')} AS member`,
      { memberId, verified, trust: trustToProps(next) },
    );
    return updated[0]!;
  });
}
