// A real redis-server (Debian's) on a free loopback port, without persistence, for the tests and
// the bench that need one; stopped with SIGKILL (nothing on disk to keep).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from '../../graph/free-port';

export interface RedisServer {
  port: number;
  url: string;
  child: ChildProcess;
  stop(): void;
}

export function redisAvailable(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], {
    stdio: 'ignore',
  });
  const server = { port, url: `redis://127.0.0.1:${port}`, child, stop: () => void child.kill('SIGKILL') };
  const deadline = Date.now() + 10_000;
  for (;;) {
    const client = new Redis(server.url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false });
    client.on('error', () => {});
    try {
      await client.connect();
      if ((await client.ping()) === 'PONG') return server;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) {
        server.stop();
        throw new Error(`redis-server did not come up on port ${port}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      client.disconnect();
    }
  }
}
