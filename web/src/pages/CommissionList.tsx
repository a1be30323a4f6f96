// My commissions, newest sale first, filtered by status, paged with "load more".
import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { CommissionStatus } from '../gql/graphql';
import { Empty, ErrorState, FormError, LoadMore, Loading } from '../components/States';
import { usePager } from '../lib/paging';
import { CommissionItem } from './CommissionItem';

const MyCommissionsQuery = graphql(`
  query MyCommissions($status: CommissionStatus, $after: String) {
    myCommissions(status: $status, first: 10, after: $after) {
      edges {
        cursor
        node {
          id
          ...CommissionItem_commission
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const STATUSES: CommissionStatus[] = ['PENDING', 'CONFIRMED', 'PAID', 'REVERSED'];

export function CommissionList() {
  const { t } = useTranslation();
  const filterId = useId();
  const [status, setStatus] = useState<CommissionStatus | ''>('');
  const { data, loading, error, refetch, fetchMore } = useQuery(MyCommissionsQuery, { variables: { status: status || null } });
  const connection = data?.myCommissions;
  const pager = usePager(connection?.pageInfo, fetchMore);
  return (
    <>
      <div className="field inline">
        <label htmlFor={filterId}>{t('commissions.show')}</label>
        <select id={filterId} value={status} onChange={(e) => setStatus(e.target.value as CommissionStatus | '')}>
          <option value="">{t('commissions.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`commissions.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {!connection && loading ? (
        <Loading />
      ) : !connection ? (
        <ErrorState error={error} retry={refetch} />
      ) : connection.edges.length === 0 ? (
        <Empty>{t('commissions.empty')}</Empty>
      ) : (
        <ol className="orders" data-testid="my-commissions">
          {connection.edges.map(({ node }) => (
            <CommissionItem key={node.id} commission={node} />
          ))}
        </ol>
      )}
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}
