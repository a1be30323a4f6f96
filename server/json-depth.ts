// How deeply a request may nest JSON. Everything that walks a client's JSON recursively — the
// stored-answer key (JSON.stringify of the variables), graphql-js's variable coercion, a logger
// — would overflow the stack on a body like 20,000 nested arrays: an HTTP 500 for a signed-out
// request (issue 24). So the nesting is measured on the raw text, by a linear scan that recurses
// into nothing, before JSON.parse or anything else sees it, and a body nested deeper than
// MAX_JSON_DEPTH is a 400 BAD_REQUEST. No input type of the schema comes near: the deepest
// request the web app sends is 4 levels ({ variables: { input: { … } } }).
import type { RequestHandler } from 'express';

export const MAX_JSON_DEPTH = 32;

/** The deepest nesting of objects and arrays in JSON text (strings skipped); no parse. */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return deepest;
}

/** The error the body parser passes on (body-errors.ts answers it with its message). */
export class TooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
  constructor() {
    super(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
}

/** express.json's `verify`: runs on the raw body before it is parsed. */
export function refuseDeepBody(_req: unknown, _res: unknown, raw: Buffer): void {
  if (jsonNestingDepth(raw.toString('utf8')) > MAX_JSON_DEPTH) throw new TooDeepError();
}

/**
 * The same bound for a GET, whose `variables` and `extensions` are JSON in the query string
 * (Apollo parses them itself).
 */
export function refuseDeepQueryString(): RequestHandler {
  return (req, _res, next) => {
    if (req.method !== 'GET') return next();
    for (const name of ['variables', 'extensions']) {
      const value = req.query[name];
      const texts = Array.isArray(value) ? value : [value];
      if (texts.some((t) => typeof t === 'string' && jsonNestingDepth(t) > MAX_JSON_DEPTH)) return next(new TooDeepError());
    }
    next();
  };
}
