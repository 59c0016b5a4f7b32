import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, OperationOutcome, Patient, Practitioner, Resource } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dataDir } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';

/**
 * HTTP and content semantics as stock clients and browsers use them, on the local stack: the
 * trailing slash of the base, HEAD, CORS before authentication, conditional reads, content
 * negotiation, compression, Prefer, update and conditional update of one resource, the server's
 * own OperationDefinitions, and $validate with a profile the server does not have.
 */

const BULK = dataDir('bulk-ndjson-smart/10-patients');
const lines = <T extends Resource>(file: string): T[] =>
  readFileSync(join(BULK, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
const practitioners = lines<Practitioner>('Practitioner.000.ndjson');
const patients = lines<Patient>('Patient.000.ndjson');
const NPI = 'http://hl7.org/fhir/sid/us-npi';

let stack: StackProcess;
let token: string;

beforeAll(async () => {
  stack = await StackProcess.start();
  token = await stack.token('dev-provider-a');
}, 120_000);
afterAll(async () => {
  await stack?.dispose();
});

async function call(path: string, init: RequestInit & { auth?: boolean } = {}) {
  const headers = new Headers(init.headers);
  if (init.auth !== false) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(`${stack.info.fhirBase}${path}`, { ...init, headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? (JSON.parse(text) as any) : undefined };
}

const json = { 'Content-Type': 'application/fhir+json' };

describe('the base and HEAD', () => {
  test('POST [base]/ is POST [base]', async () => {
    const source = patients[2]!;
    const bundle: Bundle = { resourceType: 'Bundle', type: 'transaction', entry: [{ fullUrl: `urn:uuid:${source.id}`, resource: source, request: { method: 'PUT', url: `Patient/${source.id}` } }] };
    const answer = await call('/', { method: 'POST', headers: json, body: JSON.stringify(bundle) });
    expect(answer.status).toBe(200);
    expect(answer.json.type).toBe('transaction-response');
    expect(answer.json.entry[0].response.status).toBe('201 Created');
  });

  test('HEAD on GET routes: the headers of the GET, no body', async () => {
    const identity = { 'Accept-Encoding': 'identity' };
    const get = await call('/metadata', { headers: identity });
    const head = await call('/metadata', { method: 'HEAD', headers: identity });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(get.text)));
    const read = await call(`/Patient/${patients[2]!.id}`, { method: 'HEAD' });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('W/"1"');
    expect(read.text).toBe('');
  });
});

describe('CORS', () => {
  test('a preflight from the exchange\'s origin is answered before authentication; another origin gets a 403', async () => {
    const preflight = await call(`/Patient/${patients[2]!.id}`, { method: 'OPTIONS', auth: false, headers: { Origin: stack.origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(stack.origin);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    const stranger = await call('/metadata', { method: 'OPTIONS', auth: false, headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' } });
    expect(stranger.status).toBe(403);
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    const read = await call(`/Patient/${patients[2]!.id}`, { headers: { Origin: stack.origin } });
    expect(read.headers.get('access-control-allow-origin')).toBe(stack.origin);
    expect(read.headers.get('access-control-expose-headers')).toContain('ETag');
  });
});

describe('conditional reads', () => {
  test('If-None-Match with the current ETag is a 304; If-Modified-Since at Last-Modified too', async () => {
    const read = await call(`/Patient/${patients[2]!.id}`);
    const etag = read.headers.get('etag')!;
    const notModified = await call(`/Patient/${patients[2]!.id}`, { headers: { 'If-None-Match': etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.text).toBe('');
    expect((await call(`/Patient/${patients[2]!.id}`, { headers: { 'If-None-Match': 'W/"99"' } })).status).toBe(200);
    expect((await call(`/Patient/${patients[2]!.id}`, { headers: { 'If-Modified-Since': read.headers.get('last-modified')! } })).status).toBe(304);
    expect((await call(`/Patient/${patients[2]!.id}`, { headers: { 'If-Modified-Since': 'Thu, 01 Jan 2015 00:00:00 GMT' } })).status).toBe(200);
  });
});

describe('content negotiation and coding', () => {
  test('XML or another FHIR version is a 406 OperationOutcome; the CapabilityStatement says JSON only', async () => {
    for (const [path, headers] of [
      ['/metadata?_format=xml', {}],
      ['/metadata', { Accept: 'application/fhir+xml' }],
      [`/Patient/${patients[2]!.id}`, { Accept: 'application/fhir+json; fhirVersion=5.0' }],
    ] as const) {
      const answer = await call(path, { headers });
      expect(answer.status).toBe(406);
      expect(answer.json.resourceType).toBe('OperationOutcome');
    }
    expect((await call('/metadata')).json.format).toEqual(['json']);
  });

  test('Accept-Encoding: gzip or br compresses the answer', async () => {
    for (const coding of ['gzip', 'br']) {
      const response = await fetch(`${stack.info.fhirBase}/metadata`, { headers: { 'Accept-Encoding': coding } });
      expect(response.headers.get('content-encoding')).toBe(coding);
      expect(((await response.json()) as { resourceType: string }).resourceType).toBe('CapabilityStatement');
    }
  });
});

describe('update and conditional update of one resource', () => {
  test('PUT [base]/Practitioner/id creates (201) then updates (200); Prefer decides the body', async () => {
    const practitioner = practitioners[9]!;
    const created = await call(`/Practitioner/${practitioner.id}`, { method: 'PUT', headers: json, body: JSON.stringify(practitioner) });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${stack.info.fhirBase}/Practitioner/${practitioner.id}/_history/1`);
    expect(created.json).toMatchObject({ resourceType: 'Practitioner', id: practitioner.id, meta: { versionId: '1' } });

    const minimal = await call(`/Practitioner/${practitioner.id}`, { method: 'PUT', headers: { ...json, Prefer: 'return=minimal' }, body: JSON.stringify({ ...practitioner, active: false }) });
    expect(minimal.status).toBe(200);
    expect(minimal.text).toBe('');
    expect(minimal.headers.get('etag')).toBe('W/"2"');

    const asOutcome = await call(`/Practitioner/${practitioner.id}`, { method: 'PUT', headers: { ...json, Prefer: 'return=OperationOutcome' }, body: JSON.stringify({ ...practitioner, active: true }) });
    expect(asOutcome.json.resourceType).toBe('OperationOutcome');
    expect(asOutcome.headers.get('etag')).toBe('W/"3"');

    const wrongId = await call(`/Practitioner/${practitioner.id}`, { method: 'PUT', headers: json, body: JSON.stringify({ ...practitioner, id: 'another' }) });
    expect(wrongId.status).toBe(400);
    expect((wrongId.json as OperationOutcome).issue[0]!.expression).toEqual(['Practitioner.id']);
  });

  test('PUT [base]/Practitioner?identifier=… updates the one match, or creates', async () => {
    const practitioner = practitioners[9]!;
    const npi = practitioner.identifier!.find((identifier) => identifier.system === NPI)!.value!;
    const { id: _id, ...withoutId } = practitioner;
    const updated = await call(`/Practitioner?identifier=${encodeURIComponent(`${NPI}|${npi}`)}`, { method: 'PUT', headers: json, body: JSON.stringify({ ...withoutId, gender: 'unknown' }) });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id: practitioner.id, gender: 'unknown', meta: { versionId: '4' } });
  });
});

describe('operations', () => {
  test('every operation the CapabilityStatement links at this server has a readable OperationDefinition', async () => {
    const statement = (await call('/metadata')).json;
    const rest = statement.rest[0];
    const definitions = new Set<string>([...(rest.operation ?? []), ...rest.resource.flatMap((resource: any) => resource.operation ?? [])].map((operation: any) => operation.definition));
    const own = [...definitions].filter((definition) => definition.startsWith(`${stack.info.fhirBase}/`));
    expect(own.length).toBeGreaterThanOrEqual(4);
    for (const definition of own) {
      const response = await fetch(definition);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { resourceType: string; url: string })).toMatchObject({ resourceType: 'OperationDefinition', url: definition });
    }
  });

  test('$validate?profile= for a profile the server does not have is a warning, never "No issues found"', async () => {
    const patient = patients[0]!;
    const plain = await call('/Patient/$validate', { method: 'POST', headers: json, body: JSON.stringify(patient) });
    expect(plain.status).toBe(200);
    expect(plain.json.issue.filter((issue: any) => issue.severity === 'error')).toEqual([]);
    const notHad = (answer: typeof plain) => answer.json.issue.filter((issue: any) => issue.code === 'not-supported' && issue.severity === 'warning' && issue.expression?.[0] === 'profile');
    expect(notHad(plain)).toEqual([]);
    const profiled = await call(`/Patient/$validate?profile=${encodeURIComponent('http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient')}`, { method: 'POST', headers: json, body: JSON.stringify(patient) });
    expect(profiled.status).toBe(200);
    expect(notHad(profiled)).toHaveLength(1);
    expect(profiled.text).not.toContain('No issues found');
    const base = await call(`/Patient/$validate?profile=${encodeURIComponent('http://hl7.org/fhir/StructureDefinition/Patient')}`, { method: 'POST', headers: json, body: JSON.stringify(patient) });
    expect(notHad(base)).toEqual([]);
  });
});
