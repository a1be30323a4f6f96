// Group buys: a supplier's tiers on a product, a trusted recommender opening a group through
// their recommendation, members joining (idempotent on their key), and the leader closing early.
// Each function is one Graph.write; every path that can end a group ends it through
// settleGroupBuyTx with the group locked (graph/group-buy-settlement.ts).
import { createHash, randomUUID } from 'node:crypto';
import { badInput, conflict, forbidden, notFound } from '../server/errors';
import { deadlineRefusal, type GroupTier } from '../server/domain/group-buy-rules';
import type { PrivilegeSettings } from '../server/domain/privileges';
import { admittedResharer, requireMemberPrivilege } from './privileges';
import { orderTotal } from '../server/domain/order-policy';
import type { Graph, Tx } from './graph';
import { findGroupBuy, findJoin, type GroupBuyRecord, type GroupJoinRecord } from './group-buy-reads';
import { lockGroupBuy, settleGroupBuyTx, type GroupBuySettled } from './group-buy-settlement';
import { isUniquenessViolation, onceMoreOnKeyRace, refuseIf, run } from './write-support';

/** The supplier's tiers and longest duration; no tiers turns group buying off for the product. */
export function setProductGroupTiers(graph: Graph, supplierId: string, productId: string, tiers: GroupTier[], maxHours: number): Promise<void> {
  return graph.write(async (tx) => {
    const result = await run(
      tx,
      `MATCH (p:Product {id: $productId}) OPTIONAL MATCH (s:Member)-[:SUPPLIES]->(p) RETURN s.id AS supplierId`,
      { productId },
    );
    if (result.records.length === 0) throw notFound('Product');
    if (result.records[0]!.get('supplierId') !== supplierId) throw forbidden('Only the supplier of this product can do that.');
    // Groups already open keep the tiers they opened with (copied onto the group).
    await run(
      tx,
      `MATCH (p:Product {id: $productId})
       SET p.groupTierBuyers = $buyers, p.groupTierDiscountBps = $discounts, p.groupMaxHours = $maxHours`,
      { productId, buyers: tiers.map((t) => t.minBuyers), discounts: tiers.map((t) => t.discountBps), maxHours },
    );
  }, { changes: [] });
}

export interface OpenGroupRequest {
  recommendationId: string;
  targetBuyers: number;
  deadline: number;
  note: string;
}

/**
 * Opens a group through the leader's own recommendation. The price, currency, commission rate
 * and tiers are copied from the product, so a supplier's later edit does not change a running
 * group's deal. One open group per leader and product (the openKey constraint, removed at close).
 */
export async function openGroupBuy(graph: Graph, leaderId: string, req: OpenGroupRequest, privileges: PrivilegeSettings, now: number): Promise<GroupBuyRecord> {
  try {
    return await graph.write((tx) => openGroupBuyTx(tx, leaderId, req, privileges, now), { changes: [] });
  } catch (err) {
    if (isUniquenessViolation(err, 'openKey')) throw alreadyOpen();
    throw err;
  }
}

const alreadyOpen = () => conflict('You already lead an open group buy of this product; it must close before you open another.');

