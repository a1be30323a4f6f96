// The inbox: my notifications, newest first, paged; mark one or all read. Refetched when the live
// stream says a new one arrived, so the list follows the badge without a reload.
import { useCallback } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RequireSignIn } from '../../components/RequireSignIn';
import { Empty, ErrorState, FormError, Loading, LoadMore } from '../../components/States';
import { unreadChanged, useNotificationArrivals } from '../../lib/live-notifications';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation, NotificationsQuery } from './operations';
import { NotificationItem } from './NotificationItem';

const PAGE = 20;

export default function InboxPage() {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      <h1>{t('notifications.title')}</h1>
      <Inbox />
    </RequireSignIn>
  );
}

function Inbox() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsQuery, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  useNotificationArrivals(useCallback(() => void refetch(), [refetch]));
  const [markOne, one] = useMutation(MarkNotificationReadMutation);
  const [markAll, all] = useMutation(MarkAllNotificationsReadMutation);
  const page = data?.notifications;
  if (!page && loading) return <Loading />;
  if (!page) return <ErrorState error={error} retry={refetch} />;
  const unread = data.unreadNotificationCount;

  const onRead = (id: string) => {
    void markOne({ variables: { id } })
      .then(() => unreadChanged(Math.max(0, unread - 1)))
      .then(() => refetch())
      .catch(() => undefined);
  };
  const onReadAll = () => {
    void markAll()
      .then(() => unreadChanged(0))
      .then(() => refetch())
      .catch(() => undefined);
  };

  return (
    <section aria-label={t('notifications.title')}>
      <p>
        <Link to="/account/notifications">{t('notifications.settings')}</Link>
      </p>
      {unread > 0 && (
        <button type="button" className="button secondary" disabled={all.loading} onClick={onReadAll}>
          {t('notifications.markAllRead')}
        </button>
      )}
      <FormError error={one.error ?? all.error} />
      {page.edges.length === 0 ? (
        <Empty>{t('notifications.empty')}</Empty>
      ) : (
        <ul className="notification-list" data-testid="notifications">
          {page.edges.map(({ node }) => (
            <NotificationItem key={node.id} n={node} onRead={onRead} busy={one.loading} />
          ))}
        </ul>
      )}
      <LoadMore
        hasMore={page.pageInfo.hasNextPage}
        loading={loading}
        onMore={() => fetchMore({ variables: { first: PAGE, after: page.pageInfo.endCursor } })}
      />
    </section>
  );
}
