// Per-request DataLoaders: a list of N rows that each need a related node asks the graph once,
// not N times. Created fresh per request (in the context), so one member's cache never serves
// another. Each area contributes a factory below and spreads it into createLoaders.
import DataLoader from 'dataloader';
import type { Graph } from '../graph/graph';
import { membersByIds, type MemberRecord } from '../graph/members';
import { followCounts, followPages, followsAmong, type FollowCounts, type FollowPageRequest, type FollowRow } from '../graph/follows';
import { memberHistories, type HistoryPoint } from '../graph/snapshots';
import { trustEventPages, type TrustEventPageRequest } from '../graph/trust-events';
import { productsByIds, recommendationCounts, type ProductRecord } from '../graph/products';
import { statusHistories, type OrderStatusChangeRecord } from '../graph/orders';
import {
  recommendationsByIds,
  revisionsByRecommendationIds,
  type RecommendationRecord,
  type RecommendationRevisionRecord,
} from '../graph/recommendations';
import { feedbackByOrderIds, type FeedbackRecord, type TrustEventRecord } from '../graph/feedback';
import type { SnapshotRankRow } from '../graph/leaderboard';
import { evidenceOfFlags, membersUnderReview, type FraudEvidenceRecord } from '../graph/fraud-flags';
import type { LeaderboardCache } from './leaderboard-cache';
import { avatarsOf, photosOf, type PhotoRecord } from '../graph/photos';
import { flaggedByMember } from '../graph/community-flags';
import { openGroupsOfRecommendations, type GroupBuyRecord } from '../graph/group-buy-reads';

/** Orders the rows of a batch query like its keys; a missing row is null. */
export function byKey<K, V>(keys: readonly K[], rows: Iterable<V>, keyOf: (row: V) => K): (V | null)[] {
  const index = new Map<K, V>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((k) => index.get(k) ?? null);
}

export interface MemberLoaders {
  memberById: DataLoader<string, MemberRecord | null>;
  followCounts: DataLoader<string, FollowCounts>;
  /** Whether `followerId` follows `followeeId`; batched per follower. */
  follows: DataLoader<{ followerId: string; followeeId: string }, boolean, string>;
  /** A page of a member's followers or followees: a page of members asks once, not once per member. */
  followPage: DataLoader<FollowPageRequest, FollowRow[], string>;
}

function memberLoaders(graph: Graph): MemberLoaders {
  return {
    memberById: new DataLoader(async (ids) => byKey(ids, await membersByIds(graph, ids), (m) => m.id)),
    followCounts: new DataLoader(async (ids) => {
      const counts = await followCounts(graph, ids);
      return ids.map((id) => counts.get(id) ?? { followers: 0, following: 0 });
    }),
    follows: new DataLoader(
      async (pairs) => {
        // In practice one follower (the viewer) per request: one query per distinct follower.
        const byFollower = new Map<string, string[]>();
        for (const { followerId, followeeId } of pairs) byFollower.set(followerId, [...(byFollower.get(followerId) ?? []), followeeId]);
        const answers = new Map<string, Set<string>>();
        await Promise.all(
          [...byFollower].map(async ([followerId, followeeIds]) => answers.set(followerId, await followsAmong(graph, followerId, followeeIds))),
        );
        return pairs.map(({ followerId, followeeId }) => answers.get(followerId)!.has(followeeId));
      },
      { cacheKeyFn: ({ followerId, followeeId }) => `${followerId}>${followeeId}` },
    ),
    followPage: new DataLoader((requests) => followPages(graph, requests), {
      cacheKeyFn: ({ memberId, direction, after, limit }) => JSON.stringify([memberId, direction, after?.key ?? null, after?.id ?? null, limit]),
    }),
  };
}

export interface ProductLoaders {
  productById: DataLoader<string, ProductRecord | null>;
  /** How many recommendations a product has, for a page of product cards at once. */
  recommendationCount: DataLoader<string, number>;
}

function productLoaders(graph: Graph): ProductLoaders {
  return {
    productById: new DataLoader(async (ids) => byKey(ids, await productsByIds(graph, ids), (p) => p.id)),
    recommendationCount: new DataLoader((ids) => recommendationCounts(graph, ids)),
  };
}

export interface OrderLoaders {
  orderHistory: DataLoader<string, OrderStatusChangeRecord[]>;
  feedbackByOrderId: DataLoader<string, FeedbackRecord | null>;
  recommendationById: DataLoader<string, RecommendationRecord | null>;
  recommendationRevisions: DataLoader<string, RecommendationRevisionRecord[]>;
}

function orderLoaders(graph: Graph): OrderLoaders {
  return {
    orderHistory: new DataLoader(async (ids) => {
      const histories = await statusHistories(graph, ids);
      return ids.map((id) => histories.get(id) ?? []);
    }),
    feedbackByOrderId: new DataLoader(async (ids) => byKey(ids, await feedbackByOrderIds(graph, ids), (f) => f.orderId)),
    recommendationById: new DataLoader(async (ids) => {
      const recs = await recommendationsByIds(graph, ids);
      return ids.map((id) => recs.get(id) ?? null);
    }),
    recommendationRevisions: new DataLoader(async (ids) => {
      const revisions = await revisionsByRecommendationIds(graph, ids);
      return ids.map((id) => revisions.get(id) ?? []);
    }),
  };
}

