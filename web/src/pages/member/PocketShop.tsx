// A member's pocket shop: their recommendations, newest first, each buyable through its code.
// The member page's query already brings the first page (`preloaded`): read it from the cache.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { RecommendationCard } from '../../components/RecommendationCard';
import { Empty, ErrorState, FormError, LoadMore, Loading } from '../../components/States';
import { usePager } from '../../lib/paging';
import { RecommendationPhotos } from '../../components/photos/RecommendationPhotos';

const PocketShopQuery = graphql(`
  query PocketShop($handle: String!, $after: String) {
    memberRecommendations(handle: $handle, first: 12, after: $after) {
      edges {
        cursor
        node {
          id
          ...RecommendationCard_recommendation
          ...RecommendationPhotos_recommendation
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function PocketShop({ handle, preloaded = false }: { handle: string; preloaded?: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(PocketShopQuery, {
    variables: { handle },
    ...(preloaded ? { fetchPolicy: 'cache-first' as const } : {}),
  });
  const connection = data?.memberRecommendations;
  const pager = usePager(connection?.pageInfo, fetchMore);
  if (!connection && loading) return <Loading />;
  if (!connection) return <ErrorState error={error} retry={refetch} />;
  if (connection.edges.length === 0) return <Empty>{t('member.noRecommendations')}</Empty>;
  return (
    <>
      <div className="cards" data-testid="pocket-shop">
        {connection.edges.map((edge) => (
          <RecommendationCard key={edge.node.id} recommendation={edge.node} showAuthor={false} photos={<RecommendationPhotos recommendation={edge.node} />} />
        ))}
      </div>
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}