async function openGroupBuyTx(tx: Tx, leaderId: string, req: OpenGroupRequest, privileges: PrivilegeSettings, now: number): Promise<GroupBuyRecord> {
  const result = await run(
    tx,
    `MATCH (r:Recommendation {id: $recommendationId})-[:FOR]->(p:Product)
     OPTIONAL MATCH (author:Member)-[:RECOMMENDS]->(r)
     RETURN author.id AS authorId, p.id AS productId, p.priceMinor AS priceMinor, p.currency AS currency,
            p.commissionRateBps AS commissionRateBps, p.groupTierBuyers AS tierBuyers,
            p.groupTierDiscountBps AS tierDiscountBps, p.groupMaxHours AS maxHours,
            EXISTS { MATCH (:Member {id: $leaderId})-[:LEADS]->(:GroupBuy {status: 'OPEN'})-[:OF]->(p) } AS alreadyOpen`,
    { recommendationId: req.recommendationId, leaderId },
  );
  const row = result.records[0]?.toObject() as
    | {
        authorId: string;
        productId: string;
        priceMinor: number;
        currency: string | null;
        commissionRateBps: number;
        tierBuyers: number[] | null;
        tierDiscountBps: number[] | null;
        maxHours: number | null;
        alreadyOpen: boolean;
      }
    | undefined;
  if (!row) throw notFound('Recommendation');
  if (row.authorId !== leaderId) throw forbidden('You can open a group buy only through your own recommendation.');
  const tierBuyers = row.tierBuyers ?? [];
  if (tierBuyers.length === 0 || row.maxHours === null) throw forbidden('The supplier offers no group prices for this product.');
  // The "open a group buy" step of the privilege ladder (server/domain/privileges.ts): FORBIDDEN
  // stating the threshold and the leader's standing.
  await requireMemberPrivilege(tx, leaderId, 'openGroupBuy', privileges, now);
  if (row.alreadyOpen) throw alreadyOpen();
  if (!tierBuyers.includes(req.targetBuyers)) {
    throw badInput(`The target must be one of the tiers: ${tierBuyers.join(', ')} buyers.`, 'targetBuyers');
  }
  refuseIf(deadlineRefusal(req.deadline, now, row.maxHours));

  const groupBuyId = randomUUID();
  await run(
    tx,
    `MATCH (leader:Member {id: $leaderId}), (r:Recommendation {id: $recommendationId})-[:FOR]->(p:Product)
     CREATE (leader)-[:LEADS]->(g:GroupBuy {
       id: $groupBuyId, status: 'OPEN', openKey: $openKey, targetBuyers: $targetBuyers, deadline: $deadline,
       note: $note, openedAt: $now, basePriceMinor: p.priceMinor, currency: coalesce(p.currency, 'CNY'),
       commissionRateBps: p.commissionRateBps, tierBuyers: p.groupTierBuyers, tierDiscountBps: p.groupTierDiscountBps })
     CREATE (g)-[:OF]->(p)
     CREATE (g)-[:THROUGH]->(r)`,
    {
      leaderId,
      recommendationId: req.recommendationId,
      groupBuyId,
      openKey: `${leaderId}:${row.productId}`,
      targetBuyers: req.targetBuyers,
      deadline: req.deadline,
      note: req.note,
      now,
    },
  );
  return (await findGroupBuy(tx, groupBuyId))!;
}

export interface JoinRequest {
  groupBuyId: string;
  quantity: number;
  idempotencyKey: string;
  resharerHandle: string | null;
  deliveryAddressId: string | null;
}

export interface JoinResult {
  join: GroupJoinRecord;
  /** Set when this join reached the target and completed the group. */
  settled: GroupBuySettled | undefined;
}

