// Delivery addresses through the API: a member keeps addresses in China's format or the free
// international one, an order takes a copy at checkout, only its buyer, its supplier and admins
// see that copy (each admin read recorded), and the erasure job deletes it 30 days after the
// rating window closed. Time is the server's manual clock.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import { eraseOrderAddresses } from '../../server/jobs/address-erasure';
import { DAY_MS, RATING_WINDOW_DAYS } from '../../server/domain/order-policy';
import { ADDRESS_KEPT_AFTER_RATING_DAYS, MAX_ADDRESSES_PER_MEMBER } from '../../server/domain/delivery-address';

const START = new Date('2026-11-01T08:00:00Z');
const FIELDS = 'id createdAt address { recipientName phone country region city district street postcode }';
const ADD = `mutation($input: DeliveryAddressInput!) { addDeliveryAddress(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: DeliveryAddressInput!) { updateDeliveryAddress(id: $id, input: $input) { ${FIELDS} } }`;
const REMOVE = 'mutation($id: ID!) { removeDeliveryAddress(id: $id) }';
const LIST = `{ myAddresses { ${FIELDS} } }`;
const PLACE = `mutation($productId: ID!, $key: String!, $addressId: ID) {
  placeOrder(productId: $productId, quantity: 1, idempotencyKey: $key, deliveryAddressId: $addressId) { id deliveryAddress { recipientName city street } } }`;
const ORDER = 'query($id: ID!) { order(id: $id) { id deliveryAddress { recipientName phone city district street } deliveryAddressErasedAt } }';

const SHANGHAI = { recipientName: '王小明', phone: '+86 138-0013-8000', country: 'cn', region: '上海市', city: '上海市', district: '浦东新区', street: '世纪大道 100 号 8 楼', postcode: '200120' };
const BERLIN = { recipientName: 'Ada Lovelace', phone: '+49 30 1234567', country: 'DE', city: 'Berlin', street: 'Unter den Linden 1', postcode: '10117' };

let server: TestServer;
let supplier: TestMember;
let admin: TestMember;
let product: TestProduct;

beforeAll(async () => {
  server = await startTestServer(START);
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'], now: START });
  admin = await createMember(server.graph, server.url, { roles: ['MEMBER', 'ADMIN'], now: START });
  product = await createProduct(server.graph, supplier.id, { now: START });
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const member = () => createMember(server.graph, server.url, { now: server.clock.now() });
let keys = 0;
const newKey = () => `address-order-${Date.now()}-${keys++}`;

async function addressOf(m: TestMember, input: Record<string, unknown> = SHANGHAI): Promise<string> {
  return (await m.api.ok<{ addDeliveryAddress: { id: string } }>(ADD, { input })).addDeliveryAddress.id;
}

describe('a member keeps addresses', () => {
  test('China: province, city, district and an 11-digit mobile; the number is kept as digits', async () => {
    const m = await member();
    const { addDeliveryAddress } = await m.api.ok<{ addDeliveryAddress: { address: Record<string, unknown> } }>(ADD, { input: SHANGHAI });
    expect(addDeliveryAddress.address).toEqual({ ...SHANGHAI, country: 'CN', phone: '13800138000' });
  });

  test('elsewhere: the free international form', async () => {
    const m = await member();
    const { addDeliveryAddress } = await m.api.ok<{ addDeliveryAddress: { address: Record<string, unknown> } }>(ADD, { input: BERLIN });
    expect(addDeliveryAddress.address).toEqual({ ...BERLIN, phone: '+49301234567', region: null, district: null });
  });

  test.each([
    ['a landline in China', { ...SHANGHAI, phone: '021-12345678' }, 'phone'],
    ['a 10-digit mobile', { ...SHANGHAI, phone: '1380013800' }, 'phone'],
    ['no province in China', { ...SHANGHAI, region: null }, 'region'],
    ['no district in China', { ...SHANGHAI, district: '' }, 'district'],
    ['a 5-digit postcode in China', { ...SHANGHAI, postcode: '20012' }, 'postcode'],
    ['a country name instead of its code', { ...BERLIN, country: 'Germany' }, 'country'],
    ['a phone of letters', { ...BERLIN, phone: 'call me maybe' }, 'phone'],
    ['an empty street', { ...BERLIN, street: '   ' }, 'street'],
    ['a postcode with symbols', { ...BERLIN, postcode: '10117!' }, 'postcode'],
  ])('refused: %s', async (_name, input, field) => {
    const m = await member();
    const res = await m.api.request(ADD, { input });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await m.api.ok<{ myAddresses: unknown[] }>(LIST)).myAddresses).toEqual([]);
  });

  test('edits and removal are the owner\'s alone; at most ten are kept', async () => {
    const m = await member();
    const other = await member();
    const addressId = await addressOf(m);
    expect(await other.api.errorCode(UPDATE, { id: addressId, input: BERLIN })).toBe('NOT_FOUND');
    expect(await other.api.errorCode(REMOVE, { id: addressId })).toBe('NOT_FOUND');
    const { updateDeliveryAddress } = await m.api.ok<{ updateDeliveryAddress: { address: { city: string } } }>(UPDATE, { id: addressId, input: BERLIN });
    expect(updateDeliveryAddress.address.city).toBe('Berlin');
    for (let i = 1; i < MAX_ADDRESSES_PER_MEMBER; i++) await addressOf(m, { ...BERLIN, street: `Street ${i}` });
    expect(await m.api.errorCode(ADD, { input: BERLIN })).toBe('CONFLICT');
    expect(await m.api.ok(REMOVE, { id: addressId })).toEqual({ removeDeliveryAddress: true });
    expect((await m.api.ok<{ myAddresses: unknown[] }>(LIST)).myAddresses).toHaveLength(MAX_ADDRESSES_PER_MEMBER - 1);
  });
});

