// A status-filtered, paginated list: the commissions, fraud flags and supplier orders views all
// show one connection with the same filter, states and "load more"; only their rows differ.
// The search results use the list without the filter.
import { useId, type ReactNode } from 'react';
import { usePager } from '../lib/paging';
import { Empty, ErrorState, FormError, LoadMore, Loading } from './States';

export function StatusFilter<S extends string>(props: {
  label: string;
  value: S | '';
  options: { value: S | ''; label: string }[];
  onChange: (value: S | '') => void;
}) {
  const id = useId();
  return (
    <div className="field inline">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as S | '')}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface Pager {
  hasMore: boolean;
  loadingMore: boolean;
  more: () => void;
  error: unknown;
}

/**
 * PagedList's rows, states and "load more" from a connection query's result (`useQuery`'s) and
 * the connection in its data: `<PagedList {...useConnectionList(result, result.data?.x)} … />`.
 */
export function useConnectionList<T>(
  result: { loading: boolean; error?: unknown; refetch: () => unknown; fetchMore: Parameters<typeof usePager>[1] },
  connection: { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | null | undefined,
) {
  const pager = usePager(connection?.pageInfo, result.fetchMore);
  return { nodes: connection?.edges.map((e) => e.node), loading: result.loading, error: result.error, retry: result.refetch, pager };
}

export function PagedList<T extends { id: string }>(props: {
  nodes: T[] | undefined;
  loading: boolean;
  error: unknown;
  retry: () => unknown;
  pager: Pager;
  empty: string;
  testId: string;
  row: (node: T) => ReactNode;
  /** The list's class: `orders` (a column of cards) unless told. */
  className?: string;
}) {
  const { nodes } = props;
  return (
    <>
      {!nodes && props.loading ? (
        <Loading />
      ) : !nodes ? (
        <ErrorState error={props.error} retry={props.retry} />
      ) : nodes.length === 0 ? (
        <Empty>{props.empty}</Empty>
      ) : (
        <ol className={props.className ?? 'orders'} data-testid={props.testId}>
          {nodes.map((node) => props.row(node))}
        </ol>
      )}
      <LoadMore hasMore={props.pager.hasMore} loading={props.pager.loadingMore} onMore={props.pager.more} />
      <FormError error={props.pager.error} />
    </>
  );
}
