// The web app's first paint, with its data. For the pages people land on from outside — the
// leaderboard (home), a member's page (a shared pocket shop) and a product page (a shared product) — the server runs the page's own
// GraphQL operations in-process, as the visitor (their session cookie, their authorisation),
// writes the answers into an Apollo cache built with the app's own rules (web/src/apollo-cache.ts)
// and ships its snapshot inside index.html. The app starts from that cache: its first render
// already shows the board, with no loading state, no second round trip on a phone's network and
// no second render when the data lands (docs/lighthouse.md). The same operations over /graphql
// would give the same answers: nothing here bypasses the API's rules.
//
// It never holds a page hostage: an operation that fails is left out (the app asks for it
// itself), and when the answers take longer than FIRST_PAINT_BUDGET_MS the page ends without them.
import { readFile } from 'node:fs/promises';
import type { Request, Response } from 'express';
import type { ApolloServer } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { createCache } from '../web/src/apollo-cache';
import { FIRST_PAINT_ELEMENT_ID, shippedBoard } from '../web/src/first-paint';
import { LeaderboardDocument, MeDocument, MemberPageDocument, NetworkSummaryDocument, CategoriesDocument, ProductPageDocument, TodayCardDocument } from '../web/src/gql/graphql';
import type { Context } from './context';
import { sessionTokenOf } from './auth/viewer';
import { isAppRoute } from '../web/src/routes';
import type { Logger } from './logger';
import { withPreview, type LinkPreview } from './sharing/link-preview';

/**
 * A page whose answers take longer is finished without them (the app then asks itself). The
 * browser is fetching the app meanwhile, so waiting costs little until the JavaScript is in.
 */
export const FIRST_PAINT_BUDGET_MS = 1500;

interface Operation {
  query: DocumentNode;
  variables: Record<string, unknown>;
}

/** What the app's first render of `path` asks for, with exactly the variables it uses. */
export function firstPaintOperations(pathname: string, search: URLSearchParams): Operation[] {
  // A missing file (favicon.ico, an old asset) gets the shell too, but no page's answers.
  if (/\.\w+$/.test(pathname)) return [];
  const me: Operation = { query: MeDocument, variables: {} };
  if (pathname === '/') {
    // The "today among friends" card: a signed-in member's own day (for anyone else `me` is null).
    const ops: Operation[] = [me, { query: NetworkSummaryDocument, variables: {} }, { query: TodayCardDocument, variables: {} }];
    if ((search.get('board') ?? '').toUpperCase() === 'CATEGORY') ops.push({ query: CategoriesDocument, variables: {} });
    const board = shippedBoard(search);
    if (board) ops.push({ query: LeaderboardDocument, variables: board });
    return ops;
  }
  const member = /^\/m\/([^/]+)\/?$/.exec(pathname);
  if (member) return withPathParameter(me, member[1]!, (handle) => ({ query: MemberPageDocument, variables: { handle } }));
  // Without its answers the product page paints "Loading" and then its gallery, pushing the footer
  // down: a layout shift of 0.49 on Lighthouse's desktop run (docs/lighthouse.md).
  const product = /^\/p\/([^/]+)\/?$/.exec(pathname);
  if (product) return withPathParameter(me, product[1]!, (id) => ({ query: ProductPageDocument, variables: { id } }));
  return [me];
}

function withPathParameter(me: Operation, encoded: string, page: (value: string) => Operation): Operation[] {
  try {
    return [me, page(decodeURIComponent(encoded))];
  } catch {
    return [me]; // A malformed link: the page says "not found" by itself.
  }
}

export interface FirstPaintOptions {
  apollo: ApolloServer<Context>;
  createContext(req: Request, res: Response): Promise<Context>;
  indexHtml: string;
  /** How long the answers may take (FIRST_PAINT_BUDGET_MS by default). */
  budgetMs?: number;
  /** The modulepreload links of a route's own lazy chunks (page-chunks.ts). */
  preloadsFor(pathname: string): string;
  /**
   * The link preview of a shared page (sharing/link-preview.ts): its tags go into the head, so
   * it is looked up before the head is sent; an id that names nothing makes the page a 404.
   */
  linkPreview?(context: Context, url: URL, req: Request): Promise<LinkPreview | undefined>;
  log: Logger;
}

