import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const shared = globalThis as { __trustlineNeo4j?: { stop(): Promise<void> }; __trustlineUsers?: number };
  shared.__trustlineUsers = (shared.__trustlineUsers ?? 1) - 1;
  if (shared.__trustlineUsers > 0 || !shared.__trustlineNeo4j) return;
  await shared.__trustlineNeo4j.stop();
  shared.__trustlineNeo4j = undefined;
  const dir = process.env.TRUSTLINE_TEST_NEO4J_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
