// Two probes for load balancers and orchestrators.
//
// /healthz answers 200 only when Neo4j answers a query; load balancers take the server out of
// rotation on 503 while the database is away. Each call asks Neo4j afresh (one query, no
// retries, two-second limit), so the answer turns back to 200 as soon as the database is back.
//
// /readyz answers whether this server should be sent traffic now: Neo4j answers, the database
// is at the schema version this server's code was written for (a server started beside a newer
// release that migrated the database further must not serve it), and the server is not
// stopping. An orchestrator rolling out a release waits for it before sending requests.
import type { RequestHandler } from 'express';
import type { Graph } from '../graph/graph';
import { currentSchemaVersion, SCHEMA_VERSION } from '../graph/schema';

/** Why the server should not be sent traffic now, or undefined when it may. */
export interface Readiness {
  notReadyBecause(): string | undefined;
}

export function healthRoute(graph: Graph): RequestHandler {
  return async (_req, res) => {
    const up = await graph.ping(2000);
    res.setHeader('cache-control', 'no-store');
    if (up) {
      res.status(200).json({ status: 'ok', neo4j: 'up' });
    } else {
      res.status(503).json({ status: 'unavailable', neo4j: 'down', message: 'The database is unreachable.' });
    }
  };
}

export function readinessRoute(graph: Graph, readiness: Readiness | undefined): RequestHandler {
  // Once the database was seen at this version it stays there until another release migrates
  // it, which only a restart of this server could follow; so it is read until it matches, then
  // only Neo4j's reachability is asked.
  let schemaMatched = false;
  return async (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    const notReady = (reason: string) => void res.status(503).json({ status: 'not ready', reason });
    const stopping = readiness?.notReadyBecause();
    if (stopping) return notReady(stopping);
    if (!(await graph.ping(2000))) return notReady('The database is unreachable.');
    if (!schemaMatched) {
      const version = await withTimeout(currentSchemaVersion(graph), 2000).catch(() => undefined);
      if (version === undefined) return notReady('The database did not say its schema version.');
      if (version !== SCHEMA_VERSION) return notReady(`The database is at schema version ${version}; this server needs ${SCHEMA_VERSION}.`);
      schemaMatched = true;
    }
    res.status(200).json({ status: 'ready', schemaVersion: SCHEMA_VERSION });
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
