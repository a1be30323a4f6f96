// One row of a leaderboard: position, movement since the previous snapshot, the member, trust.
// On "people I follow" the viewer's own row is marked, so they see their place among them.
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { MemberBadge } from '../../components/MemberBadge';
import { Movement } from '../../components/Movement';
import { TrustScore } from '../../components/TrustScore';
import { Avatar } from '../../components/photos/Avatar';
import { UnderReviewMark } from '../../components/UnderReviewMark';

export const LeaderboardRowFragment = graphql(`
  fragment LeaderboardRow_row on LeaderboardRow {
    position
    movement
    member {
      id
      handle
      ...MemberBadge_member
      ...Avatar_member
      ...UnderReviewMark_member
      trust {
        rankKey
        ...TrustScore_trust
      }
    }
  }
`);

interface Props {
  row: FragmentType<typeof LeaderboardRowFragment>;
  hasSnapshot: boolean;
  /** The signed-in viewer's own row. */
  isViewer?: boolean;
}

export function LeaderboardRow(props: Props) {
  const { t } = useTranslation();
  const row = getFragmentData(LeaderboardRowFragment, props.row);
  // "People I follow" lists members no board ranks (no vouched evidence, rank key 0): no arrow
  // for them, not "new".
  const ranked = row.member.trust.rankKey > 0;
  return (
    <li className={props.isViewer ? 'board-row board-row-viewer' : 'board-row'} data-testid="leaderboard-row" data-handle={row.member.handle}>
      <span className="position">{row.position}</span>
      <Movement movement={row.movement} hasSnapshot={props.hasSnapshot && ranked} />
      <span className="board-member">
        <Avatar member={row.member} size={36} />
        <MemberBadge member={row.member} /> <UnderReviewMark member={row.member} />
        {props.isViewer && (
          <span className="tag tag-viewer" data-testid="viewer-row">
            {t('leaderboard.you')}
          </span>
        )}
      </span>
      <TrustScore trust={row.member.trust} />
    </li>
  );
}
