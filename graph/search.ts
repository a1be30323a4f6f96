// Search: members by name or handle, products by title or description, through Neo4j's
// full-text indexes (member_search since schema migration 9; product_search since migration 1).
//
// member_search covers display name and handle with Lucene's `classic` analyzer, the one of
// Neo4j's analyzers that suits both: it makes one token per Chinese character (so a phrase of
// characters finds any part of 冯俊杰) and keeps Latin words apart; the handle is also indexed
// as words (handleWords, "feng junjie"), since the tokenizer keeps a handle with digits such as
// wang_lei123 whole. All in one index, the words of one query may match in any of the fields
// ("冯 feng"). (`standard-no-stop-words` keeps feng_junjie whole; `cjk` makes bigrams, so a
// single character finds nobody; `simple` keeps 冯俊杰 whole.) product_search keeps the default
// `standard-no-stop-words`, also one token per character, which keeps words like pu'er whole.
//
// The member whose handle is exactly the text comes first, then a display name that is exactly
// the text, then relevance; equal relevance goes to the higher rank key, then the id (stable pages).
import neo4j from 'neo4j-driver';
import type { Graph } from './graph';
import { memberFields, toMemberRecord, type MemberRecord } from './members';
import { productFields, toProductRecord, type ProductRecord } from './products';

/** What the API's SearchResults stands for: the text and the Lucene query made from it. */
export interface SearchRecord {
  text: string;
  query: string | undefined;
}

/** A page of hits: the rows (limit + 1 asked, so one more says "there is more"). */
export interface SearchPage {
  /** The Lucene query (graph/search-query.ts); undefined when the text had nothing searchable. */
  query: string | undefined;
  /** The text as typed, trimmed: compared with handles and names for the exact-match boost. */
  text: string;
  offset: number;
  limit: number;
}

// Scores of exact matches, far above any Lucene score for such short fields.
const EXACT_HANDLE = 1000;
const EXACT_NAME = 500;

export async function searchMembers(graph: Graph, page: SearchPage): Promise<MemberRecord[]> {
  if (page.query === undefined) return [];
  const handleKey = page.text.replace(/^@+/, '').toLowerCase();
  // The index is asked for as many hits as the page reaches: relevance order needs them all.
  const reach = neo4j.int(page.offset + page.limit);
  return graph.query(
    `CALL {
       CALL db.index.fulltext.queryNodes('member_search', $query, {limit: $reach}) YIELD node, score
       RETURN node, score
       UNION ALL
       MATCH (node:Member {handleKey: $handleKey})
       RETURN node, 0.0 AS score
     }
     WITH node AS m, sum(score) AS relevance
     WITH m, relevance
       + CASE WHEN m.handleKey = $handleKey THEN $exactHandle ELSE 0 END
       + CASE WHEN toLower(m.displayName) = $nameKey THEN $exactName ELSE 0 END AS score
     ORDER BY score DESC, coalesce(m.trustRankKey, 0) DESC, m.id
     SKIP $offset LIMIT $limit
     RETURN ${memberFields('m')} AS member`,
    {
      query: page.query,
      reach,
      handleKey,
      nameKey: page.text.toLowerCase(),
      exactHandle: EXACT_HANDLE,
      exactName: EXACT_NAME,
      offset: neo4j.int(page.offset),
      limit: neo4j.int(page.limit),
    },
    (result) => result.records.map((r) => toMemberRecord(r.get('member') as Record<string, unknown>)),
  );
}

/** Products by relevance of title and description (a short title that matches ranks first). */
export async function searchProducts(graph: Graph, page: SearchPage): Promise<ProductRecord[]> {
  if (page.query === undefined) return [];
  return graph.query(
    `CALL db.index.fulltext.queryNodes('product_search', $query, {limit: $reach}) YIELD node AS p, score
     MATCH (s:Member)-[:SUPPLIES]->(p)
     WITH p, s, score
     ORDER BY score DESC, p.id
     SKIP $offset LIMIT $limit
     RETURN ${productFields('p', 's')} AS product`,
    { query: page.query, reach: neo4j.int(page.offset + page.limit), offset: neo4j.int(page.offset), limit: neo4j.int(page.limit) },
    (result) => result.records.map((r) => toProductRecord(r.get('product') as ProductRecord)),
  );
}
