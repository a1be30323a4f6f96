// The bulk market's trust edges, derived from the generated rows themselves and written to a CSV
// file for Neo4j's importer with the rest of the market, instead of read back from the store and
// written by Cypher after the import (rebuildTrustEdges). At 10,000,000 verdicts that read held
// every verdict as an object (the generator's resident set reached 5.5 GB) and the MERGE write-back
// ran at 3,800–14,000 edges/s: the 10M build never got past it in a sitting.
//
// The edges are the domain's own: each verdict is put into rating columns (no object per verdict),
// the domain sorts them into its rating table (ratingTableOfColumns) and folds each pair in time
// order (foldTrustEdges), the code rebuildTrustEdges runs. What rebuildTrustEdges reads from the
// store is known here from the rows: the rater is the buyer, the recommender the recommendation's
// author, the verdict's weakness comes from the same facts COST_FACTS reads (placedAt,
// deliveredAt, the buyer's createdAt, and "delivered by someone else": false, since the market
// writes no status history, and COST_FACTS finds none). The integration test compares these
// edges with rebuildTrustEdges' on the imported store, value for value and type for type.
import { allocateRatingColumns, indexMembers, ratingTableOfColumns, type RatingColumns } from '../../server/domain/trust/rating-table';
import { foldTrustEdges, type TrustEdgeState } from '../../server/domain/trust/trust-edge';
import { weakOf } from '../../graph/evidence-cost';
import type { MarketPhase } from './generate';

/** The header of the trust-edge file: the types rebuildTrustEdges stores (toInteger for count and at). */
export const TRUST_EDGE_HEADER = ':START_ID,:END_ID,:TYPE,positive:double,negative:double,count:long,at:long\n';

// Rows are buildMarket's, read by name (as bulk-market.ts reads them).
type Row = any;

/** Collects what the trust edges need from the market's rows as they are generated. */
export class BulkTrustEdges {
  private memberIds: string[] = [];
  private memberJoined: number[] = [];
  private members: ReturnType<typeof indexMembers> | undefined;
  private joinedAt: Float64Array | undefined;
  private readonly authorOf = new Map<string, number>();
  private columns: RatingColumns | undefined;
  private ratings = 0;

  /** Sees row `i` of `phase` (of `rows` in all), in the order buildMarket hands them out. */
  row(phase: MarketPhase, i: number, rows: number, row: Row): void {
    if (phase === 'members') {
      this.memberIds.push(row.id);
      this.memberJoined.push(row.createdAt);
    } else if (phase === 'recommendations') {
      this.authorOf.set(row.props.id, this.memberIndex(row.authorId));
    } else if (phase === 'rated orders') {
      if (i === 0) this.columns = allocateRatingColumns(rows);
      this.rating(i, row);
    }
  }

  private memberIndex(id: string): number {
    if (!this.members) {
      // Members come first: once they are all in, index them as the recompute does (sorted ids).
      this.members = indexMembers(this.memberIds.map((memberId) => ({ id: memberId, verified: false })));
      this.joinedAt = new Float64Array(this.memberIds.length);
      this.memberIds.forEach((memberId, k) => (this.joinedAt![this.members!.index.get(memberId)!] = this.memberJoined[k]!));
      this.memberIds = [];
      this.memberJoined = [];
    }
    const index = this.members.index.get(id);
    if (index === undefined) throw new Error(`A generated row names member ${id}, who is not among the members generated.`);
    return index;
  }

  private rating(k: number, row: Row): void {
    const { order, feedback } = row;
    // A refund would be a second rating (RATINGS' other half); the market delivers every order.
    if (order.status !== 'DELIVERED' || order.refundedAt !== null) {
      throw new Error(`Rated order ${order.id} is ${order.status}: the bulk trust edges know only delivered, rated orders.`);
    }
    const author = this.authorOf.get(row.recommendationId);
    if (author === undefined) throw new Error(`Rated order ${order.id} is through unknown recommendation ${row.recommendationId}.`);
    const c = this.columns!;
    const buyer = this.memberIndex(row.buyerId);
    c.rater[k] = buyer;
    c.target[k] = author;
    c.atMs[k] = feedback.at;
    c.value[k] = order.totalMinor;
    c.heldUp[k] = feedback.heldUp ? 1 : 0;
    c.refund[k] = 0;
    const cost = { placedAt: order.placedAt, deliveredAt: order.deliveredAt, joinedAt: this.joinedAt![buyer]!, deliveredByOther: false };
    c.weak[k] = weakOf(cost, feedback.at) ? 1 : 0;
    this.ratings++;
  }

  /**
   * Folds the verdicts into edges and hands each one to `write` as a CSV line of
   * TRUST_EDGE_HEADER's columns. Returns how many verdicts went in and how many edges came out.
   */
  fold(write: (line: string) => void): { ratings: number; edges: number } {
    if (!this.members || !this.columns) return { ratings: 0, edges: 0 };
    const table = ratingTableOfColumns(this.members, this.columns);
    this.columns = undefined;
    const ids = this.members.ids;
    let edges = 0;
    foldTrustEdges(table, (rater: number, target: number, edge: TrustEdgeState) => {
      if (!Number.isFinite(edge.positive) || !Number.isFinite(edge.negative)) throw new Error(`The edge ${ids[rater]} → ${ids[target]} has a sum that is not a finite number.`);
      write(`${ids[rater]},${ids[target]},TRUST_EDGE,${edge.positive},${edge.negative},${edge.count},${Math.trunc(edge.atMs)}\n`);
      edges++;
    });
    return { ratings: this.ratings, edges };
  }
}
