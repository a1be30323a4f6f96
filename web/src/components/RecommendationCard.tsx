// One recommendation: who recommends it with their trust, the stars and text, the product, its
// share link and the share button, and a flag for review (FlagButton). Pages add actions (buy
// through it, edit it) as children.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatDate, formatMoney } from '../lib/format';
import { MemberBadge } from './MemberBadge';
import { FlagButton } from './FlagButton';
import { ShareButton } from './ShareButton';
import { Stars } from './Stars';
import { TrustScore } from './TrustScore';

export const RecommendationCardFragment = graphql(`
  fragment RecommendationCard_recommendation on Recommendation {
    id
    code
    shareUrl
    shareLink
    stars
    text
    createdAt
    revision
    viewerFlagged
    author {
      id
      handle
      displayName
      ...MemberBadge_member
      trust {
        ...TrustScore_trust
      }
    }
    product {
      id
      title
      priceMinor
      currency
    }
  }
`);

interface Props {
  recommendation: FragmentType<typeof RecommendationCardFragment>;
  showAuthor?: boolean;
  showProduct?: boolean;
  /** The recommender's photos of what arrived (RecommendationPhotos), under the text. */
  photos?: ReactNode;
  children?: ReactNode;
}

export function RecommendationCard({ showAuthor = true, showProduct = true, photos, children, ...props }: Props) {
  const { t, i18n } = useTranslation();
  const rec = getFragmentData(RecommendationCardFragment, props.recommendation);
  return (
    <article className="card recommendation" data-testid="recommendation" data-code={rec.code}>
      {showAuthor && (
        <header className="card-head">
          <MemberBadge member={rec.author} />
          <TrustScore trust={rec.author.trust} />
        </header>
      )}
      {showProduct && (
        <p className="rec-product">
          <Link to={`/p/${rec.product.id}`}>{rec.product.title}</Link>{' '}
          <span className="price">{formatMoney(rec.product.priceMinor, rec.product.currency, i18n.language)}</span>
        </p>
      )}
      <p className="rec-meta">
        <Stars stars={rec.stars} /> <time dateTime={rec.createdAt}>{formatDate(rec.createdAt, i18n.language)}</time>
        {rec.revision > 1 && <span className="muted"> · {t('recommendation.edited')}</span>}
      </p>
      <p className="rec-text">{rec.text}</p>
      {photos}
      <p className="rec-share">
        <Link to={rec.shareUrl}>{t('recommendation.shareLink')}</Link>
        <ShareButton
          what={{ kind: 'recommendation', code: rec.code }}
          shareLink={rec.shareLink}
          ownerId={rec.author.id}
          shareTitle={t('sharing.shareText', { name: rec.author.displayName, product: rec.product.title })}
        />
      </p>
      <FlagButton recommendationId={rec.id} authorId={rec.author.id} flagged={rec.viewerFlagged} />
      {children && <div className="card-actions">{children}</div>}
    </article>
  );
}
