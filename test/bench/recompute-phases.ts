// Feedback latency during a recompute, taken apart by the recompute's phase each rating was due
// in, so the bench says which part of the job the slow ratings waited on. The load starts when
// the job says "Recompute:", after its read (run.ts): second 0 is the start of the compute.
import { latencyPercentiles, type PacedAnswer } from './paced-load';

export interface PhaseLatency {
  phase: 'compute' | 'write-back' | 'after the write-back';
  requests: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Each run: a paced load at `rate` per second, its first request due at second 0.02 (paced-load.ts),
 * and its job's closing line, "… (read 2.1s, compute 2.0s, write 5.4s)"; the runs' ratings are
 * pooled by phase. A run whose line does not say its phases (the job failed) adds none.
 */
export function latencyByRecomputePhase(runs: ReadonlyArray<{ answers: readonly PacedAnswer[]; jobSummary: string }>, rate: number): PhaseLatency[] {
  const phases: Array<PhaseLatency['phase']> = ['compute', 'write-back', 'after the write-back'];
  const byPhase = new Map(phases.map((p) => [p, [] as number[]]));
  for (const { answers, jobSummary } of runs) {
    const m = /compute ([\d.]+)s, write ([\d.]+)s\)/.exec(jobSummary);
    if (!m) continue;
    const computeEnds = Number(m[1]);
    const writeEnds = computeEnds + Number(m[2]);
    for (const a of answers) {
      if (a.status < 200 || a.status >= 300) continue;
      const due = 0.02 + a.i / rate;
      byPhase.get(due < computeEnds ? 'compute' : due < writeEnds ? 'write-back' : 'after the write-back')!.push(a.latencyMs);
    }
  }
  return phases.filter((p) => byPhase.get(p)!.length > 0).map((phase) => ({ phase, requests: byPhase.get(phase)!.length, ...latencyPercentiles(byPhase.get(phase)!) }));
}
