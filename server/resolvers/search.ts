// Search: one top-level field that only validates the text and builds the Lucene query; each
// group (members, products) reads its own page, so a client asking for one group pays for one.
import { z } from 'zod';
import type { QueryResolvers, SearchResultsResolvers } from '../generated/graphql';
import { searchQuery } from '../../graph/search-query';
import { searchMembers, searchProducts, type SearchPage, type SearchRecord } from '../../graph/search';
import { badInput } from '../errors';
import { decodeTuple, encodeTuple, type Connection } from '../pagination';
import { positiveInt, text, validate } from '../validation';

export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_PAGE_SIZE = 50;
/** Relevance order needs every hit above the page: deeper than this nobody reads, so nobody may ask. */
export const MAX_SEARCH_DEPTH = 200;

const searchArgs = z.object({ text: text(0, 100) });
const pageArgs = z.object({ first: positiveInt(MAX_SEARCH_PAGE_SIZE).nullish() });

function pageOf(record: SearchRecord, first: number | null | undefined, after: string | null | undefined): SearchPage {
  const limit = validate(pageArgs, { first }).first ?? SEARCH_PAGE_SIZE;
  // A search cursor is the offset reached: relevance has no stable key to continue from.
  const [offset = 0] = (decodeTuple(after, ['number']) ?? []) as number[];
  if (!Number.isInteger(offset) || offset < 0 || offset + limit > MAX_SEARCH_DEPTH) {
    throw badInput(`Search results reach at most ${MAX_SEARCH_DEPTH} deep. Search for something narrower.`, 'after');
  }
  return { ...record, offset, limit: limit + 1 };
}

function connectionOf<T>(rows: T[], page: SearchPage): Connection<T> {
  const shown = rows.slice(0, page.limit - 1);
  const edges = shown.map((node, i) => ({ cursor: encodeTuple([page.offset + i + 1]), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > shown.length, endCursor: edges.at(-1)?.cursor ?? null } };
}

export const searchQueries: Pick<QueryResolvers, 'search'> = {
  search: (_parent, args) => {
    const trimmed = validate(searchArgs, { text: args.text }).text;
    return { text: trimmed, query: searchQuery(trimmed) };
  },
};

export const SearchResults: SearchResultsResolvers = {
  members: async (record, args, ctx) => {
    const page = pageOf(record, args.first, args.after);
    return connectionOf(await searchMembers(ctx.graph, page), page);
  },
  products: async (record, args, ctx) => {
    const page = pageOf(record, args.first, args.after);
    return connectionOf(await searchProducts(ctx.graph, page), page);
  },
};
