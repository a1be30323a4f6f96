// Whole answers to signed-out leaderboard queries, kept for the leaderboard cache's TTL. The
// leaderboard cache (leaderboard-cache.ts) spares the database; this spares the GraphQL
// execution too: with the board in memory, running 50 rows × their fields through graphql-js
// was most of what a signed-out board request still cost (docs/benchmarks.md). Same freshness
// rules: at most LEADERBOARD_CACHE_MS old, and dropped the moment this process commits a write
// that may change what a board shows (graph.onCommit).
//
// Only what is the same for every signed-out visitor: a query whose root fields are all
// `leaderboard`, asked without a session, answered without errors. Anything else runs as usual.
//
// Two ways in. Apollo's own hook (the plugin) answers a stored query after parsing and
// validating it. In front of Apollo, `middleware()` sends the stored bytes of an answer to a
// plain JSON POST that carries no session token at all: no GraphQL pipeline, no serialising
// 50 rows again. What it skips was already done for this very document when the answer was
// stored (parse, validation, depth and cost limits); helmet, the request log, CORS and
// compression still run, as for any request.
import type { Request, RequestHandler } from 'express';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { Graph } from '../graph/graph';
import type { Clock } from './clock';
import type { Context } from './context';
import { sessionTokenOf } from './auth/viewer';
import { REFRESH_AHEAD_AT } from './read-cache';

/** Distinct answers kept (query text × variables); the oldest goes first. */
const MAX_ANSWERS = 200;
const PUBLIC_ROOT_FIELDS = new Set(['leaderboard', '__typename']);

type SingleResult = Extract<GraphQLResponse['body'], { kind: 'single' }>['singleResult'];
interface Answer {
  result: SingleResult;
  /** The HTTP body Apollo sends for `result` (its field order, its trailing newline). */
  body: Buffer;
  at: number;
}

/** Which stored answer a request asks for: its document, operation name and variables. */
const answerKey = (query: string, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined) =>
  JSON.stringify([query, operationName ?? null, variables ?? {}]);

export class PublicAnswers {
  private readonly answers = new Map<string, Answer>();
  /**
   * Keys a request is running again, with when it began. Past REFRESH_AHEAD_AT of the TTL (as for
   * the page cache) one request at a time runs the query again while the others are still served
   * the stored answer: at a fixed rate, the requests that queued behind each expiry's database
   * read were the leaderboard's p99.
   */
  private readonly refreshing = new Map<string, number>();
  private generation = 0;
  private readonly unsubscribe: () => void;

