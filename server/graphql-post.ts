// POST /graphql with a JSON body — nearly every request the web app and the clients send —
// answered at the head of Express's chain instead of through it (issue 29). Measured side by side
// in the bench, Express's middleware chain cost a signed-in rating about twice what Apollo and
// graphql-js cost it (docs/scaling.md), mostly per-request work whose result never changes: the
// same security headers computed by a dozen middleware functions, a child logger per request, a
// compression stream set up for answers too small to compress, a generic body parser.
//
// The request gets exactly what the chain gives it, done once here:
// - helmet's security headers, taken from the app's own helmet at startup (staticHeadersOf);
// - the request id and one log line per request, as pino-http writes them;
// - the /graphql headers (Vary, Cache-Control: no-store) and CORS, by the app's own CORS handler;
// - the body as express.json reads it: 100 kB at most, UTF-8, an object or a list, nested at most
//   MAX_JSON_DEPTH deep, and the same JSON refusals (body-errors.ts) when it is not;
// - the stored signed-out answers (public-answers.ts), then Apollo with /graphql's context;
// - the answer sent by Express's res.send (ETag, Content-Length), gzip or brotli by the app's
//   compression handler from its threshold up, and Vary: Accept-Encoding below it, as compression does.
// Anything else — another method or path, a query string, another content type or charset, a
// compressed body — goes on down the chain as before.
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { Context } from './context';
import type { Logger } from './logger';
import { bodyRefusal, type BodyError } from './body-errors';
import { TooDeepError, jsonNestingDepth, MAX_JSON_DEPTH } from './json-depth';
import { JSON_CONTENT_TYPE } from './public-answers';

/** express.json's limit on /graphql. */
export const GRAPHQL_BODY_LIMIT = 100 * 1024;
/** The app's compression threshold (app.ts passes it): smaller answers are sent as they are. */
export const COMPRESSION_THRESHOLD = 1024;

export interface GraphqlPostOptions {
  apollo: ApolloServer<Context>;
  context: (req: Request, res: Response) => Promise<Context>;
  /** helmet's headers for every answer (staticHeadersOf). */
  securityHeaders: ReadonlyArray<readonly [string, string]>;
  cors: RequestHandler;
  compression: RequestHandler;
  /** The stored signed-out answer for this request's body, if one may be served (public-answers.ts). */
  storedAnswer: (req: Request) => Buffer | undefined;
  log: Logger;
}

export function graphqlPost(o: GraphqlPostOptions): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' || req.url !== '/graphql' || !plainJson(req.headers['content-type']) || encoded(req.headers['content-encoding'])) return next();
    requestLog(o.log, req, res);
    for (const [name, value] of o.securityHeaders) res.setHeader(name, value);
    graphqlAnswerHeaders(res);
    o.cors(req, res, () => {
      readJson(req, (refusal, body) => {
        if (refusal) return void sendRefusal(o, req, res, refusal);
        req.body = body;
        const stored = o.storedAnswer(req);
        if (stored) {
          res.statusCode = 200;
          res.setHeader('content-type', JSON_CONTENT_TYPE);
          return void send(o, req, res, stored, () => res.end(stored));
        }
        answer(o, req, res).catch((err: unknown) => {
          o.log.error({ err }, 'unexpected error before the GraphQL request');
          if (!res.headersSent) sendRefusal(o, req, res, { status: 500 });
          else res.end();
        });
      });
    });
  };
}

/**
 * What every /graphql answer carries, the chain's and the head's. Errors come in the language the
 * request asks for (error-translations.ts), and every answer depends on who asks (the session
 * cookie or Bearer token): a shared cache must key on all three. No answer of this endpoint is any
 * cache's to keep: `me`, a sign-in's token, a signed-in member's reads, every mutation's result are
 * personal, and the public boards are cached in this server (public-answers.ts), where a write
 * drops them at once.
 */
export function graphqlAnswerHeaders(res: Response): void {
  res.vary('Accept-Language');
  res.vary('Cookie');
  res.vary('Authorization');
  res.setHeader('Cache-Control', 'no-store');
}

