// One Apollo Client for the app: a normalised cache (apollo-cache.ts) so a member or product
// fetched by one view is the same object in every other view.
import { ApolloClient, HttpLink, type NormalizedCacheObject } from '@apollo/client';
import { createCache } from './apollo-cache';

/**
 * How long answers the server shipped with the page (first-paint.ts) are taken as they are:
 * queries they answer read the cache instead of asking again. Long enough to cover a slow
 * phone's start-up; after it, pages refresh from the server as usual.
 */
const FIRST_PAINT_TRUSTED_MS = 3000;

export function createApolloClient(firstPaint?: NormalizedCacheObject): ApolloClient {
  const cache = createCache();
  if (firstPaint) cache.restore(firstPaint);
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache,
    ssrForceFetchDelay: firstPaint ? FIRST_PAINT_TRUSTED_MS : 0,
    // Pages show what the cache has at once and refresh it from the server behind it: trust
    // moves with every verdict, so a cached score must not stay stale.
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
  });
}
