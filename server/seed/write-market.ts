// Writes the planned market in bulk: UNWIND batches of 500 rows, one write transaction per
// aggregate (members, products, orders, recommendations, attribution, member links). Nothing
// here decides anything; the plan already did. Every node carries `seedRun`, so a run can be
// counted and removed exactly. Feedback and refunds of attributed orders are not written here:
// they go through the trust hook in time order (apply-verdicts.ts).
import { createHash } from 'node:crypto';
import type { Graph, Tx } from '../../graph/graph';
import { initialTrustProps } from '../../graph/member-trust-props';
import { LABEL_IF_ADMIN } from '../../graph/members';
import type { DemoPlan } from './plan-types';
import { handleWords } from '../../graph/search-query';

const BATCH = 500;

async function inBatches<T>(tx: Tx, rows: T[], cypher: string, params: Record<string, unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.run(cypher, { ...params, rows: rows.slice(i, i + BATCH) });
  }
}

export async function writeMembers(graph: Graph, plan: DemoPlan, passwordHash: string, seedRun: string): Promise<void> {
  const rows = plan.members.map((m) => ({
    id: m.id,
    handle: m.handle,
    handleKey: m.handle.toLowerCase(),
    handleWords: handleWords(m.handle),
    displayName: m.displayName,
    email: m.email,
    passwordHash,
    roles: m.roles,
    verified: m.verified,
    inviteCode: m.inviteCode,
    bio: m.bio,
    locale: m.locale,
    createdAt: m.createdAt,
    seedRun,
    ...initialTrustProps(new Date(m.createdAt), m.verified),
  }));
  await graph.write((tx) => inBatches(tx, rows, `UNWIND $rows AS row CREATE (m:Member) SET m = row ${LABEL_IF_ADMIN('m')}`, {}));
}

export async function writeProducts(graph: Graph, plan: DemoPlan, seedRun: string): Promise<void> {
  const rows = plan.products.map((p) => ({
    supplierId: p.supplierId,
    props: {
      id: p.id,
      title: p.title,
      description: p.description,
      category: p.category,
      priceMinor: p.priceMinor,
      currency: 'CNY',
      commissionRateBps: p.commissionRateBps,
      createdAt: p.createdAt,
      updatedAt: p.createdAt,
      seedRun,
    },
  }));
  await graph.write((tx) =>
    inBatches(
      tx,
      rows,
      `UNWIND $rows AS row
       MATCH (s:Member {id: row.supplierId})
       CREATE (s)-[:SUPPLIES]->(p:Product)
       SET p = row.props`,
      {},
    ),
  );
}

/** What the placing request would have hashed: product, quantity, attribution. */
function requestHash(o: DemoPlan['orders'][number], recommendationCode: string | null): string {
  const request = JSON.stringify({ productId: o.productId, quantity: o.quantity, recommendationCode, resharerId: o.resharerId });
  return createHash('sha256').update(request).digest('hex');
}

export async function writeOrders(graph: Graph, plan: DemoPlan, seedRun: string): Promise<void> {
  const codes = new Map(plan.recommendations.map((r) => [r.id, r.code]));
  const rows = plan.orders.map((o) => ({
    buyerId: o.buyerId,
    productId: o.productId,
    changes: o.changes.map((c) => ({ ...c, seedRun })),
    props: {
      id: o.id,
      idempotencyScope: `${o.buyerId}:${o.clientKey}`,
      requestHash: requestHash(o, o.recommendationId ? codes.get(o.recommendationId)! : null),
      quantity: o.quantity,
      unitPriceMinor: o.unitPriceMinor,
      totalMinor: o.totalMinor,
      currency: 'CNY',
      commissionRateBps: o.commissionRateBps,
      status: o.status,
      placedAt: o.placedAt,
      deliveredAt: o.deliveredAt,
      refundedAt: o.refundedAt,
      seedRun,
    },
  }));
  await graph.write((tx) =>
    inBatches(
      tx,
      rows,
      `UNWIND $rows AS row
       MATCH (b:Member {id: row.buyerId})
       MATCH (p:Product {id: row.productId})
       CREATE (b)-[:PLACED]->(o:Order)-[:OF]->(p)
       SET o = row.props
       FOREACH (change IN row.changes | CREATE (o)-[:HAD_STATUS]->(s:OrderStatusChange) SET s = change)`,
      {},
    ),
  );
}

export async function writeRecommendations(graph: Graph, plan: DemoPlan, seedRun: string): Promise<void> {
  const rows = plan.recommendations.map((r) => ({
    authorId: r.authorId,
    productId: r.productId,
    orderId: r.backingOrderId,
    revisions: r.previous ? [{ ...r.previous, seedRun }] : [],
    props: {
      id: r.id,
      code: r.code,
      authorProduct: `${r.authorId}:${r.productId}`,
      stars: r.stars,
      text: r.text,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      revision: r.revision,
      seedRun,
    },
  }));
  // :Live marks the current (not superseded) recommendation, as graph/network.ts counts them.
  await graph.write((tx) =>
    inBatches(
      tx,
      rows,
      `UNWIND $rows AS row
       MATCH (a:Member {id: row.authorId})
       MATCH (p:Product {id: row.productId})
       MATCH (o:Order {id: row.orderId})
       CREATE (a)-[:RECOMMENDS]->(r:Recommendation:Live)-[:FOR]->(p)
       CREATE (r)-[:BACKED_BY]->(o)
       SET r = row.props
       FOREACH (old IN row.revisions | CREATE (r)-[:REVISED_FROM]->(v:RecommendationRevision) SET v = old)`,
      {},
    ),
  );
}

/** Orders placed through a recommendation (THROUGH) and the re-sharer who passed the link on. */
export async function writeAttribution(graph: Graph, plan: DemoPlan): Promise<void> {
  const through = plan.orders.filter((o) => o.recommendationId).map((o) => ({ orderId: o.id, recommendationId: o.recommendationId }));
  const reshares = plan.orders.filter((o) => o.resharerId).map((o) => ({ orderId: o.id, memberId: o.resharerId }));
  await graph.write(async (tx) => {
    await inBatches(
      tx,
      through,
      `UNWIND $rows AS row
       MATCH (o:Order {id: row.orderId})
       MATCH (r:Recommendation {id: row.recommendationId})
       CREATE (o)-[:THROUGH]->(r)`,
      {},
    );
    await inBatches(
      tx,
      reshares,
      `UNWIND $rows AS row
       MATCH (o:Order {id: row.orderId})
       MATCH (m:Member {id: row.memberId})
       CREATE (o)-[:RESHARED_BY]->(m)`,
      {},
    );
  });
}

/** FOLLOWS, and INVITED_BY recorded as data only. */
export async function writeMemberLinks(graph: Graph, plan: DemoPlan): Promise<void> {
  await graph.write(async (tx) => {
    await inBatches(tx, plan.follows, 'UNWIND $rows AS row MATCH (a:Member {id: row.fromId}) MATCH (b:Member {id: row.toId}) CREATE (a)-[:FOLLOWS {at: row.at}]->(b)', {});
    await inBatches(tx, plan.invites, 'UNWIND $rows AS row MATCH (a:Member {id: row.fromId}) MATCH (b:Member {id: row.toId}) CREATE (a)-[:INVITED_BY {at: row.at}]->(b)', {});
  });
}