/** Apollo's request for an HTTP request and its parsed body (as Apollo's Express integration builds it). */
export function apolloRequestOf(req: IncomingMessage, body: unknown): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  return { method: 'POST', headers, search: '', body };
}

/**
 * helmet's headers, read once by running its handler against a stand-in response: it sets the
 * same headers on every request. A handler that reads the request or answers later is refused at
 * startup rather than copied wrong.
 */
export function staticHeadersOf(handler: RequestHandler): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  let done = false;
  const res = {
    setHeader: (name: string, value: unknown) => void headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  handler({} as Request, res as unknown as Response, () => (done = true));
  if (!done) throw new Error('the security headers handler did not finish at once: its headers cannot be taken once');
  return headers;
}

/** `application/json`, in UTF-8 or with no charset: what express.json reads without conversion. */
function plainJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const [type, ...params] = contentType.split(';');
  if (type!.trim().toLowerCase() !== 'application/json') return false;
  return params.every((p) => {
    const [name, value] = p.split('=');
    return name!.trim().toLowerCase() !== 'charset' || /^"?utf-8"?$/i.test(value?.trim() ?? '');
  });
}

const encoded = (encoding: string | undefined) => encoding !== undefined && encoding.trim().toLowerCase() !== 'identity';

/** One line per answered request, as pino-http writes it (app.ts gives the rest of the chain pino-http). */
function requestLog(log: Logger, req: Request, res: Response): void {
  const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
  Object.assign(req, { id });
  const started = Date.now();
  res.once('finish', () => {
    const fields = { req: { id, method: req.method, url: req.originalUrl }, res: { statusCode: res.statusCode }, responseTime: Date.now() - started };
    if (res.statusCode >= 500) log.error({ ...fields, err: new Error(`failed with status code ${res.statusCode}`) }, 'request errored');
    else log.info(fields, 'request completed');
  });
}

/** The body as express.json gives it, or the refusal it would answer. */
function readJson(req: Request, done: (refusal: BodyError | undefined, body?: unknown) => void): void {
  const declared = Number(req.headers['content-length']);
  if (declared > GRAPHQL_BODY_LIMIT) {
    req.resume();
    return done({ status: 413, type: 'entity.too.large' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  req.on('data', (chunk: Buffer) => {
    if (over) return;
    size += chunk.length;
    if (size > GRAPHQL_BODY_LIMIT) {
      over = true;
      done({ status: 413, type: 'entity.too.large' });
    } else chunks.push(chunk);
  });
  req.once('end', () => {
    if (over) return;
    let text = Buffer.concat(chunks, size).toString('utf8');
    // iconv-lite, under express.json, drops a byte order mark.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.length === 0) return done(undefined, {});
    if (jsonNestingDepth(text) > MAX_JSON_DEPTH) return done(new TooDeepError());
    // Strict, as express.json: an object or a list, nothing else at the top.
    const first = /^[\x20\x09\x0a\x0d]*(.)/.exec(text)?.[1];
    if (first !== '{' && first !== '[') return done({ status: 400, type: 'entity.parse.failed' });
    try {
      done(undefined, JSON.parse(text));
    } catch {
      done({ status: 400, type: 'entity.parse.failed' });
    }
  });
}

async function answer(o: GraphqlPostOptions, req: Request, res: Response): Promise<void> {
  const answer = await o.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: apolloRequestOf(req, req.body),
    context: () => o.context(req, res),
  });
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    const body = answer.body.string;
    return send(o, req, res, body, () => res.send(body));
  }
  // An incremental answer, as Apollo's Express integration streams it.
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}

function sendRefusal(o: GraphqlPostOptions, req: Request, res: Response, refusal: BodyError): void {
  const { status, body } = bodyRefusal(refusal);
  res.status(status).type('json');
  const text = JSON.stringify(body);
  send(o, req, res, text, () => res.send(text));
}

/** Sends through the app's compression handler from its threshold up; below it, as compression would. */
function send(o: GraphqlPostOptions, req: Request, res: Response, body: string | Buffer, end: () => void): void {
  if (Buffer.byteLength(body) < COMPRESSION_THRESHOLD) {
    res.vary('Accept-Encoding');
    end();
  } else o.compression(req, res, end);
}
