// The commission hooks of the order mutations. graph/orders.ts calls these inside its own
// transaction, so an order and its commission change together or not at all (one mutation, one
// transaction): placing an order through a recommendation opens the PENDING commission,
// delivery starts its hold, a refund reverses it. The rules — who may earn, the pool, the
// split, the lifecycle, the ledger lines — are the pure domain's (server/domain/commission);
// this file only reads the facts they need from the graph and writes what they return.
import { randomUUID } from 'node:crypto';
import { confirmableAt, openCommission, transitionCommission, type NoCommissionReason } from '../server/domain/commission';
import type { Tx } from './graph';
import { appendLedger, createCommission, lockCommissions, saveCommission, trustOfMembers } from './commission-store';
import { run } from './write-support';

/** The facts of a sale that decide its commission, read from the order, never from a commission. */
const SALE_FACTS = `
  MATCH (buyer:Member)-[:PLACED]->(o:Order {id: $orderId})-[:THROUGH]->(:Recommendation)<-[:RECOMMENDS]-(author:Member)
  OPTIONAL MATCH (o)-[:RESHARED_BY]->(resharer:Member)
  RETURN buyer.id AS buyerId, author.id AS authorId, resharer.id AS resharerId,
         o.unitPriceMinor AS unitPriceMinor, o.quantity AS quantity, o.commissionRateBps AS rateBps, o.currency AS currency,
         [(buyer)-[:INVITED_BY*1..]->(inviter:Member) | inviter.id] AS inviterIds,
         [(o)-[:OF]->(:Product)<-[:SUPPLIES]-(supplier:Member) | supplier.id][0] AS supplierId`;

interface SaleFacts {
  buyerId: string;
  authorId: string;
  resharerId: string | null;
  unitPriceMinor: number;
  quantity: number;
  rateBps: number;
  currency: string;
  inviterIds: string[];
  supplierId: string | null;
}

export type OpenedCommission = { opened: true; commissionId: string } | { opened: false; reason: NoCommissionReason | 'NOT_ATTRIBUTED' };

/**
 * At the sale: opens the order's PENDING commission with an estimate from today's trust, and
 * appends its ACCRUAL lines. Nothing for an order not placed through a recommendation, a
 * purchase through one's own recommendation, a sale whose every seat is excluded (the buyer's
 * inviters never earn from the buyer), or a pool that rounds to 0 fen.
 */
export async function openSaleCommission(tx: Tx, orderId: string, now: Date): Promise<OpenedCommission> {
  const result = await run(tx, SALE_FACTS, { orderId });
  const facts = result.records[0]?.toObject() as SaleFacts | undefined;
  if (!facts) return { opened: false, reason: 'NOT_ATTRIBUTED' };
  const seatHolders = [facts.authorId, ...(facts.resharerId ? [facts.resharerId] : [])];
  const opened = openCommission(
    {
      commissionId: randomUUID(),
      saleId: orderId,
      buyerId: facts.buyerId,
      authorId: facts.authorId,
      resharerId: facts.resharerId,
      inviterIds: [...new Set(facts.inviterIds)],
      supplierId: facts.supplierId,
      unitPriceMinor: facts.unitPriceMinor,
      quantity: facts.quantity,
      rateBps: facts.rateBps,
      trustByMember: await trustOfMembers(tx, seatHolders, now),
    },
    now,
  );
  if (!opened.opened) return { opened: false, reason: opened.reason };
  await createCommission(tx, {
    commission: opened.commission,
    orderId,
    currency: facts.currency,
    deliveredAt: null,
    confirmableAt: null,
  });
  await appendLedger(tx, opened.entries);
  return { opened: true, commissionId: opened.commission.id };
}

/**
 * At delivery (by the supplier, the buyer or the auto-confirm job): the refund and rating
 * windows open now, so the hold counts from here. Records when the commission may be confirmed.
 */
export async function recordCommissionDeliveries(tx: Tx, orderIds: readonly string[], deliveredAt: number): Promise<void> {
  if (orderIds.length === 0) return;
  await run(tx,
    `UNWIND $orderIds AS orderId
     MATCH (c:Commission {orderId: orderId, status: 'PENDING'})
     SET c.deliveredAt = $deliveredAt, c.confirmableAt = $confirmableAt`,
    { orderIds: [...orderIds], deliveredAt, confirmableAt: confirmableAt(new Date(deliveredAt)).getTime() },
  );
}

/**
 * At a refund: PENDING or CONFIRMED → REVERSED (the unpaid amounts are reversed); PAID →
 * REVERSED with a negative OWED adjustment that the next payouts recover.
 */
export async function reverseSaleCommission(tx: Tx, orderId: string, now: Date): Promise<void> {
  for (const stored of await lockCommissions(tx, { orderId })) {
    if (stored.commission.status === 'REVERSED') continue;
    const { commission, entries } = transitionCommission(stored.commission, { type: 'REFUND' }, now);
    await saveCommission(tx, stored.commission, commission);
    await appendLedger(tx, entries);
  }
}
