// All resolvers, assembled per GraphQL type from one small module per area.
import type { Resolvers } from '../generated/graphql';
import { networkQueries } from './network';

export const resolvers: Resolvers = {
  Query: {
    ...networkQueries,
  },
};
