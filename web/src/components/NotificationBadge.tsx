// The bell in the top bar: a link to the inbox with the live unread count.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useLiveNotifications, useUnreadCount } from '../lib/live-notifications';

export function NotificationBadge({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  useLiveNotifications(memberId);
  const count = useUnreadCount() ?? 0;
  return (
    <NavLink to="/notifications" className="notification-link" aria-label={count > 0 ? t('notifications.badge', { count }) : t('notifications.open')}>
      <span aria-hidden="true">🔔</span>
      {count > 0 && (
        <span className="unread-badge" data-testid="unread-badge">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
