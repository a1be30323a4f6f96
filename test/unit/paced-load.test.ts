// The bench's fixed-rate load generator (test/bench/paced-load.ts), against a local HTTP server:
// requests are spread over time, not sent in a burst, and a stall counts in the latency of every
// request it delayed (no coordinated omission). Only lower bounds on time are asserted: a slower
// machine can make them longer, never make them fail.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, test } from '@jest/globals';
import { pacedLoad } from '../bench/paced-load';

let server: http.Server | undefined;

/** A server that answers each request after `delayMs(i)` with `status(i)`, noting when each arrived. */
async function serve(delayMs: (i: number) => number = () => 0, status: (i: number) => number = () => 200) {
  const arrivals: number[] = [];
  server = http.createServer((req, res) => {
    const i = arrivals.push(performance.now()) - 1;
    req.resume();
    setTimeout(() => res.writeHead(status(i)).end('{}'), delayMs(i));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, arrivals };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe('pacedLoad', () => {
  test('spreads the requests over count / rate seconds instead of sending them at once', async () => {
    const { origin, arrivals } = await serve();
    const result = await pacedLoad(origin, { rate: 100, count: 30 }, () => ({ method: 'GET', path: '/' }));
    expect(result.ok).toBe(30);
    expect(result.errors).toBe(0);
    // 29 gaps of 10 ms; a burst would arrive within a few milliseconds.
    expect(arrivals[29]! - arrivals[0]!).toBeGreaterThanOrEqual(250);
  });

  test('counts a stall in every request it delayed, from when each was due', async () => {
    // One connection, and the first answer takes 300 ms: the requests due meanwhile wait for it.
    const { origin } = await serve((i) => (i === 0 ? 300 : 0));
    const result = await pacedLoad(origin, { rate: 100, count: 30, maxConnections: 1 }, () => ({ method: 'GET', path: '/' }));
    expect(result.ok).toBe(30);
    expect(result.max).toBeGreaterThanOrEqual(300);
    // Requests due at 0, 10, …, 290 ms are all answered after 300 ms: half waited 150 ms or more.
    // A closed-loop count would put the median at about a millisecond.
    expect(result.p50).toBeGreaterThanOrEqual(140);
  });

  test('sends what the builder returns and counts non-2xx answers as errors', async () => {
    const seen: string[] = [];
    const { origin } = await serve(
      () => 0,
      (i) => (i % 5 === 0 ? 503 : 200),
    );
    server!.prependListener('request', (req: http.IncomingMessage) => seen.push(`${req.method} ${req.url} ${req.headers['x-n']}`));
    const result = await pacedLoad(origin, { rate: 200, count: 10 }, (i) => ({ method: 'POST', path: `/r/${i}`, headers: { 'x-n': String(i) }, body: '{}' }));
    expect(result.ok).toBe(8);
    expect(result.errors).toBe(2);
    expect(result.errorSamples).toEqual(['HTTP 503 × 2']);
    expect(seen.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `POST /r/${i} ${i}`).sort());
  });

  test('reports each outcome to onAnswer, with the body when the request asked for it', async () => {
    const { origin } = await serve(
      (i) => (i === 1 ? 50 : 0),
      (i) => (i === 2 ? 404 : 200),
    );
    const answers: { i: number; status: number; body?: string; latencyMs: number }[] = [];
    await pacedLoad(origin, { rate: 100, count: 3, onAnswer: (a) => answers.push(a) }, (i) => ({ method: 'GET', path: `/${i}`, readBody: i !== 0 }));
    answers.sort((a, b) => a.i - b.i);
    expect(answers.map(({ i, status, body }) => ({ i, status, body }))).toEqual([
      { i: 0, status: 200, body: undefined },
      { i: 1, status: 200, body: '{}' },
      { i: 2, status: 404, body: '{}' },
    ]);
    expect(answers[1]!.latencyMs).toBeGreaterThanOrEqual(50);
  });
});
