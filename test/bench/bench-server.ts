// The bench's API servers (serve.ts) in a process of their own, so the load generator does not
// share their event loop; used by the full bench (run.ts) and the at-size runs (recompute-at-size.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface BenchServerPorts {
  graphql: number;
  graphqlUncached: number;
  bare: number;
  /** Peer 2 behind node:http alone (POST, the GraphQL request's body and bearer token). */
  plainHttpRating: number;
  /** The app's Apollo server behind node:http alone (POST /graphql; no Express or middleware). */
  apolloHttp: number;
  cacheMs: number;
}

export interface BenchServer {
  child: ChildProcess;
  ports: BenchServerPorts;
  /** Closes its stdin (it stops by itself), SIGKILL after 10 s. */
  stop(): Promise<void>;
}

/** Starts serve.ts on the Neo4j at `uri` (the bench's market at `nowMs`); resolves once it listens. */
export async function startBenchServer(uri: string, options: { embedded: boolean; nowMs: number; profileDir?: string }): Promise<BenchServer> {
  const profile = options.profileDir ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(options.profileDir)] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join('test', 'bench', 'serve.ts')], {
    // NODE_ENV=production, as a deployment runs: graphql-js otherwise checks every instanceof
    // against a second copy of itself (a tenth of a 50-row board's CPU), Express keeps debug paths.
    env: { ...process.env, NODE_ENV: 'production', BENCH_NEO4J_URI: uri, BENCH_EMBEDDED: options.embedded ? '1' : '0', BENCH_NOW_MS: String(options.nowMs) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const ports = await new Promise<BenchServerPorts>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve(JSON.parse(line) as BenchServerPorts);
    });
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return {
    child,
    ports,
    async stop() {
      if (child.exitCode !== null) return;
      child.stdin?.end();
      const exited = new Promise((r) => child.once('exit', r));
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    },
  };
}
