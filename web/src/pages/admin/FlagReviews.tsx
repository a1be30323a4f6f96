// Review items raised by community flags, beside the fraud flags: the open ones by default
// (heaviest first), or the upheld, the dismissed, or all. Five a page, like the fraud flags:
// each item carries its flags and their flaggers' badges.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { FlagReviewStatus } from '../../gql/graphql';
import { PagedList, StatusFilter, useConnectionList } from '../../components/PagedList';
import { FlagReviewItem } from './FlagReviewItem';

const FlagReviewsQuery = graphql(`
  query FlagReviews($status: FlagReviewStatus, $after: String) {
    flagReviews(status: $status, first: 5, after: $after) {
      edges {
        cursor
        node {
          id
          ...FlagReviewItem_review
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function FlagReviews() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<FlagReviewStatus | ''>('OPEN');
  const result = useQuery(FlagReviewsQuery, { variables: { status: status || null } });
  const list = useConnectionList(result, result.data?.flagReviews);
  return (
    <>
      <StatusFilter
        label={t('flags.reviews.show')}
        value={status}
        onChange={setStatus}
        options={[
          { value: 'OPEN', label: t('flags.reviews.status.OPEN') },
          { value: 'UPHELD', label: t('flags.reviews.status.UPHELD') },
          { value: 'DISMISSED', label: t('flags.reviews.status.DISMISSED') },
          { value: '', label: t('flags.reviews.all') },
        ]}
      />
      <PagedList
        {...list}
        empty={t('flags.reviews.empty')}
        testId="flag-reviews"
        row={(node) => <FlagReviewItem key={node.id} review={node} />}
      />
    </>
  );
}
