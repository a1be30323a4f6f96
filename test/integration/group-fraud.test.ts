// Fraud flags see groups (issue 28): a group buy filled by accounts tied to its leader — sharing
// a delivery phone number or street with them, or invited by them — is flagged for review as it
// completes (GROUP_TIES, naming the leader and the tied joiners, pointing at the group, holding
// the leader's commissions while open); an honest group, even with one relative in it, is not.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, type TestMember } from '../support/factories';
import { CN_ADDRESS } from '../support/commerce';
import { establishedMember, groupProduct, join, openGroup, trustedLeader } from '../support/group-buys';
import { HOUR_MS } from '../../server/domain/group-buy-rules';

// Its own year, so the deadline job other files run never meets these groups.
const START = new Date('2023-07-03T02:00:00Z');

let server: TestServer;
let supplier: TestMember;
let admin: TestMember;

beforeAll(async () => {
  server = await startTestServer(START);
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'], now: START });
  admin = await createMember(server.graph, server.url, { roles: ['MEMBER', 'ADMIN'], now: START });
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

async function addAddress(member: TestMember, fields: Partial<typeof CN_ADDRESS>): Promise<void> {
  await member.api.ok('mutation ($input: DeliveryAddressInput!) { addDeliveryAddress(input: $input) { id } }', { input: { ...CN_ADDRESS, ...fields } });
}

interface FlagView {
  kind: string;
  status: string;
  raisedBy: string | null;
  members: { id: string }[];
  groupBuy: { id: string; status: string } | null;
}

async function flagOfGroup(groupBuyId: string): Promise<FlagView | undefined> {
  const { fraudFlags } = await admin.api.ok<{ fraudFlags: { edges: { node: FlagView }[] } }>(
    '{ fraudFlags(first: 100) { edges { node { kind status raisedBy members { id } groupBuy { id status } } } } }',
  );
  return fraudFlags.edges.map((e) => e.node).find((f) => f.groupBuy?.id === groupBuyId);
}

/** A trusted leader's open group of a fresh product, target 2 (the 2+ tier), with an address of theirs. */
async function leaderWithGroup(address: Partial<typeof CN_ADDRESS>) {
  const product = await groupProduct(server.graph, supplier);
  const { leader, rec } = await trustedLeader(server.graph, server.url, supplier, product.id, START);
  await addAddress(leader, address);
  const { openGroupBuy: group } = await openGroup(leader.api, rec, new Date(server.clock.now().getTime() + 24 * HOUR_MS), 2);
  return { product, leader, group };
}

test("a ring sharing the leader's phone and street fills the group: flagged as it completes, naming them and the group", async () => {
  const { product, leader, group } = await leaderWithGroup({ phone: '13911110001', street: '保俶路 8 号' });
  const samePhone = await establishedMember(server.graph, server.url, supplier, product.id, START);
  await addAddress(samePhone, { phone: '13911110001', street: '天目山路 100 号' });
  const sameStreet = await establishedMember(server.graph, server.url, supplier, product.id, START);
  // The same street written with other spacing and case is the same street.
  await addAddress(sameStreet, { phone: '13922220002', street: ' 保俶路 8 号 ' });

  await join(samePhone.api, group.id);
  expect(await flagOfGroup(group.id)).toBeUndefined(); // Nothing until the group completes.
  const last = await join(sameStreet.api, group.id);
  expect(last.groupBuy.status).toBe('COMPLETED');

  const flag = await flagOfGroup(group.id);
  expect(flag).toMatchObject({ kind: 'GROUP_TIES', status: 'OPEN', raisedBy: 'GROUP_BUY', groupBuy: { id: group.id, status: 'COMPLETED' } });
  expect(flag!.members.map((m) => m.id).sort()).toEqual([leader.id, samePhone.id, sameStreet.id].sort());
  // The leader is under review: admins see the mark on them.
  const { member } = await admin.api.ok<{ member: { underReview: boolean | null } }>('query ($h: String!) { member(handle: $h) { underReview } }', { h: leader.handle });
  expect(member.underReview).toBe(true);
  // Only admins read flags.
  expect(await leader.api.errorCode('{ fraudFlags { edges { node { kind } } } }')).toBe('FORBIDDEN');
});

test("members the leader invited count as tied", async () => {
  const { leader, group } = await leaderWithGroup({ phone: '13933330003', street: '曙光路 3 号' });
  const invited: TestMember[] = [];
  for (let i = 0; i < 2; i++) {
    const friend = await createMember(server.graph, server.url, { now: START });
    await server.graph.write((tx) =>
      tx.run('MATCH (m:Member {id: $id}), (l:Member {id: $leaderId}) CREATE (m)-[:INVITED_BY {at: $at}]->(l)', { id: friend.id, leaderId: leader.id, at: START.getTime() }),
    );
    invited.push(friend);
  }
  // Newcomers count only beside established joiners: an established stranger brings the count to 2.
  const stranger = await establishedMember(server.graph, server.url, supplier, (await groupProduct(server.graph, supplier)).id, START);
  await addAddress(stranger, { phone: '13944440004', street: '学院路 77 号' });
  for (const m of [...invited, stranger]) await join(m.api, group.id);

  const flag = await flagOfGroup(group.id);
  expect(flag?.kind).toBe('GROUP_TIES');
  expect(flag!.members.map((m) => m.id).sort()).toEqual([leader.id, ...invited.map((m) => m.id)].sort());
});

test('an honest group is not flagged, even with one relative at the same address among its joiners', async () => {
  const { product, group } = await leaderWithGroup({ phone: '13955550005', street: '北山街 5 号' });
  const relative = await establishedMember(server.graph, server.url, supplier, product.id, START);
  await addAddress(relative, { phone: '13966660006', street: '北山街 5 号' });
  const friend = await establishedMember(server.graph, server.url, supplier, product.id, START);
  await addAddress(friend, { phone: '13977770007', street: '延安路 200 号' });

  await join(relative.api, group.id);
  expect((await join(friend.api, group.id)).groupBuy.status).toBe('COMPLETED');
  expect(await flagOfGroup(group.id)).toBeUndefined();
});
