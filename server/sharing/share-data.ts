// What a link preview or a poster shows, read through the GraphQL API in-process (as first
// paint does), so nothing here bypasses the API's rules: only public fields, asked for as the
// visitor. A lookup says "missing" when the API says there is no such thing (or the id could not
// be one), and throws on anything else (an outage): a page then goes out without its preview,
// never with a wrong 404.
import { parse, type DocumentNode } from 'graphql';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../context';

const TRUST = 'trust { score vouched isNew }';

const RECOMMENDATION = parse(`
  query ShareRecommendation($code: String!) {
    recommendationByCode(code: $code) {
      code stars text
      author { handle displayName ${TRUST} avatar { id } }
      product { id title priceMinor currency coverPhoto { id } }
    }
  }
`);

const MEMBER = parse(`
  query ShareMember($handle: String!) {
    member(handle: $handle) { handle displayName bio ${TRUST} avatar { id } }
  }
`);

const PRODUCT = parse(`
  query ShareProduct($id: ID!) {
    product(id: $id) { id title description priceMinor currency recommendationCount coverPhoto { id } }
  }
`);

// A group's public page fields; never who joined (only how many, and only while it is open).
const GROUP_BUY = parse(`
  query ShareGroupBuy($id: ID!) {
    groupBuy(id: $id) {
      id status note targetBuyers countedBuyers deadline basePriceMinor unitPriceMinor currency
      leader { handle displayName ${TRUST} avatar { id } }
      product { id title coverPhoto { id } }
    }
  }
`);

export interface SharedTrust {
  score: number;
  vouched: boolean;
  isNew: boolean;
}

export interface SharedRecommendation {
  code: string;
  stars: number;
  text: string;
  author: { handle: string; displayName: string; trust: SharedTrust; avatar: SharedPhoto | null };
  product: { id: string; title: string; priceMinor: number; currency: string; coverPhoto: SharedPhoto | null };
}

/** A photo by its content address: a new photo is a new id, so a drawing that shows it is another drawing. */
export interface SharedPhoto {
  id: string;
}

export interface SharedMember {
  handle: string;
  displayName: string;
  bio: string;
  trust: SharedTrust;
  avatar: SharedPhoto | null;
}

export interface SharedProduct {
  id: string;
  title: string;
  description: string;
  priceMinor: number;
  currency: string;
  recommendationCount: number;
  coverPhoto: SharedPhoto | null;
}

export interface SharedGroupBuy {
  id: string;
  status: 'OPEN' | 'COMPLETED' | 'FAILED';
  note: string;
  targetBuyers: number;
  countedBuyers: number;
  deadline: string;
  basePriceMinor: number;
  unitPriceMinor: number;
  currency: string;
  leader: { handle: string; displayName: string; trust: SharedTrust; avatar: SharedPhoto | null };
  product: { id: string; title: string; coverPhoto: SharedPhoto | null };
}

/** Codes a client may refuse as bad input rather than "none": both mean there is nothing to show. */
const MISSING_CODES = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);

export class ShareData {
  constructor(private readonly apollo: ApolloServer<Context>) {}

  recommendation(ctx: Context, code: string): Promise<SharedRecommendation | undefined> {
    return this.ask<SharedRecommendation>(ctx, RECOMMENDATION, { code }, 'recommendationByCode');
  }

  member(ctx: Context, handle: string): Promise<SharedMember | undefined> {
    return this.ask<SharedMember>(ctx, MEMBER, { handle }, 'member');
  }

  product(ctx: Context, id: string): Promise<SharedProduct | undefined> {
    return this.ask<SharedProduct>(ctx, PRODUCT, { id }, 'product');
  }

  groupBuy(ctx: Context, id: string): Promise<SharedGroupBuy | undefined> {
    return this.ask<SharedGroupBuy>(ctx, GROUP_BUY, { id }, 'groupBuy');
  }

  private async ask<T>(contextValue: Context, query: DocumentNode, variables: Record<string, unknown>, field: string): Promise<T | undefined> {
    const response = await this.apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('share data: unexpected incremental answer');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) {
      if (errors.every((e) => MISSING_CODES.has(String(e.extensions?.code)))) return undefined;
      throw new Error(`share data: ${errors.map((e) => e.extensions?.code ?? e.message).join(', ')}`);
    }
    return ((data as Record<string, unknown> | null | undefined)?.[field] as T | null | undefined) ?? undefined;
  }
}
