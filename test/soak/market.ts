// The soak's view of its market: who may buy, what may be bought through whom, and who delivers
// it; then every one of them signed in through the API, each from an address of its own, as
// separate people would be.
//
// On the demo market every buyer and supplier takes part. On a bench market (100,000 members,
// `--db`) a sample does: `buyers` buyers spread over the whole market and the first `suppliers`
// suppliers, with the recommendations of those suppliers' products. The bench's members carry a
// placeholder password hash that verifies nothing (test/bench/generate.ts), so the sample is given
// the demo password's real Argon2 hash first (once per member, in the soak's own copy of the
// store) and then signs in through the API like anyone else: sign-in, sessions and the session
// check are the product's real ones.
import type { Graph } from '../../graph/graph';
import { hashPassword, verifyPassword } from '../../server/auth/passwords';
import type { Session, SoakMarket } from './mix';

export const DEMO_PASSWORD = 'trustline-demo';

export interface MarketSample {
  buyers: number;
  suppliers: number;
}

/** Every `step`-th item, `count` of them at most, spread over the whole list. */
export function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}

export async function readSoakMarket(graph: Graph, sample?: MarketSample): Promise<SoakMarket & { suppliers: string[]; orders: number }> {
  return graph.read(async (tx) => {
    const members = await tx.run(`MATCH (m:Member) RETURN m.handle AS handle, m.roles AS roles ORDER BY m.handle`);
    const all = members.records.map((r) => ({ handle: r.get('handle') as string, roles: r.get('roles') as string[] }));
    const allBuyers = all.filter((m) => m.roles.length === 1 && m.roles[0] === 'MEMBER').map((m) => m.handle);
    const allSuppliers = all.filter((m) => m.roles.includes('SUPPLIER')).map((m) => m.handle);
    const buyers = sample ? spread(allBuyers, sample.buyers) : allBuyers;
    const suppliers = sample ? allSuppliers.slice(0, sample.suppliers) : allSuppliers;
    const recs = await tx.run(
      `MATCH (s:Member)-[:SUPPLIES]->(p:Product)<-[:FOR]-(r:Recommendation)<-[:RECOMMENDS]-(a:Member)
       WHERE s.handle IN $suppliers
       RETURN r.code AS code, a.handle AS authorHandle, p.id AS productId, s.handle AS supplierHandle ORDER BY r.code`,
      { suppliers },
    );
    const products = await tx.run('MATCH (p:Product) RETURN p.id AS id, p.category AS category ORDER BY p.id');
    const orders = await tx.run('MATCH (o:Order) RETURN count(o) AS n');
    return {
      memberHandles: all.map((m) => m.handle),
      buyers,
      suppliers,
      recommendations: recs.records.map((r) => r.toObject() as SoakMarket['recommendations'][number]),
      productIds: products.records.map((r) => r.get('id') as string),
      categories: [...new Set(products.records.map((r) => r.get('category') as string))],
      orders: Number(orders.records[0]!.get('n')),
    };
  });
}

/**
 * Gives these members the demo password, where theirs is not it already (a store that earlier
 * soaks used keeps its hashes). One hash for all: Argon2 salts each hash, but a shared salt among
 * synthetic members of a copied store protects nothing that matters and saves minutes.
 */
export async function giveDemoPassword(graph: Graph, handles: string[]): Promise<number> {
  const current = await graph.read((tx) =>
    tx.run('UNWIND $handles AS h MATCH (m:Member {handleKey: toLower(h)}) RETURN m.handle AS handle, m.passwordHash AS hash', { handles }),
  );
  const stale: string[] = [];
  const known = new Map<string, boolean>();
  for (const r of current.records) {
    const hash = r.get('hash') as string;
    if (!known.has(hash)) known.set(hash, await verifyPassword(hash, DEMO_PASSWORD));
    if (!known.get(hash)) stale.push(r.get('handle') as string);
  }
  if (stale.length === 0) return 0;
  const hash = await hashPassword(DEMO_PASSWORD);
  await graph.write((tx) => tx.run('UNWIND $handles AS h MATCH (m:Member {handleKey: toLower(h)}) SET m.passwordHash = $hash', { handles: stale, hash }));
  return stale.length;
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
