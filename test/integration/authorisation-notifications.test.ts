// Authorisation matrix, notifications: the inbox, marking read and preferences, each against six
// actors (rows: test/support/authorisation-notifications.ts).
import { afterAll, beforeAll } from '@jest/globals';
import { cleanup } from '../support/factories';
import { matrixTests, type World } from '../support/authorisation-matrix';
import { createWorld } from '../support/authorisation-world';
import { notificationRows } from '../support/authorisation-notifications';

let world: World;

beforeAll(async () => {
  world = await createWorld(new Date('2026-10-15T08:00:00Z'));
});
afterAll(async () => {
  await cleanup(world.server.graph);
  await world.server.stop();
});

matrixTests(notificationRows, () => world);
