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
 * `answers`: a paced load at `rate` per second, its first request due at second 0.02 (paced-load.ts);
 * `jobSummary`: the job's closing line, "… (read 2.1s, compute 2.0s, write 5.4s)". No phases
 * when the line does not say them (the job failed).
 */
export function latencyByRecomputePhase(answers: readonly PacedAnswer[], rate: number, jobSummary: string): PhaseLatency[] {
  const m = /compute ([\d.]+)s, write ([\d.]+)s\)/.exec(jobSummary);
  if (!m) return [];
  const computeEnds = Number(m[1]);
  const writeEnds = computeEnds + Number(m[2]);
  const phases: Array<PhaseLatency['phase']> = ['compute', 'write-back', 'after the write-back'];
  const byPhase = new Map(phases.map((p) => [p, [] as number[]]));
  for (const a of answers) {
    if (a.status < 200 || a.status >= 300) continue;
    const due = 0.02 + a.i / rate;
    byPhase.get(due < computeEnds ? 'compute' : due < writeEnds ? 'write-back' : 'after the write-back')!.push(a.latencyMs);
  }
  return phases.filter((p) => byPhase.get(p)!.length > 0).map((phase) => ({ phase, requests: byPhase.get(phase)!.length, ...latencyPercentiles(byPhase.get(phase)!) }));
}
