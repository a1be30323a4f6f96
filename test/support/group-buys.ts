// Helpers for the group-buy tests: the operations they send, and short paths to "a product with
// group prices", "a leader trusted enough to open a group" and "a member with history".
import type { Graph } from '../../graph/graph';
import type { ApiClient } from './graphql-client';
import { createMember, createProduct, type TestMember, type TestProduct } from './factories';
import { newKey, receivedOrder, recommend, vouchFor, type RecView } from './commerce';

export const GROUP_FIELDS = `
  id status note targetBuyers deadline openedAt closedAt basePriceMinor currency
  countedBuyers joinedMembers unitPriceMinor
  tiers { minBuyers discountBps unitPriceMinor }
  leader { id handle } product { id } recommendation { id code }
  joiners { id handle }`;

export const JOIN_FIELDS = `
  id quantity joinedAt status established
  groupBuy { id status countedBuyers }
  order { id status quantity unitPriceMinor totalMinor buyer { id } recommendation { id } resharer { handle } }`;

export const SET_TIERS = `
  mutation ($productId: ID!, $tiers: [GroupTierInput!]!, $hours: Int!) {
    setGroupBuyTiers(productId: $productId, tiers: $tiers, maxDurationHours: $hours) {
      id groupMaxDurationHours groupTiers { minBuyers discountBps unitPriceMinor }
    }
  }`;
export const OPEN_GROUP = `
  mutation ($recommendationId: ID!, $target: Int!, $deadline: DateTime!, $note: String) {
    openGroupBuy(recommendationId: $recommendationId, targetBuyers: $target, deadline: $deadline, note: $note) { ${GROUP_FIELDS} }
  }`;
export const JOIN_GROUP = `
  mutation ($groupBuyId: ID!, $quantity: Int!, $key: String!, $resharer: String, $address: ID) {
    joinGroupBuy(groupBuyId: $groupBuyId, quantity: $quantity, idempotencyKey: $key, resharerHandle: $resharer, deliveryAddressId: $address) {
      ${JOIN_FIELDS}
    }
  }`;
export const CLOSE_GROUP = `mutation ($groupBuyId: ID!) { closeGroupBuy(groupBuyId: $groupBuyId) { ${GROUP_FIELDS} } }`;
export const GROUP = `query ($id: ID!) { groupBuy(id: $id) { ${GROUP_FIELDS} } myGroupJoins(groupBuyId: $id) { ${JOIN_FIELDS} } }`;

export interface GroupView {
  id: string;
  status: 'OPEN' | 'COMPLETED' | 'FAILED';
  note: string;
  targetBuyers: number;
  deadline: string;
  closedAt: string | null;
  basePriceMinor: number;
  countedBuyers: number;
  joinedMembers: number;
  unitPriceMinor: number;
  tiers: { minBuyers: number; discountBps: number; unitPriceMinor: number }[];
  leader: { id: string; handle: string };
  recommendation: { id: string; code: string };
  joiners: { id: string; handle: string }[];
  myJoins?: JoinView[];
}

export interface JoinView {
  id: string;
  quantity: number;
  status: 'HELD' | 'PLACED' | 'RELEASED';
  established: boolean;
  groupBuy: { id: string; status: string; countedBuyers: number };
  order: {
    id: string;
    status: string;
    quantity: number;
    unitPriceMinor: number;
    totalMinor: number;
    buyer: { id: string };
    recommendation: { id: string };
    resharer: { handle: string } | null;
  } | null;
}

/** 2+ buyers −5 %, 3+ −12 %, 5+ −20 %, groups of up to 48 hours. */
export const TIERS = [
  { minBuyers: 2, discountBps: 500 },
  { minBuyers: 3, discountBps: 1200 },
  { minBuyers: 5, discountBps: 2000 },
];

export async function groupProduct(graph: Graph, supplier: TestMember, opts: { priceMinor?: number } = {}): Promise<TestProduct> {
  const product = await createProduct(graph, supplier.id, { priceMinor: opts.priceMinor ?? 5900, commissionRateBps: 1000 });
  await supplier.api.ok(SET_TIERS, { productId: product.id, tiers: TIERS, hours: 48 });
  return product;
}

/**
 * A member who received the product, recommends it and has vouched trust past the ladder's
 * "open a group buy" step (rank key 40, confidence 0.20): five verified buyers who said it held
 * up (three leave them at about 34 and 0.17, four just over the line).
 */
export async function trustedLeader(graph: Graph, url: string, supplier: TestMember, productId: string, now: Date): Promise<{ leader: TestMember; rec: RecView }> {
  const leader = await createMember(graph, url, { now: new Date(now.getTime() - 60 * 86_400_000) });
  const rec = await recommend(leader, supplier, productId);
  await vouchFor(graph, url, supplier, productId, rec, { times: 5, now });
  return { leader, rec };
}

/** A member with history: one delivered order of something, so their joins count in full. */
export async function establishedMember(graph: Graph, url: string, supplier: TestMember, anyProductId: string, now: Date): Promise<TestMember> {
  const member = await createMember(graph, url, { now });
  await receivedOrder(member, supplier, anyProductId);
  return member;
}

export function openGroup(api: ApiClient, rec: { id: string }, deadline: Date, target = 3, note: string | null = null): Promise<{ openGroupBuy: GroupView }> {
  return api.ok(OPEN_GROUP, { recommendationId: rec.id, target, deadline: deadline.toISOString(), note });
}

export async function join(api: ApiClient, groupBuyId: string, opts: { quantity?: number; key?: string; resharer?: string | null } = {}): Promise<JoinView> {
  const data = await api.ok<{ joinGroupBuy: JoinView }>(JOIN_GROUP, {
    groupBuyId,
    quantity: opts.quantity ?? 1,
    key: opts.key ?? newKey(),
    resharer: opts.resharer ?? null,
    address: null,
  });
  return data.joinGroupBuy;
}
