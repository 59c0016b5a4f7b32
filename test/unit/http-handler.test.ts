import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { notFound } from '../../functions/fhir/outcomes.ts';
import type { ExchangeContext } from '../../functions/http/exchange-context.ts';
import { httpHandler } from '../../functions/http/http-handler.ts';
import { fhirResponse } from '../../functions/http/responses.ts';

function event(overrides: Partial<APIGatewayProxyEventV2> & { method?: string } = {}): APIGatewayProxyEventV2 {
  const { method = 'GET', ...rest } = overrides;
  return {
    version: '2.0',
    routeKey: `${method} /fhir/thing`,
    rawPath: '/fhir/thing',
    rawQueryString: '',
    headers: {},
    isBase64Encoded: false,
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
    ...rest,
  };
}
const context = {} as Context;

let lines: string[] = [];
function captureLogs() {
  lines = [];
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
  }
  return lines;
}
// Every test captures what the logger writes, so that none of it reaches the test output.
beforeEach(() => captureLogs());
afterEach(() => vi.restoreAllMocks());

// These tests use the `$default` function's name: its chain skips the route check, so any path
// reaches the handler under test.
describe('the HTTP handler chain', () => {
  test('an unexpected error is a 500 OperationOutcome that says nothing of the input, and the log keeps no message', async () => {
    const logs = lines;
    const handler = httpHandler(
      async () => {
        throw new Error('Cannot parse patient Jane Doe, SSN 999-12-3456');
      },
      { function: 'fhir-fallback', auth: { kind: 'public' } },
    );
    const response = await handler(event(), context);
    expect(response.statusCode).toBe(500);
    expect(response.headers['X-Request-Id']).toBe('req-1');
    const body = JSON.parse(response.body!);
    expect(body.resourceType).toBe('OperationOutcome');
    expect(body.issue[0].code).toBe('exception');
    expect(response.body).not.toContain('Jane');
    const logged = logs.join('');
    expect(logged).toContain('unhandled error');
    expect(logged).not.toContain('Jane');
    expect(logged).not.toContain('999-12-3456');
  });

  test('an OperationOutcomeError keeps its status and issue', async () => {
    const handler = httpHandler(
      async () => {
        throw notFound('No such thing');
      },
      { function: 'fhir-fallback', auth: { kind: 'public' } },
    );
    const response = await handler(event(), context);
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body!).issue[0]).toEqual({ severity: 'error', code: 'not-found', details: { text: 'No such thing' } });
  });

  test('the base URL comes from the API Gateway domain when none is configured', async () => {
    const handler = httpHandler(async (_event, ctx: ExchangeContext) => fhirResponse(200, { base: ctx.exchange.fhirBase }), { function: 'fhir-fallback', auth: { kind: 'public' } });
    const response = await handler(event(), context);
    expect(JSON.parse(response.body!).base).toBe('https://exchange.example.org/fhir');
  });

  test('one log line per request with route, status and duration, and no body', async () => {
    const logs = lines;
    const handler = httpHandler(async (_event, ctx: ExchangeContext) => fhirResponse(201, { echoed: ctx.exchange.body }), { function: 'fhir-fallback', auth: { kind: 'public' }, body: 'json' });
    const response = await handler(event({ method: 'POST', headers: { 'content-type': 'application/fhir+json' }, body: '{"name":"Jane Doe"}' }), context);
    expect(response.statusCode).toBe(201);
    const line = JSON.parse(logs.find((entry) => entry.includes('"message":"request"'))!);
    expect(line).toMatchObject({ requestId: 'req-1', route: 'POST /fhir/thing', method: 'POST', status: 201 });
    expect(typeof line.durationMs).toBe('number');
    expect(logs.join('')).not.toContain('Jane');
  });

  test('base64-encoded bodies are decoded before parsing, and non-UTF-8 charsets are refused', async () => {
    const handler = httpHandler(async (_event, ctx: ExchangeContext) => fhirResponse(200, ctx.exchange.body), { function: 'fhir-fallback', auth: { kind: 'public' }, body: 'json' });
    const encoded = await handler(
      event({ method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.from('{"a":1}').toString('base64'), isBase64Encoded: true }),
      context,
    );
    expect(JSON.parse(encoded.body!)).toEqual({ a: 1 });
    const latin1 = await handler(event({ method: 'POST', headers: { 'content-type': 'application/json; charset=iso-8859-1' }, body: '{"a":1}' }), context);
    expect(latin1.statusCode).toBe(415);
  });

  test('an empty body where one is required is a 400 required outcome', async () => {
    const handler = httpHandler(async () => fhirResponse(200, {}), { function: 'fhir-fallback', auth: { kind: 'public' }, body: 'json' });
    const response = await handler(event({ method: 'POST', headers: { 'content-type': 'application/json' } }), context);
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body!).issue[0].code).toBe('required');
  });

  test('a JSON body that is not an object is a 400', async () => {
    const handler = httpHandler(async () => fhirResponse(200, {}), { function: 'fhir-fallback', auth: { kind: 'public' }, body: 'json' });
    const response = await handler(event({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' }), context);
    expect(response.statusCode).toBe(400);
  });
});

describe('the route check', () => {
  test("a function sees the route table's route key and path parameters, whatever API Gateway matched", async () => {
    const handler = httpHandler(async (incoming) => fhirResponse(200, { routeKey: incoming.routeKey, parameters: incoming.pathParameters ?? null }), {
      function: 'fhir-metadata',
      auth: { kind: 'public' },
    });
    const deployed = event({ routeKey: 'GET /fhir/{operation}', rawPath: '/fhir/metadata' });
    deployed.requestContext.http.path = '/fhir/metadata';
    const response = await handler(deployed, context);
    expect(JSON.parse(response.body!)).toEqual({ routeKey: 'GET /fhir/metadata', parameters: null });
  });

  test('a request another function serves, or none does, gets the fallback answer', async () => {
    const handler = httpHandler(async () => fhirResponse(200, {}), { function: 'fhir-metadata', auth: { kind: 'public' } });
    const other = event({ method: 'POST', routeKey: 'POST /fhir/{operation}' });
    other.requestContext.http.path = '/fhir/Patient';
    // Under /fhir the fallback authenticates first: no token, 401.
    expect((await handler(other, context)).statusCode).toBe(401);
    const outside = event({ routeKey: 'GET /{proxy+}' });
    outside.requestContext.http.path = '/elsewhere';
    expect((await handler(outside, context)).statusCode).toBe(404);
  });
});
