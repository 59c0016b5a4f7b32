import { createPublicKey, randomUUID } from 'node:crypto';
import { SignJWT, base64url, exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signClientAssertion, tokenRequestBody } from '../../functions/cli/smart-client.ts';
import type { ClientCredentials } from '../../functions/cli/smart-client.ts';
import { StackProcess } from '../support/local-stack-process.ts';

let stack: StackProcess;
let providerA: ClientCredentials;
let providerB: ClientCredentials;
const issuedSecrets: string[] = [];

beforeAll(async () => {
  stack = await StackProcess.start();
  providerA = await stack.credentials('dev-provider-a');
  providerB = await stack.credentials('dev-provider-b');
});
afterAll(async () => {
  await stack?.dispose();
});

async function postToken(body: URLSearchParams | string, contentType = 'application/x-www-form-urlencoded') {
  const response = await fetch(stack.info.tokenUrl, { method: 'POST', headers: { 'Content-Type': contentType }, body: body.toString() });
  const json = (await response.json()) as Record<string, any>;
  if (typeof json['access_token'] === 'string') issuedSecrets.push(json['access_token']);
  return { status: response.status, headers: response.headers, json };
}

async function tokenWith(credentials: ClientCredentials, overrides: Parameters<typeof signClientAssertion>[1] = {}, scope = 'system/*.cruds') {
  const assertion = await signClientAssertion(credentials, overrides);
  issuedSecrets.push(assertion);
  return postToken(tokenRequestBody(assertion, scope));
}

function expectRefused(result: { status: number; json: Record<string, any> }, status: number, oauthCode: string) {
  expect(result.status).toBe(status);
  expect(result.json['access_token']).toBeUndefined();
  // RFC 6749 section 5.2, with the OperationOutcome beside it.
  expect(result.json['error']).toBe(oauthCode);
  expect(typeof result.json['error_description']).toBe('string');
  expect(result.json['outcome']['resourceType']).toBe('OperationOutcome');
  expect(result.json['outcome']['issue'][0].details.coding[0]).toEqual({ system: 'urn:ietf:rfc:6749', code: oauthCode });
}

