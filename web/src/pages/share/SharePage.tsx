// A recommendation's share page (/r/<code>): who recommends what, with their trust, and a buy
// button that credits them — and the re-sharer named by ?via=<handle>, when there is one.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { BuyButton } from '../../components/BuyButton';
import { ProductSummary } from '../../components/ProductSummary';
import { RecommendationCard } from '../../components/RecommendationCard';
import { ErrorState, Loading } from '../../components/States';
import { ShareButton } from '../../components/ShareButton';
import { useMe } from '../../lib/session';
import { NotFound } from '../NotFoundPage';
import { usePageTitle } from '../../lib/page-title';
import { RecommendationPhotos } from '../../components/photos/RecommendationPhotos';
import { OpenGroupBuy } from '../group-buy/OpenGroupBuy';

const SharePageQuery = graphql(`
  query SharePage($code: String!) {
    recommendationByCode(code: $code) {
      id
      code
      shareLink
      author {
        id
        handle
        displayName
      }
      product {
        id
        title
        ...ProductSummary_product
      }
      ...RecommendationCard_recommendation
      ...RecommendationPhotos_recommendation
    }
  }
`);

export default function SharePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const via = params.get('via') ?? undefined;
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(SharePageQuery, { variables: { code } });
  const shared = data?.recommendationByCode;
  usePageTitle(shared ? t('share.title', { name: shared.author.displayName }) : undefined);
  if (!data && loading) return <Loading />;
  if (!data) return <ErrorState error={error} retry={refetch} />;
  const rec = data.recommendationByCode;
  if (!rec) return <NotFound what={t('share.notFound')} />;
  const resharing = !!me && me.id !== rec.author.id;
  return (
    <>
      <h1>{t('share.title', { name: rec.author.displayName })}</h1>
      {via && <p className="muted">{t('share.via', { handle: via })}</p>}
      <RecommendationCard recommendation={rec} showProduct={false} photos={<RecommendationPhotos recommendation={rec} />}>
        <BuyButton productId={rec.product.id} recommendationCode={rec.code} resharerHandle={via} label={t('buy.through')} />
      </RecommendationCard>
      <section className="panel">
        <ProductSummary product={rec.product} compact />
      </section>
      {me?.id === rec.author.id && <OpenGroupBuy recommendationCode={rec.code} />}
      {resharing && (
        <section className="panel">
          <h2>{t('share.reshareTitle')}</h2>
          <p className="muted small">{t('share.reshareText')}</p>
          <ShareButton
            what={{ kind: 'recommendation', code: rec.code }}
            shareLink={rec.shareLink}
            ownerId={rec.author.id}
            shareTitle={t('sharing.shareText', { name: rec.author.displayName, product: rec.product.title })}
            primary
          />
        </section>
      )}
    </>
  );
}
