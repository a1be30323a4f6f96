// Authorisation matrix, account security and addresses: sessions, password change and reset.
// Every one of these acts on the caller's own account, so each signed-in actor plays a fresh
// member of the same roles (the world's members keep their sessions and passwords for the other
// rows); one row more shows that nobody but the owner can end the owner's session.
import { hashPassword } from '../../server/auth/passwords';
import { hashToken, newSessionToken } from '../../server/auth/tokens';
import { openPasswordResets } from '../../graph/password-resets';
import type { Role } from '../../graph/sessions';
import { createMember } from './factories';
import { A, EVERYONE, F, N, SIGNED_IN, U, type Actor, type Row, type World } from './authorisation-matrix';
import { freshMember, spareSession } from './authorisation-world';

const ADDRESS = { recipientName: 'Matrix Member', phone: '13800138000', country: 'CN', region: '浙江省', city: '杭州市', district: '西湖区', street: '文三路 1 号' };
const ADD_ADDRESS = 'mutation ($input: DeliveryAddressInput!) { addDeliveryAddress(input: $input) { id } }';

/** A fresh address of the world's owner (the target of edits by others). */
async function ownersAddress(world: World): Promise<string> {
  // The owner's earlier targets go first, so the rows never reach the ten-address limit.
  await world.server.graph.write((tx) =>
    tx.run('MATCH (:Member {id: $id})-[:KEEPS_ADDRESS]->(a:DeliveryAddress) DETACH DELETE a', { id: world.members.owner.id }),
  );
  const { addDeliveryAddress } = await world.members.owner.api.ok<{ addDeliveryAddress: { id: string } }>(ADD_ADDRESS, { input: ADDRESS });
  return addDeliveryAddress.id;
}

const PASSWORD = 'matrix password 42';
let passwordHash: Promise<string> | undefined;

export const ROLES: Record<Exclude<Actor, 'anonymous'>, Role[]> = {
  owner: ['MEMBER'],
  otherMember: ['MEMBER'],
  supplier: ['MEMBER', 'SUPPLIER'],
  otherSupplier: ['MEMBER', 'SUPPLIER'],
  admin: ['MEMBER', 'ADMIN'],
};

/** A fresh member with the actor's roles, a known password and a second session; none for anonymous. */
async function selfOf(world: World, actor: Actor) {
  if (actor === 'anonymous') return undefined;
  passwordHash ??= hashPassword(PASSWORD);
  const me = await createMember(world.server.graph, world.server.url, { roles: ROLES[actor], passwordHash: await passwordHash, now: world.server.clock.now() });
  await spareSession(world, me.id);
  return me;
}

/** The id of the session a token opens. */
async function sessionIdOf(world: World, token: string): Promise<string> {
  return world.server.graph.read(async (tx) => {
    const result = await tx.run('MATCH (s:Session {tokenHash: $h}) RETURN s.id AS id', { h: hashToken(token) });
    return result.records[0]!.get('id') as string;
  });
}

