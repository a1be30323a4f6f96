// A product's essentials: title, price, category, supplier; compact (in lists and on the
// share page), also how many recommendations it has, so a shopper sees where others' experience
// is. Used by the product page, the share page, the supplier's desk and the products list.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatMoney } from '../lib/format';
import { useCategoryName } from '../lib/category';
import { MemberBadge } from './MemberBadge';

export const ProductSummaryFragment = graphql(`
  fragment ProductSummary_product on Product {
    id
    title
    description
    category
    priceMinor
    currency
    recommendationCount
    supplier {
      id
      ...MemberBadge_member
    }
  }
`);

export function ProductSummary(props: { product: FragmentType<typeof ProductSummaryFragment>; compact?: boolean; heading?: 'h1' | 'h2' }) {
  const { t, i18n } = useTranslation();
  const categoryName = useCategoryName();
  const product = getFragmentData(ProductSummaryFragment, props.product);
  const Heading = props.heading ?? 'h2';
  const price = formatMoney(product.priceMinor, product.currency, i18n.language);
  return (
    <div className={props.compact ? 'product product-compact' : 'product'} data-testid="product">
      <Heading className="product-title">
        {props.compact ? <Link to={`/p/${product.id}`}>{product.title}</Link> : product.title}
      </Heading>
      <p className="product-meta">
        <strong className="price" data-testid="price">
          {price}
        </strong>{' '}
        · <Link to={`/products?category=${encodeURIComponent(product.category)}`}>{categoryName(product.category)}</Link>
      </p>
      {!props.compact && product.description && <p className="description">{product.description}</p>}
      {props.compact && (
        <p className="small" data-testid="recommendation-count">
          {t('products.recommendationCount', { count: product.recommendationCount })}
        </p>
      )}
      <p className="muted small">
        {t('products.suppliedBy')} <MemberBadge member={product.supplier} />
      </p>
    </div>
  );
}
