// Notification email through a real SMTP server on loopback: a member who chose email for a kind
// gets one message per notification, in their language, with the link to its cause, sent by the
// mail job after the cause committed; a mail server that is down leaves the mail in the outbox
// for the next run, and a drained outbox sends nothing twice.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { cleanup, createMember } from '../support/factories';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { smtpMailer } from '../../server/mail/mailer';
import { sendNotificationMails } from '../../server/jobs/notification-mail';
import { createLogger } from '../../server/logger';
import { freePort } from '../../graph/free-port';

let server: TestServer;
let smtp: SmtpSink;
const log = createLogger('silent');
const FOLLOW = 'mutation ($id: ID!) { follow(memberId: $id) { id } }';
const SET_PREF = 'mutation ($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) { setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) { kind } }';

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer(new Date('2026-09-20T08:00:00Z'));
});
afterAll(async () => {
  await cleanup(server.graph);
  await server.stop();
  await smtp.stop();
});

const run = (mailer = smtpMailer(smtp.url, 'Trustline <no-reply@trustline.test>')) =>
  sendNotificationMails(server.graph, server.clock, mailer, 'http://shop.test/', log);

test('a kind chosen by email is mailed once, after commit, with its link; a kind not chosen is not', async () => {
  const me = await createMember(server.graph, server.url);
  const fan = await createMember(server.graph, server.url);
  await me.api.ok(SET_PREF, { kind: 'NEW_FOLLOWER', inApp: false, email: true });
  await fan.api.ok(FOLLOW, { id: me.id });
  // Email only: not in the inbox.
  expect((await me.api.ok<{ unreadNotificationCount: number }>('{ unreadNotificationCount }')).unreadNotificationCount).toBe(0);
  await run();
  const mail = await smtp.nextTo(me.email);
  expect(mail.subject).toBe(`Trustline: @${fan.handle} started following you.`);
  expect(mail.text).toContain(`http://shop.test/m/${fan.handle}`);
  expect(mail.html).toContain(`<a href="http://shop.test/m/${fan.handle}">`);
  // Drained: a second run sends nothing more to this member.
  await run();
  await new Promise((r) => setTimeout(r, 300));
  expect(smtp.received.filter((m) => m.to.includes(me.email))).toHaveLength(1);
  // The fan chose nothing by email: their new follower reaches the inbox only.
  await me.api.ok(FOLLOW, { id: fan.id });
  await run();
  await new Promise((r) => setTimeout(r, 300));
  expect(smtp.received.filter((m) => m.to.includes(fan.email))).toHaveLength(0);
});

test('a mail server that is down leaves the mail for the next run', async () => {
  const me = await createMember(server.graph, server.url);
  const fan = await createMember(server.graph, server.url);
  await me.api.ok(SET_PREF, { kind: 'NEW_FOLLOWER', inApp: true, email: true });
  await fan.api.ok(FOLLOW, { id: me.id });
  const down = await run(smtpMailer(`smtp://127.0.0.1:${await freePort()}`, 'Trustline <no-reply@trustline.test>'));
  expect(down.failed).toBeGreaterThanOrEqual(1);
  await run();
  const mail = await smtp.nextTo(me.email);
  expect(mail.subject).toBe(`Trustline: @${fan.handle} started following you.`);
});

test('in Chinese for a member who reads Chinese', async () => {
  const me = await createMember(server.graph, server.url);
  await server.graph.write((tx) => tx.run("MATCH (m:Member {id: $id}) SET m.locale = 'zh-CN'", { id: me.id }));
  const fan = await createMember(server.graph, server.url);
  await me.api.ok(SET_PREF, { kind: 'NEW_FOLLOWER', inApp: true, email: true });
  await fan.api.ok(FOLLOW, { id: me.id });
  await run();
  const mail = await smtp.nextTo(me.email);
  expect(mail.subject).toBe(`Trustline：@${fan.handle} 关注了你。`);
});
