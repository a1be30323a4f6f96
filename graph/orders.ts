// Orders: placing one (idempotent on the buyer's key), moving it PLACED → DELIVERED → REFUNDED
// with its status history, and the lists a buyer and a supplier see. Every mutation here is
// one Graph.write; the rules it applies (windows, transitions) are server/domain/order-policy.
import { notify } from './notify';
import { createHash, randomUUID } from 'node:crypto';
import { badInput, conflict, notFound } from '../server/errors';
import { deliveryRefusal, orderTotal, refundRefusal, type OrderStatus } from '../server/domain/order-policy';
import type { Graph, Tx } from './graph';
import { openSaleCommission, recordCommissionDeliveries, reverseSaleCommission } from './commissions';
import { recordTrustSignal, type RecordedTrustEvent } from './trust-signals';
import { lockOrder, onceMoreOnKeyRace, refuseIf, run } from './write-support';
import { shipOrderTo } from './addresses';
import { admittedResharer } from './privileges';
import { DEFAULT_PRIVILEGE_LADDER, type PrivilegeLadder, type PrivilegeSettings } from '../server/domain/privileges';

export interface OrderRecord {
  id: string;
  buyerId: string;
  productId: string;
  supplierId: string;
  recommendationId: string | null;
  resharerId: string | null;
  quantity: number;
  unitPriceMinor: number;
  totalMinor: number;
  currency: string;
  commissionRateBps: number;
  status: OrderStatus;
  placedAt: number;
  deliveredAt: number | null;
  refundedAt: number | null;
  /** When the delivery address copy was erased (server/domain/delivery-address.ts), if it was. */
  addressErasedAt?: number | null;
}

export interface OrderStatusChangeRecord {
  orderId: string;
  status: OrderStatus;
  at: number;
  byMemberId: string | null;
  reason: string | null;
}

/** An order and the ids around it, as a map projection of `o`. */
export const ORDER_PROJECTION = `o {
  .id, .quantity, .unitPriceMinor, .totalMinor, .currency, .commissionRateBps,
  .status, .placedAt, .deliveredAt, .refundedAt, .addressErasedAt,
  buyerId: [(o)<-[:PLACED]-(buyer:Member) | buyer.id][0],
  productId: [(o)-[:OF]->(product:Product) | product.id][0],
  supplierId: [(o)-[:OF]->(:Product)<-[:SUPPLIES]-(supplier:Member) | supplier.id][0],
  recommendationId: [(o)-[:THROUGH]->(rec:Recommendation) | rec.id][0],
  resharerId: [(o)-[:RESHARED_BY]->(resharer:Member) | resharer.id][0]
}`;

export async function findOrder(tx: Tx, orderId: string): Promise<OrderRecord | undefined> {
  const result = await run(tx, `MATCH (o:Order {id: $orderId}) RETURN ${ORDER_PROJECTION} AS order`, { orderId });
  return result.records[0]?.get('order') as OrderRecord | undefined;
}

export function orderById(graph: Graph, orderId: string): Promise<OrderRecord | undefined> {
  return graph.read((tx) => findOrder(tx, orderId));
}

// ---------------------------------------------------------------------------------------------
// Placing an order

export interface PlaceOrderRequest {
  productId: string;
  quantity: number;
  /** Upper case (normalised by the caller). */
  recommendationCode: string | null;
  resharerHandle: string | null;
  idempotencyKey: string;
  /** One of the buyer's addresses, copied onto the order; null for an order placed without one. */
  deliveryAddressId?: string | null;
}

/**
 * A fingerprint of what was asked, so a retry (same key, same request) can be told from a
 * different request that reuses a key. Handles and codes are compared as the rules read them.
 */
export function requestHash(req: PlaceOrderRequest): string {
  const parts: unknown[] = [req.productId, req.quantity, req.recommendationCode, req.resharerHandle?.toLowerCase() ?? null];
  // Only when given, so a retry of an order placed before addresses existed keeps its fingerprint.
  if (req.deliveryAddressId) parts.push(req.deliveryAddressId);
  const canonical = JSON.stringify(parts);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Places an order, or returns the order this buyer already placed with this key. Price,
 * currency and commission rate are copied from the product at the time of sale.
 *
 * A re-sharer who is the recommendation's author or the buyer is not recorded: the author is
 * already the first beneficiary, and a buyer re-sharing to themselves would be self-dealing.
 * Nor is one whose trust is below the ladder's RESHARE step (`privileges`, the server's ladder).
 * The order itself goes through, because the buyer did nothing wrong by following such a link.
 */
