// Authorisation matrix, commerce: products, orders, recommendations, the buyer's verdict and photos,
// each against six actors (rows: test/support/authorisation-commerce.ts and authorisation-photos.ts).
import { afterAll, beforeAll } from '@jest/globals';
import { cleanup } from '../support/factories';
import { matrixTests, type World } from '../support/authorisation-matrix';
import { createWorld } from '../support/authorisation-world';
import { orderRows, productRows, recommendationRows } from '../support/authorisation-commerce';
import { photoRows } from '../support/authorisation-photos';

let world: World;

beforeAll(async () => {
  world = await createWorld(new Date('2026-10-01T08:00:00Z'));
});
afterAll(async () => {
  await cleanup(world.server.graph);
  await world.server.stop();
});

matrixTests([...productRows, ...orderRows, ...recommendationRows, ...photoRows], () => world);
