// Render-as-you-fetch for a cold visit to a member page (a shared link, the second page
// Lighthouse measures). Left to itself the page would wait for the app, then for its own lazy
// chunk, and only then ask for its data: two round trips in a row on a phone's network. Here the
// app starts both at once, as soon as it runs; the page then reads the answer from the cache.
import type { ApolloClient } from '@apollo/client';
import { useState } from 'react';
import { MemberPageQuery } from './pages/member-page-query';

/** An answer fetched at start-up counts as fresh for this long; after it the page asks again. */
const FRESH_MS = 10_000;
const preloaded = new Map<string, number>();

export function preloadRoute(client: ApolloClient, pathname: string, dataShipped: boolean): void {
  const member = /^\/m\/([^/]+)\/?$/.exec(pathname);
  if (!member) return;
  void import('./pages/MemberPage');
  // The server shipped the page's answers with index.html (first-paint.ts): nothing to fetch.
  if (dataShipped) return;
  let handle: string;
  try {
    handle = decodeURIComponent(member[1]!);
  } catch {
    return; // A malformed link: the page itself will say the member was not found.
  }
  preloaded.set(`member:${handle}`, Date.now());
  // An error here is the page's to show: it asks again itself (nothing was cached).
  client.query({ query: MemberPageQuery, variables: { handle }, fetchPolicy: 'network-only' }).catch(() => preloaded.delete(`member:${handle}`));
}

/**
 * Whether the page's data for `key` was fetched at start-up moments ago, so the page may read
 * the cache without asking again (while that request is still under way, Apollo joins it rather
 * than sending a second one). Answered once per mounted page and key.
 */
export function useFreshPreload(key: string): boolean {
  const [seen] = useState(() => {
    const at = preloaded.get(key);
    preloaded.delete(key);
    return { key, fresh: at !== undefined && Date.now() - at < FRESH_MS };
  });
  return seen.key === key && seen.fresh;
}
