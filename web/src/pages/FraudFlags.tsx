// Fraud flags for review, open ones first. Each names its flagged members (linked to their
// pages) and how many of their commissions wait on hold; clearing one takes a note and says how
// many commissions it released.
import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { FraudFlagStatus } from '../gql/graphql';
import { Empty, ErrorState, FormError, LoadMore, Loading } from '../components/States';
import { usePager } from '../lib/paging';
import { FraudFlagItem } from './FraudFlagItem';

const FraudFlagsQuery = graphql(`
  query FraudFlags($status: FraudFlagStatus, $after: String) {
    fraudFlags(status: $status, first: 20, after: $after) {
      edges {
        cursor
        node {
          id
          ...FraudFlagItem_flag
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function FraudFlags() {
  const { t } = useTranslation();
  const filterId = useId();
  const [status, setStatus] = useState<FraudFlagStatus | ''>('');
  const { data, loading, error, refetch, fetchMore } = useQuery(FraudFlagsQuery, { variables: { status: status || null } });
  const connection = data?.fraudFlags;
  const pager = usePager(connection?.pageInfo, fetchMore);
  return (
    <>
      <div className="field inline">
        <label htmlFor={filterId}>{t('fraud.show')}</label>
        <select id={filterId} value={status} onChange={(e) => setStatus(e.target.value as FraudFlagStatus | '')}>
          <option value="">{t('fraud.all')}</option>
          <option value="OPEN">{t('fraud.status.OPEN')}</option>
          <option value="CLEARED">{t('fraud.status.CLEARED')}</option>
        </select>
      </div>
      {!connection && loading ? (
        <Loading />
      ) : !connection ? (
        <ErrorState error={error} retry={refetch} />
      ) : connection.edges.length === 0 ? (
        <Empty>{t('fraud.empty')}</Empty>
      ) : (
        <ol className="orders" data-testid="fraud-flags">
          {connection.edges.map(({ node }) => (
            <FraudFlagItem key={node.id} flag={node} />
          ))}
        </ol>
      )}
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}
