// The walking skeleton through the real stack: HTTP → Express → Apollo → driver → Neo4j.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from '../support/test-server';
import { ApiClient } from '../support/graphql-client';
import { currentSchemaVersion, migrate, MIGRATIONS, SCHEMA_VERSION } from '../../graph/schema';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

test('/healthz reports Neo4j up', async () => {
  const res = await fetch(`${server.url}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok', neo4j: 'up' });
});

test('the network query counts what is in the graph', async () => {
  const api = new ApiClient(server.url);
  const query = '{ network { members products orders recommendations } }';
  const before = await api.ok<{ network: { members: number } }>(query);
  const id = `test-${randomUUID()}`;
  await server.graph.write((tx) => tx.run('CREATE (:Member {id: $id, handle: $id, email: $id})', { id }));
  try {
    const after = await api.ok<{ network: { members: number } }>(query);
    expect(after.network.members).toBe(before.network.members + 1);
  } finally {
    await server.graph.write((tx) => tx.run('MATCH (m:Member {id: $id}) DELETE m', { id }));
  }
});

test('schema migrations are recorded and idempotent', async () => {
  expect(await currentSchemaVersion(server.graph)).toBe(SCHEMA_VERSION);
  expect(await migrate(server.graph)).toEqual([]);
});

test('migration 20 labels the admins a database already had, and only them (new flags find admins by the label)', async () => {
  const [admin, plain] = [`test-${randomUUID()}`, `test-${randomUUID()}`];
  await server.graph.write((tx) =>
    tx.run(
      `CREATE (:Member {id: $admin, handle: $admin, email: $admin, roles: ['MEMBER', 'ADMIN']})
       CREATE (:Member {id: $plain, handle: $plain, email: $plain, roles: ['MEMBER', 'SUPPLIER']})`,
      { admin, plain },
    ),
  );
  try {
    await MIGRATIONS.find((m) => m.version === 20)!.upgrade!(server.graph, () => {});
    const labels = await server.graph.read(async (tx) =>
      Object.fromEntries((await tx.run('MATCH (m:Member) WHERE m.id IN [$admin, $plain] RETURN m.id AS id, labels(m) AS labels', { admin, plain })).records.map((r) => [r.get('id'), r.get('labels')])),
    );
    expect(labels[admin]).toEqual(expect.arrayContaining(['Member', 'Admin']));
    expect(labels[plain]).toEqual(['Member']);
  } finally {
    await server.graph.write((tx) => tx.run('MATCH (m:Member) WHERE m.id IN [$admin, $plain] DELETE m', { admin, plain }));
  }
});

test('a database from a newer Trustline is refused with a clear message', async () => {
  await server.graph.write((tx) => tx.run('MATCH (v:SchemaVersion {id: "trustline"}) SET v.version = $v', { v: SCHEMA_VERSION + 1 }));
  try {
    await expect(migrate(server.graph)).rejects.toThrow(/newer than this Trustline understands/);
  } finally {
    await server.graph.write((tx) => tx.run('MATCH (v:SchemaVersion {id: "trustline"}) SET v.version = $v', { v: SCHEMA_VERSION }));
  }
});

test("a failed statement's error keeps its code and message, and stack traces stay on for everything else", async () => {
  const limit = Error.stackTraceLimit;
  // In a transaction (tx.run) and as one auto-commit statement (graph.query): the two ways a
  // statement is issued without the driver capturing a stack for it (graph/graph.ts).
  // Issued one after the other: a second rejection while the first is awaited would be unhandled.
  const failures = [
    () => server.graph.read((tx) => tx.run('RETURN $x +', { x: 1 })),
    () => server.graph.query('RETURN $x +', { x: 1 }, () => undefined),
  ];
  for (const failure of failures) {
    await expect(failure()).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError', message: expect.stringMatching(/Invalid input/) });
  }
  expect(Error.stackTraceLimit).toBe(limit);
  expect(new Error('here').stack).toMatch(/foundation\.test/);
});

test('errors a client cannot act on are masked; request errors keep their code', async () => {
  const api = new ApiClient(server.url);
  const res = await api.request('{ network { nope } }');
  expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(JSON.stringify(res)).not.toMatch(/stack|Neo4j|Cypher/i);
});

test('the offline GraphQL IDE is served', async () => {
  const res = await fetch(`${server.url}/graphiql`);
  if (res.status === 404) throw new Error('web/dist is missing: run `npm run build:web` (npm test does it in pretest)');
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('graphiql');
});
