// Trusted picks read from the graph: each product's vouched recommenders and how their
// recommendations held up (one statement), and whom a viewer trusts (one statement); the ranking
// is the pure server/domain/ranking/trusted-picks.ts.
import type { Graph } from './graph';
import { ONE_STEP_WEIGHT, type ProductEvidence } from '../server/domain/ranking/trusted-picks';

// Only vouched recommenders at or past the step's rank key (an index range on trustRankKey; the
// pure rule checks the whole step). Per recommendation, its verdicts (a degree-sized expand) and
// its refunds that no verdict judged; per recommender, their sums.
export const EVIDENCE_CYPHER = `
  MATCH (m:Member)-[:RECOMMENDS]->(r:Recommendation)-[:FOR]->(p:Product)
  WHERE m.trustRankKey > 0 AND m.trustRankKey >= $minRankKey
  CALL (r) {
    OPTIONAL MATCH (r)<-[:RATES]-(f:Feedback)
    RETURN count(f) AS verdicts, count(CASE WHEN f.heldUp THEN 1 END) AS heldUp
  }
  CALL (r) {
    OPTIONAL MATCH (r)<-[:THROUGH]-(o:Order {status: 'REFUNDED'})
    WHERE NOT EXISTS { (o)<-[:ON]-(:Feedback) }
    RETURN count(o) AS refunds
  }
  WITH p, m, sum(heldUp) AS heldUp, sum(verdicts + refunds) AS judged
  RETURN p.id AS productId,
    collect({memberId: m.id, rankKey: m.trustRankKey, confidence: coalesce(m.trustConfidence, 0.0), heldUp: heldUp, judged: judged}) AS recommenders`;

/** Every product with a recommender whose rank key reaches `minRankKey`, each recommender's evidence. */
export function productEvidence(graph: Graph, minRankKey: number): Promise<ProductEvidence[]> {
  return graph.query(EVIDENCE_CYPHER, { minRankKey }, (r) => r.records.map((x) => x.toObject() as ProductEvidence));
}

// Whom the viewer trusts: those they follow, and those through whose recommendation they bought
// and said it held up (weight 1); those whom the people they follow follow (one step, less).
const TRUSTED = `
  MATCH (v:Member {id: $viewerId})
  CALL (v) {
    MATCH (v)-[:FOLLOWS]->(t:Member) RETURN t, 1.0 AS weight
    UNION
    MATCH (v)-[:GAVE]->(:Feedback {heldUp: true})-[:RATES]->(:Recommendation)<-[:RECOMMENDS]-(t:Member) RETURN t, 1.0 AS weight
    UNION
    MATCH (v)-[:FOLLOWS]->(:Member)-[:FOLLOWS]->(t:Member) WHERE t <> v RETURN t, $oneStep AS weight
  }
  WITH t, max(weight) AS weight WHERE t.trustRankKey > 0
  RETURN t.id AS memberId, weight`;

/** The members the viewer trusts, with how much (1 or ONE_STEP_WEIGHT); vouched members only. */
export function trustedByViewer(graph: Graph, viewerId: string): Promise<Map<string, number>> {
  return graph.query(TRUSTED, { viewerId, oneStep: ONE_STEP_WEIGHT }, (r) => new Map(r.records.map((x) => [x.get('memberId') as string, x.get('weight') as number])));
}
