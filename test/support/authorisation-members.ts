// Authorisation matrix, members: accounts and sessions, profile, follows, roles, and the private
// fields of a member (email, invite code). Columns: anonymous, owner, another member, supplier,
// another supplier, admin (see authorisation-matrix.ts for the outcomes).
import { hashPassword } from '../../server/auth/passwords';
import { createMember, track, uniqueSuffix } from './factories';
import { A, ADMINS_ONLY, EVERYONE, H, SIGNED_IN, type Actor, type Row, type World } from './authorisation-matrix';
import { freshMember, spareSession } from './authorisation-world';

const PASSWORD = 'matrix password 42';
let passwordHash: Promise<string> | undefined;

/** The member an actor acts as; undefined for anonymous. */
const memberOf = (world: World, actor: Actor) => (actor === 'anonymous' ? undefined : world.members[actor]);

/** Signing up or in ends the session the request came with (rotation): spend a spare one. */
async function spareTokenOf(world: World, actor: Actor): Promise<string | undefined> {
  const member = memberOf(world, actor);
  return member && spareSession(world, member.id);
}

/** A member of this world the target of a role change: the owner tries it on themself. */
async function roleTarget(world: World) {
  const target = await freshMember(world);
  return { owner: target, watch: [target.id] };
}

export const memberRows: Row[] = [
  {
    operation: 'Mutation.signUp',
    document: 'mutation ($input: SignUpInput!) { signUp(input: $input) { member { id } } }',
    expected: EVERYONE,
    prepare: async (world, actor) => {
      const handle = `Mx_${uniqueSuffix()}`;
      return { token: await spareTokenOf(world, actor), variables: { input: { handle, displayName: handle, email: `${handle}@example.test`, password: PASSWORD } } };
    },
    // Made through the API, so registered for cleanup here.
    reveal: (d) => d?.signUp && (track(d.signUp.member.id), d.signUp.member.id),
  },
  {
    operation: 'Mutation.signIn',
    document: 'mutation ($input: SignInInput!) { signIn(input: $input) { token member { id } } }',
    expected: EVERYONE,
    prepare: async (world, actor) => {
      passwordHash ??= hashPassword(PASSWORD);
      const member = await createMember(world.server.graph, world.server.url, { passwordHash: await passwordHash, now: world.server.clock.now() });
      return { token: await spareTokenOf(world, actor), target: member.id, variables: { input: { handleOrEmail: member.handle, password: PASSWORD } } };
    },
    reveal: (d, attempt) => d?.signIn?.member.id === attempt.target,
  },
  {
    operation: 'Mutation.signOut',
    document: 'mutation { signOut }',
    expected: EVERYONE,
    prepare: async (world, actor) => ({ token: await spareTokenOf(world, actor), variables: {} }),
    // Anonymous: answered false (no session to end), which is all it may do.
    reveal: (d, _attempt, actor) => d?.signOut === (actor !== 'anonymous'),
  },
  {
    operation: 'Mutation.updateProfile',
    document: 'mutation { updateProfile(input: { bio: "Edited by the authorisation matrix." }) { id bio } }',
    expected: SIGNED_IN,
    reveal: (d) => d?.updateProfile?.bio,
  },
  {
    operation: 'Mutation.follow',
    document: 'mutation ($memberId: ID!) { follow(memberId: $memberId) { id viewerFollows } }',
    expected: SIGNED_IN,
    prepare: async (world) => {
      const target = await freshMember(world);
      return { watch: [target.id], variables: { memberId: target.id } };
    },
    reveal: (d) => d?.follow?.viewerFollows,
  },
  {
    operation: 'Mutation.unfollow',
    document: 'mutation ($memberId: ID!) { unfollow(memberId: $memberId) { id } }',
    expected: SIGNED_IN,
    prepare: async (world) => {
      const target = await freshMember(world);
      return { watch: [target.id], variables: { memberId: target.id } };
    },
    reveal: (d) => d?.unfollow?.id,
  },
  {
    operation: 'Mutation.setSupplier',
    document: 'mutation ($memberId: ID!) { setSupplier(memberId: $memberId, supplier: true) { roles } }',
    expected: ADMINS_ONLY,
    prepare: async (world) => {
      const target = await roleTarget(world);
      return { ...target, variables: { memberId: target.owner.id } };
    },
    reveal: (d) => d?.setSupplier?.roles.includes('SUPPLIER'),
  },
  {
    operation: 'Mutation.setMemberVerified',
    document: 'mutation ($memberId: ID!) { setMemberVerified(memberId: $memberId, verified: true) { verified } }',
    expected: ADMINS_ONLY,
    prepare: async (world) => {
      const target = await roleTarget(world);
      return { ...target, variables: { memberId: target.owner.id } };
    },
    reveal: (d) => d?.setMemberVerified?.verified,
  },
  { operation: 'Query.network', document: '{ network { members } }', expected: EVERYONE, reveal: (d) => d?.network },
  // Search and the trust model are public; a search shows public member fields only.
  {
    operation: 'Query.search',
    document: 'query ($text: String!) { search(text: $text) { members(first: 5) { edges { node { id } } } } }',
    expected: EVERYONE,
    prepare: async (world) => ({ variables: { text: world.members.owner.handle } }),
    reveal: (d) => d?.search?.members.edges.length,
  },
  { operation: 'Query.trustModel', document: '{ trustModel { halfLifeDays } }', expected: EVERYONE, reveal: (d) => d?.trustModel?.halfLifeDays },
  {
    operation: 'Member.firstSteps',
    document: 'query ($id: ID!) { member(id: $id) { firstSteps { done } } }',
    expected: [H, A, H, H, H, H],
    prepare: async (world) => ({ variables: { id: world.members.owner.id } }),
    reveal: (d) => d?.member?.firstSteps,
  },
  {
    operation: 'Mutation.dismissFirstSteps',
    document: 'mutation { dismissFirstSteps { id firstSteps { dismissed } } }',
    expected: SIGNED_IN,
    reveal: (d) => d?.dismissFirstSteps?.firstSteps?.dismissed,
  },
  { operation: 'Query.me', document: '{ me { id } }', expected: [H, A, A, A, A, A], reveal: (d) => d?.me },
  {
    operation: 'Query.member',
    document: 'query ($id: ID!) { member(id: $id) { id handle } }',
    expected: EVERYONE,
    prepare: async (world) => ({ variables: { id: world.members.owner.id } }),
    reveal: (d) => d?.member,
  },
  {
    operation: 'Member.email',
    document: 'query ($id: ID!) { member(id: $id) { email } }',
    expected: [H, A, H, H, H, A],
    prepare: async (world) => ({ variables: { id: world.members.owner.id } }),
    reveal: (d) => d?.member?.email,
  },
  {
    operation: 'Member.inviteCode',
    document: 'query ($id: ID!) { member(id: $id) { inviteCode } }',
    expected: [H, A, H, H, H, A],
    prepare: async (world) => ({ variables: { id: world.members.owner.id } }),
    reveal: (d) => d?.member?.inviteCode,
  },
  {
    operation: 'Member.email (in a list: the followers of a member)',
    document: 'query ($id: ID!) { member(id: $id) { followers(first: 100) { edges { node { id email } } } } }',
    expected: [H, A, H, H, H, A],
    prepare: async (world) => {
      // The owner follows a fresh member; the owner's email must show in that member's list only to them and admins.
      const followed = await freshMember(world);
      await world.members.owner.api.ok('mutation ($id: ID!) { follow(memberId: $id) { id } }', { id: followed.id });
      return { watch: [followed.id], target: world.members.owner.id, variables: { id: followed.id } };
    },
    reveal: (d, attempt) => d?.member?.followers.edges.find((e: any) => e.node.id === attempt.target)?.node.email,
  },
];
