// Authorisation matrix, notifications: every part of the inbox is the caller's own. Each
// signed-in actor plays a fresh member of the same roles with one notification (a fresh member
// followed them); two rows more show that nobody but the owner can mark the owner's notification
// and that only admins choose how they hear of fraud flags.
import { createMember, type TestMember } from './factories';
import { A, F, N, SIGNED_IN, U, type Actor, type Row, type World } from './authorisation-matrix';
import { freshMember } from './authorisation-world';
import { ROLES } from './authorisation-account';

/** A new follower of `member`: writes the member one NEW_FOLLOWER notification; its id. */
async function followedBy(world: World, member: TestMember): Promise<string> {
  const follower = await freshMember(world);
  await follower.api.ok('mutation ($id: ID!) { follow(memberId: $id) { id } }', { id: member.id });
  const { notifications } = await member.api.ok<{ notifications: { edges: { node: { id: string } }[] } }>(
    '{ notifications(first: 1) { edges { node { id } } } }',
  );
  return notifications.edges[0]!.node.id;
}

/** A fresh member with the actor's roles and one notification; none for anonymous. */
async function selfOf(world: World, actor: Actor) {
  if (actor === 'anonymous') return undefined;
  const me = await createMember(world.server.graph, world.server.url, { roles: ROLES[actor], now: world.server.clock.now() });
  return { me, notificationId: await followedBy(world, me) };
}

const own = (document: string, reveal: Row['reveal'], variables: (notificationId: string) => Record<string, unknown> = () => ({})): Omit<Row, 'operation'> => ({
  document,
  expected: SIGNED_IN,
  prepare: async (world, actor) => {
    const self = await selfOf(world, actor);
    return { token: self?.me.token, watch: self ? [self.me.id] : [], variables: variables(self?.notificationId ?? 'none') };
  },
  reveal,
});

export const notificationRows: Row[] = [
  { operation: 'Query.notifications', ...own('{ notifications { edges { node { id kind } } } }', (d) => d?.notifications?.edges?.length === 1) },
  { operation: 'Query.unreadNotificationCount', ...own('{ unreadNotificationCount }', (d) => d?.unreadNotificationCount === 1) },
  { operation: 'Query.notificationPreferences', ...own('{ notificationPreferences { kind inApp } }', (d) => d?.notificationPreferences?.length > 0) },
  { operation: 'Mutation.markAllNotificationsRead', ...own('mutation { markAllNotificationsRead }', (d) => d?.markAllNotificationsRead === 1) },
  {
    operation: 'Mutation.markNotificationRead',
    ...own('mutation ($id: ID!) { markNotificationRead(id: $id) { id read } }', (d) => d?.markNotificationRead?.read, (id) => ({ id })),
  },
  {
    operation: "Mutation.markNotificationRead (the owner's notification)",
    document: 'mutation ($id: ID!) { markNotificationRead(id: $id) { id read } }',
    // Another member's notification is not told apart from none, admins included.
    expected: [U, A, N, N, N, N],
    prepare: async (world) => ({ variables: { id: await followedBy(world, world.members.owner) } }),
    reveal: (d) => d?.markNotificationRead?.read,
  },
  {
    operation: 'Mutation.setNotificationPreference',
    ...own(
      'mutation { setNotificationPreference(kind: NEW_FOLLOWER, inApp: false, email: true) { kind inApp email } }',
      (d) => d?.setNotificationPreference?.email === true,
    ),
  },
  {
    operation: 'Mutation.setNotificationPreference (fraud flags)',
    document: 'mutation { setNotificationPreference(kind: FRAUD_FLAG, inApp: true, email: true) { kind email } }',
    expected: [U, F, F, F, F, A],
    reveal: (d) => d?.setNotificationPreference?.email === true,
  },
];
