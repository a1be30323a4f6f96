// Leaderboards, ranks, trust events and history. Ranks and movement come from the daily
// snapshot (one indexed read per member, batched per request); the board's order is live, or
// at most LEADERBOARD_CACHE_MS old for a public board (server/leaderboard-cache.ts).
import { z } from 'zod';
import type { LeaderboardRowResolvers, MemberResolvers, QueryResolvers } from '../generated/graphql';
import {
  followingBoard,
  type LeaderboardCursor,
  type LeaderboardMember,
  type LeaderboardRead,
  type LeaderboardRowRecord,
  type LeaderboardScope,
} from '../../graph/leaderboard';
import { categoryScope, GLOBAL_SCOPE } from '../../graph/snapshots';
import { requireViewer } from '../auth/guards';
import { badInput } from '../errors';
import { fieldMessage } from '../field-labels';
import { decodeCursor, decodeTuple, pageSize, toConnection, toTupleConnection, type Connection } from '../pagination';
import { dayOf, shiftDay } from '../day';
import { validate } from '../validation';
import type { Context } from '../context';

const category = z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters');

// Leaderboard cursors carry the full sort key and the place reached, so the next page can
// number its rows without counting everything above them.
const CURSOR_SHAPE = ['number', 'number', 'string', 'number'] as const;

function decodeLeaderboardCursor(after: string | null | undefined): LeaderboardCursor | undefined {
  const tuple = decodeTuple(after, CURSOR_SHAPE);
  if (!tuple) return undefined;
  const [rankKey, score, id, position] = tuple as [number, number, string, number];
  return { rankKey, score, id, position };
}

const cursorTuple = (row: LeaderboardMember) => [row.rankKey, row.score, row.member.id, row.position] as const;

export const trustQueries: Pick<QueryResolvers, 'leaderboard'> = {
  leaderboard: async (_parent, args, ctx) => {
    const kind = args.scope ?? 'GLOBAL';
    let scope: LeaderboardScope;
    if (kind === 'CATEGORY') {
      if (!args.category) throw badInput('Give a category for the CATEGORY leaderboard.', 'category');
      scope = { kind, category: validate(category, args.category) };
    } else if (kind === 'FOLLOWING') {
      scope = { kind, viewerId: requireViewer(ctx).id };
    } else {
      scope = { kind: 'GLOBAL' };
    }
    const size = pageSize(args.first);
    // The circle's arrows are places within it (graph/leaderboard.ts, followingBoard), read under
    // a key of the viewer's own.
    const scopeKey = scope.kind === 'CATEGORY' ? categoryScope(scope.category) : scope.kind === 'FOLLOWING' ? `following:${scope.viewerId}` : GLOBAL_SCOPE;
    // One read brings the page, the snapshot day and every row's arrow; priming the loaders
    // lets a rank asked in the same request answer from it. Public boards come through the
    // process's cache; the viewer's own board is read live.
    const after = decodeLeaderboardCursor(args.after);
    const read =
      scope.kind === 'FOLLOWING'
        ? await followingBoard(ctx.graph, scope.viewerId, GLOBAL_SCOPE, scopeKey, size + 1, after)
        : await ctx.leaderboards.page(scope, scopeKey, size + 1, after);
    const readAt = ctx.leaderboards.pageReadAt(read);
    if (readAt !== undefined) ctx.cachedDataReadAt = Math.min(ctx.cachedDataReadAt ?? readAt, readAt);
    if (read.snapshotDay !== undefined) ctx.loaders.latestSnapshotDay.prime('latest', read.snapshotDay);
    for (const { key, reading } of read.readings) ctx.loaders.snapshotRank.prime(key, reading);
    const snapshotDay = await ctx.loaders.latestSnapshotDay.load('latest');
    return { ...pageOf(read, size, scopeKey, snapshotDay), snapshotDay };
  },
};

type Page = Connection<LeaderboardRowRecord>;
// A cached read is shared by every request, and so is the page made from it: cursors, positions
// and arrows are the same for every viewer (who may see what of each member is decided by the
// Member resolvers, per request). Built once per read, not once per request.
const pages = new WeakMap<LeaderboardRead, { snapshotDay: string | null; page: Page }>();

function pageOf(read: LeaderboardRead, size: number, scopeKey: string, snapshotDay: string | null): Page {
  const built = pages.get(read);
  if (built && built.snapshotDay === snapshotDay) return built.page;
  const arrows = new Map(read.readings.map(({ key, reading }) => [key, reading?.movement ?? null]));
  const rows = read.rows.map((row): LeaderboardRowRecord => ({
    ...row,
    scopeKey,
    snapshotDay,
    // Known from the read when it carried this day's readings; else the resolver asks.
    movement: snapshotDay === null ? null : arrows.get(`${row.member.id}|${scopeKey}|${snapshotDay}`),
  }));
  const page = toTupleConnection(rows, size, cursorTuple);
  pages.set(read, { snapshotDay, page });
  return page;
}

export const LeaderboardRow: LeaderboardRowResolvers = {
  // Synchronous when the page's read brought the arrow (always, for a page from
  // leaderboardWithArrows): a promise per row would make graphql-js wait on fifty of them.
  movement: (row, _args, ctx) => (row.movement !== undefined ? row.movement : snapshotMovement(row, ctx)),
};

async function snapshotMovement(row: LeaderboardRowRecord, ctx: Context): Promise<number | null> {
  if (!row.snapshotDay) return null;
  const reading = await ctx.loaders.snapshotRank.load(`${row.member.id}|${row.scopeKey}|${row.snapshotDay}`);
  return reading?.movement ?? null;
}

async function rankIn(memberId: string, scope: string, ctx: Context) {
  const day = await ctx.loaders.latestSnapshotDay.load('latest');
  if (!day) return null;
  const reading = await ctx.loaders.snapshotRank.load(`${memberId}|${scope}|${day}`);
  return reading ? { rank: reading.rank, movement: reading.movement, day } : null;
}

export const memberTrustFields: Pick<MemberResolvers, 'rank' | 'categoryRank' | 'trustEvents' | 'trustHistory'> = {
  rank: (member, _args, ctx) => rankIn(member.id, GLOBAL_SCOPE, ctx),
  categoryRank: (member, args, ctx) => rankIn(member.id, categoryScope(validate(category, args.category)), ctx),
  trustEvents: async (member, args, ctx) => {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after);
    if (after && typeof after.key !== 'number') throw badInput('This cursor is not one we gave out.', 'after');
    // Through the request's loader: a page of members asking for their events is one read.
    const rows = await ctx.loaders.trustEventPage.load({ memberId: member.id, limit: size + 1, after: after ? { at: after.key as number, id: after.id } : undefined });
    return toConnection(rows, size, (e) => ({ key: e.at, id: e.id }));
  },
  trustHistory: async (member, args, ctx) => {
    const days = args.days ?? 30;
    if (!Number.isInteger(days) || days < 1 || days > 365) throw badInput(fieldMessage('days', 'must be between 1 and 365'), 'days');
    const today = dayOf(ctx.clock.now(), ctx.timeZone);
    return ctx.loaders.trustHistory.load(`${member.id}|${shiftDay(today, days)}|${today}`);
  },
};

