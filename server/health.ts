// /healthz answers 200 only when Neo4j answers a query; load balancers take the server out of
// rotation on 503 while the database is away. Each call asks Neo4j afresh (one query, no
// retries, two-second limit), so the answer turns back to 200 as soon as the database is back.
import type { RequestHandler } from 'express';
import type { Graph } from '../graph/graph';

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
