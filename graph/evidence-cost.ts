// The facts that decide whether a verdict is weak evidence (server/domain/trust/evidence-cost.ts),
// read the same way by the feedback and refund transactions and by the rebuild of trust edges
// from every verdict, so both fold the same weights.
import { DEFAULT_TRUST_PARAMS, isWeakEvidence } from '../server/domain/trust';

/**
 * Cypher expression over `o` (the order) and `buyer` (who placed it): a StoredCostFacts map.
 * Who marked the order delivered is in its status history: a member id (the buyer confirming, or
 * the supplier), or none for the auto-confirmation after the window.
 */
export const COST_FACTS = `{
    placedAt: o.placedAt, deliveredAt: o.deliveredAt, joinedAt: buyer.createdAt,
    deliveredByOther: EXISTS {
      (o)-[:HAD_STATUS]->(c:OrderStatusChange {status: 'DELIVERED'}) WHERE c.byMemberId IS NULL OR c.byMemberId <> buyer.id
    }
  }`;

export interface StoredCostFacts {
  placedAt: number;
  deliveredAt: number | null;
  joinedAt: number | null;
  deliveredByOther: boolean;
}

/** Is a verdict given at `atMs` on the order these facts describe weak evidence? */
export function weakOf(cost: StoredCostFacts, atMs: number): boolean {
  return isWeakEvidence(
    {
      placedAtMs: cost.placedAt,
      deliveredAtMs: cost.deliveredAt ?? null,
      deliveredByOther: cost.deliveredByOther,
      raterJoinedAtMs: cost.joinedAt ?? null,
      atMs,
    },
    DEFAULT_TRUST_PARAMS,
  );
}
