// The bench's record (docs/benchmarks.json) and its report (docs/benchmarks.md): a target is judged
// on the ratio as recorded, never met by rounding, and the committed report is what its record renders.
import { readFileSync } from 'node:fs';
import { expect, test } from '@jest/globals';
import { ratio, renderMarkdown, target, type Out } from '../bench/report';

test('a ratio keeps three significant digits, so 1.526 misses a "≤ 1.5" target instead of rounding into it', () => {
  const during = ratio(36.9, 24.18);
  expect(during).toBe(1.53);
  expect(target('p99 during ≤ 1.5× idle', during, 1.5, 'max', '×')).toMatchObject({ met: false, by: 'missed by 0.03× (1.02× off)' });
  expect(target('p99 during ≤ 1.5× idle', ratio(36.2, 24.18), 1.5, 'max', '×')).toMatchObject({ met: true });
  expect(ratio(203.9, 285)).toBe(0.715);
});

test('docs/benchmarks.md is exactly what docs/benchmarks.json renders (npm run bench -- --render)', () => {
  const record = JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')) as Out;
  expect(renderMarkdown(record)).toBe(readFileSync('docs/benchmarks.md', 'utf8'));
});

test('the report splits the feedback gap into HTTP and the GraphQL stack when the record has the plain HTTP row', () => {
  const record = JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')) as Out;
  const plain = record.feedback.plainHttpRating!;
  expect(plain.perSecond).toBeGreaterThan(0);
  const md = renderMarkdown(record);
  expect(md).toContain(`behind plain node:http is ${ratio(plain.perSecond, record.feedback.bareExecuteWrite.perSecond)}× peer 2`);
  expect(md).toContain('| feedback via rateRecommendation() behind plain node:http |');
  // An older record without the row (nor the Apollo row after it) renders without its text.
  const older = { ...record, feedback: { ...record.feedback, plainHttpRating: undefined, apolloHttpRating: undefined } };
  expect(renderMarkdown(older)).not.toContain('plain node:http');
});

test('the report splits the GraphQL stack into Apollo and Express when the record has the Apollo-without-Express row', () => {
  const record = JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')) as Out;
  const plain = record.feedback.plainHttpRating!;
  // Apollo without Express, between the plain HTTP and the GraphQL rows.
  const apollo = { ...plain, name: 'apollo', perSecond: (plain.perSecond + record.feedback.graphql.perSecond) / 2 };
  const md = renderMarkdown({ ...record, feedback: { ...record.feedback, apolloHttpRating: apollo } });
  expect(md).toContain("| feedback via the app's Apollo behind plain node:http (GraphQL without Express) |");
  expect(md).toContain(`${ratio(apollo.perSecond, plain.perSecond)}× the plain HTTP path; the whole GraphQL row is ${ratio(record.feedback.graphql.perSecond, apollo.perSecond)}× it`);
  expect(md).toContain('The five closed-loop feedback rows');
  const older = { ...record, feedback: { ...record.feedback, apolloHttpRating: undefined } };
  expect(renderMarkdown(older)).not.toContain('Apollo without Express');
  expect(renderMarkdown(older)).toContain('The four closed-loop feedback rows');
});

test('a record with several recompute runs says each run and that its idle and during figures pool them', () => {
  const record = JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')) as Out;
  const fb = record.feedback;
  const run = (seconds: number) => ({ seconds, exitCode: 0, summary: `trust recompute: … ${seconds}s`, overlap: { loadStartedAtSecond: 2.1, loadEndedAtSecond: 12.1, recomputeEndedAtSecond: seconds } });
  const pooled = { ...fb, idleFixedRate: { ...fb.idleFixedRate, requests: 600 }, duringRecomputeFixedRate: { ...fb.duringRecomputeFixedRate, requests: 600 }, recomputeRuns: [run(8.2), run(8.6), run(8.4)] };
  const md = renderMarkdown({ ...record, feedback: pooled });
  expect(md).toContain('| global recompute as a job (own process) while feedback arrives | 8.2 / 8.6 / 8.4 | 3 runs, each from the same stored trust |');
  expect(md).toContain('over 3 runs pooled: before each, 200 ratings idle');
  expect(md).toContain('run 2: 8.6 s, exit code 0, load from second 2.1 to 12.1');
  expect(md).toContain('The last job said: "trust recompute: … 8.4s"');
  // A record of one run (as before the runs were repeated) keeps its one-run sentence.
  expect(renderMarkdown({ ...record, feedback: { ...fb, recomputeRuns: undefined } })).toContain(`(the recompute job ran\n${fb.recomputeJobSeconds} s`);
});
