// Community flags: members past the flag step flag a recommendation; admins decide the review
// items the flags raise. Each mutation validates, authorises and calls one graph function.
import { z } from 'zod';
import type { CommunityFlagResolvers, FlagReviewResolvers, MutationResolvers, QueryResolvers, RecommendationResolvers } from '../generated/graphql';
import * as flags from '../../graph/community-flags';
import { FLAG_REASONS, FLAG_TEXT_MAX, FLAG_TEXT_MIN } from '../domain/community-flags';
import { requireRole, requireViewer } from '../auth/guards';
import { decodeTuple, pageSize, toTupleConnection } from '../pagination';
import { id, text, validate } from '../validation';
import { required } from './required';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const flagArgs = z.object({ recommendationId: id, reason: z.enum(FLAG_REASONS), text: text(FLAG_TEXT_MIN, FLAG_TEXT_MAX) });
const resolveArgs = z.object({ id, decision: z.enum(['UPHELD', 'DISMISSED']), note: text(3, 500) });
const reviewStatus = z.enum(['OPEN', 'UPHELD', 'DISMISSED']).nullish().transform((v) => v ?? null);

export const communityFlagQueries: Pick<QueryResolvers, 'flagReviews'> = {
  flagReviews: async (_parent, args, ctx) => {
    requireRole(ctx, 'ADMIN');
    const size = pageSize(args.first);
    const after = decodeTuple(args.after, ['number', 'number', 'string']) as [number, number, string] | undefined;
    const rows = await flags.listFlagReviews(ctx.graph, { status: validate(reviewStatus, args.status), limit: size + 1, after });
    return toTupleConnection(rows, size, flags.reviewSortTuple);
  },
};

export const communityFlagMutations: Pick<MutationResolvers, 'flagRecommendation' | 'resolveFlagReview'> = {
  flagRecommendation: (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    return flags.flagRecommendation(ctx.graph, viewer.id, validate(flagArgs, args), ctx.privileges, ctx.clock.now().getTime());
  },
  resolveFlagReview: (_parent, args, ctx) => {
    const admin = requireRole(ctx, 'ADMIN');
    const { id: reviewId, decision, note } = validate(resolveArgs, args);
    return flags.resolveFlagReview(ctx.graph, reviewId, decision, admin.id, note, ctx.clock.now().getTime());
  },
};

export const recommendationFlagFields: Pick<RecommendationResolvers, 'viewerFlagged'> = {
  viewerFlagged: (r, _args, ctx) => (ctx.viewer ? ctx.loaders.flaggedBy.load(`${ctx.viewer.id}|${r.id}`) : false),
};

export const CommunityFlag: CommunityFlagResolvers = {
  flagger: (f, _args, ctx) => ctx.loaders.memberById.load(f.flaggerId).then(required('flagger')),
  recommendation: (f, _args, ctx) => ctx.loaders.recommendationById.load(f.recommendationId).then(required('recommendation')),
  createdAt: (f) => iso(f.createdAt)!,
};

export const FlagReview: FlagReviewResolvers = {
  recommendation: (v, _args, ctx) => ctx.loaders.recommendationById.load(v.recommendationId).then(required('recommendation')),
  openedAt: (v) => iso(v.openedAt)!,
  decidedAt: (v) => iso(v.decidedAt),
  decidedBy: (v, _args, ctx) => (v.decidedById ? ctx.loaders.memberById.load(v.decidedById) : null),
};
