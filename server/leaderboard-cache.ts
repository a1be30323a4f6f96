// The public leaderboards and ranks, cached in this process (LEADERBOARD_CACHE_MS, README).
//
// - Global and category pages: one shared answer per (board, page size, cursor) for at most the
//   TTL (a page in demand is read again in its last quarter, behind the requests: read-cache.ts),
//   and dropped the moment this process commits a write that can change trust, the members
//   on a board or the snapshots (graph.onCommit). So this server never serves a page older than
//   its own last write; other servers' writes show within the TTL (docs/scaling.md).
// - The latest snapshot day: the same TTL, dropped when a snapshot is written.
// - Snapshot readings (a member's rank and movement on one day): a day's readings never change
//   once the day is complete (graph/snapshots.ts), and the key names its day, so they are kept
//   until a snapshot is written here, or until the latest day moves on.
// - The "people I follow" board differs per viewer and is never cached.
//
// What is cached is data, not answers: the MemberRecords on a page include private fields
// (email, invite code), and the Member resolvers decide per request who may see them, exactly
// as for an uncached read.
import type { Graph } from '../graph/graph';
import { leaderboardWithArrows, snapshotRanks, type LeaderboardCursor, type LeaderboardRead, type LeaderboardScope, type SnapshotRankRow } from '../graph/leaderboard';
import { latestSnapshotDay } from '../graph/snapshots';
import type { Clock } from './clock';
import { ReadCache } from './read-cache';

export const DEFAULT_LEADERBOARD_CACHE_MS = 2000;

/** The boards a cache may hold: the same for every viewer. */
export type PublicScope = Exclude<LeaderboardScope, { kind: 'FOLLOWING' }>;

export interface LeaderboardCacheOptions {
  /** How long a page or the latest day may be served; 0 turns every part of the cache off. */
  ttlMs: number;
  clock: Clock;
  /** Told of each lookup's hits and misses (the metrics). */
  onLookup?: (hits: number, misses: number) => void;
}

export class LeaderboardCache {
  private readonly pages: ReadCache<LeaderboardRead>;
  private readonly latestDay: ReadCache<string | null>;
  private readonly readings: ReadCache<SnapshotRankRow | null>;
  private readingsDay: string | null | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly graph: Graph,
    options: LeaderboardCacheOptions,
  ) {
    this.pages = new ReadCache({ ...options, maxEntries: 200 });
    this.latestDay = new ReadCache({ ...options, maxEntries: 1 });
    // No TTL of their own (see the top of the file); bounded, since clients choose member ids.
    this.readings = new ReadCache({ ...options, ttlMs: options.ttlMs > 0 ? Number.POSITIVE_INFINITY : 0, maxEntries: 100_000 });
    this.unsubscribe = graph.onCommit((changes) => {
      // A page shows arrows from the snapshot too, so either kind of change drops the pages.
      this.pages.clear();
      if (changes.includes('snapshots')) {
        this.latestDay.clear();
        this.readings.clear();
      }
    });
  }

  get enabled(): boolean {
    return this.pages.enabled;
  }

  /** A global or category page with its snapshot day and arrows (one read on a miss). */
  page(scope: PublicScope, scopeKey: string, limit: number, after: LeaderboardCursor | undefined): Promise<LeaderboardRead> {
    const cursor = after ? `${after.rankKey}|${after.score}|${after.id}|${after.position}` : '';
    return this.pages.get(`${scopeKey}|${limit}|${cursor}`, () => leaderboardWithArrows(this.graph, scope, scopeKey, limit, after));
  }

  /** When a page this cache answered was read from the database (undefined: not from the cache). */
  pageReadAt(read: LeaderboardRead): number | undefined {
    return this.pages.readAtOf(read);
  }

  /** The day of the latest complete snapshot, or null before the first. */
  async latestSnapshotDay(): Promise<string | null> {
    const day = await this.latestDay.get('latest', () => latestSnapshotDay(this.graph));
    // A new latest day (a snapshot written by another process): the old day's readings are
    // still right for that day, but nobody asks for them any more.
    if (this.readingsDay !== undefined && this.readingsDay !== day) this.readings.clear();
    this.readingsDay = day;
    return day;
  }

  /** Snapshot readings by key `memberId|scope|day`, in key order; null where there is none. */
  snapshotRanks(keys: readonly string[]): Promise<(SnapshotRankRow | null)[]> {
    return this.readings.getMany(keys, async (missing) => {
      const index = new Map((await snapshotRanks(this.graph, missing)).map((row) => [row.key, row]));
      return missing.map((key) => index.get(key) ?? null);
    });
  }

  /** Stops listening to the graph's commits (tests that build several apps on one graph). */
  close(): void {
    this.unsubscribe();
  }
}
