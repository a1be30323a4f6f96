// Delivery addresses: a member's own list, and the copy on an order, which only its buyer, the
// product's supplier and admins see — an admin's every read recorded for audit. Reads of a page
// of orders are batched per request (one query, one audit write), not one per order.
import DataLoader from 'dataloader';
import { z } from 'zod';
import type { MutationResolvers, OrderResolvers, QueryResolvers, DeliveryAddressResolvers } from '../generated/graphql';
import * as addresses from '../../graph/addresses';
import type { OrderRecord } from '../../graph/orders';
import {
  CHINA_POSTCODE,
  INTERNATIONAL_POSTCODE,
  normaliseChinaMobile,
  normaliseInternationalPhone,
} from '../domain/delivery-address';
import { requireViewer } from '../auth/guards';
import { displayName, id, text, validate } from '../validation';
import type { Context } from '../context';

const optionalText = (max: number) =>
  text(0, max)
    .nullish()
    .transform((v) => (v ? v : null));

const addressInput = z
  .object({
    recipientName: displayName(1, 50),
    phone: z.string().max(40, 'is not a phone number'),
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code such as CN, US or DE')
      .transform((c) => c.toUpperCase()),
    region: optionalText(60),
    city: text(1, 60),
    district: optionalText(60),
    street: text(1, 200),
    postcode: z
      .string()
      .trim()
      .max(12, 'is not a postcode')
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .superRefine((a, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (a.country === 'CN') {
      if (!normaliseChinaMobile(a.phone)) problem('phone', 'must be an 11-digit mainland mobile number starting with 1');
      if (!a.region) problem('region', 'must give the province for an address in China');
      else if (a.region.length > 30) problem('region', 'must be at most 30 characters');
      if (!a.district) problem('district', 'must give the district or county for an address in China');
      else if (a.district.length > 30) problem('district', 'must be at most 30 characters');
      if (a.postcode && !CHINA_POSTCODE.test(a.postcode)) problem('postcode', 'must be 6 digits in China');
    } else {
      if (!normaliseInternationalPhone(a.phone)) problem('phone', 'must be 6–15 digits, optionally starting with +');
      if (a.postcode && !INTERNATIONAL_POSTCODE.test(a.postcode)) problem('postcode', 'must be 2–12 letters, digits, spaces or dashes');
    }
  })
  .transform((a) => ({
    ...a,
    phone: (a.country === 'CN' ? normaliseChinaMobile(a.phone) : normaliseInternationalPhone(a.phone))!,
  }));

export const addressQueries: Pick<QueryResolvers, 'myAddresses'> = {
  myAddresses: (_parent, _args, ctx) => addresses.addressesOf(ctx.graph, requireViewer(ctx).id),
};

export const addressMutations: Pick<MutationResolvers, 'addDeliveryAddress' | 'updateDeliveryAddress' | 'removeDeliveryAddress'> = {
  addDeliveryAddress: (_parent, { input }, ctx) => {
    const viewer = requireViewer(ctx);
    return addresses.addAddress(ctx.graph, viewer.id, validate(addressInput, input), ctx.clock.now().getTime());
  },
  updateDeliveryAddress: (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const addressId = validate(id, args.id);
    return addresses.updateAddress(ctx.graph, viewer.id, addressId, validate(addressInput, args.input), ctx.clock.now().getTime());
  },
  removeDeliveryAddress: async (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    await addresses.removeAddress(ctx.graph, viewer.id, validate(id, args.id));
    return true;
  },
};

export const DeliveryAddress: DeliveryAddressResolvers = {
  // The record holds the fields itself; the API groups them as the same type an order's copy has.
  address: (a) => a,
  createdAt: (a) => new Date(a.createdAt).toISOString(),
};

// Per request: the context object lives exactly as long as the request.
const addressLoaders = new WeakMap<Context, DataLoader<string, addresses.AddressFields | null>>();
const auditLoaders = new WeakMap<Context, DataLoader<string, true>>();

function addressLoader(ctx: Context) {
  let loader = addressLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (orderIds: readonly string[]) => {
      const found = await addresses.orderAddresses(ctx.graph, orderIds);
      return orderIds.map((orderId) => found.get(orderId) ?? null);
    });
    addressLoaders.set(ctx, loader);
  }
  return loader;
}

/** Records an admin's reads of a page of orders' addresses in one write, before any is shown. */
function auditLoader(ctx: Context, adminId: string) {
  let loader = auditLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (orderIds: readonly string[]) => {
      await addresses.auditAddressReads(ctx.graph, adminId, orderIds, ctx.clock.now().getTime(), ctx.requestId);
      return orderIds.map(() => true as const);
    });
    auditLoaders.set(ctx, loader);
  }
  return loader;
}

export const orderAddressFields: Pick<OrderResolvers, 'deliveryAddress' | 'deliveryAddressErasedAt'> = {
  deliveryAddress: async (o: OrderRecord, _args, ctx) => {
    const viewer = ctx.viewer;
    if (!viewer) return null;
    const party = viewer.id === o.buyerId || viewer.id === o.supplierId;
    if (!party && !viewer.roles.includes('ADMIN')) return null;
    const address = await addressLoader(ctx).load(o.id);
    if (address && !party) await auditLoader(ctx, viewer.id).load(o.id);
    return address;
  },
  deliveryAddressErasedAt: (o) => (o.addressErasedAt ? new Date(o.addressErasedAt).toISOString() : null),
};
