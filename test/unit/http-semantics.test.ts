import { readFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ExchangeContext } from '../../functions/http/exchange-context.ts';
import { httpHandler } from '../../functions/http/http-handler.ts';
import { fhirResponse } from '../../functions/http/responses.ts';
import type { HttpResponse } from '../../functions/http/responses.ts';
import { findJsonStringProblem } from '../../functions/fhir/validation/json-strings.ts';
import { syntheaPatientBundles } from '../support/fhir-data.ts';

/**
 * The HTTP semantics every function shares (functions/http/http-semantics.ts and the body
 * decoding of functions/http/middleware/request-body.ts), on the real middy chain.
 */

const BASE = 'https://exchange.example.org';

function event(overrides: { method?: string; headers?: Record<string, string>; query?: string; body?: Buffer | string } = {}): APIGatewayProxyEventV2 {
  const method = overrides.method ?? 'GET';
  const body = overrides.body;
  return {
    version: '2.0',
    routeKey: `${method} /fhir/thing`,
    rawPath: '/fhir/thing',
    rawQueryString: overrides.query ?? '',
    headers: overrides.headers ?? {},
    isBase64Encoded: Buffer.isBuffer(body),
    ...(body === undefined ? {} : { body: Buffer.isBuffer(body) ? body.toString('base64') : body }),
    requestContext: {
      accountId: '1',
      apiId: 'api',
      domainName: 'exchange.example.org',
      domainPrefix: 'exchange',
      http: { method, path: '/fhir/thing', protocol: 'HTTP/1.1', sourceIp: '10.0.0.1', userAgent: 'test' },
      requestId: 'req-1',
      routeKey: `${method} /fhir/thing`,
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
  };
}
const context = {} as Context;

beforeEach(() => {
  for (const stream of [process.stdout, process.stderr]) vi.spyOn(stream, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

/** A real Synthea bundle: a realistic, compressible response and request body. */
const bundleText = readFileSync(syntheaPatientBundles()[0]!, 'utf8');
const LAST_MODIFIED = new Date('2026-01-02T03:04:05Z').toUTCString();

// The `$default` function's name: its chain skips the route check, so any path reaches the handler.
const reader = httpHandler(async () => fhirResponse(200, JSON.parse(bundleText), { ETag: 'W/"3"', 'Last-Modified': LAST_MODIFIED }), { function: 'fhir-fallback', auth: { kind: 'public' } });
let received: ExchangeContext['exchange'] | undefined;
const writer = httpHandler(
  async (_event, ctx) => {
    received = ctx.exchange;
    return fhirResponse(201, { resourceType: 'Patient', id: 'p1' }, { Location: `${BASE}/fhir/Patient/p1/_history/1`, ETag: 'W/"1"' });
  },
  { function: 'fhir-fallback', auth: { kind: 'public' }, body: 'json-text' },
);

const json = (response: HttpResponse) => JSON.parse(response.body!) as { resourceType: string; issue: { code: string; expression?: string[]; details: { text: string } }[] };

describe('content negotiation', () => {
  test.each([
    ['_format=xml', {}],
    ['_format=application/fhir%2Bxml', {}],
    ['', { accept: 'application/fhir+xml' }],
    ['', { accept: 'application/fhir+json; fhirVersion=3.0' }],
    ['', { accept: 'text/html, application/xml;q=0.9' }],
  ])('%s %j is a 406 OperationOutcome saying JSON only', async (query, headers) => {
    const response = await reader(event({ query, headers }), context);
    expect(response.statusCode).toBe(406);
    expect(json(response).issue[0]!.code).toBe('not-supported');
    expect(json(response).issue[0]!.details.text).toContain('JSON');
  });

  test.each([
    ['_format=json', {}],
    ['_format=application/fhir+json', {}],
    ['', { accept: 'application/fhir+json; fhirVersion=4.0' }],
    ['', { accept: 'application/fhir+xml, */*;q=0.1' }],
    ['', { accept: 'application/json' }],
  ])('%s %j is answered', async (query, headers) => {
    expect((await reader(event({ query, headers }), context)).statusCode).toBe(200);
  });
});

describe('conditional reads and HEAD', () => {
  test('If-None-Match naming the current version is a 304 without a body; another version gets the 200', async () => {
    const notModified = await reader(event({ headers: { 'if-none-match': 'W/"3"' } }), context);
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBeUndefined();
    expect(notModified.headers['ETag']).toBe('W/"3"');
    expect((await reader(event({ headers: { 'if-none-match': 'W/"2", W/"4"' } }), context)).statusCode).toBe(200);
    expect((await reader(event({ headers: { 'if-none-match': '*' } }), context)).statusCode).toBe(304);
  });

  test('If-Modified-Since at or after Last-Modified is a 304; before it, a 200', async () => {
    expect((await reader(event({ headers: { 'if-modified-since': LAST_MODIFIED } }), context)).statusCode).toBe(304);
    expect((await reader(event({ headers: { 'if-modified-since': new Date('2026-01-01T00:00:00Z').toUTCString() } }), context)).statusCode).toBe(200);
    // If-None-Match wins over If-Modified-Since (RFC 9110 section 13.2.2).
    expect((await reader(event({ headers: { 'if-none-match': 'W/"2"', 'if-modified-since': LAST_MODIFIED } }), context)).statusCode).toBe(200);
  });

  test('HEAD answers the GET headers with the length of the body it leaves out', async () => {
    const get = await reader(event(), context);
    const head = await reader(event({ method: 'HEAD' }), context);
    expect(head.statusCode).toBe(200);
    expect(head.body).toBeUndefined();
    expect(head.headers['Content-Length']).toBe(String(Buffer.byteLength(get.body!, 'utf8')));
    expect(head.headers['ETag']).toBe('W/"3"');
  });
});

describe('compression', () => {
  test('Accept-Encoding: br and gzip compress the response; the body decodes to the same resource', async () => {
    const plain = await reader(event(), context);
    const br = await reader(event({ headers: { 'accept-encoding': 'gzip, deflate, br' } }), context);
    expect(br.headers['Content-Encoding']).toBe('br');
    expect(br.isBase64Encoded).toBe(true);
    expect(brotliDecompressSync(Buffer.from(br.body!, 'base64')).toString('utf8')).toBe(plain.body);
    expect(Buffer.from(br.body!, 'base64').length).toBeLessThan(Buffer.byteLength(plain.body!) / 4);
    const gzip = await reader(event({ headers: { 'accept-encoding': 'gzip' } }), context);
    expect(gzip.headers['Content-Encoding']).toBe('gzip');
    expect(gunzipSync(Buffer.from(gzip.body!, 'base64')).toString('utf8')).toBe(plain.body);
    expect(String(gzip.headers['Vary'])).toContain('Accept-Encoding');
    expect((await reader(event({ headers: { 'accept-encoding': 'br;q=0, identity' } }), context)).headers['Content-Encoding']).toBeUndefined();
  });
});

describe('CORS', () => {
  test('a preflight from the exchange\'s own origin is answered before authentication; another origin is refused', async () => {
    const guarded = httpHandler(async () => fhirResponse(200, {}), { function: 'fhir-fallback', auth: { kind: 'token' } });
    const preflight = await guarded(event({ method: 'OPTIONS', headers: { origin: BASE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } }), context);
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['Access-Control-Allow-Origin']).toBe(BASE);
    expect(String(preflight.headers['Access-Control-Allow-Headers'])).toContain('Authorization');
    expect(String(preflight.headers['Access-Control-Allow-Methods'])).toContain('POST');
    const stranger = await guarded(event({ method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } }), context);
    expect(stranger.statusCode).toBe(403);
    expect(stranger.headers['Access-Control-Allow-Origin']).toBeUndefined();
    // An actual request from the allowed origin: the CORS headers ride on whatever is answered (a 401 here).
    const unauthenticated = await guarded(event({ headers: { origin: BASE } }), context);
    expect(unauthenticated.statusCode).toBe(401);
    expect(unauthenticated.headers['Access-Control-Allow-Origin']).toBe(BASE);
    expect(String(unauthenticated.headers['Access-Control-Expose-Headers'])).toContain('ETag');
  });
});

describe('Prefer: return on writes', () => {
  const post = (prefer?: string) => writer(event({ method: 'POST', headers: { 'content-type': 'application/fhir+json', ...(prefer ? { prefer } : {}) }, body: '{"resourceType":"Patient"}' }), context);

  test('minimal: no body; OperationOutcome: an informational outcome; representation: the resource', async () => {
    const minimal = await post('return=minimal');
    expect(minimal.statusCode).toBe(201);
    expect(minimal.body).toBe('');
    expect(minimal.headers['Location']).toBe(`${BASE}/fhir/Patient/p1/_history/1`);
    expect(minimal.headers['Preference-Applied']).toBe('return=minimal');
    const outcome = await post('return=OperationOutcome');
    expect(json(outcome).resourceType).toBe('OperationOutcome');
    expect(json(outcome).issue[0]!.code).toBe('informational');
    expect(JSON.parse((await post('return=representation')).body!).resourceType).toBe('Patient');
    expect(JSON.parse((await post()).body!).resourceType).toBe('Patient');
  });
});

describe('request bodies', () => {
  const send = (body: Buffer | string, headers: Record<string, string> = {}) => {
    received = undefined;
    return writer(event({ method: 'POST', headers: { 'content-type': 'application/fhir+json', ...headers }, body }), context);
  };

  test('gzip and br bodies are decoded to the same text', async () => {
    expect((await send(gzipSync(bundleText), { 'content-encoding': 'gzip' })).statusCode).toBe(201);
    expect(received!.text).toBe(bundleText);
    expect((await send(brotliCompressSync(bundleText), { 'content-encoding': 'br' })).statusCode).toBe(201);
    expect(received!.text).toBe(bundleText);
  });

  test('a plain body labelled br is a 400, not stored as if unencoded; an unknown coding is a 415', async () => {
    const labelled = await send(Buffer.from(bundleText, 'utf8'), { 'content-encoding': 'br' });
    expect(labelled.statusCode).toBe(400);
    expect(json(labelled).issue[0]!.expression).toEqual(['Content-Encoding']);
    expect(received).toBeUndefined();
    const unknown = await send(Buffer.from('x'), { 'content-encoding': 'compress' });
    expect(unknown.statusCode).toBe(415);
    expect(received).toBeUndefined();
  });

  test('a decompression bomb is a 413 without being inflated past the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(200 * 1024);
    const response = await send(bomb, { 'content-encoding': 'gzip' });
    expect(response.statusCode).toBe(413);
    expect(received).toBeUndefined();
  });

  test('invalid UTF-8 is a 400, never replaced by U+FFFD', async () => {
    const bytes = Buffer.concat([Buffer.from('{"resourceType":"Patient","name":[{"family":"Mu'), Buffer.from([0xc3, 0x28]), Buffer.from('ller"}]}')]);
    const response = await send(bytes);
    expect(response.statusCode).toBe(400);
    expect(json(response).issue[0]!.details.text).toContain('UTF-8');
    expect(received).toBeUndefined();
  });

  test('a text body is taken as it came; one no UTF-8 could have made (a raw lone surrogate) is a 400, not U+FFFD', async () => {
    const text = '{"resourceType":"Patient","name":[{"family":"M\u00fcller \u4e2d\ud83d\ude00"}]}';
    expect((await send(text)).statusCode).toBe(201);
    expect(received?.text).toBe(text);
    received = undefined;
    // In the source, `\ud800` is an escape of the string literal: the text holds the surrogate itself.
    const response = await send('{"resourceType":"Patient","name":[{"family":"Jane\ud800Doe"}]}');
    expect(response.statusCode).toBe(400);
    expect(json(response).issue[0]!.details.text).toContain('UTF-8');
    expect(response.body).not.toContain('Jane');
    expect(received).toBeUndefined();
  });

  test('a lone surrogate or an escaped control character is a 400 naming the element, quoting nothing', async () => {
    const lone = await send('{"resourceType":"Patient","name":[{"family":"Jane\\ud800Doe"}]}');
    expect(lone.statusCode).toBe(400);
    expect(json(lone).issue[0]!.expression).toEqual(['Patient.name[0].family']);
    expect(lone.body).not.toContain('Jane');
    const control = await send('{"resourceType":"Patient","name":[{"given":["a","Jane\\u0000"]}]}');
    expect(control.statusCode).toBe(400);
    expect(json(control).issue[0]!.expression).toEqual(['Patient.name[0].given[1]']);
    expect(received).toBeUndefined();
    // A pair is one character; tab, line feed and an escaped backslash before "u0000" are fine.
    expect((await send('{"resourceType":"Patient","name":[{"family":"\\ud83d\\ude00\\t\\n\\\\u0000"}]}')).statusCode).toBe(201);
  });
});

describe('findJsonStringProblem', () => {
  test('finds problems anywhere in a real bundle, and none in the bundle as it is', () => {
    expect(findJsonStringProblem(bundleText)).toBeUndefined();
    const at = bundleText.indexOf('"family"');
    const broken = `${bundleText.slice(0, at)}"family":"\\udc00",${bundleText.slice(at)}`;
    expect(findJsonStringProblem(broken)).toMatchObject({ kind: 'lone-surrogate', path: expect.stringMatching(/^Bundle\.entry\[\d+\]\.resource\.name\[0\]\.family$/) });
    expect(findJsonStringProblem('{"a":"\\b"}')).toMatchObject({ kind: 'control-character', path: 'Resource.a' });
    // A body that is not a resource names the element from its own top level.
    expect(findJsonStringProblem('{"identifier":"x","reason":"order\\u0000"}', '')).toMatchObject({ kind: 'control-character', path: 'reason' });
    expect(findJsonStringProblem('{"a":"\\ud800\\u0041"}')).toMatchObject({ kind: 'lone-surrogate' });
    expect(findJsonStringProblem('{"a":"x\uD800"}')).toMatchObject({ kind: 'lone-surrogate' });
  });
});

describe('dependencies that cannot be reached', () => {
  test('a refused connection (the chain node down) is a 503 with Retry-After, not a 500', async () => {
    const handler = httpHandler(
      async () => {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8545'), { code: 'ECONNREFUSED' });
      },
      { function: 'fhir-fallback', auth: { kind: 'public' } },
    );
    const response = await handler(event(), context);
    expect(response.statusCode).toBe(503);
    expect(response.headers['Retry-After']).toBe('5');
    expect(json(response).issue[0]!.code).toBe('transient');
  });
});
