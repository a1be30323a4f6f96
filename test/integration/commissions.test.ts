// Commissions end to end, through the GraphQL API where a client would act and the jobs where
// the scheduler would: sale → PENDING (estimate), delivery, the hold, confirmation with trust at
// confirmation (the buyer's verdict on this very sale counts), payout, refunds before and after
// payment, a fraud hold an admin clears, who may see what — and after every step the audit over
// all live data passes. Corrupting the graph makes the audit fail, naming the violation.
//
// One file on purpose: the jobs and the audit read the whole database, so these steps must not
// interleave with each other. The clock starts in 2027, after every other integration file's
// (2025, 2026), so the confirmation job never reaches another file's sales.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, createProduct, type TestMember, type TestProduct } from '../support/factories';
import { expectRefusedWithoutWrites, MARK_DELIVERED, placeOrder, RATE, recommend, REFUND, vouchFor, type OrderView, type RecView } from '../support/commerce';
import { pastReshareStep } from '../support/privileges';
import {
  CLEAR_FLAG,
  COMMISSION,
  commissionIdOf,
  expectAuditPasses,
  FRAUD_FLAGS,
  ledgerCount,
  MY_COMMISSIONS,
  MY_HELD_TOTAL,
  MY_TOTALS,
  PAYOUTS,
  raiseFlag,
  SUPPLIER_OWED,
  trustOf,
  type CommissionView,
  type Totals,
} from '../support/commissions';
import { confirmCommissions } from '../../server/jobs/commissions-confirm';
import { runPayouts } from '../../server/jobs/payouts';
import { auditLiveData } from '../../server/jobs/audit';
import { reverseSaleCommission } from '../../graph/commissions';
import { commissionPool, holdDays, splitCommission } from '../../server/domain/commission';

const START = new Date('2027-03-01T08:00:00Z');
const DAY = 86_400_000;
const HOLD = holdDays() * DAY;

let server: TestServer;
let supplier: TestMember;
let otherSupplier: TestMember;
let admin: TestMember;
let stranger: TestMember;
let product: TestProduct;
const anonymous = () => new ApiClient(server.url);
// Members of a month's standing: their verdicts are past the probation week (docs/trust-model.md,
// "Evidence has a cost"), so a verified buyer's verdict vouches for the recommender it rates.
const member = (opts: { roles?: ('MEMBER' | 'SUPPLIER' | 'ADMIN')[]; verified?: boolean } = {}) =>
  createMember(server.graph, server.url, { roles: opts.roles, verified: opts.verified, now: new Date(START.getTime() - 30 * DAY) });

