// Home: recommenders ranked by trust — globally, within a product category, or among the
// members I follow. The board and category live in the URL, so a board can be linked to; how many
// rows were loaded lives in the history entry, so Back returns to the same place.
import { memo, useDeferredValue, useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
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
import { TodayCard } from '../circle-day/TodayCard';

const LeaderboardQuery = graphql(`
  query Leaderboard($scope: LeaderboardScope!, $category: String, $after: String, $first: Int = 20) {
    leaderboard(scope: $scope, category: $category, first: $first, after: $after) {
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
      {me && <TodayCard />}
      <BoardTabs scope={scope} signedIn={!!me} onChoose={(s) => choose(s === 'CATEGORY' && category ? { board: 'category', category } : { board: s.toLowerCase() })} />
      <div role="tabpanel" id="board-panel" aria-labelledby={`tab-${scope}`} className="board-panel">
        {scope === 'CATEGORY' && <CategoryPicker value={category} onChange={(c) => choose({ board: 'category', category: c })} />}
        {scope === 'CATEGORY' && !category ? <Empty>{t('leaderboard.pickCategory')}</Empty> : <Board key={`${scope}:${category}`} scope={scope} category={category} viewerId={me?.id} />}
      </div>
    </>
  );
}

// A board page as the server's first paint ships it; "Load more" adds one more each time.
const PAGE_SIZE = 20;
// The most rows the API gives in one page: further loaded rows are not brought back at once.
const MAX_RESTORED_ROWS = 100;

/** What this history entry remembers of the board: how many rows were loaded. */
interface BoardEntryState {
  boardRows?: number;
}

function Board({ scope, category, viewerId }: { scope: LeaderboardScope; category: string; viewerId: string | undefined }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  // Back from a member's page, the board asks again for as many rows as were loaded when the
  // person left (kept in the history entry): asking for the first page alone would replace the
  // loaded pages in the cache, and the place scrolled to would be gone (lib/scroll-restoration.ts).
  const [restoredRows] = useState(() => Math.min(MAX_RESTORED_ROWS, (location.state as BoardEntryState | null)?.boardRows ?? 0));
  const variables = { scope, category: scope === 'CATEGORY' ? category : null, ...(restoredRows > PAGE_SIZE ? { first: restoredRows } : {}) };
  // The first board may have come with the page (preload.ts): read it, do not ask twice.
  const shipped = useFreshPreload(boardKey(scope, scope === 'CATEGORY' ? category : ''));
  const { data, loading, error, refetch, fetchMore } = useQuery(LeaderboardQuery, { variables, ...(shipped ? { fetchPolicy: 'cache-first' as const } : {}) });
  // Apollo hands new data to React as an urgent update, rendered in one go. The rows are the
  // costly part, so they follow a deferred copy: React renders them in the background, in
  // slices, and a phone's main thread stays free for taps meanwhile.
  const board = useDeferredValue(data?.leaderboard);
  const pager = usePager(data?.leaderboard?.pageInfo, fetchMore);
  const loadedRows = data?.leaderboard?.edges.length ?? 0;
  useEffect(() => {
    const remembered = (location.state as BoardEntryState | null)?.boardRows ?? 0;
    if (loadedRows <= PAGE_SIZE || loadedRows === remembered) return;
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: { ...(location.state as object | null), boardRows: loadedRows } satisfies BoardEntryState });
  }, [loadedRows, location, navigate]);
  if (!board) return data?.leaderboard || loading ? <Loading /> : <ErrorState error={error} retry={refetch} />;
  if (board.edges.length === 0) return <Empty>{scope === 'FOLLOWING' ? t('leaderboard.emptyFollowing') : t('leaderboard.empty')}</Empty>;
  return (
    <>
      <p className="muted small">
        {board.snapshotDay ? t(scope === 'FOLLOWING' ? 'leaderboard.sinceFollowing' : 'leaderboard.since', { day: board.snapshotDay }) : t('leaderboard.noSnapshot')}
      </p>
      {/* Rows are in rank-key order (a lower confidence bound), so a score can sit below a lower one: say why. */}
      <p className="muted small" data-testid="board-order">{t('leaderboard.order')}</p>
      <BoardLegend />
      <BoardRows board={board} label={t('leaderboard.listLabel')} viewerId={viewerId} />
      <LoadMore hasMore={pager.hasMore} loading={pager.loadingMore} onMore={pager.more} />
      <FormError error={pager.error} />
    </>
  );
}

type BoardData = LeaderboardQueryData['leaderboard'];

/** Memoised: an urgent render that still holds the previous board skips the rows entirely. */
const BoardRows = memo(function BoardRows({ board, label, viewerId }: { board: BoardData; label: string; viewerId: string | undefined }) {
  return (
    <ol className="board" aria-label={label} data-testid="leaderboard">
      {board.edges.map((edge) => (
        <LeaderboardRow key={edge.node.member.id} row={edge.node} hasSnapshot={!!board.snapshotDay} isViewer={edge.node.member.id === viewerId} />
      ))}
    </ol>
  );
});
