// Latency at a fixed request rate, measured open-loop: request i is due at start + i / rate and
// is sent when it is due, whatever the requests before it are doing, over a pool of keep-alive
// connections. Each latency counts from the moment its request was due, so a stall in the server
// (or in this process) shows in every request it delayed: no coordinated omission.
//
// Why not autocannon's `overallRate`: it gives each connection a share of the rate per second
// and lets it send that share back to back at the top of every second, then idle. At "200 req/s"
// over 20 connections that is a 20-way closed-loop burst each second — the p99 of a burst, not of
// a steady 200 req/s. Its correction for coordinated omission then assumes one request per
// millisecond (⌈1 / per-connection rate⌉), so every slow response is counted again for each
// millisecond it took. The bench still records autocannon's figures beside these, labelled.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface PacedRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Keep the answer's body for `onAnswer` (the soak reads GraphQL answers; the bench need not). */
  readBody?: boolean;
}

/** One request's outcome, for a caller that counts by kind or follows the answers (the soak). */
export interface PacedAnswer {
  /** The request's index, as given to `next`. */
  i: number;
  /** HTTP status; 0 when no answer came (timeout, connection error). */
  status: number;
  /** 'timeouts' or 'connection errors' when no answer came. */
  failure?: string;
  /** The answer's body when the request asked for it (readBody). */
  body?: string;
  /** ms from the request's due time to its answer (or failure). */
  latencyMs: number;
}

export interface PacedResult {
  /** Requests answered 2xx. */
  ok: number;
  /** Non-2xx answers, connection errors and timeouts. */
  errors: number;
  errorSamples: string[];
  /** Wall time from the first request's due time to the last answer, seconds. */
  seconds: number;
  /** Latency percentiles of the 2xx answers, ms from each request's due time. */
  p50: number;
  p99: number;
  max: number;
}

export interface PacedOptions {
  /** Requests per second, evenly spaced. */
  rate: number;
  /** How many requests in all. */
  count: number;
  /** Keep-alive connections at most; requests beyond them queue (and their wait counts). */
  maxConnections?: number;
  timeoutMs?: number;
  /** Called with every request's outcome as it comes in. */
  onAnswer?: (answer: PacedAnswer) => void;
}

/** Sends `count` requests to `origin` at `rate` per second; `next(i)` builds the i-th. */
export async function pacedLoad(origin: string, options: PacedOptions, next: (i: number) => PacedRequest): Promise<PacedResult> {
  const url = new URL(origin);
  // With a timeout of its own, the agent closes an idle connection a second before the server's
  // announced keep-alive timeout (Keep-Alive: timeout=5), as browsers do; without one it kept
  // idle connections forever and now and then reused one just as the server closed it: a
  // connection error counted against the server (1 in 2,000 member pages in one full run).
  const timeoutMs = options.timeoutMs ?? 30_000;
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxConnections ?? 64, timeout: timeoutMs });
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  const fail = (why: string) => failures.set(why, (failures.get(why) ?? 0) + 1);
  let answered = 0;
  let lastAnswerAt = 0;
  const start = performance.now() + 20;

  const send = (i: number, due: number, done: () => void) => {
    const req = next(i);
    const body = req.body === undefined ? undefined : Buffer.from(req.body);
    const r = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        agent,
        timeout: timeoutMs,
        headers: { ...req.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          if (req.readBody) chunks.push(chunk);
        });
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const latencyMs = performance.now() - due;
          if (status >= 200 && status < 300) latencies.push(latencyMs);
          else fail(`HTTP ${status}`);
          options.onAnswer?.({ i, status, latencyMs, body: req.readBody ? Buffer.concat(chunks).toString('utf8') : undefined });
          done();
        });
      },
    );
    r.on('timeout', () => r.destroy(new Error('timeout')));
    r.on('error', (err) => {
      const failure = err.message === 'timeout' ? 'timeouts' : 'connection errors';
      fail(failure);
      options.onAnswer?.({ i, status: 0, failure, latencyMs: performance.now() - due });
      done();
    });
    r.end(body);
  };

  await new Promise<void>((resolve) => {
    let i = 0;
    const done = () => {
      answered++;
      lastAnswerAt = performance.now();
      if (answered === options.count) resolve();
    };
    // Fires every request that is due, then sleeps until the next one: a late timer sends the
    // overdue ones at once, and their latency still counts from when they were due.
    const tick = () => {
      const now = performance.now();
      while (i < options.count && start + i * interval <= now) {
        send(i, start + i * interval, done);
        i++;
      }
      if (i < options.count) setTimeout(tick, Math.max(0, start + i * interval - performance.now()));
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
  agent.destroy();

  return {
    ok: latencies.length,
    errors: [...failures.values()].reduce((a, b) => a + b, 0),
    errorSamples: [...failures].slice(0, 5).map(([why, n]) => `${why} × ${n}`),
    seconds: (lastAnswerAt - start) / 1000,
    ...latencyPercentiles(latencies),
  };
}

/** p50, p99 and max of some latencies (ms, two decimals; NaN when there are none). */
export function latencyPercentiles(latencies: readonly number[]): { p50: number; p99: number; max: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN);
  const ms = (x: number) => Math.round(x * 100) / 100;
  return { p50: ms(at(0.5)), p99: ms(at(0.99)), max: ms(sorted[sorted.length - 1] ?? NaN) };
}
