// Writes a soak's results: soak.json (everything, for comparing runs) and soak.md (the page a
// person reads: setup, verdict with every kind's p99 against its threshold, the kinds, the
// windows as a table, the server's memory).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CpuPerRequest } from '../bench/process-cpu';
import { MIX_SHARES, type Kind } from './mix';
import { SOAK_THRESHOLDS, type Interval, type KindStats, type MemorySample, type Verdict } from './stats';

export interface SoakResult {
  startedAt: string;
  minutes: number;
  targetRate: number;
  /** Most keep-alive connections the load generator opens. */
  connections: number;
  warmupSeconds: number;
  /** Seconds between the server's memory samples (each a forced full GC). */
  sampleSeconds: number;
  achievedRate: number;
  overall: { requests: number; p50Ms: number; p99Ms: number; errors: number; unanswered: number };
  market: {
    source: 'demo' | 'bench';
    dir?: string;
    seed?: number;
    members: number;
    /** Orders in the store when the run started (a reused store holds earlier soaks' too). */
    orders: number;
    products: number;
    recommendations: number;
    buyers: number;
    suppliers: number;
    signedIn: number;
    signInSeconds: number;
    /** Members of a bench store given the demo password by this run (0 when earlier runs did). */
    passwordsSet: number;
  };
  neo4j: { heap: string; pageCacheMiB: number };
  /** CPU each process spent per request over the measured load (Linux /proc; absent elsewhere). */
  cpuPerRequest?: CpuPerRequest;
  machine: { cpus: number; loadAverage: number[]; node: string };
  kinds: Record<string, KindStats>;
  intervals: Interval[];
  samples: MemorySample[];
  verdict: Verdict;
}

const fmt = (x: number, d = 1) => x.toFixed(d);
const n = (x: number) => x.toLocaleString('en');
const tally = (s: Record<string, number>) =>
  Object.entries(s)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, c]) => `${k}: ${c}`)
    .join(', ');
const pct = (kind: string) => `${Math.round((MIX_SHARES[kind as Kind] ?? 0) * 100)}%`;

function dataLine(r: SoakResult): string {
  const m = r.market;
  const done = (kind: Kind) => (r.kinds[kind] ? r.kinds[kind].requests - r.kinds[kind].errors : 0);
  const size = `${n(m.members)} members, ${n(m.orders)} orders at the start, ${n(m.products)} products`;
  const neo4j = `heap ${r.neo4j.heap.replace(/g$/, ' GiB')}, page cache ${n(r.neo4j.pageCacheMiB)} MiB`;
  if (m.source === 'demo') return `- Data: the demo market (${size}), loaded into an empty embedded Neo4j (${neo4j}).`;
  return (
    `- Data: the bench's market (test/bench/generate.ts${m.seed !== undefined ? `, seed ${m.seed}` : ''}; ${size}) in the store \`${m.dir}\`, an embedded Neo4j sized as the bench sizes it for this market (${neo4j}). ` +
    'A run writes into the store, so it runs on a copy of the bench\'s (`cp -a`), never on the bench\'s own. The copy is reused from run to run, earlier soaks\' orders and all: ' +
    `this run's measured load added ${n(done('place'))} orders, ${n(done('deliver'))} deliveries and ${n(done('rate'))} verdicts (the warm-up's few aside), ` +
    `${fmt((100 * done('place')) / Math.max(1, m.orders), 2)}% of the orders there were, too little to change a query's plan or cost, while a fresh 5.8 GB copy before every run ` +
    'would cost minutes and the disk\'s cache. The orders at the start are counted above; a fresh copy puts the store back as the bench built it.'
  );
}

