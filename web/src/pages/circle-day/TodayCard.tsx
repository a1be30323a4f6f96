// "Today" among friends, like a friends' step ranking: the signed-in member's place among the
// people they follow and who follow them in the latest daily snapshot, the movement since the day
// before, who passed them and the circle's top, each friend with a cheer. Shown on the
// leaderboard; nothing at all until there is a record (no circle yet, or no snapshot).
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getFragmentData, graphql } from '../../gql';
import type { FriendDay_FriendFragment } from '../../gql/graphql';
import { MemberBadge } from '../../components/MemberBadge';
import { Movement } from '../../components/Movement';
import { CheerButton } from './CheerButton';
import { useFreshPreload } from '../../preload';

const TodayQuery = graphql(`
  query TodayCard {
    me {
      id
      circleDay {
        day
        place
        ranked
        movement
        cheers
        top {
          ...FriendDay_friend
        }
        passedBy {
          ...FriendDay_friend
        }
      }
    }
  }
`);

const FriendDayFragment = graphql(`
  fragment FriendDay_friend on FriendDay {
    day
    cheers
    viewerCheered
    member {
      id
      displayName
      ...MemberBadge_member
    }
  }
`);

type Friend = FriendDay_FriendFragment;

export function TodayCard() {
  const { t } = useTranslation();
  // Shipped with the page (server/first-paint.ts): read it, do not ask twice.
  const shipped = useFreshPreload('today');
  const { data } = useQuery(TodayQuery, { fetchPolicy: shipped ? 'cache-first' : 'cache-and-network' });
  const me = data?.me;
  const day = me?.circleDay;
  if (!me || !day) return null;
  const top = getFragmentData(FriendDayFragment, day.top);
  const passedBy = getFragmentData(FriendDayFragment, day.passedBy);
  return (
    <section className="panel today" aria-labelledby="today-title" data-testid="today-card">
      <h2 id="today-title" className="today-title">
        {t('circleDay.title', { day: day.day })}
      </h2>
      <p className="today-place" data-testid="today-place">
        {day.place === null ? t('circleDay.unranked', { count: day.ranked }) : t('circleDay.place', { place: day.place, count: day.ranked })}{' '}
        {day.place !== null && <Movement movement={day.movement} hasSnapshot />}
      </p>
      {passedBy.length > 0 && (
        <p className="small" data-testid="today-passed-by">
          {t('circleDay.passedBy')} {passedBy.map((f) => f.member.displayName).join(t('circleDay.listSeparator'))}
        </p>
      )}
      <h3 className="small muted">{t('circleDay.top')}</h3>
      <ol className="today-top" data-testid="today-top">
        {top.map((friend, i) => (
          <FriendRow key={friend.member.id} friend={friend} place={i + 1} isMe={friend.member.id === me.id} myCheers={day.cheers} />
        ))}
      </ol>
      <p className="small muted">
        {t('circleDay.cheersNoTrust')} <Link to="/me/circle">{t('circleDay.history')}</Link>
      </p>
    </section>
  );
}

function FriendRow({ friend, place, isMe, myCheers }: { friend: Friend; place: number; isMe: boolean; myCheers: number }) {
  const { t } = useTranslation();
  return (
    <li className="today-friend" data-testid="today-friend">
      <span className="position">{place}</span>
      <MemberBadge member={friend.member} />
      {isMe ? (
        <span className="tag tag-viewer">{t('circleDay.cheersOnMine', { count: myCheers })}</span>
      ) : (
        <CheerButton memberId={friend.member.id} name={friend.member.displayName} day={friend.day} cheers={friend.cheers} cheered={friend.viewerCheered} />
      )}
    </li>
  );
}
