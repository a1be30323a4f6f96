// Trusted picks: the evidence (from the process's cache: server/trusted-picks-cache.ts) and
// (personal) whom the viewer trusts, a read of its own; the ranking is the pure domain's, paged by (score, product id) so pages stay stable while scores hold.
import type { QueryResolvers, TrustedPickResolvers } from '../generated/graphql';
import type { MemberRecord } from '../../graph/members';
import { trustedByViewer } from '../../graph/trusted-picks';
import { rankPicks } from '../domain/ranking/trusted-picks';
import { requireViewer } from '../auth/guards';
import { notFound } from '../errors';
import { decodeCursor, pageSize, toConnection } from '../pagination';

/** How many of a pick's recommenders are shown by name. */
export const PICK_RECOMMENDERS_SHOWN = 3;

export const trustedPickQueries: Pick<QueryResolvers, 'trustedPicks'> = {
  trustedPicks: async (_parent, args, ctx) => {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after);
    const viewerId = args.personal ? requireViewer(ctx).id : undefined;
    const step = ctx.privileges.ladder.trustedPick;
    const [evidence, trusted] = await Promise.all([ctx.trustedPicks.evidence(step.rankKey), viewerId ? trustedByViewer(ctx.graph, viewerId) : undefined]);
    const picks = rankPicks(evidence, step, trusted);
    const start = after ? picks.findIndex((p) => p.score < Number(after.key) || (p.score === after.key && p.productId > after.id)) : 0;
    const rows = start < 0 ? [] : picks.slice(start, start + size + 1);
    return toConnection(rows, size, (p) => ({ key: p.score, id: p.productId }));
  },
};

export const TrustedPick: TrustedPickResolvers = {
  product: async (pick, _args, ctx) => {
    const product = await ctx.loaders.productById.load(pick.productId);
    if (!product) throw notFound('That product');
    return product;
  },
  recommenderCount: (pick) => pick.recommenderIds.length,
  recommenders: async (pick, _args, ctx) => {
    const members = await Promise.all(pick.recommenderIds.slice(0, PICK_RECOMMENDERS_SHOWN).map((id) => ctx.loaders.memberById.load(id)));
    return members.filter((m): m is MemberRecord => m !== null);
  },
};
