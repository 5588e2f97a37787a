// The HTTP server: the /v1 API, /openapi.json and the web UI, on fastify. Every request is checked against
// its route's zod schemas; every failure is answered as JSON {error, message}; nothing a client sends can stop
// the process.
import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { apiRoutes, type ApiContext } from './api.ts';
import { openApiDocument } from './openapi.ts';
import { HttpError, type Route } from './route.ts';
import { loadStaticFiles } from './static.ts';

export type ServerOptions = ApiContext & {
  /** Bearer token for writes; without one, writes are refused. */
  token?: string | null;
  /** The built web UI; omitted or missing means API only. */
  webDir?: string | null;
  /** Largest request body in bytes for /v1/code (ingest allows at least 16 MiB). */
  bodyLimit?: number;
  logger?: boolean;
};

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
const INGEST_BODY_LIMIT = 16 * 1024 * 1024;

/** Article text is untrusted: scripts come only from this server, and nothing is framed or inlined. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

type Issue = z.core.$ZodIssue;

/** For a union, the branch that got furthest (deepest first problem) says best what was meant. */
function closest(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const depth = (branch: Issue[]): number => Math.max(...branch.map((inner) => inner.path.length));
  const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
  return best.flatMap((inner) => closest({ ...inner, path: [...issue.path, ...inner.path] } as Issue));
}

function describeIssues(where: string, error: z.ZodError): string {
  return error.issues
    .flatMap(closest)
    .map((issue) => {
      const path = issue.path.join('.');
      return `${where}${path ? ` ${path}` : ''}: ${issue.message}`;
    })
    .join('; ');
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, 'bad-request', describeIssues(where, result.error));
  return result.data;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    // A slow or stalled client cannot hold a connection open for long.
    requestTimeout: 60_000,
    connectionTimeout: 60_000,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 300 },
  });
  const tokenDigest = options.token ? digest(options.token) : null;
  const routes = apiRoutes(options);
  const openapi = openApiDocument(routes, options.version);
  const files = loadStaticFiles(options.webDir ?? '');

  app.addContentTypeParser(['text/html', 'application/xhtml+xml'], { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
  });

  app.setErrorHandler((error: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof HttpError) return reply.status(error.status).send({ error: error.code, message: error.message });
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error(error);
      return reply.status(500).send({ error: 'internal', message: 'the server failed on this request; it goes on serving others' });
    }
    const code = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'too-large' : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'unsupported-media-type' : 'bad-request';
    const message =
      error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
        ? `the body is not valid JSON: ${error.message}`
        : code === 'too-large'
          ? `the body is larger than this route accepts (${reply.request.routeOptions.bodyLimit ?? bodyLimit} bytes)`
          : error.message;
    return reply.status(status).send({ error: code, message });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });

  const authorise = (request: FastifyRequest): void => {
    if (!tokenDigest) throw new HttpError(403, 'writes-off', 'writes are off: start the server with --token or DYAD_TOKEN');
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new HttpError(401, 'unauthorised', 'writes need "Authorization: Bearer TOKEN"');
    if (!timingSafeEqual(digest(match[1]), tokenDigest)) throw new HttpError(401, 'unauthorised', 'the bearer token is wrong');
  };

  for (const route of routes) register(app, route, route.write ? authorise : null, route.url === '/v1/documents' && route.method === 'POST' ? Math.max(bodyLimit, INGEST_BODY_LIMIT) : bodyLimit);

  app.get('/openapi.json', async () => openapi);

  for (const [url, file] of files) {
    app.get(url, async (request, reply) => {
      if (request.headers['if-none-match'] === file.etag) return reply.status(304).send();
      reply.header('etag', file.etag).header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache').type(file.type);
      return reply.send(file.body);
    });
  }
  if (!files.has('/')) {
    app.get('/', async (_request, reply) =>
      reply.status(503).type('text/plain; charset=utf-8').send('The web UI is not built. Run `npm run build:web` (or `npm start`), then reload. The API is at /v1 and documented at /openapi.json.\n'),
    );
  }
  return app;
}

function register(app: FastifyInstance, route: Route, authorise: ((request: FastifyRequest) => void) | null, bodyLimit: number): void {
  app.route({
    method: route.method,
    url: route.url,
    bodyLimit,
    handler: async (request, reply) => {
      if (authorise) authorise(request);
      const query = parse(route.query, request.query ?? {}, 'query');
      const params = parse(route.params, request.params ?? {}, 'path');
      let body: unknown;
      if (route.body) {
        if (request.body === undefined || request.body === null || request.body === '') throw new HttpError(400, 'bad-request', 'the request needs a body');
        body = typeof request.body === 'string' && route.bodyTypes?.length ? request.body : parse(route.body, request.body, 'body');
      }
      return route.handler({ query, params, body, request, reply });
    },
  });
}