export function placeOrder(
  graph: Graph,
  buyerId: string,
  req: PlaceOrderRequest,
  now: number,
  privileges: PrivilegeSettings,
): Promise<OrderRecord> {
  return onceMoreOnKeyRace(() => graph.write((tx) => placeOrderTx(tx, buyerId, req, now, privileges)));
}

async function placeOrderTx(tx: Tx, buyerId: string, req: PlaceOrderRequest, now: number, privileges: PrivilegeSettings): Promise<OrderRecord> {
  const scope = `${buyerId}:${req.idempotencyKey}`;
  const hash = requestHash(req);
  const previous = await run(tx, 
    `MATCH (o:Order {idempotencyScope: $scope}) RETURN o.id AS id, o.requestHash AS requestHash`,
    { scope },
  );
  const earlier = previous.records[0]?.toObject() as { id: string; requestHash: string } | undefined;
  if (earlier) {
    if (earlier.requestHash !== hash) {
      throw conflict('This idempotency key was already used for a different order. Use a new key for a new order.');
    }
    return (await findOrder(tx, earlier.id))!;
  }

  const productResult = await run(tx, 
    `MATCH (:Member)-[:SUPPLIES]->(p:Product {id: $productId})
     RETURN p.priceMinor AS priceMinor, p.currency AS currency, p.commissionRateBps AS commissionRateBps`,
    { productId: req.productId },
  );
  const product = productResult.records[0]?.toObject() as { priceMinor: number; currency: string; commissionRateBps: number } | undefined;
  if (!product) throw notFound('Product');

  const attribution = await resolveAttribution(tx, buyerId, req, now, privileges);
  const totalMinor = orderTotal(product.priceMinor, req.quantity);
  if (totalMinor === undefined) throw badInput('The total of this order is too large.', 'quantity');

  const orderId = randomUUID();
  await run(tx, 
    `MATCH (buyer:Member {id: $buyerId}), (p:Product {id: $productId})
     CREATE (buyer)-[:PLACED]->(o:Order {
       id: $orderId, idempotencyScope: $scope, requestHash: $hash,
       quantity: $quantity, unitPriceMinor: $priceMinor, totalMinor: $totalMinor, currency: $currency,
       commissionRateBps: $commissionRateBps, status: 'PLACED', placedAt: $now })-[:OF]->(p)
     CREATE (o)-[:HAD_STATUS]->(:OrderStatusChange {status: 'PLACED', at: $now, byMemberId: $buyerId})
     WITH o
     OPTIONAL MATCH (r:Recommendation {id: $recommendationId})
     FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | CREATE (o)-[:THROUGH]->(r))
     WITH o
     OPTIONAL MATCH (x:Member {id: $resharerId})
     FOREACH (_ IN CASE WHEN x IS NULL THEN [] ELSE [1] END | CREATE (o)-[:RESHARED_BY]->(x))`,
    {
      buyerId,
      productId: req.productId,
      orderId,
      scope,
      hash,
      quantity: req.quantity,
      priceMinor: product.priceMinor,
      totalMinor,
      currency: product.currency,
      commissionRateBps: product.commissionRateBps,
      now,
      recommendationId: attribution.recommendationId,
      resharerId: attribution.resharerId,
    },
  );
  // Commission hook (same transaction): a sale through a recommendation opens its PENDING
  // commission; none for a self-purchase, and the buyer's inviters never earn from it.
  if (attribution.recommendationId !== null) await openSaleCommission(tx, orderId, new Date(now));
  if (req.deliveryAddressId) await shipOrderTo(tx, orderId, buyerId, req.deliveryAddressId, now);
  return (await findOrder(tx, orderId))!;
}

async function resolveAttribution(
  tx: Tx,
  buyerId: string,
  req: PlaceOrderRequest,
  now: number,
  privileges: PrivilegeSettings,
): Promise<{ recommendationId: string | null; resharerId: string | null }> {
  if (req.recommendationCode === null) {
    if (req.resharerHandle !== null) {
      throw badInput('A re-share needs the recommendation code it shared.', 'resharerHandle');
    }
    return { recommendationId: null, resharerId: null };
  }
  const recResult = await run(tx, 
    `MATCH (author:Member)-[:RECOMMENDS]->(r:Recommendation {code: $code})-[:FOR]->(p:Product)
     RETURN r.id AS id, author.id AS authorId, p.id AS productId`,
    { code: req.recommendationCode },
  );
  const rec = recResult.records[0]?.toObject() as { id: string; authorId: string; productId: string } | undefined;
  if (!rec) throw badInput('No recommendation has this code.', 'recommendationCode');
  if (rec.productId !== req.productId) {
    throw badInput('This recommendation is for another product.', 'recommendationCode');
  }
  if (req.resharerHandle === null) return { recommendationId: rec.id, resharerId: null };

  const resharerResult = await run(tx, 'MATCH (m:Member {handleKey: $handleKey}) RETURN m.id AS id', {
    handleKey: req.resharerHandle.toLowerCase(),
  });
  const resharerId = resharerResult.records[0]?.get('id') as string | undefined;
  if (!resharerId) throw badInput('No member has this handle.', 'resharerHandle');
  const candidate = resharerId === rec.authorId || resharerId === buyerId ? null : resharerId;
  return { recommendationId: rec.id, resharerId: await admittedResharer(tx, candidate, privileges, now) };
}

