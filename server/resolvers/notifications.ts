// The inbox: a member's own notifications, their unread count and preferences. Every field and
// mutation is the signed-in member's own; nobody reads or marks another's.
import { z } from 'zod';
import type { MutationResolvers, NotificationResolvers, QueryResolvers } from '../generated/graphql';
import * as notifications from '../../graph/notifications';
import { isNotificationKind, kindsFor, linkOf, preferencesOf, withPreference} from '../domain/notifications';
import { requireViewer } from '../auth/guards';
import { PRIVILEGE_ENUM } from './privileges';
import { badInput, forbidden, notFound } from '../errors';
import { decodeCursor, pageSize, toConnection } from '../pagination';
import { id, validate } from '../validation';

const preferenceInput = z.object({
  kind: z.string().refine(isNotificationKind, 'is not a kind of notification'),
  inApp: z.boolean({ message: 'must be true or false' }),
  email: z.boolean({ message: 'must be true or false' }),
});

export const notificationQueries: Pick<QueryResolvers, 'notifications' | 'unreadNotificationCount' | 'notificationPreferences'> = {
  notifications: async (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const size = pageSize(args.first);
    const after = decodeCursor(args.after);
    if (after && typeof after.key !== 'number') throw badInput('This cursor is not one we gave out; start again without it.', 'after');
    const rows = await notifications.notificationsOf(ctx.graph, viewer.id, after, size + 1);
    return toConnection(rows, size, (n) => ({ key: n.at, id: n.id }));
  },
  unreadNotificationCount: (_parent, _args, ctx) => notifications.unreadCount(ctx.graph, requireViewer(ctx).id),
  notificationPreferences: async (_parent, _args, ctx) => {
    const viewer = requireViewer(ctx);
    const choices = await notifications.choicesOf(ctx.graph, viewer.id);
    return preferencesOf(choices, viewer.roles);
  },
};

export const notificationMutations: Pick<MutationResolvers, 'markNotificationRead' | 'markAllNotificationsRead' | 'setNotificationPreference'> = {
  markNotificationRead: async (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const marked = await notifications.markRead(ctx.graph, viewer.id, validate(z.object({ id }), args).id, ctx.clock.now().getTime());
    if (!marked) throw notFound('That notification');
    return marked;
  },
  markAllNotificationsRead: (_parent, _args, ctx) =>
    notifications.markAllRead(ctx.graph, requireViewer(ctx).id, ctx.clock.now().getTime()),
  setNotificationPreference: async (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const pref = validate(preferenceInput, args) as { kind: ReturnType<typeof kindsFor>[number]; inApp: boolean; email: boolean };
    if (!kindsFor(viewer.roles).includes(pref.kind)) throw forbidden('Only admins receive this kind of notification.');
    await notifications.updateChoices(ctx.graph, viewer.id, (current) => withPreference(current, pref));
    return pref;
  },
};

export const Notification: NotificationResolvers = {
  createdAt: (n) => new Date(n.at).toISOString(),
  actor: (n, _args, ctx) => (n.actorId ? ctx.loaders.memberById.load(n.actorId) : null),
  link: (n) => linkOf(n.kind, n),
  privilege: (n) => (n.privilege ? PRIVILEGE_ENUM[n.privilege] : null),
};
