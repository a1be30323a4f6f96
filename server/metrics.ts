// Prometheus metrics at /metrics (prom-client): what an operator watches to know the service is
// well — request rates and latencies by kind, GraphQL operations and the error codes they end
// in, Neo4j reachability, sessions in use against the driver's pool, embedded-Neo4j restarts,
// scheduled job runs and durations, the recompute's phases, and cache hits.
//
// One registry per app, not prom-client's global one: tests and the bench build several apps in
// one process, and each must count its own. Labels are bounded by the server, never taken from
// a client: an HTTP path becomes one of a few route kinds and a GraphQL operation is named by
// its first root field (the schema bounds those), not by the operation name a client chose.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Graph } from '../graph/graph';

/** Seconds; from a cached board (~1 ms) to a large page under load and the 10 s write budget. */
const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** A job runs from milliseconds (nothing due) to minutes (a recompute of a large network). */
const JOB_BUCKETS = [0.01, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600];

/** First path segments that name a kind of request; everything else is a page of the web app. */
const ROUTE_KINDS = new Set(['graphql', 'healthz', 'readyz', 'metrics', 'assets', 'graphiql', 'api', 'photos', 'share']);

export type CacheName = 'leaderboard' | 'public-answers' | 'trusted-picks';

export class Metrics {
  readonly registry = new Registry();
  private readonly httpRequests = new Counter({
    name: 'trustline_http_requests_total',
    help: 'HTTP requests answered, by route kind, method and status class.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });
  private readonly httpSeconds = new Histogram({
    name: 'trustline_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by route kind.',
    labelNames: ['route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly operations = new Counter({
    name: 'trustline_graphql_operations_total',
    help: 'GraphQL operations run, by type (query, mutation, or unknown when it never parsed or validated) and first root field; signed-out boards answered whole from the cache count as cache hits instead.',
    labelNames: ['type', 'field'] as const,
    registers: [this.registry],
  });
  private readonly operationSeconds = new Histogram({
    name: 'trustline_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation, by type and first root field.',
    labelNames: ['type', 'field'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'trustline_graphql_errors_total',
    help: 'Errors in GraphQL answers, by code (BAD_USER_INPUT, FORBIDDEN, SERVICE_UNAVAILABLE, INTERNAL_SERVER_ERROR, …).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly jobRuns = new Counter({
    name: 'trustline_job_runs_total',
    help: 'Scheduled job runs, by job and outcome (ok, failed, skipped: another job was running or another server holds the lease).',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly jobSeconds = new Histogram({
    name: 'trustline_job_duration_seconds',
    help: 'How long each scheduled job run took, by job.',
    labelNames: ['job'] as const,
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });
  private readonly recomputePhase = new Gauge({
    name: 'trustline_trust_recompute_phase_seconds',
    help: 'Seconds each phase (read, compute, write) of the last global trust recompute took.',
    labelNames: ['phase'] as const,
    registers: [this.registry],
  });
  private readonly cacheLookups = new Counter({
    name: 'trustline_cache_lookups_total',
    help: 'In-process cache lookups, by cache and result (hit or miss).',
    labelNames: ['cache', 'result'] as const,
    registers: [this.registry],
  });
  private readonly leaseHeld = new Gauge({
    name: 'trustline_job_lease_held',
    help: '1 while this server holds the job lease and runs the scheduled jobs, else 0.',
    registers: [this.registry],
  });
  private readonly neo4jRestarts = new Counter({
    name: 'trustline_neo4j_restarts_total',
    help: 'Times the embedded Neo4j died and was started again by this server.',
    registers: [this.registry],
  });

  constructor(graph: Graph) {
    collectDefaultMetrics({ register: this.registry, prefix: 'trustline_' });
    new Gauge({
      name: 'trustline_neo4j_up',
      help: '1 when Neo4j answered a query within a second at this scrape, else 0.',
      registers: [this.registry],
      async collect() {
        this.set((await graph.ping(1000)) ? 1 : 0);
      },
    });
    new Gauge({
      name: 'trustline_neo4j_sessions_in_use',
      help: "Driver sessions open now: each holds one of the pool's connections while its statements run.",
      registers: [this.registry],
      collect() {
        this.set(graph.sessionsInUse);
      },
    });
    new Gauge({
      name: 'trustline_neo4j_pool_max_connections',
      help: "The driver's connection pool size: sessions beyond it wait for a connection.",
      registers: [this.registry],
      collect() {
        this.set(graph.poolSize);
      },
    });
  }

  /** Times every HTTP request; mounted first so refusals by later middleware are counted too. */
  http(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      const end = this.httpSeconds.startTimer();
      // Now, before a mounted router strips its prefix from req.path.
      const route = routeKind(req.path);
      res.once('finish', () => {
        end({ route });
        this.httpRequests.inc({ route, method: req.method, status: `${Math.floor(res.statusCode / 100)}xx` });
      });
      next();
    };
  }

  /** Counts and times GraphQL operations and the codes of the errors in their answers. */
  graphqlPlugin(): ApolloServerPlugin {
    const metrics = this;
    return {
      async requestDidStart() {
        const started = process.hrtime.bigint();
        return {
          async willSendResponse({ operation, response }) {
            const type = operation?.operation ?? 'unknown';
            const first = operation?.selectionSet.selections.find((s) => s.kind === 'Field');
            const field = first?.kind === 'Field' ? first.name.value : 'none';
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            metrics.operations.inc({ type, field });
            metrics.operationSeconds.observe({ type, field }, seconds);
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            for (const error of errors ?? []) metrics.errors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
          },
        };
      },
    };
  }

  /** A scheduled job's run: its outcome and, when it ran, how long it took. */
  jobRan(job: string, outcome: 'ok' | 'failed' | 'skipped', seconds?: number): void {
    this.jobRuns.inc({ job, outcome });
    if (seconds !== undefined) this.jobSeconds.observe({ job }, seconds);
  }

  jobLeaseHeld(held: boolean): void {
    this.leaseHeld.set(held ? 1 : 0);
  }

  recomputePhases(phases: { readSeconds: number; computeSeconds: number; writeSeconds: number }): void {
    this.recomputePhase.set({ phase: 'read' }, phases.readSeconds);
    this.recomputePhase.set({ phase: 'compute' }, phases.computeSeconds);
    this.recomputePhase.set({ phase: 'write' }, phases.writeSeconds);
  }

  cacheLookup(cache: CacheName, hits: number, misses: number): void {
    if (hits > 0) this.cacheLookups.inc({ cache, result: 'hit' }, hits);
    if (misses > 0) this.cacheLookups.inc({ cache, result: 'miss' }, misses);
  }

  neo4jRestarted(): void {
    this.neo4jRestarts.inc();
  }
}

export function routeKind(path: string): string {
  const segment = path.split('/')[1] ?? '';
  return ROUTE_KINDS.has(segment) ? segment : 'page';
}

/**
 * GET /metrics. The numbers describe the service, not members, but they are an operator's: a
 * scraper on the same host (loopback, and not relayed by a proxy: behind nginx on the same host
 * every request comes from loopback) is always let in; anything else needs
 * `Authorization: Bearer <METRICS_TOKEN>`, and with no token configured it is a 404, as if the
 * route were not there.
 */
export function metricsRoute(metrics: Metrics, token: string | undefined): RequestHandler {
  return async (req, res) => {
    const relayed = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
    const loopback = isLoopback(req.socket.remoteAddress) && !relayed;
    const authorised = token !== undefined && token.length > 0 && req.headers.authorization === `Bearer ${token}`;
    if (!loopback && !authorised) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
