// The answers the server shipped inside index.html for the page being opened (see
// server/first-paint.ts): an Apollo cache snapshot in a JSON data block (not a script that runs,
// so the Content-Security-Policy needs no exception). Read once at start-up; absent on pages the
// server does not prepare, or when it could not answer in time.
import type { NormalizedCacheObject } from '@apollo/client';

export const FIRST_PAINT_ELEMENT_ID = 'trustline-first-paint';

export function takeFirstPaintState(): NormalizedCacheObject | undefined {
  const element = document.getElementById(FIRST_PAINT_ELEMENT_ID);
  if (!element?.textContent) return undefined;
  element.remove();
  try {
    return JSON.parse(element.textContent) as NormalizedCacheObject;
  } catch {
    return undefined; // A damaged snapshot only costs the round trip it would have saved.
  }
}

/**
 * The leaderboard the server ships with `/?board=…&category=…`, with the variables
 * LeaderboardPage asks with, or undefined: "people I follow" depends on the session the app
 * holds, and a category board without a category shows none. One rule for the server, which
 * answers it, and the app, which then reads it from the cache instead of asking.
 */
export function shippedBoard(search: URLSearchParams): { scope: 'GLOBAL' | 'CATEGORY'; category: string | null } | undefined {
  const board = (search.get('board') ?? 'global').toUpperCase();
  const category = search.get('category') ?? '';
  if (board === 'CATEGORY') return category ? { scope: 'CATEGORY', category } : undefined;
  return board === 'FOLLOWING' ? undefined : { scope: 'GLOBAL', category: null };
}