describe('before any token was issued', () => {
  // Runs first: the signing key does not exist yet, and only the token endpoint may create it.
  test('a bearer token is a 401, not an error', async () => {
    const forged = `${base64url.encode('{"alg":"HS256","typ":"at+jwt"}')}.${base64url.encode('{"sub":"dev-admin"}')}.${base64url.encode('x')}`;
    const response = await fetch(`${stack.info.fhirBase}/Patient/x`, { headers: { Authorization: `Bearer ${forged}` } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('invalid_token');
  });
});

describe('discovery', () => {
  test('smart-configuration advertises the token endpoint and asymmetric client auth without a token', async () => {
    const response = await fetch(`${stack.info.fhirBase}/.well-known/smart-configuration`);
    expect(response.status).toBe(200);
    const config = (await response.json()) as Record<string, unknown>;
    expect(config['token_endpoint']).toBe(stack.info.tokenUrl);
    expect(config['token_endpoint_auth_methods_supported']).toEqual(['private_key_jwt']);
    expect(config['token_endpoint_auth_signing_alg_values_supported']).toEqual(['RS384', 'ES384']);
    expect(config['capabilities']).toContain('client-confidential-asymmetric');
  });

  test('metadata is a CapabilityStatement for FHIR 4.0.1 with SMART security, served without a token', async () => {
    const response = await fetch(`${stack.info.fhirBase}/metadata`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    const statement = (await response.json()) as any;
    expect(statement.resourceType).toBe('CapabilityStatement');
    expect(statement.fhirVersion).toBe('4.0.1');
    expect(statement.format).toEqual(['json']);
    expect(statement.rest[0].security.service[0].coding[0].code).toBe('SMART-on-FHIR');
    expect(statement.rest[0].security.extension[0].extension).toEqual([{ url: 'token', valueUri: stack.info.tokenUrl }]);
    // What is served, and nothing else: transaction and batch, read, vread, history and update of
    // every storable type, Bundle create (collection/document), the Patient operations, and the
    // searches inside a patient's compartment.
    expect(statement.rest[0].interaction).toEqual([{ code: 'transaction' }, { code: 'batch' }]);
    const resources = statement.rest[0].resource as { type: string; interaction?: { code: string }[]; operation?: { name: string }[] }[];
    expect(resources).toHaveLength(145);
    expect(resources.every((resource) => resource.interaction?.some((interaction) => interaction.code === 'read'))).toBe(true);
    expect(resources.find((resource) => resource.type === 'Bundle')!.interaction!.map((interaction) => interaction.code).sort()).toEqual(['create', 'history-instance', 'read', 'vread']);
    expect(resources.find((resource) => resource.type === 'Patient')!.operation!.map((operation) => operation.name).sort()).toEqual(['enrollment-code', 'erase', 'everything', 'export', 'recovery-code']);
    // Update (PUT Type/id, PUT Type?criteria) for every type but Bundle; no delete.
    expect(resources.some((resource) => resource.interaction?.some((interaction) => interaction.code === 'delete'))).toBe(false);
    expect(resources.filter((resource) => !resource.interaction?.some((interaction) => interaction.code === 'update')).map((resource) => resource.type)).toEqual(['Bundle']);
    const searchable = resources.filter((resource) => resource.interaction?.some((interaction) => interaction.code === 'search-type')).map((resource) => resource.type);
    expect(searchable).toEqual(expect.arrayContaining(['AuditEvent', 'Consent', 'Observation', 'Patient']));
    const consent = resources.find((resource) => resource.type === 'Consent') as { searchParam?: { name: string; type: string }[] };
    expect(consent.searchParam).toEqual([{ name: 'patient', type: 'reference', definition: 'http://hl7.org/fhir/SearchParameter/clinical-patient' }]);
  });
});

describe('token endpoint', () => {
  test('an ES384 assertion is exchanged for a short-lived bearer token with the granted scopes', async () => {
    const result = await tokenWith(providerA);
    expect(result.status).toBe(200);
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect(result.json).toMatchObject({ token_type: 'bearer', expires_in: 300, scope: 'system/*.cruds' });
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(result.json['access_token'].split('.')[1])));
    expect(claims).toMatchObject({ sub: 'dev-provider-a', role: 'provider', provider: 'dev-hospital-a', aud: stack.info.fhirBase });
    expect(claims.exp - claims.iat).toBe(300);
  });

  test('an RS384 assertion works too, and the token is accepted by the API', async () => {
    const result = await tokenWith(providerB);
    expect(result.status).toBe(200);
    const token = result.json['access_token'];
    const withToken = await fetch(`${stack.info.fhirBase}/Patient/x`, { headers: { Authorization: `Bearer ${token}` } });
    const without = await fetch(`${stack.info.fhirBase}/Patient/x`);
    // Authenticated: past the 401 and into routing (no Patient read exists yet).
    expect(without.status).toBe(401);
    expect(withToken.status).toBe(404);
  });

  test('requested scopes are narrowed to what the client is registered for', async () => {
    const research = await stack.credentials('dev-research');
    const result = await tokenWith(research, {}, 'system/*.cruds system/Patient.rs');
    expect(result.status).toBe(200);
    expect(result.json['scope']).toBe('system/*.rs system/Patient.rs');
  });

  test('scopes the client may not have at all are refused with invalid_scope', async () => {
    const research = await stack.credentials('dev-research');
    expectRefused(await tokenWith(research, {}, 'system/Patient.cud'), 400, 'invalid_scope');
  });

  test('an expired assertion is refused', async () => {
    expectRefused(await tokenWith(providerA, { expiresIn: -120 }), 401, 'invalid_client');
  });

  test('an assertion expiring more than five minutes ahead is refused', async () => {
    expectRefused(await tokenWith(providerA, { expiresIn: 3600 }), 401, 'invalid_client');
  });

  test('an assertion for another audience is refused', async () => {
    expectRefused(await tokenWith(providerA, { aud: 'https://other.example.org/token' }), 401, 'invalid_client');
  });

  test('an assertion whose sub differs from iss is refused', async () => {
    expectRefused(await tokenWith(providerA, { sub: 'dev-provider-b' }), 401, 'invalid_client');
  });

  test('a replayed jti is refused the second time', async () => {
    const jti = randomUUID();
    expect((await tokenWith(providerA, { jti })).status).toBe(200);
    expectRefused(await tokenWith(providerA, { jti }), 401, 'invalid_client');
  });

  test('a replayed assertion, byte for byte, is refused', async () => {
    const assertion = await signClientAssertion(providerA);
    expect((await postToken(tokenRequestBody(assertion, 'system/*.rs'))).status).toBe(200);
    expectRefused(await postToken(tokenRequestBody(assertion, 'system/*.rs')), 401, 'invalid_client');
  });

  test('an unknown client is refused', async () => {
    expectRefused(await tokenWith({ ...providerA, clientId: 'nobody-here' }), 401, 'invalid_client');
  });

  test("an assertion signed with another client's key is refused", async () => {
    expectRefused(await tokenWith({ ...providerB, clientId: 'dev-provider-a' }), 401, 'invalid_client');
  });

  test('an unsigned assertion (alg none) is refused', async () => {
    const now = Math.floor(Date.now() / 1000);
    const encode = (value: object) => base64url.encode(JSON.stringify(value));
    const claims = { iss: 'dev-provider-a', sub: 'dev-provider-a', aud: stack.info.tokenUrl, jti: randomUUID(), iat: now, exp: now + 120 };
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
    expectRefused(await postToken(tokenRequestBody(unsigned, 'system/*.rs')), 401, 'invalid_client');
  });

  test('an HS256 assertion keyed with the public key (algorithm confusion) is refused', async () => {
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = providerB.privateJwk;
    const pem = createPublicKey({ key: publicJwk as JWK & { kty: string }, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', kid: providerB.privateJwk.kid! })
      .setIssuer('dev-provider-b')
      .setSubject('dev-provider-b')
      .setAudience(stack.info.tokenUrl)
      .setJti(randomUUID())
      .setIssuedAt(now)
      .setExpirationTime(now + 120)
      .sign(new TextEncoder().encode(pem.toString()));
    expectRefused(await postToken(tokenRequestBody(forged, 'system/*.rs')), 401, 'invalid_client');
  });

  test('a request without the jwt-bearer assertion type or with another grant type is a 400', async () => {
    const assertion = await signClientAssertion(providerA);
    const body = tokenRequestBody(assertion, 'system/*.rs');
    body.set('grant_type', 'password');
    expectRefused(await postToken(body), 400, 'unsupported_grant_type');
    body.set('grant_type', 'client_credentials');
    body.delete('client_assertion_type');
    expectRefused(await postToken(body), 400, 'invalid_request');
  });

  test('a token request that is not a form is a 415, answered as an OAuth error', async () => {
    const result = await postToken(JSON.stringify({ grant_type: 'client_credentials' }), 'application/json');
    expect(result.status).toBe(415);
    expect(result.json['error']).toBe('invalid_request');
    expect(result.json['outcome']['issue'][0].code).toBe('not-supported');
  });

  test('GET on the token endpoint is a 405 (Allow: POST) with an OAuth error body', async () => {
    const response = await fetch(stack.info.tokenUrl);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(((await response.json()) as Record<string, unknown>)['error']).toBe('invalid_request');
  });

  test('scopes naming a resource type that does not exist are refused (invalid_scope); known ones are granted', async () => {
    const credentials = await stack.credentials('dev-provider-a');
    const refused = await tokenWith(credentials, {}, 'system/Patient.rs system/Patientt.rs');
    expectRefused(refused, 400, 'invalid_scope');
    expect(refused.json['error_description']).toContain('Patientt');
    const granted = await tokenWith(credentials, {}, 'system/Patient.rs system/Observation.rs');
    expect(granted.status).toBe(200);
    expect(granted.json['scope']).toBe('system/Patient.rs system/Observation.rs');
  });
});

describe('suspension', () => {
  test('a suspended client gets no token (403) and its earlier tokens stop working (403)', async () => {
    const admin = await stack.token('dev-admin');
    const { privateKey, publicKey } = await generateKeyPair('ES384', { extractable: true });
    const publicJwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES384' };
    const privateJwk = { ...(await exportJWK(privateKey)), kid: 'k1', alg: 'ES384' };
    const register = (status: string) =>
      fetch(`${stack.info.adminBase}/clients/test-clinic`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ role: 'provider', providerId: 'test-clinic', status, scopes: ['system/*.rs'], jwks: { keys: [publicJwk] } }),
      });
    expect((await register('active')).status).toBe(201);
    const credentials = { clientId: 'test-clinic', tokenUrl: stack.info.tokenUrl, privateJwk };
    const before = await tokenWith(credentials, {}, 'system/*.rs');
    expect(before.status).toBe(200);
    const earlierToken = before.json['access_token'];

    expect((await register('suspended')).status).toBe(200);
    expectRefused(await tokenWith(credentials, {}, 'system/*.rs'), 403, 'unauthorized_client');
    const use = await fetch(`${stack.info.fhirBase}/Patient/x`, { headers: { Authorization: `Bearer ${earlierToken}` } });
    expect(use.status).toBe(403);
    expect(((await use.json()) as any).issue[0].code).toBe('forbidden');
  });
});