// ---------------------------------------------------------------------------------------------
// Status changes

export type DeliveryActor = { kind: 'SUPPLIER' | 'BUYER'; memberId: string };

/**
 * PLACED → DELIVERED by the product's supplier or by the buyer confirming receipt.
 * `authorise` sees the locked order and throws when this actor may not move it.
 */
export function deliverOrder(
  graph: Graph,
  orderId: string,
  actorId: string,
  authorise: (order: OrderRecord) => void,
  now: number,
): Promise<OrderRecord> {
  return graph.write(async (tx) => {
    if (!(await lockOrder(tx, orderId))) throw notFound('Order');
    const order = (await findOrder(tx, orderId))!;
    authorise(order);
    refuseIf(deliveryRefusal(order));
    await run(tx, 
      `MATCH (o:Order {id: $orderId})
       SET o.status = 'DELIVERED', o.deliveredAt = $now
       CREATE (o)-[:HAD_STATUS]->(:OrderStatusChange {status: 'DELIVERED', at: $now, byMemberId: $actorId})`,
      { orderId, now, actorId },
    );
    // Commission hook (same transaction): the hold counts from delivery.
    await recordCommissionDeliveries(tx, [orderId], now);
    return (await findOrder(tx, orderId))!;
  });
}

/**
 * PLACED or DELIVERED → REFUNDED by the product's supplier, within the refund window. A refund
 * of an order placed through a recommendation is a negative verdict on it: the trust hook runs
 * in this same transaction, so the refund and its trust event exist together or not at all.
 */
export function refundOrder(
  graph: Graph,
  orderId: string,
  actorId: string,
  authorise: (order: OrderRecord) => void,
  reason: string,
  now: Date,
  /** The server's privilege ladder (the notices of steps the refund closes). */
  ladder: PrivilegeLadder = DEFAULT_PRIVILEGE_LADDER,
): Promise<{ order: OrderRecord; trustEvent: RecordedTrustEvent | undefined }> {
  return graph.write(async (tx) => {
    if (!(await lockOrder(tx, orderId))) throw notFound('Order');
    const order = (await findOrder(tx, orderId))!;
    authorise(order);
    refuseIf(refundRefusal(order, now.getTime()));
    await run(tx, 
      `MATCH (o:Order {id: $orderId})
       SET o.status = 'REFUNDED', o.refundedAt = $now
       CREATE (o)-[:HAD_STATUS]->(:OrderStatusChange {status: 'REFUNDED', at: $now, byMemberId: $actorId, reason: $reason})`,
      { orderId, now: now.getTime(), actorId, reason },
    );
    const trustEvent =
      order.recommendationId === null
        ? undefined
        : await recordTrustSignal(tx, { cause: 'REFUND', orderId, heldUp: false }, now, ladder);
    // Only a refund that moved the recommender's trust counted against them.
    if (trustEvent) {
      await notify(tx, [{
        recipientId: trustEvent.memberId, kind: 'REFUND_COUNTED', recommendationId: order.recommendationId, orderId,
        trustEventId: trustEvent.id, trustDelta: trustEvent.delta,
      }], now.getTime());
    }
    // Commission hook (same transaction): the refund reverses the sale's commission (after a
    // payout, as a negative adjustment carried into the next one).
    await reverseSaleCommission(tx, orderId, now);
    return { order: (await findOrder(tx, orderId))!, trustEvent };
  });
}

// ---------------------------------------------------------------------------------------------
// Lists

export interface OrderPage {
  status: OrderStatus | null;
  limit: number;
  after: { key: number; id: string } | undefined;
}

const PAGE_FILTER = `($status IS NULL OR o.status = $status)
  AND ($afterKey IS NULL OR o.placedAt < $afterKey OR (o.placedAt = $afterKey AND o.id < $afterId))`;

