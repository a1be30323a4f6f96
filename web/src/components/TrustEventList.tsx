// A member's trust events, newest first, each with its delta and the sentence explaining it in
// the reader's language. Its own query so the member page and "me" share it, with "load more".
// The member page fetches the first page with its own query (one round trip, not two in a row)
// and says so with `preloaded`: then this list reads it from the cache instead of asking again.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatDateTime } from '../lib/format';
import { usePager } from '../lib/paging';
import { Empty, ErrorState, FormError, LoadMore, Loading } from './States';

export const TrustEventItemFragment = graphql(`
  fragment TrustEventItem_event on TrustEvent {
    id
    cause
    delta
    after
    textEn
    textZh
    at
  }
`);

const TrustEventsQuery = graphql(`
  query MemberTrustEvents($id: ID!, $after: String) {
    member(id: $id) {
      id
      trustEvents(first: 10, after: $after) {
        edges {
          cursor
          node {
            id
            ...TrustEventItem_event
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export function TrustEventList({ memberId, preloaded = false }: { memberId: string; preloaded?: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(TrustEventsQuery, {
    variables: { id: memberId },
    ...(preloaded ? { fetchPolicy: 'cache-first' as const } : {}),
  });
  const connection = data?.member?.trustEvents;
  const pager = usePager(connection?.pageInfo, fetchMore);
  if (!data && loading) return <Loading />;
  if (!data) return <ErrorState error={error} retry={refetch} />;
  if (!connection || connection.edges.length === 0) return <Empty>{t('trustEvents.empty')}</Empty>;
  return (
    <>
      <ol className="events" data-testid="trust-events">
        {connection.edges.map((edge) => (
          <TrustEventItem key={edge.node.id} event={edge.node} />
        ))}
      </ol>
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}

// The sentence starts with its own delta ("+1.8: …", for readers of the API and notifications);
// here the delta already stands in its coloured column, so it is not said twice.
function withoutDelta(text: string): string {
  return text.replace(/^[+-]?\d+(\.\d+)?[:：]\s*/, '');
}

export function TrustEventItem(props: { event: FragmentType<typeof TrustEventItemFragment> }) {
  const { i18n } = useTranslation();
  const event = getFragmentData(TrustEventItemFragment, props.event);
  const sign = event.delta > 0 ? 'up' : event.delta < 0 ? 'down' : 'none';
  return (
    <li className={`event event-${sign}`} data-testid="trust-event">
      <span className="event-delta" aria-hidden="true">
        {event.delta > 0 ? '+' : ''}
        {event.delta.toFixed(1)}
      </span>
      <span className="event-text">{withoutDelta(i18n.language === 'zh-CN' ? event.textZh : event.textEn)}</span>
      <time className="event-time" dateTime={event.at}>
        {formatDateTime(event.at, i18n.language)}
      </time>
    </li>
  );
}
