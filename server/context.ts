// What every resolver receives: the graph, the clock and a request-scoped logger. Built fresh
// per request, so per-request caches (DataLoaders) never leak between members.
import type { Graph } from '../graph/graph';
import type { Clock } from './clock';
import type { Logger } from './logger';

export interface Services {
  graph: Graph;
  clock: Clock;
  log: Logger;
}

export interface Context extends Services {
  requestId: string;
}

export function createContext(services: Services, requestId: string): Context {
  return { ...services, log: services.log.child({ requestId }), requestId };
}
