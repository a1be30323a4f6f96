// New recommendations from the members I follow, newest first, each with its author's trust and
// a Buy button through it (the feed is where a shopper meets a recommendation, so buying starts here).
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { BuyButton } from '../../components/BuyButton';
import { RecommendationCard } from '../../components/RecommendationCard';
import { RequireSignIn } from '../../components/RequireSignIn';
import { Empty, ErrorState, FormError, LoadMore, Loading } from '../../components/States';
import { usePager } from '../../lib/paging';
import { usePageTitle } from '../../lib/page-title';
import { RecommendationPhotos } from '../../components/photos/RecommendationPhotos';
import { FollowedGroups } from '../group-buy/FollowedGroups';

const FeedQuery = graphql(`
  query Feed($after: String) {
    feed(first: 20, after: $after) {
      edges {
        cursor
        node {
          id
          code
          product {
            id
          }
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

export default function FeedPage() {
  const { t } = useTranslation();
  usePageTitle(t('feed.title'));
  return (
    <>
      <h1>{t('feed.title')}</h1>
      <RequireSignIn>
        <FollowedGroups />
        <Feed />
      </RequireSignIn>
    </>
  );
}

function Feed() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(FeedQuery);
  const connection = data?.feed;
  const pager = usePager(connection?.pageInfo, fetchMore);
  if (!connection && loading) return <Loading />;
  if (!connection) return <ErrorState error={error} retry={refetch} />;
  if (connection.edges.length === 0) {
    return (
      <Empty>
        {t('feed.empty')} <Link to="/">{t('feed.findPeople')}</Link>
      </Empty>
    );
  }
  return (
    <>
      <div className="cards" data-testid="feed">
        {connection.edges.map((edge) => (
          <RecommendationCard key={edge.node.id} recommendation={edge.node} photos={<RecommendationPhotos recommendation={edge.node} />}>
            <BuyButton productId={edge.node.product.id} recommendationCode={edge.node.code} label={t('buy.through')} />
          </RecommendationCard>
        ))}
      </div>
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}
