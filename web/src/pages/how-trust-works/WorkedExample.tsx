// The worked example: a real member's live numbers — by default whoever tops the global board
// now, or the member a link names (?m=handle, from a member page's help). Their vouched
// evidence and the rank key the server derived from it by the Wilson bound.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Empty, ErrorState, Loading } from '../../components/States';
import { formatConfidence, formatScore } from '../../lib/format';

const ExampleMemberFragment = graphql(`
  fragment WorkedExample_member on Member {
    handle
    displayName
    trust {
      score
      confidence
      rankKey
      vouchedHeldUp
      vouchedLetDown
    }
  }
`);

const TopOfBoardQuery = graphql(`
  query WorkedExampleTop {
    leaderboard(scope: GLOBAL, first: 1) {
      edges {
        node {
          member {
            id
            ...WorkedExample_member
          }
        }
      }
    }
  }
`);

const NamedMemberQuery = graphql(`
  query WorkedExampleMember($handle: String!) {
    member(handle: $handle) {
      id
      ...WorkedExample_member
    }
  }
`);

export function WorkedExample({ handle }: { handle: string | null }) {
  // Not through the cache: a one-row board read would stand in for the home page's board there.
  const top = useQuery(TopOfBoardQuery, { skip: handle !== null, fetchPolicy: 'no-cache' });
  const named = useQuery(NamedMemberQuery, { skip: handle === null, variables: { handle: handle ?? '' } });
  const { t } = useTranslation();
  const result = handle === null ? top : named;
  if (!result.data) return result.loading ? <Loading /> : <ErrorState error={result.error} retry={result.refetch} />;
  const member = handle === null ? top.data?.leaderboard.edges[0]?.node.member : named.data?.member;
  if (!member) return <Empty>{handle === null ? t('howTrust.example.none') : t('howTrust.example.notFound', { handle })}</Empty>;
  return <ExampleNumbers member={member} named={handle !== null} />;
}

function ExampleNumbers(props: { member: FragmentType<typeof ExampleMemberFragment>; named: boolean }) {
  const { t } = useTranslation();
  const m = getFragmentData(ExampleMemberFragment, props.member);
  return (
    <div className="panel" data-testid="worked-example" data-handle={m.handle}>
      <p>{props.named ? t('howTrust.example.ledeFor', { handle: m.handle }) : t('howTrust.example.lede')}</p>
      <p>
        <strong>{m.displayName}</strong> <span className="handle">@{m.handle}</span>
      </p>
      <p>{t('howTrust.example.evidence', { heldUp: formatScore(m.trust.vouchedHeldUp), letDown: formatScore(m.trust.vouchedLetDown) })}</p>
      <p data-testid="worked-result">
        {t('howTrust.example.result', { rankKey: formatScore(m.trust.rankKey), score: formatScore(m.trust.score), confidence: formatConfidence(m.trust.confidence) })}
      </p>
      <p>
        <Link to={`/m/${m.handle}`}>{t('howTrust.example.member', { handle: m.handle })}</Link>
      </p>
    </div>
  );
}
