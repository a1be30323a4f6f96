// The tab's title names the page: "<title> · Trustline" (the site name alone while a page has no
// title yet, e.g. before its data is in). Bookmarks, history and a shared tab then say what they are.
import { useEffect } from 'react';

export const SITE_NAME = 'Trustline';

export function pageTitle(title: string | null | undefined): string {
  return title ? `${title} · ${SITE_NAME}` : SITE_NAME;
}

/** Sets the document title while the page is shown. Call before any early return. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
