// Whether this database has the embedded launcher's packed reads (graph/launcher: Procedures.java
// registers trustline.trustEdges and trustline.memberColumns), which the global recompute uses for
// its two big reads (graph/trust-edges.ts, graph/trust-recompute.ts). The neo4j driver decodes a
// record's values one by one on the recompute's single JavaScript thread; these procedures send
// the same values packed as base64 text, which it decodes natively at once. A Neo4j at NEO4J_URI
// has neither, and the recompute reads the same values by Cypher there.
import { isDatabaseUnavailable, type Graph } from './graph';

/** How the recompute reads: the database's own procedures, or Cypher. */
export type ReadPath = 'procedure' | 'cypher';

export const PACKED_READ_PROCEDURES = ['trustline.trustEdges', 'trustline.memberColumns'] as const;

const known = new WeakMap<Graph, Promise<ReadPath>>();

/** Which path the recompute's reads take on this database (asked once per Graph). */
export function readPath(graph: Graph): Promise<ReadPath> {
  let path = known.get(graph);
  if (!path) {
    path = graph
      .query(
        'SHOW PROCEDURES YIELD name WHERE name IN $names RETURN count(*) AS n',
        { names: PACKED_READ_PROCEDURES },
        (r): ReadPath => ((r.records[0]?.get('n') as number) === PACKED_READ_PROCEDURES.length ? 'procedure' : 'cypher'),
      )
      .catch((err: unknown): ReadPath => {
        // An outage fails the read that asked, and is asked again next time; a server that
        // refuses the listing (an older one, or a user without the privilege) is read by Cypher.
        known.delete(graph);
        if (isDatabaseUnavailable(err)) throw err;
        return 'cypher';
      });
    known.set(graph, path);
  }
  return path;
}

/** A base64 chunk of little-endian values as a DataView. */
export function packedView(base64: string): DataView {
  const bytes = Buffer.from(base64, 'base64');
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
