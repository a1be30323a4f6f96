// The daily notification prune (server/jobs/notification-prune.ts): read notifications go after
// 90 days, unread ones after a year; what is younger stays, read or not, and the member's inbox
// and unread count (through the API) show exactly what is left.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, type TestMember } from '../support/factories';
import { notify } from '../../graph/notify';
import { pruneNotifications } from '../../server/jobs/notification-prune';

const DAY = 24 * 60 * 60 * 1000;
let server: TestServer;
let member: TestMember;
let follower: TestMember;

beforeAll(async () => {
  server = await startTestServer();
  [member, follower] = await Promise.all([createMember(server.graph, server.url), createMember(server.graph, server.url)]);
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
});

const INBOX = '{ notifications(first: 20) { edges { node { id read createdAt } } } unreadNotificationCount }';
type Inbox = { notifications: { edges: { node: { id: string; read: boolean; createdAt: string } }[] }; unreadNotificationCount: number };

test('read notifications go after 90 days, unread ones after a year; younger ones stay', async () => {
  const now = server.clock.now().getTime();
  const ages = [400, 200, 200, 89, 30];
  for (const days of ages) {
    await server.graph.write((tx) => notify(tx, [{ recipientId: member.id, kind: 'NEW_FOLLOWER', actorId: follower.id }], now - days * DAY));
  }
  const before = await member.api.ok<Inbox>(INBOX);
  const byAge = (days: number) => before.notifications.edges.filter((e) => Date.parse(e.node.createdAt) === now - days * DAY).map((e) => e.node.id);
  // Read: one of the 200-day-old pair, and the 89- and 30-day-old ones.
  for (const id of [byAge(200)[0]!, ...byAge(89), ...byAge(30)]) await member.api.ok('mutation($id: ID!) { markNotificationRead(id: $id) { id } }', { id });

  const summary = await pruneNotifications(server.graph, server.clock, { batchSize: 1 });
  // The 400-day-old (unread, past a year) and the read 200-day-old one, a batch each (the shared
  // test database may hold other files' old ones too).
  expect(summary.pruned).toBeGreaterThanOrEqual(2);
  expect(summary.batches).toBe(summary.pruned);

  const after = await member.api.ok<Inbox>(INBOX);
  const left = after.notifications.edges.map((e) => [(now - Date.parse(e.node.createdAt)) / DAY, e.node.read]);
  expect(left).toEqual([[30, true], [89, true], [200, false]]);
  expect(after.unreadNotificationCount).toBe(1);

  // Run again: nothing more goes.
  expect(await pruneNotifications(server.graph, server.clock)).toEqual({ pruned: 0, batches: 0 });
});
