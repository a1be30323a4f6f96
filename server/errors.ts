// Two kinds of failure. What a client caused and can fix is a UserError with a stable
// extensions.code and a plain message. Everything else (bugs, outages) is logged with its
// context and reaches the client only as a generic error: no stack, no Cypher, no driver text.
//
// One outage gets its own code: while Neo4j is unreachable every request answers HTTP 503 with
// extensions.code SERVICE_UNAVAILABLE and a Retry-After, so clients and load balancers retry
// later instead of reporting a bug.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from '../graph/graph';
import type { Logger } from './logger';
import { variableErrorMessage } from './variable-errors';
import { PrivilegeDenied } from './domain/privileges';

export type UserErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED';

export class UserError extends GraphQLError {
  constructor(code: UserErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
    this.name = 'UserError';
  }
}

export const badInput = (message: string, field?: string) =>
  new UserError('BAD_USER_INPUT', message, field ? { field } : {});
export const unauthenticated = (message = 'Please sign in first.') => new UserError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do that.') => new UserError('FORBIDDEN', message);
export const notFound = (what: string) => new UserError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string) => new UserError('CONFLICT', message);

/** Seconds a client is asked to wait before retrying during an outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;
// It does not promise that nothing was written: a change committed just before the connection
// was cut cannot be told apart from one that was not. Retrying is safe (orders are idempotent on
// their key, a second rating is refused as a CONFLICT).
const OUTAGE_MESSAGE = 'Trustline cannot reach its database right now. Please try again in a moment.';
const outageExtensions = () => ({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS });
const outageHttp = () => ({ status: 503, headers: new Map([['retry-after', String(OUTAGE_RETRY_AFTER_SECONDS)]]) });

/**
 * The outage as a GraphQL error, for the places outside a resolver (building the request's
 * context) where Apollo takes the HTTP status from the error itself.
 */
export const serviceUnavailable = () =>
  new GraphQLError(OUTAGE_MESSAGE, { extensions: { ...outageExtensions(), http: outageHttp() } });

/** An error from a resolver or from building the context that means "Neo4j is unreachable". */
function isOutage(error: unknown): boolean {
  if (error instanceof GraphQLError && error.extensions?.code === 'SERVICE_UNAVAILABLE') return true;
  return isDatabaseUnavailable(error);
}

/**
 * Answers 503 (with Retry-After) when any field failed because Neo4j is unreachable: resolver
 * errors otherwise leave the status at 200, which a load balancer would take for health.
 */
export function outagePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (!errors?.some((e) => isOutage(unwrapResolverError(e)))) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

// Codes that graphql-js / Apollo give to problems in the request itself: safe to pass through.
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function httpStatusOf(error: GraphQLError): number | undefined {
  const http = error.extensions?.http as { status?: unknown } | undefined;
  return typeof http?.status === 'number' ? http.status : undefined;
}

export function makeFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof UserError) {
      // `http` (status, Retry-After) is for Apollo's HTTP layer, not for the client's body.
      const { http: _http, ...extensions } = original.extensions;
      return { ...formatted, extensions };
    }
    // A closed privilege (server/domain/privileges.ts), thrown wherever an action asks for one.
    if (original instanceof PrivilegeDenied) {
      return { message: original.refusal.message, path: formatted.path, extensions: { code: original.refusal.code } };
    }
    if (isOutage(original)) {
      // Expected during a database restart; logged without a stack, once per failed field.
      log.warn({ path: formatted.path }, 'Neo4j is unreachable: answered SERVICE_UNAVAILABLE');
      return { message: OUTAGE_MESSAGE, path: formatted.path, extensions: outageExtensions() };
    }
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError && typeof code === 'string' && REQUEST_CODES.has(code)) {
      const variable = code === 'BAD_USER_INPUT' ? variableErrorMessage(original) : undefined;
      const extensions = variable ? { code, field: variable.field } : { code };
      return { message: variable?.message ?? formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    // Apollo refuses some requests with a 400 and no code (a persisted-query hash that does not
    // match its query, an unknown persisted-query version): a malformed request, not a bug of
    // ours, so it is BAD_REQUEST like the other malformed requests and nothing is logged.
    if (original instanceof GraphQLError && original.extensions.code === undefined && !formatted.path && httpStatusOf(original) === 400) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: 'Something went wrong on our side. Please try again.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
