// Writes a soak's results: soak.json (everything, for comparing runs) and soak.md (the page a
// person reads: setup, verdict, the windows as a table, the server's memory).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SOAK_THRESHOLDS, type Interval, type MemorySample, type Verdict } from './stats';

export interface SoakResult {
  startedAt: string;
  minutes: number;
  targetRate: number;
  connections: number;
  achievedRate: number;
  overall: { requests: number; p50Ms: number; p99Ms: number; errors: number; timeouts: number };
  market: { members: number; products: number; recommendations: number; buyers: number; signedIn: number };
  machine: { cpus: number; loadAverage: number[]; node: string };
  kinds: Record<string, { requests: number; byStatus: Record<string, number>; p50Ms: number; p99Ms: number }>;
  intervals: Interval[];
  samples: MemorySample[];
  verdict: Verdict;
}

const fmt = (x: number, d = 1) => x.toFixed(d);
const statuses = (s: Record<string, number>) =>
  Object.entries(s)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ');

export function soakMarkdown(r: SoakResult): string {
  const v = r.verdict;
  const lines = [
    '# Soak test',
    '',
    '`npm run soak` (code in `test/soak/`): a fixed-rate mixed read/write load on loopback against the real',
    'server (its own process) on a fresh embedded Neo4j holding the demo market. Written by the last run;',
    '`npm run soak -- --short` is a 30-second smoke check that writes to a temporary folder instead.',
    '',
    `**Result: ${v.passed ? 'PASSED' : 'FAILED'}** (run started ${r.startedAt}).`,
    ...v.reasons.map((reason) => `- ${reason}`),
    '',
    '## Setup',
    '',
    `- ${r.minutes} minute(s), after an unmeasured warm-up, at a target of ${r.targetRate} requests/s over ${r.connections} connections (autocannon, fixed overall rate); achieved ${r.achievedRate}/s, ${r.overall.requests} requests.`,
    `- Data: the demo market (${r.market.members} members, ${r.market.products} products, ${r.market.recommendations} live recommendations), loaded into an empty embedded Neo4j (heap 1 GiB, page cache 256 MiB).`,
    `- ${r.market.signedIn} members signed in through the API (${r.market.buyers} buyers and the suppliers), each from an address of its own (X-Forwarded-For, \`trust proxy\` = loopback), with the production write limits (60 per member, 300 per address per minute); the load keeps every member under 40 writes a minute.`,
    '- Mix (the web app\'s own documents): reads ~65% (leaderboard, member page, product page), writes ~35% (place an order through someone else\'s recommendation, the supplier marks it delivered, the buyer rates it). A write slot with nothing to deliver or rate places an order or reads.',
    `- Machine: ${r.machine.cpus} CPU(s), Node ${r.machine.node}, load average at the end ${r.machine.loadAverage.join(' / ')} (1/5/15 min; the soak's own server, Neo4j and load generator count in it, as does any other work on the machine).`,
    '',
    '## Verdict',
    '',
    '| check | threshold | measured |',
    '| --- | --- | --- |',
    `| server errors (5xx) | ${SOAK_THRESHOLDS.max5xx} | ${v.total5xx} |`,
    `| requests without an answer within 10 s | ${SOAK_THRESHOLDS.maxUnanswered} | ${v.unanswered} |`,
    `| heap after a full GC, least-squares slope over the second half | ≤ ${SOAK_THRESHOLDS.maxHeapSlopeMiBPerMinute} MiB/min (judged on runs ≥ ${SOAK_THRESHOLDS.minMinutesForMemoryVerdict} min) | ${fmt(v.heapSlopeMiBPerMinute, 2)} MiB/min${v.memoryJudged ? '' : ' (not judged)'} |`,
    `| latency, whole run | reported, not judged | p50 ${r.overall.p50Ms} ms, p99 ${r.overall.p99Ms} ms |`,
    '',
    'Why these thresholds: a 5xx or an unanswered request under an ordinary load is a bug (the API answers',
    'typed 4xx for what a client can fix). The heap is measured after a forced full collection (the server runs with `--expose-gc` and',
    'samples itself), so what remains is live data; the first half is left out because caches, JIT and',
    'connection pools fill it. 1 MiB/min catches a leak of ~0.5 KiB per request at this rate well within a',
    'five-minute run, yet sits above the sample-to-sample noise of a steady heap.',
    '',
    '## By kind',
    '',
    '| kind | requests | statuses | p50 ms | p99 ms |',
    '| --- | ---: | --- | ---: | ---: |',
    ...Object.entries(r.kinds).map(([kind, k]) => `| ${kind} | ${k.requests} | ${statuses(k.byStatus)} | ${k.p50Ms} | ${k.p99Ms} |`),
    '',
    'GraphQL error codes in answers (a CONFLICT is a rating raced by another, etc.) are in the windows below.',
    '',
    '## Over time',
    '',
    '| at s | requests | statuses | error codes | p50 ms | p99 ms | server RSS MiB | heap MiB | heap after GC MiB |',
    '| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...r.intervals.map(
      (i) =>
        `| ${i.atS} | ${i.requests} | ${statuses(i.byStatus)} | ${statuses(i.byCode) || '—'} | ${i.p50Ms} | ${i.p99Ms} | ` +
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