/**
 * Serves index.html in two parts: the head goes out at once, so the browser fetches the app's
 * JavaScript while the server answers the page's operations; the answers follow in the body.
 * Module scripts run only once the document is complete, so the app always finds them.
 */
export function firstPaintRoute(options: FirstPaintOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const html = await readFile(options.indexHtml, 'utf8');
    const url = new URL(req.originalUrl, 'http://localhost');
    const at = html.lastIndexOf('</body>');
    let head = html.slice(0, at).replace('</head>', () => `${options.preloadsFor(url.pathname)}</head>`);
    // One context for the preview and the snapshot: the session is looked up once.
    const context = options.createContext(req, res);
    const preview = options.linkPreview ? await previewWithinBudget(options, context, url, req) : undefined;
    if (preview) head = withPreview(head, preview);
    // The snapshot may hold the visitor's own data (`me`): never a shared cache's to keep, and
    // for a signed-in visitor not even the browser's disk cache's.
    res.setHeader('Cache-Control', sessionTokenOf(req) === undefined ? 'private, no-cache' : 'no-store');
    res.setHeader('Vary', preview ? 'Cookie, Authorization, Accept-Language' : 'Cookie, Authorization');
    // A path the app has no page for is a 404, and so is a shared page whose id names nothing;
    // the shell still goes out, and the app shows its not-found page with a way back.
    if (!isAppRoute(url.pathname) || preview?.status === 404) res.status(404);
    res.type('html');
    res.write(head);
    // compression() buffers; flush() sends what it holds (absent without compression).
    (res as Response & { flush?: () => void }).flush?.();
    let state: string | undefined;
    try {
      // A shared page whose id names nothing ships only `me`: the page never echoes the id back.
      const named = preview?.status !== 404;
      state = await withinBudget(snapshot(options, context, url, named), options.budgetMs ?? FIRST_PAINT_BUDGET_MS);
    } catch (err) {
      options.log.warn({ err }, 'first paint: page sent without its data');
    }
    res.end(`${state === undefined ? '' : stateBlock(state)}${html.slice(at)}`);
  };
}

/**
 * The preview, within the same budget as the answers (a crawler waits for the head, so a slow
 * lookup sends the page without a preview rather than late); any failure, the same.
 */
async function previewWithinBudget(options: FirstPaintOptions, context: Promise<Context>, url: URL, req: Request): Promise<LinkPreview | undefined> {
  try {
    return await withinBudget(
      context.then((ctx) => options.linkPreview!(ctx, url, req)),
      options.budgetMs ?? FIRST_PAINT_BUDGET_MS,
    );
  } catch (err) {
    options.log.warn({ err }, 'first paint: page sent without its link preview');
    return undefined;
  }
}

async function snapshot(options: FirstPaintOptions, context: Promise<Context>, url: URL, named: boolean): Promise<string | undefined> {
  const operations = firstPaintOperations(url.pathname, url.searchParams).filter((op) => named || op.query === MeDocument);
  const contextValue = await context;
  const cache = createCache();
  let written = 0;
  for (const op of operations) {
    // Apollo's client asks for __typename everywhere to normalise; so must the server's copy.
    const query = addTypenameToDocument(op.query);
    const response = await options.apollo.executeOperation({ query, variables: op.variables }, { contextValue });
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    // A partial or failed answer is left to the app, which shows its errors as usual.
    if (!result?.data || result.errors?.length) {
      options.log.debug({ operation: operationName(op.query), errors: result?.errors?.map((e) => e.extensions?.code) }, 'first paint: left to the app');
      continue;
    }
    cache.writeQuery({ query, variables: op.variables, data: result.data });
    written++;
  }
  return written === 0 ? undefined : JSON.stringify(cache.extract());
}

const operationName = (doc: DocumentNode) => doc.definitions.map((d) => (d.kind === 'OperationDefinition' ? d.name?.value : undefined)).find(Boolean);

function withinBudget<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * The snapshot as a JSON data block. Member names and texts are user input: with every `<`
 * escaped (and the two line separators JavaScript once treated as line ends), no text can close
 * the element or open a comment, so nothing in it is ever parsed as markup.
 */
export function stateBlock(json: string): string {
  const safe = json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${FIRST_PAINT_ELEMENT_ID}">${safe}</script>`;
}
