// Authorisation matrix, commissions: the ledger views, payouts and fraud review. The owner is
// the author of a recommendation with one paid sale (shared with a re-sharer) and one pending;
// the supplier supplies that product. A member sees only their own share and payout line;
// admins see every one; suppliers see what their products owe; fraud review is for admins.
import { confirmCommissions } from '../../server/jobs/commissions-confirm';
import { runPayouts } from '../../server/jobs/payouts';
import { holdDays } from '../../server/domain/commission';
import { MARK_DELIVERED, placeOrder, recommend, vouchFor } from './commerce';
import { commissionIdOf, raiseFlag } from './commissions';
import type { TestMember } from './factories';
import { A, ADMINS_ONLY, F, H, U, type Row, type World } from './authorisation-matrix';
import { freshMember } from './authorisation-world';

/** A fresh member under an open flag plays the owner: deciding on their own flag is what must not happen. */
async function flaggedOwner(world: World) {
  const flagged = await freshMember(world);
  const id = await raiseFlag(world.server.graph, [flagged.id], world.server.clock.now());
  return { owner: flagged, watch: [flagged.id], variables: { id } };
}

export interface CommissionWorld extends World {
  /** The owner's commission of a sale that was paid out, with the re-sharer's share beside it. */
  paidCommissionId: string;
  resharer: TestMember;
  payoutId: string;
  /** Cash the whole payout batch paid (both lines). */
  payoutTotalNetMinor: number;
}

/**
 * Two sales through the owner's recommendation, re-shared by another member: the first is
 * delivered, held, confirmed and paid; the second stays pending. The jobs read the whole
 * database, as commissions.test.ts does; the clock is past every other file's sales.
 */
export async function withCommissions(world: World): Promise<CommissionWorld> {
  const { server, members } = world;
  const rec = await recommend(members.owner, members.supplier, world.product.id);
  const resharer = await freshMember(world);
  // Both beneficiaries need vouched standing to earn: an unvouched record's commission trust is 0
  // (docs/trust-model.md). Verified buyers of a month's standing rate a recommendation of each.
  const now = server.clock.now();
  await vouchFor(server.graph, server.url, members.supplier, world.product.id, rec, { now });
  await vouchFor(server.graph, server.url, members.supplier, world.product.id, await recommend(resharer, members.supplier, world.product.id), { now });
  const sale = async () => {
    const buyer = await freshMember(world);
    return placeOrder(buyer.api, world.product.id, { code: rec.code, resharer: resharer.handle });
  };
  const paid = await sale();
  await members.supplier.api.ok(MARK_DELIVERED, { orderId: paid.id });
  server.clock.advance((holdDays() + 1) * 86_400_000);
  await confirmCommissions(server.graph, server.clock);
  const payout = await runPayouts(server.graph, server.clock);
  if (!payout.payoutId || payout.lines.length !== 2) throw new Error(`expected a payout with two lines, got ${JSON.stringify(payout)}`);
  await sale();
  return {
    ...world,
    paidCommissionId: (await commissionIdOf(server.graph, paid.id))!,
    resharer,
    payoutId: payout.payoutId,
    payoutTotalNetMinor: payout.totalNetMinor,
  };
}

const PAYOUTS = '{ payouts(first: 10) { edges { node { id totalNetMinor lines { member { id } } } } } }';
const batchOf = (d: any, w: CommissionWorld) => d?.payouts?.edges.find((e: any) => e.node.id === w.payoutId)?.node;

/** Rows of this area need the commission world; `w` narrows the type the runner passes. */
const w = (world: World) => world as CommissionWorld;

