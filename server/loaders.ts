// Per-request DataLoaders: a list of N rows that each need a related node asks the graph once,
// not N times. Each area adds its loaders here; create them fresh per request.
import type { Graph } from '../graph/graph';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

export function createLoaders(_graph: Graph): Loaders {
  return {};
}
