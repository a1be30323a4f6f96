// Authorisation matrix, group buys. The owner is a trusted recommender who leads an open group of
// the world's product (target 5, joined by nobody who counts, so no try completes it) and has
// joined it themself; the other member follows the owner; the supplier sets the product's tiers.
// A group is public; a join is its member's only; only the supplier sets tiers; only the author
// of a recommendation opens a group through it; only the leader closes one.
import { randomUUID } from 'node:crypto';
import { createProduct } from './factories';
import { receivedOrder, recommend, vouchFor } from './commerce';
import { A, EVERYONE, F, H, SIGNED_IN, U, type Row, type World } from './authorisation-matrix';
import { freshMember } from './authorisation-world';
import { CLOSE_GROUP, groupProduct, join, openGroup, SET_TIERS, TIERS } from './group-buys';

export interface GroupBuyWorld extends World {
  groupBuyId: string;
  recommendationId: string;
}

const HOUR = 3_600_000;
const deadline = (world: World) => new Date(world.server.clock.now().getTime() + 24 * HOUR).toISOString();

export async function withGroupBuy(world: World): Promise<GroupBuyWorld> {
  const { server, members } = world;
  await members.supplier.api.ok(SET_TIERS, { productId: world.product.id, tiers: TIERS, hours: 48 });
  const rec = await recommend(members.owner, members.supplier, world.product.id);
  await vouchFor(server.graph, server.url, members.supplier, world.product.id, rec, { times: 5, now: server.clock.now() });
  const { openGroupBuy } = await openGroup(members.owner.api, rec, new Date(server.clock.now().getTime() + 24 * HOUR), 5);
  await join(members.owner.api, openGroupBuy.id);
  await members.otherMember.api.ok('mutation ($id: ID!) { follow(memberId: $id) { id } }', { id: members.owner.id });
  return { ...world, groupBuyId: openGroupBuy.id, recommendationId: rec.id };
}

const w = (world: World) => world as GroupBuyWorld;

/** A group of a fresh product led by the owner, two established members joined: at its first tier. */
async function groupAtFirstTier(world: World): Promise<string> {
  const product = await groupProduct(world.server.graph, world.members.supplier);
  const rec = await recommend(world.members.owner, world.members.supplier, product.id);
  const { openGroupBuy } = await openGroup(world.members.owner.api, rec, new Date(deadline(world)), 3);
  for (let k = 0; k < 2; k++) {
    const joiner = await freshMember(world);
    await receivedOrder(joiner, world.members.supplier, world.product.id);
    await join(joiner.api, openGroupBuy.id);
  }
  return openGroupBuy.id;
}

export const groupBuyRows: Row[] = [
  {
    operation: 'Query.groupBuy',
    document: 'query ($id: ID!) { groupBuy(id: $id) { id leader { id } } }',
    expected: EVERYONE,
    prepare: async (world) => ({ variables: { id: w(world).groupBuyId } }),
    reveal: (d) => d?.groupBuy?.id,
  },
  {
    operation: 'Query.groupBuysFromFollowed',
    document: '{ groupBuysFromFollowed { id } }',
    expected: [U, H, A, H, H, H],
    prepare: async (world) => ({ target: w(world).groupBuyId, variables: {} }),
    reveal: (d, attempt) => d?.groupBuysFromFollowed?.find((g: { id: string }) => g.id === attempt.target),
  },
  {
    operation: 'Query.myGroupJoins',
    document: 'query ($id: ID!) { myGroupJoins(groupBuyId: $id) { id order { id } } }',
    expected: [U, A, H, H, H, H],
    prepare: async (world) => ({ variables: { id: w(world).groupBuyId } }),
    reveal: (d) => d?.myGroupJoins?.length > 0,
  },
  {
    operation: 'Mutation.setGroupBuyTiers',
    document: 'mutation ($p: ID!, $t: [GroupTierInput!]!) { setGroupBuyTiers(productId: $p, tiers: $t, maxDurationHours: 24) { id } }',
    expected: [U, F, F, A, F, F],
    prepare: async (world) => {
      const product = await createProduct(world.server.graph, world.members.supplier.id, { now: world.server.clock.now() });
      return { watch: [product.id], variables: { p: product.id, t: TIERS } };
    },
    reveal: (d) => d?.setGroupBuyTiers?.id,
  },
  {
    operation: 'Mutation.openGroupBuy',
    document: 'mutation ($r: ID!, $d: DateTime!) { openGroupBuy(recommendationId: $r, targetBuyers: 2, deadline: $d) { id } }',
    expected: [U, A, F, F, F, F],
    prepare: async (world, actor) => {
      if (actor !== 'owner') return { variables: { r: w(world).recommendationId, d: deadline(world) } };
      // A fresh product, so the owner has no open group of it yet.
      const product = await groupProduct(world.server.graph, world.members.supplier);
      const rec = await recommend(world.members.owner, world.members.supplier, product.id);
      return { variables: { r: rec.id, d: deadline(world) } };
    },
    reveal: (d) => d?.openGroupBuy?.id,
  },
  {
    operation: 'Mutation.joinGroupBuy',
    document: 'mutation ($g: ID!, $k: String!) { joinGroupBuy(groupBuyId: $g, quantity: 1, idempotencyKey: $k) { id } }',
    expected: SIGNED_IN,
    prepare: async (world) => ({ variables: { g: w(world).groupBuyId, k: `matrix-${randomUUID()}` } }),
    reveal: (d) => d?.joinGroupBuy?.id,
  },
  {
    operation: 'Mutation.closeGroupBuy',
    document: CLOSE_GROUP,
    expected: [U, A, F, F, F, F],
    prepare: async (world, actor) => ({
      variables: { groupBuyId: actor === 'owner' ? await groupAtFirstTier(world) : w(world).groupBuyId },
    }),
    reveal: (d) => d?.closeGroupBuy?.status === 'COMPLETED',
  },
];
