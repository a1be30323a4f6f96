// Group buys: suppliers set tiers, trusted recommenders open groups, members join, leaders close
// early. Each mutation validates, authorises and calls one graph function (one transaction).
// A GroupBuy is public (its page is what a share link opens); a GroupJoin is its member's only.
import { z } from 'zod';
import type { GroupBuyResolvers, GroupJoinResolvers, MutationResolvers, QueryResolvers } from '../generated/graphql';
import * as groupBuys from '../../graph/group-buys';
import { groupBuyById, joinsOfMember, openGroupsFromFollowed, type GroupBuyRecord } from '../../graph/group-buy-reads';
import { orderById } from '../../graph/orders';
import { MAX_GROUP_HOURS, MAX_GROUP_NOTE, MIN_GROUP_HOURS, tierUnitPrice, tiersRefusal, type GroupTier } from '../domain/group-buy-rules';
import { MAX_ORDER_QUANTITY } from '../domain/order-policy';
import { requireRole, requireViewer } from '../auth/guards';
import { badInput } from '../errors';
import { id, positiveInt, text, validate } from '../validation';
import type { ProductRecord } from '../../graph/products';
import type { Context } from '../context';
import { required } from './required';

const iso = (ms: number) => new Date(ms).toISOString();
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);
const whole = z.number().int('must be a whole number');

const tiersArgs = z.object({
  productId: id,
  tiers: z.array(z.object({ minBuyers: whole, discountBps: whole })),
  maxDurationHours: whole
    .min(MIN_GROUP_HOURS, `must be at least ${MIN_GROUP_HOURS}`)
    .max(MAX_GROUP_HOURS, `must be at most ${MAX_GROUP_HOURS}`),
});
const openArgs = z.object({
  recommendationId: id,
  targetBuyers: whole,
  deadline: z.string().datetime({ offset: true, message: 'must be a date and time' }),
  note: optional(text(0, MAX_GROUP_NOTE)).transform((v) => v ?? ''),
});
const joinArgs = z.object({
  groupBuyId: id,
  quantity: positiveInt(MAX_ORDER_QUANTITY),
  idempotencyKey: z
    .string()
    .min(8, 'must be at least 8 characters')
    .max(100, 'must be at most 100 characters')
    .regex(/^[\x21-\x7E]+$/, 'must be printable ASCII without spaces'),
  resharerHandle: optional(z.string().trim().regex(/^@?[A-Za-z0-9_]{3,30}$/, 'is not a handle').transform((h) => h.replace(/^@/, ''))),
  deliveryAddressId: optional(id),
});
const feedSize = z.number().int('must be a whole number').min(1, 'must be at least 1').max(50, 'must be at most 50').nullish();

export const groupBuyQueries: Pick<QueryResolvers, 'groupBuy' | 'groupBuysFromFollowed' | 'myGroupJoins'> = {
  groupBuy: async (_parent, args, ctx) => (await groupBuyById(ctx.graph, validate(id, args.id))) ?? null,
  groupBuysFromFollowed: (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    return openGroupsFromFollowed(ctx.graph, viewer.id, validate(feedSize, args.first) ?? 10);
  },
  myGroupJoins: (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    return joinsOfMember(ctx.graph, validate(id, args.groupBuyId), viewer.id);
  },
};

export const groupBuyMutations: Pick<MutationResolvers, 'setGroupBuyTiers' | 'openGroupBuy' | 'joinGroupBuy' | 'closeGroupBuy'> = {
  setGroupBuyTiers: async (_parent, args, ctx) => {
    const viewer = requireRole(ctx, 'SUPPLIER');
    const { productId, tiers, maxDurationHours } = validate(tiersArgs, args);
    const refusal = tiersRefusal(tiers);
    if (refusal) throw badInput(refusal, 'tiers');
    await groupBuys.setProductGroupTiers(ctx.graph, viewer.id, productId, tiers, maxDurationHours);
    return (await ctx.loaders.productById.load(productId).then(required('product')));
  },
  openGroupBuy: (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const { recommendationId, targetBuyers, deadline, note } = validate(openArgs, args);
    return groupBuys.openGroupBuy(ctx.graph, viewer.id, { recommendationId, targetBuyers, deadline: Date.parse(deadline), note }, ctx.privileges, ctx.clock.now().getTime());
  },
  joinGroupBuy: async (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const { join } = await groupBuys.joinGroupBuy(ctx.graph, viewer.id, validate(joinArgs, args), ctx.clock.now().getTime(), ctx.privileges);
    return join;
  },
  closeGroupBuy: (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    return groupBuys.closeGroupBuy(ctx.graph, viewer.id, validate(id, args.groupBuyId), ctx.clock.now().getTime());
  },
};

/** A tier as the API shows it, with its price at the given base. */
const tierView = (basePriceMinor: number) => (tier: GroupTier) => ({ ...tier, unitPriceMinor: tierUnitPrice(basePriceMinor, tier.discountBps) });

export const GroupBuy: GroupBuyResolvers = {
  leader: (g, _args, ctx) => ctx.loaders.memberById.load(g.leaderId).then(required('leader')),
  product: (g, _args, ctx) => ctx.loaders.productById.load(g.productId).then(required('product')),
  recommendation: (g, _args, ctx) => ctx.loaders.recommendationById.load(g.recommendationId).then(required('recommendation')),
  deadline: (g) => iso(g.deadline),
  openedAt: (g) => iso(g.openedAt),
  shareLink: (g, _args, ctx) => `${ctx.publicOrigin}/g/${g.id}`,
  closedAt: (g) => (g.closedAt === null ? null : iso(g.closedAt)),
  tiers: (g) => g.tiers.map(tierView(g.basePriceMinor)),
  countedBuyers: (g) => g.counted,
  joinedMembers: (g) => g.members,
  joiners: async (g, _args, ctx) => (await Promise.all(g.joinerIds.map((m) => ctx.loaders.memberById.load(m)))).filter((m) => m !== null),
};

export const GroupJoin: GroupJoinResolvers = {
  groupBuy: (j, _args, ctx) => groupBuyById(ctx.graph, j.groupBuyId).then(required('group buy')) as Promise<GroupBuyRecord>,
  joinedAt: (j) => iso(j.joinedAt),
  // Only its member reaches a join (joinGroupBuy, myGroupJoins), so only they see its order.
  order: async (j, _args, ctx) => (j.orderId ? ((await orderById(ctx.graph, j.orderId)) ?? null) : null),
};

/** FraudFlag.groupBuy: the group a GROUP_TIES flag is about (admins only reach flags). */
export const fraudFlagGroupFields = {
  groupBuy: async (f: { groupBuyId: string | null }, _args: unknown, ctx: Context) => (f.groupBuyId ? ((await groupBuyById(ctx.graph, f.groupBuyId)) ?? null) : null),
};

/** Recommendation.openGroupBuy: the open group led through it. */
export const recommendationGroupFields = {
  openGroupBuy: (r: { id: string }, _args: unknown, ctx: Context) => ctx.loaders.openGroupOfRecommendation.load(r.id),
};

/** Product.groupTiers and groupMaxDurationHours, from the stored tier lists. */
export const productGroupFields = {
  groupTiers: (p: ProductRecord) =>
    (p.groupTierBuyers ?? []).map((minBuyers, i) => tierView(p.priceMinor)({ minBuyers, discountBps: p.groupTierDiscountBps![i]! })),
  groupMaxDurationHours: (p: ProductRecord) => ((p.groupTierBuyers ?? []).length > 0 ? (p.groupMaxHours ?? null) : null),
};
