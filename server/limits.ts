// Limits on what one request, one member and one address may ask of the server.
//
// - Depth, aliases, tokens and directives: GraphQL Armor's validation rules (a maintained
//   library), set up in app.ts from GRAPHQL_LIMITS below.
// - Cost: our own small estimate, because Armor's cost limit counts each field once and does not
//   know that `first: 100` asks for a hundred of everything below it. Ours multiplies by the
//   page size a field asks for, which is what makes a nested-connection query expensive here.
// - Write rate: an in-process fixed window per member and per address, counted per mutation
//   field (so aliasing ten mutations into one request counts ten). It lives in this server's
//   memory: with N servers behind a balancer a client gets up to N times the limit. Sign-in
//   lockout, which must hold across servers, is counted in Neo4j (graph/sign-in-throttle.ts).
import {
  Kind,
  getNamedType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Clock } from './clock';
import type { Context } from './context';
import { DEFAULT_PAGE_SIZE } from './pagination';
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
  /**
   * Failed sign-ins to one account from one address (the handle and the email count as the same
   * account) before that pair waits: 1 minute, doubling with each further failure, up to
   * `signInLockoutMs` (graph/sign-in-throttle.ts).
   */
  signInFailuresBeforeLockout: number;
  /** Failed sign-ins from one address (any accounts) before that address waits, as above. */
  signInAddressFailuresBeforeLockout: number;
  /** The longest wait of a pair or an address; four times it without a failure starts the counts afresh. */
  signInLockoutMs: number;
  /**
   * Failed sign-ins to one account from all addresses together before every new address waits
   * too (5 s, doubling, up to `signInAccountMaxDelayMs`): slows guessing spread over many
   * addresses without locking the member out. An address that signed in to the account lately
   * does not wait.
   */
  signInAccountFailuresBeforeDelay: number;
  signInAccountMaxDelayMs: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  writesPerMemberPerMinute: 60,
  writesPerAddressPerMinute: 300,
  signInFailuresBeforeLockout: 5,
  signInAddressFailuresBeforeLockout: 30,
  signInLockoutMs: 15 * 60 * 1000,
  signInAccountFailuresBeforeDelay: 20,
  signInAccountMaxDelayMs: 60 * 1000,
};

export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new UserError('RATE_LIMITED', message, { retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } });

const tooExpensive = (message: string) => new UserError('BAD_USER_INPUT', message, { http: { status: 400 } });

// ---------------------------------------------------------------------------------------------
// Cost

/**
 * Estimated cost of an operation: every field costs 1, times the product of the page sizes of
 * the connections above it. A field with a `first` argument multiplies what is below it by that
 * `first` (or the default page size when absent). Fragments are expanded; abstract types take
 * the selection as written.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  const firstOf = (value: ValueNode | undefined): number => {
    if (!value) return DEFAULT_PAGE_SIZE;
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
      const v = variables[value.name.value];
      return typeof v === 'number' && Number.isFinite(v) ? v : DEFAULT_PAGE_SIZE;
    }
    return DEFAULT_PAGE_SIZE;
  };
  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, multiplier: number, seen: Set<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += multiplier;
        if (!selection.selectionSet) continue;
        const fieldDef = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        if (!fieldDef) continue;
        const child = getNamedType(fieldDef.type) as GraphQLCompositeType;
        const paged = fieldDef.args.some((a) => a.name === 'first');
        const factor = paged ? Math.max(1, firstOf(selection.arguments?.find((a) => a.name.value === 'first')?.value)) : 1;
        cost += walk(selection.selectionSet, child, multiplier * factor, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const cond = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined) : type;
        cost += walk(selection.selectionSet, cond ?? type, multiplier, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue; // cycles are refused by validation anyway
        const cond = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        cost += walk(fragment.selectionSet, cond ?? type, multiplier, new Set([...seen, name]));
      }
      if (cost > 1e9) return cost; // no need to count further
    }
    return cost;
  };
  return walk(operation.selectionSet, root, 1, new Set());
}

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
          const cost = estimateCost(schema, document, operation, request.variables ?? {});
          if (cost > schemaCost.maxCost) {
            throw tooExpensive(`This query is too expensive (estimated cost ${Math.min(cost, 1e9)}, limit ${schemaCost.maxCost}); ask for smaller pages or fewer nested lists.`);
          }
          if (operation.operation !== 'mutation') return;
          const writes = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && !s.name.value.startsWith('__')).length;
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
