// "Load more" for a cursor connection: fetchMore with the page's endCursor; the cache's
// relayStylePagination appends the rows.
import { useState } from 'react';

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

export function usePager(pageInfo: PageInfo | undefined, fetchMore: (options: { variables: { after: string } }) => Promise<unknown>) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const more = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    setError(null);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor } });
    } catch (err) {
      setError(err);
    } finally {
      setLoadingMore(false);
    }
  };
  return { hasMore: !!pageInfo?.hasNextPage, loadingMore, more, error };
}
