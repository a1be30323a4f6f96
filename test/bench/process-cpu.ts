// CPU time each process spends on one measurement, per request: the bench process (the load
// generator, or the peer's own driver work), the API server and Neo4j's JVM. On two shared cores
// a closed loop's rate is bounded by the sum, so this shows where a request's cost goes, which
// wall-clock profiles of one process cannot (time spent waiting for a core looks like work there).
// Linux /proc only; elsewhere the figures are left out.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface CpuPerRequest {
  /** This process: autocannon for the GraphQL rows, the driver and the trust maths for the peers. */
  benchMs: number;
  apiMs: number;
  neo4jMs: number;
}

const ticksPerSecond = (() => {
  const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const n = Number(out.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
})();

/** User + system CPU of a process so far, ms; undefined when /proc cannot say. */
function cpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces: state is
    // field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
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
  return { ...figure, cpuPerRequest: { benchMs: bench, apiMs: api, neo4jMs: neo4j } };
}
