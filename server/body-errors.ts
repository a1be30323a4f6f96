// Errors of reading a request body (too large, not JSON, an unsupported encoding) happen before
// GraphQL sees the request, so Express would answer them with its own HTML page — and outside
// production that page carries the stack trace and the server's file paths. This handler answers
// them the way the API answers everything: a JSON `errors` list with a code and a plain message.
import type { ErrorRequestHandler } from 'express';
import type { Logger } from './logger';
import { MAX_JSON_DEPTH } from './json-depth';

const MESSAGES: Record<string, string> = {
  'entity.too.large': 'The request body is too large: the limit is 100 kB.',
  'entity.parse.failed': 'The request body is not valid JSON: send an object such as {"query": "…", "variables": {…}}.',
  'encoding.unsupported': 'The request body uses an encoding this server does not accept.',
  'charset.unsupported': 'The request body uses a character set this server does not accept; send UTF-8.',
  'entity.too.deep': `The request nests its JSON too deeply: at most ${MAX_JSON_DEPTH} levels of objects and lists.`,
};

/** What reading a body can fail with: body-parser's errors and ours (json-depth.ts). */
export interface BodyError {
  type?: string;
  status?: number;
  statusCode?: number;
}

/** The answer to a body that could not be read: a 4xx with its plain message, else a 500. */
export function bodyRefusal(err: BodyError): { status: number; body: { errors: Array<{ message: string; extensions: { code: string } }> } } {
  const status = err.status ?? err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const message = (err.type && MESSAGES[err.type]) ?? 'The request could not be read.';
    return { status, body: { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] } };
  }
  return { status: 500, body: { errors: [{ message: 'Something went wrong on our side. Please try again.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
}

export function bodyErrorHandler(log: Logger): ErrorRequestHandler {
  return (err: BodyError, _req, res, next) => {
    if (res.headersSent) return next(err);
    const { status, body } = bodyRefusal(err);
    if (status === 500) log.error({ err }, 'unexpected error before the GraphQL request');
    res.status(status).json(body);
  };
}
