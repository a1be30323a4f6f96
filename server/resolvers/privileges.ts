// What trust opens: the signed-in member's ladder, and any member's (a suspension shows only to
// the member and admins). Computed from the trust stored now, so it is never stale.
import type { MemberResolvers, Privilege as PrivilegeEnum, PrivilegeStanding as StandingView, QueryResolvers } from '../generated/graphql';
import { z } from 'zod';
import { memberPrivileges, requireReshare } from '../../graph/privileges';
import { recommendationByCode } from '../../graph/recommendations';
import { normaliseShareCode, sharePath } from '../domain/recommendation-policy';
import { notFound } from '../errors';
import { validate } from '../validation';
import { nextPrivilege, privilegeLadder, type Privilege, type PrivilegeStanding } from '../domain/privileges';
import { isSelfOrAdmin, requireViewer } from '../auth/guards';

export const PRIVILEGE_ENUM: Record<Privilege, PrivilegeEnum> = {
  onBoards: 'ON_BOARDS',
  reshare: 'RESHARE',
  openGroupBuy: 'OPEN_GROUP_BUY',
  trustedPick: 'TRUSTED_PICK',
  flag: 'FLAG',
};

function view(s: PrivilegeStanding): StandingView {
  return {
    privilege: PRIVILEGE_ENUM[s.privilege],
    unlocked: s.unlocked,
    rankKeyNeeded: s.threshold.rankKey,
    confidenceNeeded: s.threshold.confidence,
    rankKey: s.rankKey,
    confidence: s.confidence,
    progress: s.progress,
    suspendedUntil: s.suspension ? new Date(s.suspension.until).toISOString() : null,
  };
}

// A share code is a handful of letters; anything longer is no code (recommendationByCode's bound).
const shareCode = z.string().trim().min(1, 'is not a recommendation code').max(32, 'is not a recommendation code');

export const privilegeQueries: Pick<QueryResolvers, 'myPrivileges' | 'reshareLink'> = {
  myPrivileges: async (_parent, _args, ctx) => {
    const viewer = requireViewer(ctx);
    const steps = await memberPrivileges(ctx.graph, viewer.id, ctx.privileges, ctx.clock.now().getTime());
    const next = nextPrivilege(steps);
    return { steps: steps.map(view), next: next ? view(next) : null };
  },
  reshareLink: async (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const code = normaliseShareCode(validate(shareCode, args.recommendationCode));
    const rec = await recommendationByCode(ctx.graph, code);
    if (!rec) throw notFound('Recommendation');
    const link = `${ctx.publicOrigin}${sharePath(rec.code)}`;
    if (rec.authorId === viewer.id) return link;
    await requireReshare(ctx.graph, viewer.id, ctx.privileges, ctx.clock.now().getTime());
    return `${link}?via=${encodeURIComponent(viewer.handle)}`;
  },
};

export const memberPrivilegeFields: Pick<MemberResolvers, 'privileges'> = {
  privileges: async (m, _args, ctx) => {
    // A suspension says "this member's flags were dismissed": theirs and the admins' to know.
    if (isSelfOrAdmin(ctx, m.id)) return (await memberPrivileges(ctx.graph, m.id, ctx.privileges, ctx.clock.now().getTime())).map(view);
    return privilegeLadder({ rankKey: m.trustRankKey ?? 0, confidence: m.trustConfidence ?? 0 }, ctx.privileges.ladder).map(view);
  },
};
