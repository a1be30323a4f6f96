// Community flags through the GraphQL API against the real Neo4j: who may flag (the FLAG step,
// stated in the refusal in both languages), one flag per member per recommendation, review items
// raised by the flags' summed weight, the admin's decision, a flag never moving trust, and the
// privilege suspended after three dismissed flags in 90 days and restored after.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, createProduct, type TestMember } from '../support/factories';
import { recommend, type RecView } from '../support/commerce';
import { FLAG, FLAG_TEXT, giveTrust, RESOLVE, REVIEWS } from '../support/privileges';

const DAY = 86_400_000;
let server: TestServer;
let supplier: TestMember;
let admin: TestMember;
let productId: string;

beforeAll(async () => {
  server = await startTestServer();
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  admin = await createMember(server.graph, server.url, { roles: ['MEMBER', 'ADMIN'] });
  productId = (await createProduct(server.graph, supplier.id)).id;
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const member = () => createMember(server.graph, server.url);
/** A member with `verdicts` clean vouched verdicts: 8 reach the flag step (weight 0.676), 20 weigh 0.839. */
async function flagger(verdicts = 8): Promise<TestMember> {
  const m = await member();
  await giveTrust(server.graph, m.id, verdicts, server.clock.now());
  return m;
}
const freshRec = async (): Promise<RecView> => recommend(await member(), supplier, productId);
const flag = async (m: TestMember, rec: { id: string }, reason = 'MISLEADING'): Promise<any> => m.api.request<any>(FLAG, { rec: rec.id, reason, text: FLAG_TEXT });

async function reviewOf(recId: string) {
  const data = await admin.api.ok<any>(REVIEWS, {});
  return data.flagReviews.edges.map((e: any) => e.node).find((n: any) => n.recommendation.id === recId);
}

/** The author's stored trust and trust events: what a flag must never change. */
async function trustOf(memberId: string) {
  return server.graph.read(async (tx) => {
    const r = await tx.run(
      `MATCH (m:Member {id: $id}) RETURN properties(m) AS p, COUNT { (m)-[*1..2]-(:TrustEvent) } AS events`,
      { id: memberId },
    );
    const p = r.records[0]!.get('p') as Record<string, unknown>;
    return { trust: Object.fromEntries(Object.entries(p).filter(([k]) => k.startsWith('trust'))), events: r.records[0]!.get('events') };
  });
}

describe('who may flag', () => {
  test('below the step: FORBIDDEN, stating the threshold and the standing, in English and Chinese', async () => {
    const rec = await freshRec();
    const m = await member();
    await giveTrust(server.graph, m.id, 3, server.clock.now());
    const en = await flag(m, rec);
    expect(en.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(en.errors[0].message).toBe(
      'Flagging a recommendation needs a vouched rank key of at least 65.0 and a confidence of at least 0.40; yours are 43.8 and 0.23.',
    );
    m.api.headers['accept-language'] = 'zh-CN';
    const zh = await flag(m, rec);
    expect(zh.errors[0].message).toBe('举报推荐需要经担保的排名分至少 65.0、置信度至少 0.40；你的排名分为 43.8，置信度为 0.23。');
    expect(await reviewOf(rec.id)).toBeUndefined();
  });

  test('not one\'s own recommendation, not twice, not an unknown one', async () => {
    const author = await flagger();
    const own = await recommend(author, supplier, productId);
    expect((await flag(author, own)).errors[0].extensions.code).toBe('FORBIDDEN');
    const rec = await freshRec();
    const m = await flagger();
    expect((await flag(m, rec)).errors).toBeUndefined();
    const again = await flag(m, rec, 'SPAM');
    expect(again.errors[0]).toMatchObject({ message: 'You have already flagged this recommendation.', extensions: { code: 'CONFLICT' } });
    expect((await flag(m, { id: 'no-such-recommendation' })).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('review items', () => {
  test('one flag past the step waits; a second raises the review; a third joins it; a flag never moves trust', async () => {
    const rec = await freshRec();
    const before = await trustOf((await server.graph.read((tx) => tx.run('MATCH (a:Member)-[:RECOMMENDS]->(:Recommendation {id: $id}) RETURN a.id AS id', { id: rec.id }))).records[0]!.get('id'));
    const [a, b, c] = [await flagger(), await flagger(), await flagger(20)];
    const first = (await a.api.ok<any>(FLAG, { rec: rec.id, reason: 'NOT_FIRST_HAND', text: FLAG_TEXT })).flagRecommendation;
    expect(first).toMatchObject({ reason: 'NOT_FIRST_HAND', text: FLAG_TEXT, weight: 0.676, status: 'OPEN', flagger: { id: a.id } });
    expect(first.recommendation).toEqual({ id: rec.id, viewerFlagged: true });
    expect(await reviewOf(rec.id)).toBeUndefined();

    await b.api.ok(FLAG, { rec: rec.id, reason: 'MISLEADING', text: FLAG_TEXT });
    const review = await reviewOf(rec.id);
    expect(review).toMatchObject({ status: 'OPEN', weight: 1.352 });
    expect(review.flags.map((f: any) => f.flagger.id).sort()).toEqual([a.id, b.id].sort());

    await c.api.ok(FLAG, { rec: rec.id, reason: 'SPAM', text: FLAG_TEXT });
    const grown = await reviewOf(rec.id);
    expect(grown.id).toBe(review.id);
    expect(grown.weight).toBeCloseTo(1.352 + 0.839, 6);
    expect(grown.flags[0].flagger.id).toBe(c.id); // heaviest first

    const authorId = (await server.graph.read((tx) => tx.run('MATCH (a:Member)-[:RECOMMENDS]->(:Recommendation {id: $id}) RETURN a.id AS id', { id: rec.id }))).records[0]!.get('id') as string;
    expect(await trustOf(authorId)).toEqual(before);
  });

  test('one member of rank key 80+ raises a review alone; the admin upholds it; deciding twice is a CONFLICT', async () => {
    const rec = await freshRec();
    const m = await flagger(20);
    await m.api.ok(FLAG, { rec: rec.id, reason: 'PAID_OR_UNDISCLOSED', text: FLAG_TEXT });
    const review = await reviewOf(rec.id);
    const decided = (await admin.api.ok<any>(RESOLVE, { id: review.id, decision: 'UPHELD', note: 'The supplier paid for it.' })).resolveFlagReview;
    expect(decided).toMatchObject({ status: 'UPHELD', note: 'The supplier paid for it.', decidedBy: { id: admin.id }, flags: [{ status: 'UPHELD' }] });
    const again: any = await admin.api.request<any>(RESOLVE, { id: review.id, decision: 'DISMISSED', note: 'Changed my mind.' });
    expect(again.errors[0]).toMatchObject({ message: 'This review has already been decided.', extensions: { code: 'CONFLICT' } });
    const upheld = await admin.api.ok<any>(REVIEWS, { status: 'UPHELD' });
    expect(upheld.flagReviews.edges.some((e: any) => e.node.id === review.id)).toBe(true);
    expect((await admin.api.ok<any>(REVIEWS, { status: 'OPEN' })).flagReviews.edges.some((e: any) => e.node.id === review.id)).toBe(false);
  });
});

describe('abuse costs the privilege', () => {
  test('three dismissed flags within 90 days suspend flagging until the oldest leaves the window', async () => {
    const m = await flagger(20);
    const dismissedAt: number[] = [];
    for (let k = 0; k < 3; k++) {
      const rec = await freshRec();
      await m.api.ok(FLAG, { rec: rec.id, reason: 'OTHER', text: FLAG_TEXT });
      const review = await reviewOf(rec.id);
      await admin.api.ok(RESOLVE, { id: review.id, decision: 'DISMISSED', note: 'Nothing wrong with it.' });
      dismissedAt.push(server.clock.now().getTime());
      server.clock.advance(DAY);
    }
    const until = new Date(dismissedAt[0]! + 90 * DAY).toISOString();
    const rec = await freshRec();
    const refused = await flag(m, rec);
    expect(refused.errors[0]).toMatchObject({
      message: `Flagging a recommendation is suspended until ${until.slice(0, 10)}: too many of your flags were dismissed by an admin.`,
      extensions: { code: 'FORBIDDEN' },
    });
    const ladder = await m.api.ok<any>('{ myPrivileges { steps { privilege unlocked suspendedUntil } } }');
    expect(ladder.myPrivileges.steps.at(-1)).toEqual({ privilege: 'FLAG', unlocked: false, suspendedUntil: until });
    // Others see the step as the trust alone says, without the suspension.
    const seen = await (await member()).api.ok<any>('query ($id: ID!) { member(id: $id) { privileges { privilege suspendedUntil } } }', { id: m.id });
    expect(seen.member.privileges.at(-1)).toEqual({ privilege: 'FLAG', suspendedUntil: null });

    server.clock.set(new Date(dismissedAt[0]! + 90 * DAY + 1000));
    expect((await flag(m, rec)).errors).toBeUndefined();
  });
});
