// Shared shell for the job commands (`npm run trust:recompute`, `npm run rank:snapshot`, …):
// open the graph (embedded unless NEO4J_URI), run the job with progress lines on stderr and its
// summary on stdout, close everything, and exit non-zero with a plain message on failure.
import { openGraph } from '../../graph/open';
import { graphSettingsFromEnv } from '../../graph/settings';
import type { Graph } from '../../graph/graph';
import os from 'node:os';
import { systemClock, type Clock } from '../clock';

/** The niceness a background job gives itself (recompute-process.ts says why). */
export const BACKGROUND_NICENESS = 10;

/**
 * Lowers this process's CPU priority, so a batch job yields the cores to request serving on the
 * same machine. A system that refuses (no permission to change it) leaves it as it was.
 */
export function runInBackground(): void {
  try {
    if (os.getPriority() < BACKGROUND_NICENESS) os.setPriority(BACKGROUND_NICENESS);
  } catch {
    // Not permitted here: the job runs at the priority it was given.
  }
}

export async function runJobCli(
  name: string,
  job: (graph: Graph, clock: Clock, say: (line: string) => void, args: string[]) => Promise<string>,
  /** The jobs run on the system clock; the benchmark's market lives on its own (test/bench). */
  clock: Clock = systemClock,
): Promise<void> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const args = process.argv.slice(2);
  let opened: Awaited<ReturnType<typeof openGraph>> | undefined;
  try {
    opened = await openGraph(graphSettingsFromEnv(), say);
    process.stdout.write(`${await job(opened.graph, clock, say, args)}\n`);
  } catch (err) {
    process.stderr.write(`${name} failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  } finally {
    await opened?.close();
  }
}
