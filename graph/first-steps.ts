// A newcomer's first steps, read from what they have really done: an order placed through a
// recommendation, one of their orders delivered, a verdict given, a recommendation posted. No
// step is stored as "ticked": the panel can never say a step is done that is not.
import neo4j from 'neo4j-driver';
import type { Graph } from './graph';

export interface FirstStepsRecord {
  boughtThroughRecommendation: boolean;
  received: boolean;
  rated: boolean;
  recommended: boolean;
  dismissed: boolean;
}

export function firstSteps(graph: Graph, memberId: string): Promise<FirstStepsRecord | undefined> {
  return graph.query(
    `MATCH (m:Member {id: $memberId})
     RETURN EXISTS { (m)-[:PLACED]->(:Order)-[:THROUGH]->(:Recommendation) } AS boughtThroughRecommendation,
            EXISTS { (m)-[:PLACED]->(o:Order) WHERE o.deliveredAt IS NOT NULL } AS received,
            EXISTS { (m)-[:GAVE]->(:Feedback) } AS rated,
            EXISTS { (m)-[:RECOMMENDS]->(:Recommendation) } AS recommended,
            m.firstStepsDismissedAt IS NOT NULL AS dismissed`,
    { memberId },
    (result) => result.records[0]?.toObject() as FirstStepsRecord | undefined,
  );
}

/** The member put the panel away; it stays away (the steps themselves are still read as they are). */
export async function dismissFirstSteps(graph: Graph, memberId: string, now: Date): Promise<void> {
  await graph.write((tx) =>
    tx.run('MATCH (m:Member {id: $memberId}) SET m.firstStepsDismissedAt = coalesce(m.firstStepsDismissedAt, $now)', {
      memberId,
      now: neo4j.int(now.getTime()),
    }),
  );
}