export const accountRows: Row[] = [
  {
    operation: 'Query.mySessions',
    document: '{ mySessions { id device current } }',
    expected: [U, A, A, A, A, A],
    prepare: async (world, actor) => {
      const me = await selfOf(world, actor);
      return { token: me?.token, watch: me ? [me.id] : [], variables: {} };
    },
    reveal: (d) => d?.mySessions?.length === 2 && d.mySessions.filter((s: { current: boolean }) => s.current).length === 1,
  },
  {
    operation: 'Mutation.changePassword',
    document: 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }',
    expected: SIGNED_IN,
    prepare: async (world, actor) => {
      const me = await selfOf(world, actor);
      return { token: me?.token, watch: me ? [me.id] : [], variables: { input: { currentPassword: PASSWORD, newPassword: 'violet tractor lantern' } } };
    },
    reveal: (d) => d?.changePassword === 1,
  },
  {
    operation: 'Mutation.endSession',
    document: 'mutation ($id: ID!) { endSession(id: $id) }',
    expected: SIGNED_IN,
    prepare: async (world, actor) => {
      const me = await selfOf(world, actor);
      // The fresh member's own second session (anonymous tries one that exists too).
      const other = await sessionIdOf(world, await spareSession(world, me?.id ?? world.members.owner.id));
      return { token: me?.token, watch: me ? [me.id] : [], variables: { id: other } };
    },
    reveal: (d) => d?.endSession,
  },
  {
    operation: "Mutation.endSession (the owner's session)",
    document: 'mutation ($id: ID!) { endSession(id: $id) }',
    // Only the owner; to anyone else, admins included, another member's session does not exist.
    expected: [U, A, N, N, N, N],
    prepare: async (world) => {
      const id = await sessionIdOf(world, await spareSession(world, world.members.owner.id));
      return { variables: { id } };
    },
    reveal: (d) => d?.endSession,
  },
  {
    operation: 'Mutation.endOtherSessions',
    document: 'mutation { endOtherSessions }',
    expected: SIGNED_IN,
    prepare: async (world, actor) => {
      const me = await selfOf(world, actor);
      return { token: me?.token, watch: me ? [me.id] : [], variables: {} };
    },
    reveal: (d) => d?.endOtherSessions === 1,
  },
  {
    operation: 'Mutation.requestPasswordReset',
    document: 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
    expected: EVERYONE,
    prepare: async (world) => {
      const me = await selfOf(world, 'owner');
      return { watch: [me!.id], variables: { input: { handleOrEmail: me!.handle } } };
    },
    reveal: (d) => d?.requestPasswordReset,
  },
  {
    operation: 'Mutation.resetPassword',
    document: 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }',
    // The token is the proof: whoever holds it may use it, signed in or not.
    expected: EVERYONE,
    prepare: async (world) => {
      const me = (await selfOf(world, 'owner'))!;
      const [reset] = await openPasswordResets(world.server.graph, me.handle, newSessionToken, world.server.clock.now().getTime(), 3_600_000);
      return { watch: [me.id], variables: { input: { token: reset!.token, newPassword: 'violet tractor lantern' } } };
    },
    reveal: (d) => d?.resetPassword,
  },
  {
    operation: 'Query.myAddresses',
    document: '{ myAddresses { id address { city } } }',
    expected: [U, A, A, A, A, A],
    prepare: async (world, actor) => {
      const me = await selfOf(world, actor);
      if (me) await me.api.ok(ADD_ADDRESS, { input: ADDRESS });
      return { token: me?.token, watch: me ? [me.id] : [], variables: {} };
    },
    reveal: (d) => d?.myAddresses?.length === 1,
  },
  {
    operation: 'Mutation.addDeliveryAddress',
    document: ADD_ADDRESS,
    expected: SIGNED_IN,
    prepare: async (world, actor) => {
      const me = await selfOf(world, actor);
      return { token: me?.token, watch: me ? [me.id] : [], variables: { input: ADDRESS } };
    },
    reveal: (d) => d?.addDeliveryAddress?.id,
  },
  {
    operation: 'Mutation.updateDeliveryAddress',
    document: 'mutation ($id: ID!, $input: DeliveryAddressInput!) { updateDeliveryAddress(id: $id, input: $input) { id address { city } } }',
    // Another member's address is not told apart from none, admins included.
    expected: [U, A, N, N, N, N],
    prepare: async (world) => ({ variables: { id: await ownersAddress(world), input: { ...ADDRESS, city: '宁波市' } } }),
    reveal: (d) => d?.updateDeliveryAddress?.address?.city === '宁波市',
  },
  {
    operation: 'Mutation.removeDeliveryAddress',
    document: 'mutation ($id: ID!) { removeDeliveryAddress(id: $id) }',
    expected: [U, A, N, N, N, N],
    prepare: async (world) => ({ variables: { id: await ownersAddress(world) } }),
    reveal: (d) => d?.removeDeliveryAddress,
  },
  {
    operation: 'Order.deliveryAddress',
    document: 'query ($id: ID!) { order(id: $id) { deliveryAddress { city } } }',
    // The order itself is private to these three; the admin's read is recorded for audit.
    expected: [U, A, F, A, F, A],
    prepare: async (world) => {
      const buyer = await freshMember(world);
      const { addDeliveryAddress } = await buyer.api.ok<{ addDeliveryAddress: { id: string } }>(ADD_ADDRESS, { input: ADDRESS });
      const { placeOrder } = await buyer.api.ok<{ placeOrder: { id: string } }>(
        'mutation ($p: ID!, $k: String!, $a: ID) { placeOrder(productId: $p, quantity: 1, idempotencyKey: $k, deliveryAddressId: $a) { id } }',
        { p: world.product.id, k: `matrix-address-${Math.random()}`, a: addDeliveryAddress.id },
      );
      return { owner: buyer, variables: { id: placeOrder.id } };
    },
    reveal: (d) => d?.order?.deliveryAddress?.city,
  },
];
