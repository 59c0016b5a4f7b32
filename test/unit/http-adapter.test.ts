import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHttpAdapter } from '../../infra/local/http-adapter.ts';
import type { Invoke } from '../../infra/local/http-adapter.ts';
import type { FunctionName, RouteSpec } from '../../functions/routes.ts';

const seen: { fn: FunctionName; event: APIGatewayProxyEventV2; requestId: string; remainingMs: number }[] = [];
const recorder: Invoke = async (fn, event, context) => {
  seen.push({ fn, event, requestId: context.awsRequestId, remainingMs: context.deadline - Date.now() });
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '{}' };
};
const routes: RouteSpec[] = [
  { method: 'GET', path: '/fhir/metadata', function: 'fhir-metadata' },
  { method: 'POST', path: '/admin/clients/{clientId}', function: 'admin-clients' },
];
let adapter: Awaited<ReturnType<typeof startHttpAdapter>>;
let origin: string;

beforeAll(async () => {
  adapter = await startHttpAdapter({
    routes,
    maxBodyBytes: 1024,
    invoke: recorder,
  });
  origin = `http://127.0.0.1:${adapter.port}`;
});
afterAll(() => adapter.close());

describe('the local API Gateway adapter', () => {
  test('builds a payload 2.0 event with route key, path parameters, joined query values and cookies', async () => {
    await fetch(`${origin}/admin/clients/abc?x=1&x=2&y=3`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: 'a=1; b=2', 'X-Custom': 'v' },
      body: '{"k":true}',
    });
    const { fn, event, requestId, remainingMs } = seen.at(-1)!;
    expect(fn).toBe('admin-clients');
    expect(event.version).toBe('2.0');
    expect(event.routeKey).toBe('POST /admin/clients/{clientId}');
    expect(event.pathParameters).toEqual({ clientId: 'abc' });
    expect(event.queryStringParameters).toEqual({ x: '1,2', y: '3' });
    expect(event.rawQueryString).toBe('x=1&x=2&y=3');
    expect(event.cookies).toEqual(['a=1', 'b=2']);
    expect(event.headers['x-custom']).toBe('v');
    expect(event.headers['cookie']).toBeUndefined();
    expect(event.body).toBe('{"k":true}');
    expect(event.isBase64Encoded).toBe(false);
    expect(event.requestContext.http).toMatchObject({ method: 'POST', path: '/admin/clients/abc' });
    expect(event.requestContext.requestId).toBe(requestId);
    // The invocation's deadline is API Gateway's 30 s integration timeout.
    expect(remainingMs).toBeGreaterThan(25_000);
    expect(remainingMs).toBeLessThanOrEqual(30_000);
  });

  test('base64-encodes bodies that are not text', async () => {
    await fetch(`${origin}/admin/clients/abc`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: new Uint8Array([0, 255, 1]) });
    const { event } = seen.at(-1)!;
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body!, 'base64')).toEqual(Buffer.from([0, 255, 1]));
  });

  test('sends unmatched requests to the $default route', async () => {
    await fetch(`${origin}/fhir/Patient/1`);
    expect(seen.at(-1)!.fn).toBe('fhir-fallback');
    expect(seen.at(-1)!.event.routeKey).toBe('$default');
    await fetch(`${origin}/fhir/metadata`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(seen.at(-1)!.fn).toBe('fhir-fallback');
  });

  test('refuses an over-limit body with a 413 OperationOutcome before any function runs', async () => {
    const before = seen.length;
    const response = await fetch(`${origin}/admin/clients/abc`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'x'.repeat(2048) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).resourceType).toBe('OperationOutcome');
    expect(seen.length).toBe(before);
  });
});
