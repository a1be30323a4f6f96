// The notification mail job: drains the outbox of notifications whose recipients chose email
// for their kind (the :PendingMail label, written in the cause's transaction), oldest first.
// Mail goes out only after the cause committed, and a crash loses none: a notification leaves the
// outbox only after its message was handed to the mail server. The price is at-least-once: a
// crash between the hand-over and the removal sends that one message again.
//
// The scheduler runs it every minute on the server holding the job lease, so one server sends.
import type { Graph } from '../../graph/graph';
import { mailDone, pendingMails } from '../../graph/notifications';
import { linkOf } from '../domain/notifications';
import { notificationMail } from '../mail/notification-mail';
import type { Mailer } from '../mail/mailer';
import type { Clock } from '../clock';
import type { Logger } from '../logger';

export const MAIL_BATCH = 100;

export interface MailRun {
  sent: number;
  /** Recipients without a confirmed address: taken out of the outbox unsent. */
  dropped: number;
  failed: number;
}

export async function sendNotificationMails(
  graph: Graph,
  clock: Clock,
  mailer: Mailer,
  publicUrl: string,
  log: Logger,
  batch = MAIL_BATCH,
): Promise<MailRun> {
  const out: MailRun = { sent: 0, dropped: 0, failed: 0 };
  const base = publicUrl.replace(/\/+$/, '');
  for (;;) {
    const pending = await pendingMails(graph, batch);
    const done: string[] = [];
    for (const p of pending) {
      if (!p.email) {
        out.dropped += 1;
        done.push(p.notification.id);
        continue;
      }
      const n = p.notification;
      try {
        await mailer.send(notificationMail({
          to: p.email, displayName: p.displayName, locale: p.locale, kind: n.kind,
          actorHandle: n.actorHandle, productTitle: n.productTitle, link: `${base}${linkOf(n.kind, n)}`,
          place: n.place, ranked: n.ranked, movement: n.movement, privilege: n.privilege,
        }));
        out.sent += 1;
        done.push(n.id);
      } catch (err) {
        // Left in the outbox for the next run; the message's content stays out of the log.
        out.failed += 1;
        log.error({ err: err instanceof Error ? err.message : String(err), notificationId: n.id }, 'notification mail could not be sent');
      }
    }
    if (done.length > 0) await mailDone(graph, done, clock.now().getTime());
    // Stop at a batch with failures (the mail server is down: try again next run) or the last one.
    if (pending.length < batch || out.failed > 0) return out;
  }
}

export function describeMailRun(run: MailRun): string {
  return `notifications:mail: ${run.sent} sent, ${run.dropped} without a confirmed address, ${run.failed} failed (left for the next run).`;
}