function joinHash(req: JoinRequest): string {
  const parts = [req.groupBuyId, req.quantity, req.resharerHandle?.toLowerCase() ?? null, req.deliveryAddressId];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * Joins a group, or returns the join this member already made with this key. A join that brings
 * the count to the target completes the group in the same transaction. Whether the joiner has
 * history (a delivered order) is recorded at the join: it decides whether the join counts in
 * full toward the tier (server/domain/group-buy-rules.ts countedBuyers).
 */
export function joinGroupBuy(
  graph: Graph,
  memberId: string,
  req: JoinRequest,
  now: number,
  privileges: PrivilegeSettings,
): Promise<JoinResult> {
  return onceMoreOnKeyRace(() => graph.write((tx) => joinGroupBuyTx(tx, memberId, req, now, privileges)));
}

async function joinGroupBuyTx(tx: Tx, memberId: string, req: JoinRequest, now: number, privileges: PrivilegeSettings): Promise<JoinResult> {
  const scope = `${memberId}:${req.idempotencyKey}`;
  const hash = joinHash(req);
  const earlier = (
    await run(tx, 'MATCH (j:GroupJoin {idempotencyScope: $scope}) RETURN j.id AS id, j.requestHash AS hash', { scope })
  ).records[0]?.toObject() as { id: string; hash: string } | undefined;
  if (earlier) {
    if (earlier.hash !== hash) throw conflict('This idempotency key was already used for a different join. Use a new key for a new join.');
    return { join: (await findJoin(tx, earlier.id))!, settled: undefined };
  }
  // The lock orders this join against the deadline job and other joins: whoever locks first
  // decides, and a join never lands in a group that has already been settled.
  if (!(await lockGroupBuy(tx, req.groupBuyId))) throw notFound('Group buy');
  const group = (await findGroupBuy(tx, req.groupBuyId))!;
  if (group.status !== 'OPEN') throw conflict('This group buy has already closed.');
  if (now >= group.deadline) throw forbidden('This group buy has reached its deadline; it is closing.');
  if (orderTotal(group.basePriceMinor, req.quantity) === undefined) throw badInput('The total of this order is too large.', 'quantity');

  const facts = (
    await run(
      tx,
      `MATCH (m:Member {id: $memberId})
       OPTIONAL MATCH (x:Member {handleKey: $resharerKey})
       RETURN EXISTS { MATCH (m)-[:PLACED]->(o:Order) WHERE o.deliveredAt IS NOT NULL AND o.status = 'DELIVERED' } AS established,
              x.id AS resharerId,
              ($addressId IS NULL OR EXISTS { MATCH (m)-[:KEEPS_ADDRESS]->(:DeliveryAddress {id: $addressId}) }) AS addressOk`,
      { memberId, resharerKey: req.resharerHandle?.toLowerCase() ?? null, addressId: req.deliveryAddressId },
    )
  ).records[0]!.toObject() as { established: boolean; resharerId: string | null; addressOk: boolean };
  if (req.resharerHandle !== null && !facts.resharerId) throw badInput('No member has this handle.', 'resharerHandle');
  if (!facts.addressOk) throw badInput('This is not one of your addresses.', 'deliveryAddressId');
  // As for an order: a re-share by the leader (the author) or by the joiner is not recorded, nor
  // one by a member below the RESHARE step; decided at the join, as an order's at its placing.
  const candidate = facts.resharerId === group.leaderId || facts.resharerId === memberId ? null : facts.resharerId;
  const resharerId = await admittedResharer(tx, candidate, privileges, now);

  const joinId = randomUUID();
  await run(
    tx,
    // seq: the join's place in the group (the group is locked), so joins made within one
    // millisecond still have an order: who came first counts first and shows first.
    `MATCH (m:Member {id: $memberId}), (g:GroupBuy {id: $groupBuyId})
     WITH m, g, COUNT { (:GroupJoin)-[:IN]->(g) } AS seq
     CREATE (m)-[:JOINED]->(j:GroupJoin {
       id: $joinId, idempotencyScope: $scope, requestHash: $hash, quantity: $quantity, joinedAt: $now, seq: seq,
       established: $established, status: 'HELD', deliveryAddressId: $addressId })-[:IN]->(g)
     WITH j
     OPTIONAL MATCH (x:Member {id: $resharerId})
     FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | CREATE (j)-[:RESHARED_BY]->(x))`,
    {
      memberId,
      groupBuyId: req.groupBuyId,
      joinId,
      scope,
      hash,
      quantity: req.quantity,
      now,
      established: facts.established,
      addressId: req.deliveryAddressId,
      resharerId,
    },
  );
  const settled = await settleGroupBuyTx(tx, req.groupBuyId, now);
  return { join: (await findJoin(tx, joinId))!, settled };
}

/** The leader ends the group early, which completes it at the tier reached; below the first tier it is refused. */
export function closeGroupBuy(graph: Graph, leaderId: string, groupBuyId: string, now: number): Promise<GroupBuyRecord> {
  return graph.write(async (tx) => {
    if (!(await lockGroupBuy(tx, groupBuyId))) throw notFound('Group buy');
    const group = (await findGroupBuy(tx, groupBuyId))!;
    if (group.leaderId !== leaderId) throw forbidden('Only the leader of this group buy can close it.');
    if (group.status !== 'OPEN') throw conflict('This group buy has already closed.');
    const settled = await settleGroupBuyTx(tx, groupBuyId, now, true);
    if (!settled) {
      throw forbidden(`The group can close once it reaches its first tier (${group.tiers[0]!.minBuyers} buyers); until then it waits for its deadline.`);
    }
    return (await findGroupBuy(tx, groupBuyId))!;
  });
}