function signInLine(r: SoakResult): string {
  const m = r.market;
  const who =
    m.source === 'demo'
      ? `every buyer (${m.buyers}) and supplier (${m.suppliers})`
      : `${m.buyers} buyers spread over the whole market and the first ${m.suppliers} suppliers (the orders go through the ${n(m.recommendations)} recommendations of their products)`;
  const passwords =
    m.source === 'bench'
      ? ' The bench\'s members carry a placeholder password hash; the soak gives its sample the demo password\'s real Argon2 hash in the store first' +
        `${m.passwordsSet ? ` (${m.passwordsSet} this run)` : ' (an earlier run already had)'}, so sign-in, sessions and the session check are the product's own.`
      : '';
  return (
    `- ${m.signedIn} members, ${who}, signed in through the API (${m.signInSeconds} s), each from an address of its own (X-Forwarded-For, \`trust proxy\` = loopback), ` +
    `with the production write limits (60 per member, 300 per address per minute); the load keeps every member under 40 writes a minute.${passwords}`
  );
}

function cpuLine(r: SoakResult, c: CpuPerRequest): string {
  const total = c.benchMs + c.apiMs + c.neo4jMs;
  return (
    `- CPU per request over the measured load (/proc): server ${c.apiMs} ms, Neo4j ${c.neo4jMs} ms${c.neo4jJitMs !== undefined ? ` (of which its JIT compiler ${c.neo4jJitMs} ms)` : ''}, load generator ${c.benchMs} ms; ` +
    `${fmt(total, 2)} ms in all, so ${r.targetRate} requests/s needs ${fmt((total * r.targetRate) / 1000, 2)} of the machine's ${r.machine.cpus} cores before anything else runs on them.`
  );
}

