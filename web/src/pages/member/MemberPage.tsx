// A member's page: trust with its confidence, rank and movement, the trust-and-rank history,
// follow, their pocket shop of recommendations, and every trust event explained.
import { memo, useDeferredValue } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { MemberPageQuery as MemberPageQueryData } from '../../gql/graphql';
import { ErrorState, Loading } from '../../components/States';
import { TrustEventList } from '../../components/TrustEventList';
import { TrustHistoryChart } from '../../components/TrustHistoryChart';
import { MemberHeader } from './MemberHeader';
import { PocketShop } from './PocketShop';
import { NotFound } from '../NotFoundPage';
import { MemberPageQuery } from './member-page-query';
import { useFreshPreload } from '../../preload';
import { usePageTitle } from '../../lib/page-title';
import { errorCode } from '../../lib/errors';

export default function MemberPage() {
  const { t } = useTranslation();
  const { handle = '' } = useParams();
  // On a cold visit the page's answer came with index.html or main.tsx already asked for it
  // (preload.ts): read that answer, not twice.
  const preloaded = useFreshPreload(`member:${handle}`);
  const { data, loading, error, refetch } = useQuery(MemberPageQuery, {
    variables: { handle },
    ...(preloaded ? { fetchPolicy: 'cache-first' as const } : {}),
  });
  // The page arrives whole and renders from a deferred copy: React builds it in the background,
  // in slices, instead of in the one long task that Apollo's urgent update would make it.
  const page = useDeferredValue(data);
  // A handle nobody has (NOT_FOUND from the pocket shop's list) or none can have (too long:
  // BAD_USER_INPUT) is a page that does not exist, not a failure to retry.
  const missing = (!page && !loading && NO_SUCH_MEMBER.has(errorCode(error) ?? '')) || (page && !page.member);
  usePageTitle(missing ? t('notFound.title') : `@${handle}`);
  if (missing) return <NotFound what={t('member.notFound', { handle: shortHandle(handle) })} />;
  if (!page) return data || loading ? <Loading /> : <ErrorState error={error} retry={refetch} />;
  return <MemberContent member={page.member!} />;
}

const NO_SUCH_MEMBER = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);

/** A handle as typed into the address bar, cut short enough to read in a sentence. */
function shortHandle(handle: string): string {
  return handle.length > 32 ? `${handle.slice(0, 30)}…` : handle;
}

type Member = NonNullable<MemberPageQueryData['member']>;

const MemberContent = memo(function MemberContent({ member }: { member: Member }) {
  const { t } = useTranslation();
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
          <TrustEventList memberId={member.id} preloaded />
        </section>
      </div>
      <section aria-labelledby="shop-title">
        <h2 id="shop-title">{t('member.pocketShop', { name: member.displayName })}</h2>
        <PocketShop handle={member.handle} preloaded />
      </section>
    </>
  );
});
