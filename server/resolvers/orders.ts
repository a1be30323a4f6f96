// Orders: buyers place and confirm them, suppliers deliver and refund them. Each mutation
// validates, authorises and calls one graph function (one transaction); the Order type's
// relations go through the request's DataLoaders. An Order is private to its buyer, the
// product's supplier and admins; it is reachable only through the fields below that check that.
import { z } from 'zod';
import type { MutationResolvers, OrderResolvers, OrderStatusChangeResolvers, QueryResolvers } from '../generated/graphql';
import * as orders from '../../graph/orders';
import { MAX_ORDER_QUANTITY, ratableUntil, refundableUntil } from '../domain/order-policy';
import { normaliseShareCode } from '../domain/recommendation-policy';
import { requireRole, requireViewer } from '../auth/guards';
import { badInput, forbidden } from '../errors';
import { decodeCursor, pageSize, toConnection } from '../pagination';
import { id, positiveInt, text, validate } from '../validation';
import type { Context } from '../context';
import { required } from './required';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);

const placeOrderArgs = z.object({
  productId: id,
  quantity: positiveInt(MAX_ORDER_QUANTITY),
  recommendationCode: optional(
    z.string().trim().regex(/^[A-Za-z0-9]{1,32}$/, 'is not a recommendation code').transform(normaliseShareCode),
  ),
  resharerHandle: optional(z.string().trim().regex(/^@?[A-Za-z0-9_]{3,30}$/, 'is not a handle').transform((h) => h.replace(/^@/, ''))),
  idempotencyKey: z
    .string()
    .min(8, 'must be at least 8 characters')
    .max(100, 'must be at most 100 characters')
    .regex(/^[\x21-\x7E]+$/, 'must be printable ASCII without spaces'),
  deliveryAddressId: optional(id),
});
const refundArgs = z.object({ orderId: id, reason: text(3, 500) });
const statusFilter = z.enum(['PLACED', 'DELIVERED', 'REFUNDED']).nullish().transform((v) => v ?? null);

function mayRead(ctx: Context, order: orders.OrderRecord): boolean {
  const viewer = requireViewer(ctx);
  return viewer.id === order.buyerId || viewer.id === order.supplierId || viewer.roles.includes('ADMIN');
}

const onlySupplierOf = (supplierId: string) => (order: orders.OrderRecord) => {
  if (order.supplierId !== supplierId) throw forbidden('Only the supplier of this product can do that.');
};

function orderConnection(
  list: (page: orders.OrderPage) => Promise<orders.OrderRecord[]>,
  args: { first?: number | null; after?: string | null; status?: string | null },
) {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  if (after && typeof after.key !== 'number') throw badInput('This cursor is not one we gave out; start again without it.', 'after');
  const status = validate(statusFilter, args.status);
  return list({ status, limit: size + 1, after: after && { key: after.key as number, id: after.id } }).then((rows) =>
    toConnection(rows, size, (o) => ({ key: o.placedAt, id: o.id })),
  );
}

export const orderQueries: Pick<QueryResolvers, 'order' | 'myOrders' | 'supplierOrders'> = {
  order: async (_parent, args, ctx) => {
    requireViewer(ctx);
    const order = await orders.orderById(ctx.graph, validate(id, args.id));
    if (!order) return null;
    if (!mayRead(ctx, order)) throw forbidden('Only the buyer, the supplier and admins can see this order.');
    return order;
  },
  myOrders: (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    return orderConnection((page) => orders.ordersOfBuyer(ctx.graph, viewer.id, page), args);
  },
  supplierOrders: (_parent, args, ctx) => {
    const viewer = requireRole(ctx, 'SUPPLIER');
    return orderConnection((page) => orders.ordersOfSupplier(ctx.graph, viewer.id, page), args);
  },
};

export const orderMutations: Pick<MutationResolvers, 'placeOrder' | 'markOrderDelivered' | 'confirmReceipt' | 'refundOrder'> = {
  placeOrder: (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    return orders.placeOrder(ctx.graph, viewer.id, validate(placeOrderArgs, args), ctx.clock.now().getTime(), ctx.privileges);
  },
  markOrderDelivered: (_parent, args, ctx) => {
    const viewer = requireRole(ctx, 'SUPPLIER');
    return orders.deliverOrder(ctx.graph, validate(id, args.orderId), viewer.id, onlySupplierOf(viewer.id), ctx.clock.now().getTime());
  },
  confirmReceipt: (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const onlyBuyer = (order: orders.OrderRecord) => {
      if (order.buyerId !== viewer.id) throw forbidden('Only the buyer can confirm receipt of this order.');
    };
    return orders.deliverOrder(ctx.graph, validate(id, args.orderId), viewer.id, onlyBuyer, ctx.clock.now().getTime());
  },
  refundOrder: async (_parent, args, ctx) => {
    const viewer = requireRole(ctx, 'SUPPLIER');
    const { orderId, reason } = validate(refundArgs, args);
    const { order } = await orders.refundOrder(ctx.graph, orderId, viewer.id, onlySupplierOf(viewer.id), reason, ctx.clock.now(), ctx.privileges.ladder);
    return order;
  },
};

export const Order: OrderResolvers = {
  buyer: (o, _args, ctx) => ctx.loaders.memberById.load(o.buyerId).then(required('buyer')),
  product: (o, _args, ctx) => ctx.loaders.productById.load(o.productId).then(required('product')),
  recommendation: (o, _args, ctx) => (o.recommendationId ? ctx.loaders.recommendationById.load(o.recommendationId) : null),
  resharer: (o, _args, ctx) => (o.resharerId ? ctx.loaders.memberById.load(o.resharerId) : null),
  placedAt: (o) => iso(o.placedAt)!,
  deliveredAt: (o) => iso(o.deliveredAt ?? null),
  refundedAt: (o) => iso(o.refundedAt ?? null),
  refundableUntil: (o) => (o.status === 'DELIVERED' ? iso(refundableUntil({ status: o.status, deliveredAt: o.deliveredAt ?? null })) : null),
  ratableUntil: (o) =>
    o.recommendationId && o.status === 'DELIVERED' ? iso(ratableUntil({ status: o.status, deliveredAt: o.deliveredAt ?? null })) : null,
  feedback: (o, _args, ctx) => ctx.loaders.feedbackByOrderId.load(o.id),
  history: (o, _args, ctx) => ctx.loaders.orderHistory.load(o.id),
};

export const OrderStatusChange: OrderStatusChangeResolvers = {
  at: (c) => iso(c.at)!,
  by: (c, _args, ctx) => (c.byMemberId ? ctx.loaders.memberById.load(c.byMemberId) : null),
};
