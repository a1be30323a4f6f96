// The password reset message, in the member's own language (their profile's locale), plain text
// with a simple HTML part. The link carries the token after `#`, so it never reaches a server
// log, a proxy or a Referer header: the reset page reads it in the browser and sends it in the
// body of the resetPassword mutation.
import type { MailMessage } from './mailer';

export interface ResetMailFacts {
  to: string;
  handle: string;
  displayName: string;
  locale: string;
  token: string;
  /** The public address of the web app, without a trailing slash (PUBLIC_ORIGIN). */
  publicUrl: string;
  validMinutes: number;
}

export const RESET_PAGE_PATH = '/account/reset';

export function resetLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${RESET_PAGE_PATH}#token=${encodeURIComponent(token)}`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function passwordResetMail(facts: ResetMailFacts): MailMessage {
  const link = resetLink(facts.publicUrl, facts.token);
  const zh = facts.locale === 'zh-CN';
  const subject = zh ? 'Trustline：重设密码' : 'Trustline: reset your password';
  const lines = zh
    ? [
        `${facts.displayName}（@${facts.handle}），你好：`,
        '',
        '有人请求重设你的 Trustline 密码。如果是你，请打开下面的链接设置新密码：',
        '',
        link,
        '',
        `链接 ${facts.validMinutes} 分钟内有效，只能使用一次。重设后，你所有已登录的设备都会退出。`,
        '如果不是你请求的，请忽略这封邮件，你的密码不会改变。',
      ]
    : [
        `Hello ${facts.displayName} (@${facts.handle}),`,
        '',
        'Someone asked to reset the password of your Trustline account. If it was you, open this link to choose a new one:',
        '',
        link,
        '',
        `The link works once, within ${facts.validMinutes} minutes. After the reset you are signed out on every device.`,
        'If it was not you, ignore this message: your password stays as it is.',
      ];
  const text = lines.join('\n');
  const html = lines
    .map((line) => (line === link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : line ? `<p>${escapeHtml(line)}</p>` : ''))
    .join('\n');
  return { to: facts.to, subject, text, html, link };
}
