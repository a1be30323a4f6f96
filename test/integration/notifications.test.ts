// Notifications through the GraphQL API: each cause writes one for its recipient in its own
// transaction (a refused or rolled-back cause writes none), the inbox pages, marks read only the
// recipient's own, and preferences decide which kinds are kept. Commission kinds are checked in
// commissions.test.ts, where the settlement jobs run.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import { expectRefusedWithoutWrites, placeOrder, POST_REC, RATE, REC_TEXT, receivedOrder, recommend, REFUND } from '../support/commerce';
import { notify } from '../../graph/notify';

const START = new Date('2026-09-01T08:00:00Z');

let server: TestServer;
let supplier: TestMember;
let product: TestProduct;
const member = (roles?: ('MEMBER' | 'SUPPLIER' | 'ADMIN')[]) => createMember(server.graph, server.url, { roles, now: new Date(START.getTime() - 30 * 86_400_000) });

beforeAll(async () => {
  server = await startTestServer(START);
  supplier = await member(['MEMBER', 'SUPPLIER']);
  product = await createProduct(server.graph, supplier.id, { now: START });
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const INBOX = `query ($first: Int, $after: String) {
  unreadNotificationCount
  notifications(first: $first, after: $after) {
    edges { cursor node { id kind read link createdAt productTitle trustDelta stars heldUp actor { id handle } } }
    pageInfo { hasNextPage endCursor }
  } }`;
const FOLLOW = 'mutation ($id: ID!) { follow(memberId: $id) { id } }';
const MARK = 'mutation ($id: ID!) { markNotificationRead(id: $id) { id read } }';
const MARK_ALL = 'mutation { markAllNotificationsRead }';
const PREFS = '{ notificationPreferences { kind inApp email } }';
const SET_PREF = 'mutation ($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) { setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) { kind inApp email } }';

interface Note {
  id: string;
  kind: string;
  read: boolean;
  link: string;
  createdAt: string;
  productTitle: string | null;
  trustDelta: number | null;
  stars: number | null;
  heldUp: boolean | null;
  actor: { id: string; handle: string } | null;
}
interface Inbox {
  unreadNotificationCount: number;
  notifications: { edges: { cursor: string; node: Note }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
const inbox = (m: TestMember, vars: { first?: number; after?: string } = {}) => m.api.ok<Inbox>(INBOX, vars);
const kinds = async (m: TestMember) => (await inbox(m, { first: 100 })).notifications.edges.map((e) => e.node.kind);

describe('causes', () => {
  test('a new follower: one notification linking to the follower; following again adds none', async () => {
    const [a, b] = [await member(), await member()];
    await a.api.ok(FOLLOW, { id: b.id });
    server.clock.advance(1000);
    await a.api.ok(FOLLOW, { id: b.id });
    const box = await inbox(b);
    expect(box.unreadNotificationCount).toBe(1);
    expect(box.notifications.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ kind: 'NEW_FOLLOWER', read: false, link: `/m/${a.handle}`, actor: { id: a.id, handle: a.handle } }),
    ]);
    expect(await kinds(a)).toEqual([]);
  });

  test('following an unknown member is refused and notifies nobody', async () => {
    const a = await member();
    const res = await a.api.request(FOLLOW, { id: 'no-such-member' });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await kinds(a)).toEqual([]);
  });

  test('a verdict tells the recommender, with the trust it moved, and links to the recommendation', async () => {
    const author = await member();
    const rec = await recommend(author, supplier, product.id);
    const buyer = await member();
    const order = await receivedOrder(buyer, supplier, product.id, rec.code);
    const rated = await buyer.api.ok<{ rateRecommendation: { trustEvent: { delta: number } | null } }>(RATE, { orderId: order.id, stars: 4, heldUp: true, comment: null });
    const [note] = (await inbox(author)).notifications.edges.map((e) => e.node);
    expect(note).toMatchObject({ kind: 'VERDICT', link: `/r/${rec.code}`, stars: 4, heldUp: true, productTitle: product.title, actor: { id: buyer.id } });
    expect(note!.trustDelta).toBeCloseTo(rated.rateRecommendation.trustEvent?.delta ?? 0, 10);
    // A different verdict on the same order is refused: nothing more is written, no notification.
    await expectRefusedWithoutWrites(server.graph, [author.id, buyer.id],
      () => buyer.api.request(RATE, { orderId: order.id, stars: 1, heldUp: false, comment: null }), 'CONFLICT');
    expect(await kinds(author)).toEqual(['VERDICT']);
  });

  test('a refund that counted against the recommender tells them; the reversed commission too', async () => {
    const author = await member();
    const rec = await recommend(author, supplier, product.id);
    const buyer = await member();
    const order = await receivedOrder(buyer, supplier, product.id, rec.code);
    await supplier.api.ok(REFUND, { orderId: order.id, reason: 'Arrived broken.' });
    const notes = (await inbox(author)).notifications.edges.map((e) => e.node);
    expect(notes.map((n) => n.kind).sort()).toEqual(['COMMISSION_REVERSED', 'REFUND_COUNTED']);
    expect(notes.find((n) => n.kind === 'REFUND_COUNTED')).toMatchObject({ link: `/r/${rec.code}`, productTitle: product.title });
    expect(notes.find((n) => n.kind === 'REFUND_COUNTED')!.trustDelta).toBeLessThan(0);
    expect(notes.find((n) => n.kind === 'COMMISSION_REVERSED')).toMatchObject({ link: '/me/commissions', productTitle: product.title });
    // Refunding again is refused (already refunded) and tells nobody anything new.
    const again = await supplier.api.request(REFUND, { orderId: order.id, reason: 'Again.' });
    expect(again.errors?.[0]?.extensions?.code).toBeDefined();
    expect(await kinds(author)).toHaveLength(2);
  });

  test("a new recommendation reaches its author's followers only; a refused one reaches nobody", async () => {
    const author = await member();
    const [fan, other] = [await member(), await member()];
    await fan.api.ok(FOLLOW, { id: author.id });
    const rec = await recommend(author, supplier, product.id, 5);
    expect((await inbox(fan)).notifications.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ kind: 'NEW_RECOMMENDATION', link: `/r/${rec.code}`, stars: 5, actor: expect.objectContaining({ id: author.id }) }),
    ]);
    expect(await kinds(other)).toEqual([]);
    const twice = await author.api.request(POST_REC, { productId: product.id, stars: 4, text: REC_TEXT });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await kinds(fan)).toEqual(['NEW_RECOMMENDATION']);
  });

  test('three let-downs in a row raise a fraud flag: every admin hears of it, nobody else', async () => {
    const admin = await member(['MEMBER', 'ADMIN']);
    const author = await member();
    const rec = await recommend(author, supplier, product.id);
    for (let i = 0; i < 3; i++) {
      const buyer = await member();
      const order = await receivedOrder(buyer, supplier, product.id, rec.code);
      await buyer.api.ok(RATE, { orderId: order.id, stars: 1, heldUp: false, comment: null });
      server.clock.advance(1000);
    }
    const flagged = (await inbox(admin, { first: 100 })).notifications.edges.map((e) => e.node).filter((n) => n.kind === 'FRAUD_FLAG');
    expect(flagged).toEqual([expect.objectContaining({ kind: 'FRAUD_FLAG', link: '/admin', actor: null })]);
    expect(await kinds(author)).toEqual(['VERDICT', 'VERDICT', 'VERDICT']);
  });

  test('a flag raised again in the same instant is announced once: only a new flag reaches the admins', async () => {
    const admin = await member(['MEMBER', 'ADMIN']);
    const author = await member();
    const rec = await recommend(author, supplier, product.id);
    // Two runs of three let-downs, a verdict that held up between them, with the clock standing
    // still: the second run completes at the same millisecond as the first, so it MERGEs onto the
    // same flag (one flag per recommender and instant) instead of raising another.
    for (const heldUp of [false, false, false, true, false, false, false]) {
      const buyer = await member();
      const order = await receivedOrder(buyer, supplier, product.id, rec.code);
      await buyer.api.ok(RATE, { orderId: order.id, stars: heldUp ? 5 : 1, heldUp, comment: null });
    }
    const { flags, notices } = await server.graph.read(async (tx) =>
      (
        await tx.run(
          `MATCH (f:FraudFlag {kind: 'LET_DOWN_RUN'})-[:FLAGS]->(:Member {id: $author})
           WITH collect(f.id) AS flags
           RETURN flags, COUNT { MATCH (:Member {id: $admin})-[:HAS_NOTIFICATION]->(n:Notification {kind: 'FRAUD_FLAG'}) WHERE n.flagId IN flags } AS notices`,
          { author: author.id, admin: admin.id },
        )
      ).records[0]!.toObject() as { flags: string[]; notices: number },
    );
    expect(flags).toHaveLength(1);
    expect(notices).toBe(1);
    server.clock.advance(1000);
  });

  test('a transaction that rolls back after writing a notification leaves none', async () => {
    const m = await member();
    await expect(
      server.graph.write(async (tx) => {
        await notify(tx, [{ recipientId: m.id, kind: 'NEW_FOLLOWER' }], START.getTime());
        throw new Error('the cause failed after its notification was written');
      }),
    ).rejects.toThrow('the cause failed');
    expect(await kinds(m)).toEqual([]);
  });
});

