// What a client is told when the database is away or keeps answering with transient errors: the
// typed outage (SERVICE_UNAVAILABLE, retry after 5 s), never INTERNAL_SERVER_ERROR. A deadlock
// still there when the graph's retries ran out (graph/graph.ts, DatabaseBusyError) once reached
// clients as an internal error after a JVM restart.
import { describe, expect, test } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { DatabaseBusyError, DatabaseUnavailableError, isDatabaseUnavailable } from '../../graph/graph';
import { makeFormatError } from '../../server/errors';
import { createLogger } from '../../server/logger';

const format = makeFormatError(createLogger('silent'));
const asResolverError = (err: Error) => new GraphQLError(err.message, { originalError: err, path: ['follow'] });
const deadlock = new Neo4jError('ForsetiClient can not acquire ExclusiveLock', 'Neo.TransientError.Transaction.DeadlockDetected', 'N/A', 'N/A');

describe('outage answers', () => {
  test('a transient error left after the retries is the outage, not a bug', () => {
    const busy = new DatabaseBusyError(deadlock);
    expect(isDatabaseUnavailable(busy)).toBe(true);
    expect(format({ message: busy.message, path: ['follow'] }, asResolverError(busy))).toEqual({
      message: 'Trustline cannot reach its database right now. Please try again in a moment.',
      path: ['follow'],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
    });
  });

  test('the raw deadlock itself is not an outage: only the graph decides when retrying is over', () => {
    expect(isDatabaseUnavailable(deadlock)).toBe(false);
    expect(isDatabaseUnavailable(new DatabaseUnavailableError())).toBe(true);
  });
});
