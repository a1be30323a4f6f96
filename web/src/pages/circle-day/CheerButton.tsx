// A cheer (like) on a friend's day among friends: once per friend-day, and it moves no trust. The
// answer carries the new count; the cache keys a FriendDay by member and day (apollo-cache.ts),
// so every place showing that day updates with it.
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormError } from '../../components/States';

const CheerMutation = graphql(`
  mutation CheerFriendDay($memberId: ID!, $day: String!) {
    cheerFriendDay(memberId: $memberId, day: $day) {
      day
      cheers
      viewerCheered
      member {
        id
      }
    }
  }
`);

export function CheerButton({ memberId, name, day, cheers, cheered }: { memberId: string; name: string; day: string; cheers: number; cheered: boolean }) {
  const { t } = useTranslation();
  const [cheer, state] = useMutation(CheerMutation);
  const label = cheered ? t('circleDay.cheered', { name }) : t('circleDay.cheer', { name });
  return (
    <span className="cheer">
      <button
        type="button"
        className={`button small-button${cheered ? ' secondary' : ''}`}
        aria-pressed={cheered}
        aria-label={label}
        title={label}
        disabled={cheered || state.loading}
        data-testid="cheer"
        onClick={() => void cheer({ variables: { memberId, day } }).catch(() => {})}
      >
        {cheered ? t('circleDay.cheeredButton') : t('circleDay.cheerButton')} · {cheers}
      </button>
      <FormError error={state.error} />
    </span>
  );
}