describe('the inbox', () => {
  test('pages newest first; marks one read (only its recipient can) and then all', async () => {
    const me = await member();
    const followers = [await member(), await member(), await member()];
    for (const f of followers) {
      server.clock.advance(1000);
      await f.api.ok(FOLLOW, { id: me.id });
    }
    const first = await inbox(me, { first: 2 });
    expect(first.unreadNotificationCount).toBe(3);
    expect(first.notifications.edges.map((e) => e.node.actor!.id)).toEqual([followers[2]!.id, followers[1]!.id]);
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const second = await inbox(me, { first: 2, after: first.notifications.pageInfo.endCursor! });
    expect(second.notifications.edges.map((e) => e.node.actor!.id)).toEqual([followers[0]!.id]);
    expect(second.notifications.pageInfo.hasNextPage).toBe(false);

    const oneId = first.notifications.edges[0]!.node.id;
    const stranger = await member();
    const theirs = await stranger.api.request(MARK, { id: oneId });
    expect(theirs.errors?.[0]).toMatchObject({ message: 'That notification was not found.', extensions: { code: 'NOT_FOUND' } });
    expect(await me.api.ok(MARK, { id: oneId })).toEqual({ markNotificationRead: { id: oneId, read: true } });
    expect((await inbox(me)).unreadNotificationCount).toBe(2);
    expect(await me.api.ok(MARK_ALL)).toEqual({ markAllNotificationsRead: 2 });
    const after = await inbox(me);
    expect(after.unreadNotificationCount).toBe(0);
    expect(after.notifications.edges.every((e) => e.node.read)).toBe(true);
  });

  test('signed out, every part of the inbox asks to sign in', async () => {
    const anonymous = new ApiClient(server.url);
    for (const q of ['{ unreadNotificationCount }', '{ notifications { edges { cursor } } }', PREFS, MARK_ALL]) {
      expect((await anonymous.request(q)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('preferences', () => {
  test('defaults: every kind in the inbox, none by email; fraud flags only for admins', async () => {
    const m = await member();
    const prefs = (await m.api.ok<{ notificationPreferences: { kind: string; inApp: boolean; email: boolean }[] }>(PREFS)).notificationPreferences;
    expect(prefs.every((p) => p.inApp && !p.email)).toBe(true);
    expect(prefs.map((p) => p.kind)).not.toContain('FRAUD_FLAG');
    const admin = await member(['MEMBER', 'ADMIN']);
    expect((await admin.api.ok<{ notificationPreferences: { kind: string }[] }>(PREFS)).notificationPreferences.map((p) => p.kind)).toContain('FRAUD_FLAG');
    const refused = await m.api.request(SET_PREF, { kind: 'FRAUD_FLAG', inApp: true, email: true });
    expect(refused.errors?.[0]).toMatchObject({ message: 'Only admins receive this kind of notification.', extensions: { code: 'FORBIDDEN' } });
  });

  test('a kind turned off in the inbox is not kept; turned back on, it is', async () => {
    const [me, a, b] = [await member(), await member(), await member()];
    expect(await me.api.ok(SET_PREF, { kind: 'NEW_FOLLOWER', inApp: false, email: false })).toEqual({
      setNotificationPreference: { kind: 'NEW_FOLLOWER', inApp: false, email: false },
    });
    await a.api.ok(FOLLOW, { id: me.id });
    expect(await kinds(me)).toEqual([]);
    await me.api.ok(SET_PREF, { kind: 'NEW_FOLLOWER', inApp: true, email: false });
    await b.api.ok(FOLLOW, { id: me.id });
    expect(await kinds(me)).toEqual(['NEW_FOLLOWER']);
    const prefs = (await me.api.ok<{ notificationPreferences: { kind: string; inApp: boolean }[] }>(PREFS)).notificationPreferences;
    expect(prefs.find((p) => p.kind === 'NEW_FOLLOWER')).toEqual({ kind: 'NEW_FOLLOWER', inApp: true, email: false });
  });
});

// An order placed but never delivered cannot be rated; the refusal writes no notification.
test('rating an undelivered order is refused and notifies nobody', async () => {
  const author = await member();
  const rec = await recommend(author, supplier, product.id);
  const buyer = await member();
  const order = await placeOrder(buyer.api, product.id, { code: rec.code });
  const res = await buyer.api.request(RATE, { orderId: order.id, stars: 5, heldUp: true, comment: null });
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(await kinds(author)).toEqual([]);
});
