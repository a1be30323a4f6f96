// The top of a member's page: who they are, their trust and confidence, rank and movement,
// followers, and the follow button.
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { FollowButton } from '../../components/FollowButton';
import { VerifiedMark } from '../../components/MemberBadge';
import { Movement } from '../../components/Movement';
import { TrustScore } from '../../components/TrustScore';
import { Help } from '../../components/Help';
import { UnderReviewMark } from '../../components/UnderReviewMark';
import { formatDate } from '../../lib/format';
import { Avatar } from '../../components/photos/Avatar';

export const MemberHeaderFragment = graphql(`
  fragment MemberHeader_member on Member {
    handle
    displayName
    bio
    verified
    createdAt
    followerCount
    followingCount
    trust {
      ...TrustScore_trust
    }
    rank {
      rank
      movement
      day
    }
    ...FollowButton_member
    ...Avatar_member
    ...UnderReviewMark_member
  }
`);

export function MemberHeader(props: { member: FragmentType<typeof MemberHeaderFragment> }) {
  const { t, i18n } = useTranslation();
  const member = getFragmentData(MemberHeaderFragment, props.member);
  return (
    <header className="member-header">
      <div className="member-id">
        <Avatar member={member} size={88} alt={t('avatar.of', { name: member.displayName })} priority />
        <h1>
          {member.displayName} {member.verified && <VerifiedMark label={t('member.verified')} />} <UnderReviewMark member={member} />
        </h1>
        <p className="handle">@{member.handle}</p>
        {member.bio && <p className="bio">{member.bio}</p>}
        <p className="muted small">
          {t('member.since', { date: formatDate(member.createdAt, i18n.language) })} ·{' '}
          {t('member.followers', { count: member.followerCount })} · {t('member.following', { count: member.followingCount })}
        </p>
        <FollowButton member={member} />
      </div>
      <dl className="member-stats">
        <div>
          <dt>
            {t('trust.title')} <Help topic="trust" />
          </dt>
          <dd>
            <TrustScore trust={member.trust} large help />
          </dd>
        </div>
        <div>
          <dt>
            {t('member.rank')} <Help topic="rank" />
          </dt>
          <dd data-testid="member-rank">
            {member.rank ? (
              <>
                <strong className="rank">#{member.rank.rank}</strong> <Movement movement={member.rank.movement} hasSnapshot />
              </>
            ) : (
              <span className="muted">{t('member.unranked')}</span>
            )}
          </dd>
        </div>
      </dl>
    </header>
  );
}