export function soakMarkdown(r: SoakResult): string {
  const v = r.verdict;
  const met = (ok: boolean) => (ok ? 'met' : '**missed**');
  const during = r.samples.filter((s) => s.atMs >= 0);
  const secondHalf = during.filter((s) => s.atMs >= (r.minutes * 60_000) / 2).length;
  const longestGcMs = Math.max(0, ...during.map((s) => s.gcMs ?? 0));
  const lines = [
    '# Soak test',
    '',
    '`npm run soak` (code in `test/soak/`): a paced mixed load of what a browser fetches — the app, its reads, its writes — on loopback',
    'against the real server (its own process) and an embedded Neo4j. `npm run soak -- --db DIR` runs it on the bench\'s',
    '100,000-member market kept in DIR; without `--db` it runs on the demo market in a fresh temporary Neo4j. Written by the last',
    'run; `npm run soak -- --short` is a 30-second smoke check that writes to a temporary folder instead.',
    '',
    `**Result: ${v.passed ? 'PASSED' : 'FAILED'}** (run started ${r.startedAt}).`,
    ...v.reasons.map((reason) => `- ${reason}`),
    '',
    '## Setup',
    '',
    `- ${r.minutes} minute(s) at ${r.targetRate} requests/s after a ${r.warmupSeconds}-second warm-up at a quarter of it (not measured); achieved ${r.achievedRate}/s, ${n(r.overall.requests)} requests.`,
    `- Paced open-loop (test/bench/paced-load.ts, the bench's generator): request i is due at start + i / rate and is sent then, over at most ${r.connections} keep-alive connections, whatever the others are doing; every latency counts from its request's due time, so a stall counts in each request it held up. (The soak used autocannon's fixed overall rate before: it sends each second's share in a burst at the top of the second, which measured the tail of a burst, not of a steady load.)`,
    dataLine(r),
    signInLine(r),
    `- Mix (the web app's own GraphQL documents, and the app itself): reads ~65% — leaderboard ${pct('leaderboard')} (a fifth by category), member page ${pct('member')}, product page ${pct('product')} (half signed in), the app's page shell \`GET /\` with its server-side first paint ${pct('shell')}, one of its hashed JS/CSS files ${pct('asset')}; writes ~35% — place an order through someone else's recommendation ${pct('place')}, the supplier marks it delivered ${pct('deliver')}, the buyer rates it ${pct('rate')}. A write slot with nothing to deliver or rate places an order, or else reads.`,
    ...(r.cpuPerRequest ? [cpuLine(r, r.cpuPerRequest)] : []),
    `- Machine: ${r.machine.cpus} CPU(s), Node ${r.machine.node}, load average at the end ${r.machine.loadAverage.join(' / ')} (1/5/15 min; the soak's own server, Neo4j and load generator count in it, as does any other work on the machine).`,
    '',
    '## Verdict',
    '',
    '| check | threshold | measured | |',
    '| --- | --- | --- | --- |',
    `| failed requests (5xx, 4xx, GraphQL errors, no answer within ${SOAK_THRESHOLDS.timeoutSeconds} s of being sent) | ${SOAK_THRESHOLDS.maxErrors} | ${v.errors} (${v.total5xx} 5xx, ${v.unanswered} unanswered) | ${met(v.errors <= SOAK_THRESHOLDS.maxErrors)} |`,
    ...v.kinds.map((k) => `| p99, ${k.kind} (${n(k.requests)} requests) | ≤ ${SOAK_THRESHOLDS.maxP99MsPerKind} ms | ${k.p99Ms} ms | ${met(k.met)} |`),
    `| heap after a full GC, least-squares slope over the second half (${secondHalf} samples) | ≤ ${SOAK_THRESHOLDS.maxHeapSlopeMiBPerMinute} MiB/min (judged on runs ≥ ${SOAK_THRESHOLDS.minMinutesForMemoryVerdict} min) | ${fmt(v.heapSlopeMiBPerMinute, 2)} MiB/min | ${v.memoryJudged ? met(v.heapSlopeMiBPerMinute <= SOAK_THRESHOLDS.maxHeapSlopeMiBPerMinute) : 'not judged'} |`,
    `| latency, all kinds together | reported, not judged | p50 ${r.overall.p50Ms} ms, p99 ${r.overall.p99Ms} ms | |`,
    '',
    'Why these thresholds: the mix is a well-behaved load — it stays under the write limits and never races itself — so any',
    'request that fails is a bug in the server or in the soak: a 5xx, an unanswered request, a 429, a CONFLICT alike. p99 ≤ 150 ms',
    'for every kind (issue 29): each page a person opens and each thing they do answers well within the time a click feels',
    'immediate, counted from when the request was due, so time spent queueing behind a slow request counts. Every kind is',
    'judged on its own, so fast reads cannot hide slow writes in a whole-run figure. The heap is measured after a forced full',
    'collection (the server runs with `--expose-gc` and samples itself), so what remains is live data; the first half is left',
    'out because caches, JIT and connection pools fill it. 1 MiB/min catches a leak of ~0.2 KiB per request at 100 requests/s',
    'well within a ten-minute run, yet sits above the sample-to-sample noise of a steady heap. A forced collection stops the',
    `server (in this run for up to ${fmt(longestGcMs, 0)} ms) and the requests it holds up count in the latencies like any other stall,`,
    `so the server samples itself only every ${r.sampleSeconds} s: a pause then touches far fewer than 1% of any kind's requests.`,
    '',
    '## By kind',
    '',
    '| kind | share drawn | requests | statuses | error codes | failed | p50 ms | p99 ms |',
    '| --- | ---: | ---: | --- | --- | ---: | ---: | ---: |',
    ...Object.entries(r.kinds).map(([kind, k]) => `| ${kind} | ${pct(kind)} | ${n(k.requests)} | ${tally(k.byStatus)} | ${tally(k.byCode) || '—'} | ${k.errors} | ${k.p50Ms} | ${k.p99Ms} |`),
    '',
    '## Over time',
    '',
    '| at s | requests | statuses | error codes | p50 ms | p99 ms | server RSS MiB | heap MiB | heap after GC MiB |',
    '| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...r.intervals.map(
      (i) =>
        `| ${i.atS} | ${i.requests} | ${tally(i.byStatus)} | ${tally(i.byCode) || '—'} | ${i.p50Ms} | ${i.p99Ms} | ` +
        (i.memory ? `${fmt(i.memory.rssMiB, 0)} | ${fmt(i.memory.heapUsedMiB)} | ${fmt(i.memory.heapAfterGcMiB)} |` : '— | — | — |'),
    ),
    '',
    'Raw data, including every memory sample: `docs/soak.json`.',
    '',
  ];
  return lines.join('\n');
}

export function writeSoakReport(dir: string, result: SoakResult): string[] {
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'soak.json');
  const md = path.join(dir, 'soak.md');
  writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(md, soakMarkdown(result));
  return [md, json];
}
