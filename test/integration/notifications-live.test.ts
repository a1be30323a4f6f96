// Live delivery over server-sent events, across two servers on one Neo4j: a page open on server B
// hears of a notification whose cause was written through server A, once it has committed; the
// stream needs a session and carries the headers that keep proxies from buffering it.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember, type TestMember } from '../support/factories';

let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  a = await startTestServer(new Date('2026-09-10T08:00:00Z'), { livePollMs: 200 });
  b = await startTestServer(new Date('2026-09-10T08:00:00Z'), { livePollMs: 200 });
});
afterAll(async () => {
  await cleanup(a.graph);
  await a.stop();
  await b.stop();
});

const FOLLOW = 'mutation ($id: ID!) { follow(memberId: $id) { id } }';

/** An open stream: the events received so far, and a wait for one that matches. */
async function openStream(server: TestServer, member: TestMember) {
  const abort = new AbortController();
  const res = await fetch(`${server.url}/api/notifications/stream`, { headers: { authorization: `Bearer ${member.token}` }, signal: abort.signal });
  const events: { event: string; data: any }[] = [];
  let buffer = '';
  const reading = (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
      }
    } catch {
      // aborted
    }
  })();
  const waitFor = async (match: (e: { event: string; data: any }) => boolean, ms = 10_000) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const found = events.find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no matching event in ${ms} ms; got ${JSON.stringify(events)}`);
  };
  return { res, events, waitFor, close: async () => { abort.abort(); await reading; } };
}

test('a notification written through server A reaches a page open on server B, with the new unread count', async () => {
  const me = await createMember(a.graph, a.url);
  const fan = await createMember(a.graph, a.url);
  const stream = await openStream(b, me);
  try {
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.res.headers.get('x-accel-buffering')).toBe('no');
    expect(stream.res.headers.get('content-encoding')).toBeNull();
    await stream.waitFor((e) => e.event === 'unread' && e.data.unread === 0);
    await fan.api.ok(FOLLOW, { id: me.id });
    const note = await stream.waitFor((e) => e.event === 'notification');
    expect(note.data).toMatchObject({ kind: 'NEW_FOLLOWER', link: `/m/${fan.handle}`, actorHandle: fan.handle, read: false });
    await stream.waitFor((e) => e.event === 'unread' && e.data.unread === 1);
    // A refused cause sends nothing: following someone who does not exist.
    const before = stream.events.length;
    await me.api.request(FOLLOW, { id: 'no-such-member' });
    await new Promise((r) => setTimeout(r, 600));
    expect(stream.events.slice(before)).toEqual([]);
    // Marking all read on server A brings the count on server B's page down.
    await me.api.ok('mutation { markAllNotificationsRead }');
    await stream.waitFor((e) => e.event === 'unread' && e.data.unread === 0 && stream.events.indexOf(e) >= before);
  } finally {
    await stream.close();
  }
});

test('the stream needs a session', async () => {
  const res = await fetch(`${b.url}/api/notifications/stream`);
  expect(res.status).toBe(401);
  expect(await res.json()).toEqual({ error: 'Please sign in first.' });
});
