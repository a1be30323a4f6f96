// My commissions, newest sale first, filtered by status, paged with "load more".
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CommissionStatus } from '../../gql/graphql';
import { PagedList, StatusFilter } from '../../components/PagedList';
import { usePager } from '../../lib/paging';
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
  const [status, setStatus] = useState<CommissionStatus | ''>('');
  const { data, loading, error, refetch, fetchMore } = useQuery(MyCommissionsQuery, { variables: { status: status || null } });
  const connection = data?.myCommissions;
  const pager = usePager(connection?.pageInfo, fetchMore);
  return (
    <>
      <StatusFilter
        label={t('commissions.show')}
        value={status}
        onChange={setStatus}
        options={[{ value: '', label: t('commissions.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`commissions.status.${s}`) }))]}
      />
      <PagedList
        nodes={connection?.edges.map((e) => e.node)}
        loading={loading}
        error={error}
        retry={refetch}
        pager={pager}
        empty={t('commissions.empty')}
        testId="my-commissions"
        row={(node) => <CommissionItem key={node.id} commission={node} />}
      />
    </>
  );
}
