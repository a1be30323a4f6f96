// Builds the React app and the offline GraphiQL page into web/dist, which the server serves.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.cwd(), 'web');
const srcDir = path.join(root, 'src');
const gqlDir = path.join(srcDir, 'gql');

/**
 * Codegen's client preset looks documents up at run time in one map of every operation
 * (web/src/gql/gql.ts), and web/src/gql/graphql.ts holds every document in one module, which
 * the bundler can only place whole: every page would ship every operation on the critical path.
 * Like the preset's Babel plugin, this replaces each graphql(`…`) call with an import of just
 * its generated document, and serves each document as its own small module, so a page's chunk
 * carries only its own operations. Unknown sources (codegen not re-run) are left alone.
 */
function graphqlDocumentImports(): Plugin {
  const PREFIX = 'virtual:trustline-document/';
  let sources: Map<string, string> | undefined;
  let bodies: Map<string, string> | undefined;
  const load = () => {
    const gql = readFileSync(path.join(gqlDir, 'gql.ts'), 'utf8');
    sources = new Map();
    for (const m of gql.slice(gql.indexOf('const documents')).matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
      sources.set(JSON.parse(m[1]!) as string, m[2]!);
    }
    // Each document is one line of JSON: `export const XDocument = {…} as unknown as DocumentNode<…>;`
    const types = readFileSync(path.join(gqlDir, 'graphql.ts'), 'utf8');
    bodies = new Map();
    for (const m of types.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) bodies.set(m[1]!, m[2]!);
  };
  return {
    name: 'trustline-graphql-document-imports',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      sources = bodies = undefined;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      if (!bodies) load();
      const body = bodies!.get(id.slice(PREFIX.length + 1));
      return body ? `export default ${body};` : null;
    },
    transform(code, id) {
      if (!id.startsWith(srcDir) || id.startsWith(gqlDir) || !/\.tsx?$/.test(id) || !code.includes('graphql(`')) return null;
      if (!sources) load();
      const used = new Set<string>();
      const out = code.replace(/\bgraphql\(`([^`]*)`\)/g, (call, source: string) => {
        const name = sources!.get(source);
        if (!name || !bodies!.has(name)) return call;
        used.add(name);
        return `__doc_${name}`;
      });
      if (used.size === 0) return null;
      const imports = [...used].map((n) => `import __doc_${n} from '${PREFIX}${n}';`).join('\n');
      return { code: `${imports}\n${out}`, map: null };
    },
  };
}

export default defineConfig({
  root,
  plugins: [graphqlDocumentImports(), react()],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    // The server reads it to preload the chunks of the page a URL opens (server/page-chunks.ts).
    manifest: true,
    rollupOptions: {
      input: { main: path.join(root, 'index.html'), graphiql: path.join(root, 'graphiql.html') },
      output: {
        // Libraries change far less often than the app: their own long-cached chunk survives an
        // app release. One chunk, not one per library: a phone's first visit over HTTP/1.1 pays a
        // connection (a round trip) per file beyond six. graphql-js stays out: GraphiQL uses all
        // of it, the app only its printer and visitor, which must not drag the parser onto the
        // app's first load.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|@apollo[\\/]client|rxjs|optimism|@wry[\\/][^\\/]+|tslib|react-router|react-router-dom|i18next|react-i18next|use-sync-external-store)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
