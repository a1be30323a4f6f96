// Limits on what one request, one member and one address may ask of the server.
//
// - Depth, aliases, tokens and directives: GraphQL Armor's validation rules (a maintained
//   library), set up in app.ts from GRAPHQL_LIMITS below.
// - Cost: our own model (server/query-cost.ts), because Armor's cost limit counts each field once
//   and knows neither that `first: 100` asks for a hundred of everything below it, nor which
//   lists without `first` are long, nor which fields reach the database.
// - Write rate: a fixed window per member and per address, counted per mutation field that
//   executes, after fragments are resolved (so aliasing ten mutations into one request, or
//   hiding them in fragments, counts ten). Counted in Redis when REDIS_URL is set, so every
//   server shares one count; otherwise in this server's memory (server/write-rate.ts says why
//   and what happens when Redis is away). Sign-in lockout, which must hold across servers with
//   or without Redis, is counted in Neo4j (graph/sign-in-throttle.ts).
// - Large operations (over GRAPHQL_LIMITS.largeCost): a few at once per process and per address,
//   so many connections each sending one at the cap cannot take the pool and the CPU together.
import type { ApolloServerPlugin } from '@apollo/server';
import type { WriteRateCounter } from './write-rate';
import type { Context } from './context';
import { estimateCost, executedRootFields } from './query-cost';
import { UserError } from './errors';
import { settleSession } from './auth/session-gate';

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
  /**
   * An operation costing more than this is "large" (the web app's pages cost up to about 4,000,
   * most under 1,100). At most maxLargeInFlight large operations run at once in this process,
   * and maxLargePerAddress from one client address: ten or a hundred connections sending large
   * queries together then hold a bounded share of the driver's 100 connections and of the one
   * CPU thread that executes GraphQL, and small questions are never held back. In one run each of
   * expensive-queries.test.ts on the shared 2-core machine, four at once kept one-field
   * questions within 1.5 s; eight let them wait over 3 s.
   */
  largeCost: 2000,
  maxLargeInFlight: 4,
  maxLargePerAddress: 2,
} as const;

export type GraphqlLimits = { [K in keyof typeof GRAPHQL_LIMITS]: number };

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
  /** Password reset requests one address may make in a quarter of an hour before it waits (server/resolvers/account.ts). */
  passwordResetRequestsPerAddress: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  writesPerMemberPerMinute: 60,
  writesPerAddressPerMinute: 300,
  signInFailuresBeforeLockout: 5,
  signInAddressFailuresBeforeLockout: 30,
  signInLockoutMs: 15 * 60 * 1000,
  signInAccountFailuresBeforeDelay: 20,
  signInAccountMaxDelayMs: 60 * 1000,
  passwordResetRequestsPerAddress: 10,
};

export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new UserError('RATE_LIMITED', message, { retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } });

const tooExpensive = (message: string) => new UserError('BAD_USER_INPUT', message, { http: { status: 400 } });

// ---------------------------------------------------------------------------------------------
// Cost: server/query-cost.ts (the model), applied by the plugin below.

export { estimateCost };

// ---------------------------------------------------------------------------------------------
// Write rate

/**
 * Counts `writes` for the address and the member (when signed in); the seconds to wait when
 * either is over its limit, else 0. Mutations and photo uploads count together.
 */
export async function chargeWrites(limiter: WriteRateCounter, limits: RateLimits, address: string, memberId: string | undefined, writes: number): Promise<number> {
  const byAddress = await limiter.take(`a:${address}`, writes, limits.writesPerAddressPerMinute);
  const byMember = memberId !== undefined && byAddress === 0 ? await limiter.take(`m:${memberId}`, writes, limits.writesPerMemberPerMinute) : 0;
  return Math.max(byAddress, byMember);
}

export const tooManyWrites = (wait: number) => rateLimited(`Too many changes in a short time. Please wait ${wait} seconds and try again.`, wait);

/**
 * Counts `writes` for a member known only once a mutation has checked its session itself
 * (server/auth/session-gate.ts); refuses over the limit.
 */
