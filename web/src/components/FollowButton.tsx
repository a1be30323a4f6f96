// Follow / unfollow a member. Following changes the "people I follow" board and the feed, so
// those cached lists are dropped and refetched when next shown.
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useMe } from '../lib/session';
import { FormError } from './States';

export const FollowButtonFragment = graphql(`
  fragment FollowButton_member on Member {
    id
    handle
    viewerFollows
    followerCount
  }
`);

const FollowMutation = graphql(`
  mutation Follow($memberId: ID!) {
    follow(memberId: $memberId) {
      id
      viewerFollows
      followerCount
    }
  }
`);

const UnfollowMutation = graphql(`
  mutation Unfollow($memberId: ID!) {
    unfollow(memberId: $memberId) {
      id
      viewerFollows
      followerCount
    }
  }
`);

function dropFollowingLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'feed' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'leaderboard' });
  cache.gc();
}

export function FollowButton(props: { member: FragmentType<typeof FollowButtonFragment> }) {
  const { t } = useTranslation();
  const member = getFragmentData(FollowButtonFragment, props.member);
  const { me } = useMe();
  const [follow, followState] = useMutation(FollowMutation, { update: dropFollowingLists });
  const [unfollow, unfollowState] = useMutation(UnfollowMutation, { update: dropFollowingLists });
  if (!me) {
    return (
      <Link className="button" to={`/signin?next=/m/${member.handle}`}>
        {t('member.signInToFollow')}
      </Link>
    );
  }
  if (me.id === member.id) return null;
  const busy = followState.loading || unfollowState.loading;
  const variables = { memberId: member.id };
  return (
    <div className="follow">
      {member.viewerFollows ? (
        <button type="button" className="button secondary" disabled={busy} onClick={() => void unfollow({ variables }).catch(() => {})}>
          {t('member.unfollow')}
        </button>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={() => void follow({ variables }).catch(() => {})}>
          {t('member.follow')}
        </button>
      )}
      <FormError error={followState.error ?? unfollowState.error} />
    </div>
  );
}
