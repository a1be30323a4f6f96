// My commissions, newest sale first, filtered by status (or to those on a fraud hold, which are
// pending but wait on a review), paged with "load more".
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CommissionStatus } from '../../gql/graphql';
import { PagedList, StatusFilter, useConnectionList } from '../../components/PagedList';
import { CommissionItem } from './CommissionItem';

const MyCommissionsQuery = graphql(`
  query MyCommissions($status: CommissionStatus, $onHold: Boolean, $after: String) {
    myCommissions(status: $status, onHold: $onHold, first: 10, after: $after) {
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
const ON_HOLD = 'ON_HOLD';
type Filter = CommissionStatus | typeof ON_HOLD;

export function CommissionList() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter | ''>('');
  const variables = filter === ON_HOLD ? { status: null, onHold: true } : { status: filter || null, onHold: null };
  const result = useQuery(MyCommissionsQuery, { variables });
  const list = useConnectionList(result, result.data?.myCommissions);
  return (
    <>
      <StatusFilter
        label={t('commissions.show')}
        value={filter}
        onChange={setFilter}
        options={[
          { value: '', label: t('commissions.all') },
          ...STATUSES.map((s) => ({ value: s, label: t(`commissions.status.${s}`) })),
          { value: ON_HOLD, label: t('commissions.onHoldFilter') },
        ]}
      />
      <PagedList
        {...list}
        empty={t('commissions.empty')}
        testId="my-commissions"
        row={(node) => <CommissionItem key={node.id} commission={node} />}
      />
    </>
  );
}
