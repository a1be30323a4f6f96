// Fraud flags for review: the open ones by default (what waits for a decision), or the upheld,
// the cleared, or all. Each names its flagged members (linked to their pages), the evidence and
// how many of their commissions wait on hold; clearing one takes a note and says how many
// commissions it released. Five a page: each flag carries up to twelve verdicts of evidence, and
// the query must stay well inside the cost limit as member badges grow (avatars).
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { FraudFlagStatus } from '../../gql/graphql';
import { PagedList, StatusFilter, useConnectionList } from '../../components/PagedList';
import { FraudFlagItem } from './FraudFlagItem';

const FraudFlagsQuery = graphql(`
  query FraudFlags($status: FraudFlagStatus, $after: String) {
    fraudFlags(status: $status, first: 5, after: $after) {
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
  const [status, setStatus] = useState<FraudFlagStatus | ''>('OPEN');
  const result = useQuery(FraudFlagsQuery, { variables: { status: status || null } });
  const list = useConnectionList(result, result.data?.fraudFlags);
  return (
    <>
      <StatusFilter
        label={t('fraud.show')}
        value={status}
        onChange={setStatus}
        options={[
          { value: 'OPEN', label: t('fraud.status.OPEN') },
          { value: 'UPHELD', label: t('fraud.status.UPHELD') },
          { value: 'CLEARED', label: t('fraud.status.CLEARED') },
          { value: '', label: t('fraud.all') },
        ]}
      />
      <PagedList
        {...list}
        empty={t('fraud.empty')}
        testId="fraud-flags"
        row={(node) => <FraudFlagItem key={node.id} flag={node} />}
      />
    </>
  );
}
