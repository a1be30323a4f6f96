// Products: suppliers list and edit their own; anyone browses, filters by category or supplier,
// and searches. Product.supplier and Product.recommendationCount go through the request's
// DataLoaders, so a page of products asks for its suppliers and its counts once each.
import { z } from 'zod';
import type { MutationResolvers, ProductResolvers, QueryResolvers } from '../generated/graphql';
import * as products from '../../graph/products';
import { requireRole } from '../auth/guards';
import { badInput } from '../errors';
import { decodeCursor, pageSize, toConnection } from '../pagination';
import { id, text, validate } from '../validation';

export const MAX_COMMISSION_RATE_BPS = 3000;

const category = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, like fresh-fruit');
const price = z.number().int('must be a whole number of minor units').positive('must be more than 0').max(Number.MAX_SAFE_INTEGER);
const currency = z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code of three letters, like CNY');
const commissionRateBps = z
  .number()
  .int('must be a whole number of basis points')
  .min(0, 'must not be negative')
  .max(MAX_COMMISSION_RATE_BPS, `must be at most ${MAX_COMMISSION_RATE_BPS} (30 %)`);
const keep = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

const createInput = z.object({
  title: text(1, 120),
  description: keep(text(0, 2000)).transform((v) => v ?? ''),
  category,
  priceMinor: price,
  currency: keep(currency).transform((v) => v ?? 'CNY'),
  commissionRateBps,
});
const updateInput = z.object({
  id,
  title: keep(text(1, 120)),
  description: keep(text(0, 2000)),
  category: keep(category),
  priceMinor: keep(price),
  currency: keep(currency),
  commissionRateBps: keep(commissionRateBps),
});
const listArgs = z.object({
  category: keep(category),
  supplierId: keep(id),
  search: keep(z.string().max(100, 'must be at most 100 characters')),
});

export const productQueries: Pick<QueryResolvers, 'product' | 'products' | 'categories'> = {
  product: (_parent, args, ctx) => ctx.loaders.productById.load(validate(id, args.id)),
  products: async (_parent, args, ctx) => {
    const filter = validate(listArgs, { category: args.category, supplierId: args.supplierId, search: args.search });
    const size = pageSize(args.first);
    const after = decodeCursor(args.after);
    if (after && typeof after.key !== 'number') throw badInput('This cursor is not one we gave out; start again without it.', 'after');
    const search = filter.search === undefined ? undefined : products.luceneQuery(filter.search);
    // Words with nothing searchable in them ("((") match nothing rather than everything.
    if (filter.search !== undefined && filter.search.trim() !== '' && search === undefined) return toConnection([], size, (p) => p);
    const rows = await products.productPage(ctx.graph, { category: filter.category, supplierId: filter.supplierId, search }, after, size + 1);
    return toConnection(rows, size, (p) => ({ key: p.createdAt, id: p.id }));
  },
  categories: (_parent, _args, ctx) => products.categoryCounts(ctx.graph),
};

export const productMutations: Pick<MutationResolvers, 'createProduct' | 'updateProduct'> = {
  createProduct: (_parent, { input }, ctx) => {
    const supplier = requireRole(ctx, 'SUPPLIER');
    return products.createProduct(ctx.graph, supplier.id, validate(createInput, input), ctx.clock.now());
  },
  updateProduct: (_parent, { input }, ctx) => {
    const supplier = requireRole(ctx, 'SUPPLIER');
    const { id: productId, ...changes } = validate(updateInput, input);
    return products.updateProduct(ctx.graph, supplier.id, productId, changes, ctx.clock.now());
  },
};

export const Product: ProductResolvers = {
  supplier: async (p, _args, ctx) => {
    const supplier = await ctx.loaders.memberById.load(p.supplierId);
    if (!supplier) throw new Error(`product ${p.id} has no supplier ${p.supplierId}`);
    return supplier;
  },
  recommendationCount: (p, _args, ctx) => ctx.loaders.recommendationCount.load(p.id),
};
