// Authorisation matrix, group buys: tiers, opening, joining, closing and the group's reads, each
// against six actors (rows: test/support/authorisation-group-buys.ts).
import { afterAll, beforeAll } from '@jest/globals';
import { cleanup } from '../support/factories';
import { matrixTests } from '../support/authorisation-matrix';
import { createWorld } from '../support/authorisation-world';
import { groupBuyRows, withGroupBuy, type GroupBuyWorld } from '../support/authorisation-group-buys';

let world: GroupBuyWorld;

beforeAll(async () => {
  world = await withGroupBuy(await createWorld(new Date('2027-02-01T08:00:00Z')));
});
afterAll(async () => {
  await cleanup(world.server.graph);
  await world.server.stop();
});

matrixTests(groupBuyRows, () => world);
