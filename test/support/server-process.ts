// A real `npm start` or `node --import tsx server/main.ts`, as an operator runs it: its own
// port, Bolt port and data folder, its own process group (so a test can send the group a
// Ctrl-C), and `ps` to see which of its processes are still there. For the shutdown tests:
// nothing here is a stand-in, the signals and the kill -9 are real.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../graph/free-port';

/** Tests run from the repository's root, as `npm start` does. */
const ROOT = process.cwd();

export interface ServerProcess {
  /** npm, or node when started without npm. */
  child: ChildProcess;
  url: string;
  dataDir: string;
  /** Everything the tree wrote to stdout and stderr so far (npm's lines and the server's JSON log). */
  output(): string;
  /** The server's log messages (`msg`), in order. */
  messages(): string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Kills whatever is left of the tree (SIGKILL to the group, then any JVM on its folder) and removes the folder. */
  cleanUp(): Promise<void>;
}

export async function startServerProcess(how: 'node' | 'npm', env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'trustline-shutdown-'));
  const child = spawn(how === 'npm' ? 'npm' : process.execPath, how === 'npm' ? ['start'] : ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    detached: true, // its own process group, like a terminal's foreground job
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...withoutTestDatabase(process.env),
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE_MB: '64',
      SEED_DEMO: 'false',
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'info',
      ...env,
    },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const server: ServerProcess = {
    child,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    output: () => output,
    messages: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => (JSON.parse(line) as { msg?: string }).msg ?? ''),
    exited,
    cleanUp: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // the group is gone already
        }
      }
      for (const pid of jvmsOn(dataDir)) process.kill(pid, 'SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + 150_000;
  while (!(await healthy(server.url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await server.cleanUp();
      throw new Error(`the server did not come up:\n${output.slice(-3000)}`);
    }
    await sleep(300);
  }
  return server;
}

/** The JVM of the test server must be its own: the shared test Neo4j's URI is not passed on. */
function withoutTestDatabase(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NEO4J_URI: _uri, TRUSTLINE_TEST_NEO4J_STARTED: _started, TRUSTLINE_TEST_NEO4J_DIR: _dir, ...rest } = env;
  return rest;
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) })).status === 200;
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Processes as `ps` sees them: pid, parent, state and command line. Zombies count as gone. */
function processes(): { pid: number; ppid: number; args: string }[] {
  const out = spawnSync('ps', ['-eo', 'pid=,ppid=,stat=,args='], { encoding: 'utf8' }).stdout;
  return out
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && !m[3]!.startsWith('Z'))
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[4]! }));
}

/** `pid` and every process below it that is still running. */
export function tree(pid: number): number[] {
  const all = processes();
  const found = all.some((p) => p.pid === pid) ? [pid] : [];
  for (let i = 0; i < found.length; i++) for (const p of all) if (p.ppid === found[i]) found.push(p.pid);
  return found;
}

export function isRunning(pid: number): boolean {
  return processes().some((p) => p.pid === pid);
}

/** Every JVM running on this data folder, whoever its parent is now (an orphan included). */
export function jvmsOn(dataDir: string): number[] {
  return processes()
    .filter((p) => /\bjava\b/.test(p.args) && p.args.includes(dataDir))
    .map((p) => p.pid);
}

/** Polls until nothing runs on the server's folder and the given pids are gone; the time it took. */
export async function untilGone(pids: number[], dataDir: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (pids.some(isRunning) || jvmsOn(dataDir).length > 0) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`still running after ${timeoutMs / 1000}s: ${[...pids.filter(isRunning), ...jvmsOn(dataDir)].join(', ')}`);
    }
    await sleep(100);
  }
  return Date.now() - started;
}
