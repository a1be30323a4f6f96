// The daily ranking among friends: a member's own day (self only, like firstSteps), its history,
// and a cheer on a friend's day. The records are made by the snapshot job (graph/circle-day.ts).
import { z } from 'zod';
import type { CircleDayResolvers, FriendDayResolvers, MemberResolvers, MutationResolvers } from '../generated/graphql';
import { cheerFriendDay, circleDayHistory, circleDayOf, friendDays, type CircleDayRecord, type FriendDayRecord } from '../../graph/circle-day';
import { requireViewer } from '../auth/guards';
import { badInput, forbidden, notFound } from '../errors';
import { fieldMessage } from '../field-labels';
import { dayOf, shiftDay } from '../day';
import { id, validate } from '../validation';
import type { Context } from '../context';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-06-01')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'must be a date like 2026-06-01');

export const memberCircleDayFields: Pick<MemberResolvers, 'circleDay' | 'circleDays'> = {
  // Only the member themself: whom one follows and who follows one shapes the record.
  circleDay: async (member, args, ctx) => {
    const asked = args.day == null ? undefined : validate(z.object({ day }), { day: args.day }).day;
    if (ctx.viewer?.id !== member.id) return null;
    const onDay = asked ?? (await ctx.loaders.latestSnapshotDay.load('latest'));
    return onDay ? circleDayOf(ctx.graph, member.id, onDay) : null;
  },
  circleDays: async (member, args, ctx) => {
    const days = args.days ?? 30;
    if (!Number.isInteger(days) || days < 1 || days > 90) throw badInput(fieldMessage('days', 'must be between 1 and 90'), 'days');
    if (ctx.viewer?.id !== member.id) return [];
    const today = dayOf(ctx.clock.now(), ctx.timeZone);
    return circleDayHistory(ctx.graph, member.id, shiftDay(today, days), today);
  },
};

// The friends on one record (top and passedBy) are read together: one query per record.
const friendsOfRecord = new WeakMap<CircleDayRecord, Promise<Map<string, FriendDayRecord>>>();

function friendsOf(record: CircleDayRecord, ctx: Context): Promise<Map<string, FriendDayRecord>> {
  let friends = friendsOfRecord.get(record);
  if (!friends) {
    const ids = [...new Set([...record.top, ...record.passedBy])];
    friends = friendDays(ctx.graph, requireViewer(ctx).id, ids, record.day).then((rows) => new Map(rows.map((r) => [r.memberId, r])));
    friendsOfRecord.set(record, friends);
  }
  return friends;
}

const pick = async (ids: string[], record: CircleDayRecord, ctx: Context) => {
  const friends = await friendsOf(record, ctx);
  return ids.map((memberId) => friends.get(memberId) ?? { memberId, day: record.day, cheers: 0, viewerCheered: false });
};

export const CircleDay: CircleDayResolvers = {
  top: (record, _args, ctx) => pick(record.top, record, ctx),
  passedBy: (record, _args, ctx) => pick(record.passedBy, record, ctx),
};

export const FriendDay: FriendDayResolvers = {
  member: async (friend, _args, ctx) => {
    const member = await ctx.loaders.memberById.load(friend.memberId);
    if (!member) throw notFound('That member');
    return member;
  },
};

export const circleDayMutations: Pick<MutationResolvers, 'cheerFriendDay'> = {
  cheerFriendDay: async (_parent, args, ctx) => {
    const viewer = requireViewer(ctx);
    const input = validate(z.object({ memberId: id, day }), args);
    if (input.memberId === viewer.id) throw forbidden('Your own day is for your friends to cheer.');
    return cheerFriendDay(ctx.graph, viewer.id, input.memberId, input.day, ctx.clock.now());
  },
};
