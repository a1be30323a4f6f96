// What an operation asks of the server, counted over the fields that would execute: fragments
// (inline and named) expanded, @skip/@include applied, fields of the same response key merged —
// by graphql-js's own collectFields, the function execution itself uses, so no spelling of a
// query counts less than what runs.
//
// The cost model (issue 24): a field costs its weight times the number of times it runs, which
// is the product of the list sizes above it. A list's size is its `first` (default page size
// when absent) or, for a list without `first`, its real bound from LIST_BOUNDS. A field's weight
// is 1 for a stored property; more for a field whose resolver reaches the database (see
// FIELD_WEIGHTS) and for long texts (a cost unit stands for about one field of up to 200
// characters, so the cost cap also caps the size of an answer).
import { NOTIFICATION_KIND_NAMES } from './domain/notifications';
import { MAX_SESSIONS_PER_MEMBER } from '../graph/sessions';
import { MAX_ADDRESSES_PER_MEMBER } from './domain/delivery-address';
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
// @internal in graphql-js, but exported and stable across v16: the executor's own field collection.
import { collectFields, collectSubfields } from 'graphql/execution/collectFields.js';
import { DEFAULT_PAGE_SIZE } from './pagination';
import { MAX_REVISIONS_SHOWN } from '../graph/recommendations';
import { MAX_PRODUCT_PHOTOS, MAX_RECOMMENDATION_PHOTOS } from './domain/photo-policy';
import { PHOTO_WIDTHS } from './photos/image';
import { EVIDENCE_SHOWN } from '../graph/fraud-flags';
import { PRIVILEGES } from './domain/privileges';
import { CIRCLE_PASSED_BY_SIZE, CIRCLE_TOP_SIZE } from './domain/ranking/circle-day';
import { SHOWN_JOINERS } from '../graph/group-buy-reads';
import { MAX_GROUP_TIERS } from './domain/group-buy-rules';

/** Weight of a field whose resolver batches through a DataLoader: one query per request, an index seek per row. */
export const BATCHED = 3;
/** Weight of a field whose resolver issues a query of its own each time it runs (top-level fields). */
export const QUERY = 10;

