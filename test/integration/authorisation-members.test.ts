// Authorisation matrix, members: accounts, sessions, profile, follows, roles and the private
// fields of a member, each against six actors (rows: test/support/authorisation-members.ts), and
// account security and delivery addresses (test/support/authorisation-account.ts), and trusted
// picks and the daily ranking among friends (test/support/authorisation-circle-day.ts).
// Plus one thing a table of fixed actors cannot show: roles are read on every request, so a
// role granted or revoked by an admin takes effect on the sessions the member already holds.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { cleanup } from '../support/factories';
import { matrixTests, type World } from '../support/authorisation-matrix';
import { createWorld, freshMember } from '../support/authorisation-world';
import { memberRows } from '../support/authorisation-members';
import { accountRows } from '../support/authorisation-account';
import { circleDayRows } from '../support/authorisation-circle-day';

let world: World;

beforeAll(async () => {
  world = await createWorld(new Date('2026-10-01T08:00:00Z'));
});
afterAll(async () => {
  await cleanup(world.server.graph);
  await world.server.stop();
});

matrixTests([...memberRows, ...accountRows, ...circleDayRows], () => world);

test('a role change takes effect at once on the sessions a member already holds', async () => {
  const member = await freshMember(world, ['MEMBER', 'SUPPLIER']);
  const setSupplier = (supplier: boolean) =>
    world.members.admin.api.ok('mutation ($id: ID!, $s: Boolean!) { setSupplier(memberId: $id, supplier: $s) { id } }', { id: member.id, s: supplier });
  const list = () => member.api.errorCode('{ supplierOrders { edges { cursor } } }');
  expect(await list()).toBeUndefined();
  await setSupplier(false);
  expect(await list()).toBe('FORBIDDEN');
  await setSupplier(true);
  expect(await list()).toBeUndefined();
});
