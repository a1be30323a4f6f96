// Authorisation matrix, privileges and community flags, each against six actors (rows:
// test/support/authorisation-privileges.ts).
import { afterAll, beforeAll } from '@jest/globals';
import { cleanup } from '../support/factories';
import { matrixTests, type World } from '../support/authorisation-matrix';
import { createWorld } from '../support/authorisation-world';
import { privilegeRows } from '../support/authorisation-privileges';

let world: World;

beforeAll(async () => {
  world = await createWorld(new Date('2026-11-01T08:00:00Z'));
});
afterAll(async () => {
  await cleanup(world.server.graph);
  await world.server.stop();
});

matrixTests(privilegeRows, () => world);
