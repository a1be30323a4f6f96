// What trust opens: the signed-in member's ladder, and any member's (a suspension shows only to
// the member and admins). Computed from the trust stored now, so it is never stale.
import type { MemberResolvers, Privilege as PrivilegeEnum, PrivilegeStanding as StandingView, QueryResolvers } from '../generated/graphql';
import { memberPrivileges } from '../../graph/privileges';
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

export const privilegeQueries: Pick<QueryResolvers, 'myPrivileges'> = {
  myPrivileges: async (_parent, _args, ctx) => {
    const viewer = requireViewer(ctx);
    const steps = await memberPrivileges(ctx.graph, viewer.id, ctx.privileges, ctx.clock.now().getTime());
    const next = nextPrivilege(steps);
    return { steps: steps.map(view), next: next ? view(next) : null };
  },
};

export const memberPrivilegeFields: Pick<MemberResolvers, 'privileges'> = {
  privileges: async (m, _args, ctx) => {
    // A suspension says "this member's flags were dismissed": theirs and the admins' to know.
    if (isSelfOrAdmin(ctx, m.id)) return (await memberPrivileges(ctx.graph, m.id, ctx.privileges, ctx.clock.now().getTime())).map(view);
    return privilegeLadder({ rankKey: m.trustRankKey ?? 0, confidence: m.trustConfidence ?? 0 }, ctx.privileges.ladder).map(view);
  },
};