describe('an order ships to a copy of one', () => {
  test('the buyer, the supplier and an admin see it; another member does not; the admin\'s read is recorded', async () => {
    server.clock.set(START);
    const buyer = await member();
    const stranger = await member();
    const addressId = await addressOf(buyer);
    const { placeOrder } = await buyer.api.ok<{ placeOrder: { id: string; deliveryAddress: { city: string } } }>(PLACE, { productId: product.id, key: newKey(), addressId });
    expect(placeOrder.deliveryAddress.city).toBe('上海市');

    // Editing or removing the member's address later does not move the parcel.
    await buyer.api.ok(UPDATE, { id: addressId, input: BERLIN });
    await buyer.api.ok(REMOVE, { id: addressId });
    const seenBy = async (m: TestMember) => (await m.api.request<{ order: { deliveryAddress: unknown } | null }>(ORDER, { id: placeOrder.id }));
    for (const party of [buyer, supplier]) {
      expect((await seenBy(party)).data?.order?.deliveryAddress).toEqual({ recipientName: '王小明', phone: '13800138000', city: '上海市', district: '浦东新区', street: '世纪大道 100 号 8 楼' });
    }
    expect((await seenBy(stranger)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const audits = () =>
      server.graph.read(async (tx) =>
        (await tx.run('MATCH (:Member {id: $admin})-[:READ_ADDRESS]->(a:AddressAccess)-[:OF_ORDER]->(:Order {id: $order}) RETURN count(a) AS n', { admin: admin.id, order: placeOrder.id })).records[0]!.get('n') as number,
      );
    expect(await audits()).toBe(0);
    expect((await seenBy(admin)).data?.order?.deliveryAddress).toMatchObject({ city: '上海市' });
    expect(await audits()).toBe(1);
    // The parties' own reads are not audit events.
    await seenBy(buyer);
    expect(await audits()).toBe(1);
  });

  test('another member\'s address cannot be used, and the order is not placed', async () => {
    const buyer = await member();
    const theirs = await addressOf(await member());
    const res = await buyer.api.request(PLACE, { productId: product.id, key: newKey(), addressId: theirs });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveryAddressId' });
    expect(await buyer.api.ok('{ myOrders { edges { cursor } } }')).toEqual({ myOrders: { edges: [] } });
  });

  test('an order without an address still goes through (clients from before addresses)', async () => {
    const buyer = await member();
    const { placeOrder } = await buyer.api.ok<{ placeOrder: { deliveryAddress: unknown } }>(PLACE, { productId: product.id, key: newKey() });
    expect(placeOrder.deliveryAddress).toBeNull();
  });
});

describe('erasure', () => {
  test(`an order's address is erased ${ADDRESS_KEPT_AFTER_RATING_DAYS} days after its rating window closed, not a moment before`, async () => {
    server.clock.set(START);
    const buyer = await member();
    const addressId = await addressOf(buyer);
    const { placeOrder } = await buyer.api.ok<{ placeOrder: { id: string } }>(PLACE, { productId: product.id, key: newKey(), addressId });
    const open = await buyer.api.ok<{ placeOrder: { id: string } }>(PLACE, { productId: product.id, key: newKey(), addressId });
    server.clock.advance(DAY_MS);
    await supplier.api.ok('mutation($id: ID!) { markOrderDelivered(orderId: $id) { id } }', { id: placeOrder.id });
    const deliveredAt = server.clock.now().getTime();

    server.clock.set(new Date(deliveredAt + (RATING_WINDOW_DAYS + ADDRESS_KEPT_AFTER_RATING_DAYS) * DAY_MS - 60_000));
    await eraseOrderAddresses(server.graph, server.clock);
    const order = async (id: string) => (await buyer.api.ok<{ order: { deliveryAddress: unknown; deliveryAddressErasedAt: string | null } }>(ORDER, { id })).order;
    expect((await order(placeOrder.id)).deliveryAddress).not.toBeNull();

    server.clock.advance(60_000);
    const summary = await eraseOrderAddresses(server.graph, server.clock);
    expect(summary.erased).toBeGreaterThanOrEqual(1);
    expect(await order(placeOrder.id)).toMatchObject({ deliveryAddress: null, deliveryAddressErasedAt: server.clock.now().toISOString() });
    expect(await server.graph.read(async (tx) => (await tx.run('MATCH (:Order {id: $id})-[:SHIPS_TO]->(a) RETURN count(a) AS n', { id: placeOrder.id })).records[0]!.get('n'))).toBe(0);
    // Never delivered nor refunded (the auto-confirm job would deliver it): still kept.
    expect((await order(open.placeOrder.id)).deliveryAddress).not.toBeNull();
    // A second run finds nothing more of this order: idempotent.
    await eraseOrderAddresses(server.graph, server.clock);
    expect((await order(placeOrder.id)).deliveryAddressErasedAt).toBe(server.clock.now().toISOString());
    server.clock.set(START);
  });
});
