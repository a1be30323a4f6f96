// Builds graph/launcher (Maven) the first time it is needed and whenever its sources change.
// The result — target/classes plus every runtime jar in target/lib — is cached; a stamp file
// records which sources it was built from. A shaded jar is avoided on purpose: it would merge
// away Neo4j's ServiceLoader files.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const NEO4J_URI_HINT =
  'To use an existing Neo4j instead (Desktop, Docker elsewhere, Aura), set NEO4J_URI, e.g. ' +
  'NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=secret npm start';

const LAUNCHER_DIR = path.resolve(process.cwd(), 'graph', 'launcher');
const SOURCES = [
  'pom.xml',
  'src/main/java/trustline/graph/EmbeddedNeo4j.java',
  'src/main/java/trustline/graph/Procedures.java',
  'src/main/java/trustline/graph/Packed.java',
  'src/main/java/trustline/graph/TrustEdgeExport.java',
  'src/main/java/trustline/graph/MemberColumnsExport.java',
];
const STAMP = path.join(LAUNCHER_DIR, 'target', 'trustline-build.stamp');

/** The launcher's own compiled classes (its main class and the procedures it registers). */
export function launcherClassesDir(): string {
  return path.join(LAUNCHER_DIR, 'target', 'classes');
}

export function launcherClasspath(): string {
  return [launcherClassesDir(), path.join(LAUNCHER_DIR, 'target', 'lib', '*')].join(
    path.delimiter,
  );
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(readFileSync(path.join(LAUNCHER_DIR, file)));
  return hash.digest('hex');
}

export function launcherIsBuilt(): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === sourcesHash();
}

function requireTool(cmd: string, args: string[], what: string): void {
  const probe = spawnSync(cmd, args, { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`${what} was not found (\`${cmd} ${args.join(' ')}\` failed). ` +
      `The embedded Neo4j needs Java 17 and Maven. ${NEO4J_URI_HINT}`);
  }
}

export async function ensureLauncherBuilt(log: (line: string) => void): Promise<void> {
  if (launcherIsBuilt()) return;
  requireTool('java', ['-version'], 'Java');
  requireTool('mvn', ['-v'], 'Maven');
  log('Building the embedded Neo4j launcher (first run only; Maven fetches about 120 MB of jars)…');
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn(
      'mvn',
      ['-B', '-q', '-ntp', 'package', 'dependency:copy-dependencies', '-DincludeScope=runtime',
        '-DoutputDirectory=target/lib'],
      { cwd: LAUNCHER_DIR, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    mvn.once('error', reject);
    mvn.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Maven failed to build graph/launcher (exit ${code}). ${NEO4J_URI_HINT}`)),
    );
  });
  writeFileSync(STAMP, sourcesHash() + '\n');
  log(`Launcher built in ${Math.round((Date.now() - started) / 1000)}s.`);
}
