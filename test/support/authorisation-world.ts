// The cast of the authorisation matrix and the targets it acts on. Each actor is a real member
// with a real session; targets that an allowed try would change (an order to deliver, a flag to
// clear) are made fresh for every try, so no outcome depends on an earlier row or actor.
import type { Role } from '../../graph/sessions';
import { newSessionToken } from '../../server/auth/tokens';
import { startTestServer } from './test-server';
import { createMember, createProduct, type TestMember } from './factories';
import { placeOrder, receivedOrder, recommend, type OrderView, type RecView } from './commerce';
import type { SignedInActor, World } from './authorisation-matrix';

export async function createWorld(start: Date): Promise<World> {
  const server = await startTestServer(start);
  const member = (roles: Role[]) => createMember(server.graph, server.url, { roles, now: start });
  const members: Record<SignedInActor, TestMember> = {
    owner: await member(['MEMBER']),
    otherMember: await member(['MEMBER']),
    supplier: await member(['MEMBER', 'SUPPLIER']),
    otherSupplier: await member(['MEMBER', 'SUPPLIER']),
    admin: await member(['MEMBER', 'ADMIN']),
  };
  const product = await createProduct(server.graph, members.supplier.id, { now: start });
  // The other supplier lists something too, so "another supplier" really owns other things.
  await createProduct(server.graph, members.otherSupplier.id, { now: start });
  return { server, members, product };
}

/** A plain member made for one try (the owner of what the try acts on). */
export function freshMember(world: World, roles: Role[] = ['MEMBER']): Promise<TestMember> {
  return createMember(world.server.graph, world.server.url, { roles, now: world.server.clock.now() });
}

/** A second live session for one of the world's members, to spend (sign-out). */
export async function spareSession(world: World, memberId: string): Promise<string> {
  const { token, tokenHash } = newSessionToken();
  const now = world.server.clock.now().getTime();
  await world.server.graph.write((tx) =>
    tx.run(
      `MATCH (m:Member {id: $memberId})
       CREATE (m)-[:HAS_SESSION]->(:Session {id: randomUUID(), tokenHash: $tokenHash, createdAt: toInteger($now), expiresAt: toInteger($expiresAt)})`,
      { memberId, tokenHash, now, expiresAt: now + 86_400_000 },
    ),
  );
  return token;
}

/** A fresh buyer's order of the world's product, still PLACED. */
export async function placedOrder(world: World): Promise<{ buyer: TestMember; order: OrderView }> {
  const buyer = await freshMember(world);
  return { buyer, order: await placeOrder(buyer.api, world.product.id) };
}

/** A fresh author's live recommendation of the world's product. */
export async function freshRecommendation(world: World): Promise<{ author: TestMember; rec: RecView }> {
  const author = await freshMember(world);
  return { author, rec: await recommend(author, world.members.supplier, world.product.id) };
}

/** A fresh buyer's delivered order placed through someone else's recommendation: ratable. */
export async function ratableOrder(world: World): Promise<{ buyer: TestMember; order: OrderView; author: TestMember }> {
  const { author, rec } = await freshRecommendation(world);
  const buyer = await freshMember(world);
  return { buyer, author, order: await receivedOrder(buyer, world.members.supplier, world.product.id, rec.code) };
}
