// Test helpers for privileges and community flags: a member's trust written as if n vouched
// verdicts had held up (the trust module derives the rest), and the operations the tests send.
import type { Graph } from '../../graph/graph';
import { trustToProps } from '../../graph/member-trust-props';
import { deriveTrust, NO_EVIDENCE } from '../../server/domain/trust';

/** Sets the member's trust to `heldUp` (and `letDown`) full vouched verdicts: 8 clean reach the flag step. */
export async function giveTrust(graph: Graph, memberId: string, heldUp: number, now: Date, letDown = 0): Promise<{ rankKey: number; confidence: number }> {
  const trust = deriveTrust({ ...NO_EVIDENCE, vouchedPositive: heldUp, vouchedNegative: letDown }, 1, now);
  await graph.write((tx) => tx.run('MATCH (m:Member {id: $id}) SET m += $props', { id: memberId, props: trustToProps(trust) }));
  return { rankKey: trust.rankKey, confidence: trust.confidence };
}

export const FLAG = `mutation ($rec: ID!, $reason: FlagReason!, $text: String!) {
  flagRecommendation(recommendationId: $rec, reason: $reason, text: $text) { id reason text weight status createdAt flagger { id } recommendation { id viewerFlagged } }
}`;

export const RESOLVE = `mutation ($id: ID!, $decision: FlagDecision!, $note: String!) {
  resolveFlagReview(id: $id, decision: $decision, note: $note) { id status weight note decidedAt decidedBy { id } flags { id status } }
}`;

export const REVIEWS = `query ($status: FlagReviewStatus) {
  flagReviews(status: $status, first: 20) { edges { node { id status weight openedAt recommendation { id } flags { id reason text weight flagger { id } } } } }
}`;

export const MY_PRIVILEGES = `{ myPrivileges {
  steps { privilege unlocked rankKeyNeeded confidenceNeeded rankKey confidence progress suspendedUntil }
  next { privilege progress }
} }`;

export const FLAG_TEXT = 'Claims a harvest date the product page contradicts.';

/**
 * Puts a member past the ladder's RESHARE step (two clean vouched verdicts: rank key 34.2,
 * confidence 0.17), so the orders and group joins they bring record them as re-sharer.
 */
export function pastReshareStep(graph: Graph, member: { id: string }, now: Date): Promise<{ rankKey: number; confidence: number }> {
  return giveTrust(graph, member.id, 2, now);
}
