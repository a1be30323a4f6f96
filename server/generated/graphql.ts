import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MemberRecord } from '../../graph/members';
import type { ProductRecord } from '../../graph/products';
import type { OrderRecord, OrderStatusChangeRecord } from '../../graph/orders';
import type { RecommendationRecord, RecommendationRevisionRecord } from '../../graph/recommendations';
import type { FeedbackRecord, TrustEventRecord } from '../../graph/feedback';
import type { LeaderboardRowRecord } from '../../graph/leaderboard';
import type { CommissionRecord, ShareView, HoldReason, SupplierProductOwed, PayoutRecord, PayoutLineRecord } from '../../graph/commission-queries';
import type { FraudFlagRecord, FraudEvidenceRecord } from '../../graph/fraud-flags';
import type { PhotoRecord } from '../../graph/photos';
import type { SearchRecord } from '../../graph/search';
import type { SessionRecord } from '../../graph/sessions';
import type { DeliveryAddressRecord, AddressFields } from '../../graph/addresses';
import type { NotificationRecord } from '../../graph/notifications';
import type { CommunityFlagRecord, FlagReviewRecord } from '../../graph/community-flags';
import type { CircleDayRecord, FriendDayRecord } from '../../graph/circle-day';
import type { RankedPick } from '../domain/ranking/trusted-picks';
import type { GroupBuyRecord, GroupJoinRecord } from '../../graph/group-buy-reads';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A point in time, as an ISO-8601 string in UTC, e.g. 2026-06-01T08:00:00.000Z. */
  DateTime: { input: string; output: string; }
  /** An amount of money in integer minor units (fen for CNY, cents for USD). Never a float. */
  Money: { input: number; output: number; }
};

/** A signed-in session: what signUp and signIn return. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** When the session (token and cookie) expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** The signed-in member. */
  member: Member;
  /** The session token, for API clients: send it as `Authorization: Bearer <token>`. The web app uses the HTTP-only cookie set by the same response instead. */
  token: Scalars['String']['output'];
};

/** Why a member is a beneficiary of a sale. */
export type BeneficiaryRole =
  /** Wrote the recommendation the sale came through. */
  | 'AUTHOR'
  /** Re-shared the recommendation's link to the buyer. */
  | 'RESHARER';

/** A category and how many products it holds. */
export type CategoryCount = {
  __typename?: 'CategoryCount';
  /** The category slug. */
  category: Scalars['String']['output'];
  /** Products in it. */
  productCount: Scalars['Int']['output'];
};

/** What changePassword needs. */
export type ChangePasswordInput = {
  /** The password the member signs in with now. */
  currentPassword: Scalars['String']['input'];
  /** 10–200 characters, not easy to guess (the same rule as at sign-up). */
  newPassword: Scalars['String']['input'];
};

/** A member's day among friends, recorded after a daily snapshot. */
export type CircleDay = {
  __typename?: 'CircleDay';
  /** Cheers friends gave this day. */
  cheers: Scalars['Int']['output'];
  /** The snapshot day, YYYY-MM-DD in the network's time zone. */
  day: Scalars['String']['output'];
  /** Places gained (positive) or lost since the snapshot before; null when not ranked then or now. */
  movement: Maybe<Scalars['Int']['output']>;
  /** Friends who overtook the member since the snapshot before, nearest first (at most 5). */
  passedBy: Array<FriendDay>;
  /** 1-based place among the circle's ranked members; null when the boards did not rank the member that day. */
  place: Maybe<Scalars['Int']['output']>;
  /** How many members of the circle (the member included) the boards ranked that day. */
  ranked: Scalars['Int']['output'];
  /** The circle's best that day, best first (at most 3; the member may be among them). */
  top: Array<FriendDay>;
};

/** One day of the history of a member's place among friends. */
export type CircleDayPlace = {
  __typename?: 'CircleDayPlace';
  /** Cheers friends gave this day. */
  cheers: Scalars['Int']['output'];
  /** The snapshot day, YYYY-MM-DD. */
  day: Scalars['String']['output'];
  /** Places gained (positive) or lost since the day before; null when new. */
  movement: Maybe<Scalars['Int']['output']>;
  /** 1-based place; null when not ranked that day. */
  place: Maybe<Scalars['Int']['output']>;
  /** How many of the circle were ranked. */
  ranked: Scalars['Int']['output'];
};

/** What clearFraudFlag returns. */
export type ClearFraudFlagPayload = {
  __typename?: 'ClearFraudFlagPayload';
  /** The flag, now cleared. */
  flag: FraudFlag;
  /** How many held commissions were released (the next confirmation run confirms them). */
  releasedCommissions: Scalars['Int']['output'];
};

/**
 * The commission of one sale through a recommendation: a pool (price × quantity × the product's
 * rate) shared by at most two members, weighted by their trust. What is not paid out stays with
 * the supplier. Never paid to anyone for inviting anyone.
 */
export type Commission = {
  __typename?: 'Commission';
  /** The product's commission rate at the sale, in basis points (1,200 = 12%): pool = floor(order total × rate / 10,000). */
  commissionRateBps: Scalars['Int']['output'];
  /** The first instant it may be confirmed (delivery + refund/rating windows + margin); null before delivery. */
  confirmableAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was confirmed; null before. */
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** ISO 4217 code of the amounts. */
  currency: Scalars['String']['output'];
  /** When the order was delivered (the hold counts from here); null before. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** How the signed-in member's share was computed, step by step; null when they have none. */
  explanation: Maybe<CommissionExplanation>;
  /** When the confirmation run put it on hold; null unless on hold. */
  heldSince: Maybe<Scalars['DateTime']['output']>;
  /**
   * Why it waits on hold: each open or upheld fraud flag on a beneficiary it waits for, oldest first.
   * Empty unless on hold. A flag on another beneficiary of the sale is told by its kind only.
   */
  holdReasons: Array<CommissionHoldReason>;
  /** Stable id (UUID). */
  id: Scalars['ID']['output'];
  /** The signed-in member's share: the estimate while pending, the confirmed split afterwards; null when they have none. */
  myShare: Maybe<CommissionShare>;
  /** True while it waits on hold because a beneficiary has an open (or upheld) fraud flag. */
  onHold: Scalars['Boolean']['output'];
  /** When the sale happened and the commission opened. */
  openedAt: Scalars['DateTime']['output'];
  /** The order's total, unit price × quantity at the sale, in minor units of `currency`. */
  orderTotalMinor: Scalars['Money']['output'];
  /** When it was paid; null unless paid. */
  paidAt: Maybe<Scalars['DateTime']['output']>;
  /** The whole pool of the sale, floor(price × quantity × rate / 10,000), in minor units of `currency`. */
  poolMinor: Scalars['Money']['output'];
  /** The product sold. */
  product: Product;
  /** What the supplier keeps after confirmation (low trust, an empty seat, rounding); null before. */
  retainedMinor: Maybe<Scalars['Money']['output']>;
  /** When a refund reversed it; null unless reversed. */
  reversedAt: Maybe<Scalars['DateTime']['output']>;
  /** The status a refund reversed (PAID means the shares were clawed back); null unless reversed. */
  reversedFrom: Maybe<CommissionStatus>;
  /** The shares the viewer may see: their own, or all of them for an admin. */
  shares: Array<CommissionShare>;
  /** Where it is in its life. */
  status: CommissionStatus;
};

/** A page of commissions. */
export type CommissionConnection = {
  __typename?: 'CommissionConnection';
  /** The commissions of this page, in order. */
  edges: Array<CommissionEdge>;
  /** Where the page ends and whether more follow. */
  pageInfo: PageInfo;
};

/** One commission in a list. */
export type CommissionEdge = {
  __typename?: 'CommissionEdge';
  /** Opaque position of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The commission. */
  node: Commission;
};

/** A commission share explained in numbers and in a sentence a person reads. */
export type CommissionExplanation = {
  __typename?: 'CommissionExplanation';
  /** The amount. */
  amountMinor: Scalars['Money']['output'];
  /** The role's base share, in basis points. */
  baseShareBps: Scalars['Int']['output'];
  /** The product's commission rate at the sale, in basis points. */
  commissionRateBps: Scalars['Int']['output'];
  /** True while the amount is an estimate (never once reversed). */
  estimated: Scalars['Boolean']['output'];
  /** The order's total (unit price × quantity at the sale). */
  orderTotalMinor: Scalars['Money']['output'];
  /** The pool of the sale: floor(order total × rate / 10,000). */
  poolMinor: Scalars['Money']['output'];
  /** True when a refund reversed the commission: the amount is no longer owed to the member (or, if it was paid, is owed back). */
  reversed: Scalars['Boolean']['output'];
  /** The computation as a sentence, e.g. 'Order ¥398.00 × rate 12.00% = pool ¥47.76 × author base 80.00% × trust factor 86.66% (trust 72.0 at confirmation) = weight 69.32% of the pool → ¥33.10.' */
  text: Scalars['String']['output'];
  /** The trust at confirmation; null while pending (the estimate used trust at the sale: `trustUsed`). */
  trustAtConfirmation: Maybe<Scalars['Float']['output']>;
  /** f(trust), in basis points. */
  trustFactorBps: Scalars['Int']['output'];
  /** The trust the amount below was computed with. */
  trustUsed: Scalars['Float']['output'];
  /** The weight, in basis points of the pool. */
  weightBps: Scalars['Int']['output'];
};

/** A fraud flag a held commission waits on. */
export type CommissionHoldReason = {
  __typename?: 'CommissionHoldReason';
  /** What was detected: RECIPROCAL, RING or LET_DOWN_RUN (see FraudFlag.kind). */
  kind: Scalars['String']['output'];
  /** True when the flag names the viewer; false when it names the sale's other beneficiary. */
  onViewer: Scalars['Boolean']['output'];
  /** When the flag was raised. */
  raisedAt: Scalars['DateTime']['output'];
  /** OPEN while an admin has not decided; UPHELD once an admin found the pattern real. */
  status: FraudFlagStatus;
};

/** One beneficiary's part of a commission. */
export type CommissionShare = {
  __typename?: 'CommissionShare';
  /** The amount: estimated while pending, final once confirmed. A reversed commission keeps the amount it had. */
  amountMinor: Scalars['Money']['output'];
  /** The role's base share, in basis points of the pool (author 8,000 and re-sharer 2,000; an author alone 10,000). */
  baseShareBps: Scalars['Int']['output'];
  /** True while the amount is the estimate made with trust at the sale; false once confirmed or reversed. */
  estimated: Scalars['Boolean']['output'];
  /** The beneficiary. */
  member: Member;
  /** Author or re-sharer. */
  role: BeneficiaryRole;
  /** The beneficiary's trust score (0–100) the split used. */
  trust: Scalars['Float']['output'];
  /** f(trust) in basis points: 0 at trust ≤ 20, linear to 10,000 at trust ≥ 80. */
  trustFactorBps: Scalars['Int']['output'];
  /** floor(base × factor / 10,000): the part of the pool this beneficiary is entitled to, in basis points. */
  weightBps: Scalars['Int']['output'];
};

/** Where a commission is in its life. */
export type CommissionStatus =
  /** Final after the hold (refund and rating windows): split with trust at confirmation; not yet paid. */
  | 'CONFIRMED'
  /** Paid in a payout batch. */
  | 'PAID'
  /** Opened at the sale with an estimate (trust at the sale); waits for delivery and the hold. */
  | 'PENDING'
  /** Reversed by a refund (after payment: the shares are owed and recovered from the next payouts). */
  | 'REVERSED';

/** A member's commission balances, as their ledger entries sum them. */
export type CommissionTotals = {
  __typename?: 'CommissionTotals';
  /** Confirmed and not yet paid. */
  confirmedMinor: Scalars['Money']['output'];
  /** The part of pendingMinor waiting on a fraud hold until an admin reviews the flag. */
  onHoldMinor: Scalars['Money']['output'];
  /** Clawed back from refunds after payment and not yet recovered; deducted from the next payouts. */
  owedMinor: Scalars['Money']['output'];
  /** Paid out in cash (net of clawbacks recovered from payouts). */
  paidMinor: Scalars['Money']['output'];
  /** Estimates of pending commissions. */
  pendingMinor: Scalars['Money']['output'];
};

/** Private: one member's flag on a recommendation, seen by the flagger (as the answer to flagging) and admins. */
export type CommunityFlag = {
  __typename?: 'CommunityFlag';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Who flagged. */
  flagger: Member;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Why. */
  reason: FlagReason;
  /** The recommendation flagged. */
  recommendation: Recommendation;
  /** Where it stands. */
  status: CommunityFlagStatus;
  /** What the flagger says. */
  text: Scalars['String']['output'];
  /** The flagger's rank key / 100 when flagging, 0–1: what this flag weighs. */
  weight: Scalars['Float']['output'];
};

/** Where a flag stands. */
export type CommunityFlagStatus =
  /** An admin found nothing wrong: it counts against the flagger. */
  | 'DISMISSED'
  /** Waiting: on its own, or in a review item an admin has not decided. */
  | 'OPEN'
  /** An admin agreed with the flags. */
  | 'UPHELD';

/** A new product. Suppliers only. */
export type CreateProductInput = {
  /** A slug of 1–40 lower-case letters, digits and single hyphens; upper case is lowered. */
  category: Scalars['String']['input'];
  /** Commission rate in basis points, a whole number from 0 to 3000 (30 %). */
  commissionRateBps: Scalars['Int']['input'];
  /** ISO 4217 three-letter code (default CNY). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Up to 2000 characters (default empty). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Unit price in minor units: a positive whole number. */
  priceMinor: Scalars['Money']['input'];
  /** 1–120 characters. */
  title: Scalars['String']['input'];
};

/** How much a verdict counts after `days`. */
export type DecayStep = {
  __typename?: 'DecayStep';
  /** Days since the verdict. */
  days: Scalars['Int']['output'];
  /** What it still counts, 0–1. */
  weight: Scalars['Float']['output'];
};

/** Private (self only): one of a member's delivery addresses. */
export type DeliveryAddress = {
  __typename?: 'DeliveryAddress';
  /** Where it is. */
  address: PostalAddress;
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id: pass it to placeOrder as deliveryAddressId. */
  id: Scalars['ID']['output'];
};

/**
 * Where a parcel goes. Two forms, chosen by `country`: China (CN) needs `region` (province),
 * `city`, `district` and an 11-digit mainland mobile number; anywhere else needs `city` and
 * `street`, the rest is free (docs/security.md, "Delivery addresses").
 */
export type DeliveryAddressInput = {
  /** The city, 1–60 characters. */
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code, such as CN, US or DE. */
  country: Scalars['String']['input'];
  /** CN: the district or county (required, 1–30 characters). Elsewhere: optional, up to 60. */
  district?: InputMaybe<Scalars['String']['input']>;
  /** CN: an 11-digit mobile number starting with 1 (+86 allowed). Elsewhere: 6–15 digits, optionally starting with +. */
  phone: Scalars['String']['input'];
  /** CN: 6 digits (optional). Elsewhere: 2–12 letters, digits, spaces or dashes (optional). */
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** Who receives the parcel, 1–50 characters. */
  recipientName: Scalars['String']['input'];
  /** CN: the province (required, 1–30 characters). Elsewhere: a state, province or county (optional, up to 60). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Street, number, building and flat, 1–200 characters. */
  street: Scalars['String']['input'];
};

/** A buyer's verdict on the recommendation their order went through. */
export type Feedback = {
  __typename?: 'Feedback';
  /** The buyer's comment, when given. */
  comment: Maybe<Scalars['String']['output']>;
  /** When it was given. */
  createdAt: Scalars['DateTime']['output'];
  /** The buyer's answer to "did it hold up?". */
  heldUp: Scalars['Boolean']['output'];
  /** Stable id (UUID). */
  id: Scalars['ID']['output'];
  /** Who gave it: the buyer. */
  rater: Member;
  /** The recommendation rated. */
  recommendation: Recommendation;
  /** 1–5. */
  stars: Scalars['Int']['output'];
};

