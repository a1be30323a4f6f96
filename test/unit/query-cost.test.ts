// The query cost model (server/query-cost.ts, issue 24): every field is priced, every list has a
// bound, fragments count like the fields they hold, and every web app operation fits the cap.
import { describe, expect, test } from '@jest/globals';
import {
  buildSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { loadTypeDefs } from '../../server/schema/load';
import { resolvers } from '../../server/resolvers/index';
import { COMPUTED_FIELDS, estimateCost, executedRootFields, FIELD_WEIGHTS, LIST_BOUNDS } from '../../server/query-cost';
import { GRAPHQL_LIMITS } from '../../server/limits';
import * as webDocuments from '../../web/src/gql/graphql';

const schema = buildSchema(loadTypeDefs());
const ROOTS = new Set(['Query', 'Mutation']);

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return estimateCost(schema, document, operation, variables);
}

describe('every field is priced', () => {
  test('each field with a resolver reaches the database (FIELD_WEIGHTS) or only computes (COMPUTED_FIELDS)', () => {
    const unpriced: string[] = [];
    for (const [type, fields] of Object.entries(resolvers)) {
      if (ROOTS.has(type) || !isObjectType(schema.getType(type))) continue;
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (typeof resolver !== 'function') continue;
        const key = `${type}.${field}`;
        if (FIELD_WEIGHTS[key] === undefined && !COMPUTED_FIELDS.has(key)) unpriced.push(key);
      }
    }
    expect(unpriced).toEqual([]);
  });

  test('each list of objects has `first` or a bound in LIST_BOUNDS, and every bound names a real list', () => {
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
        if (!isListType(inner) || !isObjectType(getNamedType(field.type))) continue;
        if (field.args.some((a) => a.name === 'first')) continue;
        // A connection's edges are sized by the `first` of the field that returns the connection.
        if (field.name === 'edges' && type.name.endsWith('Connection')) continue;
        if (!LIST_BOUNDS[`${type.name}.${field.name}`]) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
    for (const key of [...Object.keys(LIST_BOUNDS), ...Object.keys(FIELD_WEIGHTS), ...COMPUTED_FIELDS]) {
      const [type, field] = key.split('.') as [string, string];
      const t = schema.getType(type);
      expect(isObjectType(t) && t.getFields()[field] !== undefined ? key : `${key} is not in the schema`).toBe(key);
    }
  });
});

describe('the model', () => {
  test('a list without `first` is multiplied by its bound: trustHistory by its days', () => {
    const history = (days: number) => cost(`{ member(handle: "x") { trustHistory(days: ${days}) { day score confidence rank } } }`);
    expect(history(365)).toBeGreaterThan(365 * 4);
    expect(history(365)).toBeGreaterThan(10 * history(30));
    expect(cost('query($d: Int) { member(handle: "x") { trustHistory(days: $d) { day } } }', { d: 300 })).toBeGreaterThan(300);
  });

  test("issue 24's stalling query is over the cap many times over", () => {
    const alias = (i: number) =>
      `a${i}: leaderboard(first: 100) { edges { node { member { trustHistory(days: 365) { day score confidence rank } } } } }`;
    expect(cost(`{ ${[0, 1, 2, 3, 4, 5].map(alias).join(' ')} }`)).toBeGreaterThan(20 * GRAPHQL_LIMITS.maxCost);
  });

  test('a field that reaches the database costs more than a stored property, per row', () => {
    const page = (field: string) => cost(`{ leaderboard(first: 100) { edges { node { member { ${field} } } } } }`);
    expect(page('followerCount') - page('handle')).toBeGreaterThanOrEqual(200);
  });

  test('fragments, inline or named, nested or not, cost what they hold', () => {
    const plain = cost('{ products(first: 50) { edges { node { id description supplier { handle } } } } }');
    const inline = cost('{ ... on Query { products(first: 50) { edges { node { ... on Product { id description supplier { handle } } } } } } }');
    const named = cost(
      'query { ...Q } fragment Q on Query { products(first: 50) { edges { node { ...P } } } } fragment P on Product { id ...D } fragment D on Product { description supplier { handle } }',
    );
    expect(inline).toBe(plain);
    expect(named).toBe(plain);
  });

  test('mutation fields hidden in fragments are each counted as executed', () => {
    const count = (query: string, variables: Record<string, unknown> = {}) => {
      const document = parse(query);
      const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      return executedRootFields(schema, document, operation, variables).size;
    };
    expect(count('mutation { ... on Mutation { a: follow(memberId: "1") { id } b: follow(memberId: "2") { id } } }')).toBe(2);
    expect(count('mutation { ...F } fragment F on Mutation { a: signOut b: signOut ...G } fragment G on Mutation { c: signOut }')).toBe(3);
    // The same response key twice executes once; a skipped field does not execute.
    expect(count('mutation { signOut ... on Mutation { signOut } }')).toBe(1);
    expect(count('mutation($s: Boolean!) { a: signOut @skip(if: $s) b: signOut }', { s: true })).toBe(1);
  });
});

describe('the web app', () => {
  test(`every operation it sends costs under the cap (${GRAPHQL_LIMITS.maxCost})`, () => {
    const costs: [string, number][] = [];
    for (const [name, value] of Object.entries(webDocuments)) {
      if (!name.endsWith('Document')) continue;
      const document = value as unknown as DocumentNode;
      for (const def of document.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        costs.push([name, estimateCost(schema, document, def, {}, { admin: false })]);
        costs.push([`${name} (admin)`, estimateCost(schema, document, def, {}, { admin: true })]);
      }
    }
    expect(costs.length).toBeGreaterThan(20);
    costs.sort((a, b) => b[1] - a[1]);
    expect(costs.filter(([, c]) => c > GRAPHQL_LIMITS.maxCost)).toEqual([]);
  });
});