export interface TrustLoaders {
  /** The latest complete snapshot day; one key ('latest'), so a request asks once. */
  latestSnapshotDay: DataLoader<'latest', string | null>;
  /** Snapshot rank rows by key `memberId|scope|day`. */
  snapshotRank: DataLoader<string, SnapshotRankRow | null>;
  /** A member's daily history by key `memberId|fromDay|toDay`: one read per page of members. */
  trustHistory: DataLoader<string, HistoryPoint[]>;
  /** A page of a member's trust events: one read per page of members. */
  trustEventPage: DataLoader<TrustEventPageRequest, TrustEventRecord[], string>;
}

// Both read through the process's cache of snapshot data (server/leaderboard-cache.ts): the same
// for every viewer, and a complete day's readings never change.
function trustLoaders(graph: Graph, leaderboards: LeaderboardCache): TrustLoaders {
  return {
    latestSnapshotDay: new DataLoader(async (keys) => {
      const day = await leaderboards.latestSnapshotDay();
      return keys.map(() => day);
    }),
    snapshotRank: new DataLoader((keys) => leaderboards.snapshotRanks(keys)),
    trustHistory: new DataLoader(async (keys) => {
      // Keys of one request share their days in practice (one `days` argument): one read per range.
      const ranges = new Map<string, string[]>();
      for (const key of keys) {
        const [memberId, from, to] = key.split('|') as [string, string, string];
        ranges.set(`${from}|${to}`, [...(ranges.get(`${from}|${to}`) ?? []), memberId]);
      }
      const answers = new Map<string, HistoryPoint[]>();
      await Promise.all(
        [...ranges].map(async ([range, memberIds]) => {
          const [from, to] = range.split('|') as [string, string];
          for (const [memberId, points] of await memberHistories(graph, memberIds, from, to)) answers.set(`${memberId}|${range}`, points);
        }),
      );
      return keys.map((key) => answers.get(key) ?? []);
    }),
    trustEventPage: new DataLoader((requests) => trustEventPages(graph, requests), {
      cacheKeyFn: ({ memberId, limit, after }) => JSON.stringify([memberId, limit, after?.at ?? null, after?.id ?? null]),
    }),
  };
}

export interface PhotoLoaders {
  /** A product's photos in order: a page of product cards asks once. */
  productPhotos: DataLoader<string, PhotoRecord[]>;
  recommendationPhotos: DataLoader<string, PhotoRecord[]>;
  /** A member's avatar: a page of leaderboard rows asks once. */
  avatar: DataLoader<string, PhotoRecord | null>;
}

function photoLoaders(graph: Graph): PhotoLoaders {
  return {
    productPhotos: new DataLoader((ids) => photosOf(graph, 'Product', ids)),
    recommendationPhotos: new DataLoader((ids) => photosOf(graph, 'Recommendation', ids)),
    avatar: new DataLoader((ids) => avatarsOf(graph, ids)),
  };
}

export interface FraudReviewLoaders {
  /** The verdicts a fraud flag's pattern is drawn from: a page of flags asks once. */
  flagEvidence: DataLoader<string, FraudEvidenceRecord[]>;
  /** Whether an open fraud flag names the member: a leaderboard page asks once. */
  underReview: DataLoader<string, boolean>;
}

function fraudReviewLoaders(graph: Graph): FraudReviewLoaders {
  return {
    flagEvidence: new DataLoader(async (ids) => {
      const evidence = await evidenceOfFlags(graph, ids);
      return ids.map((id) => evidence.get(id) ?? []);
    }),
    underReview: new DataLoader(async (ids) => {
      const flagged = await membersUnderReview(graph, ids);
      return ids.map((id) => flagged.has(id));
    }),
  };
}

export interface CommunityFlagLoaders {
  /** Whether a member flagged a recommendation, by key `memberId|recommendationId`: a page of cards asks once. */
  flaggedBy: DataLoader<string, boolean>;
}

function communityFlagLoaders(graph: Graph): CommunityFlagLoaders {
  return {
    flaggedBy: new DataLoader(async (keys) => {
      // One viewer per request in practice, so one read per member.
      const byMember = new Map<string, string[]>();
      for (const key of keys) {
        const [memberId, recId] = key.split('|') as [string, string];
        byMember.set(memberId, [...(byMember.get(memberId) ?? []), recId]);
      }
      const flagged = new Set<string>();
      for (const [memberId, recIds] of byMember) {
        for (const recId of await flaggedByMember(graph, memberId, recIds)) flagged.add(`${memberId}|${recId}`);
      }
      return keys.map((k) => flagged.has(k));
    }),
  };
}

export interface GroupBuyLoaders {
  /** The open group buy led through each recommendation (Recommendation.openGroupBuy on a list). */
  openGroupOfRecommendation: DataLoader<string, GroupBuyRecord | null>;
}

function groupBuyLoaders(graph: Graph): GroupBuyLoaders {
  return { openGroupOfRecommendation: new DataLoader((ids) => openGroupsOfRecommendations(graph, ids)) };
}

/** Every area's loaders; add yours as `export interface Loaders extends …, YourLoaders`. */
export interface Loaders extends MemberLoaders, ProductLoaders, OrderLoaders, TrustLoaders, PhotoLoaders, FraudReviewLoaders, CommunityFlagLoaders, GroupBuyLoaders {}

export function createLoaders(graph: Graph, leaderboards: LeaderboardCache): Loaders {
  return {
    ...memberLoaders(graph),
    ...productLoaders(graph),
    ...orderLoaders(graph),
    ...trustLoaders(graph, leaderboards),
    ...photoLoaders(graph),
    ...fraudReviewLoaders(graph),
    ...communityFlagLoaders(graph),
    ...groupBuyLoaders(graph),
  };
}
