// `npm start` builds the web app when web/dist is missing or older than its sources, so a fresh
// clone needs no separate build step and an unchanged one starts without rebuilding.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const WEB_DIR = path.resolve(process.cwd(), 'web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

export function webBuildIsStale(): boolean {
  const built = path.join(WEB_DIR, 'dist', 'index.html');
  return !existsSync(built) || statSync(built).mtimeMs < newestMtime(WEB_DIR);
}

export async function ensureWebBuilt(log: (line: string) => void): Promise<void> {
  if (!webBuildIsStale()) return;
  log('Building the web app…');
  const { build } = await import('vite');
  await build({ configFile: path.join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  log('Web app built.');
}
