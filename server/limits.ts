// Limits on what one request, one member and one address may ask of the server.
//
// - Depth, aliases, tokens and directives: GraphQL Armor's validation rules (a maintained
//   library), set up in app.ts from GRAPHQL_LIMITS below.
// - Cost: our own model (server/query-cost.ts), because Armor's cost limit counts each field once
//   and knows neither that `first: 100` asks for a hundred of everything below it, nor which
//   lists without `first` are long, nor which fields reach the database.
// - Write rate: an in-process fixed window per member and per address, counted per mutation
//   field that executes, after fragments are resolved (so aliasing ten mutations into one
//   request, or hiding them in fragments, counts ten). It lives in this server's
//   memory: with N servers behind a balancer a client gets up to N times the limit. Sign-in
//   lockout, which must hold across servers, is counted in Neo4j (graph/sign-in-throttle.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import type { Clock } from './clock';
import type { Context } from './context';
import { estimateCost, executedRootFields } from './query-cost';
import { UserError } from './errors';

export const GRAPHQL_LIMITS = {
  /** Deepest selection nesting; the web app's deepest query is 6. */
  maxDepth: 10,
  /** Aliased fields per operation. */
  maxAliases: 30,
  /** Lexer tokens per document (a cheap guard against huge documents before validation). */
  maxTokens: 3000,
  maxDirectives: 30,
  /** Estimated cost cap (see estimateCost). */
  maxCost: 5000,
} as const;

export interface RateLimits {
  /** Mutation fields per member per minute. */
  writesPerMemberPerMinute: number;
  /** Mutation fields per client address per minute (several members may share an address). */
  writesPerAddressPerMinute: number;
  /** Failed sign-ins for one handle, or from one address, before a lockout. */
  signInFailuresBeforeLockout: number;
  /** Failed sign-ins from one address before that address is locked out. */
  signInAddressFailuresBeforeLockout: number;
  /** How long a lockout lasts, and the window failures are counted in. */
  signInLockoutMs: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  writesPerMemberPerMinute: 60,
  writesPerAddressPerMinute: 300,
  signInFailuresBeforeLockout: 5,
  signInAddressFailuresBeforeLockout: 30,
  signInLockoutMs: 15 * 60 * 1000,
};

export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new UserError('RATE_LIMITED', message, { retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } });

const tooExpensive = (message: string) => new UserError('BAD_USER_INPUT', message, { http: { status: 400 } });

// ---------------------------------------------------------------------------------------------
// Cost: server/query-cost.ts (the model), applied by the plugin below.

export { estimateCost };

// ---------------------------------------------------------------------------------------------
// Write rate

/** Fixed-window counters in this process's memory, timed by the injected clock. */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly windowMs: number,
  ) {}

  /** Adds `n` to key's count; returns the seconds to wait if that goes over `max`, else 0. */
  take(key: string, n: number, max: number): number {
    const now = this.clock.now().getTime();
    if (this.windows.size > 50_000) this.sweep(now);
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    if (w.count + n > max) return Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000));
    w.count += n;
    return 0;
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

/**
 * Apollo plugin: refuses operations over the cost cap, and mutations over the write rate of the
 * member or the address, before anything is resolved.
 */
export function limitsPlugin(schemaCost: { maxCost: number }, limits: RateLimits, clock: Clock): ApolloServerPlugin<Context> {
  const limiter = new FixedWindowLimiter(clock, 60_000);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const cost = estimateCost(schema, document, operation, request.variables ?? {}, {
            admin: contextValue.viewer?.roles.includes('ADMIN') ?? false,
          });
          if (cost > schemaCost.maxCost) {
            throw tooExpensive(`This query is too expensive (estimated cost ${Math.min(cost, 1e9)}, limit ${schemaCost.maxCost}); ask for smaller pages or fewer nested lists.`);
          }
          if (operation.operation !== 'mutation') return;
          // Every mutation field that would execute, fragments resolved and aliases apart: a
          // field inside `... on Mutation { }` or a named fragment writes like any other.
          const writes = [...executedRootFields(schema, document, operation, request.variables ?? {}).values()].filter(
            (nodes) => !nodes[0]!.name.value.startsWith('__'),
          ).length;
          if (writes === 0) return;
          const byAddress = limiter.take(`a:${contextValue.clientAddress}`, writes, limits.writesPerAddressPerMinute);
          const byMember = contextValue.viewer && byAddress === 0 ? limiter.take(`m:${contextValue.viewer.id}`, writes, limits.writesPerMemberPerMinute) : 0;
          const wait = Math.max(byAddress, byMember);
          if (wait > 0) throw rateLimited(`Too many changes in a short time. Please wait ${wait} seconds and try again.`, wait);
        },
      };
    },
  };
}
