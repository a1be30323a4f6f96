// Authorisation matrix, the daily ranking among friends (rows: test/support/authorisation-circle-day.ts).
import { afterAll, beforeAll } from '@jest/globals';
import { cleanup } from '../support/factories';
import { matrixTests, type World } from '../support/authorisation-matrix';
import { createWorld } from '../support/authorisation-world';
import { circleDayRows } from '../support/authorisation-circle-day';

let world: World;

beforeAll(async () => {
  world = await createWorld(new Date('2026-10-01T08:00:00Z'));
});
afterAll(async () => {
  await cleanup(world.server.graph);
  await world.server.stop();
});

matrixTests(circleDayRows, () => world);
