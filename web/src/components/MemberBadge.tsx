// A member as shown everywhere: display name linking to their page, @handle, verified badge.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../gql';

export const MemberBadgeFragment = graphql(`
  fragment MemberBadge_member on Member {
    handle
    displayName
    verified
  }
`);

export function MemberBadge(props: { member: FragmentType<typeof MemberBadgeFragment> }) {
  const { t } = useTranslation();
  const member = getFragmentData(MemberBadgeFragment, props.member);
  return (
    <span className="member-badge">
      <Link to={`/m/${member.handle}`} className="member-name">
        {member.displayName}
      </Link>
      {member.verified && <VerifiedMark label={t('member.verified')} />}
      <span className="handle">@{member.handle}</span>
    </span>
  );
}

export function VerifiedMark({ label }: { label: string }) {
  return (
    <span className="verified" title={label} aria-label={label} role="img">
      ✓
    </span>
  );
}
