// My recommendations, each editable in place; the share link is on every card.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { RecommendationCard } from '../../components/RecommendationCard';
import { Empty, ErrorState, FormError, Loading, LoadMore } from '../../components/States';
import { usePager } from '../../lib/paging';
import { RecommendationForm } from './RecommendationForm';

// Up to 100: a member posts at most 5 a day, and "me" needs the whole set to tell which
// received products are already recommended.
export const MyRecommendationsQuery = graphql(`
  query MyRecommendations($handle: String!, $after: String) {
    memberRecommendations(handle: $handle, first: 20, after: $after) {
      edges {
        cursor
        node {
          id
          stars
          text
          photos {
            id
            url
            srcset
            width
            height
          }
          product {
            id
          }
          ...RecommendationCard_recommendation
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function MyRecommendations({ handle }: { handle: string }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(MyRecommendationsQuery, { variables: { handle } });
  const connection = data?.memberRecommendations;
  // Twenty at a time: a card with its photos, product and share link is a large answer, and a
  // hundred of them cost more than one query may (server/query-cost.ts).
  const pager = usePager(connection?.pageInfo, fetchMore);
  if (!connection && loading) return <Loading />;
  if (!connection) return <ErrorState error={error} retry={refetch} />;
  if (connection.edges.length === 0) return <Empty>{t('me.noRecommendations')}</Empty>;
  return (
    <>
      <div className="cards" data-testid="my-recommendations">
        {connection.edges.map(({ node }) => (
          <RecommendationCard key={node.id} recommendation={node} showAuthor={false}>
            {editing === node.id ? (
              <RecommendationForm target={{ recommendationId: node.id, stars: node.stars, text: node.text, photos: node.photos }} onDone={() => setEditing(null)} />
            ) : (
              <button type="button" className="button secondary" onClick={() => setEditing(node.id)}>
                {t('recommend.edit')}
              </button>
            )}
          </RecommendationCard>
        ))}
      </div>
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}
