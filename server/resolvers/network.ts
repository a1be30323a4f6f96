import type { QueryResolvers } from '../generated/graphql';
import { networkCounts } from '../../graph/network';

export const networkQueries: Pick<QueryResolvers, 'network'> = {
  network: (_parent, _args, { graph }) => networkCounts(graph),
};
