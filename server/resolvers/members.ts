// Members: sign-up, sign-in/out, profile, roles, follows. Each resolver validates its input,
// authorises, and calls one graph function; the Member type's fields apply the privacy rule
// (email and inviteCode: self or admin, else null) and batch through the request's DataLoaders.
import { z } from 'zod';
import type { MemberResolvers, MutationResolvers, QueryResolvers } from '../generated/graphql';
import * as members from '../../graph/members';
import * as follows from '../../graph/follows';
import { trustFromProps } from '../../graph/member-trust-props';
import { DEFAULT_TRUST_PARAMS, isVouched } from '../domain/trust';
import { deleteSession } from '../../graph/sessions';
import * as throttle from '../../graph/sign-in-throttle';
import { rateLimited } from '../limits';
import { recordSignInFailure } from '../auth/sign-in-failures';
import { hashPassword, verifyAgainstNobody, verifyPassword } from '../auth/passwords';
import { newSessionToken } from '../auth/tokens';
import { checkNewPassword } from '../auth/password-policy';
import { DEFAULT_SESSION_IDLE_MS, SESSION_TTL_MS } from '../auth/viewer';
import { isSelfOrAdmin, requireRole, requireViewer } from '../auth/guards';
import { badInput, UserError } from '../errors';
import { decodeCursor, pageSize, toConnection, type Position } from '../pagination';
import { displayName as displayNameText, id, text, validate } from '../validation';
import type { Context } from '../context';

const handle = z.string().trim().regex(/^[A-Za-z0-9_]{3,30}$/, 'must be 3–30 letters, digits or _');
const locale = z.enum(['en', 'zh-CN'], { error: 'must be en or zh-CN' });
const displayName = displayNameText(1, 50);
const bio = text(0, 500);

const signUpInput = z.object({
  handle,
  displayName,
  email: z.string().trim().toLowerCase().max(254, 'must be at most 254 characters').pipe(z.email('must be a valid email address')),
  password: z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters'),
  invitationCode: z.string().trim().toLowerCase().max(64, 'is not a valid invitation code').nullish().transform((c) => c || undefined),
});
const signInInput = z.object({
  handleOrEmail: z.string().trim().min(1, 'must not be empty').max(254, 'is too long'),
  password: z.string().min(1, 'must not be empty').max(200, 'is too long'),
});
const profileInput = z.object({
  displayName: displayName.nullish().transform((v) => v ?? undefined),
  bio: bio.nullish().transform((v) => v ?? undefined),
  locale: locale.nullish().transform((v) => v ?? undefined),
});
const memberLookup = z
  .object({ id: id.nullish(), handle: z.string().max(64, 'is not a handle').nullish() })
  .refine((a) => (a.id ? 1 : 0) + (a.handle ? 1 : 0) === 1, 'give exactly one of id and handle');

/** Opens a session for `signUp`/`signIn`, sets the HTTP-only cookie and returns the payload. */
async function startSession(ctx: Context, open: (session: members.NewSession) => Promise<members.MemberRecord>) {
  const { token, tokenHash } = newSessionToken();
  const expiresAt = new Date(ctx.clock.now().getTime() + SESSION_TTL_MS);
  const member = await open({
    tokenHash,
    expiresAtMs: expiresAt.getTime(),
    replacesTokenHash: ctx.sessionTokenHash,
    idleMs: ctx.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS,
    userAgent: ctx.userAgent,
  });
  ctx.session.set(token, expiresAt);
  // From here on this request speaks for the member just signed in, so the payload shows them
  // their own private fields (email, inviteCode).
  ctx.viewer = { id: member.id, handle: member.handle, roles: member.roles };
  ctx.sessionTokenHash = tokenHash;
  return { token, expiresAt: expiresAt.toISOString(), member };
}