  constructor(
    graph: Graph,
    readonly options: { ttlMs: number; clock: Clock; onLookup?: (hit: boolean) => void },
  ) {
    this.unsubscribe = graph.onCommit(() => {
      this.generation++;
      this.answers.clear();
      this.refreshing.clear();
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
            key = answerKey(request.query!, request.operationName, request.variables);
            generation = answers.generation;
            startedAt = answers.options.clock.now().getTime();
            const hit = answers.lookup(key, true);
            answers.options.onLookup?.(hit !== undefined);
            if (!hit) return null;
            key = undefined; // Served from the cache: nothing to store.
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: hit.result } };
          },
          async willSendResponse({ response, contextValue }: GraphQLRequestContextWillSendResponse<Context>) {
            if (key === undefined) return;
            answers.refreshing.delete(key);
            // An answer computed from reads begun before a write committed is not kept.
            if (generation !== answers.generation) return;
            if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
            // As old as the oldest data it was built from: a page from the leaderboard cache
            // may have been read before this request began.
            answers.store(key, response.body.singleResult, Math.min(startedAt, contextValue.cachedDataReadAt ?? startedAt));
          },
        };
      },
    };
  }

  /** In front of Apollo (after the JSON body parser): stored answers as stored bytes. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const hit = this.storedAnswer(req);
      if (!hit) return next();
      res.statusCode = 200;
      res.setHeader('content-type', JSON_CONTENT_TYPE);
      res.end(hit);
    };
  }

  /**
   * The stored answer's bytes for a request whose JSON body has been read, when one may be served
   * in front of Apollo (a signed-out plain JSON POST whose document and variables match a stored
   * answer still fresh); else undefined, and the request goes on to Apollo.
   */
  storedAnswer(req: Request): Buffer | undefined {
    if (!this.enabled || req.method !== 'POST' || sessionTokenOf(req) !== undefined || !acceptsPlainJson(req.headers.accept)) return undefined;
    const body = req.body as Record<string, unknown> | undefined;
    const key = body && isPlainRequest(body) ? answerKey(body.query as string, body.operationName as string | undefined, body.variables as Record<string, unknown> | undefined) : undefined;
    // Not claiming a refresh here: a request that should run again goes on to Apollo, whose
    // hook (the plugin) claims it.
    const hit = key === undefined ? undefined : this.lookup(key, false);
    if (!hit) return undefined; // counted by the plugin, which decides whether it is a miss
    this.options.onLookup?.(true);
    return hit.body;
  }

  get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  close(): void {
    this.unsubscribe();
  }

  /**
   * The stored answer to serve, or undefined when this request must run the query: none is
   * stored or it is past the TTL, or it is past REFRESH_AHEAD_AT of it and nobody is running it again
   * yet (with `claim`, this request then becomes the one that does).
   */
  private lookup(key: string, claim: boolean): Answer | undefined {
    const entry = this.answers.get(key);
    const now = this.options.clock.now().getTime();
    const ttl = this.options.ttlMs;
    if (!entry || now - entry.at >= ttl) return undefined;
    if (now - entry.at < ttl * REFRESH_AHEAD_AT) return entry;
    const claimed = this.refreshing.get(key);
    if (claimed !== undefined && now - claimed < ttl) return entry;
    if (claim) this.refreshing.set(key, now);
    return undefined;
  }

  /** `at`: when the request began reading, so the answer is at most that old. */
  private store(key: string, result: SingleResult, at: number): void {
    this.answers.delete(key);
    // Apollo's own serialisation (runHttpQuery: errors, data, extensions, then a newline); an
    // answer with errors is never stored.
    const body = Buffer.from(`${JSON.stringify({ data: result.data, extensions: result.extensions })}\n`);
    this.answers.set(key, { result, body, at });
    if (this.answers.size > MAX_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
  }
}

function isPublic(operation: OperationDefinitionNode | undefined, context: Context): boolean {
  // Apollo asks even when no operation could be chosen (several, none named): that one runs,
  // and fails, as usual.
  if (!operation || operation.operation !== 'query' || context.viewer !== undefined || context.sessionTokenHash !== undefined) return false;
  return operation.selectionSet.selections.every((s) => s.kind === 'Field' && PUBLIC_ROOT_FIELDS.has(s.name.value) && !s.directives?.length);
}

/** What Apollo answers a single result with when the client accepts plain JSON. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * True when Apollo would answer `application/json`: no Accept header, or one naming only it or
 * anything. A client preferring `application/graphql-response+json` goes through Apollo.
 */
function acceptsPlainJson(accept: string | undefined): boolean {
  if (accept === undefined) return true;
  return accept.split(',').every((range) => {
    const type = range.split(';')[0]!.trim().toLowerCase();
    return type === 'application/json' || type === '*/*';
  });
}

/** A body Apollo reads the same way the plugin keys it: a query, maybe a name and variables, nothing else. */
function isPlainRequest(body: Record<string, unknown>): boolean {
  if (typeof body.query !== 'string' || body.extensions !== undefined) return false;
  if (body.operationName !== undefined && body.operationName !== null && typeof body.operationName !== 'string') return false;
  const v = body.variables;
  return v === undefined || v === null || (typeof v === 'object' && !Array.isArray(v));
}
