// The bad-input corpus's shared parts: what a case is, the fixture world every case runs
// against, a fingerprint of the whole database, and the checks every refusal must pass.
//
// A case is data (test/support/bad-input-*.ts); the runners (test/integration/bad-input-*.test.ts)
// send it through the real HTTP endpoint and assert three things: the expected typed error (never
// a 500 or INTERNAL_SERVER_ERROR), a message free of internals, and an unchanged database.
import { createHash } from 'node:crypto';
import { expect } from '@jest/globals';
import type { Graph } from '../../graph/graph';

/** What a refusal may say in extensions.code; each case names exactly one. */
export type RefusalCode =
  | 'BAD_USER_INPUT'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'BAD_REQUEST'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED';

/** Who sends the request (see BadInputWorld). */
export type Actor = 'anonymous' | 'member' | 'other' | 'author' | 'supplier' | 'otherSupplier' | 'admin';

/**
 * The data every case can point at, made once per runner: members in each role, products,
 * orders in each state, a recommendation, fraud flags, and cursors handed out by real lists.
 */
export interface BadInputWorld {
  tokens: Record<Exclude<Actor, 'anonymous'>, string>;
  memberId: string;
  memberHandle: string;
  otherId: string;
  authorId: string;
  authorHandle: string;
  supplierId: string;
  productId: string;
  /** A product nobody received: posting a recommendation of it is not first-hand. */
  unreceivedProductId: string;
  /** Priced at Number.MAX_SAFE_INTEGER minor units: any quantity above 1 overflows the total. */
  hugeProductId: string;
  /** Received by the author, who has already posted the day's five recommendations. */
  cappedProductId: string;
  recommendationId: string;
  recommendationCode: string;
  /** The other product's recommendation code (by `other`): for "a code for another product". */
  otherProductCode: string;
  /** The member's PLACED order, through the recommendation, placed with `replayKey`, quantity 1. */
  placedOrderId: string;
  replayKey: string;
  /** The member's DELIVERED order through the recommendation, not yet rated. */
  ratableOrderId: string;
  /** The member's DELIVERED order through the recommendation, already rated. */
  ratedOrderId: string;
  /** The member's DELIVERED order without a recommendation. */
  plainDeliveredOrderId: string;
  openFlagId: string;
  clearedFlagId: string;
  cursors: { products: string; leaderboard: string; productRecommendations: string };
}

type Vars = Record<string, unknown>;

/** A GraphQL request that must be refused with `code` and write nothing. */
export interface ApiCase {
  name: string;
  as: Actor;
  query: string;
  variables?: Vars | ((w: BadInputWorld) => Vars);
  code: RefusalCode;
  /** A part of the message a person should read, when it matters. */
  message?: RegExp;
}

/** A request shaped wrongly below GraphQL (body, method, content type). */
export interface TransportCase {
  name: string;
  method?: 'GET' | 'POST';
  /** Query string for GET. */
  search?: string;
  headers?: Record<string, string>;
  body?: string | (() => string);
  status: number;
  code: RefusalCode;
}

export interface RawAnswer {
  status: number;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
}

export async function send(
  baseUrl: string,
  init: { method?: string; search?: string; headers?: Record<string, string>; body?: string; token?: string },
): Promise<RawAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  // An empty value means "send no such header" (a GET a plain link would make has no content type).
  for (const [name, value] of Object.entries(headers)) if (value === '') delete headers[name];
  const res = await fetch(`${baseUrl}/graphql${init.search ?? ''}`, { method: init.method ?? 'POST', headers, body: init.body });
  const text = await res.text();
  let json: RawAnswer['json'];
  try {
    json = JSON.parse(text) as RawAnswer['json'];
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}

export function sendCase(baseUrl: string, world: BadInputWorld, c: ApiCase): Promise<RawAnswer> {
  const variables = typeof c.variables === 'function' ? c.variables(world) : (c.variables ?? {});
  const token = c.as === 'anonymous' ? undefined : world.tokens[c.as];
  return send(baseUrl, { body: JSON.stringify({ query: c.query, variables }), token });
}

