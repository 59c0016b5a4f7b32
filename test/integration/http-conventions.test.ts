import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { StackProcess } from '../support/local-stack-process.ts';

let stack: StackProcess;
let admin: string;

beforeAll(async () => {
  stack = await StackProcess.start();
  admin = await stack.token('dev-admin');
});
afterAll(async () => {
  await stack?.dispose();
});

async function call(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  const response = await fetch(`${stack.origin}${path}`, { ...init, headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? (JSON.parse(text) as any) : undefined };
}

function expectOutcome(result: Awaited<ReturnType<typeof call>>, status: number, code: string) {
  expect(result.status).toBe(status);
  expect(result.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
  expect(result.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(result.json.resourceType).toBe('OperationOutcome');
  expect(result.json.issue[0].severity).toBe('error');
  expect(result.json.issue[0].code).toBe(code);
}

const registration = { role: 'research', status: 'active', scopes: ['system/*.rs'], jwks: { keys: [{ kty: 'EC', crv: 'P-384', kid: 'a', x: 'AAAA', y: 'AAAA' }] } };

describe('FHIR HTTP conventions', () => {
  test('every response carries a request id, and successful ones too', async () => {
    const result = await call('/fhir/metadata');
    expect(result.status).toBe(200);
    expect(result.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('malformed JSON is a 400 structure outcome that does not quote the body', async () => {
    const result = await call('/admin/clients/some-client', {
      method: 'PUT',
      token: admin,
      headers: { 'Content-Type': 'application/fhir+json' },
      body: '{"role": "research", "scopes": [ "Jane Doe 123-45-6789" ',
    });
    expectOutcome(result, 400, 'structure');
    expect(result.text).not.toContain('Jane');
  });

  test('a body with the wrong content type is a 415', async () => {
    const result = await call('/admin/clients/some-client', { method: 'PUT', token: admin, headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(registration) });
    expectOutcome(result, 415, 'not-supported');
  });

  test('a body without a content type is a 415', async () => {
    const result = await call('/admin/clients/some-client', { method: 'PUT', token: admin, body: new Blob([JSON.stringify(registration)]) });
    expectOutcome(result, 415, 'not-supported');
  });

  test('a body over the 6 MB limit is a 413, even before authentication', async () => {
    const result = await call('/fhir', { method: 'POST', headers: { 'Content-Type': 'application/fhir+json' }, body: `{"x":"${'a'.repeat(6 * 1024 * 1024)}"}` });
    expectOutcome(result, 413, 'too-costly');
  });

  test('an unknown route under the FHIR base needs a token first (401), then is a 404', async () => {
    expectOutcome(await call('/fhir/NoSuchThing/1/and/more'), 401, 'login');
    expectOutcome(await call('/fhir/NoSuchThing/1/and/more', { token: admin }), 404, 'not-found');
  });

  test('an unknown route outside the API is a 404', async () => {
    expectOutcome(await call('/favicon.ico'), 404, 'not-found');
  });

  test('a known path with the wrong method is a 405 with Allow', async () => {
    const result = await call('/fhir/metadata', { method: 'DELETE', token: admin });
    expectOutcome(result, 405, 'not-supported');
    expect(result.headers.get('allow')).toBe('GET, HEAD');
  });

  test('an input that fails validation is a 400 naming each element', async () => {
    const result = await call('/admin/clients/some-client', {
      method: 'PUT',
      token: admin,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...registration, role: 'superuser', scopes: 'all', jwks: { keys: [{ ...registration.jwks.keys[0], d: 'secret' }] } }),
    });
    expectOutcome(result, 400, 'value');
    const expressions = result.json.issue.flatMap((issue: any) => issue.expression);
    expect(expressions).toEqual(expect.arrayContaining(['ClientRegistration.role', 'ClientRegistration.scopes', 'ClientRegistration.jwks.keys[0].d']));
    expect(result.text).not.toContain('secret');
  });

  test('__proto__ and other unknown keys are rejected, not merged', async () => {
    const body = `{"__proto__": {"role": "admin"}, "constructor": {"prototype": {}}, ${JSON.stringify(registration).slice(1)}`;
    const result = await call('/admin/clients/some-client', { method: 'PUT', token: admin, headers: { 'Content-Type': 'application/json' }, body });
    expectOutcome(result, 400, 'structure');
    expect(result.json.issue[0].details.text).toContain('__proto__');
    // Nothing was written.
    expectOutcome(await call('/admin/clients/some-client', { token: admin }), 404, 'not-found');
  });

  test('a deeply nested body is answered with a clean 400, not a crash', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const result = await call('/admin/clients/some-client', { method: 'PUT', token: admin, headers: { 'Content-Type': 'application/json' }, body: `{"role":${deep}}` });
    expect(result.status).toBe(400);
    expect(result.json.resourceType).toBe('OperationOutcome');
    // The server is still alive.
    expect((await call('/fhir/metadata')).status).toBe(200);
  });

  test('a valid registration is stored and read back', async () => {
    const put = await call('/admin/clients/research-portal-1', {
      method: 'PUT',
      token: admin,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(registration),
    });
    expect(put.status).toBe(201);
    const get = await call('/admin/clients/research-portal-1', { token: admin });
    expect(get.status).toBe(200);
    expect(get.json).toMatchObject({ clientId: 'research-portal-1', role: 'research', status: 'active', scopes: ['system/*.rs'] });
  });
});
