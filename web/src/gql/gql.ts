/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Categories {\n    categories {\n      category\n      productCount\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  mutation PlaceOrder($productId: ID!, $quantity: Int!, $code: String, $resharer: String, $key: String!, $addressId: ID) {\n    placeOrder(\n      productId: $productId\n      quantity: $quantity\n      recommendationCode: $code\n      resharerHandle: $resharer\n      idempotencyKey: $key\n      deliveryAddressId: $addressId\n    ) {\n      id\n      status\n      quantity\n      totalMinor\n      currency\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  mutation FlagRecommendation($recommendationId: ID!, $reason: FlagReason!, $text: String!) {\n    flagRecommendation(recommendationId: $recommendationId, reason: $reason, text: $text) {\n      id\n      recommendation {\n        id\n        viewerFlagged\n      }\n    }\n  }\n": typeof types.FlagRecommendationDocument,
    "\n  fragment FollowButton_member on Member {\n    id\n    handle\n    viewerFollows\n    followerCount\n  }\n": typeof types.FollowButton_MemberFragmentDoc,
    "\n  mutation Follow($memberId: ID!) {\n    follow(memberId: $memberId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($memberId: ID!) {\n    unfollow(memberId: $memberId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": typeof types.UnfollowDocument,
    "\n  fragment MemberBadge_member on Member {\n    handle\n    displayName\n    verified\n  }\n": typeof types.MemberBadge_MemberFragmentDoc,
    "\n  fragment ProductSummary_product on Product {\n    id\n    title\n    description\n    category\n    priceMinor\n    currency\n    recommendationCount\n    coverPhoto {\n      id\n      ...Photo_photo\n    }\n    supplier {\n      id\n      ...MemberBadge_member\n    }\n  }\n": typeof types.ProductSummary_ProductFragmentDoc,
    "\n  fragment RecommendationCard_recommendation on Recommendation {\n    id\n    code\n    shareUrl\n    shareLink\n    stars\n    text\n    createdAt\n    revision\n    viewerFlagged\n    author {\n      id\n      handle\n      displayName\n      ...MemberBadge_member\n      trust {\n        ...TrustScore_trust\n      }\n    }\n    product {\n      id\n      title\n      priceMinor\n      currency\n    }\n  }\n": typeof types.RecommendationCard_RecommendationFragmentDoc,
    "\n  query ReshareLink($code: String!) {\n    reshareLink(recommendationCode: $code)\n  }\n": typeof types.ReshareLinkDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment TrustEventItem_event on TrustEvent {\n    id\n    cause\n    delta\n    after\n    textEn\n    textZh\n    at\n  }\n": typeof types.TrustEventItem_EventFragmentDoc,
    "\n  query MemberTrustEvents($id: ID!, $after: String) {\n    member(id: $id) {\n      id\n      trustEvents(first: 10, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...TrustEventItem_event\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MemberTrustEventsDocument,
    "\n  fragment TrustHistoryChart_point on TrustHistoryPoint {\n    day\n    score\n    confidence\n    rank\n  }\n": typeof types.TrustHistoryChart_PointFragmentDoc,
    "\n  fragment TrustScore_trust on Trust {\n    score\n    confidence\n    isNew\n    vouched\n  }\n": typeof types.TrustScore_TrustFragmentDoc,
    "\n  fragment UnderReviewMark_member on Member {\n    underReview\n  }\n": typeof types.UnderReviewMark_MemberFragmentDoc,
    "\n  fragment Avatar_member on Member {\n    handle\n    displayName\n    avatar {\n      id\n      url\n      srcset\n    }\n  }\n": typeof types.Avatar_MemberFragmentDoc,
    "\n  mutation SetAvatar($photoId: ID) {\n    setAvatar(photoId: $photoId) {\n      id\n      ...Avatar_member\n    }\n  }\n": typeof types.SetAvatarDocument,
    "\n  query MyAvatar {\n    me {\n      id\n      avatar {\n        id\n      }\n      ...Avatar_member\n    }\n  }\n": typeof types.MyAvatarDocument,
    "\n  fragment Photo_photo on Photo {\n    id\n    width\n    height\n    url\n    srcset\n  }\n": typeof types.Photo_PhotoFragmentDoc,
    "\n  fragment PickedPhoto_photo on Photo {\n    id\n    url\n    srcset\n    width\n    height\n  }\n": typeof types.PickedPhoto_PhotoFragmentDoc,
    "\n  fragment RecommendationPhotos_recommendation on Recommendation {\n    id\n    author {\n      id\n      handle\n    }\n    photos {\n      id\n      url\n      ...Photo_photo\n    }\n  }\n": typeof types.RecommendationPhotos_RecommendationFragmentDoc,
    "\n  fragment PostalAddress_fields on PostalAddress {\n    recipientName\n    phone\n    country\n    region\n    city\n    district\n    street\n    postcode\n  }\n": typeof types.PostalAddress_FieldsFragmentDoc,
    "\n  query MyAddresses {\n    myAddresses {\n      id\n      address {\n        ...PostalAddress_fields\n      }\n    }\n  }\n": typeof types.MyAddressesDocument,
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      roles\n      verified\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation AddDeliveryAddress($input: DeliveryAddressInput!) {\n    addDeliveryAddress(input: $input) {\n      id\n    }\n  }\n": typeof types.AddDeliveryAddressDocument,
    "\n  mutation UpdateDeliveryAddress($id: ID!, $input: DeliveryAddressInput!) {\n    updateDeliveryAddress(id: $id, input: $input) {\n      id\n      address {\n        ...PostalAddress_fields\n      }\n    }\n  }\n": typeof types.UpdateDeliveryAddressDocument,
    "\n  mutation RemoveDeliveryAddress($id: ID!) {\n    removeDeliveryAddress(id: $id)\n  }\n": typeof types.RemoveDeliveryAddressDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MyProfile {\n    me {\n      id\n      handle\n      displayName\n      bio\n      locale\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      bio\n      locale\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      device\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": typeof types.EndOtherSessionsDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      member {\n        id\n        handle\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      member {\n        id\n        handle\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query AdminMember($handle: String!) {\n    member(handle: $handle) {\n      id\n      email\n      roles\n      verified\n      ...MemberBadge_member\n      trust {\n        ...TrustScore_trust\n      }\n    }\n  }\n": typeof types.AdminMemberDocument,
    "\n  mutation SetMemberVerified($memberId: ID!, $verified: Boolean!) {\n    setMemberVerified(memberId: $memberId, verified: $verified) {\n      id\n      verified\n      trust {\n        ...TrustScore_trust\n      }\n    }\n  }\n": typeof types.SetMemberVerifiedDocument,
    "\n  mutation SetSupplier($memberId: ID!, $supplier: Boolean!) {\n    setSupplier(memberId: $memberId, supplier: $supplier) {\n      id\n      roles\n    }\n  }\n": typeof types.SetSupplierDocument,
    "\n  fragment FlagEvidence_flag on FraudFlag {\n    evidence {\n      orderId\n      outcome\n      stars\n      at\n      product {\n        id\n        title\n      }\n      rater {\n        id\n        handle\n      }\n      recommender {\n        id\n        handle\n      }\n    }\n  }\n": typeof types.FlagEvidence_FlagFragmentDoc,
    "\n  fragment FlagReviewItem_review on FlagReview {\n    id\n    status\n    weight\n    openedAt\n    decidedAt\n    note\n    decidedBy {\n      id\n      ...MemberBadge_member\n    }\n    recommendation {\n      id\n      text\n      author {\n        id\n        ...MemberBadge_member\n      }\n      product {\n        id\n        title\n      }\n    }\n    flags {\n      id\n      reason\n      text\n      weight\n      flagger {\n        id\n        ...MemberBadge_member\n      }\n    }\n  }\n": typeof types.FlagReviewItem_ReviewFragmentDoc,
    "\n  mutation ResolveFlagReview($id: ID!, $decision: FlagDecision!, $note: String!) {\n    resolveFlagReview(id: $id, decision: $decision, note: $note) {\n      id\n      ...FlagReviewItem_review\n    }\n  }\n": typeof types.ResolveFlagReviewDocument,
    "\n  query FlagReviews($status: FlagReviewStatus, $after: String) {\n    flagReviews(status: $status, first: 5, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...FlagReviewItem_review\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FlagReviewsDocument,
    "\n  fragment FraudFlagItem_flag on FraudFlag {\n    id\n    kind\n    status\n    createdAt\n    raisedBy\n    heldCommissionCount\n    groupBuy {\n      id\n      joinedMembers\n      product {\n        id\n        title\n      }\n    }\n    clearedAt\n    upheldAt\n    note\n    clearedBy {\n      id\n      ...MemberBadge_member\n    }\n    upheldBy {\n      id\n      ...MemberBadge_member\n    }\n    ...FlagEvidence_flag\n    members {\n      id\n      ...MemberBadge_member\n    }\n  }\n": typeof types.FraudFlagItem_FlagFragmentDoc,
    "\n  mutation ClearFraudFlag($id: ID!, $note: String!) {\n    clearFraudFlag(id: $id, note: $note) {\n      releasedCommissions\n      flag {\n        id\n        ...FraudFlagItem_flag\n      }\n    }\n  }\n": typeof types.ClearFraudFlagDocument,
    "\n  mutation UpholdFraudFlag($id: ID!, $note: String!) {\n    upholdFraudFlag(id: $id, note: $note) {\n      flag {\n        id\n        ...FraudFlagItem_flag\n      }\n    }\n  }\n": typeof types.UpholdFraudFlagDocument,
    "\n  query FraudFlags($status: FraudFlagStatus, $after: String) {\n    fraudFlags(status: $status, first: 5, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...FraudFlagItem_flag\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FraudFlagsDocument,
    "\n  mutation CheerFriendDay($memberId: ID!, $day: String!) {\n    cheerFriendDay(memberId: $memberId, day: $day) {\n      day\n      cheers\n      viewerCheered\n      member {\n        id\n      }\n    }\n  }\n": typeof types.CheerFriendDayDocument,
    "\n  query CircleDayHistory {\n    me {\n      id\n      circleDays(days: 30) {\n        day\n        place\n        ranked\n        movement\n        cheers\n      }\n    }\n  }\n": typeof types.CircleDayHistoryDocument,
    "\n  query TodayCard {\n    me {\n      id\n      circleDay {\n        day\n        place\n        ranked\n        movement\n        cheers\n        top {\n          ...FriendDay_friend\n        }\n        passedBy {\n          ...FriendDay_friend\n        }\n      }\n    }\n  }\n": typeof types.TodayCardDocument,
    "\n  fragment FriendDay_friend on FriendDay {\n    day\n    cheers\n    viewerCheered\n    member {\n      id\n      displayName\n      ...MemberBadge_member\n    }\n  }\n": typeof types.FriendDay_FriendFragmentDoc,
    "\n  fragment CommissionExplanation_explanation on CommissionExplanation {\n    orderTotalMinor\n    commissionRateBps\n    poolMinor\n    trustAtConfirmation\n    trustUsed\n    trustFactorBps\n    baseShareBps\n    weightBps\n    amountMinor\n    estimated\n    reversed\n    text\n  }\n": typeof types.CommissionExplanation_ExplanationFragmentDoc,
    "\n  fragment CommissionItem_commission on Commission {\n    id\n    status\n    currency\n    openedAt\n    deliveredAt\n    confirmableAt\n    confirmedAt\n    paidAt\n    reversedAt\n    reversedFrom\n    onHold\n    ...HoldReasons_commission\n    product {\n      id\n      title\n    }\n    myShare {\n      role\n      amountMinor\n      estimated\n    }\n    explanation {\n      ...CommissionExplanation_explanation\n    }\n  }\n": typeof types.CommissionItem_CommissionFragmentDoc,
    "\n  query MyCommissions($status: CommissionStatus, $onHold: Boolean, $after: String) {\n    myCommissions(status: $status, onHold: $onHold, first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...CommissionItem_commission\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyCommissionsDocument,
    "\n  fragment CommissionTotals_totals on CommissionTotals {\n    pendingMinor\n    confirmedMinor\n    paidMinor\n    owedMinor\n    onHoldMinor\n  }\n": typeof types.CommissionTotals_TotalsFragmentDoc,
    "\n  query MyCommissionTotals {\n    myCommissionTotals {\n      ...CommissionTotals_totals\n    }\n  }\n": typeof types.MyCommissionTotalsDocument,
    "\n  fragment HoldReasons_commission on Commission {\n    heldSince\n    holdReasons {\n      kind\n      raisedAt\n      onViewer\n      status\n    }\n  }\n": typeof types.HoldReasons_CommissionFragmentDoc,
    "\n  fragment PayoutItem_payout on Payout {\n    id\n    at\n    lines {\n      member {\n        id\n      }\n      grossMinor\n      recoveredMinor\n      netMinor\n      carriedOwedMinor\n      commissionCount\n    }\n  }\n": typeof types.PayoutItem_PayoutFragmentDoc,
    "\n  query MyPayouts($after: String) {\n    payouts(first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PayoutItem_payout\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyPayoutsDocument,
    "\n  query Feed($after: String) {\n    feed(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          product {\n            id\n          }\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  query FollowedGroups {\n    groupBuysFromFollowed(first: 10) {\n      id\n      targetBuyers\n      countedBuyers\n      unitPriceMinor\n      currency\n      leader {\n        id\n        displayName\n      }\n      product {\n        id\n        title\n      }\n    }\n  }\n": typeof types.FollowedGroupsDocument,
    "\n  query GroupBuyPage($id: ID!) {\n    groupBuy(id: $id) {\n      id\n      status\n      note\n      targetBuyers\n      deadline\n      closedAt\n      shareLink\n      basePriceMinor\n      currency\n      countedBuyers\n      joinedMembers\n      unitPriceMinor\n      tiers {\n        minBuyers\n        discountBps\n        unitPriceMinor\n      }\n      leader {\n        id\n        displayName\n        ...MemberBadge_member\n        ...Avatar_member\n        trust {\n          ...TrustScore_trust\n        }\n      }\n      product {\n        id\n        title\n        ...ProductSummary_product\n      }\n      recommendation {\n        code\n      }\n      joiners {\n        id\n        displayName\n        ...Avatar_member\n      }\n    }\n  }\n": typeof types.GroupBuyPageDocument,
    "\n  query MyGroupJoins($id: ID!) {\n    myGroupJoins(groupBuyId: $id) {\n      id\n      quantity\n      status\n      order {\n        id\n        totalMinor\n        currency\n      }\n    }\n  }\n": typeof types.MyGroupJoinsDocument,
    "\n  mutation CloseGroup($id: ID!) {\n    closeGroupBuy(groupBuyId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseGroupDocument,
    "\n  fragment GroupTiersForm_product on Product {\n    id\n    groupMaxDurationHours\n    groupTiers {\n      minBuyers\n      discountBps\n      unitPriceMinor\n    }\n  }\n": typeof types.GroupTiersForm_ProductFragmentDoc,
    "\n  mutation SetGroupTiers($productId: ID!, $tiers: [GroupTierInput!]!, $hours: Int!) {\n    setGroupBuyTiers(productId: $productId, tiers: $tiers, maxDurationHours: $hours) {\n      id\n      ...GroupTiersForm_product\n    }\n  }\n": typeof types.SetGroupTiersDocument,
    "\n  mutation JoinGroup($groupBuyId: ID!, $quantity: Int!, $key: String!, $resharer: String, $addressId: ID) {\n    joinGroupBuy(groupBuyId: $groupBuyId, quantity: $quantity, idempotencyKey: $key, resharerHandle: $resharer, deliveryAddressId: $addressId) {\n      id\n      status\n    }\n  }\n": typeof types.JoinGroupDocument,
    "\n  query GroupOffer($code: String!) {\n    recommendationByCode(code: $code) {\n      id\n      openGroupBuy {\n        id\n      }\n      product {\n        id\n        currency\n        ...GroupTiersForm_product\n      }\n    }\n  }\n": typeof types.GroupOfferDocument,
    "\n  mutation OpenGroup($recommendationId: ID!, $target: Int!, $deadline: DateTime!, $note: String) {\n    openGroupBuy(recommendationId: $recommendationId, targetBuyers: $target, deadline: $deadline, note: $note) {\n      id\n    }\n  }\n": typeof types.OpenGroupDocument,
    "\n  fragment DecayTable_model on TrustModel {\n    decay {\n      days\n      weight\n    }\n  }\n": typeof types.DecayTable_ModelFragmentDoc,
    "\n  query HowTrustWorks {\n    trustModel {\n      neutralScore\n      halfLifeDays\n      confidenceEvidence\n      newcomerEvidence\n      minVouchedEvidence\n      unvouchedCap\n      letDownWeight\n      vouchBudget\n      minVoice\n      ...RankKeyTable_model\n      ...DecayTable_model\n    }\n  }\n": typeof types.HowTrustWorksDocument,
    "\n  fragment RankKeyTable_model on TrustModel {\n    examples {\n      heldUp\n      letDown\n      score\n      confidence\n      rankKey\n    }\n  }\n": typeof types.RankKeyTable_ModelFragmentDoc,
    "\n  fragment WorkedExample_member on Member {\n    handle\n    displayName\n    trust {\n      score\n      confidence\n      rankKey\n      vouchedHeldUp\n      vouchedLetDown\n    }\n  }\n": typeof types.WorkedExample_MemberFragmentDoc,
    "\n  query WorkedExampleTop {\n    leaderboard(scope: GLOBAL, first: 1) {\n      edges {\n        node {\n          member {\n            id\n            ...WorkedExample_member\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkedExampleTopDocument,
    "\n  query WorkedExampleMember($handle: String!) {\n    member(handle: $handle) {\n      id\n      ...WorkedExample_member\n    }\n  }\n": typeof types.WorkedExampleMemberDocument,
    "\n  query Leaderboard($scope: LeaderboardScope!, $category: String, $after: String, $first: Int = 20) {\n    leaderboard(scope: $scope, category: $category, first: $first, after: $after) {\n      snapshotDay\n      edges {\n        cursor\n        node {\n          position\n          member {\n            id\n          }\n          ...LeaderboardRow_row\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LeaderboardDocument,
    "\n  fragment LeaderboardRow_row on LeaderboardRow {\n    position\n    movement\n    member {\n      id\n      handle\n      ...MemberBadge_member\n      ...Avatar_member\n      ...UnderReviewMark_member\n      trust {\n        rankKey\n        ...TrustScore_trust\n      }\n    }\n  }\n": typeof types.LeaderboardRow_RowFragmentDoc,
    "\n  query NetworkSummary {\n    network {\n      members\n      products\n      orders\n      recommendations\n    }\n  }\n": typeof types.NetworkSummaryDocument,
    "\n  query FirstSteps {\n    me {\n      id\n      firstSteps {\n        boughtThroughRecommendation\n        received\n        rated\n        recommended\n        dismissed\n        done\n      }\n    }\n  }\n": typeof types.FirstStepsDocument,
    "\n  query FirstStepsWatch($handle: String!) {\n    myOrders(first: 10) {\n      edges {\n        node {\n          id\n          status\n          feedback {\n            id\n          }\n        }\n      }\n    }\n    memberRecommendations(handle: $handle, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.FirstStepsWatchDocument,
    "\n  mutation DismissFirstSteps {\n    dismissFirstSteps {\n      id\n      firstSteps {\n        dismissed\n      }\n    }\n  }\n": typeof types.DismissFirstStepsDocument,
    "\n  query MyOrders($after: String) {\n    myOrders(first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          product {\n            id\n          }\n          ...OrderItem_order\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyOrdersDocument,
    "\n  query MyRecommendations($handle: String!) {\n    memberRecommendations(handle: $handle, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          stars\n          text\n          product {\n            id\n          }\n          ...RecommendationCard_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyRecommendationsDocument,
    "\n  fragment OrderItem_order on Order {\n    id\n    status\n    quantity\n    totalMinor\n    currency\n    placedAt\n    deliveredAt\n    ratableUntil\n    product {\n      id\n      title\n    }\n    recommendation {\n      id\n      author {\n        id\n        displayName\n        ...MemberBadge_member\n      }\n    }\n    feedback {\n      id\n      stars\n      heldUp\n    }\n  }\n": typeof types.OrderItem_OrderFragmentDoc,
    "\n  mutation ConfirmReceipt($orderId: ID!) {\n    confirmReceipt(orderId: $orderId) {\n      id\n      status\n      deliveredAt\n      ratableUntil\n      refundableUntil\n    }\n  }\n": typeof types.ConfirmReceiptDocument,
    "\n  mutation RateRecommendation($orderId: ID!, $stars: Int!, $heldUp: Boolean!, $comment: String) {\n    rateRecommendation(orderId: $orderId, stars: $stars, heldUp: $heldUp, comment: $comment) {\n      feedback {\n        id\n        stars\n        heldUp\n        comment\n      }\n      trustEvent {\n        id\n        delta\n        textEn\n        textZh\n      }\n    }\n  }\n": typeof types.RateRecommendationDocument,
    "\n  mutation PostRecommendation($productId: ID!, $stars: Int!, $text: String!) {\n    postRecommendation(productId: $productId, stars: $stars, text: $text) {\n      id\n      code\n      shareUrl\n    }\n  }\n": typeof types.PostRecommendationDocument,
    "\n  mutation EditRecommendation($id: ID!, $stars: Int, $text: String) {\n    editRecommendation(id: $id, stars: $stars, text: $text) {\n      id\n      stars\n      text\n      revision\n      updatedAt\n    }\n  }\n": typeof types.EditRecommendationDocument,
    "\n  mutation SetRecommendationPhotos($recommendationId: ID!, $photoIds: [ID!]!) {\n    setRecommendationPhotos(recommendationId: $recommendationId, photoIds: $photoIds) {\n      id\n      ...RecommendationPhotos_recommendation\n    }\n  }\n": typeof types.SetRecommendationPhotosDocument,
    "\n  query RecommendationFormPhotos($id: ID!) {\n    recommendation(id: $id) {\n      id\n      photos {\n        id\n        ...PickedPhoto_photo\n      }\n    }\n  }\n": typeof types.RecommendationFormPhotosDocument,
    "\n  fragment MemberHeader_member on Member {\n    handle\n    displayName\n    bio\n    verified\n    createdAt\n    followerCount\n    followingCount\n    trust {\n      ...TrustScore_trust\n    }\n    rank {\n      rank\n      movement\n      day\n    }\n    ...FollowButton_member\n    ...Avatar_member\n    ...UnderReviewMark_member\n  }\n": typeof types.MemberHeader_MemberFragmentDoc,
    "\n  query PocketShop($handle: String!, $after: String) {\n    memberRecommendations(handle: $handle, first: 12, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PocketShopDocument,
    "\n  query MemberPage($handle: String!) {\n    member(handle: $handle) {\n      id\n      handle\n      displayName\n      ...MemberHeader_member\n      trustHistory(days: 90) {\n        ...TrustHistoryChart_point\n      }\n      # The first page of TrustEventList's and PocketShop's own queries, same selections: the\n      # whole page arrives in one round trip, and those lists read it from the cache.\n      trustEvents(first: 10) {\n        edges {\n          cursor\n          node {\n            id\n            ...TrustEventItem_event\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n    memberRecommendations(handle: $handle, first: 12) {\n      edges {\n        cursor\n        node {\n          id\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MemberPageDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          read\n          link\n          productTitle\n          trustDelta\n          stars\n          heldUp\n          place\n          ranked\n          movement\n          privilege\n          actor {\n            id\n            handle\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) {\n      kind\n      inApp\n      email\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  fragment PrivilegeStep_standing on PrivilegeStanding {\n    privilege\n    unlocked\n    rankKeyNeeded\n    confidenceNeeded\n    rankKey\n    confidence\n    progress\n    suspendedUntil\n  }\n": typeof types.PrivilegeStep_StandingFragmentDoc,
    "\n  query MyPrivileges {\n    myPrivileges {\n      steps {\n        privilege\n        ...PrivilegeStep_standing\n      }\n      next {\n        privilege\n        progress\n      }\n    }\n  }\n": typeof types.MyPrivilegesDocument,
    "\n  query ProductPage($id: ID!, $after: String) {\n    product(id: $id) {\n      id\n      title\n      photos {\n        id\n        ...Photo_photo\n      }\n      ...ProductSummary_product\n    }\n    productRecommendations(productId: $id, first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProductPageDocument,
    "\n  query Products($category: String, $search: String, $after: String) {\n    products(category: $category, search: $search, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ProductSummary_product\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProductsDocument,
    "\n  query SearchMembers($text: String!, $after: String) {\n    search(text: $text) {\n      members(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            handle\n            ...MemberBadge_member\n            trust {\n              ...TrustScore_trust\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.SearchMembersDocument,
    "\n  query SearchProducts($text: String!, $after: String) {\n    search(text: $text) {\n      products(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...ProductSummary_product\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.SearchProductsDocument,
    "\n  query SharePage($code: String!) {\n    recommendationByCode(code: $code) {\n      id\n      code\n      shareLink\n      author {\n        id\n        handle\n        displayName\n      }\n      product {\n        id\n        title\n        ...ProductSummary_product\n      }\n      ...RecommendationCard_recommendation\n      ...RecommendationPhotos_recommendation\n    }\n  }\n": typeof types.SharePageDocument,
    "\n  fragment ProductForm_product on Product {\n    id\n    title\n    description\n    category\n    priceMinor\n    commissionRateBps\n    photos {\n      id\n      ...PickedPhoto_photo\n    }\n  }\n": typeof types.ProductForm_ProductFragmentDoc,
    "\n  mutation SetProductPhotos($productId: ID!, $photoIds: [ID!]!) {\n    setProductPhotos(productId: $productId, photoIds: $photoIds) {\n      id\n      ...ProductForm_product\n      ...ProductSummary_product\n    }\n  }\n": typeof types.SetProductPhotosDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      ...ProductForm_product\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      ...ProductForm_product\n      ...ProductSummary_product\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  query SupplierCommissionsOwed {\n    supplierCommissionsOwed {\n      owedMinor\n      owedCount\n      pendingEstimateMinor\n      byProduct {\n        product {\n          id\n          title\n          currency\n        }\n        owedMinor\n        owedCount\n        pendingEstimateMinor\n      }\n    }\n  }\n": typeof types.SupplierCommissionsOwedDocument,
    "\n  query SupplierOrders($status: OrderStatus, $after: String) {\n    supplierOrders(status: $status, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          quantity\n          totalMinor\n          currency\n          placedAt\n          refundableUntil\n          product {\n            id\n            title\n          }\n          buyer {\n            id\n            ...MemberBadge_member\n          }\n          deliveryAddress {\n            ...PostalAddress_fields\n          }\n          deliveryAddressErasedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SupplierOrdersDocument,
    "\n  mutation MarkOrderDelivered($orderId: ID!) {\n    markOrderDelivered(orderId: $orderId) {\n      id\n      status\n      deliveredAt\n      refundableUntil\n    }\n  }\n": typeof types.MarkOrderDeliveredDocument,
    "\n  mutation RefundOrder($orderId: ID!, $reason: String!) {\n    refundOrder(orderId: $orderId, reason: $reason) {\n      id\n      status\n      refundedAt\n      refundableUntil\n    }\n  }\n": typeof types.RefundOrderDocument,
    "\n  query SupplierProducts($supplierId: ID!, $after: String) {\n    products(supplierId: $supplierId, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ProductSummary_product\n          ...ProductForm_product\n          ...GroupTiersForm_product\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SupplierProductsDocument,
    "\n  query TrustedPicks($personal: Boolean, $first: Int, $after: String) {\n    trustedPicks(personal: $personal, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          product {\n            id\n            ...ProductSummary_product\n          }\n          recommenderCount\n          recommenders {\n            id\n            ...MemberBadge_member\n          }\n          heldUp\n          judged\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TrustedPicksDocument,
};
const documents: Documents = {
    "\n  query Categories {\n    categories {\n      category\n      productCount\n    }\n  }\n": types.CategoriesDocument,
    "\n  mutation PlaceOrder($productId: ID!, $quantity: Int!, $code: String, $resharer: String, $key: String!, $addressId: ID) {\n    placeOrder(\n      productId: $productId\n      quantity: $quantity\n      recommendationCode: $code\n      resharerHandle: $resharer\n      idempotencyKey: $key\n      deliveryAddressId: $addressId\n    ) {\n      id\n      status\n      quantity\n      totalMinor\n      currency\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  mutation FlagRecommendation($recommendationId: ID!, $reason: FlagReason!, $text: String!) {\n    flagRecommendation(recommendationId: $recommendationId, reason: $reason, text: $text) {\n      id\n      recommendation {\n        id\n        viewerFlagged\n      }\n    }\n  }\n": types.FlagRecommendationDocument,
    "\n  fragment FollowButton_member on Member {\n    id\n    handle\n    viewerFollows\n    followerCount\n  }\n": types.FollowButton_MemberFragmentDoc,
    "\n  mutation Follow($memberId: ID!) {\n    follow(memberId: $memberId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($memberId: ID!) {\n    unfollow(memberId: $memberId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": types.UnfollowDocument,
    "\n  fragment MemberBadge_member on Member {\n    handle\n    displayName\n    verified\n  }\n": types.MemberBadge_MemberFragmentDoc,
    "\n  fragment ProductSummary_product on Product {\n    id\n    title\n    description\n    category\n    priceMinor\n    currency\n    recommendationCount\n    coverPhoto {\n      id\n      ...Photo_photo\n    }\n    supplier {\n      id\n      ...MemberBadge_member\n    }\n  }\n": types.ProductSummary_ProductFragmentDoc,
    "\n  fragment RecommendationCard_recommendation on Recommendation {\n    id\n    code\n    shareUrl\n    shareLink\n    stars\n    text\n    createdAt\n    revision\n    viewerFlagged\n    author {\n      id\n      handle\n      displayName\n      ...MemberBadge_member\n      trust {\n        ...TrustScore_trust\n      }\n    }\n    product {\n      id\n      title\n      priceMinor\n      currency\n    }\n  }\n": types.RecommendationCard_RecommendationFragmentDoc,
    "\n  query ReshareLink($code: String!) {\n    reshareLink(recommendationCode: $code)\n  }\n": types.ReshareLinkDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment TrustEventItem_event on TrustEvent {\n    id\n    cause\n    delta\n    after\n    textEn\n    textZh\n    at\n  }\n": types.TrustEventItem_EventFragmentDoc,
    "\n  query MemberTrustEvents($id: ID!, $after: String) {\n    member(id: $id) {\n      id\n      trustEvents(first: 10, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...TrustEventItem_event\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.MemberTrustEventsDocument,
    "\n  fragment TrustHistoryChart_point on TrustHistoryPoint {\n    day\n    score\n    confidence\n    rank\n  }\n": types.TrustHistoryChart_PointFragmentDoc,
    "\n  fragment TrustScore_trust on Trust {\n    score\n    confidence\n    isNew\n    vouched\n  }\n": types.TrustScore_TrustFragmentDoc,
    "\n  fragment UnderReviewMark_member on Member {\n    underReview\n  }\n": types.UnderReviewMark_MemberFragmentDoc,
    "\n  fragment Avatar_member on Member {\n    handle\n    displayName\n    avatar {\n      id\n      url\n      srcset\n    }\n  }\n": types.Avatar_MemberFragmentDoc,
    "\n  mutation SetAvatar($photoId: ID) {\n    setAvatar(photoId: $photoId) {\n      id\n      ...Avatar_member\n    }\n  }\n": types.SetAvatarDocument,
    "\n  query MyAvatar {\n    me {\n      id\n      avatar {\n        id\n      }\n      ...Avatar_member\n    }\n  }\n": types.MyAvatarDocument,
    "\n  fragment Photo_photo on Photo {\n    id\n    width\n    height\n    url\n    srcset\n  }\n": types.Photo_PhotoFragmentDoc,
    "\n  fragment PickedPhoto_photo on Photo {\n    id\n    url\n    srcset\n    width\n    height\n  }\n": types.PickedPhoto_PhotoFragmentDoc,
    "\n  fragment RecommendationPhotos_recommendation on Recommendation {\n    id\n    author {\n      id\n      handle\n    }\n    photos {\n      id\n      url\n      ...Photo_photo\n    }\n  }\n": types.RecommendationPhotos_RecommendationFragmentDoc,
    "\n  fragment PostalAddress_fields on PostalAddress {\n    recipientName\n    phone\n    country\n    region\n    city\n    district\n    street\n    postcode\n  }\n": types.PostalAddress_FieldsFragmentDoc,
    "\n  query MyAddresses {\n    myAddresses {\n      id\n      address {\n        ...PostalAddress_fields\n      }\n    }\n  }\n": types.MyAddressesDocument,
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      roles\n      verified\n    }\n  }\n": types.MeDocument,
    "\n  mutation AddDeliveryAddress($input: DeliveryAddressInput!) {\n    addDeliveryAddress(input: $input) {\n      id\n    }\n  }\n": types.AddDeliveryAddressDocument,
    "\n  mutation UpdateDeliveryAddress($id: ID!, $input: DeliveryAddressInput!) {\n    updateDeliveryAddress(id: $id, input: $input) {\n      id\n      address {\n        ...PostalAddress_fields\n      }\n    }\n  }\n": types.UpdateDeliveryAddressDocument,
    "\n  mutation RemoveDeliveryAddress($id: ID!) {\n    removeDeliveryAddress(id: $id)\n  }\n": types.RemoveDeliveryAddressDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query MyProfile {\n    me {\n      id\n      handle\n      displayName\n      bio\n      locale\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      bio\n      locale\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      device\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": types.EndOtherSessionsDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      member {\n        id\n        handle\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      member {\n        id\n        handle\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query AdminMember($handle: String!) {\n    member(handle: $handle) {\n      id\n      email\n      roles\n      verified\n      ...MemberBadge_member\n      trust {\n        ...TrustScore_trust\n      }\n    }\n  }\n": types.AdminMemberDocument,
    "\n  mutation SetMemberVerified($memberId: ID!, $verified: Boolean!) {\n    setMemberVerified(memberId: $memberId, verified: $verified) {\n      id\n      verified\n      trust {\n        ...TrustScore_trust\n      }\n    }\n  }\n": types.SetMemberVerifiedDocument,
    "\n  mutation SetSupplier($memberId: ID!, $supplier: Boolean!) {\n    setSupplier(memberId: $memberId, supplier: $supplier) {\n      id\n      roles\n    }\n  }\n": types.SetSupplierDocument,
    "\n  fragment FlagEvidence_flag on FraudFlag {\n    evidence {\n      orderId\n      outcome\n      stars\n      at\n      product {\n        id\n        title\n      }\n      rater {\n        id\n        handle\n      }\n      recommender {\n        id\n        handle\n      }\n    }\n  }\n": types.FlagEvidence_FlagFragmentDoc,
    "\n  fragment FlagReviewItem_review on FlagReview {\n    id\n    status\n    weight\n    openedAt\n    decidedAt\n    note\n    decidedBy {\n      id\n      ...MemberBadge_member\n    }\n    recommendation {\n      id\n      text\n      author {\n        id\n        ...MemberBadge_member\n      }\n      product {\n        id\n        title\n      }\n    }\n    flags {\n      id\n      reason\n      text\n      weight\n      flagger {\n        id\n        ...MemberBadge_member\n      }\n    }\n  }\n": types.FlagReviewItem_ReviewFragmentDoc,
    "\n  mutation ResolveFlagReview($id: ID!, $decision: FlagDecision!, $note: String!) {\n    resolveFlagReview(id: $id, decision: $decision, note: $note) {\n      id\n      ...FlagReviewItem_review\n    }\n  }\n": types.ResolveFlagReviewDocument,
    "\n  query FlagReviews($status: FlagReviewStatus, $after: String) {\n    flagReviews(status: $status, first: 5, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...FlagReviewItem_review\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FlagReviewsDocument,
    "\n  fragment FraudFlagItem_flag on FraudFlag {\n    id\n    kind\n    status\n    createdAt\n    raisedBy\n    heldCommissionCount\n    groupBuy {\n      id\n      joinedMembers\n      product {\n        id\n        title\n      }\n    }\n    clearedAt\n    upheldAt\n    note\n    clearedBy {\n      id\n      ...MemberBadge_member\n    }\n    upheldBy {\n      id\n      ...MemberBadge_member\n    }\n    ...FlagEvidence_flag\n    members {\n      id\n      ...MemberBadge_member\n    }\n  }\n": types.FraudFlagItem_FlagFragmentDoc,
    "\n  mutation ClearFraudFlag($id: ID!, $note: String!) {\n    clearFraudFlag(id: $id, note: $note) {\n      releasedCommissions\n      flag {\n        id\n        ...FraudFlagItem_flag\n      }\n    }\n  }\n": types.ClearFraudFlagDocument,
    "\n  mutation UpholdFraudFlag($id: ID!, $note: String!) {\n    upholdFraudFlag(id: $id, note: $note) {\n      flag {\n        id\n        ...FraudFlagItem_flag\n      }\n    }\n  }\n": types.UpholdFraudFlagDocument,
    "\n  query FraudFlags($status: FraudFlagStatus, $after: String) {\n    fraudFlags(status: $status, first: 5, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...FraudFlagItem_flag\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FraudFlagsDocument,
    "\n  mutation CheerFriendDay($memberId: ID!, $day: String!) {\n    cheerFriendDay(memberId: $memberId, day: $day) {\n      day\n      cheers\n      viewerCheered\n      member {\n        id\n      }\n    }\n  }\n": types.CheerFriendDayDocument,
    "\n  query CircleDayHistory {\n    me {\n      id\n      circleDays(days: 30) {\n        day\n        place\n        ranked\n        movement\n        cheers\n      }\n    }\n  }\n": types.CircleDayHistoryDocument,
    "\n  query TodayCard {\n    me {\n      id\n      circleDay {\n        day\n        place\n        ranked\n        movement\n        cheers\n        top {\n          ...FriendDay_friend\n        }\n        passedBy {\n          ...FriendDay_friend\n        }\n      }\n    }\n  }\n": types.TodayCardDocument,
    "\n  fragment FriendDay_friend on FriendDay {\n    day\n    cheers\n    viewerCheered\n    member {\n      id\n      displayName\n      ...MemberBadge_member\n    }\n  }\n": types.FriendDay_FriendFragmentDoc,
    "\n  fragment CommissionExplanation_explanation on CommissionExplanation {\n    orderTotalMinor\n    commissionRateBps\n    poolMinor\n    trustAtConfirmation\n    trustUsed\n    trustFactorBps\n    baseShareBps\n    weightBps\n    amountMinor\n    estimated\n    reversed\n    text\n  }\n": types.CommissionExplanation_ExplanationFragmentDoc,
    "\n  fragment CommissionItem_commission on Commission {\n    id\n    status\n    currency\n    openedAt\n    deliveredAt\n    confirmableAt\n    confirmedAt\n    paidAt\n    reversedAt\n    reversedFrom\n    onHold\n    ...HoldReasons_commission\n    product {\n      id\n      title\n    }\n    myShare {\n      role\n      amountMinor\n      estimated\n    }\n    explanation {\n      ...CommissionExplanation_explanation\n    }\n  }\n": types.CommissionItem_CommissionFragmentDoc,
    "\n  query MyCommissions($status: CommissionStatus, $onHold: Boolean, $after: String) {\n    myCommissions(status: $status, onHold: $onHold, first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...CommissionItem_commission\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyCommissionsDocument,
    "\n  fragment CommissionTotals_totals on CommissionTotals {\n    pendingMinor\n    confirmedMinor\n    paidMinor\n    owedMinor\n    onHoldMinor\n  }\n": types.CommissionTotals_TotalsFragmentDoc,
    "\n  query MyCommissionTotals {\n    myCommissionTotals {\n      ...CommissionTotals_totals\n    }\n  }\n": types.MyCommissionTotalsDocument,
    "\n  fragment HoldReasons_commission on Commission {\n    heldSince\n    holdReasons {\n      kind\n      raisedAt\n      onViewer\n      status\n    }\n  }\n": types.HoldReasons_CommissionFragmentDoc,
    "\n  fragment PayoutItem_payout on Payout {\n    id\n    at\n    lines {\n      member {\n        id\n      }\n      grossMinor\n      recoveredMinor\n      netMinor\n      carriedOwedMinor\n      commissionCount\n    }\n  }\n": types.PayoutItem_PayoutFragmentDoc,
    "\n  query MyPayouts($after: String) {\n    payouts(first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PayoutItem_payout\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyPayoutsDocument,
    "\n  query Feed($after: String) {\n    feed(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          product {\n            id\n          }\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FeedDocument,
    "\n  query FollowedGroups {\n    groupBuysFromFollowed(first: 10) {\n      id\n      targetBuyers\n      countedBuyers\n      unitPriceMinor\n      currency\n      leader {\n        id\n        displayName\n      }\n      product {\n        id\n        title\n      }\n    }\n  }\n": types.FollowedGroupsDocument,
    "\n  query GroupBuyPage($id: ID!) {\n    groupBuy(id: $id) {\n      id\n      status\n      note\n      targetBuyers\n      deadline\n      closedAt\n      shareLink\n      basePriceMinor\n      currency\n      countedBuyers\n      joinedMembers\n      unitPriceMinor\n      tiers {\n        minBuyers\n        discountBps\n        unitPriceMinor\n      }\n      leader {\n        id\n        displayName\n        ...MemberBadge_member\n        ...Avatar_member\n        trust {\n          ...TrustScore_trust\n        }\n      }\n      product {\n        id\n        title\n        ...ProductSummary_product\n      }\n      recommendation {\n        code\n      }\n      joiners {\n        id\n        displayName\n        ...Avatar_member\n      }\n    }\n  }\n": types.GroupBuyPageDocument,
    "\n  query MyGroupJoins($id: ID!) {\n    myGroupJoins(groupBuyId: $id) {\n      id\n      quantity\n      status\n      order {\n        id\n        totalMinor\n        currency\n      }\n    }\n  }\n": types.MyGroupJoinsDocument,
    "\n  mutation CloseGroup($id: ID!) {\n    closeGroupBuy(groupBuyId: $id) {\n      id\n      status\n    }\n  }\n": types.CloseGroupDocument,
    "\n  fragment GroupTiersForm_product on Product {\n    id\n    groupMaxDurationHours\n    groupTiers {\n      minBuyers\n      discountBps\n      unitPriceMinor\n    }\n  }\n": types.GroupTiersForm_ProductFragmentDoc,
    "\n  mutation SetGroupTiers($productId: ID!, $tiers: [GroupTierInput!]!, $hours: Int!) {\n    setGroupBuyTiers(productId: $productId, tiers: $tiers, maxDurationHours: $hours) {\n      id\n      ...GroupTiersForm_product\n    }\n  }\n": types.SetGroupTiersDocument,
    "\n  mutation JoinGroup($groupBuyId: ID!, $quantity: Int!, $key: String!, $resharer: String, $addressId: ID) {\n    joinGroupBuy(groupBuyId: $groupBuyId, quantity: $quantity, idempotencyKey: $key, resharerHandle: $resharer, deliveryAddressId: $addressId) {\n      id\n      status\n    }\n  }\n": types.JoinGroupDocument,
    "\n  query GroupOffer($code: String!) {\n    recommendationByCode(code: $code) {\n      id\n      openGroupBuy {\n        id\n      }\n      product {\n        id\n        currency\n        ...GroupTiersForm_product\n      }\n    }\n  }\n": types.GroupOfferDocument,
    "\n  mutation OpenGroup($recommendationId: ID!, $target: Int!, $deadline: DateTime!, $note: String) {\n    openGroupBuy(recommendationId: $recommendationId, targetBuyers: $target, deadline: $deadline, note: $note) {\n      id\n    }\n  }\n": types.OpenGroupDocument,
    "\n  fragment DecayTable_model on TrustModel {\n    decay {\n      days\n      weight\n    }\n  }\n": types.DecayTable_ModelFragmentDoc,
    "\n  query HowTrustWorks {\n    trustModel {\n      neutralScore\n      halfLifeDays\n      confidenceEvidence\n      newcomerEvidence\n      minVouchedEvidence\n      unvouchedCap\n      letDownWeight\n      vouchBudget\n      minVoice\n      ...RankKeyTable_model\n      ...DecayTable_model\n    }\n  }\n": types.HowTrustWorksDocument,
    "\n  fragment RankKeyTable_model on TrustModel {\n    examples {\n      heldUp\n      letDown\n      score\n      confidence\n      rankKey\n    }\n  }\n": types.RankKeyTable_ModelFragmentDoc,
    "\n  fragment WorkedExample_member on Member {\n    handle\n    displayName\n    trust {\n      score\n      confidence\n      rankKey\n      vouchedHeldUp\n      vouchedLetDown\n    }\n  }\n": types.WorkedExample_MemberFragmentDoc,
    "\n  query WorkedExampleTop {\n    leaderboard(scope: GLOBAL, first: 1) {\n      edges {\n        node {\n          member {\n            id\n            ...WorkedExample_member\n          }\n        }\n      }\n    }\n  }\n": types.WorkedExampleTopDocument,
    "\n  query WorkedExampleMember($handle: String!) {\n    member(handle: $handle) {\n      id\n      ...WorkedExample_member\n    }\n  }\n": types.WorkedExampleMemberDocument,
    "\n  query Leaderboard($scope: LeaderboardScope!, $category: String, $after: String, $first: Int = 20) {\n    leaderboard(scope: $scope, category: $category, first: $first, after: $after) {\n      snapshotDay\n      edges {\n        cursor\n        node {\n          position\n          member {\n            id\n          }\n          ...LeaderboardRow_row\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LeaderboardDocument,
    "\n  fragment LeaderboardRow_row on LeaderboardRow {\n    position\n    movement\n    member {\n      id\n      handle\n      ...MemberBadge_member\n      ...Avatar_member\n      ...UnderReviewMark_member\n      trust {\n        rankKey\n        ...TrustScore_trust\n      }\n    }\n  }\n": types.LeaderboardRow_RowFragmentDoc,
    "\n  query NetworkSummary {\n    network {\n      members\n      products\n      orders\n      recommendations\n    }\n  }\n": types.NetworkSummaryDocument,
    "\n  query FirstSteps {\n    me {\n      id\n      firstSteps {\n        boughtThroughRecommendation\n        received\n        rated\n        recommended\n        dismissed\n        done\n      }\n    }\n  }\n": types.FirstStepsDocument,
    "\n  query FirstStepsWatch($handle: String!) {\n    myOrders(first: 10) {\n      edges {\n        node {\n          id\n          status\n          feedback {\n            id\n          }\n        }\n      }\n    }\n    memberRecommendations(handle: $handle, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.FirstStepsWatchDocument,
    "\n  mutation DismissFirstSteps {\n    dismissFirstSteps {\n      id\n      firstSteps {\n        dismissed\n      }\n    }\n  }\n": types.DismissFirstStepsDocument,
    "\n  query MyOrders($after: String) {\n    myOrders(first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          product {\n            id\n          }\n          ...OrderItem_order\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyOrdersDocument,
    "\n  query MyRecommendations($handle: String!) {\n    memberRecommendations(handle: $handle, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          stars\n          text\n          product {\n            id\n          }\n          ...RecommendationCard_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyRecommendationsDocument,
    "\n  fragment OrderItem_order on Order {\n    id\n    status\n    quantity\n    totalMinor\n    currency\n    placedAt\n    deliveredAt\n    ratableUntil\n    product {\n      id\n      title\n    }\n    recommendation {\n      id\n      author {\n        id\n        displayName\n        ...MemberBadge_member\n      }\n    }\n    feedback {\n      id\n      stars\n      heldUp\n    }\n  }\n": types.OrderItem_OrderFragmentDoc,
    "\n  mutation ConfirmReceipt($orderId: ID!) {\n    confirmReceipt(orderId: $orderId) {\n      id\n      status\n      deliveredAt\n      ratableUntil\n      refundableUntil\n    }\n  }\n": types.ConfirmReceiptDocument,
    "\n  mutation RateRecommendation($orderId: ID!, $stars: Int!, $heldUp: Boolean!, $comment: String) {\n    rateRecommendation(orderId: $orderId, stars: $stars, heldUp: $heldUp, comment: $comment) {\n      feedback {\n        id\n        stars\n        heldUp\n        comment\n      }\n      trustEvent {\n        id\n        delta\n        textEn\n        textZh\n      }\n    }\n  }\n": types.RateRecommendationDocument,
    "\n  mutation PostRecommendation($productId: ID!, $stars: Int!, $text: String!) {\n    postRecommendation(productId: $productId, stars: $stars, text: $text) {\n      id\n      code\n      shareUrl\n    }\n  }\n": types.PostRecommendationDocument,
    "\n  mutation EditRecommendation($id: ID!, $stars: Int, $text: String) {\n    editRecommendation(id: $id, stars: $stars, text: $text) {\n      id\n      stars\n      text\n      revision\n      updatedAt\n    }\n  }\n": types.EditRecommendationDocument,
    "\n  mutation SetRecommendationPhotos($recommendationId: ID!, $photoIds: [ID!]!) {\n    setRecommendationPhotos(recommendationId: $recommendationId, photoIds: $photoIds) {\n      id\n      ...RecommendationPhotos_recommendation\n    }\n  }\n": types.SetRecommendationPhotosDocument,
    "\n  query RecommendationFormPhotos($id: ID!) {\n    recommendation(id: $id) {\n      id\n      photos {\n        id\n        ...PickedPhoto_photo\n      }\n    }\n  }\n": types.RecommendationFormPhotosDocument,
    "\n  fragment MemberHeader_member on Member {\n    handle\n    displayName\n    bio\n    verified\n    createdAt\n    followerCount\n    followingCount\n    trust {\n      ...TrustScore_trust\n    }\n    rank {\n      rank\n      movement\n      day\n    }\n    ...FollowButton_member\n    ...Avatar_member\n    ...UnderReviewMark_member\n  }\n": types.MemberHeader_MemberFragmentDoc,
    "\n  query PocketShop($handle: String!, $after: String) {\n    memberRecommendations(handle: $handle, first: 12, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PocketShopDocument,
    "\n  query MemberPage($handle: String!) {\n    member(handle: $handle) {\n      id\n      handle\n      displayName\n      ...MemberHeader_member\n      trustHistory(days: 90) {\n        ...TrustHistoryChart_point\n      }\n      # The first page of TrustEventList's and PocketShop's own queries, same selections: the\n      # whole page arrives in one round trip, and those lists read it from the cache.\n      trustEvents(first: 10) {\n        edges {\n          cursor\n          node {\n            id\n            ...TrustEventItem_event\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n    memberRecommendations(handle: $handle, first: 12) {\n      edges {\n        cursor\n        node {\n          id\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MemberPageDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          read\n          link\n          productTitle\n          trustDelta\n          stars\n          heldUp\n          place\n          ranked\n          movement\n          privilege\n          actor {\n            id\n            handle\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) {\n      kind\n      inApp\n      email\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  fragment PrivilegeStep_standing on PrivilegeStanding {\n    privilege\n    unlocked\n    rankKeyNeeded\n    confidenceNeeded\n    rankKey\n    confidence\n    progress\n    suspendedUntil\n  }\n": types.PrivilegeStep_StandingFragmentDoc,
    "\n  query MyPrivileges {\n    myPrivileges {\n      steps {\n        privilege\n        ...PrivilegeStep_standing\n      }\n      next {\n        privilege\n        progress\n      }\n    }\n  }\n": types.MyPrivilegesDocument,
    "\n  query ProductPage($id: ID!, $after: String) {\n    product(id: $id) {\n      id\n      title\n      photos {\n        id\n        ...Photo_photo\n      }\n      ...ProductSummary_product\n    }\n    productRecommendations(productId: $id, first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProductPageDocument,
    "\n  query Products($category: String, $search: String, $after: String) {\n    products(category: $category, search: $search, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ProductSummary_product\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProductsDocument,
    "\n  query SearchMembers($text: String!, $after: String) {\n    search(text: $text) {\n      members(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            handle\n            ...MemberBadge_member\n            trust {\n              ...TrustScore_trust\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.SearchMembersDocument,
    "\n  query SearchProducts($text: String!, $after: String) {\n    search(text: $text) {\n      products(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...ProductSummary_product\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.SearchProductsDocument,
    "\n  query SharePage($code: String!) {\n    recommendationByCode(code: $code) {\n      id\n      code\n      shareLink\n      author {\n        id\n        handle\n        displayName\n      }\n      product {\n        id\n        title\n        ...ProductSummary_product\n      }\n      ...RecommendationCard_recommendation\n      ...RecommendationPhotos_recommendation\n    }\n  }\n": types.SharePageDocument,
    "\n  fragment ProductForm_product on Product {\n    id\n    title\n    description\n    category\n    priceMinor\n    commissionRateBps\n    photos {\n      id\n      ...PickedPhoto_photo\n    }\n  }\n": types.ProductForm_ProductFragmentDoc,
    "\n  mutation SetProductPhotos($productId: ID!, $photoIds: [ID!]!) {\n    setProductPhotos(productId: $productId, photoIds: $photoIds) {\n      id\n      ...ProductForm_product\n      ...ProductSummary_product\n    }\n  }\n": types.SetProductPhotosDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      ...ProductForm_product\n    }\n  }\n": types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      ...ProductForm_product\n      ...ProductSummary_product\n    }\n  }\n": types.UpdateProductDocument,
    "\n  query SupplierCommissionsOwed {\n    supplierCommissionsOwed {\n      owedMinor\n      owedCount\n      pendingEstimateMinor\n      byProduct {\n        product {\n          id\n          title\n          currency\n        }\n        owedMinor\n        owedCount\n        pendingEstimateMinor\n      }\n    }\n  }\n": types.SupplierCommissionsOwedDocument,
    "\n  query SupplierOrders($status: OrderStatus, $after: String) {\n    supplierOrders(status: $status, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          quantity\n          totalMinor\n          currency\n          placedAt\n          refundableUntil\n          product {\n            id\n            title\n          }\n          buyer {\n            id\n            ...MemberBadge_member\n          }\n          deliveryAddress {\n            ...PostalAddress_fields\n          }\n          deliveryAddressErasedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SupplierOrdersDocument,
    "\n  mutation MarkOrderDelivered($orderId: ID!) {\n    markOrderDelivered(orderId: $orderId) {\n      id\n      status\n      deliveredAt\n      refundableUntil\n    }\n  }\n": types.MarkOrderDeliveredDocument,
    "\n  mutation RefundOrder($orderId: ID!, $reason: String!) {\n    refundOrder(orderId: $orderId, reason: $reason) {\n      id\n      status\n      refundedAt\n      refundableUntil\n    }\n  }\n": types.RefundOrderDocument,
    "\n  query SupplierProducts($supplierId: ID!, $after: String) {\n    products(supplierId: $supplierId, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ProductSummary_product\n          ...ProductForm_product\n          ...GroupTiersForm_product\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SupplierProductsDocument,
    "\n  query TrustedPicks($personal: Boolean, $first: Int, $after: String) {\n    trustedPicks(personal: $personal, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          product {\n            id\n            ...ProductSummary_product\n          }\n          recommenderCount\n          recommenders {\n            id\n            ...MemberBadge_member\n          }\n          heldUp\n          judged\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TrustedPicksDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      category\n      productCount\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      category\n      productCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($productId: ID!, $quantity: Int!, $code: String, $resharer: String, $key: String!, $addressId: ID) {\n    placeOrder(\n      productId: $productId\n      quantity: $quantity\n      recommendationCode: $code\n      resharerHandle: $resharer\n      idempotencyKey: $key\n      deliveryAddressId: $addressId\n    ) {\n      id\n      status\n      quantity\n      totalMinor\n      currency\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrder($productId: ID!, $quantity: Int!, $code: String, $resharer: String, $key: String!, $addressId: ID) {\n    placeOrder(\n      productId: $productId\n      quantity: $quantity\n      recommendationCode: $code\n      resharerHandle: $resharer\n      idempotencyKey: $key\n      deliveryAddressId: $addressId\n    ) {\n      id\n      status\n      quantity\n      totalMinor\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagRecommendation($recommendationId: ID!, $reason: FlagReason!, $text: String!) {\n    flagRecommendation(recommendationId: $recommendationId, reason: $reason, text: $text) {\n      id\n      recommendation {\n        id\n        viewerFlagged\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FlagRecommendation($recommendationId: ID!, $reason: FlagReason!, $text: String!) {\n    flagRecommendation(recommendationId: $recommendationId, reason: $reason, text: $text) {\n      id\n      recommendation {\n        id\n        viewerFlagged\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowButton_member on Member {\n    id\n    handle\n    viewerFollows\n    followerCount\n  }\n"): (typeof documents)["\n  fragment FollowButton_member on Member {\n    id\n    handle\n    viewerFollows\n    followerCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($memberId: ID!) {\n    follow(memberId: $memberId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation Follow($memberId: ID!) {\n    follow(memberId: $memberId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($memberId: ID!) {\n    unfollow(memberId: $memberId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation Unfollow($memberId: ID!) {\n    unfollow(memberId: $memberId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberBadge_member on Member {\n    handle\n    displayName\n    verified\n  }\n"): (typeof documents)["\n  fragment MemberBadge_member on Member {\n    handle\n    displayName\n    verified\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductSummary_product on Product {\n    id\n    title\n    description\n    category\n    priceMinor\n    currency\n    recommendationCount\n    coverPhoto {\n      id\n      ...Photo_photo\n    }\n    supplier {\n      id\n      ...MemberBadge_member\n    }\n  }\n"): (typeof documents)["\n  fragment ProductSummary_product on Product {\n    id\n    title\n    description\n    category\n    priceMinor\n    currency\n    recommendationCount\n    coverPhoto {\n      id\n      ...Photo_photo\n    }\n    supplier {\n      id\n      ...MemberBadge_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationCard_recommendation on Recommendation {\n    id\n    code\n    shareUrl\n    shareLink\n    stars\n    text\n    createdAt\n    revision\n    viewerFlagged\n    author {\n      id\n      handle\n      displayName\n      ...MemberBadge_member\n      trust {\n        ...TrustScore_trust\n      }\n    }\n    product {\n      id\n      title\n      priceMinor\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment RecommendationCard_recommendation on Recommendation {\n    id\n    code\n    shareUrl\n    shareLink\n    stars\n    text\n    createdAt\n    revision\n    viewerFlagged\n    author {\n      id\n      handle\n      displayName\n      ...MemberBadge_member\n      trust {\n        ...TrustScore_trust\n      }\n    }\n    product {\n      id\n      title\n      priceMinor\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReshareLink($code: String!) {\n    reshareLink(recommendationCode: $code)\n  }\n"): (typeof documents)["\n  query ReshareLink($code: String!) {\n    reshareLink(recommendationCode: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrustEventItem_event on TrustEvent {\n    id\n    cause\n    delta\n    after\n    textEn\n    textZh\n    at\n  }\n"): (typeof documents)["\n  fragment TrustEventItem_event on TrustEvent {\n    id\n    cause\n    delta\n    after\n    textEn\n    textZh\n    at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberTrustEvents($id: ID!, $after: String) {\n    member(id: $id) {\n      id\n      trustEvents(first: 10, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...TrustEventItem_event\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberTrustEvents($id: ID!, $after: String) {\n    member(id: $id) {\n      id\n      trustEvents(first: 10, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...TrustEventItem_event\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrustHistoryChart_point on TrustHistoryPoint {\n    day\n    score\n    confidence\n    rank\n  }\n"): (typeof documents)["\n  fragment TrustHistoryChart_point on TrustHistoryPoint {\n    day\n    score\n    confidence\n    rank\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrustScore_trust on Trust {\n    score\n    confidence\n    isNew\n    vouched\n  }\n"): (typeof documents)["\n  fragment TrustScore_trust on Trust {\n    score\n    confidence\n    isNew\n    vouched\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnderReviewMark_member on Member {\n    underReview\n  }\n"): (typeof documents)["\n  fragment UnderReviewMark_member on Member {\n    underReview\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Avatar_member on Member {\n    handle\n    displayName\n    avatar {\n      id\n      url\n      srcset\n    }\n  }\n"): (typeof documents)["\n  fragment Avatar_member on Member {\n    handle\n    displayName\n    avatar {\n      id\n      url\n      srcset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAvatar($photoId: ID) {\n    setAvatar(photoId: $photoId) {\n      id\n      ...Avatar_member\n    }\n  }\n"): (typeof documents)["\n  mutation SetAvatar($photoId: ID) {\n    setAvatar(photoId: $photoId) {\n      id\n      ...Avatar_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAvatar {\n    me {\n      id\n      avatar {\n        id\n      }\n      ...Avatar_member\n    }\n  }\n"): (typeof documents)["\n  query MyAvatar {\n    me {\n      id\n      avatar {\n        id\n      }\n      ...Avatar_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Photo_photo on Photo {\n    id\n    width\n    height\n    url\n    srcset\n  }\n"): (typeof documents)["\n  fragment Photo_photo on Photo {\n    id\n    width\n    height\n    url\n    srcset\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PickedPhoto_photo on Photo {\n    id\n    url\n    srcset\n    width\n    height\n  }\n"): (typeof documents)["\n  fragment PickedPhoto_photo on Photo {\n    id\n    url\n    srcset\n    width\n    height\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationPhotos_recommendation on Recommendation {\n    id\n    author {\n      id\n      handle\n    }\n    photos {\n      id\n      url\n      ...Photo_photo\n    }\n  }\n"): (typeof documents)["\n  fragment RecommendationPhotos_recommendation on Recommendation {\n    id\n    author {\n      id\n      handle\n    }\n    photos {\n      id\n      url\n      ...Photo_photo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostalAddress_fields on PostalAddress {\n    recipientName\n    phone\n    country\n    region\n    city\n    district\n    street\n    postcode\n  }\n"): (typeof documents)["\n  fragment PostalAddress_fields on PostalAddress {\n    recipientName\n    phone\n    country\n    region\n    city\n    district\n    street\n    postcode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAddresses {\n    myAddresses {\n      id\n      address {\n        ...PostalAddress_fields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAddresses {\n    myAddresses {\n      id\n      address {\n        ...PostalAddress_fields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      roles\n      verified\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      roles\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDeliveryAddress($input: DeliveryAddressInput!) {\n    addDeliveryAddress(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddDeliveryAddress($input: DeliveryAddressInput!) {\n    addDeliveryAddress(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeliveryAddress($id: ID!, $input: DeliveryAddressInput!) {\n    updateDeliveryAddress(id: $id, input: $input) {\n      id\n      address {\n        ...PostalAddress_fields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeliveryAddress($id: ID!, $input: DeliveryAddressInput!) {\n    updateDeliveryAddress(id: $id, input: $input) {\n      id\n      address {\n        ...PostalAddress_fields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDeliveryAddress($id: ID!) {\n    removeDeliveryAddress(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveDeliveryAddress($id: ID!) {\n    removeDeliveryAddress(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      handle\n      displayName\n      bio\n      locale\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id\n      handle\n      displayName\n      bio\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      bio\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      bio\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      device\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      device\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      member {\n        id\n        handle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      member {\n        id\n        handle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      member {\n        id\n        handle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      member {\n        id\n        handle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMember($handle: String!) {\n    member(handle: $handle) {\n      id\n      email\n      roles\n      verified\n      ...MemberBadge_member\n      trust {\n        ...TrustScore_trust\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMember($handle: String!) {\n    member(handle: $handle) {\n      id\n      email\n      roles\n      verified\n      ...MemberBadge_member\n      trust {\n        ...TrustScore_trust\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberVerified($memberId: ID!, $verified: Boolean!) {\n    setMemberVerified(memberId: $memberId, verified: $verified) {\n      id\n      verified\n      trust {\n        ...TrustScore_trust\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberVerified($memberId: ID!, $verified: Boolean!) {\n    setMemberVerified(memberId: $memberId, verified: $verified) {\n      id\n      verified\n      trust {\n        ...TrustScore_trust\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSupplier($memberId: ID!, $supplier: Boolean!) {\n    setSupplier(memberId: $memberId, supplier: $supplier) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetSupplier($memberId: ID!, $supplier: Boolean!) {\n    setSupplier(memberId: $memberId, supplier: $supplier) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FlagEvidence_flag on FraudFlag {\n    evidence {\n      orderId\n      outcome\n      stars\n      at\n      product {\n        id\n        title\n      }\n      rater {\n        id\n        handle\n      }\n      recommender {\n        id\n        handle\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FlagEvidence_flag on FraudFlag {\n    evidence {\n      orderId\n      outcome\n      stars\n      at\n      product {\n        id\n        title\n      }\n      rater {\n        id\n        handle\n      }\n      recommender {\n        id\n        handle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FlagReviewItem_review on FlagReview {\n    id\n    status\n    weight\n    openedAt\n    decidedAt\n    note\n    decidedBy {\n      id\n      ...MemberBadge_member\n    }\n    recommendation {\n      id\n      text\n      author {\n        id\n        ...MemberBadge_member\n      }\n      product {\n        id\n        title\n      }\n    }\n    flags {\n      id\n      reason\n      text\n      weight\n      flagger {\n        id\n        ...MemberBadge_member\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FlagReviewItem_review on FlagReview {\n    id\n    status\n    weight\n    openedAt\n    decidedAt\n    note\n    decidedBy {\n      id\n      ...MemberBadge_member\n    }\n    recommendation {\n      id\n      text\n      author {\n        id\n        ...MemberBadge_member\n      }\n      product {\n        id\n        title\n      }\n    }\n    flags {\n      id\n      reason\n      text\n      weight\n      flagger {\n        id\n        ...MemberBadge_member\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveFlagReview($id: ID!, $decision: FlagDecision!, $note: String!) {\n    resolveFlagReview(id: $id, decision: $decision, note: $note) {\n      id\n      ...FlagReviewItem_review\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveFlagReview($id: ID!, $decision: FlagDecision!, $note: String!) {\n    resolveFlagReview(id: $id, decision: $decision, note: $note) {\n      id\n      ...FlagReviewItem_review\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlagReviews($status: FlagReviewStatus, $after: String) {\n    flagReviews(status: $status, first: 5, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...FlagReviewItem_review\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FlagReviews($status: FlagReviewStatus, $after: String) {\n    flagReviews(status: $status, first: 5, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...FlagReviewItem_review\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FraudFlagItem_flag on FraudFlag {\n    id\n    kind\n    status\n    createdAt\n    raisedBy\n    heldCommissionCount\n    groupBuy {\n      id\n      joinedMembers\n      product {\n        id\n        title\n      }\n    }\n    clearedAt\n    upheldAt\n    note\n    clearedBy {\n      id\n      ...MemberBadge_member\n    }\n    upheldBy {\n      id\n      ...MemberBadge_member\n    }\n    ...FlagEvidence_flag\n    members {\n      id\n      ...MemberBadge_member\n    }\n  }\n"): (typeof documents)["\n  fragment FraudFlagItem_flag on FraudFlag {\n    id\n    kind\n    status\n    createdAt\n    raisedBy\n    heldCommissionCount\n    groupBuy {\n      id\n      joinedMembers\n      product {\n        id\n        title\n      }\n    }\n    clearedAt\n    upheldAt\n    note\n    clearedBy {\n      id\n      ...MemberBadge_member\n    }\n    upheldBy {\n      id\n      ...MemberBadge_member\n    }\n    ...FlagEvidence_flag\n    members {\n      id\n      ...MemberBadge_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearFraudFlag($id: ID!, $note: String!) {\n    clearFraudFlag(id: $id, note: $note) {\n      releasedCommissions\n      flag {\n        id\n        ...FraudFlagItem_flag\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClearFraudFlag($id: ID!, $note: String!) {\n    clearFraudFlag(id: $id, note: $note) {\n      releasedCommissions\n      flag {\n        id\n        ...FraudFlagItem_flag\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpholdFraudFlag($id: ID!, $note: String!) {\n    upholdFraudFlag(id: $id, note: $note) {\n      flag {\n        id\n        ...FraudFlagItem_flag\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpholdFraudFlag($id: ID!, $note: String!) {\n    upholdFraudFlag(id: $id, note: $note) {\n      flag {\n        id\n        ...FraudFlagItem_flag\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FraudFlags($status: FraudFlagStatus, $after: String) {\n    fraudFlags(status: $status, first: 5, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...FraudFlagItem_flag\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FraudFlags($status: FraudFlagStatus, $after: String) {\n    fraudFlags(status: $status, first: 5, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...FraudFlagItem_flag\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheerFriendDay($memberId: ID!, $day: String!) {\n    cheerFriendDay(memberId: $memberId, day: $day) {\n      day\n      cheers\n      viewerCheered\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheerFriendDay($memberId: ID!, $day: String!) {\n    cheerFriendDay(memberId: $memberId, day: $day) {\n      day\n      cheers\n      viewerCheered\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CircleDayHistory {\n    me {\n      id\n      circleDays(days: 30) {\n        day\n        place\n        ranked\n        movement\n        cheers\n      }\n    }\n  }\n"): (typeof documents)["\n  query CircleDayHistory {\n    me {\n      id\n      circleDays(days: 30) {\n        day\n        place\n        ranked\n        movement\n        cheers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayCard {\n    me {\n      id\n      circleDay {\n        day\n        place\n        ranked\n        movement\n        cheers\n        top {\n          ...FriendDay_friend\n        }\n        passedBy {\n          ...FriendDay_friend\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TodayCard {\n    me {\n      id\n      circleDay {\n        day\n        place\n        ranked\n        movement\n        cheers\n        top {\n          ...FriendDay_friend\n        }\n        passedBy {\n          ...FriendDay_friend\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FriendDay_friend on FriendDay {\n    day\n    cheers\n    viewerCheered\n    member {\n      id\n      displayName\n      ...MemberBadge_member\n    }\n  }\n"): (typeof documents)["\n  fragment FriendDay_friend on FriendDay {\n    day\n    cheers\n    viewerCheered\n    member {\n      id\n      displayName\n      ...MemberBadge_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommissionExplanation_explanation on CommissionExplanation {\n    orderTotalMinor\n    commissionRateBps\n    poolMinor\n    trustAtConfirmation\n    trustUsed\n    trustFactorBps\n    baseShareBps\n    weightBps\n    amountMinor\n    estimated\n    reversed\n    text\n  }\n"): (typeof documents)["\n  fragment CommissionExplanation_explanation on CommissionExplanation {\n    orderTotalMinor\n    commissionRateBps\n    poolMinor\n    trustAtConfirmation\n    trustUsed\n    trustFactorBps\n    baseShareBps\n    weightBps\n    amountMinor\n    estimated\n    reversed\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommissionItem_commission on Commission {\n    id\n    status\n    currency\n    openedAt\n    deliveredAt\n    confirmableAt\n    confirmedAt\n    paidAt\n    reversedAt\n    reversedFrom\n    onHold\n    ...HoldReasons_commission\n    product {\n      id\n      title\n    }\n    myShare {\n      role\n      amountMinor\n      estimated\n    }\n    explanation {\n      ...CommissionExplanation_explanation\n    }\n  }\n"): (typeof documents)["\n  fragment CommissionItem_commission on Commission {\n    id\n    status\n    currency\n    openedAt\n    deliveredAt\n    confirmableAt\n    confirmedAt\n    paidAt\n    reversedAt\n    reversedFrom\n    onHold\n    ...HoldReasons_commission\n    product {\n      id\n      title\n    }\n    myShare {\n      role\n      amountMinor\n      estimated\n    }\n    explanation {\n      ...CommissionExplanation_explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCommissions($status: CommissionStatus, $onHold: Boolean, $after: String) {\n    myCommissions(status: $status, onHold: $onHold, first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...CommissionItem_commission\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCommissions($status: CommissionStatus, $onHold: Boolean, $after: String) {\n    myCommissions(status: $status, onHold: $onHold, first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...CommissionItem_commission\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommissionTotals_totals on CommissionTotals {\n    pendingMinor\n    confirmedMinor\n    paidMinor\n    owedMinor\n    onHoldMinor\n  }\n"): (typeof documents)["\n  fragment CommissionTotals_totals on CommissionTotals {\n    pendingMinor\n    confirmedMinor\n    paidMinor\n    owedMinor\n    onHoldMinor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCommissionTotals {\n    myCommissionTotals {\n      ...CommissionTotals_totals\n    }\n  }\n"): (typeof documents)["\n  query MyCommissionTotals {\n    myCommissionTotals {\n      ...CommissionTotals_totals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HoldReasons_commission on Commission {\n    heldSince\n    holdReasons {\n      kind\n      raisedAt\n      onViewer\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment HoldReasons_commission on Commission {\n    heldSince\n    holdReasons {\n      kind\n      raisedAt\n      onViewer\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayoutItem_payout on Payout {\n    id\n    at\n    lines {\n      member {\n        id\n      }\n      grossMinor\n      recoveredMinor\n      netMinor\n      carriedOwedMinor\n      commissionCount\n    }\n  }\n"): (typeof documents)["\n  fragment PayoutItem_payout on Payout {\n    id\n    at\n    lines {\n      member {\n        id\n      }\n      grossMinor\n      recoveredMinor\n      netMinor\n      carriedOwedMinor\n      commissionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPayouts($after: String) {\n    payouts(first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PayoutItem_payout\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPayouts($after: String) {\n    payouts(first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...PayoutItem_payout\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($after: String) {\n    feed(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          product {\n            id\n          }\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Feed($after: String) {\n    feed(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          product {\n            id\n          }\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowedGroups {\n    groupBuysFromFollowed(first: 10) {\n      id\n      targetBuyers\n      countedBuyers\n      unitPriceMinor\n      currency\n      leader {\n        id\n        displayName\n      }\n      product {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowedGroups {\n    groupBuysFromFollowed(first: 10) {\n      id\n      targetBuyers\n      countedBuyers\n      unitPriceMinor\n      currency\n      leader {\n        id\n        displayName\n      }\n      product {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupBuyPage($id: ID!) {\n    groupBuy(id: $id) {\n      id\n      status\n      note\n      targetBuyers\n      deadline\n      closedAt\n      shareLink\n      basePriceMinor\n      currency\n      countedBuyers\n      joinedMembers\n      unitPriceMinor\n      tiers {\n        minBuyers\n        discountBps\n        unitPriceMinor\n      }\n      leader {\n        id\n        displayName\n        ...MemberBadge_member\n        ...Avatar_member\n        trust {\n          ...TrustScore_trust\n        }\n      }\n      product {\n        id\n        title\n        ...ProductSummary_product\n      }\n      recommendation {\n        code\n      }\n      joiners {\n        id\n        displayName\n        ...Avatar_member\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupBuyPage($id: ID!) {\n    groupBuy(id: $id) {\n      id\n      status\n      note\n      targetBuyers\n      deadline\n      closedAt\n      shareLink\n      basePriceMinor\n      currency\n      countedBuyers\n      joinedMembers\n      unitPriceMinor\n      tiers {\n        minBuyers\n        discountBps\n        unitPriceMinor\n      }\n      leader {\n        id\n        displayName\n        ...MemberBadge_member\n        ...Avatar_member\n        trust {\n          ...TrustScore_trust\n        }\n      }\n      product {\n        id\n        title\n        ...ProductSummary_product\n      }\n      recommendation {\n        code\n      }\n      joiners {\n        id\n        displayName\n        ...Avatar_member\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroupJoins($id: ID!) {\n    myGroupJoins(groupBuyId: $id) {\n      id\n      quantity\n      status\n      order {\n        id\n        totalMinor\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGroupJoins($id: ID!) {\n    myGroupJoins(groupBuyId: $id) {\n      id\n      quantity\n      status\n      order {\n        id\n        totalMinor\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseGroup($id: ID!) {\n    closeGroupBuy(groupBuyId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseGroup($id: ID!) {\n    closeGroupBuy(groupBuyId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupTiersForm_product on Product {\n    id\n    groupMaxDurationHours\n    groupTiers {\n      minBuyers\n      discountBps\n      unitPriceMinor\n    }\n  }\n"): (typeof documents)["\n  fragment GroupTiersForm_product on Product {\n    id\n    groupMaxDurationHours\n    groupTiers {\n      minBuyers\n      discountBps\n      unitPriceMinor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGroupTiers($productId: ID!, $tiers: [GroupTierInput!]!, $hours: Int!) {\n    setGroupBuyTiers(productId: $productId, tiers: $tiers, maxDurationHours: $hours) {\n      id\n      ...GroupTiersForm_product\n    }\n  }\n"): (typeof documents)["\n  mutation SetGroupTiers($productId: ID!, $tiers: [GroupTierInput!]!, $hours: Int!) {\n    setGroupBuyTiers(productId: $productId, tiers: $tiers, maxDurationHours: $hours) {\n      id\n      ...GroupTiersForm_product\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinGroup($groupBuyId: ID!, $quantity: Int!, $key: String!, $resharer: String, $addressId: ID) {\n    joinGroupBuy(groupBuyId: $groupBuyId, quantity: $quantity, idempotencyKey: $key, resharerHandle: $resharer, deliveryAddressId: $addressId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation JoinGroup($groupBuyId: ID!, $quantity: Int!, $key: String!, $resharer: String, $addressId: ID) {\n    joinGroupBuy(groupBuyId: $groupBuyId, quantity: $quantity, idempotencyKey: $key, resharerHandle: $resharer, deliveryAddressId: $addressId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupOffer($code: String!) {\n    recommendationByCode(code: $code) {\n      id\n      openGroupBuy {\n        id\n      }\n      product {\n        id\n        currency\n        ...GroupTiersForm_product\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupOffer($code: String!) {\n    recommendationByCode(code: $code) {\n      id\n      openGroupBuy {\n        id\n      }\n      product {\n        id\n        currency\n        ...GroupTiersForm_product\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenGroup($recommendationId: ID!, $target: Int!, $deadline: DateTime!, $note: String) {\n    openGroupBuy(recommendationId: $recommendationId, targetBuyers: $target, deadline: $deadline, note: $note) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenGroup($recommendationId: ID!, $target: Int!, $deadline: DateTime!, $note: String) {\n    openGroupBuy(recommendationId: $recommendationId, targetBuyers: $target, deadline: $deadline, note: $note) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecayTable_model on TrustModel {\n    decay {\n      days\n      weight\n    }\n  }\n"): (typeof documents)["\n  fragment DecayTable_model on TrustModel {\n    decay {\n      days\n      weight\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HowTrustWorks {\n    trustModel {\n      neutralScore\n      halfLifeDays\n      confidenceEvidence\n      newcomerEvidence\n      minVouchedEvidence\n      unvouchedCap\n      letDownWeight\n      vouchBudget\n      minVoice\n      ...RankKeyTable_model\n      ...DecayTable_model\n    }\n  }\n"): (typeof documents)["\n  query HowTrustWorks {\n    trustModel {\n      neutralScore\n      halfLifeDays\n      confidenceEvidence\n      newcomerEvidence\n      minVouchedEvidence\n      unvouchedCap\n      letDownWeight\n      vouchBudget\n      minVoice\n      ...RankKeyTable_model\n      ...DecayTable_model\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RankKeyTable_model on TrustModel {\n    examples {\n      heldUp\n      letDown\n      score\n      confidence\n      rankKey\n    }\n  }\n"): (typeof documents)["\n  fragment RankKeyTable_model on TrustModel {\n    examples {\n      heldUp\n      letDown\n      score\n      confidence\n      rankKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkedExample_member on Member {\n    handle\n    displayName\n    trust {\n      score\n      confidence\n      rankKey\n      vouchedHeldUp\n      vouchedLetDown\n    }\n  }\n"): (typeof documents)["\n  fragment WorkedExample_member on Member {\n    handle\n    displayName\n    trust {\n      score\n      confidence\n      rankKey\n      vouchedHeldUp\n      vouchedLetDown\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkedExampleTop {\n    leaderboard(scope: GLOBAL, first: 1) {\n      edges {\n        node {\n          member {\n            id\n            ...WorkedExample_member\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkedExampleTop {\n    leaderboard(scope: GLOBAL, first: 1) {\n      edges {\n        node {\n          member {\n            id\n            ...WorkedExample_member\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkedExampleMember($handle: String!) {\n    member(handle: $handle) {\n      id\n      ...WorkedExample_member\n    }\n  }\n"): (typeof documents)["\n  query WorkedExampleMember($handle: String!) {\n    member(handle: $handle) {\n      id\n      ...WorkedExample_member\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leaderboard($scope: LeaderboardScope!, $category: String, $after: String, $first: Int = 20) {\n    leaderboard(scope: $scope, category: $category, first: $first, after: $after) {\n      snapshotDay\n      edges {\n        cursor\n        node {\n          position\n          member {\n            id\n          }\n          ...LeaderboardRow_row\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Leaderboard($scope: LeaderboardScope!, $category: String, $after: String, $first: Int = 20) {\n    leaderboard(scope: $scope, category: $category, first: $first, after: $after) {\n      snapshotDay\n      edges {\n        cursor\n        node {\n          position\n          member {\n            id\n          }\n          ...LeaderboardRow_row\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeaderboardRow_row on LeaderboardRow {\n    position\n    movement\n    member {\n      id\n      handle\n      ...MemberBadge_member\n      ...Avatar_member\n      ...UnderReviewMark_member\n      trust {\n        rankKey\n        ...TrustScore_trust\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LeaderboardRow_row on LeaderboardRow {\n    position\n    movement\n    member {\n      id\n      handle\n      ...MemberBadge_member\n      ...Avatar_member\n      ...UnderReviewMark_member\n      trust {\n        rankKey\n        ...TrustScore_trust\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkSummary {\n    network {\n      members\n      products\n      orders\n      recommendations\n    }\n  }\n"): (typeof documents)["\n  query NetworkSummary {\n    network {\n      members\n      products\n      orders\n      recommendations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstSteps {\n    me {\n      id\n      firstSteps {\n        boughtThroughRecommendation\n        received\n        rated\n        recommended\n        dismissed\n        done\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstSteps {\n    me {\n      id\n      firstSteps {\n        boughtThroughRecommendation\n        received\n        rated\n        recommended\n        dismissed\n        done\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstStepsWatch($handle: String!) {\n    myOrders(first: 10) {\n      edges {\n        node {\n          id\n          status\n          feedback {\n            id\n          }\n        }\n      }\n    }\n    memberRecommendations(handle: $handle, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstStepsWatch($handle: String!) {\n    myOrders(first: 10) {\n      edges {\n        node {\n          id\n          status\n          feedback {\n            id\n          }\n        }\n      }\n    }\n    memberRecommendations(handle: $handle, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissFirstSteps {\n    dismissFirstSteps {\n      id\n      firstSteps {\n        dismissed\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DismissFirstSteps {\n    dismissFirstSteps {\n      id\n      firstSteps {\n        dismissed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrders($after: String) {\n    myOrders(first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          product {\n            id\n          }\n          ...OrderItem_order\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrders($after: String) {\n    myOrders(first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          product {\n            id\n          }\n          ...OrderItem_order\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRecommendations($handle: String!) {\n    memberRecommendations(handle: $handle, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          stars\n          text\n          product {\n            id\n          }\n          ...RecommendationCard_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRecommendations($handle: String!) {\n    memberRecommendations(handle: $handle, first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          stars\n          text\n          product {\n            id\n          }\n          ...RecommendationCard_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderItem_order on Order {\n    id\n    status\n    quantity\n    totalMinor\n    currency\n    placedAt\n    deliveredAt\n    ratableUntil\n    product {\n      id\n      title\n    }\n    recommendation {\n      id\n      author {\n        id\n        displayName\n        ...MemberBadge_member\n      }\n    }\n    feedback {\n      id\n      stars\n      heldUp\n    }\n  }\n"): (typeof documents)["\n  fragment OrderItem_order on Order {\n    id\n    status\n    quantity\n    totalMinor\n    currency\n    placedAt\n    deliveredAt\n    ratableUntil\n    product {\n      id\n      title\n    }\n    recommendation {\n      id\n      author {\n        id\n        displayName\n        ...MemberBadge_member\n      }\n    }\n    feedback {\n      id\n      stars\n      heldUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmReceipt($orderId: ID!) {\n    confirmReceipt(orderId: $orderId) {\n      id\n      status\n      deliveredAt\n      ratableUntil\n      refundableUntil\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmReceipt($orderId: ID!) {\n    confirmReceipt(orderId: $orderId) {\n      id\n      status\n      deliveredAt\n      ratableUntil\n      refundableUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateRecommendation($orderId: ID!, $stars: Int!, $heldUp: Boolean!, $comment: String) {\n    rateRecommendation(orderId: $orderId, stars: $stars, heldUp: $heldUp, comment: $comment) {\n      feedback {\n        id\n        stars\n        heldUp\n        comment\n      }\n      trustEvent {\n        id\n        delta\n        textEn\n        textZh\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RateRecommendation($orderId: ID!, $stars: Int!, $heldUp: Boolean!, $comment: String) {\n    rateRecommendation(orderId: $orderId, stars: $stars, heldUp: $heldUp, comment: $comment) {\n      feedback {\n        id\n        stars\n        heldUp\n        comment\n      }\n      trustEvent {\n        id\n        delta\n        textEn\n        textZh\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostRecommendation($productId: ID!, $stars: Int!, $text: String!) {\n    postRecommendation(productId: $productId, stars: $stars, text: $text) {\n      id\n      code\n      shareUrl\n    }\n  }\n"): (typeof documents)["\n  mutation PostRecommendation($productId: ID!, $stars: Int!, $text: String!) {\n    postRecommendation(productId: $productId, stars: $stars, text: $text) {\n      id\n      code\n      shareUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditRecommendation($id: ID!, $stars: Int, $text: String) {\n    editRecommendation(id: $id, stars: $stars, text: $text) {\n      id\n      stars\n      text\n      revision\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EditRecommendation($id: ID!, $stars: Int, $text: String) {\n    editRecommendation(id: $id, stars: $stars, text: $text) {\n      id\n      stars\n      text\n      revision\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRecommendationPhotos($recommendationId: ID!, $photoIds: [ID!]!) {\n    setRecommendationPhotos(recommendationId: $recommendationId, photoIds: $photoIds) {\n      id\n      ...RecommendationPhotos_recommendation\n    }\n  }\n"): (typeof documents)["\n  mutation SetRecommendationPhotos($recommendationId: ID!, $photoIds: [ID!]!) {\n    setRecommendationPhotos(recommendationId: $recommendationId, photoIds: $photoIds) {\n      id\n      ...RecommendationPhotos_recommendation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationFormPhotos($id: ID!) {\n    recommendation(id: $id) {\n      id\n      photos {\n        id\n        ...PickedPhoto_photo\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationFormPhotos($id: ID!) {\n    recommendation(id: $id) {\n      id\n      photos {\n        id\n        ...PickedPhoto_photo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberHeader_member on Member {\n    handle\n    displayName\n    bio\n    verified\n    createdAt\n    followerCount\n    followingCount\n    trust {\n      ...TrustScore_trust\n    }\n    rank {\n      rank\n      movement\n      day\n    }\n    ...FollowButton_member\n    ...Avatar_member\n    ...UnderReviewMark_member\n  }\n"): (typeof documents)["\n  fragment MemberHeader_member on Member {\n    handle\n    displayName\n    bio\n    verified\n    createdAt\n    followerCount\n    followingCount\n    trust {\n      ...TrustScore_trust\n    }\n    rank {\n      rank\n      movement\n      day\n    }\n    ...FollowButton_member\n    ...Avatar_member\n    ...UnderReviewMark_member\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PocketShop($handle: String!, $after: String) {\n    memberRecommendations(handle: $handle, first: 12, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PocketShop($handle: String!, $after: String) {\n    memberRecommendations(handle: $handle, first: 12, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPage($handle: String!) {\n    member(handle: $handle) {\n      id\n      handle\n      displayName\n      ...MemberHeader_member\n      trustHistory(days: 90) {\n        ...TrustHistoryChart_point\n      }\n      # The first page of TrustEventList's and PocketShop's own queries, same selections: the\n      # whole page arrives in one round trip, and those lists read it from the cache.\n      trustEvents(first: 10) {\n        edges {\n          cursor\n          node {\n            id\n            ...TrustEventItem_event\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n    memberRecommendations(handle: $handle, first: 12) {\n      edges {\n        cursor\n        node {\n          id\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPage($handle: String!) {\n    member(handle: $handle) {\n      id\n      handle\n      displayName\n      ...MemberHeader_member\n      trustHistory(days: 90) {\n        ...TrustHistoryChart_point\n      }\n      # The first page of TrustEventList's and PocketShop's own queries, same selections: the\n      # whole page arrives in one round trip, and those lists read it from the cache.\n      trustEvents(first: 10) {\n        edges {\n          cursor\n          node {\n            id\n            ...TrustEventItem_event\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n    memberRecommendations(handle: $handle, first: 12) {\n      edges {\n        cursor\n        node {\n          id\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          read\n          link\n          productTitle\n          trustDelta\n          stars\n          heldUp\n          place\n          ranked\n          movement\n          privilege\n          actor {\n            id\n            handle\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          read\n          link\n          productTitle\n          trustDelta\n          stars\n          heldUp\n          place\n          ranked\n          movement\n          privilege\n          actor {\n            id\n            handle\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) {\n      kind\n      inApp\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) {\n      kind\n      inApp\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrivilegeStep_standing on PrivilegeStanding {\n    privilege\n    unlocked\n    rankKeyNeeded\n    confidenceNeeded\n    rankKey\n    confidence\n    progress\n    suspendedUntil\n  }\n"): (typeof documents)["\n  fragment PrivilegeStep_standing on PrivilegeStanding {\n    privilege\n    unlocked\n    rankKeyNeeded\n    confidenceNeeded\n    rankKey\n    confidence\n    progress\n    suspendedUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPrivileges {\n    myPrivileges {\n      steps {\n        privilege\n        ...PrivilegeStep_standing\n      }\n      next {\n        privilege\n        progress\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPrivileges {\n    myPrivileges {\n      steps {\n        privilege\n        ...PrivilegeStep_standing\n      }\n      next {\n        privilege\n        progress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPage($id: ID!, $after: String) {\n    product(id: $id) {\n      id\n      title\n      photos {\n        id\n        ...Photo_photo\n      }\n      ...ProductSummary_product\n    }\n    productRecommendations(productId: $id, first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductPage($id: ID!, $after: String) {\n    product(id: $id) {\n      id\n      title\n      photos {\n        id\n        ...Photo_photo\n      }\n      ...ProductSummary_product\n    }\n    productRecommendations(productId: $id, first: 10, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          code\n          ...RecommendationCard_recommendation\n          ...RecommendationPhotos_recommendation\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Products($category: String, $search: String, $after: String) {\n    products(category: $category, search: $search, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ProductSummary_product\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Products($category: String, $search: String, $after: String) {\n    products(category: $category, search: $search, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ProductSummary_product\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMembers($text: String!, $after: String) {\n    search(text: $text) {\n      members(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            handle\n            ...MemberBadge_member\n            trust {\n              ...TrustScore_trust\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchMembers($text: String!, $after: String) {\n    search(text: $text) {\n      members(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            handle\n            ...MemberBadge_member\n            trust {\n              ...TrustScore_trust\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchProducts($text: String!, $after: String) {\n    search(text: $text) {\n      products(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...ProductSummary_product\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchProducts($text: String!, $after: String) {\n    search(text: $text) {\n      products(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...ProductSummary_product\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharePage($code: String!) {\n    recommendationByCode(code: $code) {\n      id\n      code\n      shareLink\n      author {\n        id\n        handle\n        displayName\n      }\n      product {\n        id\n        title\n        ...ProductSummary_product\n      }\n      ...RecommendationCard_recommendation\n      ...RecommendationPhotos_recommendation\n    }\n  }\n"): (typeof documents)["\n  query SharePage($code: String!) {\n    recommendationByCode(code: $code) {\n      id\n      code\n      shareLink\n      author {\n        id\n        handle\n        displayName\n      }\n      product {\n        id\n        title\n        ...ProductSummary_product\n      }\n      ...RecommendationCard_recommendation\n      ...RecommendationPhotos_recommendation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductForm_product on Product {\n    id\n    title\n    description\n    category\n    priceMinor\n    commissionRateBps\n    photos {\n      id\n      ...PickedPhoto_photo\n    }\n  }\n"): (typeof documents)["\n  fragment ProductForm_product on Product {\n    id\n    title\n    description\n    category\n    priceMinor\n    commissionRateBps\n    photos {\n      id\n      ...PickedPhoto_photo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProductPhotos($productId: ID!, $photoIds: [ID!]!) {\n    setProductPhotos(productId: $productId, photoIds: $photoIds) {\n      id\n      ...ProductForm_product\n      ...ProductSummary_product\n    }\n  }\n"): (typeof documents)["\n  mutation SetProductPhotos($productId: ID!, $photoIds: [ID!]!) {\n    setProductPhotos(productId: $productId, photoIds: $photoIds) {\n      id\n      ...ProductForm_product\n      ...ProductSummary_product\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      ...ProductForm_product\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      ...ProductForm_product\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      ...ProductForm_product\n      ...ProductSummary_product\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n      ...ProductForm_product\n      ...ProductSummary_product\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierCommissionsOwed {\n    supplierCommissionsOwed {\n      owedMinor\n      owedCount\n      pendingEstimateMinor\n      byProduct {\n        product {\n          id\n          title\n          currency\n        }\n        owedMinor\n        owedCount\n        pendingEstimateMinor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierCommissionsOwed {\n    supplierCommissionsOwed {\n      owedMinor\n      owedCount\n      pendingEstimateMinor\n      byProduct {\n        product {\n          id\n          title\n          currency\n        }\n        owedMinor\n        owedCount\n        pendingEstimateMinor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierOrders($status: OrderStatus, $after: String) {\n    supplierOrders(status: $status, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          quantity\n          totalMinor\n          currency\n          placedAt\n          refundableUntil\n          product {\n            id\n            title\n          }\n          buyer {\n            id\n            ...MemberBadge_member\n          }\n          deliveryAddress {\n            ...PostalAddress_fields\n          }\n          deliveryAddressErasedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierOrders($status: OrderStatus, $after: String) {\n    supplierOrders(status: $status, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          status\n          quantity\n          totalMinor\n          currency\n          placedAt\n          refundableUntil\n          product {\n            id\n            title\n          }\n          buyer {\n            id\n            ...MemberBadge_member\n          }\n          deliveryAddress {\n            ...PostalAddress_fields\n          }\n          deliveryAddressErasedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkOrderDelivered($orderId: ID!) {\n    markOrderDelivered(orderId: $orderId) {\n      id\n      status\n      deliveredAt\n      refundableUntil\n    }\n  }\n"): (typeof documents)["\n  mutation MarkOrderDelivered($orderId: ID!) {\n    markOrderDelivered(orderId: $orderId) {\n      id\n      status\n      deliveredAt\n      refundableUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundOrder($orderId: ID!, $reason: String!) {\n    refundOrder(orderId: $orderId, reason: $reason) {\n      id\n      status\n      refundedAt\n      refundableUntil\n    }\n  }\n"): (typeof documents)["\n  mutation RefundOrder($orderId: ID!, $reason: String!) {\n    refundOrder(orderId: $orderId, reason: $reason) {\n      id\n      status\n      refundedAt\n      refundableUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierProducts($supplierId: ID!, $after: String) {\n    products(supplierId: $supplierId, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ProductSummary_product\n          ...ProductForm_product\n          ...GroupTiersForm_product\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierProducts($supplierId: ID!, $after: String) {\n    products(supplierId: $supplierId, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ProductSummary_product\n          ...ProductForm_product\n          ...GroupTiersForm_product\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustedPicks($personal: Boolean, $first: Int, $after: String) {\n    trustedPicks(personal: $personal, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          product {\n            id\n            ...ProductSummary_product\n          }\n          recommenderCount\n          recommenders {\n            id\n            ...MemberBadge_member\n          }\n          heldUp\n          judged\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustedPicks($personal: Boolean, $first: Int, $after: String) {\n    trustedPicks(personal: $personal, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          product {\n            id\n            ...ProductSummary_product\n          }\n          recommenderCount\n          recommenders {\n            id\n            ...MemberBadge_member\n          }\n          heldUp\n          judged\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;