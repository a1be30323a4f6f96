// The members a search found, best match first, each with their trust.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { MemberBadge } from '../../components/MemberBadge';
import { TrustScore } from '../../components/TrustScore';
import { PagedList } from '../../components/PagedList';
import { usePager } from '../../lib/paging';

const SearchMembersQuery = graphql(`
  query SearchMembers($text: String!, $after: String) {
    search(text: $text) {
      members(first: 20, after: $after) {
        edges {
          cursor
          node {
            id
            handle
            ...MemberBadge_member
            trust {
              ...TrustScore_trust
            }
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

export function MemberResults({ text }: { text: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(SearchMembersQuery, { variables: { text } });
  const members = data?.search.members;
  const pager = usePager(members?.pageInfo, fetchMore);
  return (
    <PagedList
      nodes={members?.edges.map((e) => e.node)}
      loading={loading}
      error={error}
      retry={refetch}
      pager={pager}
      empty={t('search.noMembers', { text })}
      testId="member-results"
      className="results"
      row={(node) => (
        <li key={node.id} className="result-row" data-handle={node.handle}>
          <MemberBadge member={node} />
          <TrustScore trust={node.trust} />
        </li>
      )}
    />
  );
}
