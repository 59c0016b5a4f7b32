import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAccessToken } from '../../functions/access/access-token.ts';
import { loadWrappedSecret } from '../../functions/access/wrapped-secret.ts';
import { purposeExtensions, signClientAssertion, tokenRequestBody } from '../../functions/cli/smart-client.ts';
import type { ClientCredentials } from '../../functions/cli/smart-client.ts';
import { EXCHANGE_KEY_ALIAS } from '../../infra/local/provision.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { StoreInspector } from '../support/vault-inspection.ts';

/**
 * Purpose of use in the access token (UDAP / HL7 B2B `hl7-b2b` extension of the client
 * assertion) and who may ask for break-glass (the `emergencyAccess` flag of a registration),
 * against the local stack.
 */

let stack: StackProcess;
let providerA: ClientCredentials;
let providerB: ClientCredentials;
let research: ClientCredentials;
let admin: string;
/** Every reason sent to the exchange, accepted or refused: none may show up in its output. */
const reasonsSent: string[] = [];

beforeAll(async () => {
  stack = await StackProcess.start();
  [providerA, providerB, research] = await Promise.all([stack.credentials('dev-provider-a'), stack.credentials('dev-provider-b'), stack.credentials('dev-research')]);
  admin = await stack.token('dev-admin');
});
afterAll(async () => {
  await stack?.dispose();
});

/** A reason unique to this run, so that finding it in the logs cannot be a coincidence. */
function reason(text: string): string {
  const unique = `${text} (case ${randomUUID()})`;
  reasonsSent.push(unique);
  return unique;
}

async function askToken(credentials: ClientCredentials, extensions?: Record<string, unknown>, scope = 'system/*.rs') {
  const assertion = await signClientAssertion(credentials, extensions ? { extensions } : {});
  const response = await fetch(stack.info.tokenUrl, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: tokenRequestBody(assertion, scope).toString() });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The principal the exchange's functions make of a token, verified with the exchange's own signing key. */
async function principalOf(token: string) {
  const { region, kms: kmsEndpoint, dynamodb } = stack.info.services;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const kms = new KMSClient({ region, endpoint: kmsEndpoint, credentials });
  const dynamo = new DynamoDBClient({ region, endpoint: dynamodb, credentials });
  try {
    const key = await loadWrappedSecret({ kms, documents: DynamoDBDocumentClient.from(dynamo), table: StoreInspector.table('keys'), kmsKeyId: EXCHANGE_KEY_ALIAS }, 'access-token-signing-key', { create: false });
    return await verifyAccessToken(key!, { issuer: stack.info.fhirBase, audience: stack.info.fhirBase }, token);
  } finally {
    kms.destroy();
    dynamo.destroy();
  }
}

function expectRefused(result: { status: number; json: Record<string, any> }, oauthCode: string, expression: string) {
  expect(result.status).toBe(400);
  expect(result.json['access_token']).toBeUndefined();
  expect(result.json['error']).toBe(oauthCode);
  expect(result.json['outcome']['resourceType']).toBe('OperationOutcome');
  const [issue] = result.json['outcome']['issue'];
  expect(issue.details.coding).toEqual([{ system: 'urn:ietf:rfc:6749', code: oauthCode }]);
  expect(issue.expression).toEqual([expression]);
  return issue;
}

