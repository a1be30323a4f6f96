// A product: what it is and costs, then its recommendations with the most trusted recommender
// first, each with "buy through this recommendation". Buying without one is possible too.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { getFragmentData, graphql } from '../../gql';
import { BuyButton } from '../../components/BuyButton';
import { ProductSummary, ProductSummaryFragment } from '../../components/ProductSummary';
import { RecommendationCard } from '../../components/RecommendationCard';
import { Empty, ErrorState, FormError, LoadMore, Loading } from '../../components/States';
import { usePager } from '../../lib/paging';
import { NotFound } from '../NotFoundPage';
import { usePageTitle } from '../../lib/page-title';
import { PhotoGallery } from '../../components/photos/PhotoGallery';
import { RecommendationPhotos } from '../../components/photos/RecommendationPhotos';

const ProductPageQuery = graphql(`
  query ProductPage($id: ID!, $after: String) {
    product(id: $id) {
      id
      title
      photos {
        id
        ...Photo_photo
      }
      ...ProductSummary_product
    }
    productRecommendations(productId: $id, first: 10, after: $after) {
      edges {
        cursor
        node {
          id
          code
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

export default function ProductPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(ProductPageQuery, { variables: { id } });
  const recommendations = data?.productRecommendations;
  const pager = usePager(recommendations?.pageInfo, fetchMore);
  usePageTitle(getFragmentData(ProductSummaryFragment, data?.product)?.title);
  if (!data && loading) return <Loading />;
  if (!data) return <ErrorState error={error} retry={refetch} />;
  if (!data.product) return <NotFound what={t('products.notFound')} />;
  return (
    <>
      <section className="panel product-panel">
        <PhotoGallery photos={data.product.photos} title={data.product.title} />
        <ProductSummary product={data.product} heading="h1" />
        <BuyButton productId={data.product.id} label={t('buy.direct')} />
      </section>
      <section aria-labelledby="recs-title">
        <h2 id="recs-title">{t('products.recommendations')}</h2>
        <p className="muted small">{t('products.recommendationsOrder')}</p>
        {!recommendations || recommendations.edges.length === 0 ? (
          <Empty>{t('products.noRecommendations')}</Empty>
        ) : (
          <div className="cards" data-testid="product-recommendations">
            {recommendations.edges.map((edge) => (
              <RecommendationCard key={edge.node.id} recommendation={edge.node} showProduct={false} photos={<RecommendationPhotos recommendation={edge.node} />}>
                <BuyButton productId={data.product!.id} recommendationCode={edge.node.code} label={t('buy.through')} />
              </RecommendationCard>
            ))}
          </div>
        )}
        <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
        <FormError error={pager.error} />
      </section>
    </>
  );
}
