// All resolvers, assembled per GraphQL type from one small module per area.
import type { Resolvers } from '../generated/graphql';
import { networkQueries } from './network';
import { DateTimeScalar, MoneyScalar } from '../scalars';

export const resolvers: Resolvers = {
  Money: MoneyScalar,
  DateTime: DateTimeScalar,
  Query: {
    ...networkQueries,
  },
};
