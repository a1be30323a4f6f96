// How a group buy ends, exactly once. Every path that may end a group — a join that reaches the
// target, the leader closing early, the deadline job on any number of servers — calls
// settleGroupBuyTx inside its own transaction. It locks the group node first and acts only while
// the group is still OPEN, so concurrent callers serialise on the lock and the second finds it
// settled: one completion (every join placed as an order at the tier price) or one failure
// (every join released, nothing placed), never both, never twice.
import { randomUUID } from 'node:crypto';
import { settlementAt, tierUnitPrice, type GroupTier } from '../server/domain/group-buy-rules';
import { orderTotal } from '../server/domain/order-policy';
import type { Graph, Tx } from './graph';
import { openSaleCommission } from './commissions';
import { isNotYourAddress, shipOrderTo } from './addresses';
import { findGroupBuy, type GroupBuyRecord } from './group-buy-reads';
import { notify } from './notify';
import { flagGroupTiesTx } from './group-fraud';
import { run } from './write-support';

/** What a settlement did: the notification hook's input (who led, who joined, how it ended). */
export interface GroupBuySettled {
  groupBuyId: string;
  outcome: 'COMPLETED' | 'FAILED';
  leaderId: string;
  joinerIds: string[];
  orderIds: string[];
  unitPriceMinor: number | null;
}

export async function lockGroupBuy(tx: Tx, groupBuyId: string): Promise<boolean> {
  const result = await run(tx, 'MATCH (g:GroupBuy {id: $id}) SET g._lock = true REMOVE g._lock RETURN count(g) AS n', { id: groupBuyId });
  return (result.records[0]?.get('n') as number) > 0;
}

/**
 * Ends the group if its state says so at `now` (target reached, deadline passed, or the leader
 * closing once a tier is met). Returns what was done, or undefined when the group stays open or
 * was already settled. Call it with the group locked (lockGroupBuy) earlier in the same transaction.
 */
export async function settleGroupBuyTx(tx: Tx, groupBuyId: string, now: number, leaderCloses = false): Promise<GroupBuySettled | undefined> {
  const group = await findGroupBuy(tx, groupBuyId);
  if (!group || group.status !== 'OPEN') return undefined;
  const settlement = settlementAt(group, group.counted, now, leaderCloses);
  if (!settlement) return undefined;
  const settled =
    settlement.outcome === 'COMPLETED' ? await complete(tx, group, settlement.tier, now) : await fail(tx, group, now);
  // In the same transaction: the leader and every joiner learn how the group ended.
  const kind = settled.outcome === 'COMPLETED' ? 'GROUP_BUY_COMPLETED' : 'GROUP_BUY_FAILED';
  const about = { kind, groupBuyId: group.id, recommendationId: group.recommendationId } as const;
  await notify(tx, [
    { ...about, recipientId: group.leaderId },
    ...settled.joinerIds.filter((id) => id !== group.leaderId).map((recipientId) => ({ ...about, recipientId, actorId: group.leaderId })),
  ], now);
  return settled;
}

interface HeldJoin {
  id: string;
  memberId: string;
  quantity: number;
  deliveryAddressId: string | null;
}

async function heldJoins(tx: Tx, groupBuyId: string): Promise<HeldJoin[]> {
  const result = await run(
    tx,
    `MATCH (m:Member)-[:JOINED]->(j:GroupJoin {status: 'HELD'})-[:IN]->(:GroupBuy {id: $groupBuyId})
     RETURN j.id AS id, m.id AS memberId, j.quantity AS quantity, j.deliveryAddressId AS deliveryAddressId
     ORDER BY j.seq`,
    { groupBuyId },
  );
  return result.records.map((r) => r.toObject() as HeldJoin);
}

/**
 * Every held join becomes an order at the tier's unit price, through the leader's recommendation
 * and the join's re-sharer, and opens its commission by the normal rules on that price.
 */
