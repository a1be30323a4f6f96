// Spearman's rank correlation: Pearson's correlation of the ranks, ties given their average rank
// (most members share a trust of exactly 0, so ties are the rule, not the exception).

function ranks(values: readonly number[]): Float64Array {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const r = new Float64Array(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    const average = (start + end - 1) / 2 + 1;
    for (let k = start; k < end; k++) r[order[k]!] = average;
    start = end;
  }
  return r;
}

/** ρ in [−1, 1]; NaN when either side is constant (no ranking to compare). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error('spearman: the two lists differ in length');
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  const mean = (n + 1) / 2;
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i++) {
    const da = ra[i]! - mean;
    const db = rb[i]! - mean;
    cov += da * db;
    va += da * da;
    vb += db * db;
  }
  return cov / Math.sqrt(va * vb);
}