/** The refusal while a sign-in must wait: in seconds under a minute, else in whole minutes. */
export function signInWait(waitMs: number) {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  if (seconds < 60) return rateLimited(`Too many failed sign-in attempts. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`, seconds);
  const minutes = Math.ceil(seconds / 60);
  return rateLimited(`Too many failed sign-in attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, seconds);
}

export const memberQueries: Pick<QueryResolvers, 'me' | 'member'> = {
  me: (_parent, _args, ctx) => (ctx.viewer ? ctx.loaders.memberById.load(ctx.viewer.id) : null),
  member: async (_parent, args, ctx) => {
    const lookup = validate(memberLookup, args);
    if (lookup.id) return ctx.loaders.memberById.load(lookup.id);
    return (await members.memberByHandle(ctx.graph, lookup.handle!)) ?? null;
  },
};

export const memberMutations: Pick<
  MutationResolvers,
  'signUp' | 'signIn' | 'signOut' | 'updateProfile' | 'follow' | 'unfollow' | 'setSupplier' | 'setMemberVerified'
> = {
  signUp: async (_parent, { input }, ctx) => {
    const fields = validate(signUpInput, input);
    checkNewPassword(fields.password, fields);
    const passwordHash = await hashPassword(fields.password);
    return startSession(ctx, (session) => members.signUp(ctx.graph, { ...fields, passwordHash }, session, ctx.clock.now()));
  },
  signIn: async (_parent, { input }, ctx) => {
    const { handleOrEmail, password } = validate(signInInput, input);
    // Progressive delays, counted in the graph (any server sees them): per account whichever
    // identifier was typed, per (account, address) pair and per address. The design and why it
    // cannot lock a member out from elsewhere: graph/sign-in-throttle.ts.
    const limits = ctx.rateLimits;
    const address = ctx.clientAddress;
    const nowMs = ctx.clock.now().getTime();
    const { account, waitUntil } = await throttle.signInThrottleState(ctx.graph, handleOrEmail, address, nowMs);
    if (waitUntil !== undefined) throw signInWait(waitUntil - nowMs);
    // An unknown handle costs one Argon2 verification too, so timing does not reveal who exists.
    const check = (hash: string | undefined) => (hash ? verifyPassword(hash, password) : verifyAgainstNobody(password));
    try {
      const payload = await startSession(ctx, (session) => members.signIn(ctx.graph, handleOrEmail, check, session, ctx.clock.now()));
      await throttle.recordSuccess(ctx.graph, account, address, nowMs);
      return payload;
    } catch (err) {
      if (err instanceof UserError && err.extensions.code === 'UNAUTHENTICATED') {
        await recordSignInFailure(ctx.graph, account, address, limits, nowMs);
      }
      throw err;
    }
  },
  signOut: async (_parent, _args, ctx) => {
    ctx.session.clear();
    if (!ctx.sessionTokenHash) return false;
    const tokenHash = ctx.sessionTokenHash;
    await ctx.graph.write((tx) => deleteSession(tx, tokenHash));
    return true;
  },
  updateProfile: (_parent, { input }, ctx) => {
    const viewer = requireViewer(ctx);
    return members.updateProfile(ctx.graph, viewer.id, validate(profileInput, input));
  },
  follow: (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const memberId = validate(id, args.memberId);
    if (memberId === viewer.id) throw badInput('You cannot follow yourself.', 'memberId');
    return follows.follow(ctx.graph, viewer.id, memberId, ctx.clock.now());
  },
  unfollow: (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    return follows.unfollow(ctx.graph, viewer.id, validate(id, args.memberId));
  },
  setSupplier: (_parent, args, ctx) => {
    requireRole(ctx, 'ADMIN');
    return members.setSupplier(ctx.graph, validate(id, args.memberId), args.supplier);
  },
  setMemberVerified: (_parent, args, ctx) => {
    requireRole(ctx, 'ADMIN');
    return members.setVerified(ctx.graph, validate(id, args.memberId), args.verified, ctx.clock.now());
  },
};

function followCursor(after: string | null | undefined): Position | undefined {
  const position = decodeCursor(after);
  if (position && typeof position.key !== 'number') throw badInput('This cursor is not one we gave out; start again without it.', 'after');
  return position;
}

function followConnection(ctx: Context, memberId: string, direction: 'followers' | 'following', first?: number | null, after?: string | null) {
  const size = pageSize(first);
  const position = followCursor(after);
  // Through the request's loader: a page of members asking for their follow lists is one read.
  return ctx.loaders.followPage.load({ memberId, direction, after: position, limit: size + 1 }).then((rows) => {
    const connection = toConnection(rows, size, (row) => ({ key: row.since, id: row.member.id }));
    return {
      pageInfo: connection.pageInfo,
      edges: connection.edges.map(({ cursor, node }) => ({ cursor, node: node.member, since: new Date(node.since).toISOString() })),
    };
  });
}

export const Member: MemberResolvers = {
  // The privacy rule: self or admin see private fields; anyone else gets null.
  email: (m, _args, ctx) => (isSelfOrAdmin(ctx, m.id) ? m.email : null),
  inviteCode: (m, _args, ctx) => (isSelfOrAdmin(ctx, m.id) ? m.inviteCode : null),
  trust: (m, _args, ctx) => {
    const t = trustFromProps(m, ctx.clock.now());
    return {
      ...t,
      vouched: isVouched({ positive: t.vouchedPositive, negative: t.vouchedNegative }, DEFAULT_TRUST_PARAMS),
      vouchedHeldUp: t.vouchedPositive,
      vouchedLetDown: t.vouchedNegative,
    };
  },
  followerCount: async (m, _args, ctx) => (await ctx.loaders.followCounts.load(m.id)).followers,
  followingCount: async (m, _args, ctx) => (await ctx.loaders.followCounts.load(m.id)).following,
  viewerFollows: (m, _args, ctx) =>
    ctx.viewer && ctx.viewer.id !== m.id ? ctx.loaders.follows.load({ followerId: ctx.viewer.id, followeeId: m.id }) : false,
  followers: (m, args, ctx) => followConnection(ctx, m.id, 'followers', args.first, args.after),
  following: (m, args, ctx) => followConnection(ctx, m.id, 'following', args.first, args.after),
};

