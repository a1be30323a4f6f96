// Authorisation matrix, commerce: products, orders, recommendations and the buyer's verdict,
// each against six actors (rows: test/support/authorisation-commerce.ts).
import { afterAll, beforeAll } from '@jest/globals';
import { cleanup } from '../support/factories';
import { matrixTests, type World } from '../support/authorisation-matrix';
import { createWorld } from '../support/authorisation-world';
import { orderRows, productRows, recommendationRows } from '../support/authorisation-commerce';

let world: World;

beforeAll(async () => {
  world = await createWorld(new Date('2026-10-01T08:00:00Z'));
});
afterAll(async () => {
  await cleanup(world.server.graph);
  await world.server.stop();
});

matrixTests([...productRows, ...orderRows, ...recommendationRows], () => world);
