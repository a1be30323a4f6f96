// CPU time each process spends on one measurement, per request: the bench process (the load
// generator, or the peer's own driver work), the API server and Neo4j's JVM. On two shared cores
// a closed loop's rate is bounded by the sum, so this shows where a request's cost goes, which
// wall-clock profiles of one process cannot (time spent waiting for a core looks like work there).
// Linux /proc only; elsewhere the figures are left out.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface CpuPerRequest {
  /** This process: autocannon for the GraphQL rows, the driver and the trust maths for the peers. */
  benchMs: number;
  apiMs: number;
  neo4jMs: number;
  /** Of neo4jMs, the JVM's JIT compiler threads (C1, C2): warm-up, not the request's own work. */
  neo4jJitMs?: number;
}

const ticksPerSecond = (() => {
  const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const n = Number(out.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
})();

/** User + system CPU in a /proc stat line, ms. */
function statCpuMs(stat: string): number {
  // Fields after the command name, which is in parentheses and may contain spaces: state is
  // field 3, utime 14 and stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** User + system CPU of a process so far, ms; undefined when /proc cannot say. */
function cpuMs(pid: number): number | undefined {
  try {
    return statCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** HotSpot names its JIT compiler threads "C1 CompilerThread0", "C2 CompilerThread1", … (cut to 15 characters in /proc). */
const JIT_THREAD = /^C[12] CompilerThre/;

/**
 * CPU so far of a JVM's JIT compiler threads, ms; undefined when /proc cannot say. A thread that
 * ended took its time with it, so compare readings only while the JVM keeps its compiler threads.
 */
export function jitCpuMs(pid: number): number | undefined {
  try {
    let total = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      } catch {
        continue; // the thread ended between the listing and the read
      }
      if (JIT_THREAD.test(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) total += statCpuMs(stat);
    }
    return total;
  } catch {
    return undefined;
  }
}

/** Runs `measure` and adds the CPU each process spent per request to what it returns. */
export async function withCpuPerRequest<T extends { requests: number }>(
  pids: { api: number | undefined; neo4j: number | undefined },
  measure: () => Promise<T>,
): Promise<T & { cpuPerRequest?: CpuPerRequest }> {
  const read = () => ({
    bench: cpuMs(process.pid),
    api: pids.api === undefined ? undefined : cpuMs(pids.api),
    neo4j: pids.neo4j === undefined ? undefined : cpuMs(pids.neo4j),
    jit: pids.neo4j === undefined ? undefined : jitCpuMs(pids.neo4j),
  });
  const before = read();
  const figure = await measure();
  const after = read();
  const per = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined || figure.requests === 0 ? undefined : Math.round(((b - a) / figure.requests) * 100) / 100;
  const bench = per(before.bench, after.bench);
  const api = per(before.api, after.api);
  const neo4j = per(before.neo4j, after.neo4j);
  if (bench === undefined || api === undefined || neo4j === undefined) return figure;
  const jit = per(before.jit, after.jit);
  return { ...figure, cpuPerRequest: { benchMs: bench, apiMs: api, neo4jMs: neo4j, ...(jit === undefined ? {} : { neo4jJitMs: jit }) } };
}

/**
 * Runs `work` and times it, with the share of one core a JVM's JIT compiler threads took
 * meanwhile (`jitMs`: their CPU so far, as jitCpuMs reads it); no share when it cannot be read.
 */
export async function withJitShare<T>(jitMs: () => number | undefined, work: () => Promise<T>): Promise<{ result: T; seconds: number; jitShare?: number }> {
  const jitBefore = jitMs();
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  const jitAfter = jitMs();
  const jitShare = jitBefore === undefined || jitAfter === undefined ? undefined : Math.round(((jitAfter - jitBefore) / ms) * 100) / 100;
  return { result, seconds: ms / 1000, ...(jitShare === undefined ? {} : { jitShare }) };
}
