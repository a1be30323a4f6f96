// GraphQL Code Generator: the SDL in server/schema is the contract; resolver signatures for the
// server and typed operations for the web app are generated from it, never written by hand.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'server/schema/*.graphql',
  generates: {
    'server/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', Money: 'number' },
        // Resolvers receive graph records (epoch-ms times, supplierId, stored trust properties),
        // not the GraphQL shapes; field resolvers turn one into the other.
        mappers: {
          Member: '../../graph/members#MemberRecord',
          Product: '../../graph/products#ProductRecord',
          Order: '../../graph/orders#OrderRecord',
          OrderStatusChange: '../../graph/orders#OrderStatusChangeRecord',
          Recommendation: '../../graph/recommendations#RecommendationRecord',
          RecommendationRevision: '../../graph/recommendations#RecommendationRevisionRecord',
          Feedback: '../../graph/feedback#FeedbackRecord',
          TrustEvent: '../../graph/feedback#TrustEventRecord',
          LeaderboardRow: '../../graph/leaderboard#LeaderboardRowRecord',
          Commission: '../../graph/commission-queries#CommissionRecord',
          CommissionShare: '../../graph/commission-queries#ShareView',
          CommissionHoldReason: '../../graph/commission-queries#HoldReason',
          SupplierProductCommissions: '../../graph/commission-queries#SupplierProductOwed',
          Payout: '../../graph/commission-queries#PayoutRecord',
          PayoutLine: '../../graph/commission-queries#PayoutLineRecord',
          FraudFlag: '../../graph/fraud-flags#FraudFlagRecord',
          Photo: '../../graph/photos#PhotoRecord',
          SearchResults: '../../graph/search#SearchRecord',
          Session: '../../graph/sessions#SessionRecord',
          DeliveryAddress: '../../graph/addresses#DeliveryAddressRecord',
          PostalAddress: '../../graph/addresses#AddressFields',
          FraudEvidence: '../../graph/fraud-flags#FraudEvidenceRecord',
          Notification: '../../graph/notifications#NotificationRecord',
          CommunityFlag: '../../graph/community-flags#CommunityFlagRecord',
          FlagReview: '../../graph/community-flags#FlagReviewRecord',
          CircleDay: '../../graph/circle-day#CircleDayRecord',
          CircleDayPlace: '../../graph/circle-day#CircleDayRecord',
          FriendDay: '../../graph/circle-day#FriendDayRecord',
          TrustedPick: '../domain/ranking/trusted-picks#RankedPick',
          GroupBuy: '../../graph/group-buy-reads#GroupBuyRecord',
          GroupJoin: '../../graph/group-buy-reads#GroupJoinRecord',
        },
      },
    },
    'web/src/gql/': {
      documents: ['web/src/**/*.tsx', 'web/src/**/*.ts', '!web/src/gql/**/*'],
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', Money: 'number' } },
    },
  },
  ignoreNoDocuments: true,
};
export default config;
