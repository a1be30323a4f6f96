// Home: recommenders ranked by trust — globally, within a product category, or among the
// members I follow. The board and category live in the URL, so a board can be linked to.
import { memo, useDeferredValue } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import type { LeaderboardQuery as LeaderboardQueryData, LeaderboardScope } from '../../gql/graphql';
import { Empty, ErrorState, FormError, LoadMore, Loading } from '../../components/States';
import { usePager } from '../../lib/paging';
import { boardKey, useFreshPreload } from '../../preload';
import { useMe } from '../../lib/session';
import { BoardTabs, CategoryPicker } from '../../components/BoardTabs';
import { LeaderboardRow } from './LeaderboardRow';
import { NetworkSummary } from './NetworkSummary';
import { BoardLegend } from './BoardLegend';
import { usePageTitle } from '../../lib/page-title';

const LeaderboardQuery = graphql(`
  query Leaderboard($scope: LeaderboardScope!, $category: String, $after: String) {
    leaderboard(scope: $scope, category: $category, first: 20, after: $after) {
      snapshotDay
      edges {
        cursor
        node {
          position
          member {
            id
          }
          ...LeaderboardRow_row
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function LeaderboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('leaderboard.title'));
  const { me } = useMe();
  const [params, setParams] = useSearchParams();
  const requested = (params.get('board') ?? 'global').toUpperCase();
  const scope: LeaderboardScope = requested === 'CATEGORY' ? 'CATEGORY' : requested === 'FOLLOWING' && me ? 'FOLLOWING' : 'GLOBAL';
  const category = params.get('category') ?? '';
  const choose = (next: Record<string, string>) => setParams(next, { replace: true });

  return (
    <>
      <h1>{t('leaderboard.title')}</h1>
      <p className="lede">{t('leaderboard.lede')}</p>
      <NetworkSummary />
      <BoardTabs scope={scope} signedIn={!!me} onChoose={(s) => choose(s === 'CATEGORY' && category ? { board: 'category', category } : { board: s.toLowerCase() })} />
      <div role="tabpanel" id="board-panel" aria-labelledby={`tab-${scope}`} className="board-panel">
        {scope === 'CATEGORY' && <CategoryPicker value={category} onChange={(c) => choose({ board: 'category', category: c })} />}
        {scope === 'CATEGORY' && !category ? <Empty>{t('leaderboard.pickCategory')}</Empty> : <Board scope={scope} category={category} />}
      </div>
    </>
  );
}

function Board({ scope, category }: { scope: LeaderboardScope; category: string }) {
  const { t } = useTranslation();
  const variables = { scope, category: scope === 'CATEGORY' ? category : null };
  // The first board may have come with the page (preload.ts): read it, do not ask twice.
  const shipped = useFreshPreload(boardKey(scope, scope === 'CATEGORY' ? category : ''));
  const { data, loading, error, refetch, fetchMore } = useQuery(LeaderboardQuery, { variables, ...(shipped ? { fetchPolicy: 'cache-first' as const } : {}) });
  // Apollo hands new data to React as an urgent update, rendered in one go. The rows are the
  // costly part, so they follow a deferred copy: React renders them in the background, in
  // slices, and a phone's main thread stays free for taps meanwhile.
  const board = useDeferredValue(data?.leaderboard);
  const pager = usePager(data?.leaderboard?.pageInfo, fetchMore);
  if (!board) return data?.leaderboard || loading ? <Loading /> : <ErrorState error={error} retry={refetch} />;
  if (board.edges.length === 0) return <Empty>{scope === 'FOLLOWING' ? t('leaderboard.emptyFollowing') : t('leaderboard.empty')}</Empty>;
  return (
    <>
      <p className="muted small">
        {board.snapshotDay ? t('leaderboard.since', { day: board.snapshotDay }) : t('leaderboard.noSnapshot')}
      </p>
      {/* Rows are in rank-key order (a lower confidence bound), so a score can sit below a lower one: say why. */}
      <p className="muted small" data-testid="board-order">{t('leaderboard.order')}</p>
      <BoardLegend />
      <BoardRows board={board} label={t('leaderboard.listLabel')} />
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}

type BoardData = LeaderboardQueryData['leaderboard'];

/** Memoised: an urgent render that still holds the previous board skips the rows entirely. */
const BoardRows = memo(function BoardRows({ board, label }: { board: BoardData; label: string }) {
  return (
    <ol className="board" aria-label={label} data-testid="leaderboard">
      {board.edges.map((edge) => (
        <LeaderboardRow key={edge.node.member.id} row={edge.node} hasSnapshot={!!board.snapshotDay} />
      ))}
    </ol>
  );
});
