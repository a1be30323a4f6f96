// Builds the React app and the offline GraphiQL page into web/dist, which the server serves.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

const root = path.resolve(process.cwd(), 'web');

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: { main: path.join(root, 'index.html'), graphiql: path.join(root, 'graphiql.html') },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
