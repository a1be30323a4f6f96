// The history of my daily place among friends: one row per daily snapshot, newest first, with the
// movement and the cheers my friends gave that day.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Empty, ErrorState, Loading } from '../../components/States';
import { Movement } from '../../components/Movement';
import { RequireSignIn } from '../../components/RequireSignIn';
import { MeNav } from '../me/MeNav';
import { usePageTitle } from '../../lib/page-title';

const HistoryQuery = graphql(`
  query CircleDayHistory {
    me {
      id
      circleDays(days: 30) {
        day
        place
        ranked
        movement
        cheers
      }
    }
  }
`);

export default function CircleDayHistoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('circleDay.historyTitle'));
  return (
    <RequireSignIn>
      <h1>{t('circleDay.historyTitle')}</h1>
      <MeNav />
      <p className="lede">{t('circleDay.historyLede')}</p>
      <History />
    </RequireSignIn>
  );
}

function History() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(HistoryQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return loading ? <Loading /> : <ErrorState error={error} retry={refetch} />;
  const days = data.me?.circleDays ?? [];
  if (days.length === 0) return <Empty>{t('circleDay.noHistory')}</Empty>;
  return (
    <ol className="events" data-testid="circle-history">
      {days.map((d) => (
        <li key={d.day} className="event circle-history-day">
          <span className="muted small">{d.day}</span>
          <span>
            {d.place === null ? t('circleDay.unranked', { count: d.ranked }) : t('circleDay.place', { place: d.place, count: d.ranked })}{' '}
            {d.place !== null && <Movement movement={d.movement} hasSnapshot />}{' '}
            <span className="muted small">{t('circleDay.cheersOnMine', { count: d.cheers })}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
