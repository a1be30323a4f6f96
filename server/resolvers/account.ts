// Account security: sessions (list, end), password change, and password reset by mail. Each
// resolver validates, authorises and calls one graph function; mail is handed over after the
// write has committed (server/mail/mailer.ts), never inside it.
import { z } from 'zod';
import type { MutationResolvers, QueryResolvers, SessionResolvers } from '../generated/graphql';
import * as sessions from '../../graph/sessions';
import * as resets from '../../graph/password-resets';
import * as throttle from '../../graph/sign-in-throttle';
import { requireViewer } from '../auth/guards';
import { checkNewPassword } from '../auth/password-policy';
import { hashPassword, verifyAgainstNobody, verifyPassword } from '../auth/passwords';
import { hashToken, newSessionToken } from '../auth/tokens';
import { DEFAULT_SESSION_IDLE_MS } from '../auth/viewer';
import { describeDevice } from '../auth/devices';
import { recordSignInFailure } from '../auth/sign-in-failures';
import { deliverLater } from '../mail/mailer';
import { passwordResetMail } from '../mail/password-reset-mail';
import { rateLimited } from '../limits';
import { notFound, UserError } from '../errors';
import { id, validate } from '../validation';
import { signInWait } from './members';
import type { Context } from '../context';

/**
 * How long a reset link works: an hour is ample for a mail to arrive and be read (most arrive in
 * seconds), and short enough that a link found later in a mailbox, a forwarded message or a
 * backup is dead (OWASP's Forgot Password cheat sheet asks for a short expiry).
 */
export const RESET_LINK_VALID_MINUTES = 60;

/** Reset requests are counted per address over this window (RateLimits.passwordResetRequestsPerAddress). */
const RESET_ADDRESS_WINDOW_MS = 15 * 60_000;

const newPassword = z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters');
const changePasswordInput = z.object({
  currentPassword: z.string().min(1, 'must not be empty').max(200, 'is too long'),
  newPassword,
});
const requestResetInput = z.object({ handleOrEmail: z.string().trim().min(1, 'must not be empty').max(254, 'is too long') });
// Tokens are 32 random bytes in base64url (43 characters); anything else names no reset.
const resetInput = z.object({
  token: z.string().trim().regex(/^[A-Za-z0-9_-]{20,200}$/, 'is not a reset token; open the link from the mail again'),
  newPassword,
});

const resetAddressKey = (address: string) => `reset:a:${address}`;

export const accountQueries: Pick<QueryResolvers, 'mySessions'> = {
  mySessions: (_parent, _args, ctx) => {
    const viewer = requireViewer(ctx);
    return sessions.liveSessions(ctx.graph, viewer.id, ctx.sessionTokenHash, ctx.clock.now().getTime(), ctx.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS);
  },
};

export const Session: SessionResolvers = {
  device: (s) => describeDevice(s.userAgent),
  createdAt: (s) => new Date(s.createdAt).toISOString(),
  lastUsedAt: (s) => new Date(s.lastUsedAt).toISOString(),
};