export const commissionRows: Row[] = [
  {
    operation: 'Query.myCommissions',
    document: '{ myCommissions(first: 100) { edges { node { id } } } }',
    expected: [U, A, H, H, H, H],
    prepare: async (world) => ({ target: w(world).paidCommissionId, variables: {} }),
    reveal: (d, attempt) => d?.myCommissions?.edges.find((e: any) => e.node.id === attempt.target),
  },
  {
    operation: 'Query.myCommissionTotals',
    document: '{ myCommissionTotals { paidMinor pendingMinor } }',
    expected: [U, A, H, H, H, H],
    // Only the owner has earned anything: anyone else's own totals are zero.
    reveal: (d) => d?.myCommissionTotals && d.myCommissionTotals.paidMinor + d.myCommissionTotals.pendingMinor > 0,
  },
  {
    operation: 'Query.commission',
    document: 'query ($id: ID!) { commission(id: $id) { id } }',
    // The supplier pays it but is no beneficiary: their view is supplierCommissionsOwed.
    expected: [U, A, F, F, F, A],
    prepare: async (world) => ({ variables: { id: w(world).paidCommissionId } }),
    reveal: (d) => d?.commission,
  },
  {
    operation: 'Commission.shares',
    document: 'query ($id: ID!) { commission(id: $id) { shares { member { id } amountMinor } } }',
    expected: [U, H, F, F, F, A],
    prepare: async (world) => ({ target: w(world).resharer.id, variables: { id: w(world).paidCommissionId } }),
    // The other beneficiary's share: the owner sees only their own.
    reveal: (d, attempt) => d?.commission?.shares.find((s: any) => s.member.id === attempt.target),
  },
  {
    operation: 'Query.supplierCommissionsOwed',
    document: '{ supplierCommissionsOwed { pendingEstimateMinor byProduct { product { id } } } }',
    expected: [U, F, F, A, H, F],
    prepare: async (world) => ({ target: world.product.id, variables: {} }),
    reveal: (d, attempt) => d?.supplierCommissionsOwed?.byProduct.find((p: any) => p.product.id === attempt.target),
  },
  {
    operation: 'Query.payouts',
    document: PAYOUTS,
    expected: [U, A, H, H, H, A],
    reveal: (d, _attempt, _actor, world) => batchOf(d, w(world)),
  },
  {
    operation: 'Payout.lines',
    document: PAYOUTS,
    expected: [U, H, H, H, H, A],
    reveal: (d, _attempt, _actor, world) => batchOf(d, w(world))?.lines.find((l: any) => l.member.id === w(world).resharer.id),
  },
  {
    operation: 'Payout.totalNetMinor',
    document: PAYOUTS,
    // A member sees their own net as the batch's total; only admins see the whole batch's cash.
    expected: [U, H, H, H, H, A],
    reveal: (d, _attempt, _actor, world) => batchOf(d, w(world))?.totalNetMinor === w(world).payoutTotalNetMinor,
  },
  {
    operation: 'Query.fraudFlags',
    document: '{ fraudFlags(first: 100) { edges { node { id } } } }',
    expected: ADMINS_ONLY,
    reveal: (d) => d?.fraudFlags,
  },
  {
    operation: 'Mutation.clearFraudFlag',
    document: 'mutation ($id: ID!) { clearFraudFlag(id: $id, note: "Reviewed by the matrix.") { flag { status } } }',
    // The flagged member plays the owner: clearing their own flag is exactly what must not happen.
    expected: ADMINS_ONLY,
    prepare: flaggedOwner,
    reveal: (d) => d?.clearFraudFlag?.flag.status === 'CLEARED',
  },
  {
    operation: 'Mutation.upholdFraudFlag',
    document: 'mutation ($id: ID!) { upholdFraudFlag(id: $id, note: "Upheld by the matrix.") { flag { status } } }',
    // As with clearing: the flagged member plays the owner, and must not decide on their own flag.
    expected: ADMINS_ONLY,
    prepare: flaggedOwner,
    reveal: (d) => d?.upholdFraudFlag?.flag.status === 'UPHELD',
  },
  {
    operation: 'Member.underReview',
    document: 'query ($id: ID!) { member(id: $id) { underReview } }',
    // Hidden from everyone but admins, the flagged member included: a suspicion, not a verdict.
    expected: [H, H, H, H, H, A],
    prepare: async (world) => {
      const flagged = await freshMember(world);
      await raiseFlag(world.server.graph, [flagged.id], world.server.clock.now());
      return { owner: flagged, watch: [flagged.id], variables: { id: flagged.id } };
    },
    reveal: (d) => d?.member?.underReview === true,
  },
];
