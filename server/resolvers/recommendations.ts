// Recommendations: members post and edit their own (first-hand, capped per day); anyone reads
// them by id, share code, product (most trusted author first) or member (the pocket shop); a
// signed-in member reads the feed of the people they follow. Author and product of a page of
// recommendations are fetched once per page through the request's DataLoaders.
import { z } from 'zod';
import type {
  MutationResolvers,
  QueryResolvers,
  RecommendationResolvers,
  RecommendationRevisionResolvers,
} from '../generated/graphql';
import * as recommendations from '../../graph/recommendations';
import {
  normaliseShareCode,
  RECOMMENDATION_TEXT_MAX,
  RECOMMENDATION_TEXT_MIN,
  sharePath,
} from '../domain/recommendation-policy';
import { requireViewer } from '../auth/guards';
import { badInput, notFound } from '../errors';
import { decodeCursor, pageSize, toConnection, type Position } from '../pagination';
import { id, positiveInt, text, validate } from '../validation';
import { required } from './required';

const stars = positiveInt(5);
const recommendationText = text(RECOMMENDATION_TEXT_MIN, RECOMMENDATION_TEXT_MAX);
const postArgs = z.object({ productId: id, stars, text: recommendationText });
const editArgs = z
  .object({
    id,
    stars: stars.nullish().transform((v) => v ?? undefined),
    text: recommendationText.nullish().transform((v) => v ?? undefined),
  })
  .refine((a) => a.stars !== undefined || a.text !== undefined, 'give stars, text or both');
const memberLookup = z
  .object({ memberId: id.nullish(), handle: z.string().trim().max(64, 'is not a handle').nullish() })
  .refine((a) => (a.memberId ? 1 : 0) + (a.handle ? 1 : 0) === 1, 'give exactly one of memberId and handle');

const badCursor = () => badInput('This cursor is not one we gave out; start again without it.', 'after');

/** Cursor of newest-first lists: key = createdAt. */
function timeCursor(after: string | null | undefined): { createdAt: number; id: string } | undefined {
  const position = decodeCursor(after);
  if (!position) return undefined;
  if (typeof position.key !== 'number') throw badCursor();
  return { createdAt: position.key, id: position.id };
}

/** Cursor of the by-trust list: key = "rank/createdAt". */
function rankCursor(after: string | null | undefined): { rank: number; createdAt: number; id: string } | undefined {
  const position = decodeCursor(after);
  if (!position) return undefined;
  const [rank, createdAt] = typeof position.key === 'string' ? position.key.split('/').map(Number) : [];
  if (rank === undefined || createdAt === undefined || !Number.isFinite(rank) || !Number.isFinite(createdAt)) throw badCursor();
  return { rank, createdAt, id: position.id };
}

const byTime = (r: recommendations.RecommendationRecord): Position => ({ key: r.createdAt, id: r.id });

export const recommendationQueries: Pick<
  QueryResolvers,
  'recommendation' | 'recommendationByCode' | 'productRecommendations' | 'memberRecommendations' | 'feed'
> = {
  recommendation: (_parent, args, ctx) => ctx.loaders.recommendationById.load(validate(id, args.id)),
  recommendationByCode: async (_parent, args, ctx) => {
    const code = validate(z.string().trim().max(32, 'is not a recommendation code'), args.code);
    return (await recommendations.recommendationByCode(ctx.graph, normaliseShareCode(code))) ?? null;
  },
  productRecommendations: async (_parent, args, ctx) => {
    const size = pageSize(args.first);
    const rows = await recommendations.recommendationsOfProduct(ctx.graph, validate(id, args.productId), size + 1, rankCursor(args.after));
    return toConnection(rows, size, (r) => ({ key: `${r.authorRank}/${r.createdAt}`, id: r.id }));
  },
  memberRecommendations: async (_parent, args, ctx) => {
    const lookup = validate(memberLookup, { memberId: args.memberId, handle: args.handle });
    const size = pageSize(args.first);
    const member = lookup.memberId ? { memberId: lookup.memberId } : { handle: lookup.handle! };
    const rows = await recommendations.recommendationsOfMember(ctx.graph, member, size + 1, timeCursor(args.after));
    if (!rows) throw notFound('Member');
    return toConnection(rows, size, byTime);
  },
  feed: async (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const size = pageSize(args.first);
    return toConnection(await recommendations.feedOf(ctx.graph, viewer.id, size + 1, timeCursor(args.after)), size, byTime);
  },
};

export const recommendationMutations: Pick<MutationResolvers, 'postRecommendation' | 'editRecommendation'> = {
  postRecommendation: (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    return recommendations.postRecommendation(ctx.graph, viewer.id, validate(postArgs, args), ctx.clock.now().getTime());
  },
  editRecommendation: (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const edit = validate(editArgs, args);
    return recommendations.editRecommendation(ctx.graph, viewer.id, edit.id, edit, ctx.clock.now().getTime());
  },
};

export const Recommendation: RecommendationResolvers = {
  shareUrl: (r) => sharePath(r.code),
  shareLink: (r, _args, ctx) => `${ctx.publicOrigin}${sharePath(r.code)}`,
  author: (r, _args, ctx) => ctx.loaders.memberById.load(r.authorId).then(required('author')),
  product: (r, _args, ctx) => ctx.loaders.productById.load(r.productId).then(required('product')),
  createdAt: (r) => new Date(r.createdAt).toISOString(),
  updatedAt: (r) => new Date(r.updatedAt).toISOString(),
  revisions: (r, _args, ctx) => ctx.loaders.recommendationRevisions.load(r.id),
};

export const RecommendationRevision: RecommendationRevisionResolvers = {
  at: (v) => new Date(v.at).toISOString(),
};
