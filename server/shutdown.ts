// The HTTP side of `npm start`'s orderly stop. Closing a Node server only stops it accepting
// connections: a keep-alive client that keeps sending is never idle, so it was served for as
// long as it sent (5,469 answers in the minute after a SIGTERM). So once draining, every new
// request — on a connection kept alive from before — is answered 503 with `Connection: close`
// and Retry-After (a load balancer sends it to another server, a client retries), requests
// already running finish and their answers say `Connection: close` too, connections still
// idle after IDLE_GRACE_MS are closed, and whatever is still open after the grace period is cut.
// Idle connections are not closed at once (as Node's http server.close does): a client sending
// on one at that moment would get a reset, without knowing whether its request was taken — a
// 503 tells it plainly that it was not.
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import net from 'node:net';
import { errorLanguage, translateError } from './error-translations';

export const STOPPING_MESSAGE = 'This Trustline server is shutting down. Please try again in a moment.';
/** Seconds a client is asked to wait before sending again (to this address, another server). */
export const STOPPING_RETRY_AFTER_SECONDS = 5;
/** Time for clients sending on kept-alive connections to be told 503 before idle ones are closed. */
const IDLE_GRACE_MS = 1_000;

export interface DrainingServer {
  server: Server;
  /**
   * Stops accepting, refuses new requests, lets those in flight finish; resolves once every
   * connection is closed, cutting those still open after `graceMs`. True when none had to be cut.
   */
  drain(graceMs: number): Promise<boolean>;
}

export function drainableServer(app: RequestListener): DrainingServer {
  let draining = false;
  const running = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    if (draining) return refuse(req, res);
    running.add(res);
    res.once('close', () => running.delete(res));
    app(req, res);
  });
  let drained: Promise<boolean> | undefined;
  const drain = (graceMs: number) =>
    (drained ??= new Promise<boolean>((resolve) => {
      draining = true;
      // Answers still to come close their connection after them, so the client's next request
      // goes elsewhere rather than here to be refused.
      for (const res of running) if (!res.headersSent) res.setHeader('connection', 'close');
      const idle = setTimeout(() => server.closeIdleConnections(), Math.min(IDLE_GRACE_MS, graceMs));
      const cut = setTimeout(() => {
        server.closeAllConnections();
        finish(false);
      }, graceMs);
      const finish = (clean: boolean) => {
        clearTimeout(idle);
        clearTimeout(cut);
        resolve(clean);
      };
      // net.Server's close, not http.Server's (which closes idle connections first): stops
      // accepting, and calls back once the last connection has ended.
      net.Server.prototype.close.call(server, () => finish(true));
    }));
  return { server, drain };
}

function refuse(req: IncomingMessage, res: ServerResponse): void {
  const message = translateError(STOPPING_MESSAGE, errorLanguage(req.headers['accept-language'])) ?? STOPPING_MESSAGE;
  const body = JSON.stringify({
    errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: STOPPING_RETRY_AFTER_SECONDS } }],
  });
  // The request body is not read: the connection is closed after this answer anyway.
  res.writeHead(503, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'retry-after': String(STOPPING_RETRY_AFTER_SECONDS),
    'cache-control': 'no-store',
    connection: 'close',
  });
  res.end(body);
}
