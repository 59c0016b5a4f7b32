import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { OperationOutcomeError, forbidden, issue, outcome } from '../fhir/outcomes.ts';
import { outcomeResponse } from './responses.ts';
import type { HttpResponse } from './responses.ts';

/**
 * HTTP around every function, for what does not depend on the route (RFC 9110, RFC 9111, FHIR
 * http.html): CORS (preflight answered before authentication), content negotiation (406 for
 * anything but FHIR R4 JSON), HEAD, conditional reads (If-None-Match, If-Modified-Since → 304),
 * `Prefer: return=` on writes, and response compression (Accept-Encoding: br, gzip).
 */

export interface HttpSemanticsOptions {
  /** Origins whose browsers may call the API; undefined: only the exchange's own origin. */
  allowedOrigins?: readonly string[] | undefined;
}

/** The FHIR JSON media types, and what only FHIR R4 JSON satisfies. */
const JSON_TYPES = new Set(['application/fhir+json', 'application/json', 'application/json+fhir']);
const FORMAT_ALIASES = new Set(['json', ...JSON_TYPES]);
const R4_VERSIONS = new Set(['4.0', '4.0.1']);
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
const ALLOWED_HEADERS = 'Authorization, Content-Type, Content-Encoding, Accept, Accept-Encoding, Prefer, If-Match, If-None-Match, If-None-Exist, If-Modified-Since, Idempotency-Key, X-Request-Id';
const EXPOSED_HEADERS = 'ETag, Last-Modified, Location, Content-Location, Retry-After, X-Request-Id, X-Idempotent-Replay, Preference-Applied, Server-Timing';
/** Bodies smaller than this go uncompressed: the coding would cost more than it saves. */
const COMPRESS_FROM_BYTES = 1024;

function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  return event.headers?.[name];
}

function exchangeOrigin(fhirBase: string): string | undefined {
  try {
    return new URL(fhirBase).origin;
  } catch {
    return undefined;
  }
}

function originAllowed(origin: string, fhirBase: string, options: HttpSemanticsOptions): boolean {
  const allowed = options.allowedOrigins ?? [exchangeOrigin(fhirBase)].filter((value): value is string => value !== undefined);
  return allowed.includes('*') || allowed.includes(origin);
}

/**
 * The answer to an OPTIONS request, given before any authentication (a browser's preflight
 * carries no credentials): 204 with what may be sent, to an allowed origin; 403 to another.
 */
export function optionsResponse(event: APIGatewayProxyEventV2, fhirBase: string, options: HttpSemanticsOptions): HttpResponse | undefined {
  if (event.requestContext.http.method !== 'OPTIONS') return undefined;
  const origin = header(event, 'origin');
  const requestId = event.requestContext.requestId;
  if (origin !== undefined && !originAllowed(origin, fhirBase, options)) {
    return outcomeResponse(forbidden('This origin is not allowed to call the API from a browser'), requestId);
  }
  const headers: Record<string, string> = { Allow: ALLOWED_METHODS, 'X-Request-Id': requestId };
  if (origin !== undefined) {
    Object.assign(headers, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    });
  }
  return { statusCode: 204, headers };
}

interface MediaRange {
  type: string;
  q: number;
  parameters: Map<string, string>;
}

function mediaRanges(value: string): MediaRange[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [type = '', ...rest] = part.split(';').map((piece) => piece.trim());
      const parameters = new Map<string, string>();
      for (const piece of rest) {
        const at = piece.indexOf('=');
        if (at > 0) parameters.set(piece.slice(0, at).trim().toLowerCase(), piece.slice(at + 1).trim().replace(/^"|"$/g, ''));
      }
      const q = parameters.has('q') ? Number(parameters.get('q')) : 1;
      return { type: type.toLowerCase(), q: Number.isFinite(q) ? q : 0, parameters };
    });
}

function acceptsFhirJson(range: MediaRange): boolean {
  if (range.q <= 0) return false;
  const version = range.parameters.get('fhirversion');
  if (version !== undefined && !R4_VERSIONS.has(version)) return false;
  return range.type === '*/*' || range.type === 'application/*' || JSON_TYPES.has(range.type);
}

/**
 * 406 when the client asks only for what the exchange does not produce: another format
 * (`_format=xml`, `Accept: application/fhir+xml`) or another FHIR version (`fhirVersion=3.0`).
 * The exchange speaks FHIR R4 JSON only, as its CapabilityStatement says.
 */
export function notAcceptable(event: APIGatewayProxyEventV2): OperationOutcomeError | undefined {
  const query = new URLSearchParams(event.rawQueryString ?? '');
  for (const format of query.getAll('_format')) {
    // In a query `+` is a space: `application/fhir+json` may arrive as `application/fhir json`.
    const value = format.trim().toLowerCase().replace(/ /g, '+').split(';')[0]!.trim();
    if (!FORMAT_ALIASES.has(value)) {
      return new OperationOutcomeError(406, outcome(issue('not-supported', 'This server answers in FHIR R4 JSON only (_format=json)', '_format')));
    }
  }
  const accept = header(event, 'accept');
  if (accept === undefined || accept.trim() === '') return undefined;
  const ranges = mediaRanges(accept);
  if (ranges.length === 0 || ranges.some(acceptsFhirJson)) return undefined;
  return new OperationOutcomeError(406, outcome(issue('not-supported', 'This server answers in FHIR R4 JSON only: application/fhir+json (fhirVersion=4.0)', 'Accept')));
}

