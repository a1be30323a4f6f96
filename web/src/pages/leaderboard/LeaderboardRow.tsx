// One row of a leaderboard: position, movement since the previous snapshot, the member, trust.
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { MemberBadge } from '../../components/MemberBadge';
import { Movement } from '../../components/Movement';
import { TrustScore } from '../../components/TrustScore';
import { UnderReviewMark } from '../../components/UnderReviewMark';

export const LeaderboardRowFragment = graphql(`
  fragment LeaderboardRow_row on LeaderboardRow {
    position
    movement
    member {
      id
      handle
      ...MemberBadge_member
      ...UnderReviewMark_member
      trust {
        ...TrustScore_trust
      }
    }
  }
`);

export function LeaderboardRow(props: { row: FragmentType<typeof LeaderboardRowFragment>; hasSnapshot: boolean }) {
  const row = getFragmentData(LeaderboardRowFragment, props.row);
  return (
    <li className="board-row" data-testid="leaderboard-row" data-handle={row.member.handle}>
      <span className="position">{row.position}</span>
      <Movement movement={row.movement} hasSnapshot={props.hasSnapshot} />
      <span className="board-member">
        <MemberBadge member={row.member} /> <UnderReviewMark member={row.member} />
      </span>
      <TrustScore trust={row.member.trust} />
    </li>
  );
}
