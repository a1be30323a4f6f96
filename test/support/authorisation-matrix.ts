// The authorisation matrix (issue 8): one row per operation — every mutation, every query field,
// every field the SDL marks private — with the outcome each of six actors must meet. The rows
// live in test/support/authorisation-<area>.ts; this module holds their shape, the runner that
// plays one actor against one row through the GraphQL API, and what the schema says must have
// a row, so a new mutation or private field without one fails `authorisation-coverage.test.ts`.
import { describe, expect, test } from '@jest/globals';
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { loadTypeDefs } from '../../server/schema/load';
import { footprint } from './commerce';
import type { TestMember, TestProduct } from './factories';
import type { TestServer } from './test-server';

/** Who asks. `owner` is the member the target belongs to (buyer, author, the member themself);
 * `supplier` supplies the product in question; the "other" ones own something else. */
export const ACTORS = ['anonymous', 'owner', 'otherMember', 'supplier', 'otherSupplier', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];
export type SignedInActor = Exclude<Actor, 'anonymous'>;

/** ALLOWED: answered, and the guarded thing is shown. HIDDEN: answered without it (null, or
 * not in the list). The codes: refused with that code, and nothing written. */
export type Outcome = 'ALLOWED' | 'HIDDEN' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
export const A = 'ALLOWED', H = 'HIDDEN', U = 'UNAUTHENTICATED', F = 'FORBIDDEN', N = 'NOT_FOUND';
/** Expected outcomes in ACTORS order: anonymous, owner, otherMember, supplier, otherSupplier, admin. */
export type Expected = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

export const EVERYONE: Expected = [A, A, A, A, A, A];
export const SIGNED_IN: Expected = [U, A, A, A, A, A];
export const ADMINS_ONLY: Expected = [U, F, F, F, F, A];

export interface World {
  server: TestServer;
  members: Record<SignedInActor, TestMember>;
  /** A product listed by members.supplier. */
  product: TestProduct;
}

/** One actor's try at one row: a fresh target where the operation would change it. */
export interface Attempt {
  variables: Record<string, unknown>;
  /** Who plays `owner` this time (default: world.members.owner). */
  owner?: TestMember;
  /** Ids whose surroundings must not change when the try is refused (the world's are added). */
  watch?: string[];
  /** Act with this session token instead of the actor's usual one (e.g. one to sign out). */
  token?: string;
  /** The id `reveal` looks for in a list. */
  target?: string;
}

export interface Row<W extends World = World> {
  /** `Type.field`, optionally followed by a note in parentheses when one field needs two rows. */
  operation: string;
  document: string;
  expected: Expected;
  prepare?: (world: W, actor: Actor) => Promise<Attempt>;
  /** What the answer shows of the guarded thing; null, undefined or false when nothing. */
  reveal: (data: any, attempt: Attempt, actor: Actor, world: W) => unknown;
}

async function send(url: string, token: string | undefined, query: string, variables: Record<string, unknown>) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** Plays one actor against one row and asserts the outcome; a refusal must leave no trace. */
export async function attempt<W extends World>(world: W, row: Row<W>, actor: Actor): Promise<void> {
  const expected = row.expected[ACTORS.indexOf(actor)]!;
  const tried = row.prepare ? await row.prepare(world, actor) : { variables: {} };
  const as = actor === 'anonymous' ? undefined : actor === 'owner' ? (tried.owner ?? world.members.owner) : world.members[actor];
  const token = actor === 'anonymous' ? undefined : (tried.token ?? as?.token);
  const watch = [...Object.values(world.members).map((m) => m.id), world.product.id, ...(tried.watch ?? [])];
  if (tried.owner) watch.push(tried.owner.id);
  const before = expected === A ? undefined : await footprint(world.server.graph, watch);

  const res = await send(world.server.url, token, row.document, tried.variables);
  const seen = { operation: row.operation, actor, code: res.errors?.[0]?.extensions?.code ?? null, message: res.errors?.[0]?.message };
  if (expected === A || expected === H) {
    expect(seen).toEqual({ operation: row.operation, actor, code: null, message: undefined });
    const shown = row.reveal(res.data, tried, actor, world);
    expect({ operation: row.operation, actor, shown: shown === undefined || shown === null || shown === false ? H : A }).toEqual({
      operation: row.operation,
      actor,
      shown: expected,
    });
  } else {
    expect({ operation: row.operation, actor, code: seen.code }).toEqual({ operation: row.operation, actor, code: expected });
    expect(Object.values(res.data ?? {}).every((v) => v === null)).toBe(true);
  }
  if (before) expect(await footprint(world.server.graph, watch)).toEqual(before);
}

/** One test per row and actor, named like "Mutation.refundOrder › otherSupplier → FORBIDDEN". */
export function matrixTests<W extends World>(rows: Row<W>[], world: () => W): void {
  describe.each(rows.map((row) => [row.operation, row] as const))('%s', (_operation, row) => {
    test.each(ACTORS.map((actor, i) => [actor, row.expected[i]!] as const))('%s → %s', (actor) => attempt(world(), row, actor));
  });
}

// ---- What must have a row, read from the SDL itself ----

/** A field description that restricts who sees the value: "Private (self or admin …)",
 * "the shares the viewer may see", "(admins)". */
const PRIVATE_FIELD = /\bprivate\b|viewer may see|\(admins\)|self or admin/i;

/**
 * Types only their parties may read: the SDL marks Order "Private"; the commission ledger,
 * payouts, fraud review and the buyer's verdict are private by the product rules. A public entry
 * point must never lead to one (checked by `publiclyReachable`).
 */
const PRIVATE_BY_RULE = ['Commission', 'CommissionShare', 'CommissionTotals', 'SupplierCommissionsOwed', 'SupplierProductCommissions',
  'Payout', 'PayoutLine', 'FraudFlag', 'Feedback', 'OrderStatusChange'];

export function sdlSchema(): GraphQLSchema {
  return buildSchema(loadTypeDefs());
}

export function privateTypes(schema: GraphQLSchema): string[] {
  const marked = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && /^Private\b|\bPrivate:/.test(t.description ?? ''));
  return [...new Set([...marked.map((t) => t.name), ...PRIVATE_BY_RULE])].sort();
}

/** Every mutation, every query field, and every field whose description marks it private. */
export function operationsNeedingRows(schema: GraphQLSchema): string[] {
  const roots = [schema.getQueryType()!, schema.getMutationType()!];
  const needed = roots.flatMap((root) => Object.keys(root.getFields()).map((f) => `${root.name}.${f}`));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.includes(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (PRIVATE_FIELD.test(field.description ?? '')) needed.push(`${type.name}.${field.name}`);
    }
  }
  return needed.sort();
}

/** Object types reachable from these root fields (`Query.x`, `Mutation.y`), field by field. */
export function reachableTypes(schema: GraphQLSchema, rootFields: string[]): Set<string> {
  const seen = new Set<string>();
  const queue: GraphQLObjectType[] = [];
  const visit = (typeName: string) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type) || seen.has(type.name)) return;
    seen.add(type.name);
    queue.push(type);
  };
  for (const rootField of rootFields) {
    const [rootName, fieldName] = rootField.split('.');
    const root = rootName === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
    visit(getNamedType(root.getFields()[fieldName!]!.type).name);
  }
  while (queue.length > 0) {
    for (const field of Object.values(queue.pop()!.getFields())) visit(getNamedType(field.type).name);
  }
  return seen;
}

/** The field a row covers: its operation without the parenthesised note. */
export const coveredField = (row: Row<any>) => row.operation.replace(/\s*\(.*\)$/, '');
