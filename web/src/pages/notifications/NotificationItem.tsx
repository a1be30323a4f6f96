// One notification: what happened, in a sentence of the reader's language, linking to its cause.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../lib/format';
import type { Privilege } from '../../gql/graphql';

export interface NotificationView {
  id: string;
  kind: string;
  createdAt: string;
  read: boolean;
  link: string;
  productTitle?: string | null;
  trustDelta?: number | null;
  stars?: number | null;
  heldUp?: boolean | null;
  place?: number | null;
  ranked?: number | null;
  movement?: number | null;
  privilege?: Privilege | null;
  actor?: { handle: string } | null;
}

export function NotificationItem({ n, onRead, busy }: { n: NotificationView; onRead: (id: string) => void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const sentence = t(`notifications.kinds.${n.kind}`, {
    actor: n.actor?.handle ?? '',
    product: n.productTitle ?? t('notifications.aProduct'),
    stars: n.stars ?? '',
    heldUp: n.heldUp ? t('notifications.heldUp') : t('notifications.letDown'),
    place: n.place ?? '–',
    ranked: n.ranked ?? '–',
    moved: n.movement ? t(n.movement > 0 ? 'notifications.movedUp' : 'notifications.movedDown', { count: Math.abs(n.movement) }) : '',
    passed: n.kind === 'CIRCLE_DAY' && n.actor ? t('notifications.passedBy', { actor: n.actor.handle }) : '',
    step: n.privilege ? t(`privileges.step.${n.privilege}`) : '',
  });
  const trust = n.trustDelta !== null && n.trustDelta !== undefined && n.trustDelta !== 0
    ? t('notifications.trust', { delta: `${n.trustDelta > 0 ? '+' : ''}${n.trustDelta.toFixed(1)}` })
    : null;
  return (
    <li className="notification-item" data-read={n.read || undefined} data-kind={n.kind}>
      {!n.read && <span className="badge">{t('notifications.unread')}</span>}
      <Link to={n.link} onClick={() => !n.read && onRead(n.id)}>
        {sentence}
      </Link>
      {trust && <span className="muted"> {trust}</span>}
      <span className="muted"> · {formatDateTime(n.createdAt, i18n.language)}</span>
      {!n.read && (
        <button type="button" className="button link" disabled={busy} onClick={() => onRead(n.id)}>
          {t('notifications.markRead')}
        </button>
      )}
    </li>
  );
}
