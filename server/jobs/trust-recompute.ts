// `npm run trust:recompute`: the global trust recompute (EigenTrust from the verified seed,
// then Beta evidence weighted by each rater's propagated trust), reconciling the immediate
// per-verdict updates. Also scheduled by server/jobs/scheduler.ts.
import { IN_BACKGROUND, recomputeTrust, type RecomputeSummary } from '../../graph/trust-recompute';
import type { Graph } from '../../graph/graph';
import type { Clock } from '../clock';
import os from 'node:os';
import { runInBackground, runJobCli } from './run-cli';
import { configFromEnv } from '../config';

export function describeRecompute(s: RecomputeSummary): string {
  return (
    `trust recompute: ${s.members} members, ${s.ratings} ratings; ${s.iterations} iterations, ` +
    `residual ${s.residual.toExponential(2)} (${s.converged ? 'converged' : 'NOT converged: hit the iteration cap'}); ` +
    `${s.membersChanged} members changed (largest correction ${s.maxAbsDelta.toFixed(1)}), ${s.membersWritten} written, ` +
    `${s.flagsRaised} collusion flag(s); ${s.seconds}s ` +
    `(read ${s.phases.readSeconds}s, compute ${s.phases.computeSeconds}s, write ${s.phases.writeSeconds}s)`
  );
}

/** The job as its command runs it: next to live traffic, so it yields the database (IN_BACKGROUND). */
export async function runRecompute(graph: Graph, clock: Clock, say: (line: string) => void): Promise<string> {
  return describeRecompute(await recomputeTrust(graph, clock.now(), say, configuredLadder(), IN_BACKGROUND));
}

/** The privilege ladder of this process's settings (PRIVILEGE_*), as the server reads them. */
function configuredLadder() {
  return configFromEnv().privileges.ladder;
}

/** `--json`: the summary as one JSON line, with the process's id and niceness (recompute-process.ts reads it). */
async function runRecomputeCommand(graph: Graph, clock: Clock, say: (line: string) => void, args: string[]): Promise<string> {
  if (!args.includes('--json')) return runRecompute(graph, clock, say);
  const summary = await recomputeTrust(graph, clock.now(), say, configuredLadder(), IN_BACKGROUND);
  return JSON.stringify({ ...summary, pid: process.pid, niceness: os.getPriority() });
}

if (process.argv[1]?.endsWith('trust-recompute.ts')) {
  runInBackground();
  await runJobCli('trust:recompute', runRecomputeCommand);
}