/**
 * Fields whose resolver reaches the database, with their weight, plus long texts. Every field
 * with a resolver in server/resolvers must be listed here or in COMPUTED_FIELDS
 * (query-cost.test.ts checks), so a new resolver cannot be priced like a plain property by
 * accident. Mutations and top-level queries are priced QUERY without being listed.
 */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  'Member.followerCount': BATCHED,
  'Member.followingCount': BATCHED,
  'Member.viewerFollows': BATCHED,
  'Member.followers': BATCHED,
  'Member.following': BATCHED,
  'Member.rank': BATCHED,
  'Member.categoryRank': BATCHED,
  'Member.trustEvents': BATCHED,
  'Member.trustHistory': BATCHED,
  'LeaderboardRow.movement': BATCHED,
  'Product.supplier': BATCHED,
  'Product.recommendationCount': BATCHED,
  'Order.buyer': BATCHED,
  'Order.product': BATCHED,
  'Order.recommendation': BATCHED,
  'Order.resharer': BATCHED,
  'Order.feedback': BATCHED,
  'Order.history': BATCHED,
  'OrderStatusChange.by': BATCHED,
  'Recommendation.author': BATCHED,
  'Notification.actor': BATCHED,
  'Recommendation.product': BATCHED,
  'Recommendation.revisions': BATCHED,
  'Feedback.rater': BATCHED,
  'Feedback.recommendation': BATCHED,
  'TrustEvent.member': BATCHED,
  'Commission.product': BATCHED,
  'CommissionShare.member': BATCHED,
  'SupplierProductCommissions.product': BATCHED,
  'PayoutLine.member': BATCHED,
  'FraudFlag.members': BATCHED,
  'FraudFlag.clearedBy': BATCHED,
  'Product.photos': BATCHED,
  'Product.coverPhoto': BATCHED,
  'Recommendation.photos': BATCHED,
  'Member.avatar': BATCHED,
  // Each group of a search is a full-text query of its own.
  'SearchResults.members': QUERY,
  'SearchResults.products': QUERY,
  // Only ever the viewer's own, one read.
  'Member.firstSteps': QUERY,
  // One read per request for a page of orders (and one audit write when an admin asks).
  'Order.deliveryAddress': BATCHED,
  'FraudFlag.upheldBy': BATCHED,
  'FraudFlag.evidence': BATCHED,
  'FraudEvidence.product': BATCHED,
  'FraudEvidence.rater': BATCHED,
  'FraudEvidence.recommender': BATCHED,
  'Member.underReview': BATCHED,
  // The daily ranking among friends: only ever the viewer's own day or history, one read each; a
  // day's friends (top and passedBy together) one read per day.
  'Member.circleDay': QUERY,
  'Member.circleDays': QUERY,
  'CircleDay.top': QUERY,
  'CircleDay.passedBy': QUERY,
  'FriendDay.member': BATCHED,
  // Trusted picks: a page's products and recommenders through the request's loaders.
  'TrustedPick.product': BATCHED,
  'TrustedPick.recommenders': BATCHED,
  // Long texts: about one unit per 200 characters of their maximum length.
  'Member.bio': 3,
  'Product.description': 10,
  'Recommendation.text': 10,
  'RecommendationRevision.text': 10,
  'Feedback.comment': 5,
  'CommissionExplanation.text': 2,
  'TrustEvent.textEn': 2,
  'TrustEvent.textZh': 2,
  'FraudFlag.note': 3,
  'OrderStatusChange.reason': 3,
  // Privileges and community flags (issue 27): a member's own ladder reads their dismissed flags.
  'Member.privileges': BATCHED,
  'Recommendation.viewerFlagged': BATCHED,
  'CommunityFlag.flagger': BATCHED,
  'CommunityFlag.recommendation': BATCHED,
  'CommunityFlag.text': 3,
  'FlagReview.recommendation': BATCHED,
  'FlagReview.decidedBy': BATCHED,
  'FlagReview.note': 3,
  // Group buys: the group's relations go through the request's loaders; a join reads its group
  // and its order each with a query of its own (a member's own joins: a handful).
  'GroupBuy.leader': BATCHED,
  'GroupBuy.product': BATCHED,
  'GroupBuy.recommendation': BATCHED,
  'GroupBuy.joiners': BATCHED,
  'GroupBuy.note': 2,
  'GroupJoin.groupBuy': QUERY,
  'GroupJoin.order': QUERY,
  // A GROUP_TIES flag's group: a query of its own (an admin's page of flags; most have none).
  'FraudFlag.groupBuy': QUERY,
  'Recommendation.openGroupBuy': BATCHED,
};

/** Fields with a resolver that only computes from what its parent already holds (weight 1). */
export const COMPUTED_FIELDS: ReadonlySet<string> = new Set([
  'TrustedPick.recommenderCount',
  'GroupBuy.deadline',
  'GroupBuy.openedAt',
  'GroupBuy.shareLink',
  'GroupBuy.closedAt',
  'GroupBuy.tiers',
  'GroupBuy.countedBuyers',
  'GroupBuy.joinedMembers',
  'GroupJoin.joinedAt',
  'Product.groupTiers',
  'Product.groupMaxDurationHours',
  'Member.email',
  'Member.inviteCode',
  'Member.trust',
  'Order.placedAt',
  'Order.deliveredAt',
  'Order.refundedAt',
  'Order.refundableUntil',
  'Order.ratableUntil',
  'OrderStatusChange.at',
  'Recommendation.shareUrl',
  'Recommendation.shareLink',
  'Recommendation.createdAt',
  'Recommendation.updatedAt',
  'RecommendationRevision.at',
  'Feedback.createdAt',
  'TrustEvent.at',
  'Commission.openedAt',
  'Commission.deliveredAt',
  'Commission.confirmableAt',
  'Commission.confirmedAt',
  'Commission.paidAt',
  'Commission.reversedAt',
  'Commission.heldSince',
  'Commission.commissionRateBps',
  'CommissionHoldReason.raisedAt',
  'CommissionHoldReason.onViewer',
  'Commission.myShare',
  'Commission.shares',
  'Commission.explanation',
  'CommissionShare.estimated',
  'CommissionShare.baseShareBps',
  'Payout.at',
  'FraudFlag.createdAt',
  'FraudFlag.clearedAt',
  'Photo.url',
  'Photo.srcset',
  'Photo.variants',
  'Order.deliveryAddressErasedAt',
  'Session.device',
  'Session.createdAt',
  'Session.lastUsedAt',
  'DeliveryAddress.address',
  'DeliveryAddress.createdAt',
  'FraudFlag.upheldAt',
  'FraudEvidence.at',
  'CommunityFlag.createdAt',
  'FlagReview.openedAt',
  'FlagReview.decidedAt',
  'Notification.createdAt',
  'Notification.link',
  'Notification.privilege',
]);