/** A newcomer's way into the network, step by step; each step is true once the member has done it. */
export type FirstSteps = {
  __typename?: 'FirstSteps';
  /** Placed an order through someone's recommendation. */
  boughtThroughRecommendation: Scalars['Boolean']['output'];
  /** The member put the panel away. */
  dismissed: Scalars['Boolean']['output'];
  /** Every step is done. */
  done: Scalars['Boolean']['output'];
  /** Said whether a recommendation held up (gave a verdict on an order). */
  rated: Scalars['Boolean']['output'];
  /** Has an order that was delivered (confirmed by the member, marked by the supplier, or confirmed automatically). */
  received: Scalars['Boolean']['output'];
  /** Posted a first-hand recommendation of something received. */
  recommended: Scalars['Boolean']['output'];
};

/** How an admin decides a review item. */
export type FlagDecision =
  /** The flags were not right. */
  | 'DISMISSED'
  /** The flags were right. */
  | 'UPHELD';

/** Why a member flags a recommendation. */
export type FlagReason =
  /** It says something about the product that is not true. */
  | 'MISLEADING'
  /** The author cannot have used the product (not first-hand). */
  | 'NOT_FIRST_HAND'
  /** It is abusive or offensive. */
  | 'OFFENSIVE'
  /** Something else (say what in the text). */
  | 'OTHER'
  /** It is paid for or advertises without saying so. */
  | 'PAID_OR_UNDISCLOSED'
  /** It is spam or not about the product. */
  | 'SPAM';

/** Private: a review item for admins, one recommendation whose flags together weigh enough. */
export type FlagReview = {
  __typename?: 'FlagReview';
  /** When an admin decided; null while open. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The admin who decided; null while open. */
  decidedBy: Maybe<Member>;
  /** Its flags, heaviest first. */
  flags: Array<CommunityFlag>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The admin's note; null while open. */
  note: Maybe<Scalars['String']['output']>;
  /** When the flags first weighed enough. */
  openedAt: Scalars['DateTime']['output'];
  /** The recommendation under review. */
  recommendation: Recommendation;
  /** Open, upheld or dismissed. */
  status: FlagReviewStatus;
  /** The summed weight of its flags. */
  weight: Scalars['Float']['output'];
};

/** A page of review items. */
export type FlagReviewConnection = {
  __typename?: 'FlagReviewConnection';
  /** The review items of this page. */
  edges: Array<FlagReviewEdge>;
  /** Where the page ends and whether more follow. */
  pageInfo: PageInfo;
};

/** One review item in a list. */
export type FlagReviewEdge = {
  __typename?: 'FlagReviewEdge';
  /** Opaque position; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The review item. */
  node: FlagReview;
};

/** Where a review item stands. */
export type FlagReviewStatus =
  /** Decided: the flags were not right. */
  | 'DISMISSED'
  /** Waiting for an admin. */
  | 'OPEN'
  /** Decided: the flags were right. */
  | 'UPHELD';

/** A page of members in a follow list. */
export type FollowConnection = {
  __typename?: 'FollowConnection';
  /** The members of this page, in order. */
  edges: Array<FollowEdge>;
  /** Where the page ends and whether more follow. */
  pageInfo: PageInfo;
};

/** One member in a follow list. */
export type FollowEdge = {
  __typename?: 'FollowEdge';
  /** Opaque position of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The member. */
  node: Member;
  /** When the follow began. */
  since: Scalars['DateTime']['output'];
};

/** One verdict or refund a fraud flag's pattern is drawn from. */
export type FraudEvidence = {
  __typename?: 'FraudEvidence';
  /** When the verdict was given or the order refunded. */
  at: Scalars['DateTime']['output'];
  /** The order the verdict or refund is about. */
  orderId: Scalars['ID']['output'];
  /** HELD_UP or LET_DOWN for a verdict; REFUNDED for a refund (a let-down too). */
  outcome: FraudEvidenceOutcome;
  /** The product ordered. */
  product: Product;
  /** The buyer who gave the verdict (or whose order was refunded). */
  rater: Member;
  /** The author of the recommendation the order went through. */
  recommender: Member;
  /** The verdict's stars (1–5); null for a refund. */
  stars: Maybe<Scalars['Int']['output']>;
};

/** What a buyer's order came to, as fraud evidence. */
export type FraudEvidenceOutcome =
  /** The buyer said the recommendation held up. */
  | 'HELD_UP'
  /** The buyer said it did not hold up. */
  | 'LET_DOWN'
  /** The order was refunded. */
  | 'REFUNDED';

