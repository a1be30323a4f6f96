// The lazy chunks of the page a URL opens, as <link rel="modulepreload"> tags for index.html.
// Without them a phone fetches the app, runs it, and only then learns it needs the page's own
// chunk: one more round trip before anything shows. Vite's build manifest (web/dist/.vite/
// manifest.json) says which file each page's source became and what it imports in turn.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** Routes whose page is a lazy chunk (web/src/App.tsx), by path prefix; the leaderboard and the
 * member page are in the entry. */
const PAGE_SOURCES: Array<[prefix: string, source: string]> = [
  ['/p/', 'src/pages/products/ProductPage.tsx'],
  ['/r/', 'src/pages/share/SharePage.tsx'],
];

export function pageChunkPreloads(dist: string): (pathname: string) => string {
  const file = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(file)) return () => '';
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
  // index.html already preloads its entry's own imports.
  const shipped = new Set<string>();
  const collect = (key: string, into: Set<string>) => {
    if (into.has(key) || !manifest[key]) return;
    into.add(key);
    for (const next of manifest[key]!.imports ?? []) collect(next, into);
  };
  collect('index.html', shipped);
  const tags = new Map(
    PAGE_SOURCES.map(([prefix, source]) => {
      const chunks = new Set<string>();
      collect(source, chunks);
      const links = [...chunks]
        .filter((key) => !shipped.has(key))
        .map((key) => `<link rel="modulepreload" crossorigin href="/${manifest[key]!.file}">`);
      return [prefix, links.join('')] as const;
    }),
  );
  return (pathname) => {
    const route = PAGE_SOURCES.find(([prefix]) => pathname.startsWith(prefix));
    return route ? tags.get(route[0])! : '';
  };
}