/** How many items a list without `first` holds at most. */
export interface ListBound {
  /** The bound, or the default when `argument` is given and absent. */
  size: number;
  /** An argument that sets the size (e.g. `days`), validated by the resolver to at most `max`. */
  argument?: string;
  max?: number;
  /** The bound when an admin asks, for lists an admin sees whole and anyone else sees one item of. */
  forAdmin?: number;
}

/**
 * Every list of objects without a `first` argument, with its real bound (query-cost.test.ts
 * checks that none is missing). Where the data has no hard bound, the read caps the list
 * (revisions) or the list is only one member's own or an admin's (the size is an assumption
 * for an authorised reader, said as such).
 */
export const LIST_BOUNDS: Readonly<Record<string, ListBound>> = {
  /** One point per day: `days`, 1–365, default 30. */
  'Member.trustHistory': { size: 30, argument: 'days', max: 365 },
  /** Capped by the read to the newest MAX_REVISIONS_SHOWN. */
  'Recommendation.revisions': { size: MAX_REVISIONS_SHOWN },
  /** PLACED, then DELIVERED and/or REFUNDED. */
  'Order.history': { size: 3 },
  /** At most an author and a re-sharer. */
  'Commission.shares': { size: 2 },
  /** The open or upheld flags on at most two beneficiaries: rarely more than one each. Assumed. */
  'Commission.holdReasons': { size: 4 },
  /** A member sees their own line; an admin every line of the batch (assumed). */
  'Payout.lines': { size: 1, forAdmin: 30 },
  /** Admins only; a ring's members. Assumed. */
  'FraudFlag.members': { size: 20 },
  /** Capped by the read to the newest EVIDENCE_SHOWN. */
  'FraudFlag.evidence': { size: EVIDENCE_SHOWN },
  /** The steps of the ladder. */
  'Member.privileges': { size: PRIVILEGES.length },
  'PrivilegeLadder.steps': { size: PRIVILEGES.length },
  /** Admins only; the flags of one recommendation's review: a handful. Assumed. */
  'FlagReview.flags': { size: 20 },
  /** One supplier's own products; assumed. */
  'SupplierCommissionsOwed.byProduct': { size: 100 },
  /** Every category with products, once per request (top level). Assumed. */
  'Query.categories': { size: 100 },
  /** MAX_PRODUCT_PHOTOS. */
  'Product.photos': { size: MAX_PRODUCT_PHOTOS },
  /** MAX_RECOMMENDATION_PHOTOS. */
  'Recommendation.photos': { size: MAX_RECOMMENDATION_PHOTOS },
  /** One per stored width (PHOTO_WIDTHS). */
  'Photo.variants': { size: PHOTO_WIDTHS.length },
  /** Fixed lists of the trust model's worked examples (server/resolvers/welcome.ts). */
  'TrustModel.examples': { size: 4 },
  'TrustModel.decay': { size: 5 },
  /** A member's own sessions: at most MAX_SESSIONS_PER_MEMBER live at once. */
  'Query.mySessions': { size: MAX_SESSIONS_PER_MEMBER },
  /** A member's own addresses: at most MAX_ADDRESSES_PER_MEMBER. */
  'Query.myAddresses': { size: MAX_ADDRESSES_PER_MEMBER },
  /** One record per snapshot day: `days`, 1–90, default 30. */
  'Member.circleDays': { size: 30, argument: 'days', max: 90 },
  /** Kept by the record: CIRCLE_TOP_SIZE and CIRCLE_PASSED_BY_SIZE. */
  'CircleDay.top': { size: CIRCLE_TOP_SIZE },
  'CircleDay.passedBy': { size: CIRCLE_PASSED_BY_SIZE },
  /** PICK_RECOMMENDERS_SHOWN. */
  'TrustedPick.recommenders': { size: 3 },
  /** A product's tiers, and a group's copy of them: at most MAX_GROUP_TIERS. */
  'Product.groupTiers': { size: MAX_GROUP_TIERS },
  'GroupBuy.tiers': { size: MAX_GROUP_TIERS },
  /** The first SHOWN_JOINERS joiners. */
  'GroupBuy.joiners': { size: SHOWN_JOINERS },
  /** A member's own joins of one group: rarely more than one or two. Assumed. */
  'Query.myGroupJoins': { size: 5 },
  /** One row per kind of notification. */
  'Query.notificationPreferences': { size: NOTIFICATION_KIND_NAMES.length },
};

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