export const accountMutations: Pick<MutationResolvers, 'changePassword' | 'endSession' | 'endOtherSessions' | 'requestPasswordReset' | 'resetPassword'> = {
  changePassword: async (_parent, { input }, ctx) => {
    const viewer = requireViewer(ctx);
    const fields = validate(changePasswordInput, input);
    const nowMs = ctx.clock.now().getTime();
    // The current password is a password typed: guesses through a stolen session wait like sign-in's.
    const { account, waitUntil } = await throttle.signInThrottleState(ctx.graph, viewer.handle, ctx.clientAddress, nowMs);
    if (waitUntil !== undefined) throw signInWait(waitUntil - nowMs);
    const member = await ctx.loaders.memberById.load(viewer.id);
    checkNewPasswordFor(fields.newPassword, member ?? { handle: viewer.handle, displayName: '', email: '' });
    const newHash = await hashPassword(fields.newPassword);
    const check = (hash: string | undefined) => (hash ? verifyPassword(hash, fields.currentPassword) : verifyAgainstNobody(fields.currentPassword));
    try {
      const { endedSessions } = await resets.changePassword(ctx.graph, viewer.id, check, newHash, ctx.sessionTokenHash);
      return endedSessions;
    } catch (err) {
      if (err instanceof UserError && err.extensions.field === 'currentPassword') {
        await recordSignInFailure(ctx.graph, account, ctx.clientAddress, ctx.rateLimits, nowMs);
      }
      throw err;
    }
  },
  endSession: async (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const sessionId = validate(id, args.id);
    const ended = await ctx.graph.write((tx) => sessions.endSessionById(tx, viewer.id, sessionId));
    if (!ended) throw notFound('That session');
    return true;
  },
  endOtherSessions: (_parent, _args, ctx) => {
    const viewer = requireViewer(ctx);
    return ctx.graph.write((tx) => sessions.endOtherSessions(tx, viewer.id, ctx.sessionTokenHash));
  },
  requestPasswordReset: async (_parent, { input }, ctx) => {
    const { handleOrEmail } = validate(requestResetInput, input);
    const nowMs = ctx.clock.now().getTime();
    const addressKey = resetAddressKey(ctx.clientAddress);
    const waitUntil = await throttle.waitUntilOf(ctx.graph, addressKey, nowMs);
    if (waitUntil !== undefined) {
      const seconds = Math.ceil((waitUntil - nowMs) / 1000);
      throw rateLimited(`Too many password reset requests from here. Please try again in ${Math.ceil(seconds / 60)} minutes.`, seconds);
    }
    // Counted before the lookup, for names that exist and names that do not alike.
    await throttle.recordFailure(
      ctx.graph,
      [{ key: addressKey, freeFailures: ctx.rateLimits.passwordResetRequestsPerAddress, firstDelayMs: RESET_ADDRESS_WINDOW_MS, maxDelayMs: 4 * RESET_ADDRESS_WINDOW_MS }],
      nowMs,
      RESET_ADDRESS_WINDOW_MS,
    );
    const opened = await resets.openPasswordResets(ctx.graph, handleOrEmail, newSessionToken, nowMs, RESET_LINK_VALID_MINUTES * 60_000);
    if (ctx.mailer) {
      const publicUrl = ctx.publicOrigin;
      const mails = opened.map(({ member, token }) =>
        passwordResetMail({ to: member.email, handle: member.handle, displayName: member.displayName, locale: member.locale, token, publicUrl, validMinutes: RESET_LINK_VALID_MINUTES }),
      );
      deliverLater(ctx.mailer, mails, ctx.log);
    }
    return true;
  },
  resetPassword: async (_parent, { input }, ctx) => {
    const fields = validate(resetInput, input);
    const tokenHash = hashToken(fields.token);
    const nowMs = ctx.clock.now().getTime();
    const member = await resets.memberByResetToken(ctx.graph, tokenHash, nowMs);
    if (!member) throw new UserError('BAD_USER_INPUT', resets.INVALID_RESET_TOKEN, { field: 'token' });
    checkNewPasswordFor(fields.newPassword, member);
    const { endedSessions } = await resets.completePasswordReset(ctx.graph, tokenHash, await hashPassword(fields.newPassword), nowMs);
    ctx.log.info({ memberId: member.id, endedSessions }, 'password reset with a mailed link; all sessions ended');
    // This request's own session, if it had one, was among them.
    if (ctx.sessionTokenHash) ctx.session.clear();
    return true;
  },
};

/** The sign-up rule for a new password, refused on the field `newPassword`. */
function checkNewPasswordFor(password: string, about: { handle: string; displayName: string; email: string }): void {
  try {
    checkNewPassword(password, about);
  } catch (err) {
    if (err instanceof UserError && err.extensions.field === 'password') {
      throw new UserError('BAD_USER_INPUT', err.message.replace(/^password:/, 'newPassword:'), { field: 'newPassword' });
    }
    throw err;
  }
}

export type { Context };
