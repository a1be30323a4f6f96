// Trusted picks (/picks): products found through the vouched trust of their recommenders and how
// their recommendations held up, with the reason; signed in, also from the people I trust.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Empty, ErrorState, FormError, LoadMore, Loading } from '../../components/States';
import { usePager } from '../../lib/paging';
import { useMe } from '../../lib/session';
import { usePageTitle } from '../../lib/page-title';
import { TrustedPicksQuery } from './trusted-picks-query';
import { PickCard } from './PickCard';

export default function TrustedPicksPage() {
  const { t } = useTranslation();
  usePageTitle(t('picks.title'));
  const { me } = useMe();
  const [params, setParams] = useSearchParams();
  const personal = !!me && params.get('from') === 'circle';
  return (
    <>
      <h1>{t('picks.title')}</h1>
      <p className="lede">{t('picks.lede')}</p>
      {me && (
        <div className="row" role="group" aria-label={t('picks.whose')}>
          <button type="button" className={`button${personal ? ' secondary' : ''}`} aria-pressed={!personal} onClick={() => setParams({}, { replace: true })}>
            {t('picks.everyone')}
          </button>
          <button type="button" className={`button${personal ? '' : ' secondary'}`} aria-pressed={personal} onClick={() => setParams({ from: 'circle' }, { replace: true })}>
            {t('picks.fromMyCircle')}
          </button>
        </div>
      )}
      <Picks key={String(personal)} personal={personal} />
    </>
  );
}

function Picks({ personal }: { personal: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(TrustedPicksQuery, { variables: { personal, first: 20 } });
  const connection = data?.trustedPicks;
  const pager = usePager(connection?.pageInfo, fetchMore);
  if (!connection && loading) return <Loading />;
  if (!connection) return <ErrorState error={error} retry={refetch} />;
  if (connection.edges.length === 0) return <Empty>{personal ? t('picks.emptyCircle') : t('picks.empty')}</Empty>;
  return (
    <>
      <div className="cards" data-testid="picks">
        {connection.edges.map((edge) => (
          <PickCard key={edge.node.product.id} pick={edge.node} personal={personal} />
        ))}
      </div>
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}
