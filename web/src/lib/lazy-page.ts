// A page in its own chunk that renders at once when its chunk is already here. React.lazy
// suspends on a page's first render even when its module has long been loaded, so a cold visit
// to a shared member link would paint the Loading fallback first and the page after it, its
// whole render landing after the first paint (Lighthouse counts it as blocking time). main.tsx
// loads the page the URL opens before the first render (its chunk is preloaded by index.html),
// and this wrapper then renders it directly.
import { createElement, lazy, type ComponentType } from 'react';

export interface LazyPage {
  (props: object): ReturnType<typeof createElement>;
  /** Fetches and evaluates the page's chunk; afterwards the page renders without suspending. */
  load(): Promise<void>;
}

// After a release, a tab still open on the previous one asks for chunks the server no longer has
// (a 404): loading the page again fetches the new release. Once in a row: if the chunk is still
// missing after the reload, the page shows the error instead of reloading forever.
const RELOADED_KEY = 'trustline.reloadedForMissingChunk';

function reloadOnce(err: unknown): Promise<never> {
  try {
    if (sessionStorage.getItem(RELOADED_KEY) === null) {
      sessionStorage.setItem(RELOADED_KEY, '1');
      location.reload();
      return new Promise<never>(() => {}); // the page is going away
    }
  } catch {
    // No session storage: no way to tell a second failure from a first, so no reload.
  }
  return Promise.reject(err);
}

function loaded(): void {
  try {
    sessionStorage.removeItem(RELOADED_KEY);
  } catch {
    // Nothing was stored either.
  }
}

export function lazyPage(loader: () => Promise<{ default: ComponentType }>): LazyPage {
  let loadedPage: ComponentType | undefined;
  const load = () =>
    loader().then((module) => {
      loaded();
      loadedPage = module.default;
      return module;
    }, reloadOnce);
  const Lazy = lazy(load);
  const Page = ((props: object) => createElement(loadedPage ?? Lazy, props)) as LazyPage;
  Page.load = () => load().then(() => undefined);
  return Page;
}
