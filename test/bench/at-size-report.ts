// The recompute and the boards at ten times the market (issue 29): what recompute-at-size.ts
// measures on a bulk-built market, kept in docs/benchmarks.json beside the full run's figures and
// rendered into docs/benchmarks.md with the targets it is judged by.
//
// `npm run bench:at-size -- --db DIR --record` adds one market's run; `npm run bench -- --full
// --at-size DIR [--at-size DIR2]` runs them after the full bench. The growth target compares two
// at-size runs (1M and 10M rated orders) made by the same script on the same machine.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RecomputeSummary } from '../../graph/trust-recompute';
import { renderMarkdown, target, type Out } from './report';

export interface PacedFigure {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

/** One run of recompute-at-size.ts (its JSON line). */
export interface AtSizeRun {
  market: { members: number; orders: number; seed: number };
  /** When it ran, and the 1-minute load average before it (a loaded machine says so). */
  ranAt?: string;
  loadAverageBefore?: number;
  firstEdgeReadSeconds: number;
  warmUp: { seconds: number; phases: RecomputeSummary['phases'] };
  recompute: RecomputeSummary;
  peakHeapUsedMiB: number;
  peakArrayBuffersMiB: number;
  peakRssMiB: number;
  heapLimitMiB: number;
  /** Neo4j's page cache for the run (sized to the store). */
  pageCacheMiB?: number;
  reads?: {
    rate: number;
    snapshot: { ranks: number; scopes: number; firstSeconds: number; seconds: number };
    leaderboard: PacedFigure;
    rank: PacedFigure;
  };
}

/** At-size runs by rated orders ("1000000", "10000000"). */
export type AtSize = Record<string, AtSizeRun>;

const BASE = 1_000_000;
const LARGE = 10_000_000;
const TAG = 'at 10,000,000 rated orders';

/** The at-size targets (all carry TAG in their name, so a new run replaces them). */
export function atSizeTargets(atSize: AtSize): Out['targets'] {
  const base = atSize[String(BASE)];
  const large = atSize[String(LARGE)];
  if (!large) {
    return [{ name: `the global recompute, its heap and the boards ${TAG}`, value: null, limit: null, met: null, by: 'not measured: no at-size run on a 10M market (npm run bench:at-size -- --db DIR --record)' }];
  }
  const heapMiB = large.peakHeapUsedMiB + large.peakArrayBuffersMiB;
  const out: Out['targets'] = [
    base
      ? target(`global recompute ${TAG} within 12× its time at 1,000,000 (same script and machine; ×)`, round(large.recompute.seconds / base.recompute.seconds), 12, 'max', '×')
      : { name: `global recompute ${TAG} within 12× its time at 1,000,000`, value: null, limit: 12, met: null, by: 'not measured: no at-size run on the 1M market' },
    target(`Node memory the recompute needs ${TAG} ≤ 4 GB (peak V8 heap in use + typed arrays, MiB)`, heapMiB, 4096, 'max', ' MiB'),
  ];
  if (large.reads) {
    out.push(
      target(`leaderboard p99 ≤ 25 ms at ${large.reads.rate} req/s ${TAG} (GraphQL, paced open loop)`, large.reads.leaderboard.p99, 25, 'max', ' ms'),
      target(`member's rank p99 ≤ 25 ms at ${large.reads.rate} req/s ${TAG} (GraphQL, paced open loop)`, large.reads.rank.p99, 25, 'max', ' ms'),
    );
  }
  return out;
}

/** Puts `run` into `out` (replacing the run of its size and every at-size target). */
export function withAtSizeRun(out: Out, run: AtSizeRun): Out {
  const atSize = { ...(out.atSize ?? {}), [String(run.market.orders)]: run };
  return { ...out, atSize, targets: [...out.targets.filter((t) => !t.name.includes(TAG)), ...atSizeTargets(atSize)] };
}

/** Adds `run` to docs/benchmarks.json and renders docs/benchmarks.md again. */
export function recordAtSizeRun(run: AtSizeRun, docs = 'docs'): void {
  const file = path.join(docs, 'benchmarks.json');
  const out = withAtSizeRun(JSON.parse(readFileSync(file, 'utf8')) as Out, run);
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  writeFileSync(path.join(docs, 'benchmarks.md'), renderMarkdown(out));
}

/** The at-size section of docs/benchmarks.md. */
export function atSizeSection(o: Out): string {
  const runs = Object.values(o.atSize ?? {}).sort((a, b) => a.market.orders - b.market.orders);
  if (runs.length === 0) return '';
  const n = (x: number) => x.toLocaleString('en');
  const col = (f: (r: AtSizeRun) => string) => runs.map(f).join(' | ');
  const reads = (f: (x: NonNullable<AtSizeRun['reads']>) => string) => col((r) => (r.reads ? f(r.reads) : 'not measured'));
  return `## Ten times the market (issue 29)

\`npm run bench:at-size -- --db DIR\` (test/bench/recompute-at-size.ts) on markets built by
\`npm run bench:generate -- --bulk\` (Neo4j's offline importer, test/bench/bulk-market.ts): every member's trust put back to
the generator's starting values, one untimed edge read and one untimed whole recompute, then the timed recompute with the
Node process's memory sampled every 50 ms; then the two daily snapshots, the API server in its own process, and the
leaderboard and a member's rank each paced at 200 requests/s for 10 s after a warm-up. Node runs with a 4 GB heap cap.

| | ${col((r) => `${n(r.market.members)} members, ${n(r.market.orders)} rated orders`)} |
| --- | ${col(() => '---')} |
| ran at (1-minute load average before) | ${col((r) => `${r.ranAt ?? '—'} (${r.loadAverageBefore ?? '—'})`)} |
| trust edges | ${col((r) => n(r.recompute.trustEdges))} |
| Neo4j page cache (MiB) | ${col((r) => (r.pageCacheMiB ? n(r.pageCacheMiB) : '—'))} |
| global recompute, timed (s) | ${col((r) => `**${r.recompute.seconds}**`)} |
| read / compute / write-back (s) | ${col((r) => `${r.recompute.phases.readSeconds} / ${r.recompute.phases.computeSeconds} / ${r.recompute.phases.writeSeconds}`)} |
| members written, collusion flags | ${col((r) => `${n(r.recompute.membersWritten)}, ${r.recompute.flagsRaised}`)} |
| write-back parts, summed over batches: members / notices / commits / flags (s) | ${col((r) => (r.recompute.writeParts ? `${r.recompute.writeParts.membersSeconds} / ${r.recompute.writeParts.noticesSeconds} / ${r.recompute.writeParts.commitSeconds} / ${r.recompute.writeParts.flagsSeconds}` : '—'))} |
| untimed recompute before it (s) | ${col((r) => String(r.warmUp.seconds))} |
| first edge read (s) | ${col((r) => String(r.firstEdgeReadSeconds))} |
| peak V8 heap in use / typed arrays / resident set (MiB) | ${col((r) => `${n(r.peakHeapUsedMiB)} / ${n(r.peakArrayBuffersMiB)} / ${n(r.peakRssMiB)}`)} |
| daily snapshot: ranks, first day / next day (s) | ${reads((x) => `${n(x.snapshot.ranks)}, ${x.snapshot.firstSeconds} / ${x.snapshot.seconds}`)} |
| leaderboard top 50, paced: req/s, p50, p99 (ms) | ${reads((x) => `${x.leaderboard.perSecond}, ${x.leaderboard.p50}, **${x.leaderboard.p99}**`)} |
| member's rank, paced: req/s, p50, p99 (ms) | ${reads((x) => `${x.rank.perSecond}, ${x.rank.p50}, **${x.rank.p99}**`)} |

Its targets are in the table above (those naming 10,000,000 rated orders). docs/scaling.md says what the figures mean.
`;
}

const round = (x: number) => Math.round(x * 100) / 100;