// What must never reach a client: driver or database names, Cypher error classes, stack frames,
// file paths, the generic error of a bug.
const INTERNALS = [/neo4j/i, /Neo\.\w+Error/, /\bCypher\b/i, /\n\s+at /, /\bat \S+ \(/, /node_modules/, /\/work\//, /\.tsx?:\d+/, /INTERNAL_SERVER_ERROR/, /stacktrace/i];

/** The answer is a typed refusal with `code`, below 500, and says nothing internal. */
export function expectRefusal(answer: RawAnswer, code: RefusalCode, message?: RegExp): void {
  expect(answer.status).toBeLessThan(500);
  expect(answer.json).toBeDefined(); // a JSON body, always: clients parse it
  const errors = answer.json?.errors ?? [];
  expect(errors.length).toBeGreaterThan(0);
  expect({ code: errors[0]?.extensions?.code, message: errors[0]?.message }).toEqual({ code, message: expect.any(String) });
  if (message) expect(errors[0]!.message).toMatch(message);
  // A sentence a person reads, never the API's "field: rule" (the field is in extensions.field).
  if (code === 'BAD_USER_INPUT') expect(errors[0]!.message).not.toMatch(/^[A-Za-z_][\w.[\]]*: /);
  for (const pattern of INTERNALS) expect(answer.text).not.toMatch(pattern);
  // Request-level failures (parse, validation, variables) are 400s; resolver refusals are 200s
  // with a null field, as GraphQL over HTTP says.
  if (code.startsWith('GRAPHQL_')) expect(answer.status).toBe(400);
}

export interface DatabaseFingerprint {
  /** Nodes per label set and relationships per type: a diff here reads at a glance. */
  counts: Record<string, number>;
  /** sha256 of every node's labels and properties and every relationship's ends and properties. */
  digest: string;
}

/**
 * The whole database, cheaply: equal before and after a request means it wrote nothing
 * anywhere, not a node, a relationship or a property. The test database holds only what the
 * running test files made, so reading all of it stays a few milliseconds.
 */
export async function databaseFingerprint(graph: Graph): Promise<DatabaseFingerprint> {
  return graph.read(async (tx) => {
    // One round trip: nodes, then relationships (label set or type as `kind`).
    const result = await tx.run(
      `MATCH (n) RETURN 'n' AS what, elementId(n) AS a, labels(n) AS kind, null AS b, properties(n) AS props
       UNION ALL
       MATCH (x)-[r]->(y) RETURN 'r' AS what, elementId(x) AS a, [type(r)] AS kind, elementId(y) AS b, properties(r) AS props`,
    );
    const counts: Record<string, number> = {};
    const lines: string[] = [];
    for (const r of result.records) {
      const what = r.get('what') as 'n' | 'r';
      const kind = [...(r.get('kind') as string[])].sort().join(':');
      const key = what === 'n' ? `(:${kind})` : `[:${kind}]`;
      counts[key] = (counts[key] ?? 0) + 1;
      lines.push(JSON.stringify([what, r.get('a'), kind, r.get('b'), sortedProps(r.get('props'))]));
    }
    lines.sort();
    return { counts, digest: createHash('sha256').update(lines.join('\n')).digest('hex') };
  });
}

function sortedProps(props: Record<string, unknown>): [string, unknown][] {
  return Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Values the corpus reuses

/** Strings that look like attacks on the query language, the page or a JSON parser. */
export const INJECTIONS = {
  cypherQuote: "' RETURN 1 //",
  cypherDetach: '}) DETACH DELETE n //',
  cypherMatch: "x'}) MATCH (n) DETACH DELETE n WITH 1 AS x RETURN x //",
  backticks: '`Member` `id`',
  script: '<script>alert(1)</script>',
  json: '{"__proto__": {"admin": true}}',
} as const;

/** A lone high surrogate: not Unicode text at all, and it would be stored as U+FFFD. */
export const LONE_SURROGATE = 'ab\uD800cd';
/** Right-to-left override: makes "txt.exe" display as "exe.txt" (spoofing, "Trojan Source"). */
export const RTL_OVERRIDE = 'gpj\u202Eexe.txt';
export const NUL = 'a\u0000b';
/** U+0958 is excluded from composition: NFC turns each into two code units. */
export const NFC_EXPANDING = '\u0958';

export const repeat = (s: string, n: number) => s.repeat(n);
