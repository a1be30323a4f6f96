// Browse products, newest first, by category and by words in the title or description.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { ProductSummary } from '../../components/ProductSummary';
import { Empty, ErrorState, FormError, LoadMore, Loading } from '../../components/States';
import { usePager } from '../../lib/paging';
import { CategoryPicker } from '../../components/BoardTabs';
import { usePageTitle } from '../../lib/page-title';
import { TrustedPicksSection } from '../trusted-picks/TrustedPicksSection';

const ProductsQuery = graphql(`
  query Products($category: String, $search: String, $after: String) {
    products(category: $category, search: $search, first: 20, after: $after) {
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
`);

export default function ProductsPage() {
  const { t } = useTranslation();
  usePageTitle(t('products.title'));
  const [params, setParams] = useSearchParams();
  const category = params.get('category') ?? '';
  const search = params.get('q') ?? '';
  const [text, setText] = useState(search);
  const searchId = useId();
  useEffect(() => {
    setText(search);
  }, [search]);

  const update = (next: { category?: string; q?: string }) => {
    const merged = { category, q: search, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, v]) => v)), { replace: true });
  };
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    update({ q: text.trim() });
  };

  return (
    <>
      <h1>{t('products.title')}</h1>
      {!category && !search && <TrustedPicksSection />}
      <div className="filters">
        <CategoryPicker value={category} onChange={(c) => update({ category: c })} allLabel={t('products.allCategories')} />
        <form role="search" className="search" onSubmit={onSearch}>
          <label htmlFor={searchId} className="visually-hidden">
            {t('products.searchLabel')}
          </label>
          <input id={searchId} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('products.searchPlaceholder')} maxLength={100} />
          <button type="submit" className="button secondary">
            {t('search.go')}
          </button>
        </form>
      </div>
      <ProductList category={category || null} search={search || null} />
    </>
  );
}

function ProductList({ category, search }: { category: string | null; search: string | null }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(ProductsQuery, { variables: { category, search } });
  const connection = data?.products;
  const pager = usePager(connection?.pageInfo, fetchMore);
  if (!connection && loading) return <Loading />;
  if (!connection) return <ErrorState error={error} retry={refetch} />;
  if (connection.edges.length === 0) return <Empty>{t('products.empty')}</Empty>;
  return (
    <>
      <div className="cards" data-testid="products">
        {connection.edges.map((edge) => (
          <article key={edge.node.id} className="card">
            <ProductSummary product={edge.node} compact />
          </article>
        ))}
      </div>
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}
