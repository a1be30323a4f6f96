// Two kinds of failure. What a client caused and can fix is a UserError with a stable
// extensions.code and a plain message. Everything else (bugs, outages) is logged with its
// context and reaches the client only as a generic error: no stack, no Cypher, no driver text.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from './logger';

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

export function makeFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof UserError) {
      // `http` (status, Retry-After) is for Apollo's HTTP layer, not for the client's body.
      const { http: _http, ...extensions } = original.extensions;
      return { ...formatted, extensions };
    }
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError && typeof code === 'string' && REQUEST_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: 'Something went wrong on our side. Please try again.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
