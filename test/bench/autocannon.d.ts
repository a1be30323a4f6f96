// Just the parts of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  import type { ClientRequest } from 'node:http';
  interface Histogram {
    average: number; mean: number; stddev: number; min: number; max: number;
    p50: number; p90: number; p97_5: number; p99: number; p99_9: number; total: number;
  }
  interface AutocannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (req: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
  }
  interface Options {
    url: string;
    connections?: number;
    pipelining?: number;
    duration?: number;
    amount?: number;
    overallRate?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    requests?: AutocannonRequest[];
    timeout?: number;
  }
  interface Result {
    latency: Histogram;
    requests: Histogram & { sent: number };
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    /** Answers by HTTP status, e.g. { "200": { count: 990 }, "503": { count: 10 } }. */
    statusCodeStats?: Record<string, { count: number }>;
    duration: number;
    '2xx': number;
  }
  /** The run is also an EventEmitter; 'response' comes once per answer, latency in ms. */
  interface Run extends Promise<Result> {
    stop?: () => void;
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this;
  }
  function autocannon(opts: Options): Run;
  export type { Result, Options, AutocannonRequest, ClientRequest };
  export default autocannon;
}
