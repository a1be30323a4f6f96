// Delivery addresses: the member's own list, the copy an order takes at checkout, who read an
// order's copy (admins, audited), and its erasure once the order is long settled. The order keeps
// a copy, not a link: editing or deleting an address later never changes where an order went.
import { randomUUID } from 'node:crypto';
import { badInput, conflict, notFound, UserError } from '../server/errors';
import { MAX_ADDRESSES_PER_MEMBER } from '../server/domain/delivery-address';
import type { Graph, Tx } from './graph';

/** The fields of an address, validated and normalised by the caller. */
export interface AddressFields {
  recipientName: string;
  phone: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  region: string | null;
  city: string;
  district: string | null;
  street: string;
  postcode: string | null;
}

export interface DeliveryAddressRecord extends AddressFields {
  id: string;
  createdAt: number;
}

const FIELDS = '.recipientName, .phone, .country, .region, .city, .district, .street, .postcode';
const ADDRESS = `a { .id, ${FIELDS}, .createdAt }`;

export function addressesOf(graph: Graph, memberId: string): Promise<DeliveryAddressRecord[]> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (:Member {id: $memberId})-[:KEEPS_ADDRESS]->(a:DeliveryAddress)
       RETURN ${ADDRESS} AS address ORDER BY a.createdAt DESC, a.id`,
      { memberId },
    );
    return result.records.map((r) => r.get('address') as DeliveryAddressRecord);
  });
}

/** Adds an address; CONFLICT past MAX_ADDRESSES_PER_MEMBER. */
export function addAddress(graph: Graph, memberId: string, fields: AddressFields, nowMs: number): Promise<DeliveryAddressRecord> {
  return graph.write(async (tx) => {
    // Lock the member first, so two racing adds cannot both pass the count.
    const kept = await tx.run(
      `MATCH (m:Member {id: $memberId}) REMOVE m.lockedForUpdate
       RETURN COUNT { (m)-[:KEEPS_ADDRESS]->(:DeliveryAddress) } AS kept`,
      { memberId },
    );
    if ((kept.records[0]?.get('kept') as number | undefined ?? 0) >= MAX_ADDRESSES_PER_MEMBER) {
      throw conflict(`You can keep at most ${MAX_ADDRESSES_PER_MEMBER} addresses; remove one first.`);
    }
    const result = await tx.run(
      `MATCH (m:Member {id: $memberId})
       CREATE (m)-[:KEEPS_ADDRESS]->(a:DeliveryAddress {id: $id, createdAt: $now})
       SET a += $fields
       RETURN ${ADDRESS} AS address`,
      { memberId, id: randomUUID(), now: nowMs, fields },
    );
    return result.records[0]!.get('address') as DeliveryAddressRecord;
  });
}

/** Replaces an address's fields; NOT_FOUND unless the member keeps it (another's is not told apart from none). */
export async function updateAddress(graph: Graph, memberId: string, addressId: string, fields: AddressFields, nowMs: number): Promise<DeliveryAddressRecord> {
  const updated = await graph.write(async (tx) => {
    const result = await tx.run(
      `MATCH (:Member {id: $memberId})-[:KEEPS_ADDRESS]->(a:DeliveryAddress {id: $addressId})
       SET a += $fields, a.updatedAt = $now
       RETURN ${ADDRESS} AS address`,
      { memberId, addressId, fields, now: nowMs },
    );
    return result.records[0]?.get('address') as DeliveryAddressRecord | undefined;
  });
  if (!updated) throw notFound('That address');
  return updated;
}

/** Removes an address; orders placed with it keep their copy. NOT_FOUND unless the member keeps it. */
export async function removeAddress(graph: Graph, memberId: string, addressId: string): Promise<void> {
  const removed = await graph.write(async (tx) => {
    const result = await tx.run(
      `MATCH (:Member {id: $memberId})-[:KEEPS_ADDRESS]->(a:DeliveryAddress {id: $addressId})
       DETACH DELETE a
       RETURN count(*) AS removed`,
      { memberId, addressId },
    );
    return result.records[0]!.get('removed') as number;
  });
  if (removed === 0) throw notFound('That address');
}

/**
 * Inside placeOrder's transaction: copies the buyer's address onto the new order. A refusal
 * (an address the buyer does not keep) rolls the whole order back.
 */
export async function shipOrderTo(tx: Tx, orderId: string, buyerId: string, addressId: string, nowMs: number): Promise<void> {
  const result = await tx.run(
    `MATCH (:Member {id: $buyerId})-[:KEEPS_ADDRESS]->(a:DeliveryAddress {id: $addressId})
     MATCH (o:Order {id: $orderId})
     CREATE (o)-[:SHIPS_TO]->(copy:OrderAddress {copiedAt: $now})
     SET copy += a { ${FIELDS} }
     RETURN count(*) AS copied`,
    { buyerId, addressId, orderId, now: nowMs },
  );
  if ((result.records[0]?.get('copied') as number | undefined ?? 0) === 0) {
    throw badInput(NOT_YOUR_ADDRESS, 'deliveryAddressId');
  }
}

const NOT_YOUR_ADDRESS = 'This is not one of your addresses.';

/**
 * Whether `error` is shipOrderTo's refusal of an address the buyer does not keep (any more):
 * the one failure a caller may choose to carry on after, since its query ran and the
 * transaction is intact. Anything else (a Cypher or driver error) has left the transaction
 * unusable and must propagate.
 */
export function isNotYourAddress(error: unknown): boolean {
  return error instanceof UserError && error.extensions.code === 'BAD_USER_INPUT' && error.message === NOT_YOUR_ADDRESS;
}

/** The address copies of these orders (absent when none was given or it was erased). */
export function orderAddresses(graph: Graph, orderIds: readonly string[]): Promise<Map<string, AddressFields>> {
  return graph.query(
    `UNWIND $orderIds AS orderId
     MATCH (:Order {id: orderId})-[:SHIPS_TO]->(a:OrderAddress)
     RETURN orderId, a { ${FIELDS} } AS address`,
    { orderIds },
    (result) => new Map(result.records.map((r) => [r.get('orderId') as string, r.get('address') as AddressFields])),
  );
}

/** Records that an admin read these orders' addresses (they are neither buyer nor supplier of them). */
export async function auditAddressReads(graph: Graph, adminId: string, orderIds: readonly string[], nowMs: number, requestId: string): Promise<void> {
  await graph.write((tx) =>
    tx.run(
      `MATCH (admin:Member {id: $adminId})
       UNWIND $orderIds AS orderId
       MATCH (o:Order {id: orderId})-[:SHIPS_TO]->(:OrderAddress)
       CREATE (admin)-[:READ_ADDRESS]->(:AddressAccess {id: randomUUID(), orderId: orderId, adminId: $adminId, at: $now, requestId: $requestId})-[:OF_ORDER]->(o)`,
      { adminId, orderIds, now: nowMs, requestId },
    ),
  );
}

/**
 * One batch of the erasure job: deletes the address copies of orders delivered at or before
 * `deliveredBefore`, or refunded without delivery at or before `refundedBefore`, and marks
 * each order with when. Returns how many were erased (fewer than `limit`: nothing left).
 */
export async function eraseAddressBatch(graph: Graph, cutoffs: { deliveredBefore: number; refundedBefore: number }, nowMs: number, limit: number): Promise<number> {
  return graph.write(async (tx) => {
    const result = await tx.run(
      `MATCH (o:Order)-[:SHIPS_TO]->(a:OrderAddress)
       WHERE (o.deliveredAt IS NOT NULL AND o.deliveredAt <= $deliveredBefore)
          OR (o.deliveredAt IS NULL AND o.refundedAt IS NOT NULL AND o.refundedAt <= $refundedBefore)
       WITH o, a LIMIT toInteger($limit)
       SET o.addressErasedAt = $now
       DETACH DELETE a
       RETURN count(*) AS erased`,
      { ...cutoffs, now: nowMs, limit },
    );
    return result.records[0]!.get('erased') as number;
  });
}
