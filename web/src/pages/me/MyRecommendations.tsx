// My recommendations, each editable in place; the share link is on every card.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { RecommendationCard } from '../../components/RecommendationCard';
import { Empty, ErrorState, Loading } from '../../components/States';
import { RecommendationForm } from './RecommendationForm';

// Up to 100: a member posts at most 5 a day, and "me" needs the whole set to tell which
// received products are already recommended.
export const MyRecommendationsQuery = graphql(`
  query MyRecommendations($handle: String!) {
    memberRecommendations(handle: $handle, first: 100) {
      edges {
        cursor
        node {
          id
          stars
          text
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
  const { data, loading, error, refetch } = useQuery(MyRecommendationsQuery, { variables: { handle } });
  const connection = data?.memberRecommendations;
  if (!connection && loading) return <Loading />;
  if (!connection) return <ErrorState error={error} retry={refetch} />;
  if (connection.edges.length === 0) return <Empty>{t('me.noRecommendations')}</Empty>;
  return (
    <div className="cards" data-testid="my-recommendations">
      {connection.edges.map(({ node }) => (
        <RecommendationCard key={node.id} recommendation={node} showAuthor={false}>
          {editing === node.id ? (
            <RecommendationForm target={{ recommendationId: node.id, stars: node.stars, text: node.text }} onDone={() => setEditing(null)} />
          ) : (
            <button type="button" className="button secondary" onClick={() => setEditing(node.id)}>
              {t('recommend.edit')}
            </button>
          )}
        </RecommendationCard>
      ))}
    </div>
  );
}
