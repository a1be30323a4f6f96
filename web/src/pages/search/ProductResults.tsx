// The products a search found, best match first (a match in a short title before one deep in a
// description), as the products list shows them.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ProductSummary } from '../../components/ProductSummary';
import { PagedList } from '../../components/PagedList';
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
  return (
    <PagedList
      nodes={products?.edges.map((e) => e.node)}
      loading={loading}
      error={error}
      retry={refetch}
      pager={pager}
      empty={t('search.noProducts', { text })}
      testId="product-results"
      className="cards"
      row={(node) => (
        <li key={node.id} className="card">
          <ProductSummary product={node} compact />
        </li>
      )}
    />
  );
}
