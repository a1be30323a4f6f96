// The daily ranking among friends through the API: the snapshot job records each member's place
// among the people they follow and who follow them; a member reads their own day and its history;
// friends cheer a day, once, and a cheer moves no trust. Snapshots on far-future days so they
// never meet another test's.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, createProduct, type TestMember } from '../support/factories';
import { expectRefusedWithoutWrites } from '../support/commerce';
import { follows, forgetDays, rankedRecommender, setRankKey } from '../support/circle-day';
import { runSnapshot } from '../../server/jobs/rank-snapshot';
import { circleDayOf, recordCircleDays } from '../../graph/circle-day';

const DAY1 = '2099-06-01';
const DAY2 = '2099-06-02';
const NO_RECORDS_DAY = '2099-06-03';
let server: TestServer;
let me: TestMember, ahead: TestMember, passer: TestMember, follower: TestMember, stranger: TestMember;

const MY_DAY = `query ($id: ID!, $day: String) { member(id: $id) {
  circleDay(day: $day) { day place ranked movement cheers
    top { member { id } cheers viewerCheered } passedBy { member { id } day } }
  circleDays(days: 5) { day place ranked movement cheers } } }`;
const CHEER = 'mutation ($memberId: ID!, $day: String!) { cheerFriendDay(memberId: $memberId, day: $day) { member { id } day cheers viewerCheered } }';
const TRUST = 'query ($id: ID!) { member(id: $id) { trust { score rankKey } trustEvents(first: 50) { edges { cursor } } } }';

beforeAll(async () => {
  server = await startTestServer(new Date(`${DAY1}T08:00:00Z`));
  const supplier = await createMember(server.graph, server.url, { roles: ['MEMBER', 'SUPPLIER'] });
  const product = await createProduct(server.graph, supplier.id);
  const member = () => createMember(server.graph, server.url, { now: server.clock.now() });
  [me, ahead, passer, follower, stranger] = [await member(), await member(), await member(), await member(), await member()];
  // Rank keys high enough to top any board: ahead > me > passer > follower on day 1.
  await rankedRecommender(server.graph, ahead, product.id, 99.99);
  await rankedRecommender(server.graph, me, product.id, 99.98);
  await rankedRecommender(server.graph, passer, product.id, 99.97);
  await rankedRecommender(server.graph, follower, product.id, 99.96);
  await rankedRecommender(server.graph, stranger, product.id, 99.995);
  // My circle: whom I follow (ahead, passer) and who follows me (follower); not the stranger.
  await follows(server.graph, me, ahead);
  await follows(server.graph, me, passer);
  await follows(server.graph, follower, me);
  await runSnapshot(server.graph, server.clock, () => {}, ['--day', DAY1]);
  // Day 2: passer overtakes me (and ahead stays ahead).
  await setRankKey(server.graph, passer, 99.985);
  server.clock.set(new Date(`${DAY2}T08:00:00Z`));
  await runSnapshot(server.graph, server.clock, () => {}, ['--day', DAY2]);
});

afterAll(async () => {
  await forgetDays(server.graph, [DAY1, DAY2, NO_RECORDS_DAY]);
  await cleanup(server.graph);
  await server.stop();
});

