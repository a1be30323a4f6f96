// The embedded Neo4j: a JVM child process running graph/launcher (Neo4j 5.26 Community) with
// Bolt on loopback. Node talks to it over Bolt exactly as to any other Neo4j, so nothing in the
// server knows or cares which one it got.
//
// Why a child process and not a library: Neo4j is Java. The launcher watches its stdin, so if
// this process dies — even by SIGKILL — the pipe closes and the JVM shuts down by itself
// instead of lingering as an orphan holding the store lock. It ignores SIGINT and SIGTERM
// (-Dtrustline.parentStops): a Ctrl-C or a service stop reaches the whole process tree at once,
// and this process decides the order — the JVM goes last, when `stop` closes its stdin.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureLauncherBuilt, launcherClasspath, NEO4J_URI_HINT } from './launcher-build';

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  heap: string; // JVM -Xmx value, e.g. "1g"
  pageCacheMiB: number;
  log?: (line: string) => void;
  startTimeoutMs?: number;
  /**
   * Another launcher instead of graph/launcher, taking the same first three arguments and
   * printing the same readiness line (the benchmark's Neo4j with OpenGDS, test/bench/gds).
   */
  launcher?: LauncherOverride;
}

export interface LauncherOverride {
  classpath: string;
  mainClass: string;
  /** Arguments after dataDir, port and page cache. */
  extraArgs?: string[];
  /** Builds it when needed; called instead of building graph/launcher. */
  ensureBuilt(log: (line: string) => void): Promise<void>;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** Resolves once the JVM has exited (clean shutdown, SIGKILL after a grace period if not). */
  stop(): Promise<void>;
  /** SIGKILL at once: for a forced exit of this process (a second Ctrl-C). */
  kill(): void;
  /** Resolves when the JVM exits for any reason. */
  exited: Promise<number | null>;
}

// Neo4j on Java 17 needs these to reach NIO internals (see DESIGN.md).
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
];
const READY = /TRUSTLINE_NEO4J_READY (\d+)/;
/** How long a clean JVM shutdown (a checkpoint) may take before it is killed. */
const STOP_GRACE_MS = 10_000;

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  await (opts.launcher ? opts.launcher.ensureBuilt(log) : ensureLauncherBuilt(log));
  const dataDir = path.resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const child = spawn(
    'java',
    [
      `-Xmx${opts.heap}`,
      ...JVM_FLAGS,
      '-Dtrustline.parentStops=true',
      '-cp',
      opts.launcher?.classpath ?? launcherClasspath(),
      opts.launcher?.mainClass ?? 'trustline.graph.EmbeddedNeo4j',
      dataDir,
      String(opts.port),
      String(opts.pageCacheMiB),
      ...(opts.launcher?.extraArgs ?? []),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitUntilReady(child, exited, opts.startTimeoutMs ?? 180_000, dataDir);
  log(`Neo4j embedded is up on bolt://127.0.0.1:${opts.port} (data in ${dataDir})`);

  let stopping: Promise<void> | undefined;
  return {
    uri: `bolt://127.0.0.1:${opts.port}`,
    pid: child.pid ?? -1,
    exited,
    stop: () => (stopping ??= stopChild(child, exited)),
    kill: () => void child.kill('SIGKILL'),
  };
}

function waitUntilReady(
  child: ChildProcess,
  exited: Promise<number | null>,
  timeoutMs: number,
  dataDir: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
      if (READY.test(output)) done();
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within ${timeoutMs / 1000}s.\n${tail(output)}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      child.stdout?.off('data', collect);
      child.stderr?.off('data', collect);
      // Keep draining so a chatty JVM never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
      resolve();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`Could not run java: ${err.message}. ${NEO4J_URI_HINT}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const locked = /lock|FileLock|already in use/i.test(output);
      const hint = locked
        ? `The data folder ${dataDir} is in use by another Neo4j (is \`npm run db\` running? then set NEO4J_URI=bolt://127.0.0.1:7687).`
        : /Address already in use|BindException/i.test(output)
          ? 'The Bolt port is taken: set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to the Neo4j already listening there.'
          : '';
      reject(new Error(`Neo4j exited during start (code ${code}). ${hint}\n${tail(output)}`));
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // Closing stdin asks the launcher to shut down cleanly (graph/launcher ignores SIGTERM; another
  // launcher, test/bench/gds, may need it). A clean shutdown takes a second or two; a JVM that
  // has not exited after STOP_GRACE_MS is killed (Neo4j recovers its store at the next start).
  child.stdin?.end();
  child.kill('SIGTERM');
  const grace = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(grace);
}

function tail(text: string): string {
  return text.trim().split('\n').slice(-15).join('\n');
}
