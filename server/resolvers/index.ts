// All resolvers, assembled per GraphQL type from one small module per area.
import type { Resolvers } from '../generated/graphql';
import { networkQueries } from './network';
import { Member, memberMutations, memberQueries } from './members';
import { Product, productMutations, productQueries } from './products';
import { Order, OrderStatusChange, orderMutations, orderQueries } from './orders';
import { Recommendation, RecommendationRevision, recommendationMutations, recommendationQueries } from './recommendations';
import { Feedback, feedbackMutations, TrustEvent } from './feedback';
import { LeaderboardRow, memberTrustFields, trustQueries } from './trust';
import {
  Commission,
  CommissionHoldReason,
  CommissionShare,
  commissionMutations,
  commissionQueries,
  FraudEvidence,
  FraudFlag,
  memberReviewFields,
  Payout,
  PayoutLine,
  SupplierProductCommissions,
} from './commissions';
import { DateTimeScalar, MoneyScalar } from '../scalars';

export const resolvers: Resolvers = {
  Money: MoneyScalar,
  DateTime: DateTimeScalar,
  Query: {
    ...networkQueries,
    ...memberQueries,
    ...productQueries,
    ...orderQueries,
    ...recommendationQueries,
    ...trustQueries,
    ...commissionQueries,
  },
  Mutation: {
    ...memberMutations,
    ...productMutations,
    ...orderMutations,
    ...recommendationMutations,
    ...feedbackMutations,
    ...commissionMutations,
  },
  Member: { ...Member, ...memberTrustFields, ...memberReviewFields },
  LeaderboardRow,
  Product,
  Order,
  OrderStatusChange,
  Recommendation,
  RecommendationRevision,
  Feedback,
  TrustEvent,
  Commission,
  CommissionShare,
  CommissionHoldReason,
  SupplierProductCommissions,
  Payout,
  PayoutLine,
  FraudFlag,
  FraudEvidence,
};
