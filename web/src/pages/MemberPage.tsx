// A member's page: trust with its confidence, rank and movement, the trust-and-rank history,
// follow, their pocket shop of recommendations, and every trust event explained.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { graphql } from '../gql';
import { ErrorState, Loading } from '../components/States';
import { TrustEventList } from '../components/TrustEventList';
import { TrustHistoryChart } from '../components/TrustHistoryChart';
import { MemberHeader } from './MemberHeader';
import { PocketShop } from './PocketShop';
import { NotFound } from './NotFoundPage';

const MemberPageQuery = graphql(`
  query MemberPage($handle: String!) {
    member(handle: $handle) {
      id
      handle
      displayName
      ...MemberHeader_member
      trustHistory(days: 90) {
        ...TrustHistoryChart_point
      }
    }
  }
`);

export default function MemberPage() {
  const { t } = useTranslation();
  const { handle = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MemberPageQuery, { variables: { handle } });
  if (!data && loading) return <Loading />;
  if (!data) return <ErrorState error={error} retry={refetch} />;
  const member = data.member;
  if (!member) return <NotFound what={t('member.notFound', { handle })} />;
  return (
    <>
      <MemberHeader member={member} />
      <div className="columns">
        <section aria-labelledby="history-title" className="panel">
          <h2 id="history-title">{t('history.title')}</h2>
          <TrustHistoryChart points={member.trustHistory} />
        </section>
        <section aria-labelledby="events-title" className="panel">
          <h2 id="events-title">{t('trustEvents.title')}</h2>
          <TrustEventList memberId={member.id} />
        </section>
      </div>
      <section aria-labelledby="shop-title">
        <h2 id="shop-title">{t('member.pocketShop', { name: member.displayName })}</h2>
        <PocketShop handle={member.handle} />
      </section>
    </>
  );
}
