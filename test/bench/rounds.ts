// Closed-loop write paths measured side by side, fairly: each path runs in several short rounds,
// and the paths' order turns by one place each round, so every path runs once in every position
// (a Latin square). Why: Neo4j's JIT keeps warming over thousands of transactions — a trivial
// write transaction cost it about 2 ms of CPU in the first 15,000 and about 0.5 ms in the next
// 15,000 — so a path measured first, straight after a short warm-up, paid for the warming of
// all of them, and the gap between the API and its peers looked larger than it is.
import type { Figure } from './report';
import type { CpuPerRequest } from './process-cpu';

/** What one round of one path recorded, beyond its Figure: every latency and its wall time. */
export interface RoundSink {
  latencies: number[];
  seconds: number;
}

export interface Round {
  figure: Figure;
  sink: RoundSink;
}

/** The order of `paths` paths in round `round`: path (round + i) mod paths at position i. */
export function latinOrder(paths: number, round: number): number[] {
  return Array.from({ length: paths }, (_, i) => (round + i) % paths);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * One figure from a path's rounds: requests and errors summed, the rate over the summed wall
 * time, the percentiles over every latency, CPU per request weighted by each round's requests
 * (left out unless every round measured it).
 */
export function mergeRounds(name: string, rounds: readonly Round[]): Figure {
  if (rounds.length === 0) throw new Error(`no rounds to merge for ${name}`);
  const requests = rounds.reduce((a, r) => a + r.figure.requests, 0);
  const seconds = rounds.reduce((a, r) => a + r.sink.seconds, 0);
  const latencies = rounds.flatMap((r) => r.sink.latencies).sort((a, b) => a - b);
  const pct = (p: number) => round2(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  const errors = rounds.reduce((a, r) => a + r.figure.errors, 0);
  const samples = [...new Set(rounds.flatMap((r) => r.figure.errorSamples ?? []))].slice(0, 5);
  const figure: Figure = {
    name,
    kind: rounds[0]!.figure.kind,
    requests,
    perSecond: Math.round((requests / Math.max(0.001, seconds)) * 10) / 10,
    p50: pct(50),
    p99: pct(99),
    errors,
  };
  if (samples.length) figure.errorSamples = samples;
  const cpu = rounds.map((r) => r.figure.cpuPerRequest);
  if (requests > 0 && cpu.every((c): c is CpuPerRequest => c !== undefined)) {
    const weighted = (key: keyof CpuPerRequest) => round2(rounds.reduce((a, r, i) => a + (cpu[i]![key] ?? 0) * r.figure.requests, 0) / requests);
    figure.cpuPerRequest = { benchMs: weighted('benchMs'), apiMs: weighted('apiMs'), neo4jMs: weighted('neo4jMs') };
    if (cpu.every((c) => c.neo4jJitMs !== undefined)) figure.cpuPerRequest.neo4jJitMs = weighted('neo4jJitMs');
  }
  return figure;
}

/** `items` cut into `rounds` consecutive slices of `per` each (the last may be shorter). */
export function slices<T>(items: readonly T[], rounds: number, per: number): T[][] {
  return Array.from({ length: rounds }, (_, r) => items.slice(r * per, (r + 1) * per));
}
