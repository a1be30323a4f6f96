// Products: (:Member {SUPPLIER})-[:SUPPLIES]->(:Product). Listing, filtering and full-text search
// (index product_search on title and description), newest first with stable cursors.
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { forbidden, notFound } from '../server/errors';
import type { Position } from '../server/pagination';
import type { Graph, Tx } from './graph';

/** A product as the API reads it, with the id of its supplier (resolved by a DataLoader). */
export interface ProductRecord {
  id: string;
  title: string;
  description: string;
  category: string;
  priceMinor: number;
  currency: string;
  commissionRateBps: number;
  createdAt: number;
  updatedAt: number;
  supplierId: string;
  /** Group prices (server/domain/group-buy-rules.ts), when the supplier set them. */
  groupTierBuyers?: number[] | null;
  groupTierDiscountBps?: number[] | null;
  groupMaxHours?: number | null;
}

export const productFields = (p: string, s: string) => `${p} {
  .id, .title, .description, .category, .priceMinor, .currency, .commissionRateBps, .createdAt, .updatedAt,
  .groupTierBuyers, .groupTierDiscountBps, .groupMaxHours,
  supplierId: ${s}.id }`;

async function readProducts(tx: Tx, cypher: string, params: Record<string, unknown>): Promise<ProductRecord[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => toProductRecord(r.get('product') as ProductRecord));
}

/** A product read by productFields, with defaults for properties an older node may lack. */
export function toProductRecord(p: ProductRecord): ProductRecord {
  return { ...p, description: p.description ?? '', currency: p.currency ?? 'CNY' };
}

export function productsByIds(graph: Graph, ids: readonly string[]): Promise<ProductRecord[]> {
  return graph.read((tx) =>
    readProducts(tx, `MATCH (s:Member)-[:SUPPLIES]->(p:Product) WHERE p.id IN $ids RETURN ${productFields('p', 's')} AS product`, { ids }),
  );
}

/** How many recommendations each product has (one live one per member), in the order of `ids`. */
export function recommendationCounts(graph: Graph, ids: readonly string[]): Promise<number[]> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `UNWIND $ids AS id
       OPTIONAL MATCH (p:Product {id: id})
       RETURN id, COUNT { (p)<-[:FOR]-(:Recommendation) } AS recommendations`,
      { ids },
    );
    const counts = new Map(result.records.map((r) => [r.get('id') as string, Number(r.get('recommendations'))]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

export interface ProductFields {
  title: string;
  description: string;
  category: string;
  priceMinor: number;
  currency: string;
  commissionRateBps: number;
}

/** Parameters for stored properties: whole numbers (money, rates, epoch ms) go as Cypher integers, not floats. */
function integers<T extends Record<string, unknown>>(values: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v]),
  );
}

export async function createProduct(graph: Graph, supplierId: string, fields: ProductFields, now: Date): Promise<ProductRecord> {
  const created = await graph.write((tx) =>
    readProducts(
      tx,
      `MATCH (s:Member {id: $supplierId})
       CREATE (s)-[:SUPPLIES]->(p:Product {id: $id, createdAt: $now, updatedAt: $now})
       SET p += $fields
       RETURN ${productFields('p', 's')} AS product`,
      { supplierId, id: randomUUID(), fields: integers({ ...fields }), now: neo4j.int(now.getTime()) },
    ),
  );
  if (!created[0]) throw notFound('Your member account'); // the session outlived its member
  return created[0];
}

/** Edits a product of `supplierId`'s; someone else's product is FORBIDDEN and left untouched. */
export function updateProduct(graph: Graph, supplierId: string, productId: string, changes: Partial<ProductFields>, now: Date): Promise<ProductRecord> {
  const fields = integers(changes);
  return graph.write(async (tx) => {
    const owner = await tx.run('MATCH (s:Member)-[:SUPPLIES]->(:Product {id: $productId}) RETURN s.id AS supplierId', { productId });
    const ownerId = owner.records[0]?.get('supplierId') as string | undefined;
    if (!ownerId) throw notFound('That product');
    if (ownerId !== supplierId) throw forbidden('Only the supplier who lists this product can edit it.');
    const updated = await readProducts(
      tx,
      `MATCH (s:Member {id: $supplierId})-[:SUPPLIES]->(p:Product {id: $productId})
       SET p += $fields, p.updatedAt = $now
       RETURN ${productFields('p', 's')} AS product`,
      { supplierId, productId, fields, now: neo4j.int(now.getTime()) },
    );
    return updated[0]!;
  });
}

export interface ProductFilter {
  category?: string;
  supplierId?: string;
  /** A Lucene query already escaped by luceneQuery(). */
  search?: string;
}

/**
 * One page of products, newest first (createdAt, then id, both descending); `limit` is page
 * size + 1. The WHERE clause is assembled from fixed fragments; every value is a parameter.
 */
export function productPage(graph: Graph, filter: ProductFilter, after: Position | undefined, limit: number): Promise<ProductRecord[]> {
  const conditions = ['p.createdAt IS NOT NULL'];
  if (filter.category !== undefined) conditions.push('p.category = $category');
  if (after) conditions.push('(p.createdAt < $afterAt OR (p.createdAt = $afterAt AND p.id < $afterId))');
  const source =
    filter.search !== undefined
      ? `CALL db.index.fulltext.queryNodes('product_search', $search) YIELD node AS p
         MATCH (s:Member)-[:SUPPLIES]->(p)`
      : 'MATCH (s:Member)-[:SUPPLIES]->(p:Product)';
  const supplier = filter.supplierId !== undefined ? 'AND s.id = $supplierId' : '';
  return graph.read((tx) =>
    readProducts(
      tx,
      `${source}
       WHERE ${conditions.join(' AND ')} ${supplier}
       RETURN ${productFields('p', 's')} AS product
       ORDER BY p.createdAt DESC, p.id DESC
       LIMIT $limit`,
      {
        category: filter.category ?? null,
        supplierId: filter.supplierId ?? null,
        search: filter.search ?? null,
        afterAt: after?.key ?? null,
        afterId: after?.id ?? null,
        limit: neo4j.int(limit), // a JS number is a float to Cypher; LIMIT wants an integer
      },
    ),
  );
}

export interface CategoryCount {
  category: string;
  productCount: number;
}

export function categoryCounts(graph: Graph): Promise<CategoryCount[]> {
  return graph.read(async (tx) => {
    const result = await tx.run(
      `MATCH (p:Product) WHERE p.category IS NOT NULL
       RETURN p.category AS category, count(*) AS productCount
       ORDER BY productCount DESC, category`,
    );
    return result.records.map((r) => r.toObject() as CategoryCount);
  });
}

// The products list's `search` and the search page build their query alike (graph/search-query.ts):
// Chinese runs as phrases of characters, Latin words also as prefixes, Lucene syntax escaped.
export { searchQuery as luceneQuery } from './search-query';
