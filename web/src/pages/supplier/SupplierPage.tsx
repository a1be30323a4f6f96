// A supplier's desk: the orders to deliver or refund, what their sales owe in commissions, and
// their products (list, create, edit).
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ProductSummary } from '../../components/ProductSummary';
import { RequireSignIn } from '../../components/RequireSignIn';
import { Empty, ErrorState, FormError, LoadMore, Loading } from '../../components/States';
import { usePager } from '../../lib/paging';
import { useMe } from '../../lib/session';
import { ProductForm } from './ProductForm';
import { GroupTiersForm } from '../group-buy/GroupTiersForm';
import { SupplierCommissions } from './SupplierCommissions';
import { SupplierOrders } from './SupplierOrders';
import { usePageTitle } from '../../lib/page-title';

const SupplierProductsQuery = graphql(`
  query SupplierProducts($supplierId: ID!, $after: String) {
    products(supplierId: $supplierId, first: 20, after: $after) {
      edges {
        cursor
        node {
          id
          ...ProductSummary_product
          ...ProductForm_product
          ...GroupTiersForm_product
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export default function SupplierPage() {
  const { t } = useTranslation();
  usePageTitle(t('supplier.title'));
  return (
    <>
      <h1>{t('supplier.title')}</h1>
      <RequireSignIn role="SUPPLIER">
        {/* Up to twenty orders to deliver come first: the products are a jump away, not a long scroll. */}
        <nav className="jump" aria-label={t('supplier.jump.label')}>
          <a href="#supplier-orders-title">{t('supplier.jump.orders')}</a>
          <a href="#supplier-commissions-title">{t('supplier.jump.commissions')}</a>
          <a href="#supplier-products-title">{t('supplier.jump.products')}</a>
        </nav>
        <section aria-labelledby="supplier-orders-title">
          <h2 id="supplier-orders-title">{t('supplier.orders')}</h2>
          <SupplierOrders />
        </section>
        <section aria-labelledby="supplier-commissions-title">
          <h2 id="supplier-commissions-title">{t('supplierCommissions.title')}</h2>
          <SupplierCommissions />
        </section>
        <section aria-labelledby="supplier-products-title">
          <h2 id="supplier-products-title">{t('supplier.products')}</h2>
          <SupplierProducts />
        </section>
      </RequireSignIn>
    </>
  );
}

function SupplierProducts() {
  const { t } = useTranslation();
  const { me } = useMe();
  const [editing, setEditing] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(SupplierProductsQuery, { variables: { supplierId: me?.id ?? '' }, skip: !me });
  const connection = data?.products;
  const pager = usePager(connection?.pageInfo, fetchMore);
  return (
    <>
      {editing === 'new' ? (
        <ProductForm onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('supplier.newProduct')}
        </button>
      )}
      {!connection && loading ? (
        <Loading />
      ) : !connection ? (
        <ErrorState error={error} retry={refetch} />
      ) : connection.edges.length === 0 ? (
        <Empty>{t('supplier.noProducts')}</Empty>
      ) : (
        <div className="cards" data-testid="supplier-products">
          {connection.edges.map(({ node }) => (
            <article key={node.id} className="card">
              <ProductSummary product={node} compact />
              {editing === node.id ? (
                <>
                  <ProductForm product={node} onDone={() => setEditing(null)} />
                  <GroupTiersForm product={node} />
                </>
              ) : (
                <button type="button" className="button secondary" onClick={() => setEditing(node.id)}>
                  {t('supplier.editProduct')}
                </button>
              )}
            </article>
          ))}
        </div>
      )}
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}
