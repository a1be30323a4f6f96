// Authorisation matrix, account security and addresses, each against six actors (rows:
// test/support/authorisation-account.ts).
import { afterAll, beforeAll } from '@jest/globals';
import { cleanup } from '../support/factories';
import { matrixTests, type World } from '../support/authorisation-matrix';
import { createWorld } from '../support/authorisation-world';
import { accountRows } from '../support/authorisation-account';

let world: World;

beforeAll(async () => {
  world = await createWorld(new Date('2026-10-01T08:00:00Z'));
});
afterAll(async () => {
  await cleanup(world.server.graph);
  await world.server.stop();
});

matrixTests(accountRows, () => world);
