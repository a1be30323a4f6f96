// A product's essentials: title, price, category, supplier; compact (in lists and on the
// share page), also how many recommendations it has, so a shopper sees where others' experience
// is. Used by the product page, the share page, the supplier's desk and the products list.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatMoney } from '../lib/format';
import { useCategoryName } from '../lib/category';
import { MemberBadge } from './MemberBadge';
import { Photo } from './photos/Photo';

export const ProductSummaryFragment = graphql(`
  fragment ProductSummary_product on Product {
    id
    title
    description
    category
    priceMinor
    currency
    recommendationCount
    coverPhoto {
      id
      ...Photo_photo
    }
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
  const details = (
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
  // In lists, the cover beside the essentials; the product page shows its gallery instead.
  if (!props.compact || !product.coverPhoto) return details;
  return (
    <div className="product-with-cover">
      <Photo photo={product.coverPhoto} alt={product.title} sizes="6rem" className="product-cover" />
      {details}
    </div>
  );
}
