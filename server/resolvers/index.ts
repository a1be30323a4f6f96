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
import { Photo, memberPhotoFields, photoMutations, productPhotoFields, recommendationPhotoFields } from './photos';
import { SearchResults, searchQueries } from './search';
import { memberWelcomeFields, welcomeMutations, welcomeQueries } from './welcome';
import { DateTimeScalar, MoneyScalar } from '../scalars';
import { accountMutations, accountQueries, Session } from './account';
import { addressMutations, addressQueries, DeliveryAddress, orderAddressFields } from './addresses';
import { Notification, notificationMutations, notificationQueries } from './notifications';
import { memberPrivilegeFields, privilegeQueries } from './privileges';
import { CommunityFlag, communityFlagMutations, communityFlagQueries, FlagReview, recommendationFlagFields } from './community-flags';
import { CircleDay, circleDayMutations, FriendDay, memberCircleDayFields } from './circle-day';
import { TrustedPick, trustedPickQueries } from './trusted-picks';
import { fraudFlagGroupFields, GroupBuy, groupBuyMutations, groupBuyQueries, GroupJoin, productGroupFields, recommendationGroupFields } from './group-buys';

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
    ...searchQueries,
    ...welcomeQueries,
    ...accountQueries,
    ...addressQueries,
    ...notificationQueries,
    ...privilegeQueries,
    ...communityFlagQueries,
    ...trustedPickQueries,
    ...groupBuyQueries,
  },
  Mutation: {
    ...memberMutations,
    ...productMutations,
    ...orderMutations,
    ...recommendationMutations,
    ...feedbackMutations,
    ...commissionMutations,
    ...photoMutations,
    ...welcomeMutations,
    ...accountMutations,
    ...addressMutations,
    ...notificationMutations,
    ...communityFlagMutations,
    ...circleDayMutations,
    ...groupBuyMutations,
  },
  Member: { ...Member, ...memberTrustFields, ...memberPhotoFields, ...memberWelcomeFields, ...memberReviewFields, ...memberPrivilegeFields, ...memberCircleDayFields },
  LeaderboardRow,
  Product: { ...Product, ...productPhotoFields, ...productGroupFields },
  Order: { ...Order, ...orderAddressFields },
  OrderStatusChange,
  Recommendation: { ...Recommendation, ...recommendationPhotoFields, ...recommendationFlagFields, ...recommendationGroupFields },
  RecommendationRevision,
  Feedback,
  TrustEvent,
  Commission,
  CommissionShare,
  CommissionHoldReason,
  SupplierProductCommissions,
  Payout,
  PayoutLine,
  FraudFlag: { ...FraudFlag, ...fraudFlagGroupFields },
  Photo,
  SearchResults,
  Session,
  DeliveryAddress,
  FraudEvidence,
  Notification,
  CommunityFlag,
  FlagReview,
  CircleDay,
  FriendDay,
  TrustedPick,
  GroupBuy,
  GroupJoin,
};
