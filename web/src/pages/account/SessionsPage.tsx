// Where I am signed in: each session's device, when it began and when it was last used, this
// one marked; end any other, or all others at once.
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorState, FormError, Loading } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { AccountShell } from './AccountShell';

const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      device
      createdAt
      lastUsedAt
      current
    }
  }
`);

const EndSessionMutation = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

const EndOtherSessionsMutation = graphql(`
  mutation EndOtherSessions {
    endOtherSessions
  }
`);

export default function SessionsPage() {
  const { t } = useTranslation();
  return (
    <AccountShell title={t('account.sessions.title')}>
      <Sessions />
    </AccountShell>
  );
}

function Sessions() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MySessionsQuery, { fetchPolicy: 'network-only' });
  const refetchQueries = [{ query: MySessionsQuery }];
  const [endOne, ending] = useMutation(EndSessionMutation, { refetchQueries, awaitRefetchQueries: true });
  const [endOthers, endingOthers] = useMutation(EndOtherSessionsMutation, { refetchQueries, awaitRefetchQueries: true });
  const sessions = data?.mySessions;
  if (!sessions && loading) return <Loading />;
  if (!sessions) return <ErrorState error={error} retry={refetch} />;
  const others = sessions.filter((s) => !s.current).length;

  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('account.sessions.title')}</h2>
      <p className="muted">{t('account.sessions.intro')}</p>
      <ul className="session-list" data-testid="sessions">
        {sessions.map((s) => (
          <li key={s.id} className="session-item" data-current={s.current || undefined}>
            <strong>{s.device || t('account.sessions.unknownDevice')}</strong>
            {s.current && <span className="badge">{t('account.sessions.thisOne')}</span>}
            <span className="muted">
              {t('account.sessions.since', { date: formatDateTime(s.createdAt, i18n.language) })} ·{' '}
              {t('account.sessions.lastUsed', { date: formatDateTime(s.lastUsedAt, i18n.language) })}
            </span>
            {!s.current && (
              <button type="button" className="button secondary" disabled={ending.loading} onClick={() => void endOne({ variables: { id: s.id } }).catch(() => undefined)}>
                {t('account.sessions.end')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <FormError error={ending.error ?? endingOthers.error} />
      {others > 0 && (
        <button type="button" className="button" disabled={endingOthers.loading} onClick={() => void endOthers().catch(() => undefined)}>
          {t('account.sessions.endOthers')}
        </button>
      )}
    </section>
  );
}