/** A suspicious pattern (reciprocal ratings, a rating ring, …) that holds its members' commissions until an admin reviews it. */
export type FraudFlag = {
  __typename?: 'FraudFlag';
  /** When an admin cleared it; null unless cleared. */
  clearedAt: Maybe<Scalars['DateTime']['output']>;
  /** The admin who cleared it. */
  clearedBy: Maybe<Member>;
  /** When it was raised. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * The verdicts and refunds the pattern is drawn from, as they stood when it was raised, newest
   * first, at most 12: among its members for RECIPROCAL and RING, on the recommender's
   * recommendations (let-downs and refunds) for LET_DOWN_RUN.
   */
  evidence: Array<FraudEvidence>;
  /** The group buy a GROUP_TIES flag is about (a group filled by accounts tied to its leader); null for the other kinds. */
  groupBuy: Maybe<GroupBuy>;
  /** Commissions of these members now waiting on hold. */
  heldCommissionCount: Scalars['Int']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What was detected: RECIPROCAL (two members rated each other), RING (a closed group rating itself), LET_DOWN_RUN (a recommender's let-downs in a row), GROUP_TIES (a group buy filled by accounts tied to its leader). */
  kind: Scalars['String']['output'];
  /** The flagged members. */
  members: Array<Member>;
  /** The admin's note on the latest decision (clearing, else upholding). */
  note: Maybe<Scalars['String']['output']>;
  /** What raised it (e.g. RECOMPUTE: the global trust recompute). */
  raisedBy: Maybe<Scalars['String']['output']>;
  /** Open or cleared. */
  status: FraudFlagStatus;
  /** When an admin upheld it; null unless upheld (also kept once a flag upheld earlier is cleared). */
  upheldAt: Maybe<Scalars['DateTime']['output']>;
  /** The admin who upheld it. */
  upheldBy: Maybe<Member>;
};

/** A page of fraud flags. */
export type FraudFlagConnection = {
  __typename?: 'FraudFlagConnection';
  /** The flags of this page, in order. */
  edges: Array<FraudFlagEdge>;
  /** Where the page ends and whether more follow. */
  pageInfo: PageInfo;
};

/** One fraud flag in a list. */
export type FraudFlagEdge = {
  __typename?: 'FraudFlagEdge';
  /** Opaque position of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The flag. */
  node: FraudFlag;
};

/** Whether a fraud flag still holds commissions. */
export type FraudFlagStatus =
  /** Cleared by an admin: the holds it caused are lifted. */
  | 'CLEARED'
  /** Under review: commissions of its members wait on hold. */
  | 'OPEN'
  /** Upheld by an admin: the pattern is real; commissions of its members stay on hold. */
  | 'UPHELD';

/** A friend's day as the viewer sees it: whose, how many cheers, and whether the viewer cheered. */
export type FriendDay = {
  __typename?: 'FriendDay';
  /** Cheers the day has. */
  cheers: Scalars['Int']['output'];
  /** The day, YYYY-MM-DD. */
  day: Scalars['String']['output'];
  /** Whose day. */
  member: Member;
  /** The viewer cheered this day. */
  viewerCheered: Scalars['Boolean']['output'];
};

/**
 * A group buy (拼团): a trusted recommender's offer to buy together at a tier price. Public: its
 * page is what a shared link opens.
 */
export type GroupBuy = {
  __typename?: 'GroupBuy';
  /** The product's unit price when the group opened, in minor units of `currency`. */
  basePriceMinor: Scalars['Money']['output'];
  /** When it completed or failed; null while open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Buyers counted toward the tier (each member once, not the leader, newcomers bounded). */
  countedBuyers: Scalars['Int']['output'];
  /** ISO 4217 code of the prices. */
  currency: Scalars['String']['output'];
  /** When it completes at the tier reached, or fails below the first tier. */
  deadline: Scalars['DateTime']['output'];
  /** Stable id (UUID). */
  id: Scalars['ID']['output'];
  /** Members who joined (not the leader), counted or not. */
  joinedMembers: Scalars['Int']['output'];
  /** The first members who joined, earliest first (up to 12), for the avatars. */
  joiners: Array<Member>;
  /** The member who opened it through their recommendation. */
  leader: Member;
  /** The leader's note; empty when none. */
  note: Scalars['String']['output'];
  /** When it was opened. */
  openedAt: Scalars['DateTime']['output'];
  /** The product bought together. */
  product: Product;
  /** The leader's recommendation every order goes through. */
  recommendation: Recommendation;
  /** The group page's link on PUBLIC_ORIGIN, to share (add ?via=<handle> to share it as a re-sharer). */
  shareLink: Scalars['String']['output'];
  /** Where it is in its life. */
  status: GroupBuyStatus;
  /** Counted buyers at which it completes at once. */
  targetBuyers: Scalars['Int']['output'];
  /** The tiers it opened with, smallest group first. */
  tiers: Array<GroupTier>;
  /** The unit price now: the tier reached, else the full price (at completion, the price placed). */
  unitPriceMinor: Scalars['Money']['output'];
};

/** Where a group buy is in its life. */
export type GroupBuyStatus =
  /** Every join was placed as an order at the tier reached. */
  | 'COMPLETED'
  /** No tier was reached by the deadline: every join released, nothing placed, nobody paid. */
  | 'FAILED'
  /** Taking joins until its target or deadline. */
  | 'OPEN';

/** One member's join of a group buy. Private: only that member reads it. */
export type GroupJoin = {
  __typename?: 'GroupJoin';
  /** Whether the member had a delivered order when joining (accounts without one count toward the tier only in a bounded share). */
  established: Scalars['Boolean']['output'];
  /** The group joined. */
  groupBuy: GroupBuy;
  /** Stable id (UUID). */
  id: Scalars['ID']['output'];
  /** When. */
  joinedAt: Scalars['DateTime']['output'];
  /** The order placed when the group completed; null before (and for a released join). */
  order: Maybe<Order>;
  /** How many, 1–99. */
  quantity: Scalars['Int']['output'];
  /** Held, placed or released. */
  status: GroupJoinStatus;
};

/** What a join is: held until the group settles, then placed as an order or released. */
export type GroupJoinStatus =
  /** Waiting for the group to complete or fail. */
  | 'HELD'
  /** The group completed: an order was placed. */
  | 'PLACED'
  /** The group failed: nothing placed, nothing paid. */
  | 'RELEASED';

/** A tier of group prices: this many counted buyers, this unit price. */
export type GroupTier = {
  __typename?: 'GroupTier';
  /** Discount off the product's price in basis points. */
  discountBps: Scalars['Int']['output'];
  /** Buyers counted toward the tier that it needs. */
  minBuyers: Scalars['Int']['output'];
  /** The unit price at this tier, in minor units (the discount rounded down). */
  unitPriceMinor: Scalars['Money']['output'];
};

/** One tier of a product's group prices. */
export type GroupTierInput = {
  /** Discount off the unit price in basis points (100 = 1 %), 1–5000. */
  discountBps: Scalars['Int']['input'];
  /** Buyers needed, 2–100. */
  minBuyers: Scalars['Int']['input'];
};

/** A page of the leaderboard. */
export type LeaderboardConnection = {
  __typename?: 'LeaderboardConnection';
  /** The rows of this page, best first. */
  edges: Array<LeaderboardEdge>;
  /** Where the page ends and whether more follow. */
  pageInfo: PageInfo;
  /** The day (YYYY-MM-DD, network time zone) of the daily snapshot the movement arrows compare with; null before the first snapshot. */
  snapshotDay: Maybe<Scalars['String']['output']>;
};

/** One row of the leaderboard. */
export type LeaderboardEdge = {
  __typename?: 'LeaderboardEdge';
  /** Opaque position of this row; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: LeaderboardRow;
};

/** A recommender's place on a leaderboard. */
export type LeaderboardRow = {
  __typename?: 'LeaderboardRow';
  /** The recommender, with their trust and confidence. */
  member: Member;
  /**
   * Places gained (positive) or lost (negative) on this board between the two latest daily
   * snapshots; null when the member was not on the board in the earlier one (new entry) or no
   * snapshot exists yet. On FOLLOWING, places within that circle (the order of its members on the
   * global board of each snapshot), not on the whole network; null also for a member the global
   * board of the latest snapshot did not rank.
   */
  movement: Maybe<Scalars['Int']['output']>;
  /** 1-based place on this board now. */
  position: Scalars['Int']['output'];
};

/** Which leaderboard. */
export type LeaderboardScope =
  /** Recommenders who recommended a product of one category. */
  | 'CATEGORY'
  /** The members the viewer follows, and the viewer (so the viewer sees their own place among them). */
  | 'FOLLOWING'
  /** Every recommender. */
  | 'GLOBAL';

/**
 * A person on Trustline: shopper, recommender, and possibly supplier or admin.
 *
 * Privacy rule, the same for every private field: `email` and `inviteCode` are shown only to the
 * member themself and to admins; to anyone else they are null (never an error, so a list of
 * members stays readable). Everything else is public.
 */
export type Member = {
  __typename?: 'Member';
  /** The member's avatar, or null when they have set none. */
  avatar: Maybe<Photo>;
  /** A short public self-description (up to 500 characters); empty when none. */
  bio: Scalars['String']['output'];
  /** Rank within one product category from the latest daily snapshot; null when not ranked there. */
  categoryRank: Maybe<MemberRank>;
  /**
   * Private (self only; null for anyone else, admins included): the member's day among friends,
   * like a friends' step ranking: their place among the people they follow and who follow them,
   * recorded after the daily snapshot of `day` (YYYY-MM-DD, the network's time zone; default the
   * latest snapshot). Null when there is no record that day (no circle, or nobody in it ranked).
   */
  circleDay: Maybe<CircleDay>;
  /**
   * Private (self only; empty for anyone else, admins included): the history of the member's daily
   * place among friends, newest first.
   */
  circleDays: Array<CircleDayPlace>;
  /** When the member signed up. */
  createdAt: Scalars['DateTime']['output'];
  /** The name shown beside the handle (1–50 characters). */
  displayName: Scalars['String']['output'];
  /** Private (self or admin; null for anyone else): the sign-in email, lower-case. */
  email: Maybe<Scalars['String']['output']>;
  /**
   * Private (self only; null for anyone else, admins included): the newcomer's first steps, each
   * read from what the member has really done.
   */
  firstSteps: Maybe<FirstSteps>;
  /** How many members follow this member. */
  followerCount: Scalars['Int']['output'];
  /** Members who follow this member, most recent follow first. */
  followers: FollowConnection;
  /** Members this member follows, most recent follow first. */
  following: FollowConnection;
  /** How many members this member follows. */
  followingCount: Scalars['Int']['output'];
  /** Public, unique name (3–30 letters, digits or _), unique regardless of case; shown as @handle. */
  handle: Scalars['String']['output'];
  /** Stable id (UUID). */
  id: Scalars['ID']['output'];
  /** Private (self or admin; null for anyone else): the code a newcomer may give at sign-up. Inviting earns nothing; it is kept only as data for fraud review. */
  inviteCode: Maybe<Scalars['String']['output']>;
  /** Preferred language of the interface, a BCP 47 tag: `en` or `zh-CN`. */
  locale: Scalars['String']['output'];
  /**
   * The privilege ladder for this member's current trust, lowest step first: public, like the trust
   * it is computed from (a suspension shows only to the member and admins).
   */
  privileges: Array<PrivilegeStanding>;
  /** Global rank from the latest daily snapshot; null when not ranked (no recommendation yet, or no snapshot taken). */
  rank: Maybe<MemberRank>;
  /** Roles, always including MEMBER. Public: a supplier's products and an admin's actions are signed with their name. */
  roles: Array<Role>;
  /** The member's current trust as stored (updated by buyer feedback and the global recompute). */
  trust: Trust;
  /** Why the score changed: the member's trust events, newest first. Public, like the score they explain. */
  trustEvents: TrustEventConnection;
  /** Daily trust-and-rank history for charts, oldest first. */
  trustHistory: Array<TrustHistoryPoint>;
  /**
   * Private (admins only; null for anyone else, the member included): true while an open fraud
   * flag names this member (their commissions wait on the review). An automatic detector's
   * suspicion is not a public verdict (docs/security.md, "Fraud review").
   */
  underReview: Maybe<Scalars['Boolean']['output']>;
  /** True for verified (founding) members: the pre-trusted seed of the trust graph. Public, shown as a badge. */
  verified: Scalars['Boolean']['output'];
  /** True when the signed-in member follows this member; false when anonymous or for oneself. */
  viewerFollows: Scalars['Boolean']['output'];
};


/**
 * A person on Trustline: shopper, recommender, and possibly supplier or admin.
 *
 * Privacy rule, the same for every private field: `email` and `inviteCode` are shown only to the
 * member themself and to admins; to anyone else they are null (never an error, so a list of
 * members stays readable). Everything else is public.
 */
export type MemberCategoryRankArgs = {
  category: Scalars['String']['input'];
};


/**
 * A person on Trustline: shopper, recommender, and possibly supplier or admin.
 *
 * Privacy rule, the same for every private field: `email` and `inviteCode` are shown only to the
 * member themself and to admins; to anyone else they are null (never an error, so a list of
 * members stays readable). Everything else is public.
 */
export type MemberCircleDayArgs = {
  day?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A person on Trustline: shopper, recommender, and possibly supplier or admin.
 *
 * Privacy rule, the same for every private field: `email` and `inviteCode` are shown only to the
 * member themself and to admins; to anyone else they are null (never an error, so a list of
 * members stays readable). Everything else is public.
 */
export type MemberCircleDaysArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A person on Trustline: shopper, recommender, and possibly supplier or admin.
 *
 * Privacy rule, the same for every private field: `email` and `inviteCode` are shown only to the
 * member themself and to admins; to anyone else they are null (never an error, so a list of
 * members stays readable). Everything else is public.
 */
export type MemberFollowersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A person on Trustline: shopper, recommender, and possibly supplier or admin.
 *
 * Privacy rule, the same for every private field: `email` and `inviteCode` are shown only to the
 * member themself and to admins; to anyone else they are null (never an error, so a list of
 * members stays readable). Everything else is public.
 */
export type MemberFollowingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A person on Trustline: shopper, recommender, and possibly supplier or admin.
 *
 * Privacy rule, the same for every private field: `email` and `inviteCode` are shown only to the
 * member themself and to admins; to anyone else they are null (never an error, so a list of
 * members stays readable). Everything else is public.
 */
export type MemberTrustEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A person on Trustline: shopper, recommender, and possibly supplier or admin.
 *
 * Privacy rule, the same for every private field: `email` and `inviteCode` are shown only to the
 * member themself and to admins; to anyone else they are null (never an error, so a list of
 * members stays readable). Everything else is public.
 */
export type MemberTrustHistoryArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};

/** A member's rank as of the latest daily snapshot. */
export type MemberRank = {
  __typename?: 'MemberRank';
  /** The snapshot's day, YYYY-MM-DD in the network's time zone. */
  day: Scalars['String']['output'];
  /** Places gained (positive) or lost since the previous snapshot; null when newly ranked. */
  movement: Maybe<Scalars['Int']['output']>;
  /** 1-based rank. */
  rank: Scalars['Int']['output'];
};

/** A page of members a search found. */
export type MemberSearchConnection = {
  __typename?: 'MemberSearchConnection';
  /** The members of this page, best match first. */
  edges: Array<MemberSearchEdge>;
  /** Where the page ends and whether more follow. */
  pageInfo: PageInfo;
};

/** One member a search found. */
export type MemberSearchEdge = {
  __typename?: 'MemberSearchEdge';
  /** Opaque position of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The member. */
  node: Member;
};

/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a delivery address to the signed-in member's list (at most 10: CONFLICT beyond). BAD_USER_INPUT names the field that is wrong. */
  addDeliveryAddress: DeliveryAddress;
  /**
   * Changes the signed-in member's password. The current password is required (a wrong one is
   * BAD_USER_INPUT on `currentPassword`, counted like a failed sign-in, so repeated guesses wait:
   * RATE_LIMITED); the new one follows the sign-up rule (BAD_USER_INPUT on `newPassword`). Every
   * other session of the member ends; this one stays signed in. Returns how many sessions ended.
   */
  changePassword: Scalars['Int']['output'];
  /**
   * Cheers (likes) a friend's day among friends: the day of `memberId` recorded for `day`. Only a
   * member the viewer follows or who follows the viewer, never one's own day (FORBIDDEN); NOT_FOUND
   * when that member has no record that day. Idempotent: one cheer per member per friend-day, a
   * second changes nothing. A cheer moves no trust. Signed-in members only.
   */
  cheerFriendDay: FriendDay;
  /**
   * Admins only: clears an open fraud flag with a note (3–500 characters). Commissions held for its
   * members — unless another open flag still holds them — are released at once from the hold and
   * are confirmed by the next confirmation run (hourly). An unknown flag is NOT_FOUND; a flag
   * already cleared is CONFLICT.
   */
  clearFraudFlag: ClearFraudFlagPayload;
  /**
   * The leader closes the group early: it completes at the tier reached. Only the leader
   * (FORBIDDEN otherwise, and before the first tier is reached); a closed group is CONFLICT.
   */
  closeGroupBuy: GroupBuy;
  /**
   * The buyer confirms receipt (PLACED → DELIVERED). Only the buyer (FORBIDDEN otherwise); an order
   * already delivered or refunded is CONFLICT.
   */
  confirmReceipt: Order;
  /** Lists a new product under the signed-in supplier. Suppliers only (FORBIDDEN otherwise); invalid fields are BAD_USER_INPUT. */
  createProduct: Product;
  /** Puts the signed-in member's first-steps panel away for good. Signed-in members only; answers the member. */
  dismissFirstSteps: Member;
  /**
   * Edits one's own recommendation; the replaced version is kept in `revisions` and `revision`
   * goes up by one (an edit that changes nothing changes nothing). Only the author (FORBIDDEN
   * otherwise); give at least one of stars and text (BAD_USER_INPUT otherwise).
   */
  editRecommendation: Recommendation;
  /** Ends every session of the signed-in member except this one; returns how many ended. Signed-in members only. */
  endOtherSessions: Scalars['Int']['output'];
  /**
   * Ends one of the signed-in member's sessions (another device, or this one). True when it was
   * ended; NOT_FOUND when the member holds no live session with this id. Signed-in members only.
   */
  endSession: Scalars['Boolean']['output'];
  /**
   * Flags a recommendation for an admin's review, with a reason and a text (10–500 characters).
   * Needs the FLAG privilege (FORBIDDEN otherwise, stating the threshold and the member's standing,
   * or until when it is suspended); FORBIDDEN on one's own recommendation; CONFLICT when the member
   * already flagged it; NOT_FOUND for an unknown recommendation. The flag weighs the flagger's rank
   * key / 100; once a recommendation's open flags weigh enough (FLAG_REVIEW_WEIGHT, default 0.8)
   * they raise a review item. A flag never moves anyone's trust.
   */
  flagRecommendation: CommunityFlag;
  /**
   * Follows another member (idempotent: following twice keeps one follow). Signed-in members only;
   * following yourself is BAD_USER_INPUT, an unknown member NOT_FOUND. Returns the followed member.
   */
  follow: Member;
  /**
   * Joins a group buy with a quantity (1–99). Signed-in members only. Idempotent on (member,
   * idempotencyKey) like placeOrder: a retry returns the first join; the same key with different
   * arguments is CONFLICT. Nothing is placed or paid until the group completes; then every join
   * becomes an order at the tier price. The leader's own join and a member's second join do not
   * count toward the target; accounts with no delivered order yet count only up to one per
   * established joiner. A closed group is CONFLICT, one past its deadline FORBIDDEN, an unknown
   * group NOT_FOUND; an unknown re-sharer or another member's address BAD_USER_INPUT. A re-sharer
   * who is the leader or the joiner, or whose trust has not reached the RESHARE step, is accepted
   * but not recorded: the join goes through the leader's recommendation alone.
   */
  joinGroupBuy: GroupJoin;
  /** Marks every unread notification of the signed-in member read; returns how many were. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /**
   * Marks one of the signed-in member's notifications read and returns it. NOT_FOUND when it is not
   * theirs (another member's notification is not revealed to exist).
   */
  markNotificationRead: Notification;
  /**
   * The supplier of the order's product marks it delivered (PLACED → DELIVERED). Suppliers only;
   * another supplier's order is FORBIDDEN; an order already delivered or refunded is CONFLICT.
   */
  markOrderDelivered: Order;
  /**
   * Opens a group buy through the signed-in member's own recommendation: the target (one of the
   * product's tiers), a deadline at least an hour away and within the supplier's longest duration,
   * and an optional note (up to 300 characters). FORBIDDEN: not your recommendation, no group
   * prices on the product, or trust below the group-buy threshold. CONFLICT: you already lead an
   * open group of this product. Unknown recommendation: NOT_FOUND.
   */
  openGroupBuy: GroupBuy;
  /**
   * Buys a product, optionally through a recommendation (its share code) and a re-sharer (the
   * member who passed the link on). Signed-in members only. Paid when placed.
   *
   * Idempotent on (buyer, idempotencyKey): a retry with the same key and the same arguments returns
   * the order already placed, never a second one; the same key with different arguments is
   * CONFLICT. An unknown product is NOT_FOUND. BAD_USER_INPUT: quantity outside 1–99, a key outside
   * 8–100 printable characters, an unknown recommendation code, a code for another product, an
   * unknown re-sharer, or a re-sharer without a code. A re-sharer who is the recommendation's
   * author or the buyer is accepted but not recorded (the author already benefits; re-sharing to
   * yourself would be self-dealing), and so is one whose trust has not reached the RESHARE step
   * (docs/privileges.md): the order goes through the recommendation alone. Buying through your own recommendation is allowed and moves
   * no trust (and earns no commission).
   */
  placeOrder: Order;
  /**
   * Recommends a product, first-hand only. Signed-in members only. FORBIDDEN unless the member has
   * a delivered (and not refunded) order of that product; CONFLICT when they already recommended
   * it (edit it instead); RATE_LIMITED after 5 new recommendations in one UTC day; NOT_FOUND for an
   * unknown product; BAD_USER_INPUT for stars outside 1–5 or a text outside 10–2000 characters.
   */
  postRecommendation: Recommendation;
  /**
   * The buyer's verdict on the recommendation an order was placed through: stars, "did it hold
   * up?" and an optional comment. It moves the recommender's trust at once (a trust event, in the
   * same transaction). Only the buyer (FORBIDDEN otherwise), once per order (CONFLICT), for an
   * order placed through someone else's recommendation (FORBIDDEN otherwise), once it is delivered
   * and within 14 days of delivery (FORBIDDEN before delivery, after a refund or after the window,
   * with the date it closed). BAD_USER_INPUT for stars outside 1–5 or a comment over 1000
   * characters; NOT_FOUND for an unknown order.
   */
  rateRecommendation: RateRecommendationPayload;
  /**
   * The supplier of the order's product refunds it (PLACED or DELIVERED → REFUNDED), giving a
   * reason (3–500 characters). Suppliers only; another supplier's order is FORBIDDEN; a delivered
   * order only within the refund window (7 days after delivery; later is FORBIDDEN); an order
   * already refunded is CONFLICT. The refund of an order placed through a recommendation counts as
   * a negative verdict on that recommendation (a trust event for its author).
   */
  refundOrder: Order;
  /** Removes one of the signed-in member's addresses; orders already placed keep their copy. NOT_FOUND unless it is theirs. */
  removeDeliveryAddress: Scalars['Boolean']['output'];
  /**
   * Mails a single-use password reset link to the account named by handle or email (every account
   * holding that email, up to three), in the member's language. Anyone may call it. The answer is
   * always true, whether or not such an account exists, and takes the same time either way: the
   * mail is sent after the answer. A member gets at most three links an hour (more requests send
   * nothing, silently); one address may ask ten times in a quarter of an hour, then waits
   * (RATE_LIMITED, the same for every name asked about). A link works for 60 minutes.
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /**
   * Sets a new password with the token from a reset link: the token is used up (with every other
   * reset link of the member), and every session of the member ends, so whoever held one is out;
   * the member signs in again with the new password. BAD_USER_INPUT on `token` when it is
   * unknown, used or expired; on `newPassword` when it is too easy to guess. Anyone may call it
   * (the token is the proof).
   */
  resetPassword: Scalars['Boolean']['output'];
  /**
   * Admins only: decides a review item with a note (3–500 characters). UPHELD: the flags were
   * right. DISMISSED: they were not; each dismissed flag counts against its flagger, and 3 within
   * 90 days (FLAG_ABUSE_DISMISSED, FLAG_ABUSE_DAYS) suspend their FLAG privilege. Neither moves
   * trust. NOT_FOUND for an unknown review; CONFLICT once decided.
   */
  resolveFlagReview: FlagReview;
  /**
   * Sets the signed-in member's avatar to a photo they uploaded, or removes it with null. A photo
   * they did not upload is FORBIDDEN. Returns the member.
   */
  setAvatar: Member;
  /**
   * The supplier gives a product group prices: tiers by number of buyers (at most 5, from the
   * smallest group to the largest, each 2–100 buyers with a deeper discount of 0.01–50 %) and the
   * longest a group may run (1–336 hours). No tiers turns group buying off; open groups keep the
   * tiers they opened with. Only the product's supplier (FORBIDDEN otherwise); unknown product NOT_FOUND.
   */
  setGroupBuyTiers: Product;
  /**
   * Admins only: marks a member verified (a founding member, the pre-trusted seed that trust flows
   * from) or takes the mark away. Their trust reach follows at once; the periodic global recompute
   * reconciles the rest.
   */
  setMemberVerified: Member;
  /**
   * Sets whether the signed-in member gets one kind in the inbox and by email (email needs a
   * confirmed address). FORBIDDEN for a kind only admins receive.
   */
  setNotificationPreference: NotificationPreference;
  /**
   * Sets a product's photos, in order (the first is the cover): up to 6 ids of photos the signed-in
   * supplier uploaded. An empty list removes them all. Only the supplier who lists the product
   * (FORBIDDEN otherwise); an id they did not upload is FORBIDDEN, more than 6 or a repeated id
   * BAD_USER_INPUT, an unknown product NOT_FOUND.
   */
  setProductPhotos: Product;
  /**
   * Sets the photos of a recommendation, in order: up to 4 ids of photos its author uploaded of what
   * they received. Only the author (FORBIDDEN otherwise); rules as for setProductPhotos.
   */
  setRecommendationPhotos: Recommendation;
  /**
   * Admins only: grants (`supplier: true`) or revokes the SUPPLIER role. A former supplier's
   * products stay listed, but only a supplier can edit them.
   */
  setSupplier: Member;
  /**
   * Signs in with a handle or an email and the password: sets the HTTP-only session cookie for the
   * web app and returns the token for API clients (send it as `Authorization: Bearer <token>`).
   * Wrong credentials are UNAUTHENTICATED, without saying which part was wrong.
   */
  signIn: AuthPayload;
  /**
   * Ends the session of this request (cookie or bearer token) and clears the cookie. True when a
   * session was ended, false when the request carried none (signing out twice is harmless).
   */
  signOut: Scalars['Boolean']['output'];
  /**
   * Creates a member account and signs it in (sets the session cookie and returns the token).
   * Anyone may call it. Refused with BAD_USER_INPUT for invalid fields, a guessable password or
   * an unknown invitation code, CONFLICT when the handle is taken (case-insensitively; handles are
   * public). An email registered already is not refused and not told: the answer is the same as
   * for a new one, so sign-up cannot be used to learn who is a member.
   */
  signUp: AuthPayload;
  /** Stops following a member (idempotent). Signed-in members only; an unknown member is NOT_FOUND. Returns that member. */
  unfollow: Member;
  /** Replaces the fields of one of the signed-in member's addresses; orders already placed keep their copy. NOT_FOUND unless it is theirs. */
  updateDeliveryAddress: DeliveryAddress;
  /** Edits a product. Only the supplier who lists it (another supplier or a non-supplier: FORBIDDEN); unknown product: NOT_FOUND. */
  updateProduct: Product;
  /** Changes the signed-in member's own profile; fields left out stay as they are. Signed-in members only. */
  updateProfile: Member;
  /**
   * Admins only: upholds an open fraud flag with a note (3–500 characters): the pattern is real.
   * Commissions held for its members stay on hold (an upheld flag holds like an open one), and the
   * decision — who, when and why — is kept with the flag. It can still be cleared later, on an
   * appeal. An unknown flag is NOT_FOUND; a flag already upheld or cleared is CONFLICT.
   */
  upholdFraudFlag: UpholdFraudFlagPayload;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationAddDeliveryAddressArgs = {
  input: DeliveryAddressInput;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationCheerFriendDayArgs = {
  day: Scalars['String']['input'];
  memberId: Scalars['ID']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationClearFraudFlagArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationCloseGroupBuyArgs = {
  groupBuyId: Scalars['ID']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationConfirmReceiptArgs = {
  orderId: Scalars['ID']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationEditRecommendationArgs = {
  id: Scalars['ID']['input'];
  stars?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationEndSessionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationFlagRecommendationArgs = {
  reason: FlagReason;
  recommendationId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationFollowArgs = {
  memberId: Scalars['ID']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationJoinGroupBuyArgs = {
  deliveryAddressId?: InputMaybe<Scalars['ID']['input']>;
  groupBuyId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  resharerHandle?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationMarkOrderDeliveredArgs = {
  orderId: Scalars['ID']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationOpenGroupBuyArgs = {
  deadline: Scalars['DateTime']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  recommendationId: Scalars['ID']['input'];
  targetBuyers: Scalars['Int']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationPlaceOrderArgs = {
  deliveryAddressId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey: Scalars['String']['input'];
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  recommendationCode?: InputMaybe<Scalars['String']['input']>;
  resharerHandle?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationPostRecommendationArgs = {
  productId: Scalars['ID']['input'];
  stars: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationRateRecommendationArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  heldUp: Scalars['Boolean']['input'];
  orderId: Scalars['ID']['input'];
  stars: Scalars['Int']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationRefundOrderArgs = {
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationRemoveDeliveryAddressArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationResolveFlagReviewArgs = {
  decision: FlagDecision;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationSetAvatarArgs = {
  photoId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationSetGroupBuyTiersArgs = {
  maxDurationHours: Scalars['Int']['input'];
  productId: Scalars['ID']['input'];
  tiers: Array<GroupTierInput>;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationSetMemberVerifiedArgs = {
  memberId: Scalars['ID']['input'];
  verified: Scalars['Boolean']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationSetNotificationPreferenceArgs = {
  email: Scalars['Boolean']['input'];
  inApp: Scalars['Boolean']['input'];
  kind: NotificationKind;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationSetProductPhotosArgs = {
  photoIds: Array<Scalars['ID']['input']>;
  productId: Scalars['ID']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationSetRecommendationPhotosArgs = {
  photoIds: Array<Scalars['ID']['input']>;
  recommendationId: Scalars['ID']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationSetSupplierArgs = {
  memberId: Scalars['ID']['input'];
  supplier: Scalars['Boolean']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationSignInArgs = {
  input: SignInInput;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationSignUpArgs = {
  input: SignUpInput;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationUnfollowArgs = {
  memberId: Scalars['ID']['input'];
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationUpdateDeliveryAddressArgs = {
  id: Scalars['ID']['input'];
  input: DeliveryAddressInput;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


/**
 * Everything that changes Trustline. Each mutation is one Neo4j transaction: it happens whole or
 * not at all. Refusals are GraphQL errors with `extensions.code` (BAD_USER_INPUT,
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED) and a sentence a person
 * understands. This file holds the base type with the members' mutations; every other area adds
 * its own with `extend type Mutation` in its schema file.
 */
export type MutationUpholdFraudFlagArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};

/** How big the network is: counts read straight from the graph. */
export type NetworkStats = {
  __typename?: 'NetworkStats';
  /** Members, including suppliers and admins. */
  members: Scalars['Int']['output'];
  /** Orders ever placed. */
  orders: Scalars['Int']['output'];
  /** Products listed by suppliers. */
  products: Scalars['Int']['output'];
  /** Live (not superseded) recommendations. */
  recommendations: Scalars['Int']['output'];
};

/** Private (recipient only): something that happened which concerns the member. */
export type Notification = {
  __typename?: 'Notification';
  /** The member whose action caused it (the rater, the follower, the author, a group's leader, the first who passed me); null for the system's own. */
  actor: Maybe<Member>;
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** The verdict's answer to 'did it hold up?'. */
  heldUp: Maybe<Scalars['Boolean']['output']>;
  /** Stable id: pass it to markNotificationRead. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: NotificationKind;
  /** The web app's path of its cause: the recommendation, the commission list, the member, the fraud flags. */
  link: Scalars['String']['output'];
  /** CIRCLE_DAY: places gained since the day before (negative: lost); null when I was not ranked then. */
  movement: Maybe<Scalars['Int']['output']>;
  /** CIRCLE_DAY: my place (1 = first) among the ranked members of my circle that day. */
  place: Maybe<Scalars['Int']['output']>;
  /** PRIVILEGE_GAINED / PRIVILEGE_LOST: the step of the ladder. */
  privilege: Maybe<Privilege>;
  /** The product it concerns, when there is one. */
  productTitle: Maybe<Scalars['String']['output']>;
  /** CIRCLE_DAY: how many members of my circle were ranked that day. */
  ranked: Maybe<Scalars['Int']['output']>;
  /** Whether the member has marked it read. */
  read: Scalars['Boolean']['output'];
  /** The verdict's stars, or a new recommendation's. */
  stars: Maybe<Scalars['Int']['output']>;
  /** How far my trust moved (verdicts and refunds); null when it did not. */
  trustDelta: Maybe<Scalars['Float']['output']>;
};

/** A page of notifications. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The notifications of this page. */
  edges: Array<NotificationEdge>;
  /** Where the next page starts. */
  pageInfo: PageInfo;
};

/** One notification in a page. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Pass as `after` to continue after this one. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** What a notification is about (docs/notifications.md). */
export type NotificationKind =
  /** The daily digest after the snapshot: my place among the people I follow and who follow me, and who passed me. */
  | 'CIRCLE_DAY'
  /** A commission of mine was confirmed. */
  | 'COMMISSION_CONFIRMED'
  /** A commission of mine is held for review. */
  | 'COMMISSION_HELD'
  /** A commission of mine was paid. */
  | 'COMMISSION_PAID'
  /** A commission of mine was reversed by a refund. */
  | 'COMMISSION_REVERSED'
  /** A fraud flag was raised (admins only). */
  | 'FRAUD_FLAG'
  /** A group buy I lead or joined completed: every join was placed at the tier price. */
  | 'GROUP_BUY_COMPLETED'
  /** A group buy I lead or joined failed: every join was released and nobody paid. */
  | 'GROUP_BUY_FAILED'
  /** Someone started following me. */
  | 'NEW_FOLLOWER'
  /** Someone I follow posted a recommendation. */
  | 'NEW_RECOMMENDATION'
  /** My trust reached a step of the privilege ladder. */
  | 'PRIVILEGE_GAINED'
  /** My trust fell below a step I held: what it allowed is closed until trust returns. */
  | 'PRIVILEGE_LOST'
  /** A refund of an order bought through my recommendation that counted against my trust. */
  | 'REFUND_COUNTED'
  /** A buyer's verdict on my recommendation, with the trust it moved. */
  | 'VERDICT';

/** Whether a member gets one kind of notification in the inbox and by email. */
export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  /** Sent by email (default no). */
  email: Scalars['Boolean']['output'];
  /** Shown in the inbox (default yes). */
  inApp: Scalars['Boolean']['output'];
  /** The kind. */
  kind: NotificationKind;
};

/**
 * One purchase of one product by one member. Private: only its buyer, the product's supplier and
 * admins can read it.
 */
export type Order = {
  __typename?: 'Order';
  /** Who bought. */
  buyer: Member;
  /** The product's commission rate at the time of sale, in basis points. */
  commissionRateBps: Scalars['Int']['output'];
  /** ISO 4217 code of the prices, copied from the product at sale. */
  currency: Scalars['String']['output'];
  /** When it was delivered (or confirmed); null before. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * Private (buyer, the product's supplier, or an admin — whose every read is recorded for audit;
   * null for anyone else): where the order ships. Null too when the order was placed without an
   * address, and after it was erased (30 days after the rating window closed; see
   * deliveryAddressErasedAt).
   */
  deliveryAddress: Maybe<PostalAddress>;
  /** When the delivery address was erased from this order, or null while it is kept (or none was given). */
  deliveryAddressErasedAt: Maybe<Scalars['DateTime']['output']>;
  /** The buyer's verdict on the recommendation, once given. */
  feedback: Maybe<Feedback>;
  /** Every status the order has had, oldest first. */
  history: Array<OrderStatusChange>;
  /** Stable id (UUID). */
  id: Scalars['ID']['output'];
  /** When it was placed. */
  placedAt: Scalars['DateTime']['output'];
  /** What was bought. */
  product: Product;
  /** How many, 1–99. */
  quantity: Scalars['Int']['output'];
  /** Until when the buyer may rate the recommendation; null unless delivered (and not refunded) and placed through a recommendation. */
  ratableUntil: Maybe<Scalars['DateTime']['output']>;
  /** The recommendation this order was placed through, if any. */
  recommendation: Maybe<Recommendation>;
  /** Until when the supplier may still refund it once delivered; null until delivered. */
  refundableUntil: Maybe<Scalars['DateTime']['output']>;
  /** When it was refunded; null unless refunded. */
  refundedAt: Maybe<Scalars['DateTime']['output']>;
  /** The member who re-shared the recommendation's link, when one was recorded. */
  resharer: Maybe<Member>;
  /** Where the order is now. */
  status: OrderStatus;
  /** unitPriceMinor × quantity. */
  totalMinor: Scalars['Money']['output'];
  /** Price of one unit at the time of sale, in minor units of `currency`. */
  unitPriceMinor: Scalars['Money']['output'];
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders of this page, in order. */
  edges: Array<OrderEdge>;
  /** Where the page ends and whether more follow. */
  pageInfo: PageInfo;
};

/** One order in a list. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque position of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** Where an order is in its life. Payment is out of scope: an order is paid when placed. */
export type OrderStatus =
  /** Received: marked by the supplier, confirmed by the buyer, or confirmed automatically 10 days after it was placed. */
  | 'DELIVERED'
  /** Paid and waiting to be delivered. */
  | 'PLACED'
  /** Refunded by the supplier (from PLACED, or within 7 days of delivery). */
  | 'REFUNDED';

/** One step in an order's status history. */
export type OrderStatusChange = {
  __typename?: 'OrderStatusChange';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who moved it: the buyer, the supplier; null when the auto-confirm job did. */
  by: Maybe<Member>;
  /** Why, when one was given (a refund's reason; the auto-confirm's note). */
  reason: Maybe<Scalars['String']['output']>;
  /** The status the order moved to. */
  status: OrderStatus;
};

/** Where a page of a list starts and ends, for cursor pagination (Relay connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when there are more items after endCursor. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** One payout batch. */
export type Payout = {
  __typename?: 'Payout';
  /** When it ran. */
  at: Scalars['DateTime']['output'];
  /** Stable id (UUID). */
  id: Scalars['ID']['output'];
  /** The lines the viewer may see: their own, or every line for an admin. */
  lines: Array<PayoutLine>;
  /** Cash paid by the whole batch (admins); for a member, their own net amount. */
  totalNetMinor: Scalars['Money']['output'];
};

/** A page of payouts. */
export type PayoutConnection = {
  __typename?: 'PayoutConnection';
  /** The payouts of this page, in order. */
  edges: Array<PayoutEdge>;
  /** Where the page ends and whether more follow. */
  pageInfo: PageInfo;
};

/** One payout in a list. */
export type PayoutEdge = {
  __typename?: 'PayoutEdge';
  /** Opaque position of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The payout. */
  node: Payout;
};

/** What one member received in one payout. */
export type PayoutLine = {
  __typename?: 'PayoutLine';
  /** Debt carried to the next batch. */
  carriedOwedMinor: Scalars['Money']['output'];
  /** How many commissions this line paid. */
  commissionCount: Scalars['Int']['output'];
  /** Sum of their confirmed shares paid in this batch. */
  grossMinor: Scalars['Money']['output'];
  /** Who was paid. */
  member: Member;
  /** Cash transferred: gross − recovered, never negative. */
  netMinor: Scalars['Money']['output'];
  /** What they owed from earlier clawbacks before the batch. */
  owedBeforeMinor: Scalars['Money']['output'];
  /** Deducted from gross to settle that debt: min(gross, owed). */
  recoveredMinor: Scalars['Money']['output'];
};

/**
 * A photo: uploaded through `POST /api/photos` (multipart), checked and re-encoded by the server
 * as WebP at up to three widths (320, 640, 1280; never enlarged), with EXIF and GPS removed. Its id
 * is the SHA-256 of the uploaded bytes, so its files never change: they are served with a year of
 * immutable caching.
 */
export type Photo = {
  __typename?: 'Photo';
  /** Height in pixels of the largest stored variant (upright). */
  height: Scalars['Int']['output'];
  /** SHA-256 of the uploaded bytes, 64 hex digits. */
  id: Scalars['ID']['output'];
  /** The variants as an HTML `srcset` (`/photos/<id>/320.webp 320w, …`). */
  srcset: Scalars['String']['output'];
  /** URL (relative to the site) of the largest stored variant. */
  url: Scalars['String']['output'];
  /** The stored variants, smallest first. */
  variants: Array<PhotoVariant>;
  /** Width in pixels of the largest stored variant (upright). */
  width: Scalars['Int']['output'];
};

/** One stored size of a photo (WebP). */
export type PhotoVariant = {
  __typename?: 'PhotoVariant';
  /** Height in pixels. */
  height: Scalars['Int']['output'];
  /** URL relative to the site. */
  url: Scalars['String']['output'];
  /** Width in pixels. */
  width: Scalars['Int']['output'];
};

/** Where a parcel goes: a member's address, or the copy an order took at checkout (unchanged by later edits). */
export type PostalAddress = {
  __typename?: 'PostalAddress';
  /** City. */
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** District (CN) or other locality; null when none. */
  district: Maybe<Scalars['String']['output']>;
  /** The recipient's phone, digits (and a leading + outside China). */
  phone: Scalars['String']['output'];
  /** Postcode; null when none. */
  postcode: Maybe<Scalars['String']['output']>;
  /** Who receives the parcel. */
  recipientName: Scalars['String']['output'];
  /** Province (CN) or state / region; null when none. */
  region: Maybe<Scalars['String']['output']>;
  /** Street, number, building and flat. */
  street: Scalars['String']['output'];
};

/** A step of the ladder: what a member may do once their trust reaches it (docs/privileges.md). */
export type Privilege =
  /** Flag a recommendation for an admin's review, weighted by one's trust. */
  | 'FLAG'
  /** A vouched record: a place on the global and category boards. */
  | 'ON_BOARDS'
  /** Open a group buy through one's own first-hand recommendation. */
  | 'OPEN_GROUP_BUY'
  /** Re-share others' recommendations and earn the re-sharer's share of their sales. */
  | 'RESHARE'
  /** Placement of one's recommendations among the trusted picks. */
  | 'TRUSTED_PICK';

/** A member's trust measured against every step, and the next one to reach. */
export type PrivilegeLadder = {
  __typename?: 'PrivilegeLadder';
  /** The lowest step the trust does not reach yet; null once every step is reached. */
  next: Maybe<PrivilegeStanding>;
  /** Every step, lowest first. */
  steps: Array<PrivilegeStanding>;
};

/** One step of the ladder for one member's current trust. */
export type PrivilegeStanding = {
  __typename?: 'PrivilegeStanding';
  /** The member's confidence now. */
  confidence: Scalars['Float']['output'];
  /** The confidence (0–1) the step needs at least. */
  confidenceNeeded: Scalars['Float']['output'];
  /** Which step. */
  privilege: Privilege;
  /** 0–1: how far along towards this step, the lesser of the two ratios; 1 only once reached. */
  progress: Scalars['Float']['output'];
  /** The member's rank key now. */
  rankKey: Scalars['Float']['output'];
  /** The rank key (0–100, vouched evidence only) the step needs at least; every step also needs a rank key above 0. */
  rankKeyNeeded: Scalars['Float']['output'];
  /**
   * Private (self or admin; null for anyone else): until when the step is suspended although the
   * trust reaches it (FLAG, after too many dismissed flags); null when it is not.
   */
  suspendedUntil: Maybe<Scalars['DateTime']['output']>;
  /** True when the member may do it now: the trust reaches the step and no suspension holds. */
  unlocked: Scalars['Boolean']['output'];
};

/** Something a supplier sells. */
export type Product = {
  __typename?: 'Product';
  /** Category slug: lower-case letters, digits and single hyphens, 1–40 characters. */
  category: Scalars['String']['output'];
  /** Commission rate in basis points (100 = 1 %), 0–3000: the pool a sale through a recommendation creates is price × rate. */
  commissionRateBps: Scalars['Int']['output'];
  /** The first photo, or null when it has none. */
  coverPhoto: Maybe<Photo>;
  /** When it was listed. */
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 code of the price's currency, e.g. CNY. */
  currency: Scalars['String']['output'];
  /** Details, up to 2000 characters; empty when none. */
  description: Scalars['String']['output'];
  /** The longest a group buy of this product may run, in hours; null when it offers none. */
  groupMaxDurationHours: Maybe<Scalars['Int']['output']>;
  /** Group prices, smallest group first; empty when the supplier offers none. */
  groupTiers: Array<GroupTier>;
  /** Stable id (UUID). */
  id: Scalars['ID']['output'];
  /** Its photos in the supplier's order, at most 6; the first is the cover. */
  photos: Array<Photo>;
  /** Unit price in minor units of `currency` (fen for CNY). */
  priceMinor: Scalars['Money']['output'];
  /** How many recommendations it has (each member has at most one per product); `productRecommendations` lists them, most trusted author first. */
  recommendationCount: Scalars['Int']['output'];
  /** The supplier who lists and ships it. */
  supplier: Member;
  /** Name, 1–120 characters. */
  title: Scalars['String']['output'];
  /** When it was last edited. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The products of this page, in order. */
  edges: Array<ProductEdge>;
  /** Where the page ends and whether more follow. */
  pageInfo: PageInfo;
};

/** One product in a list. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque position of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type Query = {
  __typename?: 'Query';
  /** Every category that has products, with how many, the largest first. */
  categories: Array<CategoryCount>;
  /**
   * One commission. Visible to its beneficiaries (each sees their own share) and admins; anyone
   * else gets FORBIDDEN, an anonymous request UNAUTHENTICATED. Null when there is no such commission.
   */
  commission: Maybe<Commission>;
  /** New recommendations by the members the signed-in member follows, newest first. Signed-in members only. */
  feed: RecommendationConnection;
  /**
   * Admins only: review items raised by community flags, open first (heaviest first), then the
   * decided ones, newest first.
   */
  flagReviews: FlagReviewConnection;
  /** Fraud flags for review: open ones first, then newest first. Admins only. */
  fraudFlags: FraudFlagConnection;
  /** One group buy; null when there is none. Public, like a shared recommendation: its page is what a share link opens. */
  groupBuy: Maybe<GroupBuy>;
  /** Open group buys led by the members the signed-in member follows, newest first (the feed). Signed-in members only. */
  groupBuysFromFollowed: Array<GroupBuy>;
  /**
   * Recommenders ranked by trust (rankKey), best first, equal keys by member id: globally, within one
   * product category, or among the members the viewer follows (and the viewer), like a friends' step
   * ranking. On GLOBAL and CATEGORY a member ranks once they have posted a recommendation and their
   * record carries vouched evidence (Trust.vouched); FOLLOWING lists everyone followed, the unvouched
   * last. Public, except FOLLOWING, which needs a signed-in viewer.
   */
  leaderboard: LeaderboardConnection;
  /** The signed-in member, or null when the request is anonymous. */
  me: Maybe<Member>;
  /**
   * One member, by `id` or by `handle` (case-insensitive); give exactly one of the two, otherwise
   * BAD_USER_INPUT. Null when no member matches.
   */
  member: Maybe<Member>;
  /**
   * A member's recommendations (their pocket shop), newest first, by `memberId` or `handle`
   * (case-insensitive); give exactly one, otherwise BAD_USER_INPUT. NOT_FOUND when no such member.
   * Public.
   */
  memberRecommendations: RecommendationConnection;
  /** The signed-in member's delivery addresses, newest first. Signed-in members only (UNAUTHENTICATED otherwise). */
  myAddresses: Array<DeliveryAddress>;
  /** The signed-in member's balances, summed from their ledger entries. Signed-in members only. */
  myCommissionTotals: CommissionTotals;
  /**
   * The signed-in member's commissions (those where they hold a share), newest sale first.
   * Signed-in members only.
   */
  myCommissions: CommissionConnection;
  /** The signed-in member's joins of a group buy, earliest first (private: only their own). Signed-in members only. */
  myGroupJoins: Array<GroupJoin>;
  /** The signed-in member's orders, newest first. Signed-in members only. */
  myOrders: OrderConnection;
  /**
   * What the signed-in member's trust opens, lowest step first, with the step to work towards next.
   * Computed from their current trust, so a privilege is lost again as soon as trust falls below
   * its step. Signed-in members only.
   */
  myPrivileges: PrivilegeLadder;
  /** The signed-in member's live sessions, most recently used first. Signed-in members only (UNAUTHENTICATED otherwise). */
  mySessions: Array<Session>;
  /** Counts of what the network holds right now; cheap, for dashboards and health views. */
  network: NetworkStats;
  /** Which kinds the signed-in member gets in the inbox and by email: one row per kind they can receive. */
  notificationPreferences: Array<NotificationPreference>;
  /**
   * The signed-in member's inbox, newest first (UNAUTHENTICATED when signed out). `first` is 1–100
   * (default 20); `after` is a cursor from this list.
   */
  notifications: NotificationConnection;
  /**
   * One order. Visible to its buyer, the supplier of its product and admins; anyone else gets
   * FORBIDDEN, an anonymous request UNAUTHENTICATED. Null when there is no such order.
   */
  order: Maybe<Order>;
  /**
   * Payout batches, newest first. A member sees the batches that paid them, with only their own
   * line; an admin sees every batch with every line. Signed-in members only.
   */
  payouts: PayoutConnection;
  /** One product by id; null when there is none. */
  product: Maybe<Product>;
  /**
   * A product's recommendations, the most trusted recommender first (by the author's trust
   * rankKey, a lower confidence bound), then newest. Public.
   */
  productRecommendations: RecommendationConnection;
  /**
   * Products, newest first, as a cursor connection. Filters combine: `category` (exact slug),
   * `supplierId`, and `search` (words matched in title and description by the full-text index;
   * every word must match, a word also matches as a prefix; operators and special characters in it
   * are taken literally).
   */
  products: ProductConnection;
  /** One recommendation by id; null when there is none. Public. */
  recommendation: Maybe<Recommendation>;
  /** The recommendation behind a share link (`/r/<code>`), case-insensitive; null when none. Public. */
  recommendationByCode: Maybe<Recommendation>;
  /**
   * The signed-in member's re-share link to a recommendation: its share page with ?via=<their
   * handle>, so a buyer through it records them as re-sharer and they earn the re-sharer's share.
   * Re-sharing for a share is a privilege: below the RESHARE step it is FORBIDDEN, stating the
   * threshold and the member's standing (the plain Recommendation.shareLink is anyone's to pass on).
   * For the recommendation's author it is their own link: a sale through it is theirs already.
   * UNAUTHENTICATED without a session, BAD_USER_INPUT for a code that is not one, NOT_FOUND for
   * an unknown code.
   */
  reshareLink: Scalars['String']['output'];
  /**
   * Members and products matching `text`, grouped. Members are found by any part of their display
   * name or handle, in Chinese or Latin letters ("feng", "冯俊杰", "俊杰", "@sam_liu"); products by
   * title and description. Every word must match; a Latin word also matches as the start of a
   * word; Chinese characters match in the order typed. Operators and special characters in `text`
   * are taken literally. Up to 100 characters; text with nothing searchable finds nothing.
   */
  search: SearchResults;
  /**
   * What the signed-in supplier's product sales owe in commissions: confirmed and not yet paid,
   * per product, plus the pending estimate. Suppliers only.
   */
  supplierCommissionsOwed: SupplierCommissionsOwed;
  /** Orders of the signed-in supplier's products (to deliver or refund), newest first. Suppliers only. */
  supplierOrders: OrderConnection;
  /**
   * The trust model in numbers, for the "how trust works" page: its parameters, and records worked
   * out by the same functions that compute every member's trust.
   */
  trustModel: TrustModel;
  /**
   * Trusted picks: products ranked by the vouched trust of the members who recommend them and how
   * those recommendations held up for buyers, best first (docs/trusted-picks-and-daily.md). Public;
   * `personal: true` (signed in, else UNAUTHENTICATED) counts only the recommenders the viewer
   * trusts — whom they follow or bought through and said it held up, and, at half weight, whom those
   * they follow follow — and leaves out products none of them recommends.
   */
  trustedPicks: TrustedPickConnection;
  /** How many of the signed-in member's notifications are unread (UNAUTHENTICATED when signed out). */
  unreadNotificationCount: Scalars['Int']['output'];
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryCommissionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryFlagReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<FlagReviewStatus>;
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryFraudFlagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<FraudFlagStatus>;
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryGroupBuyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryGroupBuysFromFollowedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryLeaderboardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<LeaderboardScope>;
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryMemberArgs = {
  handle?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryMemberRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  handle?: InputMaybe<Scalars['String']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryMyCommissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onHold?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<CommissionStatus>;
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryMyGroupJoinsArgs = {
  groupBuyId: Scalars['ID']['input'];
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryMyOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryPayoutsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryProductRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  productId: Scalars['ID']['input'];
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryRecommendationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryRecommendationByCodeArgs = {
  code: Scalars['String']['input'];
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryReshareLinkArgs = {
  recommendationCode: Scalars['String']['input'];
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QuerySearchArgs = {
  text: Scalars['String']['input'];
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QuerySupplierOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
};


/**
 * The entry point for reading Trustline. Each area of the product (members, products, orders,
 * recommendations, trust, commissions) extends it in its own schema file.
 */
export type QueryTrustedPicksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  personal?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What rating a recommendation did. */
export type RateRecommendationPayload = {
  __typename?: 'RateRecommendationPayload';
  /** The verdict as recorded. */
  feedback: Feedback;
  /** The change it made to the recommender's trust; null when nothing moved. */
  trustEvent: Maybe<TrustEvent>;
};

/** A member's first-hand recommendation of a product they received. Public. */
export type Recommendation = {
  __typename?: 'Recommendation';
  /** Who recommends it. */
  author: Member;
  /** Short share code: 8 characters from 23456789ABCDEFGHJKMNPQRSTUVWXYZ. */
  code: Scalars['String']['output'];
  /** When it was first posted. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id (UUID). */
  id: Scalars['ID']['output'];
  /** The open group buy led through this recommendation, if any. */
  openGroupBuy: Maybe<GroupBuy>;
  /** Photos the recommender took of what they received, in their order, at most 4. */
  photos: Array<Photo>;
  /** What is recommended. */
  product: Product;
  /** 1 when posted; each edit adds one. */
  revision: Scalars['Int']['output'];
  /** Earlier versions, newest first: the 20 newest at most; empty until the first edit. */
  revisions: Array<RecommendationRevision>;
  /** The share page's absolute link on the site's public origin (PUBLIC_ORIGIN): what to copy, share or encode in a QR code. */
  shareLink: Scalars['String']['output'];
  /** Path of the public share page, `/r/<code>`; prefix it with the site's origin to share it. */
  shareUrl: Scalars['String']['output'];
  /** 1–5. */
  stars: Scalars['Int']['output'];
  /** The recommendation itself. */
  text: Scalars['String']['output'];
  /** When it was last edited (equal to createdAt until then). */
  updatedAt: Scalars['DateTime']['output'];
  /** True when the signed-in member has flagged this recommendation; false when anonymous. */
  viewerFlagged: Scalars['Boolean']['output'];
};

/** A page of recommendations. */
export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  /** The recommendations of this page, in order. */
  edges: Array<RecommendationEdge>;
  /** Where the page ends and whether more follow. */
  pageInfo: PageInfo;
};

/** One recommendation in a list. */
export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  /** Opaque position of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The recommendation. */
  node: Recommendation;
};

/** An earlier version of a recommendation, kept when its author edited it. */
export type RecommendationRevision = {
  __typename?: 'RecommendationRevision';
  /** When this version was written. */
  at: Scalars['DateTime']['output'];
  /** Which version this was (1 = as first posted). */
  revision: Scalars['Int']['output'];
  /** Its stars. */
  stars: Scalars['Int']['output'];
  /** Its text. */
  text: Scalars['String']['output'];
};

/** What requestPasswordReset needs. */
export type RequestPasswordResetInput = {
  /** A handle (any case) or the email of the account. */
  handleOrEmail: Scalars['String']['input'];
};

/** What resetPassword needs. */
export type ResetPasswordInput = {
  /** 10–200 characters, not easy to guess (the same rule as at sign-up). */
  newPassword: Scalars['String']['input'];
  /** The token from the reset link in the mail. */
  token: Scalars['String']['input'];
};

/** What a member may do. Every account is a MEMBER; SUPPLIER and ADMIN are granted by an admin. */
export type Role =
  /** Verifies members, grants roles, reviews fraud flags. */
  | 'ADMIN'
  /** Shops, recommends, follows: every account. */
  | 'MEMBER'
  /** Lists products and fulfils their orders. */
  | 'SUPPLIER';

/** What a search found, grouped by kind; each group is paged on its own. */
export type SearchResults = {
  __typename?: 'SearchResults';
  /**
   * Members, the best match first: the member whose handle is exactly the text, then one whose
   * display name is, then by relevance (the more trusted first among equals).
   */
  members: MemberSearchConnection;
  /** Products, the best match first (a match in a short title before one deep in a description). */
  products: ProductConnection;
  /** The text searched for, trimmed. */
  text: Scalars['String']['output'];
};


/** What a search found, grouped by kind; each group is paged on its own. */
export type SearchResultsMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a search found, grouped by kind; each group is paged on its own. */
export type SearchResultsProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One signed-in browser or API client of the member: what they see to recognise and end it. */
export type Session = {
  __typename?: 'Session';
  /** When the session was opened (the sign-in or sign-up). */
  createdAt: Scalars['DateTime']['output'];
  /** True for the session this request was made with. */
  current: Scalars['Boolean']['output'];
  /** The device in plain words from the User-Agent the session was opened with ("Chrome 131 · Windows 10"); empty when unrecognisable. */
  device: Scalars['String']['output'];
  /** Names the session to end it (endSession). Not its token, which never leaves the server. */
  id: Scalars['ID']['output'];
  /** When the session was last used, to within a quarter of an hour (use is recorded at most that often). */
  lastUsedAt: Scalars['DateTime']['output'];
};

/** Credentials for signIn. */
export type SignInInput = {
  /** Your handle (any case) or your email. */
  handleOrEmail: Scalars['String']['input'];
  /** Your password. */
  password: Scalars['String']['input'];
};

/** What a new member gives at sign-up. */
export type SignUpInput = {
  /** 1–50 characters. */
  displayName: Scalars['String']['input'];
  /** A valid email, stored lower-case; unique. */
  email: Scalars['String']['input'];
  /** 3–30 letters, digits or _; unique regardless of case. */
  handle: Scalars['String']['input'];
  /** Optional: the inviteCode of the member who invited you. Recorded as data only; it earns nobody anything. An unknown code is BAD_USER_INPUT. */
  invitationCode?: InputMaybe<Scalars['String']['input']>;
  /** 10–200 characters. */
  password: Scalars['String']['input'];
};

/** What a supplier's product sales owe in commissions. */
export type SupplierCommissionsOwed = {
  __typename?: 'SupplierCommissionsOwed';
  /** Per product, the products with something owed or pending first by amount. */
  byProduct: Array<SupplierProductCommissions>;
  /** How many confirmed, unpaid commissions. */
  owedCount: Scalars['Int']['output'];
  /** Confirmed, not yet paid: what the supplier owes now. */
  owedMinor: Scalars['Money']['output'];
  /** Estimates of commissions still pending (may shrink with trust or vanish with refunds). */
  pendingEstimateMinor: Scalars['Money']['output'];
};

/** One product's part of what a supplier owes. */
export type SupplierProductCommissions = {
  __typename?: 'SupplierProductCommissions';
  /** How many confirmed, unpaid commissions. */
  owedCount: Scalars['Int']['output'];
  /** Confirmed, not yet paid. */
  owedMinor: Scalars['Money']['output'];
  /** Estimates still pending. */
  pendingEstimateMinor: Scalars['Money']['output'];
  /** The product. */
  product: Product;
};

/**
 * A member's trust: how often their recommendations held up for the buyers, weighted by the
 * buyers' own trust and decayed over time. Read from the trust state stored on the member.
 */
export type Trust = {
  __typename?: 'Trust';
  /** How much evidence stands behind the score, from 0 (none) to 1. */
  confidence: Scalars['Float']['output'];
  /** True while there is too little evidence to say much: shown as new. */
  isNew: Scalars['Boolean']['output'];
  /**
   * What leaderboards sort on, 0–100: a lower confidence bound of the vouched evidence (verdicts of
   * raters the verified members' trust reaches), so a lucky streak does not outrank a long record.
   * 0 without vouched evidence: such a record is not on the global and category boards.
   */
  rankKey: Scalars['Float']['output'];
  /** Score from 0 to 100 (one decimal). Newcomers start at the neutral 50. */
  score: Scalars['Float']['output'];
  /**
   * True when the record carries vouched evidence (at least one full verdict's worth from raters the
   * verified members' trust reaches). An unvouched score rests only on accounts nobody trusted yet:
   * it ranks nowhere and is shown as unvouched.
   */
  vouched: Scalars['Boolean']['output'];
  /**
   * The vouched evidence that held up, in full verdicts: verdicts of raters the verified members'
   * trust reaches, weighted and decayed. With vouchedLetDown it is what rankKey is the lower
   * confidence bound of (the "how trust works" page works one through).
   */
  vouchedHeldUp: Scalars['Float']['output'];
  /** The vouched evidence that did not hold up, in full verdicts (a let-down or a refund weighs TrustModel.letDownWeight). */
  vouchedLetDown: Scalars['Float']['output'];
};

/** One recorded change of a member's trust score, with its cause and a sentence explaining it. Append-only. */
export type TrustEvent = {
  __typename?: 'TrustEvent';
  /** Score after, 0–100. */
  after: Scalars['Float']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Score before, 0–100. */
  before: Scalars['Float']['output'];
  /** What caused it. */
  cause: TrustEventCause;
  /** after − before. */
  delta: Scalars['Float']['output'];
  /** Stable id (UUID). */
  id: Scalars['ID']['output'];
  /** The member whose trust changed. */
  member: Member;
  /** The explanation in English, e.g. "+1.8: @wang's order of Hainan cherries held up; @wang's trust is 72". */
  textEn: Scalars['String']['output'];
  /** The explanation in Simplified Chinese. */
  textZh: Scalars['String']['output'];
};

/** Why a trust score changed. */
export type TrustEventCause =
  /** A buyer's verdict on a recommendation. */
  | 'FEEDBACK'
  /** The periodic global recompute's correction. */
  | 'RECOMPUTE'
  /** A refund of an order placed through a recommendation: a negative verdict. */
  | 'REFUND';

/** A page of trust events, newest first. */
export type TrustEventConnection = {
  __typename?: 'TrustEventConnection';
  /** The events of this page. */
  edges: Array<TrustEventEdge>;
  /** Where the page ends and whether more follow. */
  pageInfo: PageInfo;
};

/** One trust event in a list. */
export type TrustEventEdge = {
  __typename?: 'TrustEventEdge';
  /** Opaque position; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: TrustEvent;
};

/** A record of vouched verdicts and what the trust model makes of it. */
export type TrustExample = {
  __typename?: 'TrustExample';
  /** The confidence, 0–1. */
  confidence: Scalars['Float']['output'];
  /** Verdicts that held up (each a full verdict from a vouched buyer). */
  heldUp: Scalars['Int']['output'];
  /** Still shown as new. */
  isNew: Scalars['Boolean']['output'];
  /** Verdicts that did not hold up (full verdicts; a let-down weighs letDownWeight of them). */
  letDown: Scalars['Int']['output'];
  /** The rank key, 0–100: what the leaderboards sort on. */
  rankKey: Scalars['Float']['output'];
  /** The score, 0–100. */
  score: Scalars['Float']['output'];
};

/** One day of a member's trust-and-rank history (from the daily snapshots). */
export type TrustHistoryPoint = {
  __typename?: 'TrustHistoryPoint';
  /** Confidence 0–1 on that day. */
  confidence: Scalars['Float']['output'];
  /** YYYY-MM-DD, the network's time zone. */
  day: Scalars['String']['output'];
  /** Global rank on that day. */
  rank: Scalars['Int']['output'];
  /** Trust score 0–100 on that day. */
  score: Scalars['Float']['output'];
};

/** The trust model's parameters and worked examples (docs/trust-model.md explains each). */
export type TrustModel = {
  __typename?: 'TrustModel';
  /** Full verdicts of evidence at which confidence is 0.5. */
  confidenceEvidence: Scalars['Float']['output'];
  /** How much a verdict still counts after some days (the half-life at work). */
  decay: Array<DecayStep>;
  /**
   * Records of vouched verdicts worked out as the server works out every member's: 3 held up of
   * 3, and 95 of 100 (why a short lucky streak ranks below a long good record), and a few more.
   */
  examples: Array<TrustExample>;
  /** Days after which a verdict counts half. */
  halfLifeDays: Scalars['Float']['output'];
  /** How many times a verdict that held up a let-down (or a refund) weighs. */
  letDownWeight: Scalars['Float']['output'];
  /** The voice of an account no trust reaches, as a share of a fully trusted buyer's (0–1). */
  minVoice: Scalars['Float']['output'];
  /** Vouched evidence (full verdicts) a record needs before it ranks at all. */
  minVouchedEvidence: Scalars['Float']['output'];
  /** The score of a member without evidence, 0–100. */
  neutralScore: Scalars['Float']['output'];
  /** Below this much evidence (full verdicts) a member is shown as new. */
  newcomerEvidence: Scalars['Float']['output'];
  /** However many unvouched accounts speak, together they count at most this many full verdicts. */
  unvouchedCap: Scalars['Float']['output'];
  /** Full verdicts one rater confers in all; more is split between those they rate. */
  vouchBudget: Scalars['Float']['output'];
};

/** A product as a trusted pick, with the reason it is one. */
export type TrustedPick = {
  __typename?: 'TrustedPick';
  /** Buyers through those recommendations who said it held up. */
  heldUp: Scalars['Int']['output'];
  /** Buyers who judged (verdicts, and refunds without one). */
  judged: Scalars['Int']['output'];
  /** The product. */
  product: Product;
  /** How many recommenders count: its vouched recommenders, or, when personal, those the viewer trusts. */
  recommenderCount: Scalars['Int']['output'];
  /** The best of them by rank key (at most 3). */
  recommenders: Array<Member>;
  /** The pick score: the counted recommenders' trust (rank keys over 100, weighted when personal) times a lower bound of the share that held up. */
  score: Scalars['Float']['output'];
};

/** A page of trusted picks. */
export type TrustedPickConnection = {
  __typename?: 'TrustedPickConnection';
  /** The picks of this page, best first. */
  edges: Array<TrustedPickEdge>;
  /** Where the page ends and whether more follow. */
  pageInfo: PageInfo;
};

/** One trusted pick in a list. */
export type TrustedPickEdge = {
  __typename?: 'TrustedPickEdge';
  /** Opaque position; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The pick. */
  node: TrustedPick;
};

/** Changes to a product; a field left out (or null) stays as it is. Only its own supplier may edit it. */
export type UpdateProductInput = {
  /** A slug of 1–40 lower-case letters, digits and single hyphens. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Commission rate in basis points, 0–3000. Orders already placed keep their rate. */
  commissionRateBps?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 4217 three-letter code. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The product to change. */
  id: Scalars['ID']['input'];
  /** Unit price in minor units: a positive whole number. Orders already placed keep their price. */
  priceMinor?: InputMaybe<Scalars['Money']['input']>;
  /** 1–120 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Profile changes; a field left out (or null) stays as it is. */
export type UpdateProfileInput = {
  /** Up to 500 characters; an empty string clears it. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** 1–50 characters. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** `en` or `zh-CN`. */
  locale?: InputMaybe<Scalars['String']['input']>;
};

/** What upholdFraudFlag returns. */
export type UpholdFraudFlagPayload = {
  __typename?: 'UpholdFraudFlagPayload';
  /** The flag, now upheld. */
  flag: FraudFlag;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'member'> & { member: ResolversTypes['Member'] }>;
  BeneficiaryRole: BeneficiaryRole;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CategoryCount: ResolverTypeWrapper<CategoryCount>;
  ChangePasswordInput: ChangePasswordInput;
  CircleDay: ResolverTypeWrapper<CircleDayRecord>;
  CircleDayPlace: ResolverTypeWrapper<CircleDayRecord>;
  ClearFraudFlagPayload: ResolverTypeWrapper<Omit<ClearFraudFlagPayload, 'flag'> & { flag: ResolversTypes['FraudFlag'] }>;
  Commission: ResolverTypeWrapper<CommissionRecord>;
  CommissionConnection: ResolverTypeWrapper<Omit<CommissionConnection, 'edges'> & { edges: Array<ResolversTypes['CommissionEdge']> }>;
  CommissionEdge: ResolverTypeWrapper<Omit<CommissionEdge, 'node'> & { node: ResolversTypes['Commission'] }>;
  CommissionExplanation: ResolverTypeWrapper<CommissionExplanation>;
  CommissionHoldReason: ResolverTypeWrapper<HoldReason>;
  CommissionShare: ResolverTypeWrapper<ShareView>;
  CommissionStatus: CommissionStatus;
  CommissionTotals: ResolverTypeWrapper<CommissionTotals>;
  CommunityFlag: ResolverTypeWrapper<CommunityFlagRecord>;
  CommunityFlagStatus: CommunityFlagStatus;
  CreateProductInput: CreateProductInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecayStep: ResolverTypeWrapper<DecayStep>;
  DeliveryAddress: ResolverTypeWrapper<DeliveryAddressRecord>;
  DeliveryAddressInput: DeliveryAddressInput;
  Feedback: ResolverTypeWrapper<FeedbackRecord>;
  FirstSteps: ResolverTypeWrapper<FirstSteps>;
  FlagDecision: FlagDecision;
  FlagReason: FlagReason;
  FlagReview: ResolverTypeWrapper<FlagReviewRecord>;
  FlagReviewConnection: ResolverTypeWrapper<Omit<FlagReviewConnection, 'edges'> & { edges: Array<ResolversTypes['FlagReviewEdge']> }>;
  FlagReviewEdge: ResolverTypeWrapper<Omit<FlagReviewEdge, 'node'> & { node: ResolversTypes['FlagReview'] }>;
  FlagReviewStatus: FlagReviewStatus;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowConnection: ResolverTypeWrapper<Omit<FollowConnection, 'edges'> & { edges: Array<ResolversTypes['FollowEdge']> }>;
  FollowEdge: ResolverTypeWrapper<Omit<FollowEdge, 'node'> & { node: ResolversTypes['Member'] }>;
  FraudEvidence: ResolverTypeWrapper<FraudEvidenceRecord>;
  FraudEvidenceOutcome: FraudEvidenceOutcome;
  FraudFlag: ResolverTypeWrapper<FraudFlagRecord>;
  FraudFlagConnection: ResolverTypeWrapper<Omit<FraudFlagConnection, 'edges'> & { edges: Array<ResolversTypes['FraudFlagEdge']> }>;
  FraudFlagEdge: ResolverTypeWrapper<Omit<FraudFlagEdge, 'node'> & { node: ResolversTypes['FraudFlag'] }>;
  FraudFlagStatus: FraudFlagStatus;
  FriendDay: ResolverTypeWrapper<FriendDayRecord>;
  GroupBuy: ResolverTypeWrapper<GroupBuyRecord>;
  GroupBuyStatus: GroupBuyStatus;
  GroupJoin: ResolverTypeWrapper<GroupJoinRecord>;
  GroupJoinStatus: GroupJoinStatus;
  GroupTier: ResolverTypeWrapper<GroupTier>;
  GroupTierInput: GroupTierInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LeaderboardConnection: ResolverTypeWrapper<Omit<LeaderboardConnection, 'edges'> & { edges: Array<ResolversTypes['LeaderboardEdge']> }>;
  LeaderboardEdge: ResolverTypeWrapper<Omit<LeaderboardEdge, 'node'> & { node: ResolversTypes['LeaderboardRow'] }>;
  LeaderboardRow: ResolverTypeWrapper<LeaderboardRowRecord>;
  LeaderboardScope: LeaderboardScope;
  Member: ResolverTypeWrapper<MemberRecord>;
  MemberRank: ResolverTypeWrapper<MemberRank>;
  MemberSearchConnection: ResolverTypeWrapper<Omit<MemberSearchConnection, 'edges'> & { edges: Array<ResolversTypes['MemberSearchEdge']> }>;
  MemberSearchEdge: ResolverTypeWrapper<Omit<MemberSearchEdge, 'node'> & { node: ResolversTypes['Member'] }>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkStats: ResolverTypeWrapper<NetworkStats>;
  Notification: ResolverTypeWrapper<NotificationRecord>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: NotificationKind;
  NotificationPreference: ResolverTypeWrapper<NotificationPreference>;
  Order: ResolverTypeWrapper<OrderRecord>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderStatus: OrderStatus;
  OrderStatusChange: ResolverTypeWrapper<OrderStatusChangeRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payout: ResolverTypeWrapper<PayoutRecord>;
  PayoutConnection: ResolverTypeWrapper<Omit<PayoutConnection, 'edges'> & { edges: Array<ResolversTypes['PayoutEdge']> }>;
  PayoutEdge: ResolverTypeWrapper<Omit<PayoutEdge, 'node'> & { node: ResolversTypes['Payout'] }>;
  PayoutLine: ResolverTypeWrapper<PayoutLineRecord>;
  Photo: ResolverTypeWrapper<PhotoRecord>;
  PhotoVariant: ResolverTypeWrapper<PhotoVariant>;
  PostalAddress: ResolverTypeWrapper<AddressFields>;
  Privilege: Privilege;
  PrivilegeLadder: ResolverTypeWrapper<PrivilegeLadder>;
  PrivilegeStanding: ResolverTypeWrapper<PrivilegeStanding>;
  Product: ResolverTypeWrapper<ProductRecord>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateRecommendationPayload: ResolverTypeWrapper<Omit<RateRecommendationPayload, 'feedback' | 'trustEvent'> & { feedback: ResolversTypes['Feedback'], trustEvent?: Maybe<ResolversTypes['TrustEvent']> }>;
  Recommendation: ResolverTypeWrapper<RecommendationRecord>;
  RecommendationConnection: ResolverTypeWrapper<Omit<RecommendationConnection, 'edges'> & { edges: Array<ResolversTypes['RecommendationEdge']> }>;
  RecommendationEdge: ResolverTypeWrapper<Omit<RecommendationEdge, 'node'> & { node: ResolversTypes['Recommendation'] }>;
  RecommendationRevision: ResolverTypeWrapper<RecommendationRevisionRecord>;
  RequestPasswordResetInput: RequestPasswordResetInput;
  ResetPasswordInput: ResetPasswordInput;
  Role: Role;
  SearchResults: ResolverTypeWrapper<SearchRecord>;
  Session: ResolverTypeWrapper<SessionRecord>;
  SignInInput: SignInInput;
  SignUpInput: SignUpInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SupplierCommissionsOwed: ResolverTypeWrapper<Omit<SupplierCommissionsOwed, 'byProduct'> & { byProduct: Array<ResolversTypes['SupplierProductCommissions']> }>;
  SupplierProductCommissions: ResolverTypeWrapper<SupplierProductOwed>;
  Trust: ResolverTypeWrapper<Trust>;
  TrustEvent: ResolverTypeWrapper<TrustEventRecord>;
  TrustEventCause: TrustEventCause;
  TrustEventConnection: ResolverTypeWrapper<Omit<TrustEventConnection, 'edges'> & { edges: Array<ResolversTypes['TrustEventEdge']> }>;
  TrustEventEdge: ResolverTypeWrapper<Omit<TrustEventEdge, 'node'> & { node: ResolversTypes['TrustEvent'] }>;
  TrustExample: ResolverTypeWrapper<TrustExample>;
  TrustHistoryPoint: ResolverTypeWrapper<TrustHistoryPoint>;
  TrustModel: ResolverTypeWrapper<TrustModel>;
  TrustedPick: ResolverTypeWrapper<RankedPick>;
  TrustedPickConnection: ResolverTypeWrapper<Omit<TrustedPickConnection, 'edges'> & { edges: Array<ResolversTypes['TrustedPickEdge']> }>;
  TrustedPickEdge: ResolverTypeWrapper<Omit<TrustedPickEdge, 'node'> & { node: ResolversTypes['TrustedPick'] }>;
  UpdateProductInput: UpdateProductInput;
  UpdateProfileInput: UpdateProfileInput;
  UpholdFraudFlagPayload: ResolverTypeWrapper<Omit<UpholdFraudFlagPayload, 'flag'> & { flag: ResolversTypes['FraudFlag'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuthPayload: Omit<AuthPayload, 'member'> & { member: ResolversParentTypes['Member'] };
  Boolean: Scalars['Boolean']['output'];
  CategoryCount: CategoryCount;
  ChangePasswordInput: ChangePasswordInput;
  CircleDay: CircleDayRecord;
  CircleDayPlace: CircleDayRecord;
  ClearFraudFlagPayload: Omit<ClearFraudFlagPayload, 'flag'> & { flag: ResolversParentTypes['FraudFlag'] };
  Commission: CommissionRecord;
  CommissionConnection: Omit<CommissionConnection, 'edges'> & { edges: Array<ResolversParentTypes['CommissionEdge']> };
  CommissionEdge: Omit<CommissionEdge, 'node'> & { node: ResolversParentTypes['Commission'] };
  CommissionExplanation: CommissionExplanation;
  CommissionHoldReason: HoldReason;
  CommissionShare: ShareView;
  CommissionTotals: CommissionTotals;
  CommunityFlag: CommunityFlagRecord;
  CreateProductInput: CreateProductInput;
  DateTime: Scalars['DateTime']['output'];
  DecayStep: DecayStep;
  DeliveryAddress: DeliveryAddressRecord;
  DeliveryAddressInput: DeliveryAddressInput;
  Feedback: FeedbackRecord;
  FirstSteps: FirstSteps;
  FlagReview: FlagReviewRecord;
  FlagReviewConnection: Omit<FlagReviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['FlagReviewEdge']> };
  FlagReviewEdge: Omit<FlagReviewEdge, 'node'> & { node: ResolversParentTypes['FlagReview'] };
  Float: Scalars['Float']['output'];
  FollowConnection: Omit<FollowConnection, 'edges'> & { edges: Array<ResolversParentTypes['FollowEdge']> };
  FollowEdge: Omit<FollowEdge, 'node'> & { node: ResolversParentTypes['Member'] };
  FraudEvidence: FraudEvidenceRecord;
  FraudFlag: FraudFlagRecord;
  FraudFlagConnection: Omit<FraudFlagConnection, 'edges'> & { edges: Array<ResolversParentTypes['FraudFlagEdge']> };
  FraudFlagEdge: Omit<FraudFlagEdge, 'node'> & { node: ResolversParentTypes['FraudFlag'] };
  FriendDay: FriendDayRecord;
  GroupBuy: GroupBuyRecord;
  GroupJoin: GroupJoinRecord;
  GroupTier: GroupTier;
  GroupTierInput: GroupTierInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LeaderboardConnection: Omit<LeaderboardConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeaderboardEdge']> };
  LeaderboardEdge: Omit<LeaderboardEdge, 'node'> & { node: ResolversParentTypes['LeaderboardRow'] };
  LeaderboardRow: LeaderboardRowRecord;
  Member: MemberRecord;
  MemberRank: MemberRank;
  MemberSearchConnection: Omit<MemberSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['MemberSearchEdge']> };
  MemberSearchEdge: Omit<MemberSearchEdge, 'node'> & { node: ResolversParentTypes['Member'] };
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  NetworkStats: NetworkStats;
  Notification: NotificationRecord;
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationPreference: NotificationPreference;
  Order: OrderRecord;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderStatusChange: OrderStatusChangeRecord;
  PageInfo: PageInfo;
  Payout: PayoutRecord;
  PayoutConnection: Omit<PayoutConnection, 'edges'> & { edges: Array<ResolversParentTypes['PayoutEdge']> };
  PayoutEdge: Omit<PayoutEdge, 'node'> & { node: ResolversParentTypes['Payout'] };
  PayoutLine: PayoutLineRecord;
  Photo: PhotoRecord;
  PhotoVariant: PhotoVariant;
  PostalAddress: AddressFields;
  PrivilegeLadder: PrivilegeLadder;
  PrivilegeStanding: PrivilegeStanding;
  Product: ProductRecord;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  Query: Record<PropertyKey, never>;
  RateRecommendationPayload: Omit<RateRecommendationPayload, 'feedback' | 'trustEvent'> & { feedback: ResolversParentTypes['Feedback'], trustEvent?: Maybe<ResolversParentTypes['TrustEvent']> };
  Recommendation: RecommendationRecord;
  RecommendationConnection: Omit<RecommendationConnection, 'edges'> & { edges: Array<ResolversParentTypes['RecommendationEdge']> };
  RecommendationEdge: Omit<RecommendationEdge, 'node'> & { node: ResolversParentTypes['Recommendation'] };
  RecommendationRevision: RecommendationRevisionRecord;
  RequestPasswordResetInput: RequestPasswordResetInput;
  ResetPasswordInput: ResetPasswordInput;
  SearchResults: SearchRecord;
  Session: SessionRecord;
  SignInInput: SignInInput;
  SignUpInput: SignUpInput;
  String: Scalars['String']['output'];
  SupplierCommissionsOwed: Omit<SupplierCommissionsOwed, 'byProduct'> & { byProduct: Array<ResolversParentTypes['SupplierProductCommissions']> };
  SupplierProductCommissions: SupplierProductOwed;
  Trust: Trust;
  TrustEvent: TrustEventRecord;
  TrustEventConnection: Omit<TrustEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['TrustEventEdge']> };
  TrustEventEdge: Omit<TrustEventEdge, 'node'> & { node: ResolversParentTypes['TrustEvent'] };
  TrustExample: TrustExample;
  TrustHistoryPoint: TrustHistoryPoint;
  TrustModel: TrustModel;
  TrustedPick: RankedPick;
  TrustedPickConnection: Omit<TrustedPickConnection, 'edges'> & { edges: Array<ResolversParentTypes['TrustedPickEdge']> };
  TrustedPickEdge: Omit<TrustedPickEdge, 'node'> & { node: ResolversParentTypes['TrustedPick'] };
  UpdateProductInput: UpdateProductInput;
  UpdateProfileInput: UpdateProfileInput;
  UpholdFraudFlagPayload: Omit<UpholdFraudFlagPayload, 'flag'> & { flag: ResolversParentTypes['FraudFlag'] };
};

export type AuthPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CategoryCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategoryCount'] = ResolversParentTypes['CategoryCount']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CircleDayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CircleDay'] = ResolversParentTypes['CircleDay']> = {
  cheers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  movement?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  passedBy?: Resolver<Array<ResolversTypes['FriendDay']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ranked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  top?: Resolver<Array<ResolversTypes['FriendDay']>, ParentType, ContextType>;
};

export type CircleDayPlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CircleDayPlace'] = ResolversParentTypes['CircleDayPlace']> = {
  cheers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  movement?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ranked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClearFraudFlagPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClearFraudFlagPayload'] = ResolversParentTypes['ClearFraudFlagPayload']> = {
  flag?: Resolver<ResolversTypes['FraudFlag'], ParentType, ContextType>;
  releasedCommissions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommissionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Commission'] = ResolversParentTypes['Commission']> = {
  commissionRateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmableAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['CommissionExplanation']>, ParentType, ContextType>;
  heldSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  holdReasons?: Resolver<Array<ResolversTypes['CommissionHoldReason']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  myShare?: Resolver<Maybe<ResolversTypes['CommissionShare']>, ParentType, ContextType>;
  onHold?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  orderTotalMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  poolMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  retainedMinor?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  reversedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reversedFrom?: Resolver<Maybe<ResolversTypes['CommissionStatus']>, ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['CommissionShare']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommissionStatus'], ParentType, ContextType>;
};

export type CommissionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommissionConnection'] = ResolversParentTypes['CommissionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommissionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CommissionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommissionEdge'] = ResolversParentTypes['CommissionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Commission'], ParentType, ContextType>;
};

export type CommissionExplanationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommissionExplanation'] = ResolversParentTypes['CommissionExplanation']> = {
  amountMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  baseShareBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commissionRateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orderTotalMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  poolMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  reversed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trustAtConfirmation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  trustFactorBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trustUsed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weightBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommissionHoldReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommissionHoldReason'] = ResolversParentTypes['CommissionHoldReason']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onViewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FraudFlagStatus'], ParentType, ContextType>;
};

export type CommissionShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommissionShare'] = ResolversParentTypes['CommissionShare']> = {
  amountMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  baseShareBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['BeneficiaryRole'], ParentType, ContextType>;
  trust?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trustFactorBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weightBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommissionTotalsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommissionTotals'] = ResolversParentTypes['CommissionTotals']> = {
  confirmedMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  onHoldMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  owedMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  paidMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pendingMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CommunityFlagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityFlag'] = ResolversParentTypes['CommunityFlag']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  flagger?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['FlagReason'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommunityFlagStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecayStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DecayStep'] = ResolversParentTypes['DecayStep']> = {
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DeliveryAddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliveryAddress'] = ResolversParentTypes['DeliveryAddress']> = {
  address?: Resolver<ResolversTypes['PostalAddress'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type FeedbackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Feedback'] = ResolversParentTypes['Feedback']> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  heldUp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rater?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  stars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FirstStepsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FirstSteps'] = ResolversParentTypes['FirstSteps']> = {
  boughtThroughRecommendation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dismissed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recommended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FlagReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlagReview'] = ResolversParentTypes['FlagReview']> = {
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['CommunityFlag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FlagReviewStatus'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type FlagReviewConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlagReviewConnection'] = ResolversParentTypes['FlagReviewConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FlagReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FlagReviewEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlagReviewEdge'] = ResolversParentTypes['FlagReviewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FlagReview'], ParentType, ContextType>;
};

export type FollowConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowConnection'] = ResolversParentTypes['FollowConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FollowEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FollowEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FollowEdge'] = ResolversParentTypes['FollowEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type FraudEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FraudEvidence'] = ResolversParentTypes['FraudEvidence']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['FraudEvidenceOutcome'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  rater?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  recommender?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  stars?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FraudFlagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FraudFlag'] = ResolversParentTypes['FraudFlag']> = {
  clearedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  clearedBy?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['FraudEvidence']>, ParentType, ContextType>;
  groupBuy?: Resolver<Maybe<ResolversTypes['GroupBuy']>, ParentType, ContextType>;
  heldCommissionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  raisedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FraudFlagStatus'], ParentType, ContextType>;
  upheldAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  upheldBy?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
};

export type FraudFlagConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FraudFlagConnection'] = ResolversParentTypes['FraudFlagConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FraudFlagEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FraudFlagEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FraudFlagEdge'] = ResolversParentTypes['FraudFlagEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FraudFlag'], ParentType, ContextType>;
};

export type FriendDayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FriendDay'] = ResolversParentTypes['FriendDay']> = {
  cheers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  viewerCheered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GroupBuyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupBuy'] = ResolversParentTypes['GroupBuy']> = {
  basePriceMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  countedBuyers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  joiners?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  leader?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  shareLink?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GroupBuyStatus'], ParentType, ContextType>;
  targetBuyers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['GroupTier']>, ParentType, ContextType>;
  unitPriceMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type GroupJoinResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupJoin'] = ResolversParentTypes['GroupJoin']> = {
  established?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  groupBuy?: Resolver<ResolversTypes['GroupBuy'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GroupJoinStatus'], ParentType, ContextType>;
};

export type GroupTierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupTier'] = ResolversParentTypes['GroupTier']> = {
  discountBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minBuyers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPriceMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type LeaderboardConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeaderboardConnection'] = ResolversParentTypes['LeaderboardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LeaderboardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  snapshotDay?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LeaderboardEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeaderboardEdge'] = ResolversParentTypes['LeaderboardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LeaderboardRow'], ParentType, ContextType>;
};

export type LeaderboardRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeaderboardRow'] = ResolversParentTypes['LeaderboardRow']> = {
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  movement?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  avatar?: Resolver<Maybe<ResolversTypes['Photo']>, ParentType, ContextType>;
  bio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categoryRank?: Resolver<Maybe<ResolversTypes['MemberRank']>, ParentType, ContextType, RequireFields<MemberCategoryRankArgs, 'category'>>;
  circleDay?: Resolver<Maybe<ResolversTypes['CircleDay']>, ParentType, ContextType, Partial<MemberCircleDayArgs>>;
  circleDays?: Resolver<Array<ResolversTypes['CircleDayPlace']>, ParentType, ContextType, Partial<MemberCircleDaysArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSteps?: Resolver<Maybe<ResolversTypes['FirstSteps']>, ParentType, ContextType>;
  followerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followers?: Resolver<ResolversTypes['FollowConnection'], ParentType, ContextType, Partial<MemberFollowersArgs>>;
  following?: Resolver<ResolversTypes['FollowConnection'], ParentType, ContextType, Partial<MemberFollowingArgs>>;
  followingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inviteCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  privileges?: Resolver<Array<ResolversTypes['PrivilegeStanding']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['MemberRank']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  trust?: Resolver<ResolversTypes['Trust'], ParentType, ContextType>;
  trustEvents?: Resolver<ResolversTypes['TrustEventConnection'], ParentType, ContextType, Partial<MemberTrustEventsArgs>>;
  trustHistory?: Resolver<Array<ResolversTypes['TrustHistoryPoint']>, ParentType, ContextType, Partial<MemberTrustHistoryArgs>>;
  underReview?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerFollows?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MemberRankResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberRank'] = ResolversParentTypes['MemberRank']> = {
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  movement?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberSearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberSearchConnection'] = ResolversParentTypes['MemberSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MemberSearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MemberSearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberSearchEdge'] = ResolversParentTypes['MemberSearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addDeliveryAddress?: Resolver<ResolversTypes['DeliveryAddress'], ParentType, ContextType, RequireFields<MutationAddDeliveryAddressArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  cheerFriendDay?: Resolver<ResolversTypes['FriendDay'], ParentType, ContextType, RequireFields<MutationCheerFriendDayArgs, 'day' | 'memberId'>>;
  clearFraudFlag?: Resolver<ResolversTypes['ClearFraudFlagPayload'], ParentType, ContextType, RequireFields<MutationClearFraudFlagArgs, 'id' | 'note'>>;
  closeGroupBuy?: Resolver<ResolversTypes['GroupBuy'], ParentType, ContextType, RequireFields<MutationCloseGroupBuyArgs, 'groupBuyId'>>;
  confirmReceipt?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationConfirmReceiptArgs, 'orderId'>>;
  createProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  dismissFirstSteps?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  editRecommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationEditRecommendationArgs, 'id'>>;
  endOtherSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endSession?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationEndSessionArgs, 'id'>>;
  flagRecommendation?: Resolver<ResolversTypes['CommunityFlag'], ParentType, ContextType, RequireFields<MutationFlagRecommendationArgs, 'reason' | 'recommendationId' | 'text'>>;
  follow?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationFollowArgs, 'memberId'>>;
  joinGroupBuy?: Resolver<ResolversTypes['GroupJoin'], ParentType, ContextType, RequireFields<MutationJoinGroupBuyArgs, 'groupBuyId' | 'idempotencyKey' | 'quantity'>>;
  markAllNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  markNotificationRead?: Resolver<ResolversTypes['Notification'], ParentType, ContextType, RequireFields<MutationMarkNotificationReadArgs, 'id'>>;
  markOrderDelivered?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationMarkOrderDeliveredArgs, 'orderId'>>;
  openGroupBuy?: Resolver<ResolversTypes['GroupBuy'], ParentType, ContextType, RequireFields<MutationOpenGroupBuyArgs, 'deadline' | 'recommendationId' | 'targetBuyers'>>;
  placeOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'idempotencyKey' | 'productId' | 'quantity'>>;
  postRecommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationPostRecommendationArgs, 'productId' | 'stars' | 'text'>>;
  rateRecommendation?: Resolver<ResolversTypes['RateRecommendationPayload'], ParentType, ContextType, RequireFields<MutationRateRecommendationArgs, 'heldUp' | 'orderId' | 'stars'>>;
  refundOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationRefundOrderArgs, 'orderId' | 'reason'>>;
  removeDeliveryAddress?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveDeliveryAddressArgs, 'id'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  resolveFlagReview?: Resolver<ResolversTypes['FlagReview'], ParentType, ContextType, RequireFields<MutationResolveFlagReviewArgs, 'decision' | 'id' | 'note'>>;
  setAvatar?: Resolver<ResolversTypes['Member'], ParentType, ContextType, Partial<MutationSetAvatarArgs>>;
  setGroupBuyTiers?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationSetGroupBuyTiersArgs, 'maxDurationHours' | 'productId' | 'tiers'>>;
  setMemberVerified?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationSetMemberVerifiedArgs, 'memberId' | 'verified'>>;
  setNotificationPreference?: Resolver<ResolversTypes['NotificationPreference'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferenceArgs, 'email' | 'inApp' | 'kind'>>;
  setProductPhotos?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationSetProductPhotosArgs, 'photoIds' | 'productId'>>;
  setRecommendationPhotos?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationSetRecommendationPhotosArgs, 'photoIds' | 'recommendationId'>>;
  setSupplier?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationSetSupplierArgs, 'memberId' | 'supplier'>>;
  signIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'input'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  unfollow?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationUnfollowArgs, 'memberId'>>;
  updateDeliveryAddress?: Resolver<ResolversTypes['DeliveryAddress'], ParentType, ContextType, RequireFields<MutationUpdateDeliveryAddressArgs, 'id' | 'input'>>;
  updateProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'input'>>;
  updateProfile?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'input'>>;
  upholdFraudFlag?: Resolver<ResolversTypes['UpholdFraudFlagPayload'], ParentType, ContextType, RequireFields<MutationUpholdFraudFlagArgs, 'id' | 'note'>>;
};

export type NetworkStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkStats'] = ResolversParentTypes['NetworkStats']> = {
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  products?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  actor?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  heldUp?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  movement?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  privilege?: Resolver<Maybe<ResolversTypes['Privilege']>, ParentType, ContextType>;
  productTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ranked?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stars?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trustDelta?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type NotificationPreferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationPreference'] = ResolversParentTypes['NotificationPreference']> = {
  email?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inApp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
};

export type OrderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = {
  buyer?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  commissionRateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveryAddress?: Resolver<Maybe<ResolversTypes['PostalAddress']>, ParentType, ContextType>;
  deliveryAddressErasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['Feedback']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['OrderStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratableUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recommendation?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  refundableUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  refundedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resharer?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  totalMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPriceMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OrderEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type OrderStatusChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderStatusChange'] = ResolversParentTypes['OrderStatusChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PayoutResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Payout'] = ResolversParentTypes['Payout']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PayoutLine']>, ParentType, ContextType>;
  totalNetMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PayoutConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PayoutConnection'] = ResolversParentTypes['PayoutConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PayoutEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PayoutEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PayoutEdge'] = ResolversParentTypes['PayoutEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payout'], ParentType, ContextType>;
};

export type PayoutLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PayoutLine'] = ResolversParentTypes['PayoutLine']> = {
  carriedOwedMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  commissionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grossMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  netMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  owedBeforeMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  recoveredMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PhotoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Photo'] = ResolversParentTypes['Photo']> = {
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  srcset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['PhotoVariant']>, ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PhotoVariantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PhotoVariant'] = ResolversParentTypes['PhotoVariant']> = {
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PostalAddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostalAddress'] = ResolversParentTypes['PostalAddress']> = {
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PrivilegeLadderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PrivilegeLadder'] = ResolversParentTypes['PrivilegeLadder']> = {
  next?: Resolver<Maybe<ResolversTypes['PrivilegeStanding']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PrivilegeStanding']>, ParentType, ContextType>;
};

export type PrivilegeStandingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PrivilegeStanding'] = ResolversParentTypes['PrivilegeStanding']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  confidenceNeeded?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  privilege?: Resolver<ResolversTypes['Privilege'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rankKey?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rankKeyNeeded?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  suspendedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  unlocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commissionRateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverPhoto?: Resolver<Maybe<ResolversTypes['Photo']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groupMaxDurationHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  groupTiers?: Resolver<Array<ResolversTypes['GroupTier']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['Photo']>, ParentType, ContextType>;
  priceMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  recommendationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ProductConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  categories?: Resolver<Array<ResolversTypes['CategoryCount']>, ParentType, ContextType>;
  commission?: Resolver<Maybe<ResolversTypes['Commission']>, ParentType, ContextType, RequireFields<QueryCommissionArgs, 'id'>>;
  feed?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, Partial<QueryFeedArgs>>;
  flagReviews?: Resolver<ResolversTypes['FlagReviewConnection'], ParentType, ContextType, Partial<QueryFlagReviewsArgs>>;
  fraudFlags?: Resolver<ResolversTypes['FraudFlagConnection'], ParentType, ContextType, Partial<QueryFraudFlagsArgs>>;
  groupBuy?: Resolver<Maybe<ResolversTypes['GroupBuy']>, ParentType, ContextType, RequireFields<QueryGroupBuyArgs, 'id'>>;
  groupBuysFromFollowed?: Resolver<Array<ResolversTypes['GroupBuy']>, ParentType, ContextType, Partial<QueryGroupBuysFromFollowedArgs>>;
  leaderboard?: Resolver<ResolversTypes['LeaderboardConnection'], ParentType, ContextType, Partial<QueryLeaderboardArgs>>;
  me?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType, Partial<QueryMemberArgs>>;
  memberRecommendations?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, Partial<QueryMemberRecommendationsArgs>>;
  myAddresses?: Resolver<Array<ResolversTypes['DeliveryAddress']>, ParentType, ContextType>;
  myCommissionTotals?: Resolver<ResolversTypes['CommissionTotals'], ParentType, ContextType>;
  myCommissions?: Resolver<ResolversTypes['CommissionConnection'], ParentType, ContextType, Partial<QueryMyCommissionsArgs>>;
  myGroupJoins?: Resolver<Array<ResolversTypes['GroupJoin']>, ParentType, ContextType, RequireFields<QueryMyGroupJoinsArgs, 'groupBuyId'>>;
  myOrders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, Partial<QueryMyOrdersArgs>>;
  myPrivileges?: Resolver<ResolversTypes['PrivilegeLadder'], ParentType, ContextType>;
  mySessions?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  network?: Resolver<ResolversTypes['NetworkStats'], ParentType, ContextType>;
  notificationPreferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<QueryNotificationsArgs>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  payouts?: Resolver<ResolversTypes['PayoutConnection'], ParentType, ContextType, Partial<QueryPayoutsArgs>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  productRecommendations?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, RequireFields<QueryProductRecommendationsArgs, 'productId'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryProductsArgs>>;
  recommendation?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<QueryRecommendationArgs, 'id'>>;
  recommendationByCode?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<QueryRecommendationByCodeArgs, 'code'>>;
  reshareLink?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryReshareLinkArgs, 'recommendationCode'>>;
  search?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  supplierCommissionsOwed?: Resolver<ResolversTypes['SupplierCommissionsOwed'], ParentType, ContextType>;
  supplierOrders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, Partial<QuerySupplierOrdersArgs>>;
  trustModel?: Resolver<ResolversTypes['TrustModel'], ParentType, ContextType>;
  trustedPicks?: Resolver<ResolversTypes['TrustedPickConnection'], ParentType, ContextType, Partial<QueryTrustedPicksArgs>>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RateRecommendationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RateRecommendationPayload'] = ResolversParentTypes['RateRecommendationPayload']> = {
  feedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType>;
  trustEvent?: Resolver<Maybe<ResolversTypes['TrustEvent']>, ParentType, ContextType>;
};

export type RecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = {
  author?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openGroupBuy?: Resolver<Maybe<ResolversTypes['GroupBuy']>, ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['Photo']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['RecommendationRevision']>, ParentType, ContextType>;
  shareLink?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shareUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerFlagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RecommendationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecommendationConnection'] = ResolversParentTypes['RecommendationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RecommendationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RecommendationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecommendationEdge'] = ResolversParentTypes['RecommendationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
};

export type RecommendationRevisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecommendationRevision'] = ResolversParentTypes['RecommendationRevision']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  members?: Resolver<ResolversTypes['MemberSearchConnection'], ParentType, ContextType, Partial<SearchResultsMembersArgs>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<SearchResultsProductsArgs>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  device?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SupplierCommissionsOwedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplierCommissionsOwed'] = ResolversParentTypes['SupplierCommissionsOwed']> = {
  byProduct?: Resolver<Array<ResolversTypes['SupplierProductCommissions']>, ParentType, ContextType>;
  owedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owedMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pendingEstimateMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type SupplierProductCommissionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplierProductCommissions'] = ResolversParentTypes['SupplierProductCommissions']> = {
  owedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owedMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pendingEstimateMinor?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type TrustResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Trust'] = ResolversParentTypes['Trust']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  isNew?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rankKey?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  vouched?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  vouchedHeldUp?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  vouchedLetDown?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TrustEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrustEvent'] = ResolversParentTypes['TrustEvent']> = {
  after?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cause?: Resolver<ResolversTypes['TrustEventCause'], ParentType, ContextType>;
  delta?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  textEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrustEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrustEventConnection'] = ResolversParentTypes['TrustEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrustEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TrustEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrustEventEdge'] = ResolversParentTypes['TrustEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrustEvent'], ParentType, ContextType>;
};

export type TrustExampleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrustExample'] = ResolversParentTypes['TrustExample']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  heldUp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isNew?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  letDown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rankKey?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TrustHistoryPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrustHistoryPoint'] = ResolversParentTypes['TrustHistoryPoint']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TrustModelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrustModel'] = ResolversParentTypes['TrustModel']> = {
  confidenceEvidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  decay?: Resolver<Array<ResolversTypes['DecayStep']>, ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['TrustExample']>, ParentType, ContextType>;
  halfLifeDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  letDownWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minVoice?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minVouchedEvidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  neutralScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  newcomerEvidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unvouchedCap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  vouchBudget?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TrustedPickResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrustedPick'] = ResolversParentTypes['TrustedPick']> = {
  heldUp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  judged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  recommenderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommenders?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TrustedPickConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrustedPickConnection'] = ResolversParentTypes['TrustedPickConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrustedPickEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TrustedPickEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrustedPickEdge'] = ResolversParentTypes['TrustedPickEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrustedPick'], ParentType, ContextType>;
};

export type UpholdFraudFlagPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpholdFraudFlagPayload'] = ResolversParentTypes['UpholdFraudFlagPayload']> = {
  flag?: Resolver<ResolversTypes['FraudFlag'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  CategoryCount?: CategoryCountResolvers<ContextType>;
  CircleDay?: CircleDayResolvers<ContextType>;
  CircleDayPlace?: CircleDayPlaceResolvers<ContextType>;
  ClearFraudFlagPayload?: ClearFraudFlagPayloadResolvers<ContextType>;
  Commission?: CommissionResolvers<ContextType>;
  CommissionConnection?: CommissionConnectionResolvers<ContextType>;
  CommissionEdge?: CommissionEdgeResolvers<ContextType>;
  CommissionExplanation?: CommissionExplanationResolvers<ContextType>;
  CommissionHoldReason?: CommissionHoldReasonResolvers<ContextType>;
  CommissionShare?: CommissionShareResolvers<ContextType>;
  CommissionTotals?: CommissionTotalsResolvers<ContextType>;
  CommunityFlag?: CommunityFlagResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DecayStep?: DecayStepResolvers<ContextType>;
  DeliveryAddress?: DeliveryAddressResolvers<ContextType>;
  Feedback?: FeedbackResolvers<ContextType>;
  FirstSteps?: FirstStepsResolvers<ContextType>;
  FlagReview?: FlagReviewResolvers<ContextType>;
  FlagReviewConnection?: FlagReviewConnectionResolvers<ContextType>;
  FlagReviewEdge?: FlagReviewEdgeResolvers<ContextType>;
  FollowConnection?: FollowConnectionResolvers<ContextType>;
  FollowEdge?: FollowEdgeResolvers<ContextType>;
  FraudEvidence?: FraudEvidenceResolvers<ContextType>;
  FraudFlag?: FraudFlagResolvers<ContextType>;
  FraudFlagConnection?: FraudFlagConnectionResolvers<ContextType>;
  FraudFlagEdge?: FraudFlagEdgeResolvers<ContextType>;
  FriendDay?: FriendDayResolvers<ContextType>;
  GroupBuy?: GroupBuyResolvers<ContextType>;
  GroupJoin?: GroupJoinResolvers<ContextType>;
  GroupTier?: GroupTierResolvers<ContextType>;
  LeaderboardConnection?: LeaderboardConnectionResolvers<ContextType>;
  LeaderboardEdge?: LeaderboardEdgeResolvers<ContextType>;
  LeaderboardRow?: LeaderboardRowResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MemberRank?: MemberRankResolvers<ContextType>;
  MemberSearchConnection?: MemberSearchConnectionResolvers<ContextType>;
  MemberSearchEdge?: MemberSearchEdgeResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NetworkStats?: NetworkStatsResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationPreference?: NotificationPreferenceResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderStatusChange?: OrderStatusChangeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payout?: PayoutResolvers<ContextType>;
  PayoutConnection?: PayoutConnectionResolvers<ContextType>;
  PayoutEdge?: PayoutEdgeResolvers<ContextType>;
  PayoutLine?: PayoutLineResolvers<ContextType>;
  Photo?: PhotoResolvers<ContextType>;
  PhotoVariant?: PhotoVariantResolvers<ContextType>;
  PostalAddress?: PostalAddressResolvers<ContextType>;
  PrivilegeLadder?: PrivilegeLadderResolvers<ContextType>;
  PrivilegeStanding?: PrivilegeStandingResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateRecommendationPayload?: RateRecommendationPayloadResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationConnection?: RecommendationConnectionResolvers<ContextType>;
  RecommendationEdge?: RecommendationEdgeResolvers<ContextType>;
  RecommendationRevision?: RecommendationRevisionResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SupplierCommissionsOwed?: SupplierCommissionsOwedResolvers<ContextType>;
  SupplierProductCommissions?: SupplierProductCommissionsResolvers<ContextType>;
  Trust?: TrustResolvers<ContextType>;
  TrustEvent?: TrustEventResolvers<ContextType>;
  TrustEventConnection?: TrustEventConnectionResolvers<ContextType>;
  TrustEventEdge?: TrustEventEdgeResolvers<ContextType>;
  TrustExample?: TrustExampleResolvers<ContextType>;
  TrustHistoryPoint?: TrustHistoryPointResolvers<ContextType>;
  TrustModel?: TrustModelResolvers<ContextType>;
  TrustedPick?: TrustedPickResolvers<ContextType>;
  TrustedPickConnection?: TrustedPickConnectionResolvers<ContextType>;
  TrustedPickEdge?: TrustedPickEdgeResolvers<ContextType>;
  UpholdFraudFlagPayload?: UpholdFraudFlagPayloadResolvers<ContextType>;
};

