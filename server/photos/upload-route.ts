// POST /api/photos: one photo as multipart/form-data (a file field named `photo`), from a
// signed-in member (the session cookie or a Bearer token, as for /graphql). Answers 201 with
// `{ photo: { id, width, height, url, srcset, variants } }`; attach it afterwards with the
// GraphQL mutations setProductPhotos, setRecommendationPhotos or setAvatar.
//
// Refusals have the API's error shape — `{ errors: [{ message, extensions: { code } }] }` — and
// its language rule (Chinese when Accept-Language asks first): 401 UNAUTHENTICATED, 429
// RATE_LIMITED (an upload counts as one write against the member's and the address's per-minute
// limits, together with mutations), 413 too big, 415 not an image or not an accepted type,
// 400 too many pixels or not multipart; extensions.reason says which (TOO_BIG, NOT_AN_IMAGE,
// UNSUPPORTED_TYPE, TOO_MANY_PIXELS, NOT_MULTIPART, NO_FILE).
//
// Not GraphQL: a multipart GraphQL request is a second protocol for one endpoint, and Apollo's
// CSRF prevention would then have to be reopened for it. Cross-site forms cannot use the session:
// its cookie is SameSite=Lax, which browsers do not send with a cross-site POST.
import type { Request, RequestHandler, Response } from 'express';
import busboy from 'busboy';
import type { Graph } from '../../graph/graph';
import { isDatabaseUnavailable } from '../../graph/graph';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { resolveViewer } from '../auth/viewer';
import { chargeWrites, type RateLimits } from '../limits';
import type { WriteRateCounter } from '../write-rate';
import { errorLanguage, translateError } from '../error-translations';
import { OUTAGE_RETRY_AFTER_SECONDS } from '../errors';
import { MAX_PHOTO_BYTES, PhotoRefusal, tooBig } from './image';
import { keepUpload } from './keep';
import type { PhotoStore } from './store';
import { photoView } from './view';

export interface UploadRouteOptions {
  graph: Graph;
  clock: Clock;
  log: Logger;
  store: PhotoStore;
  rateLimits: RateLimits;
  limiter: WriteRateCounter;
  sessionIdleMs?: number;
}

/** Room for the multipart boundaries and headers around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

const STATUS_OF_REFUSAL: Record<PhotoRefusal['kind'], number> = {
  TOO_BIG: 413,
  NOT_AN_IMAGE: 415,
  UNSUPPORTED_TYPE: 415,
  TOO_MANY_PIXELS: 400,
};

function refuse(req: Request, res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  const language = errorLanguage(req.get('accept-language'));
  // The rest of the body is not read: the connection closes instead of draining a large upload.
  if (!req.complete) res.setHeader('Connection', 'close');
  res.status(status).json({ errors: [{ message: translateError(message, language) ?? message, extensions: { code, ...extra } }] });
}

/** The one file of a multipart body, bounded while it streams in; or a refusal. */
function readOneFile(req: Request): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_PHOTO_BYTES, fields: 10, fieldSize: 1024, parts: 12 } });
    } catch {
      reject(new UploadProblem('NOT_MULTIPART'));
      return;
    }
    let file: Promise<Buffer> | undefined;
    parser.on('file', (field, stream) => {
      if (field !== 'photo' || file) {
        stream.resume();
        return;
      }
      file = new Promise((done, fail) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('limit', () => fail(tooBig()));
        stream.on('end', () => done(Buffer.concat(chunks)));
        stream.on('error', fail);
      });
      // Refused early: a too-large file stops the upload at the limit, not at its end.
      file.catch((err: unknown) => {
        req.unpipe(parser);
        reject(err);
      });
    });
    parser.on('error', () => reject(new UploadProblem('NOT_MULTIPART')));
    parser.on('close', () => {
      if (!file) reject(new UploadProblem('NO_FILE'));
      else file.then(resolve, reject);
    });
    req.pipe(parser);
  });
}

class UploadProblem extends Error {
  constructor(readonly reason: 'NOT_MULTIPART' | 'NO_FILE') {
    super(reason);
  }
}

const UPLOAD_PROBLEM_MESSAGES: Record<UploadProblem['reason'], string> = {
  NOT_MULTIPART: 'Send the photo as multipart/form-data, in a file field named photo.',
  NO_FILE: 'The upload has no photo: send it in a file field named photo.',
};

export function photoUploadRoute(options: UploadRouteOptions): RequestHandler {
  const { graph, clock, log, store, rateLimits, limiter } = options;
  return async (req, res) => {
    res.vary('Accept-Language');
    res.setHeader('Cache-Control', 'no-store');
    try {
      const { viewer } = await resolveViewer(req, graph, clock, options.sessionIdleMs);
      if (!viewer) return refuse(req, res, 401, 'UNAUTHENTICATED', 'Please sign in first.');
      const wait = await chargeWrites(limiter, rateLimits, req.ip ?? 'unknown', viewer.id, 1);
      if (wait > 0) {
        res.setHeader('Retry-After', String(wait));
        return refuse(req, res, 429, 'RATE_LIMITED', `Too many changes in a short time. Please wait ${wait} seconds and try again.`, { retryAfterSeconds: wait });
      }
      if (!req.is('multipart/form-data')) return refuse(req, res, 400, 'BAD_USER_INPUT', UPLOAD_PROBLEM_MESSAGES.NOT_MULTIPART, { reason: 'NOT_MULTIPART' });
      // A declared length far over the limit is refused before a byte of it is read.
      if (Number(req.get('content-length') ?? 0) > MAX_PHOTO_BYTES + MULTIPART_OVERHEAD) throw tooBig();
      const bytes = await readOneFile(req);
      const photo = await keepUpload(graph, store, viewer.id, bytes, clock.now().getTime());
      res.status(201).json({ photo: photoView(photo) });
    } catch (err) {
      if (err instanceof PhotoRefusal) return refuse(req, res, STATUS_OF_REFUSAL[err.kind], 'BAD_USER_INPUT', err.message, { reason: err.kind });
      if (err instanceof UploadProblem) return refuse(req, res, 400, 'BAD_USER_INPUT', UPLOAD_PROBLEM_MESSAGES[err.reason], { reason: err.reason });
      if (isDatabaseUnavailable(err)) {
        res.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
        return refuse(req, res, 503, 'SERVICE_UNAVAILABLE', 'Trustline cannot reach its database right now. Please try again in a moment.', {
          retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
        });
      }
      log.error({ err }, 'unexpected error in a photo upload');
      if (!res.headersSent) refuse(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side. Please try again.');
    }
  };
}
