// Whole answers to signed-out leaderboard queries, kept for the leaderboard cache's TTL. The
// leaderboard cache (leaderboard-cache.ts) spares the database; this spares the GraphQL
// execution too: with the board in memory, running 50 rows × their fields through graphql-js
// was most of what a signed-out board request still cost (docs/benchmarks.md). Same freshness
// rules: at most LEADERBOARD_CACHE_MS old, and dropped the moment this process commits a write
// that may change what a board shows (graph.onCommit).
//
// Only what is the same for every signed-out visitor: a query whose root fields are all
// `leaderboard`, asked without a session, answered without errors. Anything else runs as usual.
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { Graph } from '../graph/graph';
import type { Clock } from './clock';
import type { Context } from './context';

/** Distinct answers kept (query text × variables); the oldest goes first. */
const MAX_ANSWERS = 200;
const PUBLIC_ROOT_FIELDS = new Set(['leaderboard', '__typename']);

type SingleResult = Extract<GraphQLResponse['body'], { kind: 'single' }>['singleResult'];

export class PublicAnswers {
  private readonly answers = new Map<string, { result: SingleResult; at: number }>();
  private generation = 0;
  private readonly unsubscribe: () => void;

  constructor(
    graph: Graph,
    readonly options: { ttlMs: number; clock: Clock },
  ) {
    this.unsubscribe = graph.onCommit(() => {
      this.generation++;
      this.answers.clear();
    });
  }

  plugin(): ApolloServerPlugin<Context> {
    const answers = this;
    return {
      async requestDidStart() {
        let key: string | undefined;
        let generation = 0;
        let startedAt = 0;
        return {
          async responseForOperation({ request, operation, contextValue }) {
            if (!answers.enabled || !isPublic(operation, contextValue)) return null;
            key = JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}]);
            generation = answers.generation;
            startedAt = answers.options.clock.now().getTime();
            const hit = answers.fresh(key);
            if (!hit) return null;
            key = undefined; // Served from the cache: nothing to store.
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: hit } };
          },
          async willSendResponse({ response }: GraphQLRequestContextWillSendResponse<Context>) {
            // An answer computed from reads begun before a write committed is not kept.
            if (key === undefined || generation !== answers.generation) return;
            if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
            answers.store(key, response.body.singleResult, startedAt);
          },
        };
      },
    };
  }

  get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  close(): void {
    this.unsubscribe();
  }

  private fresh(key: string): SingleResult | undefined {
    const entry = this.answers.get(key);
    return entry && this.options.clock.now().getTime() - entry.at < this.options.ttlMs ? entry.result : undefined;
  }

  /** `at`: when the request began reading, so the answer is at most that old. */
  private store(key: string, result: SingleResult, at: number): void {
    this.answers.delete(key);
    this.answers.set(key, { result, at });
    if (this.answers.size > MAX_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
  }
}

function isPublic(operation: OperationDefinitionNode | undefined, context: Context): boolean {
  // Apollo asks even when no operation could be chosen (several, none named): that one runs,
  // and fails, as usual.
  if (!operation || operation.operation !== 'query' || context.viewer !== undefined || context.sessionTokenHash !== undefined) return false;
  return operation.selectionSet.selections.every((s) => s.kind === 'Field' && PUBLIC_ROOT_FIELDS.has(s.name.value) && !s.directives?.length);
}