function entityTags(value: string): string[] {
  return value.split(',').map((tag) => tag.trim().replace(/^W\//, '')).filter((tag) => tag !== '');
}

/** If-None-Match (weak comparison), else If-Modified-Since: whether a GET's 200 may be a 304. */
function notModified(event: APIGatewayProxyEventV2, response: HttpResponse): boolean {
  const etag = response.headers['ETag'] ?? response.headers['etag'];
  const ifNoneMatch = header(event, 'if-none-match');
  if (ifNoneMatch !== undefined) {
    if (etag === undefined) return false;
    const tags = entityTags(ifNoneMatch);
    return tags.includes('*') || tags.includes(String(etag).replace(/^W\//, ''));
  }
  const ifModifiedSince = header(event, 'if-modified-since');
  const lastModified = response.headers['Last-Modified'] ?? response.headers['last-modified'];
  if (ifModifiedSince === undefined || lastModified === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  const modified = Date.parse(String(lastModified));
  return Number.isFinite(since) && Number.isFinite(modified) && modified <= since;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `Prefer: return=…` (RFC 7240; http.html#ops): what a successful write answers with. */
function preferredReturn(event: APIGatewayProxyEventV2): 'minimal' | 'representation' | 'OperationOutcome' | undefined {
  const prefer = header(event, 'prefer');
  if (!prefer) return undefined;
  for (const preference of prefer.split(',')) {
    const match = /^\s*return\s*=\s*"?(minimal|representation|OperationOutcome)"?\s*$/i.exec(preference.split(';')[0]!);
    if (match) {
      const value = match[1]!.toLowerCase();
      return value === 'operationoutcome' ? 'OperationOutcome' : (value as 'minimal' | 'representation');
    }
  }
  return undefined;
}

function applyPreferReturn(event: APIGatewayProxyEventV2, response: HttpResponse): HttpResponse {
  if (!WRITE_METHODS.has(event.requestContext.http.method) || response.statusCode < 200 || response.statusCode > 299) return response;
  const preference = preferredReturn(event);
  if (preference === undefined) return response;
  const headers: HttpResponse['headers'] = { ...response.headers, 'Preference-Applied': `return=${preference}` };
  if (preference === 'representation') return { ...response, headers };
  if (preference === 'minimal') {
    delete headers['Content-Type'];
    return { ...response, headers, body: '' };
  }
  const text = response.statusCode === 201 ? 'Created' : 'Done';
  const location = response.headers['Location'] ?? response.headers['Content-Location'];
  const informational = outcome(issue('informational', location ? `${text}: ${String(location)}` : text, undefined, 'information'));
  return { ...response, headers: { ...headers, 'Content-Type': 'application/fhir+json; charset=utf-8' }, body: JSON.stringify(informational) };
}

/** The content coding to answer in, from Accept-Encoding (br before gzip; `q=0` refuses one). */
function responseCoding(event: APIGatewayProxyEventV2): 'br' | 'gzip' | undefined {
  const value = header(event, 'accept-encoding');
  if (!value) return undefined;
  const weights = new Map<string, number>();
  for (const part of value.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    weights.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const weight = (coding: string) => weights.get(coding) ?? (weights.has('*') ? weights.get('*')! : 0);
  const br = weight('br');
  const gzip = Math.max(weight('gzip'), weights.get('x-gzip') ?? 0);
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return undefined;
}

function compress(event: APIGatewayProxyEventV2, response: HttpResponse): HttpResponse {
  if (response.body === undefined || response.body === '' || response.headers['Content-Encoding']) return response;
  const coding = responseCoding(event);
  const bytes = response.isBase64Encoded ? Buffer.from(response.body, 'base64') : Buffer.from(response.body, 'utf8');
  const vary = response.headers['Vary'] ? `${String(response.headers['Vary'])}, Accept-Encoding` : 'Accept-Encoding';
  if (!coding || bytes.length < COMPRESS_FROM_BYTES) return { ...response, headers: { ...response.headers, Vary: vary } };
  const coded = coding === 'br' ? brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }) : gzipSync(bytes, { level: 6 });
  return { ...response, isBase64Encoded: true, body: coded.toString('base64'), headers: { ...response.headers, 'Content-Encoding': coding, Vary: vary } };
}

/**
 * What every response goes through on its way out: 304 for a conditional read that matches,
 * `Prefer: return=` on writes, no body for HEAD (its length still said), compression, and the
 * CORS headers for an allowed origin.
 */
export function finishResponse(event: APIGatewayProxyEventV2, response: HttpResponse, fhirBase: string, options: HttpSemanticsOptions): HttpResponse {
  const method = event.requestContext.http.method;
  let result = response;
  if ((method === 'GET' || method === 'HEAD') && result.statusCode === 200 && notModified(event, result)) {
    const kept: HttpResponse['headers'] = {};
    for (const name of ['ETag', 'Last-Modified', 'Cache-Control', 'Content-Location', 'X-Request-Id', 'Vary']) if (result.headers[name] !== undefined) kept[name] = result.headers[name]!;
    result = { statusCode: 304, headers: kept };
  } else {
    result = applyPreferReturn(event, result);
    result = compress(event, result);
  }
  if (method === 'HEAD' && result.body !== undefined) {
    const length = result.isBase64Encoded ? Buffer.byteLength(result.body, 'base64') : Buffer.byteLength(result.body, 'utf8');
    const { body: _body, isBase64Encoded: _coded, ...rest } = result;
    result = { ...rest, headers: { ...rest.headers, 'Content-Length': String(length) } };
  }
  const origin = header(event, 'origin');
  if (origin !== undefined && originAllowed(origin, fhirBase, options)) {
    result = {
      ...result,
      headers: {
        ...result.headers,
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Expose-Headers': EXPOSED_HEADERS,
        Vary: result.headers['Vary'] ? `${String(result.headers['Vary'])}, Origin` : 'Origin',
      },
    };
  }
  return result;
}