describe('the daily ranking among friends', () => {
  test('after the snapshot my day holds my place in my circle, the movement, who passed me and the top', async () => {
    const { member } = await me.api.ok<any>(MY_DAY, { id: me.id, day: DAY2 });
    expect(member.circleDay).toMatchObject({ day: DAY2, place: 3, ranked: 4, movement: -1, cheers: 0 });
    expect(member.circleDay.top.map((f: any) => f.member.id)).toEqual([ahead.id, passer.id, me.id]);
    expect(member.circleDay.passedBy).toEqual([{ member: { id: passer.id }, day: DAY2 }]);
    // The first day: no day before it among my members' ranks, so no movement.
    const first = await me.api.ok<any>(MY_DAY, { id: me.id, day: DAY1 });
    expect(first.member.circleDay).toMatchObject({ place: 2, ranked: 4, movement: null });
  });

  test('without a day it is the latest snapshot; the history lists each day, newest first', async () => {
    const { member } = await me.api.ok<any>(MY_DAY, { id: me.id });
    expect(member.circleDay.day).toBe(DAY2);
    expect(member.circleDays.map((d: any) => [d.day, d.place, d.movement])).toEqual([
      [DAY2, 3, -1],
      [DAY1, 2, null],
    ]);
  });

  test('the day is private: another member, even a friend, reads null and an empty history', async () => {
    const { member } = await follower.api.ok<any>(MY_DAY, { id: me.id, day: DAY2 });
    expect(member.circleDay).toBeNull();
    expect(member.circleDays).toEqual([]);
  });

  test('a friend in my circle (a follower, or someone I follow) has their own record of the day', async () => {
    expect(await circleDayOf(server.graph, follower.id, DAY2)).toMatchObject({ place: 2, ranked: 2, top: [me.id, follower.id] });
    expect(await circleDayOf(server.graph, stranger.id, DAY2)).toBeNull();
  });

  test('recording a day twice changes nothing', async () => {
    expect(await recordCircleDays(server.graph, DAY2, server.clock.now())).toEqual({ day: DAY2, alreadyRecorded: true, records: 0 });
  });

  test('each day my digest arrives in the inbox: my place, the movement and who passed me, linking to my days', async () => {
    const { notifications } = await me.api.ok<any>('{ notifications(first: 50) { edges { node { kind link place ranked movement actor { id } } } } }');
    const digests = notifications.edges.map((e: any) => e.node).filter((n: any) => n.kind === 'CIRCLE_DAY');
    // Newest first: day 2 (passed by passer, down one), then day 1; one each, though day 2 was recorded twice.
    expect(digests).toEqual([
      { kind: 'CIRCLE_DAY', link: '/me/circle', place: 3, ranked: 4, movement: -1, actor: { id: passer.id } },
      { kind: 'CIRCLE_DAY', link: '/me/circle', place: 2, ranked: 4, movement: null, actor: null },
    ]);
  });

  test('a friend cheers my day once (a second cheer changes nothing), and the cheer moves no trust', async () => {
    const trustBefore = await me.api.ok<any>(TRUST, { id: me.id });
    const first = await follower.api.ok<any>(CHEER, { memberId: me.id, day: DAY2 });
    expect(first.cheerFriendDay).toEqual({ member: { id: me.id }, day: DAY2, cheers: 1, viewerCheered: true });
    const again = await follower.api.ok<any>(CHEER, { memberId: me.id, day: DAY2 });
    expect(again.cheerFriendDay.cheers).toBe(1);
    await ahead.api.ok(CHEER, { memberId: me.id, day: DAY2 });
    const { member } = await me.api.ok<any>(MY_DAY, { id: me.id, day: DAY2 });
    expect(member.circleDay.cheers).toBe(2);
    expect(await me.api.ok<any>(TRUST, { id: me.id })).toEqual(trustBefore);
  });

  test('my card shows which friends I cheered', async () => {
    await me.api.ok(CHEER, { memberId: passer.id, day: DAY2 });
    const { member } = await me.api.ok<any>(MY_DAY, { id: me.id, day: DAY2 });
    const passerEntry = member.circleDay.top.find((f: any) => f.member.id === passer.id);
    expect(passerEntry).toEqual({ member: { id: passer.id }, cheers: 1, viewerCheered: true });
    expect(member.circleDay.top.find((f: any) => f.member.id === ahead.id).viewerCheered).toBe(false);
  });

  test('only a day of someone in my circle, never my own, and only a day with a record', async () => {
    const cheer = (by: TestMember, memberId: string, day: string) => () => by.api.request(CHEER, { memberId, day });
    await expectRefusedWithoutWrites(server.graph, [me.id, stranger.id], cheer(stranger, me.id, DAY2), 'FORBIDDEN', /follow/);
    await expectRefusedWithoutWrites(server.graph, [me.id], cheer(me, me.id, DAY2), 'FORBIDDEN', /own day/);
    await expectRefusedWithoutWrites(server.graph, [me.id, follower.id], cheer(follower, me.id, NO_RECORDS_DAY), 'NOT_FOUND');
  });
});
