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
 * (web/src/gql/gql.ts), so each page would ship all of them. Like the preset's Babel plugin,
 * this replaces each graphql(`…`) call with an import of just its generated document, so every
 * lazy page carries only its own operations. Unknown sources (codegen not re-run) are left alone.
 */
function graphqlDocumentImports(): Plugin {
  let documents: Map<string, string> | undefined;
  const load = () => {
    const text = readFileSync(path.join(gqlDir, 'gql.ts'), 'utf8');
    const body = text.slice(text.indexOf('const documents'));
    const map = new Map<string, string>();
    for (const m of body.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) map.set(JSON.parse(m[1]!) as string, m[2]!);
    return map;
  };
  return {
    name: 'trustline-graphql-document-imports',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      documents = undefined;
    },
    transform(code, id) {
      if (!id.startsWith(srcDir) || id.startsWith(gqlDir) || !/\.tsx?$/.test(id) || !code.includes('graphql(`')) return null;
      documents ??= load();
      const used = new Set<string>();
      const out = code.replace(/\bgraphql\(`([^`]*)`\)/g, (call, source: string) => {
        const name = documents!.get(source);
        if (!name) return call;
        used.add(name);
        return `__doc_${name}`;
      });
      if (used.size === 0) return null;
      let from = path.relative(path.dirname(id), path.join(gqlDir, 'graphql')).split(path.sep).join('/');
      if (!from.startsWith('.')) from = `./${from}`;
      const imports = [...used].map((n) => `${n} as __doc_${n}`).join(', ');
      return { code: `import { ${imports} } from '${from}';\n${out}`, map: null };
    },
  };
}

export default defineConfig({
  root,
  plugins: [graphqlDocumentImports(), react()],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: { main: path.join(root, 'index.html'), graphiql: path.join(root, 'graphiql.html') },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
