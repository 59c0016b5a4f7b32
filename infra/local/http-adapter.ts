import { randomUUID } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { internalError, payloadTooLarge } from '../../functions/fhir/outcomes.ts';
import { outcomeResponse } from '../../functions/http/responses.ts';
import type { HttpResponse } from '../../functions/http/responses.ts';
import { RouteMatcher } from '../../functions/http/route-matcher.ts';
import { DEFAULT_ROUTE_FUNCTION, routeKey } from '../../functions/routes.ts';
import type { FunctionName, RouteSpec } from '../../functions/routes.ts';
import type { InvocationContext } from './handler-threads.ts';

/**
 * The local stand-in for API Gateway (HTTP API, payload format 2.0): turns each HTTP request into
 * the event API Gateway would send and calls the same middy handler that Lambda runs.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 *
 * Like API Gateway it routes with the route table, sends unmatched requests to the `$default`
 * route, rejects bodies over the payload limit before any function runs, lower-cases header
 * names, joins repeated headers and query parameters with commas, moves cookies to `cookies`,
 * and base64-encodes bodies that are not text.
 */

/** Runs a function with an API Gateway event, as Lambda's Invoke would (infra/local/handler-threads.ts). */
export type Invoke = (functionName: FunctionName, event: APIGatewayProxyEventV2, context: InvocationContext) => Promise<HttpResponse>;

export interface HttpAdapterOptions {
  routes: readonly RouteSpec[];
  invoke: Invoke;
  maxBodyBytes: number;
  host?: string;
  port?: number;
  /** Static files served under a path prefix before any route (the patient portal; CloudFront and S3 in AWS). */
  site?: StaticSite;
}

export interface StaticSite {
  /** The path prefix, without a trailing slash (`/portal`); `prefix/` serves `index.html`. */
  prefix: string;
  files: ReadonlyMap<string, { contentType: string; body: Uint8Array }>;
  /** Sent with every file (the security headers of CloudFront's response headers policy). */
  headers: Readonly<Record<string, string>>;
}

const TEXT_TYPES = /^(text\/|application\/([a-z.+-]*\+)?(json|xml|x-www-form-urlencoded|javascript|ndjson|x-ndjson))/i;
/** Past this much, an over-limit body is no longer drained but the connection is closed. */
const DRAIN_LIMIT_BYTES = 256 * 1024 * 1024;
/** API Gateway's integration timeout (HTTP API: 30 s), given to each invocation as its deadline. */
const TIMEOUT_MS = 30_000;

export async function startHttpAdapter(options: HttpAdapterOptions): Promise<{ server: http.Server; port: number; close(): Promise<void> }> {
  const matcher = new RouteMatcher(options.routes);
  const server = http.createServer((req, res) => {
    void serve(req, res, options, matcher);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function serve(req: http.IncomingMessage, res: http.ServerResponse, options: HttpAdapterOptions, matcher: RouteMatcher) {
  const requestId = randomUUID();
  try {
    const body = await readBody(req, options.maxBodyBytes);
    if (body === 'too-large') return send(res, outcomeResponse(payloadTooLarge(options.maxBodyBytes), requestId), true);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const site = options.site;
    if (site && (url.pathname === site.prefix || url.pathname.startsWith(`${site.prefix}/`))) return send(res, staticResponse(site, method, url));
    const match = matcher.match(method, url.pathname);
    const functionName = match?.route.function ?? DEFAULT_ROUTE_FUNCTION;
    const event = toEvent(req, url, method, body, requestId, match ? routeKey(match.route) : '$default', match?.pathParameters);
    const context: InvocationContext = { functionName, awsRequestId: requestId, memoryLimitInMB: '1024', deadline: Date.now() + TIMEOUT_MS };
    const response = await options.invoke(functionName, event, context);
    send(res, response);
  } catch {
    // The handlers turn their own errors into outcomes; reaching here is a fault of the adapter.
    send(res, outcomeResponse(internalError(), requestId));
  }
}

/** A file of the static site, as CloudFront in front of S3 answers: GET and HEAD only, 404 for what is not there. */
function staticResponse(site: StaticSite, method: string, url: URL): HttpResponse {
  if (url.pathname === site.prefix) return { statusCode: 308, headers: { Location: `${site.prefix}/${url.search}` } };
  const name = url.pathname.slice(site.prefix.length + 1) || 'index.html';
  const file = site.files.get(name);
  const text = (statusCode: number, body: string, extra: Record<string, string> = {}): HttpResponse => ({ statusCode, headers: { ...site.headers, 'Content-Type': 'text/plain; charset=utf-8', ...extra }, body });
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  if (!file) return text(404, 'Not Found');
  const headers = { ...site.headers, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' };
  if (method === 'HEAD') return { statusCode: 200, headers: { ...headers, 'Content-Length': String(file.body.length) } };
  return { statusCode: 200, headers, body: Buffer.from(file.body).toString('base64'), isBase64Encoded: true };
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        if (size > DRAIN_LIMIT_BYTES) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    req.on('close', () => {
      if (tooLarge) resolve('too-large');
    });
    req.on('error', reject);
  });
}

function toEvent(
  req: http.IncomingMessage,
  url: URL,
  method: string,
  body: Buffer,
  requestId: string,
  routeKeyValue: string,
  pathParameters: Record<string, string> | undefined,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!.toLowerCase();
    const value = req.rawHeaders[i + 1]!;
    if (name === 'cookie') {
      (cookies ??= []).push(...value.split(';').map((c) => c.trim()).filter(Boolean));
      continue;
    }
    headers[name] = headers[name] === undefined ? value : `${headers[name]},${value}`;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = query[name] === undefined ? value : `${query[name]},${value}`;
  const hasBody = body.length > 0;
  // Text goes as text only when it is what it says: a coded (compressed) body, or one that is not
  // UTF-8, goes as its bytes, so that the function sees exactly what was sent.
  const coded = (headers['content-encoding'] ?? 'identity').trim().toLowerCase() !== 'identity';
  const isText = TEXT_TYPES.test(headers['content-type'] ?? '') && !coded && isUtf8(body);
  const now = new Date();
  const event: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey: routeKeyValue,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    headers,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers['host'] ?? 'localhost',
      domainPrefix: (headers['host'] ?? 'localhost').split('.')[0]!,
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: routeKeyValue,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: hasBody && !isText,
  };
  if (cookies) event.cookies = cookies;
  if (Object.keys(query).length > 0) event.queryStringParameters = query;
  if (pathParameters && Object.keys(pathParameters).length > 0) event.pathParameters = pathParameters;
  if (hasBody) event.body = isText ? body.toString('utf8') : body.toString('base64');
  return event;
}

function send(res: http.ServerResponse, response: HttpResponse, closeConnection = false) {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(response.headers ?? {})) headers[name] = String(value);
  if (response.cookies?.length) headers['Set-Cookie'] = response.cookies;
  if (closeConnection) headers['Connection'] = 'close';
  const body = response.body === undefined ? undefined : response.isBase64Encoded ? Buffer.from(response.body, 'base64') : Buffer.from(response.body, 'utf8');
  if (body) headers['Content-Length'] = String(body.length);
  res.writeHead(response.statusCode, headers);
  res.end(body);
}
