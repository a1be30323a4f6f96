// One Apollo Client for the app: a normalised cache (apollo-cache.ts) so a member or product
// fetched by one view is the same object in every other view.
import { ApolloClient, HttpLink, type NormalizedCacheObject } from '@apollo/client';
import i18n from 'i18next';
import { createCache } from './apollo-cache';

/** Every request says the app's language, so the server's error sentences come in it. */
const fetchInLanguage: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('accept-language', i18n.language || 'en');
  return fetch(input, { ...init, headers });
};

/** `firstPaint`: the answers the server shipped with index.html (first-paint.ts); the pages they
 * answer read them on their first mount (preload.ts) instead of asking again. */
export function createApolloClient(firstPaint?: NormalizedCacheObject): ApolloClient {
  const cache = createCache();
  if (firstPaint) cache.restore(firstPaint);
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin', fetch: fetchInLanguage }),
    cache,
    // Pages show what the cache has at once and refresh it from the server behind it: trust
    // moves with every verdict, so a cached score must not stay stale.
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
  });
}
