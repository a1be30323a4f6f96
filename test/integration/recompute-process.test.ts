// The scheduled global recompute runs in a process of its own at a lower CPU priority
// (server/jobs/recompute-process.ts; issue 29: the recompute must not hurt the API): it reports
// its summary back, it is not the server's process, it runs niced, and a stopping server ends it.
import { afterAll, expect, test } from '@jest/globals';
import { RecomputeProcess } from '../../server/jobs/recompute-process';
import { BACKGROUND_NICENESS } from '../../server/jobs/run-cli';
import { testGraph } from '../support/test-server';
import { cleanup, createMember } from '../support/factories';

const graph = testGraph();
afterAll(async () => {
  await cleanup(graph);
  await graph.close();
});

test("the recompute runs in its own process, niced, and reports its summary to the server's log", async () => {
  await createMember(graph, 'http://unused.invalid', { verified: true });
  const lines: string[] = [];
  const run = await new RecomputeProcess(process.env.NEO4J_URI!, (line) => lines.push(line)).run();
  expect(run.pid).not.toBe(process.pid);
  expect(run.niceness).toBe(BACKGROUND_NICENESS);
  expect(run.members).toBeGreaterThanOrEqual(1);
  expect(run.converged).toBe(true);
  expect(Object.keys(run.phases).sort()).toEqual(['computeSeconds', 'readSeconds', 'writeSeconds']);
  // Its progress lines reached the caller's log as they came.
  expect(lines.some((l) => l.startsWith('Recompute:'))).toBe(true);
}, 120_000);

test('a stopping server ends a recompute under way, which then fails plainly', async () => {
  const recompute = new RecomputeProcess(process.env.NEO4J_URI!, () => undefined);
  const running = recompute.run();
  recompute.stop();
  await expect(running).rejects.toThrow(/the recompute's process ended by SIGTERM/);
});