describe('bearer tokens on FHIR endpoints', () => {
  test('the Bearer scheme is case-insensitive: the server itself writes token_type "bearer"', async () => {
    const token = await stack.token('dev-provider-a');
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      const response = await fetch(`${stack.info.fhirBase}/metadata`, { headers: { Authorization: `${scheme} ${token}` } });
      expect(response.status).toBe(200);
      const read = await fetch(`${stack.info.fhirBase}/Patient/not-stored-here`, { headers: { Authorization: `${scheme} ${token}` } });
      expect(read.status).toBe(404);
    }
  });

  test('a tampered token is a 401 with WWW-Authenticate invalid_token', async () => {
    const token = await stack.token('dev-provider-a');
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload!)));
    const tampered = `${header}.${base64url.encode(JSON.stringify({ ...claims, role: 'admin' }))}.${signature}`;
    const response = await fetch(`${stack.info.adminBase}/clients`, { headers: { Authorization: `Bearer ${tampered}` } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('invalid_token');
    expect(((await response.json()) as any).resourceType).toBe('OperationOutcome');
  });

  test('a token signed with some other key is a 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const foreign = await new SignJWT({ scope: 'system/*.cruds', role: 'admin' })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
      .setIssuer(stack.info.fhirBase)
      .setAudience(stack.info.fhirBase)
      .setSubject('dev-admin')
      .setJti(randomUUID())
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .sign(crypto.getRandomValues(new Uint8Array(32)));
    const response = await fetch(`${stack.info.adminBase}/clients`, { headers: { Authorization: `Bearer ${foreign}` } });
    expect(response.status).toBe(401);
  });

  test('a provider token on an admin endpoint is a 403', async () => {
    const response = await fetch(`${stack.info.adminBase}/clients`, { headers: { Authorization: `Bearer ${await stack.token('dev-provider-a')}` } });
    expect(response.status).toBe(403);
    expect(((await response.json()) as any).issue[0].code).toBe('forbidden');
  });
});

describe('logs', () => {
  test('no token, assertion or private key material is ever logged', async () => {
    expect(issuedSecrets.length).toBeGreaterThan(10);
    for (const secret of issuedSecrets) expect(stack.output).not.toContain(secret);
    for (const credentials of [providerA, providerB]) expect(stack.output).not.toContain(credentials.privateJwk.d!);
    // And the request log is there: one JSON line per request, with status and duration.
    const lines = stack.output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    const tokenRequests = lines.filter((line) => line.route === 'POST /fhir/auth/token');
    expect(tokenRequests.length).toBeGreaterThan(10);
    expect(tokenRequests[0]).toMatchObject({ level: 'INFO', message: 'request', method: 'POST' });
    expect(typeof tokenRequests[0].durationMs).toBe('number');
    expect(typeof tokenRequests[0].requestId).toBe('string');
  });
});
