// Global trust by EigenTrust (Kamvar, Schlosser & Garcia-Molina, WWW 2003, algorithm 3 with
// pre-trusted peers): t = (1 − α)·Cᵀt + α·p, where C is the row-normalised local trust
// (c_ij = max(s_ij, 0) / Σ_k max(s_ik, 0)) and p spreads the restart over the verified members.
// Trust only enters the graph at verified members and only moves along "held up" verdicts, so a
// closed group that nobody trusted rates gets exactly zero, however many verdicts it trades.
// A member who vouches for nobody (dangling row) hands their trust back to p, as in the paper, and
// so does the part of a row that collusion damping took away.
//
// Power iteration over the CSR rows: two Float64Arrays swapped each step, nothing allocated per
// step; stop at L1 change < ε or at the iteration cap, whichever comes first.

import { abs, ceil, max, min } from './builtins';
import type { TrustParams } from './params';

export interface PropagationInput {
  readonly n: number;
  readonly rowStart: Uint32Array;
  readonly target: Int32Array;
  /** Per pair: local trust c_ij (rows sum to at most 1; what a row lacks returns to the seed). */
  readonly local: Float64Array;
  /** Restart distribution (sums to 1). */
  readonly pretrust: Float64Array;
}

export interface Propagation {
  /** Global trust per member; sums to 1. */
  readonly trust: Float64Array;
  readonly iterations: number;
  /** L1 change of the last step. */
  readonly residual: number;
  readonly converged: boolean;
}

export function propagate(
  g: PropagationInput,
  params: TrustParams,
  onStep?: (iteration: number, residual: number) => void,
): Propagation {
  const { n, rowStart, target, local, pretrust } = g;
  const alpha = params.alpha;
  // What a row does not pass on (all of a dangling row, the damped-away part of a damped one)
  // returns to the seed, as a dangling row's trust does in the paper.
  const kept = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) sum += local[e]!;
    kept[i] = min(1, sum);
  }
  let t = Float64Array.from(pretrust);
  let next = new Float64Array(n);
  let residual = Infinity;
  let iterations = 0;
  while (iterations < params.maxIterations) {
    iterations++;
    next.fill(0);
    let danglingMass = 0;
    for (let i = 0; i < n; i++) {
      const ti = t[i]!;
      if (ti === 0) continue;
      danglingMass += ti * (1 - kept[i]!);
      if (kept[i] === 0) continue;
      for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
        const c = local[e]!;
        if (c > 0) next[target[e]!]! += ti * c;
      }
    }
    residual = 0;
    for (let j = 0; j < n; j++) {
      const v = (1 - alpha) * (next[j]! + danglingMass * pretrust[j]!) + alpha * pretrust[j]!;
      next[j] = v;
      residual += abs(v - t[j]!);
    }
    [t, next] = [next, t];
    onStep?.(iterations, residual);
    if (residual < params.epsilon) break;
  }
  return { trust: t, iterations, residual, converged: residual < params.epsilon };
}

/**
 * Restart distribution: uniform over verified members. With none verified (a fresh install)
 * it is uniform over everyone, which is plain EigenTrust without pre-trust: it still converges,
 * but a closed ring then keeps its own share, so verify founding members before opening up.
 */
export function pretrustOf(verified: Uint8Array): Float64Array {
  const n = verified.length;
  let seeds = 0;
  for (let i = 0; i < n; i++) seeds += verified[i]!;
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) p[i] = seeds > 0 ? verified[i]! / seeds : 1 / n;
  return p;
}

/**
 * reach_i = clamp(t_i / t_ref, 0, 1), where t_ref is the reachQuantile quantile of the positive t
 * values; verified members have reach 1 by definition.
 * - Scale-free: t shrinks as the network grows, a quantile moves with it.
 * - Linear below the reference, so voice is conserved: global trust sums to 1, and however a
 *   member's trust is split among accounts (a verified account vouching for thirty fresh ones),
 *   their voices add up to no more than the trust behind them. (A log scale, used before issue 23,
 *   gave each of thirty accounts sharing one member's trust most of a voice: thirty-fold.)
 * - Capped at 1: members at or above the median speak with a full voice, so the honest majority
 *   is not ranked by popularity; only the voice of those below it is thinned.
 */
export function reachOf(trust: Float64Array, verified: Uint8Array, params: TrustParams): Float64Array {
  const positive = trust.filter((v) => v > 0).sort();
  const n = trust.length;
  const reach = new Float64Array(n);
  const k = min(positive.length - 1, max(0, ceil(params.reachQuantile * positive.length) - 1));
  const ref = positive.length > 0 ? positive[k]! : 0;
  for (let i = 0; i < n; i++) {
    const ti = trust[i]!;
    const r = ti > 0 && ref > 0 ? ti / ref : 0;
    reach[i] = verified[i] ? 1 : min(1, max(0, r));
  }
  return reach;
}
