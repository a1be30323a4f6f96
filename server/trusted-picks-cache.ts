// The trusted picks' evidence, cached in this process under the leaderboard's TTL
// (LEADERBOARD_CACHE_MS) and dropped the moment this process commits a write that can change
// trust or recommendations (graph.onCommit 'boards'), exactly as the public boards are
// (leaderboard-cache.ts): the evidence read walks every recommendation of every recommender past
// the step and the verdicts and refunds through them, the same for every viewer, so one read
// serves every request within the TTL. Other servers' writes show within the TTL.
//
// What is cached is the evidence, not the ranking: the pure rule (server/domain/ranking) applies
// the step and, for "people I trust", the viewer's own weights per request; whom a viewer trusts
// is a bounded read of their own (graph/trusted-picks.ts trustedByViewer) and is never cached.
import type { Graph } from '../graph/graph';
import { productEvidence } from '../graph/trusted-picks';
import type { ProductEvidence } from './domain/ranking/trusted-picks';
import type { Clock } from './clock';
import { ReadCache } from './read-cache';

export interface TrustedPicksCacheOptions {
  /** How long the evidence may be served; 0 reads it on every request. */
  ttlMs: number;
  clock: Clock;
  /** Told of each lookup's hits and misses (the metrics). */
  onLookup?: (hits: number, misses: number) => void;
}

export class TrustedPicksCache {
  private readonly evidenceByStep: ReadCache<ProductEvidence[]>;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly graph: Graph,
    options: TrustedPicksCacheOptions,
  ) {
    // One key per step rank key: a server has one ladder, so one entry in practice.
    this.evidenceByStep = new ReadCache({ ...options, maxEntries: 4 });
    this.unsubscribe = graph.onCommit((changes) => {
      if (changes.includes('boards')) this.evidenceByStep.clear();
    });
  }

  /** Every product with a recommender whose rank key reaches `minRankKey`, with each one's evidence. */
  evidence(minRankKey: number): Promise<ProductEvidence[]> {
    return this.evidenceByStep.get(String(minRankKey), () => productEvidence(this.graph, minRankKey));
  }

  /** Stops listening to the graph's commits (tests that build several apps on one graph). */
  close(): void {
    this.unsubscribe();
  }
}
