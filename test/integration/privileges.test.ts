// Privileges unlocked by trust, through the GraphQL API against the real Neo4j: the ladder a
// member sees (myPrivileges), the same on a member page (Member.privileges), progress to the next
// step, and the steps lost again when trust falls. Trust is written as n vouched verdicts
// (test/support/privileges.ts); the thresholds are the documented defaults.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { cleanup, createMember, createProduct } from '../support/factories';
import { RATE, receivedOrder, recommend, vouchFor } from '../support/commerce';
import { giveTrust, MY_PRIVILEGES } from '../support/privileges';
import { DEFAULT_PRIVILEGE_SETTINGS } from '../../server/domain/privileges';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

interface Step { privilege: string; unlocked: boolean; rankKeyNeeded: number; confidenceNeeded: number; rankKey: number; confidence: number; progress: number; suspendedUntil: string | null }
interface Ladder { myPrivileges: { steps: Step[]; next: { privilege: string; progress: number } | null } }

const member = () => createMember(server.graph, server.url);
const unlocked = (steps: Step[]) => steps.filter((s) => s.unlocked).map((s) => s.privilege);

describe('myPrivileges', () => {
  test('a newcomer: every step closed, no progress (an unvouched score opens nothing), the boards next', async () => {
    const m = await member();
    const { myPrivileges } = await m.api.ok<Ladder>(MY_PRIVILEGES);
    expect(myPrivileges.steps.map((s) => [s.privilege, s.rankKeyNeeded, s.confidenceNeeded])).toEqual([
      ['ON_BOARDS', 0, 0],
      ['RESHARE', 20, 0.09],
      ['OPEN_GROUP_BUY', 40, 0.2],
      ['TRUSTED_PICK', 55, 0.3],
      ['FLAG', 65, 0.4],
    ]);
    expect(myPrivileges.steps.every((s) => !s.unlocked && s.progress === 0 && s.suspendedUntil === null)).toBe(true);
    expect(myPrivileges.next).toEqual({ privilege: 'ON_BOARDS', progress: 0 });
  });

  test('three verdicts that held up open the boards, re-sharing and group buys, with progress to trusted picks', async () => {
    const m = await member();
    const trust = await giveTrust(server.graph, m.id, 3, server.clock.now());
    const { myPrivileges } = await m.api.ok<Ladder>(MY_PRIVILEGES);
    expect(unlocked(myPrivileges.steps)).toEqual(['ON_BOARDS', 'RESHARE', 'OPEN_GROUP_BUY']);
    expect(myPrivileges.steps[3]).toMatchObject({ rankKey: trust.rankKey, confidence: trust.confidence });
    // The lesser ratio: confidence 0.231 of 0.3 is further behind than rank key 43.8 of 55.
    expect(myPrivileges.next).toEqual({ privilege: 'TRUSTED_PICK', progress: Math.min(trust.rankKey / 55, trust.confidence / 0.3) });
  });

  test('lost again when trust falls: two let-downs close the group buy, and it opens again as the record recovers', async () => {
    const m = await member();
    await giveTrust(server.graph, m.id, 3, server.clock.now());
    await giveTrust(server.graph, m.id, 3, server.clock.now(), 2);
    expect(unlocked((await m.api.ok<Ladder>(MY_PRIVILEGES)).myPrivileges.steps)).toEqual(['ON_BOARDS', 'RESHARE']);
    await giveTrust(server.graph, m.id, 12, server.clock.now(), 2);
    expect(unlocked((await m.api.ok<Ladder>(MY_PRIVILEGES)).myPrivileges.steps)).toEqual(['ON_BOARDS', 'RESHARE', 'OPEN_GROUP_BUY', 'TRUSTED_PICK']);
  });

  test('a verdict that opens or closes a step tells the member, in the transaction that moved their trust', async () => {
    const now = server.clock.now();
    const supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
    const product = await createProduct(server.graph, supplier.id);
    const author = await createMember(server.graph, server.url, { now: new Date(now.getTime() - 60 * 86_400_000) });
    const rec = await recommend(author, supplier, product.id);
    const news = async (kind: string) => {
      const { notifications } = await author.api.ok<{ notifications: { edges: { node: { kind: string; privilege: string; link: string } }[] } }>(
        '{ notifications(first: 100) { edges { node { kind privilege link } } } }',
      );
      return notifications.edges.map((e) => e.node).filter((n) => n.kind === kind);
    };
    await vouchFor(server.graph, server.url, supplier, product.id, rec, { times: 5, now });
    // Each step once, told by the verdict that reached it (the test clock stands still, so their
    // order in the inbox is not asserted), each linking to the ladder.
    const gained = await news('PRIVILEGE_GAINED');
    expect(gained.map((n) => n.privilege).sort()).toEqual(['ON_BOARDS', 'OPEN_GROUP_BUY', 'RESHARE']);
    expect(gained.every((n) => n.link === '/me/privileges')).toBe(true);
    expect(await news('PRIVILEGE_LOST')).toEqual([]);
    // Buyers the verified members trust say it let them down: the group-buy step closes, and they are told.
    for (let k = 0; k < 4 && (await news('PRIVILEGE_LOST')).length === 0; k++) {
      const buyer = await createMember(server.graph, server.url, { verified: true, now: new Date(now.getTime() - 30 * 86_400_000) });
      const order = await receivedOrder(buyer, supplier, product.id, rec.code);
      await buyer.api.ok(RATE, { orderId: order.id, stars: 1, heldUp: false, comment: null });
    }
    expect((await news('PRIVILEGE_LOST')).map((n) => n.privilege)).toContain('OPEN_GROUP_BUY');
    expect(unlocked((await author.api.ok<Ladder>(MY_PRIVILEGES)).myPrivileges.steps)).not.toContain('OPEN_GROUP_BUY');
  });

  test("a server with a ladder of its own tells gains and losses against that ladder", async () => {
    // Group buys and re-sharing out of reach on this server: the same five vouched verdicts open only the boards.
    const strict = await startTestServer(undefined, {
      privileges: {
        ...DEFAULT_PRIVILEGE_SETTINGS,
        ladder: { ...DEFAULT_PRIVILEGE_SETTINGS.ladder, reshare: { rankKey: 90, confidence: 0.9 }, openGroupBuy: { rankKey: 95, confidence: 0.95 } },
      },
    });
    try {
      const now = strict.clock.now();
      const supplier = await createMember(strict.graph, strict.url, { roles: ['MEMBER', 'SUPPLIER'] });
      const product = await createProduct(strict.graph, supplier.id);
      const author = await createMember(strict.graph, strict.url, { now: new Date(now.getTime() - 60 * 86_400_000) });
      const rec = await recommend(author, supplier, product.id);
      await vouchFor(strict.graph, strict.url, supplier, product.id, rec, { times: 5, now });
      const { notifications } = await author.api.ok<{ notifications: { edges: { node: { kind: string; privilege: string } }[] } }>(
        '{ notifications(first: 100) { edges { node { kind privilege } } } }',
      );
      const gained = notifications.edges.map((e) => e.node).filter((n) => n.kind === 'PRIVILEGE_GAINED');
      expect(gained.map((n) => n.privilege)).toEqual(['ON_BOARDS']);
    } finally {
      await strict.stop();
    }
  });

  test('every step reached: next is null', async () => {
    const m = await member();
    await giveTrust(server.graph, m.id, 20, server.clock.now());
    const { myPrivileges } = await m.api.ok<Ladder>(MY_PRIVILEGES);
    expect(unlocked(myPrivileges.steps)).toHaveLength(5);
    expect(myPrivileges.next).toBeNull();
  });

  test('signed out: UNAUTHENTICATED', async () => {
    expect(await new ApiClient(server.url).errorCode(MY_PRIVILEGES)).toBe('UNAUTHENTICATED');
  });
});

describe('Member.privileges', () => {
  test('public, like the trust it is computed from', async () => {
    const m = await member();
    await giveTrust(server.graph, m.id, 5, server.clock.now());
    const query = 'query ($id: ID!) { member(id: $id) { privileges { privilege unlocked suspendedUntil } } }';
    const seen = await new ApiClient(server.url).ok<{ member: { privileges: { privilege: string; unlocked: boolean }[] } }>(query, { id: m.id });
    expect(seen.member.privileges.filter((p) => p.unlocked).map((p) => p.privilege)).toEqual(['ON_BOARDS', 'RESHARE', 'OPEN_GROUP_BUY', 'TRUSTED_PICK']);
  });
});
