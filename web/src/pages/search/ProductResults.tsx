// The products a search found, best match first (a match in a short title before one deep in a
// description), as the products list shows them.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ProductSummary } from '../../components/ProductSummary';
import { Empty, ErrorState, FormError, LoadMore, Loading } from '../../components/States';
import { usePager } from '../../lib/paging';

const SearchProductsQuery = graphql(`
  query SearchProducts($text: String!, $after: String) {
    search(text: $text) {
      products(first: 20, after: $after) {
        edges {
          cursor
          node {
            id
            ...ProductSummary_product
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

export function ProductResults({ text }: { text: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(SearchProductsQuery, { variables: { text } });
  const products = data?.search.products;
  const pager = usePager(products?.pageInfo, fetchMore);
  if (!products) return loading ? <Loading /> : <ErrorState error={error} retry={refetch} />;
  if (products.edges.length === 0) return <Empty>{t('search.noProducts', { text })}</Empty>;
  return (
    <>
      <div className="cards" data-testid="product-results">
        {products.edges.map(({ node }) => (
          <article key={node.id} className="card">
            <ProductSummary product={node} compact />
          </article>
        ))}
      </div>
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}