async function complete(tx: Tx, group: GroupBuyRecord, tier: GroupTier, now: number): Promise<GroupBuySettled> {
  const unitPriceMinor = tierUnitPrice(group.basePriceMinor, tier.discountBps);
  const joins = await heldJoins(tx, group.id);
  const orderIds: string[] = [];
  for (const join of joins) {
    const orderId = randomUUID();
    // Bounded at the join (quantity ≤ 99 of a price the product accepted), so always a safe integer.
    const totalMinor = orderTotal(unitPriceMinor, join.quantity)!;
    await run(
      tx,
      `MATCH (buyer:Member {id: $memberId})-[:JOINED]->(j:GroupJoin {id: $joinId})-[:IN]->(g:GroupBuy {id: $groupBuyId}),
             (g)-[:OF]->(p:Product), (g)-[:THROUGH]->(r:Recommendation)
       CREATE (buyer)-[:PLACED]->(o:Order {
         id: $orderId, idempotencyScope: 'group-join:' + $joinId,
         quantity: j.quantity, unitPriceMinor: $unitPriceMinor, totalMinor: $totalMinor, currency: g.currency,
         commissionRateBps: g.commissionRateBps, status: 'PLACED', placedAt: $now })-[:OF]->(p)
       CREATE (o)-[:HAD_STATUS]->(:OrderStatusChange {status: 'PLACED', at: $now, byMemberId: $memberId, reason: $reason})
       CREATE (o)-[:THROUGH]->(r)
       CREATE (j)-[:BECAME]->(o)
       SET j.status = 'PLACED'
       WITH j, o
       OPTIONAL MATCH (j)-[:RESHARED_BY]->(x:Member)
       FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | CREATE (o)-[:RESHARED_BY]->(x))`,
      {
        memberId: join.memberId,
        joinId: join.id,
        groupBuyId: group.id,
        orderId,
        unitPriceMinor,
        totalMinor,
        now,
        reason: GROUP_ORDER_REASON,
      },
    );
    // Commission hook, as for any order through a recommendation (none on the leader's own).
    await openSaleCommission(tx, orderId, new Date(now));
    if (join.deliveryAddressId) {
      // An address removed since the join leaves the order without one, as an order placed
      // without an address: the supplier asks. The group's other orders still go through. Only
      // that refusal is shrugged off: any other error (a failed statement leaves the
      // transaction unusable) fails the whole settlement, to be retried by the deadline job.
      await shipOrderTo(tx, orderId, join.memberId, join.deliveryAddressId, now).catch(keepGoingWithoutAddress);
    }
    orderIds.push(orderId);
  }
  await run(
    tx,
    `MATCH (g:GroupBuy {id: $groupBuyId})
     SET g.status = 'COMPLETED', g.closedAt = $now, g.unitPriceMinor = $unitPriceMinor, g.countedBuyers = $counted
     REMOVE g.openKey`,
    { groupBuyId: group.id, now, unitPriceMinor, counted: group.counted },
  );
  // A group filled by accounts tied to its leader is flagged for review as it completes.
  await flagGroupTiesTx(tx, group.id, group.leaderId, now);
  return { groupBuyId: group.id, outcome: 'COMPLETED', leaderId: group.leaderId, joinerIds: joinerIdsOf(joins), orderIds, unitPriceMinor };
}

/** Every join released; no order, no commission, no trust: a failed group costs nobody anything. */
async function fail(tx: Tx, group: GroupBuyRecord, now: number): Promise<GroupBuySettled> {
  const joins = await heldJoins(tx, group.id);
  await run(
    tx,
    `MATCH (g:GroupBuy {id: $groupBuyId})
     SET g.status = 'FAILED', g.closedAt = $now, g.countedBuyers = $counted
     REMOVE g.openKey
     WITH g
     MATCH (j:GroupJoin {status: 'HELD'})-[:IN]->(g)
     SET j.status = 'RELEASED'`,
    { groupBuyId: group.id, now, counted: group.counted },
  );
  return { groupBuyId: group.id, outcome: 'FAILED', leaderId: group.leaderId, joinerIds: joinerIdsOf(joins), orderIds: [], unitPriceMinor: null };
}

/** shipOrderTo's catch in a settlement: swallows the refusal of a removed address, rethrows the rest. */
export function keepGoingWithoutAddress(error: unknown): void {
  if (!isNotYourAddress(error)) throw error;
}

const joinerIdsOf = (joins: HeldJoin[]) => [...new Set(joins.map((j) => j.memberId))];

export const GROUP_ORDER_REASON = 'Placed when the group buy completed.';

/**
 * The deadline job's one step: settles up to `limit` open groups whose deadline has passed, each
 * in its own transaction (a failure of one leaves the others). Safe on every server at once.
 */
export async function settleDueGroupBuys(graph: Graph, now: number, limit: number): Promise<GroupBuySettled[]> {
  const due = await graph.read(async (tx) => {
    const result = await run(
      tx,
      `MATCH (g:GroupBuy {status: 'OPEN'}) WHERE g.deadline <= $now
       WITH g ORDER BY g.deadline LIMIT $limit
       RETURN collect(g.id) AS ids`,
      { now, limit },
    );
    return result.records[0]!.get('ids') as string[];
  });
  const settled: GroupBuySettled[] = [];
  for (const groupBuyId of due) {
    const done = await graph.write(async (tx) => {
      await lockGroupBuy(tx, groupBuyId);
      return settleGroupBuyTx(tx, groupBuyId, now);
    });
    if (done) settled.push(done);
  }
  return settled;
}
