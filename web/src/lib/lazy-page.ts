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

export function lazyPage(loader: () => Promise<{ default: ComponentType }>): LazyPage {
  let loaded: ComponentType | undefined;
  const load = () =>
    loader().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(load);
  const Page = ((props: object) => createElement(loaded ?? Lazy, props)) as LazyPage;
  Page.load = () => load().then(() => undefined);
  return Page;
}
