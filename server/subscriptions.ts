// This API has no Subscription type and no transport for one (no WebSocket, no SSE). graphql-js
// still parses and validates a `subscription { … }` operation and only fails while executing it
// ("Schema is not configured to execute subscription operation"), an error without a code that
// came back as INTERNAL_SERVER_ERROR and was logged as a bug (issue 24). It is the client's
// mistake, so it is refused as one, with a 400, before anything runs.
import type { ApolloServerPlugin } from '@apollo/server';
import { UserError } from './errors';

export function subscriptionsRefusedPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new UserError('BAD_USER_INPUT', 'This API has no subscriptions; send a query or a mutation.', { http: { status: 400 } });
        },
      };
    },
  };
}
