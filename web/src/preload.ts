// Answers a page should read from the cache on its first mount instead of asking again: those
// the server shipped with index.html (server/first-paint.ts), or, without them, the member
// page's query that the app starts itself on a cold visit (a shared link). Left to itself a
// member page would wait for the app, then for its own lazy chunk, and only then ask for its
// data: round trips in a row on a phone's network.
import type { ApolloClient } from '@apollo/client';
import { useState } from 'react';
import { MemberPageQuery } from './pages/member/member-page-query';
import { shippedBoard } from './first-paint';

/** An answer fetched at start-up counts as fresh for this long; after it the page asks again. */
const FRESH_MS = 10_000;
const preloaded = new Map<string, number>();

/** The key under which LeaderboardPage's board looks its first answer up. */
export const boardKey = (scope: string, category: string) => `board:${scope}:${category}`;

export function preloadRoute(client: ApolloClient, pathname: string, search: string, dataShipped: boolean): void {
  const now = Date.now();
  if (pathname === '/') {
    if (!dataShipped) return;
    preloaded.set('network', now);
    preloaded.set('today', now);
    const board = shippedBoard(new URLSearchParams(search));
    if (board) preloaded.set(boardKey(board.scope, board.category ?? ''), now);
    return;
  }
  const member = /^\/m\/([^/]+)\/?$/.exec(pathname);
  if (!member) return;
  let handle: string;
  try {
    handle = decodeURIComponent(member[1]!);
  } catch {
    return; // A malformed link: the page itself will say the member was not found.
  }
  preloaded.set(`member:${handle}`, now);
  if (dataShipped) return;
  // An error here is the page's to show: it asks again itself (nothing was cached).
  client.query({ query: MemberPageQuery, variables: { handle }, fetchPolicy: 'network-only' }).catch(() => preloaded.delete(`member:${handle}`));
}

/**
 * Whether the page's data for `key` arrived at start-up moments ago, so the page may read the
 * cache without asking again (while a start-up request is still under way, Apollo joins it
 * rather than sending a second one; an answer the server did not ship is simply a cache miss,
 * which asks). Answered once per mounted page and key.
 */
export function useFreshPreload(key: string): boolean {
  const [seen] = useState(() => {
    const at = preloaded.get(key);
    preloaded.delete(key);
    return { key, fresh: at !== undefined && Date.now() - at < FRESH_MS };
  });
  return seen.key === key && seen.fresh;
}
