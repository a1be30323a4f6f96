// A Trustline of its own with the demo market, for the tools that show or measure the product as
// people meet it (`npm run lighthouse`, `npm run screenshots`): `npm start`'s entry point as a
// child process (so the server runs exactly as in production, gzip and all), with the embedded
// Neo4j in a temporary folder, the demo market loaded into it, and the scheduled jobs off;
// SIGTERM stops server, driver and JVM in order, and the folder is removed.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../graph/free-port';

export interface DemoServer {
  url: string;
  stop(): Promise<void>;
}

export async function startDemoServer(name: string): Promise<DemoServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `trustline-${name}-`));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    NEO4J_DATA_DIR: dataDir,
    PHOTOS_DIR: path.join(dataDir, 'photos'),
    NEO4J_BOLT_PORT: String(await freePort()),
    SEED_DEMO: 'true',
    JOBS_ENABLED: 'false',
    LOG_LEVEL: 'warn',
  };
  delete env.NEO4J_URI;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  // The first start may build the web app and the Neo4j launcher, and the demo market loads.
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was up`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error('the server did not come up within 10 minutes');
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