async function registerClient(clientId: string, registration: Record<string, unknown>) {
  const response = await fetch(`${stack.info.adminBase}/clients/${clientId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(registration),
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

async function newKeyPair(): Promise<{ publicJwk: JWK; privateJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('ES384', { extractable: true });
  return { publicJwk: { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES384' }, privateJwk: { ...(await exportJWK(privateKey)), kid: 'k1', alg: 'ES384' } };
}

const PURPOSE = 'extensions.hl7-b2b.purpose_of_use';
const REASON = 'extensions.fhir-exchange.reason';

describe('the purpose of use in the token', () => {
  test('without a purpose asked, a provider token carries TREAT and a research token HRESCH', async () => {
    const [provider, portal] = await Promise.all([askToken(providerA), askToken(research)]);
    expect(provider.status).toBe(200);
    expect(portal.status).toBe(200);
    expect(claimsOf(provider.json['access_token'])).toMatchObject({ purpose_of_use: 'TREAT' });
    expect(claimsOf(provider.json['access_token'])).not.toHaveProperty('btg_reason');
    expect(claimsOf(portal.json['access_token'])).toMatchObject({ purpose_of_use: 'HRESCH' });
    expect(await principalOf(provider.json['access_token'])).toMatchObject({ kind: 'provider', providerId: 'dev-hospital-a', purposeOfUse: 'TREAT' });
    expect(await principalOf(portal.json['access_token'])).toMatchObject({ kind: 'research', purposeOfUse: 'HRESCH' });
  });

  test.each([
    ['the ActReason OID URI (UDAP)', 'urn:oid:2.16.840.1.113883.5.8#TREAT', 'TREAT'],
    ['the plain v3 code', 'HOPERAT', 'HOPERAT'],
    ['the ActReason canonical URI', 'http://terminology.hl7.org/CodeSystem/v3-ActReason#PATRQT', 'PATRQT'],
  ])('a purpose given as %s is granted', async (_, code, expected) => {
    const result = await askToken(providerA, { 'hl7-b2b': { version: '1', purpose_of_use: [code] } });
    expect(result.status).toBe(200);
    expect(claimsOf(result.json['access_token'])['purpose_of_use']).toBe(expected);
    expect(await principalOf(result.json['access_token'])).toMatchObject({ kind: 'provider', purposeOfUse: expected });
  });

  test('an unknown purpose is a 400 invalid_request naming extensions.hl7-b2b.purpose_of_use', async () => {
    const issue = expectRefused(await askToken(providerA, { 'hl7-b2b': { version: '1', purpose_of_use: ['urn:oid:2.16.840.1.113883.5.8#HPAYMT'] } }), 'invalid_request', PURPOSE);
    expect(issue.code).toBe('invalid');
    expect(issue.details.text).toContain('TREAT');
  });

  test('two purposes in one request are a 400', async () => {
    expectRefused(await askToken(providerA, { 'hl7-b2b': { version: '1', purpose_of_use: ['TREAT', 'HOPERAT'] } }), 'invalid_request', PURPOSE);
  });

  test('a research client asking TREAT, or BTG, gets no token (400 invalid_scope)', async () => {
    expectRefused(await askToken(research, purposeExtensions({ purposeOfUse: 'TREAT' })), 'invalid_scope', PURPOSE);
    expectRefused(await askToken(research, purposeExtensions({ purposeOfUse: 'BTG', reason: reason('research break-glass') })), 'invalid_scope', PURPOSE);
  });

  test('a provider asking HRESCH gets no token (400 invalid_scope)', async () => {
    expectRefused(await askToken(providerA, purposeExtensions({ purposeOfUse: 'HRESCH' })), 'invalid_scope', PURPOSE);
  });
});

describe('break-glass', () => {
  test('BTG without a reason is a 400 invalid_request naming the reason', async () => {
    expectRefused(await askToken(providerA, purposeExtensions({ purposeOfUse: 'BTG' })), 'invalid_request', REASON);
    expectRefused(await askToken(providerA, purposeExtensions({ purposeOfUse: 'urn:oid:2.16.840.1.113883.5.8#ETREAT', reason: '   ' })), 'invalid_request', REASON);
  });

  test('a reason with a purpose that is not break-glass is a 400', async () => {
    expectRefused(await askToken(providerA, purposeExtensions({ purposeOfUse: 'TREAT', reason: reason('not needed') })), 'invalid_request', REASON);
  });

  test('BTG with the emergency permission and a reason: a token whose principal has purpose BTG and the reason', async () => {
    const why = reason('unconscious on arrival, no consent on file');
    const result = await askToken(providerB, purposeExtensions({ purposeOfUse: 'BTG', reason: `  ${why}  ` }));
    expect(result.status).toBe(200);
    const token = result.json['access_token'];
    expect(claimsOf(token)).toMatchObject({ purpose_of_use: 'BTG', btg_reason: why, provider: 'dev-clinic-b' });
    expect(await principalOf(token)).toMatchObject({ kind: 'provider', providerId: 'dev-clinic-b', purposeOfUse: 'BTG', emergencyReason: why });
    // The API takes it: authenticated, past 401 and 403, into routing.
    const response = await fetch(`${stack.info.fhirBase}/Patient/x`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
  });

  test('ETREAT, as the UDAP URI, works the same way', async () => {
    const why = reason('cardiac arrest in the emergency department');
    const result = await askToken(providerA, purposeExtensions({ purposeOfUse: 'urn:oid:2.16.840.1.113883.5.8#ETREAT', reason: why }));
    expect(result.status).toBe(200);
    expect(await principalOf(result.json['access_token'])).toMatchObject({ purposeOfUse: 'ETREAT', emergencyReason: why });
  });
});

describe('the emergency permission in the client registry', () => {
  test('the seeded providers have it; the research and admin clients do not', async () => {
    const response = await fetch(`${stack.info.adminBase}/clients`, { headers: { Authorization: `Bearer ${admin}` } });
    const { clients } = (await response.json()) as { clients: { clientId: string; emergencyAccess: boolean }[] };
    expect(Object.fromEntries(clients.map((client) => [client.clientId, client.emergencyAccess]))).toEqual({
      'dev-admin': false,
      'dev-provider-a': true,
      'dev-provider-b': true,
      'dev-research': false,
    });
  });

  test('a provider without the flag asking BTG gets no token; the admin sets the flag, then clears it', async () => {
    const { publicJwk, privateJwk } = await newKeyPair();
    const registration = { role: 'provider', providerId: 'test-er-clinic', scopes: ['system/*.rs'], jwks: { keys: [publicJwk] } };
    const credentials = { clientId: 'test-er-clinic', tokenUrl: stack.info.tokenUrl, privateJwk };
    const breakGlass = () => askToken(credentials, purposeExtensions({ purposeOfUse: 'BTG', reason: reason('sepsis, patient confused') }));

    // Registered without the flag: false, and no break-glass token.
    const created = await registerClient('test-er-clinic', registration);
    expect(created.status).toBe(201);
    expect(created.json['emergencyAccess']).toBe(false);
    const refused = expectRefused(await breakGlass(), 'invalid_scope', PURPOSE);
    expect(refused.code).toBe('forbidden');
    expect(refused.details.text).toContain('emergency access');
    // Its treatment tokens are unaffected.
    expect((await askToken(credentials)).status).toBe(200);

    // The admin sets it: a break-glass token.
    const set = await registerClient('test-er-clinic', { ...registration, emergencyAccess: true });
    expect(set.status).toBe(200);
    expect(set.json['emergencyAccess']).toBe(true);
    const granted = await breakGlass();
    expect(granted.status).toBe(200);
    const earlierToken = granted.json['access_token'];
    expect((await fetch(`${stack.info.fhirBase}/Patient/x`, { headers: { Authorization: `Bearer ${earlierToken}` } })).status).toBe(404);

    // The admin clears it (a PUT without it replaces the registration): no new break-glass token,
    // and the one already issued stops working.
    const cleared = await registerClient('test-er-clinic', registration);
    expect(cleared.status).toBe(200);
    expect(cleared.json['emergencyAccess']).toBe(false);
    const got = await fetch(`${stack.info.adminBase}/clients/test-er-clinic`, { headers: { Authorization: `Bearer ${admin}` } });
    expect(((await got.json()) as any).emergencyAccess).toBe(false);
    expectRefused(await breakGlass(), 'invalid_scope', PURPOSE);
    const use = await fetch(`${stack.info.fhirBase}/Patient/x`, { headers: { Authorization: `Bearer ${earlierToken}` } });
    expect(use.status).toBe(403);
    expect(((await use.json()) as any).issue[0].code).toBe('forbidden');
  });

  test('the flag is refused on a research client and on an admin client, naming it', async () => {
    const { publicJwk } = await newKeyPair();
    for (const role of ['research', 'admin']) {
      const result = await registerClient(`test-${role}-flag`, { role, scopes: ['system/*.rs'], jwks: { keys: [publicJwk] }, emergencyAccess: true });
      expect(result.status).toBe(400);
      expect(result.json['resourceType']).toBe('OperationOutcome');
      expect(result.json['issue'].map((issue: any) => issue.expression[0])).toEqual(['ClientRegistration.emergencyAccess']);
    }
    const missing = await fetch(`${stack.info.adminBase}/clients/test-research-flag`, { headers: { Authorization: `Bearer ${admin}` } });
    expect(missing.status).toBe(404);
  });

  test('the flag must be a boolean', async () => {
    const { publicJwk } = await newKeyPair();
    const result = await registerClient('test-flag-type', { role: 'provider', providerId: 'test-flag-type', scopes: ['system/*.rs'], jwks: { keys: [publicJwk] }, emergencyAccess: 'yes' });
    expect(result.status).toBe(400);
    expect(result.json['issue'][0].expression).toEqual(['ClientRegistration.emergencyAccess']);
  });
});

describe('restarting on an existing data folder', () => {
  test('a dev provider registered before the flag existed gets it; one whose flag was cleared keeps it cleared', async () => {
    const { region, dynamodb } = stack.info.services;
    const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({ region, endpoint: dynamodb, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } }));
    try {
      const table = StoreInspector.table('clients');
      await dynamo.send(new UpdateCommand({ TableName: table, Key: { clientId: 'dev-provider-a' }, UpdateExpression: 'REMOVE emergencyAccess' }));
      await dynamo.send(new UpdateCommand({ TableName: table, Key: { clientId: 'dev-provider-b' }, UpdateExpression: 'SET emergencyAccess = :off', ExpressionAttributeValues: { ':off': false } }));
    } finally {
      dynamo.destroy();
    }
    await stack.restart();
    const response = await fetch(`${stack.info.adminBase}/clients`, { headers: { Authorization: `Bearer ${await stack.token('dev-admin')}` } });
    const { clients } = (await response.json()) as { clients: { clientId: string; emergencyAccess: boolean }[] };
    expect(clients.filter((client) => client.clientId.startsWith('dev-provider-')).map((client) => [client.clientId, client.emergencyAccess])).toEqual([
      ['dev-provider-a', true],
      ['dev-provider-b', false],
    ]);
  });
});

describe('logs', () => {
  test('no reason ever appears in the exchange\'s output, though the token requests are logged', async () => {
    expect(reasonsSent.length).toBeGreaterThanOrEqual(6);
    for (const sent of reasonsSent) {
      expect(stack.output).not.toContain(sent);
      // Not even the part that is the same in every run.
      expect(stack.output).not.toContain(sent.slice(0, sent.indexOf(' (case')));
    }
    const lines = stack.output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.filter((line) => line['route'] === 'POST /fhir/auth/token' && line['status'] === 400).length).toBeGreaterThanOrEqual(8);
    expect(lines.filter((line) => line['route'] === 'POST /fhir/auth/token' && line['status'] === 200).length).toBeGreaterThanOrEqual(8);
  });
});
