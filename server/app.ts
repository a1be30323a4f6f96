// Assembles the HTTP server: security headers, request logs, /healthz, the GraphQL endpoint
// and the built web app. Nothing here starts a database or listens on a port, so tests build
// the same app around their own Neo4j and clock.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import helmet from 'helmet';
import compression from 'compression';
import { pinoHttp } from 'pino-http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { loadTypeDefs } from './schema/load';
import { resolvers } from './resolvers/index';
import { createContext, type Context, type Services } from './context';
import { makeFormatError } from './errors';
import { healthRoute } from './health';

export interface AppOptions extends Services {
  introspection: boolean;
  webDist?: string;
}

export interface TrustlineApp {
  app: express.Express;
  apollo: ApolloServer<Context>;
}

export const WEB_DIST = path.resolve(process.cwd(), 'web', 'dist');

export async function createApp(options: AppOptions): Promise<TrustlineApp> {
  const { graph, clock, log } = options;
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(log),
    // The IDE is our own offline GraphiQL page at /graphiql, not Apollo's CDN-hosted one.
    plugins: [ApolloServerPluginLandingPageDisabled()],
    // Apollo would otherwise catch SIGINT/SIGTERM itself and re-raise them, killing the process
    // before main.ts has stopped the driver and the JVM in order.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'worker-src': ["'self'", 'blob:'],
          'connect-src': ["'self'"],
          // Served over plain HTTP on localhost by default; TLS is the proxy's job in production.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req) => (req.headers['x-request-id'] as string | undefined) ?? randomUUID(),
      autoLogging: { ignore: (req) => req.url === '/healthz' },
      // One short line per request; headers may carry cookies and tokens, so they stay out.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  // gzip: the web app's JavaScript is several times smaller on the wire (Lighthouse, phones).
  app.use(compression());
  app.get('/healthz', healthRoute(graph));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createContext({ graph, clock, log, secureCookies: options.secureCookies, timeZone: options.timeZone }, req, res),
    }),
  );
  serveWebApp(app, options.webDist ?? WEB_DIST);
  return { app, apollo };
}

function serveWebApp(app: express.Express, dist: string): void {
  if (!existsSync(path.join(dist, 'index.html'))) return;
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get('/graphiql', (_req, res) => res.sendFile(path.join(dist, 'graphiql.html')));
  // Client-side routes: every other GET that is not an API path gets the app shell.
  app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(path.join(dist, 'index.html')));
}
