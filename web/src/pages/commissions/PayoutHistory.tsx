// The payout batches that paid me, newest first: what I received, and what was kept back to
// settle refunds owed from earlier payouts. An admin sees every line of a batch through the
// API; here, as on any member's "me", only my own line is shown.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Empty, ErrorState, FormError, LoadMore, Loading } from '../../components/States';
import { BALANCE_CURRENCY, formatDateTime, formatMoney } from '../../lib/format';
import { usePager } from '../../lib/paging';

export const PayoutItemFragment = graphql(`
  fragment PayoutItem_payout on Payout {
    id
    at
    lines {
      member {
        id
      }
      grossMinor
      recoveredMinor
      netMinor
      carriedOwedMinor
      commissionCount
    }
  }
`);

const PayoutsQuery = graphql(`
  query MyPayouts($after: String) {
    payouts(first: 10, after: $after) {
      edges {
        cursor
        node {
          id
          ...PayoutItem_payout
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function PayoutHistory({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(PayoutsQuery);
  const connection = data?.payouts;
  const pager = usePager(connection?.pageInfo, fetchMore);
  if (!connection && loading) return <Loading />;
  if (!connection) return <ErrorState error={error} retry={refetch} />;
  if (connection.edges.length === 0) return <Empty>{t('payouts.empty')}</Empty>;
  return (
    <>
      <ol className="events" data-testid="payouts">
        {connection.edges.map(({ node }) => (
          <PayoutItem key={node.id} payout={node} memberId={memberId} />
        ))}
      </ol>
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}

function PayoutItem(props: { payout: FragmentType<typeof PayoutItemFragment>; memberId: string }) {
  const { t, i18n } = useTranslation();
  const payout = getFragmentData(PayoutItemFragment, props.payout);
  const line = payout.lines.find((l) => l.member.id === props.memberId);
  const money = (minor: number) => formatMoney(minor, BALANCE_CURRENCY, i18n.language);
  if (!line) return null;
  return (
    <li className="payout" data-testid="payout">
      <p>
        <strong>{t('payouts.net', { amount: money(line.netMinor) })}</strong> ·{' '}
        <time dateTime={payout.at}>{formatDateTime(payout.at, i18n.language)}</time>
      </p>
      <p className="muted small">
        {t('payouts.line', { count: line.commissionCount, gross: money(line.grossMinor), recovered: money(line.recoveredMinor) })}
        {line.carriedOwedMinor > 0 && <> · {t('payouts.carried', { amount: money(line.carriedOwedMinor) })}</>}
      </p>
    </li>
  );
}