beforeAll(async () => {
  server = await startTestServer(START);
  supplier = await member({ roles: ['MEMBER', 'SUPPLIER'] });
  otherSupplier = await member({ roles: ['MEMBER', 'SUPPLIER'] });
  admin = await member({ roles: ['MEMBER', 'ADMIN'] });
  stranger = await member();
  product = await createProduct(server.graph, supplier.id, { priceMinor: 19_900, commissionRateBps: 1200, now: START });
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

/** A fresh recommender with a live recommendation of the product. */
async function recommender(): Promise<{ author: TestMember; rec: RecView }> {
  const author = await member();
  return { author, rec: await recommend(author, supplier, product.id) };
}

const deliver = (order: OrderView) => supplier.api.ok(MARK_DELIVERED, { orderId: order.id });
const commissionAs = async (viewer: TestMember, id: string) =>
  (await viewer.api.ok<{ commission: CommissionView }>(COMMISSION, { id })).commission;
const totalsOf = async (viewer: TestMember) => (await viewer.api.ok<{ myCommissionTotals: Totals }>(MY_TOTALS)).myCommissionTotals;
const rate = (buyer: TestMember, order: OrderView, heldUp: boolean) =>
  buyer.api.ok(RATE, { orderId: order.id, stars: heldUp ? 5 : 1, heldUp, comment: null });

/** The member's commission notifications, newest first, as "KIND link". */
async function commissionNotices(m: TestMember): Promise<string[]> {
  type Inbox = { notifications: { edges: { node: { kind: string; link: string } }[] } };
  const inbox = await m.api.ok<Inbox>('{ notifications(first: 100) { edges { node { kind link } } } }');
  return inbox.notifications.edges.map((e) => `${e.node.kind} ${e.node.link}`).filter((k) => k.startsWith('COMMISSION_'));
}

async function openedCommission(orderId: string): Promise<string> {
  const id = await commissionIdOf(server.graph, orderId);
  if (!id) throw new Error(`order ${orderId} opened no commission`);
  return id;
}

/** What the domain says a lone author's share is at this trust. */
const authorAlone = (poolMinor: number, authorId: string, trust: number) =>
  splitCommission(poolMinor, [{ memberId: authorId, role: 'AUTHOR', trust }]).shares[0]!.amountMinor;

describe('at the sale', () => {
  test('a sale through a re-shared recommendation opens one PENDING commission with an estimate for both', async () => {
    const { author, rec } = await recommender();
    const resharer = await member();
    await pastReshareStep(server.graph, resharer, server.clock.now());
    const buyer = await member();
    const [authorTrust, resharerTrust] = [await trustOf(server.graph, author.id), await trustOf(server.graph, resharer.id)];
    const order = await placeOrder(buyer.api, product.id, { quantity: 2, code: rec.code, resharer: resharer.handle });
    const id = await openedCommission(order.id);

    const pool = commissionPool(19_900, 2, 1200);
    const expected = splitCommission(pool, [
      { memberId: author.id, role: 'AUTHOR', trust: authorTrust },
      { memberId: resharer.id, role: 'RESHARER', trust: resharerTrust },
    ]).shares;
    const asAuthor = await commissionAs(author, id);
    expect(asAuthor).toMatchObject({ status: 'PENDING', poolMinor: 4776, currency: 'CNY', onHold: false, deliveredAt: null, confirmedAt: null });
    expect(asAuthor.myShare).toMatchObject({ role: 'AUTHOR', estimated: true, amountMinor: expected[0]!.amountMinor, baseShareBps: 8000 });
    expect(asAuthor.shares.map((s) => s.member.id)).toEqual([author.id]); // a member sees only their own share
    expect(asAuthor.explanation).toMatchObject({ estimated: true, trustAtConfirmation: null, amountMinor: expected[0]!.amountMinor });
    // The breakdown starts from the order: 2 × ¥199.00 at the product's 12% makes the pool.
    expect(asAuthor).toMatchObject({ orderTotalMinor: 39_800, commissionRateBps: 1200, heldSince: null, holdReasons: [] });
    expect(asAuthor.explanation).toMatchObject({ orderTotalMinor: 39_800, commissionRateBps: 1200, reversed: false });
    expect(asAuthor.explanation!.text).toMatch(/^Order ¥398\.00 × rate 12\.00% = pool ¥47\.76; pool × author base 80\.00% × trust factor/);
    const asResharer = await commissionAs(resharer, id);
    expect(asResharer.myShare).toMatchObject({ role: 'RESHARER', amountMinor: expected[1]!.amountMinor, baseShareBps: 2000 });

    expect(await totalsOf(author)).toEqual({ pendingMinor: expected[0]!.amountMinor, confirmedMinor: 0, paidMinor: 0, owedMinor: 0 });
    const mine = (await author.api.ok<{ myCommissions: { edges: { node: CommissionView }[] } }>(MY_COMMISSIONS, { status: 'PENDING' })).myCommissions;
    expect(mine.edges.map((e) => e.node.id)).toEqual([id]);
    // The buyer earns nothing from their own purchase and sees no commission.
    expect((await buyer.api.ok<{ myCommissions: { edges: unknown[] } }>(MY_COMMISSIONS)).myCommissions.edges).toEqual([]);
    expect(await buyer.api.errorCode(COMMISSION, { id })).toBe('FORBIDDEN');
    await expectAuditPasses(server.graph);
  });

  test('no commission on a self-purchase, and the buyer\'s inviters never earn from the buyer', async () => {
    const { author, rec } = await recommender();
    const own = await placeOrder(author.api, product.id, { code: rec.code });
    expect(await commissionIdOf(server.graph, own.id)).toBeUndefined();

    // The buyer was invited by the author (two levels up) and by the re-sharer (one level up).
    const resharer = await member();
    await pastReshareStep(server.graph, resharer, server.clock.now());
    const recruit = await member();
    await server.graph.write((tx) =>
      tx.run(
        `MATCH (b:Member {id: $buyer}), (r:Member {id: $resharer}), (a:Member {id: $author})
         CREATE (b)-[:INVITED_BY {at: 0}]->(r)-[:INVITED_BY {at: 0}]->(a)`,
        { buyer: recruit.id, resharer: resharer.id, author: author.id },
      ),
    );
    const recruited = await placeOrder(recruit.api, product.id, { code: rec.code, resharer: resharer.handle });
    expect(await commissionIdOf(server.graph, recruited.id)).toBeUndefined();
    expect(await ledgerCount(server.graph, author.id)).toBe(0);
    expect(await ledgerCount(server.graph, resharer.id)).toBe(0);

    // The author invited the re-sharer, not this buyer: only the buyer's chain is excluded, so both earn.
    const other = await member();
    const viaInviter = await placeOrder(other.api, product.id, { code: rec.code, resharer: resharer.handle });
    const id = await openedCommission(viaInviter.id);
    expect((await commissionAs(author, id)).myShare?.role).toBe('AUTHOR');
    expect((await commissionAs(resharer, id)).myShare?.role).toBe('RESHARER');
    await expectAuditPasses(server.graph);
  });
});

describe('the lifecycle', () => {
  // Two recommenders with equal trust, two sales, two verdicts: held up vs did not hold up.
  let good: { author: TestMember; rec: RecView };
  let bad: { author: TestMember; rec: RecView };
  let goodBuyer: TestMember;
  let badBuyer: TestMember;
  let goodOrder: OrderView;
  let badOrder: OrderView;
  let goodId: string;
  let badId: string;
  let goodConfirmed: CommissionView;

  beforeAll(async () => {
    good = await recommender();
    bad = await recommender();
    goodBuyer = await member({ verified: true });
    badBuyer = await member({ verified: true });
  });

  test('delivery starts the hold; the buyers give their verdicts; nothing confirms before the hold is over', async () => {
    goodOrder = await placeOrder(goodBuyer.api, product.id, { code: good.rec.code });
    badOrder = await placeOrder(badBuyer.api, product.id, { code: bad.rec.code });
    [goodId, badId] = [await openedCommission(goodOrder.id), await openedCommission(badOrder.id)];
    const estimateGood = (await commissionAs(good.author, goodId)).myShare!.amountMinor;
    expect((await commissionAs(bad.author, badId)).myShare!.amountMinor).toBe(estimateGood);

    server.clock.advance(DAY);
    await deliver(goodOrder);
    await deliver(badOrder);
    const delivered = await commissionAs(good.author, goodId);
    expect(delivered.status).toBe('PENDING');
    expect(delivered.deliveredAt).toBe(server.clock.now().toISOString());
    expect(delivered.confirmableAt).toBe(new Date(server.clock.now().getTime() + HOLD).toISOString());

    await rate(goodBuyer, goodOrder, true);
    await rate(badBuyer, badOrder, false);
    expect(await trustOf(server.graph, good.author.id)).toBeGreaterThan(await trustOf(server.graph, bad.author.id));

    server.clock.advance(HOLD - 60_000); // one minute short of the hold
    await confirmCommissions(server.graph, server.clock);
    expect((await commissionAs(good.author, goodId)).status).toBe('PENDING');
    expect((await commissionAs(bad.author, badId)).status).toBe('PENDING');
    await expectAuditPasses(server.graph);
  });

  test('after the hold the split uses trust at confirmation: the verdict on this sale counts', async () => {
    server.clock.advance(60_000);
    const summary = await confirmCommissions(server.graph, server.clock);
    expect(summary.confirmed).toBeGreaterThanOrEqual(2);
    expect(summary.failed).toEqual([]);

    const pool = commissionPool(19_900, 1, 1200);
    goodConfirmed = await commissionAs(good.author, goodId);
    const badConfirmed = await commissionAs(bad.author, badId);
    const [goodTrust, badTrust] = [await trustOf(server.graph, good.author.id), await trustOf(server.graph, bad.author.id)];
    expect(goodConfirmed).toMatchObject({ status: 'CONFIRMED', confirmedAt: server.clock.now().toISOString() });
    expect(goodConfirmed.explanation).toMatchObject({ estimated: false, trustAtConfirmation: goodTrust, poolMinor: pool });
    expect(badConfirmed.explanation).toMatchObject({ estimated: false, trustAtConfirmation: badTrust });
    expect(goodConfirmed.myShare!.amountMinor).toBe(authorAlone(pool, good.author.id, goodTrust));
    expect(badConfirmed.myShare!.amountMinor).toBe(authorAlone(pool, bad.author.id, badTrust));
    expect(goodConfirmed.myShare!.amountMinor).toBeGreaterThan(badConfirmed.myShare!.amountMinor);
    expect(goodConfirmed.retainedMinor).toBe(pool - goodConfirmed.myShare!.amountMinor);
    expect(goodConfirmed.explanation!.text).toContain('at confirmation');

    expect(await totalsOf(good.author)).toEqual({ pendingMinor: 0, confirmedMinor: goodConfirmed.myShare!.amountMinor, paidMinor: 0, owedMinor: 0 });
    const owed = (await supplier.api.ok<{ supplierCommissionsOwed: { owedMinor: number; byProduct: { product: { id: string }; owedMinor: number }[] } }>(SUPPLIER_OWED))
      .supplierCommissionsOwed;
    expect(owed.byProduct.find((p) => p.product.id === product.id)!.owedMinor).toBeGreaterThanOrEqual(
      goodConfirmed.myShare!.amountMinor + badConfirmed.myShare!.amountMinor,
    );
    const otherOwed = (await otherSupplier.api.ok<{ supplierCommissionsOwed: { owedMinor: number } }>(SUPPLIER_OWED)).supplierCommissionsOwed;
    expect(otherOwed.owedMinor).toBe(0);

    // Idempotent: a second run confirms nothing of ours and writes no ledger line.
    const entries = await ledgerCount(server.graph, good.author.id);
    await confirmCommissions(server.graph, server.clock);
    expect(await ledgerCount(server.graph, good.author.id)).toBe(entries);
    expect((await commissionAs(good.author, goodId)).confirmedAt).toBe(goodConfirmed.confirmedAt);
    await expectAuditPasses(server.graph);
  });

  test('a payout pays confirmed commissions: PAID, the ledger and the totals follow, history per viewer', async () => {
    server.clock.advance(DAY);
    const payout = await runPayouts(server.graph, server.clock);
    expect(payout.payoutId).not.toBeNull();
    const amount = goodConfirmed.myShare!.amountMinor;
    expect(payout.lines.find((l) => l.memberId === good.author.id)).toMatchObject({ grossMinor: amount, netMinor: amount, recoveredMinor: 0 });

    expect(await commissionAs(good.author, goodId)).toMatchObject({ status: 'PAID', paidAt: server.clock.now().toISOString() });
    expect(await totalsOf(good.author)).toEqual({ pendingMinor: 0, confirmedMinor: 0, paidMinor: amount, owedMinor: 0 });

    type Page = { payouts: { edges: { node: { id: string; totalNetMinor: number; lines: { member: { id: string }; netMinor: number }[] } }[] } };
    const own = (await good.author.api.ok<Page>(PAYOUTS, { first: 10 })).payouts.edges;
    expect(own).toHaveLength(1);
    expect(own[0]!.node).toMatchObject({ id: payout.payoutId, totalNetMinor: amount, lines: [{ member: { id: good.author.id }, netMinor: amount }] });
    const all = (await admin.api.ok<Page>(PAYOUTS, { first: 10 })).payouts.edges.find((e) => e.node.id === payout.payoutId)!.node;
    expect(all.totalNetMinor).toBe(payout.totalNetMinor);
    expect(all.lines.map((l) => l.member.id)).toContain(good.author.id);
    // The bad recommender's only verdict is a let-down: no vouched standing (rank key 0), so
    // commission trust 0, and nothing to pay (docs/trust-model.md, commissionTrust).
    expect(all.lines.map((l) => l.member.id)).not.toContain(bad.author.id);
    expect((await stranger.api.ok<Page>(PAYOUTS, { first: 10 })).payouts.edges.some((e) => e.node.id === payout.payoutId)).toBe(false);

    // Nothing left to pay: a second batch pays none of ours.
    const again = await runPayouts(server.graph, server.clock);
    expect(again.lines.some((l) => l.memberId === good.author.id)).toBe(false);
    // The recommender was told at each step, in the transaction that made it (docs/notifications.md).
    const told = await commissionNotices(good.author);
    expect(told).toEqual(expect.arrayContaining(['COMMISSION_CONFIRMED /me/commissions', 'COMMISSION_PAID /me/commissions']));
    expect(told.filter((k) => k.startsWith('COMMISSION_PAID'))).toHaveLength(1);
    await expectAuditPasses(server.graph);
  });

  test('a refund before payment reverses the commission and nothing is ever paid for it', async () => {
    const order = await placeOrder(goodBuyer.api, product.id, { code: good.rec.code });
    const id = await openedCommission(order.id);
    const before = await totalsOf(good.author);
    expect(before.pendingMinor).toBeGreaterThan(0);
    await deliver(order);
    await supplier.api.ok(REFUND, { orderId: order.id, reason: 'Arrived broken.' });
    const reversed = await commissionAs(good.author, id);
    expect(reversed).toMatchObject({ status: 'REVERSED', reversedFrom: 'PENDING', reversedAt: server.clock.now().toISOString() });
    // No longer an estimate of anything: reversed, and the sentence says so.
    expect(reversed.myShare!.estimated).toBe(false);
    expect(reversed.explanation).toMatchObject({ estimated: false, reversed: true, trustAtConfirmation: null });
    expect(reversed.explanation!.text).toMatch(/\(trust \d+\.\d at the sale\) = .* Reversed by a refund: not owed\.$/);
    expect(await totalsOf(good.author)).toEqual({ ...before, pendingMinor: 0 });

    server.clock.advance(HOLD + DAY);
    await confirmCommissions(server.graph, server.clock);
    const payout = await runPayouts(server.graph, server.clock);
    expect(payout.lines.some((l) => l.memberId === good.author.id)).toBe(false);
    expect((await commissionAs(good.author, id)).status).toBe('REVERSED');
    expect(await totalsOf(good.author)).toEqual({ ...before, pendingMinor: 0 });
    await expectAuditPasses(server.graph);
  });

  test('a refund after payment reverses it and the clawback is netted in the next payout', async () => {
    // The hold outlasts the refund window, so the API cannot refund a paid sale today; the hook
    // handles it all the same (a chargeback, or a longer refund window tomorrow).
    const paid = goodConfirmed.myShare!.amountMinor;
    await server.graph.write((tx) => reverseSaleCommission(tx, goodOrder.id, server.clock.now()));
    const clawedBack = await commissionAs(good.author, goodId);
    expect(clawedBack).toMatchObject({ status: 'REVERSED', reversedFrom: 'PAID', myShare: { estimated: false }, explanation: { estimated: false, reversed: true } });
    expect(clawedBack.explanation!.text).toMatch(/at confirmation\) = .* Reversed by a refund: owed back from your next payouts\.$/);
    expect(await totalsOf(good.author)).toEqual({ pendingMinor: 0, confirmedMinor: 0, paidMinor: paid, owedMinor: paid });
    await expectAuditPasses(server.graph);

    // A bigger sale later: its payout first recovers the debt, then pays the rest.
    const order = await placeOrder(goodBuyer.api, product.id, { code: good.rec.code, quantity: 3 });
    const id = await openedCommission(order.id);
    await deliver(order);
    server.clock.advance(HOLD);
    await confirmCommissions(server.graph, server.clock);
    const gross = (await commissionAs(good.author, id)).myShare!.amountMinor;
    expect(gross).toBeGreaterThan(paid);
    const payout = await runPayouts(server.graph, server.clock);
    expect(payout.lines.find((l) => l.memberId === good.author.id)).toMatchObject({
      grossMinor: gross,
      owedBeforeMinor: paid,
      recoveredMinor: paid,
      netMinor: gross - paid,
      carriedOwedMinor: 0,
    });
    expect((await commissionAs(good.author, id)).status).toBe('PAID');
    expect(await totalsOf(good.author)).toEqual({ pendingMinor: 0, confirmedMinor: 0, paidMinor: gross, owedMinor: 0 });
    await expectAuditPasses(server.graph);
  });
});

describe('fraud hold', () => {
  test('a flagged beneficiary\'s commission waits PENDING until an admin clears the flag', async () => {
    const { author, rec } = await recommender();
    const buyer = await member();
    const order = await placeOrder(buyer.api, product.id, { code: rec.code });
    const id = await openedCommission(order.id);
    await deliver(order);
    const flagId = await raiseFlag(server.graph, [author.id], server.clock.now());
    server.clock.advance(HOLD);

    const summary = await confirmCommissions(server.graph, server.clock);
    expect(summary.held).toBeGreaterThanOrEqual(1);
    expect(await commissionNotices(author)).toEqual(['COMMISSION_HELD /me/commissions']);
    const held = await commissionAs(author, id);
    expect(held).toMatchObject({ status: 'PENDING', onHold: true, heldSince: server.clock.now().toISOString() });
    // Why it waits, for the one who earns it: the flag's kind, when it was raised, that it is on them.
    expect(held.holdReasons).toEqual([{ kind: 'RECIPROCAL', raisedAt: new Date(server.clock.now().getTime() - HOLD).toISOString(), onViewer: true, status: 'OPEN' }]);
    const heldTotal = (await author.api.ok<{ myCommissionTotals: { pendingMinor: number; onHoldMinor: number } }>(MY_HELD_TOTAL)).myCommissionTotals;
    expect(heldTotal).toEqual({ pendingMinor: held.myShare!.amountMinor, onHoldMinor: held.myShare!.amountMinor });
    const heldOnly = (await author.api.ok<{ myCommissions: { edges: { node: CommissionView }[] } }>(MY_COMMISSIONS, { onHold: true })).myCommissions;
    expect(heldOnly.edges.map((e) => e.node.id)).toEqual([id]);
    expect((await stranger.api.ok<{ myCommissions: { edges: unknown[] } }>(MY_COMMISSIONS, { onHold: true })).myCommissions.edges).toEqual([]);
    await runPayouts(server.graph, server.clock);
    expect((await commissionAs(author, id)).status).toBe('PENDING');
    expect((await totalsOf(author)).paidMinor).toBe(0);
    await expectAuditPasses(server.graph);

    type Flags = { fraudFlags: { edges: { node: { id: string; status: string; members: { id: string }[]; heldCommissionCount: number } }[] } };
    const open = (await admin.api.ok<Flags>(FRAUD_FLAGS, { status: 'OPEN', first: 100 })).fraudFlags.edges.map((e) => e.node);
    expect(open.find((f) => f.id === flagId)).toMatchObject({ status: 'OPEN', members: [{ id: author.id }], heldCommissionCount: 1 });

    // Only an admin may clear it; a refusal writes nothing.
    await expectRefusedWithoutWrites(server.graph, [author.id], () => author.api.request(CLEAR_FLAG, { id: flagId, note: 'It is fine.' }), 'FORBIDDEN');
    await expectRefusedWithoutWrites(server.graph, [author.id], () => anonymous().request(CLEAR_FLAG, { id: flagId, note: 'It is fine.' }), 'UNAUTHENTICATED');
    await expectRefusedWithoutWrites(server.graph, [author.id], () => admin.api.request(CLEAR_FLAG, { id: flagId, note: '' }), 'BAD_USER_INPUT');

    const cleared = await admin.api.ok<{ clearFraudFlag: { releasedCommissions: number; flag: { status: string; clearedBy: { id: string }; note: string } } }>(
      CLEAR_FLAG,
      { id: flagId, note: 'Reviewed: two honest friends, not a ring.' },
    );
    expect(cleared.clearFraudFlag).toMatchObject({
      releasedCommissions: 1,
      flag: { status: 'CLEARED', clearedBy: { id: admin.id }, note: 'Reviewed: two honest friends, not a ring.' },
    });
    expect(await commissionAs(author, id)).toMatchObject({ status: 'PENDING', onHold: false, heldSince: null, holdReasons: [] });
    expect((await author.api.ok<{ myCommissionTotals: { onHoldMinor: number } }>(MY_HELD_TOTAL)).myCommissionTotals.onHoldMinor).toBe(0);
    expect(await admin.api.errorCode(CLEAR_FLAG, { id: flagId, note: 'Again.' })).toBe('CONFLICT');
    // Cleared flags come after open ones.
    const all = (await admin.api.ok<Flags>(FRAUD_FLAGS, { first: 100 })).fraudFlags.edges.map((e) => e.node.status);
    expect(all.indexOf('CLEARED')).toBeGreaterThan(all.lastIndexOf('OPEN'));

    await confirmCommissions(server.graph, server.clock);
    expect((await commissionAs(author, id)).status).toBe('CONFIRMED');
    // Both, once each (the test clock may give them the same instant, so their order is not asserted).
    expect((await commissionNotices(author)).sort()).toEqual(['COMMISSION_CONFIRMED /me/commissions', 'COMMISSION_HELD /me/commissions']);
    await expectAuditPasses(server.graph);
  });
});

const UPHOLD_FLAG = `
  mutation ($id: ID!, $note: String!) {
    upholdFraudFlag(id: $id, note: $note) { flag { id status upheldAt upheldBy { id } note clearedAt heldCommissionCount } }
  }`;
const FLAG_EVIDENCE = `
  query ($status: FraudFlagStatus) {
    fraudFlags(status: $status, first: 10) {
      edges { node { id status evidence { orderId outcome stars at product { id } rater { id } recommender { id } } } }
    }
  }`;
const UNDER_REVIEW = 'query ($id: ID!) { member(id: $id) { underReview } }';
type Evidence = { orderId: string; outcome: string; stars: number | null; at: string; product: { id: string }; rater: { id: string }; recommender: { id: string } };

describe('fraud review: evidence, uphold, under review', () => {
  test('a reciprocal pair\'s flag shows the verdicts it was drawn from; upholding keeps the hold and records who and when', async () => {
    // Two members rate each other's recommendations (the pattern), and a refund on one of them.
    const a = await recommender();
    const b = await recommender();
    const aBuys = await placeOrder(b.author.api, product.id, { code: a.rec.code });
    const bBuys = await placeOrder(a.author.api, product.id, { code: b.rec.code });
    const refunded = await placeOrder(b.author.api, product.id, { code: a.rec.code });
    await deliver(aBuys);
    await deliver(bBuys);
    await rate(b.author, aBuys, true);
    await rate(a.author, bBuys, false);
    await supplier.api.ok(REFUND, { orderId: refunded.id, reason: 'Never arrived.' });
    const raisedAt = server.clock.now();
    const flagId = await raiseFlag(server.graph, [a.author.id, b.author.id], raisedAt);
    const id = await openedCommission(aBuys.id);

    // A verdict after the raising is not what the detector saw: it is not evidence.
    server.clock.advance(60_000);
    const later = await placeOrder(b.author.api, product.id, { code: a.rec.code });
    await deliver(later);
    await rate(b.author, later, true);

    type Flags = { fraudFlags: { edges: { node: { id: string; status: string; evidence: Evidence[] } }[] } };
    const listed = (await admin.api.ok<Flags>(FLAG_EVIDENCE, { status: 'OPEN' })).fraudFlags.edges.find((e) => e.node.id === flagId)!.node;
    const at = raisedAt.toISOString();
    expect(listed.evidence).toEqual(expect.arrayContaining([
      { orderId: refunded.id, outcome: 'REFUNDED', stars: null, at, product: { id: product.id }, rater: { id: b.author.id }, recommender: { id: a.author.id } },
      { orderId: aBuys.id, outcome: 'HELD_UP', stars: 5, at, product: { id: product.id }, rater: { id: b.author.id }, recommender: { id: a.author.id } },
      { orderId: bBuys.id, outcome: 'LET_DOWN', stars: 1, at, product: { id: product.id }, rater: { id: a.author.id }, recommender: { id: b.author.id } },
    ]));
    expect(listed.evidence).toHaveLength(3);

    // Only an admin sees that a member is under review; the member themself does not.
    expect((await admin.api.ok<{ member: { underReview: boolean | null } }>(UNDER_REVIEW, { id: a.author.id })).member.underReview).toBe(true);
    expect((await admin.api.ok<{ member: { underReview: boolean | null } }>(UNDER_REVIEW, { id: stranger.id })).member.underReview).toBe(false);
    expect((await a.author.api.ok<{ member: { underReview: boolean | null } }>(UNDER_REVIEW, { id: a.author.id })).member.underReview).toBeNull();
    expect((await anonymous().ok<{ member: { underReview: boolean | null } }>(UNDER_REVIEW, { id: a.author.id })).member.underReview).toBeNull();

    // Upheld: the decision is kept (who, when, why), the commission stays on hold through the runs.
    await expectRefusedWithoutWrites(server.graph, [a.author.id], () => a.author.api.request(UPHOLD_FLAG, { id: flagId, note: 'It is fine.' }), 'FORBIDDEN');
    const upheld = (await admin.api.ok<{ upholdFraudFlag: { flag: Record<string, unknown> } }>(UPHOLD_FLAG, { id: flagId, note: 'They only rate each other.' })).upholdFraudFlag.flag;
    expect(upheld).toMatchObject({ status: 'UPHELD', upheldAt: server.clock.now().toISOString(), upheldBy: { id: admin.id }, note: 'They only rate each other.', clearedAt: null });
    expect(await admin.api.errorCode(UPHOLD_FLAG, { id: flagId, note: 'Again.' })).toBe('CONFLICT');
    // No longer open: the mark (an open review) goes; the hold (the decision) stays.
    expect((await admin.api.ok<{ member: { underReview: boolean } }>(UNDER_REVIEW, { id: a.author.id })).member.underReview).toBe(false);
    server.clock.advance(HOLD);
    await confirmCommissions(server.graph, server.clock);
    const held = await commissionAs(a.author, id);
    expect(held).toMatchObject({ status: 'PENDING', onHold: true });
    expect(held.holdReasons).toEqual([{ kind: 'RECIPROCAL', raisedAt: at, onViewer: true, status: 'UPHELD' }]);
    await runPayouts(server.graph, server.clock);
    expect((await commissionAs(a.author, id)).status).toBe('PENDING');
    const upheldList = (await admin.api.ok<Flags>(FLAG_EVIDENCE, { status: 'UPHELD' })).fraudFlags.edges.map((e) => e.node.id);
    expect(upheldList).toContain(flagId);

    // On an appeal an upheld flag can still be cleared, and then the hold is lifted.
    const cleared = await admin.api.ok<{ clearFraudFlag: { releasedCommissions: number; flag: { status: string } } }>(CLEAR_FLAG, { id: flagId, note: 'Appeal: they are flatmates.' });
    // Both members' held sales: a's two (the refunded one is reversed, not held) and b's one.
    expect(cleared.clearFraudFlag).toMatchObject({ releasedCommissions: 3, flag: { status: 'CLEARED' } });
    expect(await commissionAs(a.author, id)).toMatchObject({ onHold: false, holdReasons: [] });
    await expectAuditPasses(server.graph);
  });
});

describe('who may see what', () => {
  test('anonymous, other members and non-admins are refused', async () => {
    const some = await server.graph.read(async (tx) =>
      (await tx.run('MATCH (c:Commission)-[:FOR_ORDER]->(:Order)-[:OF]->(:Product {id: $id}) RETURN c.id AS id LIMIT 1', { id: product.id })).records[0]!.get('id') as string,
    );
    expect(await anonymous().errorCode(MY_COMMISSIONS)).toBe('UNAUTHENTICATED');
    expect(await anonymous().errorCode(MY_TOTALS)).toBe('UNAUTHENTICATED');
    expect(await anonymous().errorCode(COMMISSION, { id: some })).toBe('UNAUTHENTICATED');
    expect(await anonymous().errorCode(PAYOUTS)).toBe('UNAUTHENTICATED');
    expect(await anonymous().errorCode(FRAUD_FLAGS)).toBe('UNAUTHENTICATED');
    expect(await stranger.api.errorCode(COMMISSION, { id: some })).toBe('FORBIDDEN');
    expect(await stranger.api.errorCode(SUPPLIER_OWED)).toBe('FORBIDDEN');
    expect(await stranger.api.errorCode(FRAUD_FLAGS)).toBe('FORBIDDEN');
    expect(await supplier.api.errorCode(FRAUD_FLAGS)).toBe('FORBIDDEN');
    expect(await stranger.api.ok(MY_TOTALS)).toEqual({ myCommissionTotals: { pendingMinor: 0, confirmedMinor: 0, paidMinor: 0, owedMinor: 0 } });
    // An admin sees any commission with every share.
    expect((await commissionAs(admin, some)).shares.length).toBeGreaterThan(0);
  });
});

describe('the audit', () => {
  const runCli = () =>
    promisify(execFile)('npm', ['run', '--silent', 'audit'], {
      env: { ...process.env, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused' },
      timeout: 120_000,
    }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code?: number; stdout?: string }) => ({ code: e.code ?? -1, stdout: e.stdout ?? '' }),
    );

  test('a corrupted ledger entry fails it, naming the member; restored, it passes (also as `npm run audit`)', async () => {
    const { author, rec } = await recommender();
    // A record with vouched standing earns, so its pending commission has a ledger entry to corrupt.
    await vouchFor(server.graph, server.url, supplier, product.id, rec, { now: server.clock.now(), times: 1 });
    const order = await placeOrder((await member()).api, product.id, { code: rec.code });
    await openedCommission(order.id);
    const bump = (by: number) =>
      server.graph.write((tx) =>
        tx.run('MATCH (:Member {id: $id})-[:HAS_LEDGER_ENTRY]->(e:LedgerEntry) SET e.amountMinor = e.amountMinor + $by', { id: author.id, by }),
      );
    await bump(7);
    try {
      const report = await auditLiveData(server.graph);
      expect(report.passed).toBe(false);
      expect(report.violations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'BALANCE_MISMATCH', memberId: author.id }),
          expect.objectContaining({ code: 'LEDGER_COMMISSION_MISMATCH', memberId: author.id }),
        ]),
      );
      const cli = await runCli();
      expect(cli.code).not.toBe(0);
      expect(cli.stdout).toMatch(/audit FAILED/);
      expect(cli.stdout).toContain(`BALANCE_MISMATCH: pendingMinor of ${author.id}`);
    } finally {
      await bump(-7);
    }
    await expectAuditPasses(server.graph);
    const cli = await runCli();
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/^audit passed: \d+ commission\(s\)/);
  });

  test('a third beneficiary written into a sale fails it with TOO_MANY_BENEFICIARIES; removed, it passes', async () => {
    const { author, rec } = await recommender();
    const resharer = await member();
    await pastReshareStep(server.graph, resharer, server.clock.now());
    const order = await placeOrder((await member()).api, product.id, { code: rec.code, resharer: resharer.handle });
    const id = await openedCommission(order.id);
    await server.graph.write((tx) =>
      tx.run(
        `MATCH (c:Commission {id: $id}), (m:Member {id: $intruder})
         CREATE (c)-[:HAS_SHARE]->(:CommissionShare {commissionId: $id, kind: 'ESTIMATE', memberId: $intruder, role: 'RESHARER',
           amountMinor: 1, trust: 50.0, baseBps: 2000, trustFactorBps: 5000, weightBps: 1000, intruder: true})-[:TO]->(m)`,
        { id, intruder: stranger.id },
      ),
    );
    try {
      const report = await auditLiveData(server.graph);
      expect(report.violations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'TOO_MANY_BENEFICIARIES', saleId: order.id }),
          expect.objectContaining({ code: 'PAID_TO_NON_BENEFICIARY', memberId: stranger.id }),
        ]),
      );
    } finally {
      await server.graph.write((tx) => tx.run('MATCH (s:CommissionShare {commissionId: $id, intruder: true}) DETACH DELETE s', { id }));
    }
    await expectAuditPasses(server.graph);
    expect((await commissionAs(author, id)).status).toBe('PENDING');
  });
});
