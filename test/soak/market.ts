// The soak's view of the demo market: who may buy, what may be bought through whom, and who
// delivers it; then every one of them signed in through the API (the demo password), each from
// an address of its own, as separate people would be.
import type { Graph } from '../../graph/graph';
import type { Session, SoakMarket } from './mix';

const DEMO_PASSWORD = 'trustline-demo';

export async function readSoakMarket(graph: Graph): Promise<SoakMarket & { suppliers: string[] }> {
  return graph.read(async (tx) => {
    const members = await tx.run(`MATCH (m:Member) RETURN m.handle AS handle, m.roles AS roles ORDER BY m.handle`);
    const all = members.records.map((r) => ({ handle: r.get('handle') as string, roles: r.get('roles') as string[] }));
    const recs = await tx.run(
      `MATCH (a:Member)-[:RECOMMENDS]->(r:Recommendation)-[:FOR]->(p:Product)<-[:SUPPLIES]-(s:Member)
       RETURN r.code AS code, a.handle AS authorHandle, p.id AS productId, s.handle AS supplierHandle ORDER BY r.code`,
    );
    const products = await tx.run('MATCH (p:Product) RETURN p.id AS id, p.category AS category ORDER BY p.id');
    return {
      memberHandles: all.map((m) => m.handle),
      buyers: all.filter((m) => m.roles.length === 1 && m.roles[0] === 'MEMBER').map((m) => m.handle),
      suppliers: all.filter((m) => m.roles.includes('SUPPLIER')).map((m) => m.handle),
      recommendations: recs.records.map((r) => r.toObject() as SoakMarket['recommendations'][number]),
      productIds: products.records.map((r) => r.get('id') as string),
      categories: [...new Set(products.records.map((r) => r.get('category') as string))],
    };
  });
}

/** Signs each handle in (four at a time: Argon2 is deliberately slow) and keeps its token. */
export async function signIn(url: string, handles: string[], sessions: Map<string, Session>): Promise<void> {
  const queue = handles.map((handle, i) => ({ handle, address: `10.${1 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}` }));
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': next.address },
        body: JSON.stringify({
          query: 'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
          variables: { input: { handleOrEmail: next.handle, password: DEMO_PASSWORD } },
        }),
      });
      const body = (await res.json()) as { data?: { signIn: { token: string } }; errors?: unknown[] };
      if (!body.data?.signIn) throw new Error(`could not sign ${next.handle} in: ${JSON.stringify(body.errors)}`);
      sessions.set(next.handle, { handle: next.handle, token: body.data.signIn.token, address: next.address });
    }
  };
  await Promise.all([1, 2, 3, 4].map(worker));
}
