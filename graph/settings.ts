// Where the graph lives: an existing Neo4j named by NEO4J_URI, or the embedded one this project
// starts. Read from the environment once; defaults work on a developer's machine.
import type { LauncherOverride } from './embedded';

export interface GraphSettings {
  /** Set when an external Neo4j is used; then no JVM is started. */
  uri: string | undefined;
  user: string;
  password: string;
  database: string | undefined;
  /** `launcher` is never read from the environment: only the benchmark sets it (Neo4j with OpenGDS). */
  embedded: { dataDir: string; port: number; heap: string; pageCacheMiB: number; launcher?: LauncherOverride };
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function graphSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): GraphSettings {
  return {
    uri: env.NEO4J_URI || undefined,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
    embedded: {
      dataDir: env.NEO4J_DATA_DIR || 'data/neo4j',
      port: intFromEnv(env, 'NEO4J_BOLT_PORT', 7687),
      heap: env.NEO4J_HEAP || '1g',
      pageCacheMiB: intFromEnv(env, 'NEO4J_PAGECACHE_MB', 512),
    },
  };
}
