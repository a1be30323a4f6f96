// A notification as an email, in the member's own language, with the link to its cause. Plain
// text with a simple HTML part, like the password reset message.
import type { NotificationKind } from '../domain/notifications';
import type { Privilege } from '../domain/privileges';
import type { MailMessage } from './mailer';

export interface NotificationMailFacts {
  to: string;
  displayName: string;
  locale: string;
  kind: NotificationKind;
  actorHandle: string | null;
  productTitle: string | null;
  /** Absolute link to the cause (PUBLIC_ORIGIN + the notification's path). */
  link: string;
  /** The daily digest's place, circle size and movement (CIRCLE_DAY only). */
  place?: number | null;
  ranked?: number | null;
  movement?: number | null;
  /** The step gained or lost (PRIVILEGE_GAINED / PRIVILEGE_LOST only). */
  privilege?: Privilege | null;
}

const STEP_EN: Record<Privilege, string> = {
  onBoards: 'a place on the boards',
  reshare: "re-sharing others' recommendations for a share",
  openGroupBuy: 'opening a group buy',
  trustedPick: 'trusted-pick placement',
  flag: 'flagging a recommendation for review',
};
const STEP_ZH: Record<Privilege, string> = {
  onBoards: '上榜',
  reshare: '转发他人的推荐并获得分成',
  openGroupBuy: '开团',
  trustedPick: '进入信任精选',
  flag: '举报推荐以供审核',
};

type Words = (f: NotificationMailFacts) => string;
const who = (f: NotificationMailFacts) => (f.actorHandle ? `@${f.actorHandle}` : '');
const what = (f: NotificationMailFacts, fallback: string) => f.productTitle ?? fallback;
const moved = (f: NotificationMailFacts, up: string, down: string) =>
  f.movement ? (f.movement > 0 ? up : down).replace('{n}', String(Math.abs(f.movement))) : '';

const EN: Record<NotificationKind, Words> = {
  VERDICT: (f) => `${who(f)} rated your recommendation of ${what(f, 'a product')}.`,
  REFUND_COUNTED: (f) => `A refund of ${what(f, 'a product')} bought through your recommendation counted against your trust.`,
  COMMISSION_CONFIRMED: (f) => `Your commission on ${what(f, 'a sale')} was confirmed.`,
  COMMISSION_HELD: (f) => `Your commission on ${what(f, 'a sale')} is held for review.`,
  COMMISSION_PAID: (f) => `Your commission on ${what(f, 'a sale')} was paid.`,
  COMMISSION_REVERSED: (f) => `Your commission on ${what(f, 'a sale')} was reversed after a refund.`,
  NEW_RECOMMENDATION: (f) => `${who(f)}, whom you follow, recommended ${what(f, 'a product')}.`,
  NEW_FOLLOWER: (f) => `${who(f)} started following you.`,
  FRAUD_FLAG: () => 'A fraud flag was raised and waits for review.',
  GROUP_BUY_COMPLETED: (f) => `The group buy of ${what(f, 'a product')} completed: every join was placed at the group price.`,
  GROUP_BUY_FAILED: (f) => `The group buy of ${what(f, 'a product')} did not reach its target: nothing was placed and nobody pays.`,
  CIRCLE_DAY: (f) =>
    `Your day among friends: place ${f.place ?? '–'} of ${f.ranked ?? '–'}${moved(f, ', up {n}', ', down {n}')}` +
    `${f.actorHandle ? `; ${who(f)} passed you` : ''}.`,
  PRIVILEGE_GAINED: (f) => `Your trust now unlocks ${f.privilege ? STEP_EN[f.privilege] : 'a new step'}.`,
  PRIVILEGE_LOST: (f) => `Your trust fell below the step for ${f.privilege ? STEP_EN[f.privilege] : 'a privilege'}: it is closed until your trust returns.`,
};
const ZH: Record<NotificationKind, Words> = {
  VERDICT: (f) => `${who(f)} 评价了你对「${what(f, '商品')}」的推荐。`,
  REFUND_COUNTED: (f) => `通过你的推荐购买的「${what(f, '商品')}」已退款，这降低了你的信任分。`,
  COMMISSION_CONFIRMED: (f) => `你在「${what(f, '订单')}」上的佣金已确认。`,
  COMMISSION_HELD: (f) => `你在「${what(f, '订单')}」上的佣金被暂扣，等待审核。`,
  COMMISSION_PAID: (f) => `你在「${what(f, '订单')}」上的佣金已支付。`,
  COMMISSION_REVERSED: (f) => `因退款，你在「${what(f, '订单')}」上的佣金已撤销。`,
  NEW_RECOMMENDATION: (f) => `你关注的 ${who(f)} 推荐了「${what(f, '商品')}」。`,
  NEW_FOLLOWER: (f) => `${who(f)} 关注了你。`,
  FRAUD_FLAG: () => '有一个新的欺诈标记等待审核。',
  GROUP_BUY_COMPLETED: (f) => `「${what(f, '商品')}」的拼团已成团：每位参团者都已按团购价下单。`,
  GROUP_BUY_FAILED: (f) => `「${what(f, '商品')}」的拼团未达到目标人数：没有下单，无人付款。`,
  CIRCLE_DAY: (f) =>
    `你今天在好友中排第 ${f.place ?? '–'} 名（共 ${f.ranked ?? '–'} 人）${moved(f, '，上升 {n} 名', '，下降 {n} 名')}` +
    `${f.actorHandle ? `；${who(f)} 超过了你` : ''}。`,
  PRIVILEGE_GAINED: (f) => `你的信任现在解锁了「${f.privilege ? STEP_ZH[f.privilege] : '新的权限'}」。`,
  PRIVILEGE_LOST: (f) => `你的信任低于「${f.privilege ? STEP_ZH[f.privilege] : '某项权限'}」所需的门槛：在信任恢复前，该权限暂不可用。`,
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function notificationMail(f: NotificationMailFacts): MailMessage {
  const zh = f.locale === 'zh-CN';
  const sentence = (zh ? ZH : EN)[f.kind](f);
  const subject = `Trustline${zh ? '：' : ': '}${sentence}`;
  const lines = zh
    ? [`${f.displayName}，你好：`, '', sentence, '', f.link, '', '不想再收到这类邮件？在 Trustline 的“通知设置”中关闭即可。']
    : [`Hello ${f.displayName},`, '', sentence, '', f.link, '', 'To stop these emails, turn this kind off in your notification settings on Trustline.'];
  const text = lines.join('\n');
  const html = lines
    .map((line) => (line === f.link ? `<p><a href="${escapeHtml(f.link)}">${escapeHtml(f.link)}</a></p>` : line ? `<p>${escapeHtml(line)}</p>` : ''))
    .join('\n');
  return { to: f.to, subject, text, html, link: f.link };
}
