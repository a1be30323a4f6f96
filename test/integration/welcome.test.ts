// A newcomer's welcome through the API: the first steps, each ticked from what the member really
// did, private to them, dismissible; and the trust model in numbers for "how trust works",
// worked out by the domain's own functions, agreeing with a real member's stored rank key.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, createProduct, track, type TestMember } from '../support/factories';
import { MARK_DELIVERED, placeOrder, POST_REC, RATE, recommend, REC_TEXT, vouchFor } from '../support/commerce';
import { DEFAULT_TRUST_PARAMS, wilsonLowerBound } from '../../server/domain/trust';

let server: TestServer;
let supplier: TestMember;
let recommender: TestMember;
let productId: string;
let code: string;

beforeAll(async () => {
  server = await startTestServer();
  supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  recommender = await createMember(server.graph, server.url);
  productId = (await createProduct(server.graph, supplier.id)).id;
  code = (await recommend(recommender, supplier, productId)).code;
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const STEPS = '{ me { firstSteps { boughtThroughRecommendation received rated recommended dismissed done } } }';
type Steps = { boughtThroughRecommendation: boolean; received: boolean; rated: boolean; recommended: boolean; dismissed: boolean; done: boolean };
const stepsOf = async (m: TestMember) => (await m.api.ok<{ me: { firstSteps: Steps } }>(STEPS)).me.firstSteps;

describe('first steps', () => {
  test('tick one by one as the newcomer buys, receives, rates and recommends', async () => {
    const newcomer = await createMember(server.graph, server.url);
    const none = { boughtThroughRecommendation: false, received: false, rated: false, recommended: false, dismissed: false, done: false };
    expect(await stepsOf(newcomer)).toEqual(none);

    // An order not placed through a recommendation is not the first step.
    await placeOrder(newcomer.api, productId);
    expect((await stepsOf(newcomer)).boughtThroughRecommendation).toBe(false);

    const order = await placeOrder(newcomer.api, productId, { code });
    expect(await stepsOf(newcomer)).toEqual({ ...none, boughtThroughRecommendation: true });

    await supplier.api.ok(MARK_DELIVERED, { orderId: order.id });
    expect(await stepsOf(newcomer)).toEqual({ ...none, boughtThroughRecommendation: true, received: true });

    await newcomer.api.ok(RATE, { orderId: order.id, stars: 5, heldUp: true, comment: null });
    expect(await stepsOf(newcomer)).toEqual({ ...none, boughtThroughRecommendation: true, received: true, rated: true });

    await newcomer.api.ok(POST_REC, { productId, stars: 5, text: REC_TEXT });
    expect(await stepsOf(newcomer)).toEqual({ boughtThroughRecommendation: true, received: true, rated: true, recommended: true, dismissed: false, done: true });
  });

  test('are the member’s own: null for anyone else, admins included', async () => {
    const admin = await createMember(server.graph, server.url, { roles: ['MEMBER', 'ADMIN'] });
    const query = 'query ($id: ID!) { member(id: $id) { firstSteps { done } } }';
    expect((await admin.api.ok<{ member: { firstSteps: unknown } }>(query, { id: recommender.id })).member.firstSteps).toBeNull();
    expect((await recommender.api.ok<{ member: { firstSteps: unknown } }>(query, { id: recommender.id })).member.firstSteps).not.toBeNull();
  });

  test('dismissing puts the panel away and keeps the steps as they are', async () => {
    const newcomer = await createMember(server.graph, server.url);
    const { dismissFirstSteps } = await newcomer.api.ok<{ dismissFirstSteps: { id: string; firstSteps: Steps } }>(
      'mutation { dismissFirstSteps { id firstSteps { dismissed done boughtThroughRecommendation } } }',
    );
    expect(dismissFirstSteps).toEqual({ id: newcomer.id, firstSteps: { dismissed: true, done: false, boughtThroughRecommendation: false } });
    // Twice is the same as once.
    await newcomer.api.ok('mutation { dismissFirstSteps { id } }');
    expect((await stepsOf(newcomer)).dismissed).toBe(true);
    expect(await new ApiClient(server.url).errorCode('mutation { dismissFirstSteps { id } }')).toBe('UNAUTHENTICATED');
  });
});

describe('the trust model in numbers', () => {
  const MODEL = `{ trustModel { neutralScore halfLifeDays confidenceEvidence newcomerEvidence minVouchedEvidence unvouchedCap
    letDownWeight vouchBudget minVoice examples { heldUp letDown score confidence rankKey isNew } decay { days weight } } }`;

  test('3 held up of 3 ranks below 95 of 100, by the same Wilson bound the leaderboard sorts on', async () => {
    const { trustModel } = await new ApiClient(server.url).ok<{ trustModel: any }>(MODEL);
    expect(trustModel).toMatchObject({ neutralScore: 50, halfLifeDays: DEFAULT_TRUST_PARAMS.halfLifeDays, letDownWeight: DEFAULT_TRUST_PARAMS.letDownWeight });
    const record = (heldUp: number, letDown: number) => trustModel.examples.find((e: any) => e.heldUp === heldUp && e.letDown === letDown);
    const streak = record(3, 0);
    const long = record(95, 5);
    expect(streak.rankKey).toBeLessThan(long.rankKey);
    // A lucky streak of 3 has the better hold-up rate; only the bound puts it below.
    expect(streak.rankKey).toBeCloseTo(100 * wilsonLowerBound(3, 3, DEFAULT_TRUST_PARAMS.rankZ), 3);
    expect(long.rankKey).toBeCloseTo(100 * wilsonLowerBound(95, 95 + 5 * DEFAULT_TRUST_PARAMS.letDownWeight, DEFAULT_TRUST_PARAMS.rankZ), 3);
    expect(record(1, 0).isNew).toBe(true);
    expect(trustModel.decay.find((d: any) => d.days === DEFAULT_TRUST_PARAMS.halfLifeDays).weight).toBeCloseTo(0.5, 9);
  });

  test('a real member’s vouched evidence gives their stored rank key by that bound', async () => {
    const author = await createMember(server.graph, server.url);
    const product = await createProduct(server.graph, supplier.id);
    const rec = await recommend(author, supplier, product.id);
    const buyers = await vouchFor(server.graph, server.url, supplier, product.id, rec, { now: server.clock.now() });
    buyers.forEach((b) => track(b.id));
    const { member } = await author.api.ok<{ member: { trust: { rankKey: number; vouched: boolean; vouchedHeldUp: number; vouchedLetDown: number } } }>(
      'query ($id: ID!) { member(id: $id) { trust { rankKey vouched vouchedHeldUp vouchedLetDown } } }',
      { id: author.id },
    );
    expect(member.trust.vouched).toBe(true);
    expect(member.trust.vouchedHeldUp).toBeGreaterThan(0);
    const { vouchedHeldUp: good, vouchedLetDown: bad } = member.trust;
    expect(member.trust.rankKey).toBeCloseTo(100 * wilsonLowerBound(good, good + bad, DEFAULT_TRUST_PARAMS.rankZ), 2);
  });
});
