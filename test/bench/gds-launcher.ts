// The benchmark's Neo4j with OpenGDS (test/bench/gds): built by Maven the first time `npm run
// bench` needs it and whenever its pom or class change, into its own target/ folder, so the
// launcher `npm start` and `npm test` use (graph/launcher) is never rebuilt or given GDS.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LauncherOverride } from '../../graph/embedded';
import { ensureLauncherBuilt, launcherClassesDir } from '../../graph/launcher-build';

const DIR = path.resolve(process.cwd(), 'test', 'bench', 'gds');
const SOURCES = ['pom.xml', 'src/main/java/trustline/bench/EmbeddedNeo4jWithGds.java'];
const STAMP = path.join(DIR, 'target', 'trustline-build.stamp');

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(readFileSync(path.join(DIR, file)));
  return hash.digest('hex');
}

async function ensureBuilt(log: (line: string) => void): Promise<void> {
  await ensureLauncherBuilt(log);
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === sourcesHash()) return;
  log('Building the benchmark Neo4j with OpenGDS (first bench run only; Maven fetches about 140 MB of jars)…');
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-q', '-ntp', 'package', 'dependency:copy-dependencies@lib', 'dependency:copy-dependencies@plugins'], {
      cwd: DIR,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    mvn.once('error', reject);
    mvn.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Maven failed to build test/bench/gds (exit ${code}).`))));
  });
  writeFileSync(STAMP, `${sourcesHash()}\n`);
  log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
}

/** The launcher override for graph/embedded.ts: same arguments, plus the GDS plugin folder. */
export function gdsLauncher(): LauncherOverride {
  return {
    // graph/launcher's classes for its procedures (registered by the main class), then GDS's jars.
    classpath: [path.join(DIR, 'target', 'classes'), launcherClassesDir(), path.join(DIR, 'target', 'lib', '*')].join(path.delimiter),
    mainClass: 'trustline.bench.EmbeddedNeo4jWithGds',
    extraArgs: [path.join(DIR, 'target', 'plugins')],
    ensureBuilt,
  };
}