function weightOf(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): number {
  const key = `${parent.name}.${field.name}`;
  const weight = FIELD_WEIGHTS[key];
  if (weight !== undefined) return weight;
  if (ROOT_TYPES.has(parent.name)) return QUERY;
  return 1;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** How many times what is below `field` runs per run of the field itself. */
function sizeOf(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, admin: boolean): number {
  if (field.args.some((a) => a.name === 'first')) {
    const first = args.first;
    return typeof first === 'number' && Number.isFinite(first) ? Math.max(1, first) : DEFAULT_PAGE_SIZE;
  }
  // A connection's edges were sized by the `first` of the field that returned the connection.
  if (!isList(field.type) || (field.name === 'edges' && parent.name.endsWith('Connection'))) return 1;
  const bound = LIST_BOUNDS[`${parent.name}.${field.name}`];
  if (!bound) return DEFAULT_PAGE_SIZE * 5; // unreachable while query-cost.test.ts passes; never cheap
  if (bound.argument) {
    const given = args[bound.argument];
    // Out of range is refused by the resolver; counted as asked, so it is refused here first.
    return typeof given === 'number' && Number.isFinite(given) ? Math.max(1, given) : bound.size;
  }
  return admin && bound.forAdmin !== undefined ? bound.forAdmin : bound.size;
}

/** The fields that execute at the root of `operation`, by response key (aliases count apart). */
export function executedRootFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): Map<string, readonly FieldNode[]> {
  const root = rootType(schema, operation);
  if (!root) return new Map();
  return collectFields(schema, fragmentsOf(document), coerce(schema, operation, variables), root, operation.selectionSet);
}

/**
 * Estimated cost of an operation: the sum over every field that would execute of its weight
 * times how often it runs. Stops counting once past 1e9.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  viewer: { admin: boolean } = { admin: false },
): number {
  const root = rootType(schema, operation);
  if (!root) return 0;
  const fragments = fragmentsOf(document);
  const values = coerce(schema, operation, variables);
  const walk = (type: GraphQLObjectType, fields: Map<string, readonly FieldNode[]>, times: number): number => {
    let cost = 0;
    for (const nodes of fields.values()) {
      const node = nodes[0]!;
      const field = type.getFields()[node.name.value];
      if (!field) {
        cost += times; // __typename, and introspection's roots (their size is the schema's, fixed)
        continue;
      }
      cost += times * weightOf(type, field);
      const child = getNamedType(field.type);
      if (isObjectType(child)) {
        const size = sizeOf(type, field, argumentsOf(field, node, values), viewer.admin);
        cost += walk(child, collectSubfields(schema, fragments, values, child, nodes), times * size);
      }
      if (cost > 1e9) return cost;
    }
    return cost;
  };
  return walk(root, collectFields(schema, fragments, values, root, operation.selectionSet), 1);
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLObjectType | null | undefined {
  if (operation.operation === 'mutation') return schema.getMutationType();
  if (operation.operation === 'subscription') return schema.getSubscriptionType();
  return schema.getQueryType();
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  return fragments;
}

/** Variables as execution will see them (defaults applied); raw when they do not coerce (execution refuses those). */
function coerce(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  return result.coerced ?? variables;
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {}; // execution refuses these arguments; count the defaults
  }
}
