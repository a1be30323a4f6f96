// A group's delivery addresses at completion (issue 28): a join whose address was removed since
// still becomes an order, without an address (the supplier asks), and the group's other orders
// carry theirs; that refusal is the only one the settlement carries on after — a failed
// statement (a Cypher error, after which the transaction is unusable) fails the settlement.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, type TestMember } from '../support/factories';
import { addDeliveryAddress, newKey } from '../support/commerce';
import { establishedMember, groupProduct, JOIN_GROUP, openGroup, trustedLeader } from '../support/group-buys';
import { HOUR_MS } from '../../server/domain/group-buy-rules';
import { shipOrderTo } from '../../graph/addresses';
import { keepGoingWithoutAddress } from '../../graph/group-buy-settlement';

// Its own year, so the deadline job other files run never meets these groups.
const START = new Date('2023-10-02T02:00:00Z');

let server: TestServer;
let supplier: TestMember;

beforeAll(async () => {
  server = await startTestServer(START);
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'], now: START });
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

async function joinWith(member: TestMember, groupBuyId: string, address: string): Promise<{ groupBuy: { status: string } }> {
  const data = await member.api.ok<{ joinGroupBuy: { groupBuy: { status: string } } }>(JOIN_GROUP, {
    groupBuyId,
    quantity: 1,
    key: newKey(),
    resharer: null,
    address,
  });
  return data.joinGroupBuy;
}

async function orderStreet(member: TestMember, groupBuyId: string): Promise<string | null | undefined> {
  const { myGroupJoins } = await member.api.ok<{ myGroupJoins: { status: string; order: { deliveryAddress: { street: string } | null } | null }[] }>(
    'query ($id: ID!) { myGroupJoins(groupBuyId: $id) { status order { deliveryAddress { street } } } }',
    { id: groupBuyId },
  );
  expect(myGroupJoins.map((j) => j.status)).toEqual(['PLACED']);
  return myGroupJoins[0]!.order?.deliveryAddress?.street ?? null;
}

test('an address removed after the join leaves that order without one; the group still completes with the others’ addresses', async () => {
  const product = await groupProduct(server.graph, supplier);
  const { leader, rec } = await trustedLeader(server.graph, server.url, supplier, product.id, START);
  const { openGroupBuy: group } = await openGroup(leader.api, rec, new Date(START.getTime() + 24 * HOUR_MS), 2);
  const [moved, stays] = [
    await establishedMember(server.graph, server.url, supplier, product.id, START),
    await establishedMember(server.graph, server.url, supplier, product.id, START),
  ];
  const movedAddress = await addDeliveryAddress(moved);
  await joinWith(moved, group.id, movedAddress);
  await moved.api.ok('mutation ($id: ID!) { removeDeliveryAddress(id: $id) }', { id: movedAddress });

  expect((await joinWith(stays, group.id, await addDeliveryAddress(stays))).groupBuy.status).toBe('COMPLETED');
  expect(await orderStreet(moved, group.id)).toBeNull();
  expect(await orderStreet(stays, group.id)).toBe('文三路 1 号');
});

test('the settlement carries on only after that refusal: a Cypher error is rethrown', async () => {
  // The refusal itself, as shipOrderTo raises it in a real transaction: swallowed.
  const refusal = await server.graph
    .write((tx) => shipOrderTo(tx, 'no-such-order', supplier.id, 'no-such-address', START.getTime()))
    .then(() => undefined, (e: unknown) => e);
  expect(refusal).toBeDefined();
  expect(() => keepGoingWithoutAddress(refusal)).not.toThrow();
  // A statement Neo4j rejects: rethrown, so the settlement's transaction fails as a whole.
  const cypherError = await server.graph.write((tx) => tx.run('RETURN 1 + AS boom')).then(() => undefined, (e: unknown) => e);
  expect(cypherError).toBeDefined();
  expect(() => keepGoingWithoutAddress(cypherError)).toThrow();
  // Another refusal (not the address's) is not swallowed either.
  expect(() => keepGoingWithoutAddress(new Error('This is not one of your addresses.'))).toThrow();
});
