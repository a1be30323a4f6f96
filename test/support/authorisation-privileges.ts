// Authorisation matrix, privileges and community flags. Flagging is guarded by trust, not by
// role: the owner is a fresh member whose record reaches the flag step, and every other actor,
// the admin included, has no record and is refused. Review items are for admins; the flagger
// may not decide on their own flag. A suspension is seen by the member themself and admins.
import { randomUUID } from 'node:crypto';
import { A, ADMINS_ONLY, F, H, SIGNED_IN, U, type Row, type World } from './authorisation-matrix';
import { freshMember, freshRecommendation } from './authorisation-world';
import { FLAG_TEXT, giveTrust } from './privileges';

/** A member with `verdicts` clean vouched verdicts (8 reach the flag step; 20 raise a review alone). */
async function trustedMember(world: World, verdicts: number) {
  const m = await freshMember(world);
  await giveTrust(world.server.graph, m.id, verdicts, world.server.clock.now());
  return m;
}

/** A fresh open review item, raised by one heavy flag of the member who plays the owner. */
async function openReview(world: World) {
  const flagger = await trustedMember(world, 20);
  const { rec, author } = await freshRecommendation(world);
  await flagger.api.ok('mutation ($rec: ID!, $text: String!) { flagRecommendation(recommendationId: $rec, reason: SPAM, text: $text) { id } }', { rec: rec.id, text: FLAG_TEXT });
  const found = await world.server.graph.read((tx) =>
    tx.run('MATCH (:FlagReview)<-[:IN_REVIEW]-(:CommunityFlag)-[:ON]->(r:Recommendation {id: $id}) MATCH (v:FlagReview)-[:ABOUT]->(r) RETURN v.id AS id', { id: rec.id }),
  );
  return { owner: flagger, watch: [flagger.id, author.id], variables: { id: found.records[0]!.get('id') as string } };
}

/** A member past the flag step with three flags dismissed today: suspended. */
async function suspendedFlagger(world: World) {
  const m = await trustedMember(world, 20);
  const now = world.server.clock.now().getTime();
  await world.server.graph.write((tx) =>
    tx.run(
      `MATCH (m:Member {id: $id})
       UNWIND range(1, 3) AS k
       CREATE (m)-[:FLAGGED]->(:CommunityFlag {id: randomUUID(), key: $id + '|dismissed-' + toString(k) + $salt, reason: 'OTHER',
                                              text: 'A flag the admin dismissed.', weight: 0.9, status: 'DISMISSED', createdAt: $now, decidedAt: $now})`,
      { id: m.id, now, salt: randomUUID() },
    ),
  );
  return { owner: m, watch: [m.id], variables: { id: m.id } };
}

export const privilegeRows: Row[] = [
  {
    operation: 'Query.myPrivileges',
    document: '{ myPrivileges { steps { privilege unlocked } } }',
    expected: SIGNED_IN,
    reveal: (d) => d?.myPrivileges?.steps.length === 5,
  },
  {
    operation: 'PrivilegeStanding.suspendedUntil',
    document: 'query ($id: ID!) { member(id: $id) { privileges { privilege suspendedUntil } } }',
    // The member themself and admins; anyone else sees the ladder without it.
    expected: [H, A, H, H, H, A],
    prepare: suspendedFlagger,
    reveal: (d) => d?.member?.privileges.some((p: any) => p.suspendedUntil !== null),
  },
  {
    operation: 'Query.flagReviews',
    document: '{ flagReviews(first: 20) { edges { node { id } } } }',
    expected: ADMINS_ONLY,
    reveal: (d) => d?.flagReviews,
  },
  {
    operation: 'Mutation.flagRecommendation',
    document: 'mutation ($rec: ID!, $text: String!) { flagRecommendation(recommendationId: $rec, reason: MISLEADING, text: $text) { id status } }',
    // Trust, not role: only the owner's record reaches the step; the admin's empty one does not.
    expected: [U, A, F, F, F, F],
    prepare: async (world) => {
      const owner = await trustedMember(world, 8);
      const { rec, author } = await freshRecommendation(world);
      return { owner, watch: [author.id, owner.id], variables: { rec: rec.id, text: FLAG_TEXT } };
    },
    reveal: (d) => d?.flagRecommendation?.status === 'OPEN',
  },
  {
    operation: 'Query.reshareLink',
    document: 'query ($code: String!) { reshareLink(recommendationCode: $code) }',
    // Trust, not role: only the owner's record reaches the RESHARE step (two clean verdicts).
    expected: [U, A, F, F, F, F],
    prepare: async (world) => {
      const owner = await trustedMember(world, 2);
      const { rec, author } = await freshRecommendation(world);
      return { owner, watch: [author.id, owner.id], variables: { code: rec.code } };
    },
    reveal: (d) => typeof d?.reshareLink === 'string' && d.reshareLink.includes('?via='),
  },
  {
    operation: 'Mutation.resolveFlagReview',
    document: 'mutation ($id: ID!) { resolveFlagReview(id: $id, decision: DISMISSED, note: "Decided by the matrix.") { status } }',
    // The flagger plays the owner: deciding on their own flag is exactly what must not happen.
    expected: ADMINS_ONLY,
    prepare: openReview,
    reveal: (d) => d?.resolveFlagReview?.status === 'DISMISSED',
  },
];
