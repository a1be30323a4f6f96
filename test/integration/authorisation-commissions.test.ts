// Authorisation matrix, commissions: ledger views, payouts and fraud review, each against six
// actors (rows: test/support/authorisation-commissions.ts). The clock starts in 2028, after
// every other file's sales, because the confirmation and payout jobs read the whole database.
import { afterAll, beforeAll } from '@jest/globals';
import { cleanup } from '../support/factories';
import { matrixTests } from '../support/authorisation-matrix';
import { createWorld } from '../support/authorisation-world';
import { commissionRows, withCommissions, type CommissionWorld } from '../support/authorisation-commissions';

let world: CommissionWorld;

beforeAll(async () => {
  world = await withCommissions(await createWorld(new Date('2028-01-10T08:00:00Z')));
});
afterAll(async () => {
  await cleanup(world.server.graph);
  await world.server.stop();
});

matrixTests(commissionRows, () => world);