function pageParams(page: OrderPage) {
  return { status: page.status, limit: page.limit, afterKey: page.after?.key ?? null, afterId: page.after?.id ?? null };
}

/** The buyer's orders, newest first. */
export function ordersOfBuyer(graph: Graph, buyerId: string, page: OrderPage): Promise<OrderRecord[]> {
  return graph.read(async (tx) => {
    const result = await run(tx, 
      `MATCH (:Member {id: $buyerId})-[:PLACED]->(o:Order)
       WHERE ${PAGE_FILTER}
       WITH o ORDER BY o.placedAt DESC, o.id DESC LIMIT $limit
       RETURN ${ORDER_PROJECTION} AS order`,
      { buyerId, ...pageParams(page) },
    );
    return result.records.map((r) => r.get('order') as OrderRecord);
  });
}

/** Orders of the supplier's products (to deliver or refund), newest first. */
export function ordersOfSupplier(graph: Graph, supplierId: string, page: OrderPage): Promise<OrderRecord[]> {
  return graph.read(async (tx) => {
    const result = await run(tx, 
      `MATCH (:Member {id: $supplierId})-[:SUPPLIES]->(:Product)<-[:OF]-(o:Order)
       WHERE ${PAGE_FILTER}
       WITH o ORDER BY o.placedAt DESC, o.id DESC LIMIT $limit
       RETURN ${ORDER_PROJECTION} AS order`,
      { supplierId, ...pageParams(page) },
    );
    return result.records.map((r) => r.get('order') as OrderRecord);
  });
}

/** Status histories of many orders in one query (for a DataLoader), oldest change first. */
export function statusHistories(graph: Graph, orderIds: readonly string[]): Promise<Map<string, OrderStatusChangeRecord[]>> {
  return graph.read(async (tx) => {
    const result = await run(tx, 
      `UNWIND $orderIds AS orderId
       MATCH (:Order {id: orderId})-[:HAD_STATUS]->(c:OrderStatusChange)
       RETURN orderId, c.status AS status, c.at AS at, c.byMemberId AS byMemberId, c.reason AS reason
       ORDER BY c.at, CASE c.status WHEN 'PLACED' THEN 0 WHEN 'DELIVERED' THEN 1 ELSE 2 END`,
      { orderIds },
    );
    const byOrder = new Map<string, OrderStatusChangeRecord[]>();
    for (const record of result.records) {
      const change = record.toObject() as OrderStatusChangeRecord;
      const list = byOrder.get(change.orderId) ?? [];
      list.push({ ...change, byMemberId: change.byMemberId ?? null, reason: change.reason ?? null });
      byOrder.set(change.orderId, list);
    }
    return byOrder;
  });
}

// ---------------------------------------------------------------------------------------------
// Auto-confirm

export const AUTO_CONFIRM_REASON = 'Confirmed automatically: nobody marked it delivered in time.';

/**
 * One batch of the auto-confirm job: up to `limit` orders still PLACED at or before `cutoff`
 * become DELIVERED at `now`. Locks first, then re-checks the status, so an order refunded or
 * delivered meanwhile by someone else is left alone. Returns how many it moved.
 */
export function autoConfirmBatch(graph: Graph, cutoff: number, now: number, limit: number): Promise<{ selected: number; confirmed: number }> {
  return graph.write(async (tx) => {
    const selected = await run(tx, 
      `MATCH (o:Order {status: 'PLACED'})
       WHERE o.placedAt <= $cutoff
       WITH o ORDER BY o.placedAt LIMIT $limit
       SET o._lock = true REMOVE o._lock
       RETURN collect(o.id) AS ids`,
      { cutoff, limit: limit },
    );
    const ids = selected.records[0]!.get('ids') as string[];
    if (ids.length === 0) return { selected: 0, confirmed: 0 };
    const confirmed = await run(tx, 
      `UNWIND $ids AS orderId
       MATCH (o:Order {id: orderId})
       WHERE o.status = 'PLACED' AND o.placedAt <= $cutoff
       SET o.status = 'DELIVERED', o.deliveredAt = $now
       CREATE (o)-[:HAD_STATUS]->(:OrderStatusChange {status: 'DELIVERED', at: $now, reason: $reason})
       RETURN collect(o.id) AS ids`,
      { ids, cutoff, now, reason: AUTO_CONFIRM_REASON },
    );
    const delivered = confirmed.records[0]!.get('ids') as string[];
    // Commission hook (same transaction): the hold of these sales counts from now.
    await recordCommissionDeliveries(tx, delivered, now);
    return { selected: ids.length, confirmed: delivered.length };
  });
}
