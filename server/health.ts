// /healthz answers 200 only when Neo4j answers a query; load balancers take the server out of
// rotation on 503 while the database is away.
import type { RequestHandler } from 'express';
import type { Graph } from '../graph/graph';

export function healthRoute(graph: Graph): RequestHandler {
  return async (_req, res) => {
    const neo4j = await graph.ping(2000);
    res.status(neo4j ? 200 : 503).json({ status: neo4j ? 'ok' : 'unavailable', neo4j: neo4j ? 'up' : 'down' });
  };
}
