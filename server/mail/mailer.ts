// Outgoing mail behind one small interface, so password resets today and notification emails
// later send the same way. Two ways out, both through nodemailer (a maintained library that
// composes RFC 5322 messages, encodes non-ASCII headers and bodies, and speaks SMTP):
// - SMTP_URL set: delivered to that SMTP server (smtp://, or smtps:// for implicit TLS; STARTTLS
//   is used whenever the server offers it).
// - otherwise: each message is written as an .eml file to the outbox folder (MAIL_OUTBOX_DIR,
//   default data/outbox) and logged with its link, so `npm start` on a fresh machine can still
//   complete a password reset. Links in the log are for that local use only: with SMTP_URL set,
//   nothing of a message's content is logged.
// Sending never happens inside a database transaction and never delays an answer: callers hand
// messages to `deliverLater` after their write has committed.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Logger } from '../logger';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The one link the message is about (a reset link): logged with an outbox message. */
  link?: string;
}

export interface Mailer {
  /** Sends one message; rejects when it could not be handed over. */
  send(message: MailMessage): Promise<void>;
  /** Where mail goes, for the start-up log (never a password). */
  readonly description: string;
}

export interface MailSettings {
  /** smtp:// or smtps:// URL of the server to send through; undefined = the outbox. */
  smtpUrl?: string;
  /** The From header. */
  from: string;
  /** Folder of the outbox when there is no SMTP server. */
  outboxDir: string;
}

export const DEFAULT_MAIL_FROM = 'Trustline <no-reply@trustline.localhost>';
export const DEFAULT_OUTBOX_DIR = 'data/outbox';

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  const url = new URL(smtpUrl);
  return {
    description: `SMTP at ${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`,
    send: async (message) => {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html });
    },
  };
}

export function outboxMailer(outboxDir: string, from: string, log: Logger): Mailer {
  // The same composer as SMTP, writing the message it would have sent.
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `the outbox folder ${outboxDir}`,
    send: async (message) => {
      const info = await composer.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html });
      await mkdir(outboxDir, { recursive: true });
      // Names sort by time of writing; the random part keeps two in one millisecond apart.
      const file = path.join(outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`);
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      log.info({ to: message.to, subject: message.subject, file, link: message.link }, 'mail written to the outbox (no SMTP_URL set)');
    },
  };
}

export function mailerFrom(settings: MailSettings, log: Logger): Mailer {
  return settings.smtpUrl ? smtpMailer(settings.smtpUrl, settings.from) : outboxMailer(settings.outboxDir, settings.from, log);
}

/**
 * Sends after the answer: a slow or failing mail server neither delays the request nor tells
 * the caller anything (a reset request answers the same whether or not mail went out). A
 * failure is logged without the message's content.
 */
export function deliverLater(mailer: Mailer, messages: MailMessage[], log: Logger): void {
  for (const message of messages) {
    mailer.send(message).catch((err: unknown) => {
      log.error({ err: err instanceof Error ? err.message : String(err), subject: message.subject }, 'mail could not be sent');
    });
  }
}