async function chargeMemberWrites(limiter: WriteRateCounter, limits: RateLimits, memberId: string, writes: number): Promise<void> {
  const wait = await limiter.take(`m:${memberId}`, writes, limits.writesPerMemberPerMinute);
  if (wait > 0) throw tooManyWrites(wait);
}

/**
 * For a mutation that checks the session itself: what it runs once the member is known, inside
 * its transaction and before it writes — the member's write limit (the address was counted
 * before execution, with no member to name).
 */
export function admitMember(ctx: Pick<Context, 'writeLimiter' | 'rateLimits'>, writes: number) {
  return async (viewer: { id: string }): Promise<void> => {
    if (ctx.writeLimiter) await chargeMemberWrites(ctx.writeLimiter, ctx.rateLimits, viewer.id, writes);
  };
}

/** Counts the large operations running now, in total and per address. */
export class LargeOperationGate {
  private total = 0;
  private readonly byAddress = new Map<string, number>();

  constructor(private readonly limits: Pick<GraphqlLimits, 'maxLargeInFlight' | 'maxLargePerAddress'>) {}

  /** Takes a place for `address`; returns the release, or undefined when there is none free. */
  enter(address: string): (() => void) | undefined {
    const mine = this.byAddress.get(address) ?? 0;
    if (this.total >= this.limits.maxLargeInFlight || mine >= this.limits.maxLargePerAddress) return undefined;
    this.total++;
    this.byAddress.set(address, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      const left = (this.byAddress.get(address) ?? 1) - 1;
      if (left > 0) this.byAddress.set(address, left);
      else this.byAddress.delete(address);
    };
  }
}

/**
 * Apollo plugin: refuses operations over the cost cap, large operations without a free place,
 * and mutations over the write rate of the member or the address, before anything is resolved.
 */
export function limitsPlugin(
  schemaCost: Pick<GraphqlLimits, 'maxCost' | 'largeCost' | 'maxLargeInFlight' | 'maxLargePerAddress'>,
  limits: RateLimits,
  // Shared with the photo upload route (server/photos/upload-route.ts): an upload is a write.
  limiter: WriteRateCounter,
): ApolloServerPlugin<Context> {
  const gate = new LargeOperationGate(schemaCost);
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          await limiter.close();
        },
      };
    },
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        // Sent or failed, the place is given back (Apollo calls this for every answer).
        async willSendResponse() {
          release?.();
        },
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          // Every mutation field that would execute, fragments resolved and aliases apart: a
          // field inside `... on Mutation { }` or a named fragment writes like any other.
          const writeFields =
            operation.operation !== 'mutation'
              ? []
              : [...executedRootFields(schema, document, operation, request.variables ?? {}).values()]
                  .map((nodes) => nodes[0]!.name.value)
                  .filter((name) => !name.startsWith('__'));
          // Who asks decides the limits below: the session is read now, unless the mutations
          // check it themselves (session-gate.ts).
          await settleSession(contextValue, writeFields);
          const cost = estimateCost(schema, document, operation, request.variables ?? {}, {
            admin: contextValue.viewer?.roles.includes('ADMIN') ?? false,
          });
          if (cost > schemaCost.maxCost) {
            throw tooExpensive(`This query is too expensive (estimated cost ${Math.min(cost, 1e9)}, limit ${schemaCost.maxCost}); ask for smaller pages or fewer nested lists.`);
          }
          if (cost > schemaCost.largeCost) {
            // Refused at once rather than queued: a client retries after a second, and nothing
            // waits in this process's memory for an attacker's sake.
            release = gate.enter(contextValue.clientAddress);
            if (!release) throw rateLimited('Too many large queries at once. Please try again in a second.', 1);
          }
          if (writeFields.length === 0) return;
          // A mutation that checks its session itself counts its member's writes once it knows them.
          const wait = await chargeWrites(limiter, limits, contextValue.clientAddress, contextValue.viewer?.id, writeFields.length);
          if (wait > 0) throw tooManyWrites(wait);
        },
      };
    },
  };
}
