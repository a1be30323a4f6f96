// Group buys as the API reads them: (leader:Member)-[:LEADS]->(g:GroupBuy)-[:THROUGH]->(:Recommendation),
// (g)-[:OF]->(:Product), and each join (member)-[:JOINED]->(j:GroupJoin)-[:IN]->(g). The count
// toward the tier is the domain's (countedBuyers), computed from the joins' facts here.
import { countedBuyers, reachedTier, tierUnitPrice, type GroupBuyStatus, type GroupTier, type JoinFacts } from '../server/domain/group-buy-rules';
import type { Graph, Tx } from './graph';
import { run } from './write-support';

export type GroupJoinStatus = 'HELD' | 'PLACED' | 'RELEASED';

export interface GroupJoinRecord {
  id: string;
  groupBuyId: string;
  memberId: string;
  quantity: number;
  joinedAt: number;
  established: boolean;
  status: GroupJoinStatus;
  resharerId: string | null;
  orderId: string | null;
}

export interface GroupBuyRecord {
  id: string;
  status: GroupBuyStatus;
  leaderId: string;
  productId: string;
  recommendationId: string;
  note: string;
  targetBuyers: number;
  deadline: number;
  openedAt: number;
  closedAt: number | null;
  basePriceMinor: number;
  currency: string;
  tiers: GroupTier[];
  /** Buyers counted toward the tier (each member once, never the leader, newcomers bounded). */
  counted: number;
  /** Distinct members who joined, leader excluded. */
  members: number;
  /** Newcomers who joined but were not counted (the anti-abuse bound). */
  newcomersCapped: number;
  /** The first joiners (leader excluded), earliest first, for the avatars. */
  joinerIds: string[];
  /** The unit price now: the tier reached (at completion, the one placed), else the full price. */
  unitPriceMinor: number;
}

/** Joiners shown on a group's progress bar. */
export const SHOWN_JOINERS = 12;

export const GROUP_PROJECTION = `g {
  .id, .status, .note, .targetBuyers, .deadline, .openedAt, .closedAt, .basePriceMinor, .currency,
  .tierBuyers, .tierDiscountBps,
  leaderId: [(g)<-[:LEADS]-(l:Member) | l.id][0],
  productId: [(g)-[:OF]->(p:Product) | p.id][0],
  recommendationId: [(g)-[:THROUGH]->(r:Recommendation) | r.id][0],
  joins: [(m:Member)-[:JOINED]->(j:GroupJoin)-[:IN]->(g) | {memberId: m.id, established: j.established, seq: j.seq}]
}`;

interface StoredGroup extends Omit<GroupBuyRecord, 'tiers' | 'counted' | 'members' | 'newcomersCapped' | 'joinerIds' | 'unitPriceMinor' | 'note'> {
  note: string | null;
  tierBuyers: number[];
  tierDiscountBps: number[];
  joins: JoinFacts[];
}

export function toGroupBuy(stored: StoredGroup): GroupBuyRecord {
  const { tierBuyers, tierDiscountBps, joins, ...rest } = stored;
  const tiers = tierBuyers.map((minBuyers, i) => ({ minBuyers, discountBps: tierDiscountBps[i]! }));
  const count = countedBuyers(stored.leaderId, joins);
  const joinerIds = [...new Set([...joins].sort((a, b) => a.seq - b.seq).map((j) => j.memberId))]
    .filter((id) => id !== stored.leaderId)
    .slice(0, SHOWN_JOINERS);
  const tier = reachedTier(tiers, count.counted);
  return {
    ...rest,
    note: stored.note ?? '',
    closedAt: stored.closedAt ?? null,
    tiers,
    ...count,
    joinerIds,
    unitPriceMinor: tier && stored.status !== 'FAILED' ? tierUnitPrice(stored.basePriceMinor, tier.discountBps) : stored.basePriceMinor,
  };
}

export async function findGroupBuy(tx: Tx, groupBuyId: string): Promise<GroupBuyRecord | undefined> {
  const result = await run(tx, `MATCH (g:GroupBuy {id: $groupBuyId}) RETURN ${GROUP_PROJECTION} AS g`, { groupBuyId });
  const stored = result.records[0]?.get('g') as StoredGroup | undefined;
  return stored && toGroupBuy(stored);
}

export function groupBuyById(graph: Graph, groupBuyId: string): Promise<GroupBuyRecord | undefined> {
  return graph.read((tx) => findGroupBuy(tx, groupBuyId));
}

export const JOIN_PROJECTION = `j {
  .id, .quantity, .joinedAt, .established, .status,
  groupBuyId: [(j)-[:IN]->(g:GroupBuy) | g.id][0],
  memberId: [(j)<-[:JOINED]-(m:Member) | m.id][0],
  resharerId: [(j)-[:RESHARED_BY]->(x:Member) | x.id][0],
  orderId: [(j)-[:BECAME]->(o:Order) | o.id][0]
}`;

export async function findJoin(tx: Tx, joinId: string): Promise<GroupJoinRecord | undefined> {
  const result = await run(tx, `MATCH (j:GroupJoin {id: $joinId}) RETURN ${JOIN_PROJECTION} AS j`, { joinId });
  return result.records[0]?.get('j') as GroupJoinRecord | undefined;
}

/** A member's joins of one group, earliest first. */
export function joinsOfMember(graph: Graph, groupBuyId: string, memberId: string): Promise<GroupJoinRecord[]> {
  return graph.read(async (tx) => {
    const result = await run(
      tx,
      `MATCH (:Member {id: $memberId})-[:JOINED]->(j:GroupJoin)-[:IN]->(:GroupBuy {id: $groupBuyId})
       WITH j ORDER BY j.seq
       RETURN ${JOIN_PROJECTION} AS j`,
      { groupBuyId, memberId },
    );
    return result.records.map((r) => r.get('j') as GroupJoinRecord);
  });
}

/**
 * Open groups led by the members `viewerId` follows, newest first (the feed), and the open
 * group of each recommendation (the "open a group" button knows whether one is running).
 */
export function openGroupsFromFollowed(graph: Graph, viewerId: string, limit: number): Promise<GroupBuyRecord[]> {
  return graph.read(async (tx) => {
    const result = await run(
      tx,
      `MATCH (:Member {id: $viewerId})-[:FOLLOWS]->(:Member)-[:LEADS]->(g:GroupBuy {status: 'OPEN'})
       WITH g ORDER BY g.openedAt DESC, g.id DESC LIMIT $limit
       RETURN ${GROUP_PROJECTION} AS g`,
      { viewerId, limit },
    );
    return result.records.map((r) => toGroupBuy(r.get('g') as StoredGroup));
  });
}

/** The open group led through each recommendation, in the order of `ids` (a DataLoader's batch). */
export function openGroupsOfRecommendations(graph: Graph, ids: readonly string[]): Promise<(GroupBuyRecord | null)[]> {
  return graph.read(async (tx) => {
    const result = await run(
      tx,
      `UNWIND $ids AS id
       MATCH (:Recommendation {id: id})<-[:THROUGH]-(g:GroupBuy {status: 'OPEN'})
       RETURN id, ${GROUP_PROJECTION} AS g`,
      { ids: [...ids] },
    );
    const byRec = new Map(result.records.map((r) => [r.get('id') as string, toGroupBuy(r.get('g') as StoredGroup)]));
    return ids.map((id) => byRec.get(id) ?? null);
  });
}
