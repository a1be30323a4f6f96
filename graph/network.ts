// Whole-network counts. Label counts come from Neo4j's count store, so these stay O(1) as the
// graph grows.
import type { Graph } from './graph';

export interface NetworkCounts {
  members: number;
  products: number;
  orders: number;
  recommendations: number;
}

export function networkCounts(graph: Graph): Promise<NetworkCounts> {
  return graph.read(async (tx) => {
    const result = await tx.run(`
      CALL { MATCH (m:Member) RETURN count(m) AS members }
      CALL { MATCH (p:Product) RETURN count(p) AS products }
      CALL { MATCH (o:Order) RETURN count(o) AS orders }
      CALL { MATCH (r:Recommendation:Live) RETURN count(r) AS recommendations }
      RETURN members, products, orders, recommendations`);
    return result.records[0]!.toObject() as NetworkCounts;
  });
}

/** True when the database holds no members yet: the cue to load the demo market. */
export async function isEmpty(graph: Graph): Promise<boolean> {
  return (await networkCounts(graph)).members === 0;
}
