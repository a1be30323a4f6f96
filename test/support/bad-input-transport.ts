// Bad requests below the GraphQL arguments: bodies too large or not JSON, JSON of the wrong
// shape, batching, documents that do not parse or do not validate, and requests a browser on
// another site could be tricked into sending. Each must be a 4xx with a JSON error a client can
// read, never an HTML page with a stack trace.
import { INJECTIONS, type TransportCase } from './bad-input-kit';

const NETWORK = '{ network { members } }';
const json = (value: unknown) => JSON.stringify(value);
const signUpWith = (handle: string) =>
  json({
    query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }',
    variables: { input: { handle, displayName: 'Big', email: 'big@example.test', password: 'a long enough password' } },
  });

const BOARD = 'query ($first: Int) { leaderboard(first: $first) { edges { node { position } } } }';
/** A signed-out board request (the kind whose answer is stored) with a list variable `depth` deep. */
const deepVariables = (depth: number) => `{"query":${json(BOARD)},"variables":{"first":1,"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`;

export const transportCases: TransportCase[] = [
  // size: the 100 kB body cap answers 413 before anything is parsed
  { name: 'a 1 MB handle (body over the cap)', body: () => signUpWith('h'.repeat(1_000_000)), status: 413, code: 'BAD_REQUEST' },
  { name: 'a body just over 100 kB', body: () => signUpWith('h'.repeat(102_400)), status: 413, code: 'BAD_REQUEST' },
  { name: 'a 1 MB query document', body: () => json({ query: `{ network { members } }${' '.repeat(1_000_000)}` }), status: 413, code: 'BAD_REQUEST' },
  // not JSON, or JSON that is not a request
  { name: 'truncated JSON', body: '{"query": "{ network { members } }"', status: 400, code: 'BAD_REQUEST' },
  { name: 'single-quoted JSON', body: "{'query': '{ network { members } }'}", status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON with a NUL byte outside strings', body: '{"query": "{ network { members } }"}\u0000', status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON string', body: json(NETWORK), status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON number', body: '42', status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON null', body: 'null', status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty JSON object', body: '{}', status: 400, code: 'BAD_REQUEST' },
  { name: 'query is a number', body: json({ query: 42 }), status: 400, code: 'BAD_REQUEST' },
  { name: 'query is an object', body: json({ query: { network: true } }), status: 400, code: 'BAD_REQUEST' },
  { name: 'variables is a string', body: json({ query: NETWORK, variables: 'x=1' }), status: 400, code: 'BAD_REQUEST' },
  { name: 'variables is a list', body: json({ query: NETWORK, variables: [1, 2] }), status: 400, code: 'BAD_REQUEST' },
  { name: 'extensions is a string', body: json({ query: NETWORK, extensions: 'x' }), status: 400, code: 'BAD_REQUEST' },
  { name: 'operationName is a number', body: json({ query: NETWORK, operationName: 7 }), status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON fragment as the body', body: INJECTIONS.json, status: 400, code: 'BAD_REQUEST' },
  // batching multiplies every per-request limit: refused
  { name: 'a batch of two operations', body: json([{ query: NETWORK }, { query: NETWORK }]), status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty batch', body: '[]', status: 400, code: 'BAD_REQUEST' },
  // documents
  { name: 'a document that does not parse', body: json({ query: '{ network { members ' }), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an empty document', body: json({ query: '' }), status: 400, code: 'BAD_REQUEST' },
  { name: 'Cypher instead of GraphQL', body: json({ query: 'MATCH (n) DETACH DELETE n' }), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a document of 5000 tokens', body: json({ query: `{ network { ${'members '.repeat(5000)}} }` }), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unknown field', body: json({ query: '{ network { secrets } }' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an unknown mutation', body: json({ query: 'mutation { dropDatabase }' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'two operations and no operationName',
    body: json({ query: 'query A { network { members } } query B { network { orders } }' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  { name: 'an operationName that is not there', body: json({ query: 'query A { network { members } }', operationName: 'B' }), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  {
    name: 'a variable of an unknown type',
    body: json({ query: 'query ($x: Secret) { network { members } }', variables: { x: 1 } }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'thirty-one aliased mutations',
    body: json({ query: `mutation { ${Array.from({ length: 31 }, (_, i) => `s${i}: signOut`).join(' ')} }` }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  // JSON nested past MAX_JSON_DEPTH (issue 24): refused before anything walks it
  { name: 'a variable nested 20,000 levels deep', body: () => deepVariables(20_000), status: 400, code: 'BAD_REQUEST' },
  { name: 'a variable nested 15,000 objects deep', body: () => `{"query":${json(BOARD)},"variables":{"first":1,"x":${'{"a":'.repeat(15_000)}1${'}'.repeat(15_000)}}}`, status: 400, code: 'BAD_REQUEST' },
  { name: 'extensions nested 20,000 levels deep', body: () => `{"query":${json(BOARD)},"extensions":${'['.repeat(20_000)}${']'.repeat(20_000)}}`, status: 400, code: 'BAD_REQUEST' },
  { name: 'a body nested one level past the limit', body: () => deepVariables(31), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'a GET with variables nested 1,500 levels deep',
    method: 'GET',
    search: `?query=${encodeURIComponent(BOARD)}&variables=${encodeURIComponent(`{"first":1,"x":${'['.repeat(1500)}${']'.repeat(1500)}}`)}`,
    headers: { 'apollo-require-preflight': '1' },
    status: 400,
    code: 'BAD_REQUEST',
  },
  { name: 'a list literal nested 1,400 levels deep in the document', body: () => json({ query: `{ leaderboard(first: ${'['.repeat(1400)}${']'.repeat(1400)}) { edges { node { position } } } }` }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  // operations this API does not serve, and persisted queries that do not fit (issue 24)
  { name: 'a subscription', body: json({ query: 'subscription { network { members } }' }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a named subscription among queries', body: json({ query: 'subscription S { network { members } } query Q { network { members } }', operationName: 'S' }), status: 400, code: 'BAD_USER_INPUT' },
  {
    name: 'a persisted query whose hash does not match it',
    body: json({ query: NETWORK, extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a persisted query of an unknown version',
    body: json({ query: NETWORK, extensions: { persistedQuery: { version: 2, sha256Hash: '0'.repeat(64) } } }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  { name: 'a persisted query that is a string', body: json({ query: NETWORK, extensions: { persistedQuery: 'yes' } }), status: 400, code: 'BAD_REQUEST' },
  // methods and content types a cross-site page could produce
  { name: 'a mutation over GET', method: 'GET', search: `?query=${encodeURIComponent('mutation { signOut }')}`, headers: { 'apollo-require-preflight': '1' }, status: 405, code: 'BAD_REQUEST' },
  { name: 'a GET without a preflight header (CSRF)', method: 'GET', search: `?query=${encodeURIComponent(NETWORK)}`, headers: { 'content-type': '' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a text/plain POST (CSRF)', headers: { 'content-type': 'text/plain' }, body: json({ query: 'mutation { signOut }' }), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'a form POST (CSRF)',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `query=${encodeURIComponent('mutation { signOut }')}`,
    status: 400,
    code: 'BAD_REQUEST',
  },
];
