import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, BundleEntry, Group, OperationOutcome, Patient, Practitioner, Resource } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dataDir } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { StoreInspector } from '../support/vault-inspection.ts';

/**
 * FHIR transaction and batch semantics of the ingest, on the local stack, with resources from the
 * bulk 10-patients export: conditional create (`ifNoneExist`), conditional update, transaction
 * atomicity, per-entry batch answers, methods that store nothing, and where a record naming
 * several patients is filed.
 */

const NPI = 'http://hl7.org/fhir/sid/us-npi';
const BULK = dataDir('bulk-ndjson-smart/10-patients');
const lines = <T extends Resource>(file: string): T[] =>
  readFileSync(join(BULK, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);

const practitioners = lines<Practitioner>('Practitioner.000.ndjson');
const patients = lines<Patient>('Patient.000.ndjson');

let stack: StackProcess;
let store: StoreInspector;
let token: string;

/** A response Bundle, or the OperationOutcome of a failed request. */
type Answer = { resourceType: string; entry?: BundleEntry[]; issue: OperationOutcome['issue'] };

async function post(bundle: Bundle): Promise<{ status: number; body: Answer }> {
  const response = await fetch(stack.info.fhirBase, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' }, body: JSON.stringify(bundle) });
  return { status: response.status, body: (await response.json()) as Answer };
}

async function read(reference: string): Promise<{ status: number; etag: string | null; body: Resource }> {
  const response = await fetch(`${stack.info.fhirBase}/${reference}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, etag: response.headers.get('etag'), body: (await response.json()) as Resource };
}

const batch = (entry: BundleEntry[]): Bundle => ({ resourceType: 'Bundle', type: 'batch', entry });
const transaction = (entry: BundleEntry[]): Bundle => ({ resourceType: 'Bundle', type: 'transaction', entry });
const npiOf = (practitioner: Practitioner) => practitioner.identifier!.find((identifier) => identifier.system === NPI)!.value!;

beforeAll(async () => {
  stack = await StackProcess.start();
  store = new StoreInspector(stack.info);
  token = await stack.token('dev-provider-a');
});

afterAll(async () => {
  store?.destroy();
  await stack?.dispose();
});

describe('conditional create and update', () => {
  test('ifNoneExist answers the stored match (200, its location) and stores nothing; without a match it creates', async () => {
    const [first, second] = practitioners as [Practitioner, Practitioner];
    const created = await post(batch([{ fullUrl: `urn:uuid:${first.id}`, resource: first, request: { method: 'PUT', url: `Practitioner/${first.id}` } }]));
    expect(created.body.entry![0]!.response).toMatchObject({ status: '201 Created', location: `Practitioner/${first.id}/_history/1` });

    const before = await store.snapshot();
    const { id: _id, ...withoutId } = first;
    const again = await post(batch([{ resource: withoutId as Practitioner, request: { method: 'POST', url: 'Practitioner', ifNoneExist: `identifier=${NPI}|${npiOf(first)}` } }]));
    expect(again.status).toBe(200);
    expect(again.body.entry![0]!.response).toMatchObject({ status: '200 OK', location: `Practitioner/${first.id}/_history/1`, etag: 'W/"1"' });
    expect(await store.snapshot()).toEqual(before);

    const { id: _second, ...newOne } = second;
    const fresh = await post(batch([{ resource: newOne as Practitioner, request: { method: 'POST', url: 'Practitioner', ifNoneExist: `identifier=${NPI}|${npiOf(second)}` } }]));
    expect(fresh.body.entry![0]!.response!.status).toBe('201 Created');
    expect(fresh.body.entry![0]!.response!.location).toMatch(/^Practitioner\/[0-9a-f-]{36}\/_history\/1$/);
  });

  test('a conditional update updates the one match (version 2), and creates when nothing matches', async () => {
    const [first] = practitioners as [Practitioner];
    const { id: _id, ...changed } = { ...first, active: false };
    const updated = await post(batch([{ resource: changed as Practitioner, request: { method: 'PUT', url: `Practitioner?identifier=${NPI}|${npiOf(first)}` } }]));
    expect(updated.body.entry![0]!.response).toMatchObject({ status: '200 OK', location: `Practitioner/${first.id}/_history/2`, etag: 'W/"2"' });
    const now = await read(`Practitioner/${first.id}`);
    expect(now.etag).toBe('W/"2"');
    expect((now.body as Practitioner).active).toBe(false);
    expect(((await read(`Practitioner/${first.id}/_history/1`)).body as Practitioner).active).toBe(first.active);

    const third = practitioners[2]!;
    const { id: _third, ...unmatched } = third;
    const created = await post(batch([{ resource: unmatched as Practitioner, request: { method: 'PUT', url: `Practitioner?identifier=${NPI}|${npiOf(third)}` } }]));
    expect(created.body.entry![0]!.response!.status).toBe('201 Created');
  });

  test('criteria the exchange cannot evaluate are refused for that entry, naming it', async () => {
    const answer = await post(batch([{ resource: practitioners[3]!, request: { method: 'POST', url: 'Practitioner', ifNoneExist: 'name=Smith' } }]));
    expect(answer.body.entry![0]!.response!.status).toBe('400 Bad Request');
    expect((answer.body.entry![0]!.response!.outcome as OperationOutcome).issue[0]!.expression).toEqual(['Bundle.entry[0].request.ifNoneExist']);
  });
});

describe('transactions and batches', () => {
  const patient = () => patients[0]!;
  const orphanObservation = {
    resourceType: 'Observation',
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '8302-2' }] },
    subject: { reference: 'Patient/not-sent-by-this-provider' },
    valueQuantity: { value: 180, unit: 'cm', system: 'http://unitsofmeasure.org', code: 'cm' },
  } as Resource;

  test('a transaction is all or nothing: one unresolvable patient fails it whole and stores nothing', async () => {
    const before = await store.snapshot();
    const answer = await post(
      transaction([
        { fullUrl: `urn:uuid:${patient().id}`, resource: patient(), request: { method: 'PUT', url: `Patient/${patient().id}` } },
        { fullUrl: 'urn:uuid:6f1c4f2e-0000-4000-8000-000000000001', resource: orphanObservation, request: { method: 'POST', url: 'Observation' } },
      ]),
    );
    expect(answer.status).toBe(404);
    expect(answer.body.resourceType).toBe('OperationOutcome');
    expect(answer.body.issue[0]!.expression).toEqual(['Bundle.entry[1].resource']);
    expect(await store.snapshot()).toEqual(before);
    expect((await read(`Patient/${patient().id}`)).status).toBe(404);
  });

  test('a batch answers entry by entry: the good entries are stored, the bad ones say why', async () => {
    const answer = await post(
      batch([
        { fullUrl: `urn:uuid:${patient().id}`, resource: patient(), request: { method: 'PUT', url: `Patient/${patient().id}` } },
        { resource: orphanObservation, request: { method: 'POST', url: 'Observation' } },
        { request: { method: 'DELETE', url: `Patient/${patient().id}` } },
        { request: { method: 'GET', url: `Patient/${patient().id}` } },
      ]),
    );
    expect(answer.status).toBe(200);
    const statuses = answer.body.entry!.map((entry) => entry.response!.status);
    expect(statuses).toEqual(['201 Created', '404 Not Found', '405 Method Not Allowed', '405 Method Not Allowed']);
    expect((answer.body.entry![1]!.response!.outcome as OperationOutcome).issue[0]!.expression).toEqual(['Bundle.entry[1].resource']);
    expect((answer.body.entry![2]!.response!.outcome as OperationOutcome).issue[0]!.expression).toEqual(['Bundle.entry[2].request.method']);
    expect((await read(`Patient/${patient().id}`)).status).toBe(200);
    // Sent again, the same batch is answered as the first time (idempotent), nothing more stored.
    const before = await store.snapshot();
    const again = await post(
      batch([
        { fullUrl: `urn:uuid:${patient().id}`, resource: patient(), request: { method: 'PUT', url: `Patient/${patient().id}` } },
        { resource: orphanObservation, request: { method: 'POST', url: 'Observation' } },
        { request: { method: 'DELETE', url: `Patient/${patient().id}` } },
        { request: { method: 'GET', url: `Patient/${patient().id}` } },
      ]),
    );
    expect(again.body).toEqual(answer.body);
    expect(await store.snapshot()).toEqual(before);
  });

  test('an Observation about a patient the provider sent before is filed under that patient', async () => {
    const observation = { ...orphanObservation, subject: { reference: `Patient/${patient().id}` } } as Resource;
    const answer = await post(batch([{ resource: observation, request: { method: 'POST', url: 'Observation' } }]));
    expect(answer.body.entry![0]!.response!.status).toBe('201 Created');
    const catalog = await store.items('catalog');
    const pseudonymOf = (reference: string) => catalog.find((item) => item['pk'] === `r#dev-hospital-a#${reference.replace('/', '#')}` && item['sk'] === 'current')!['pseudonym'];
    expect(pseudonymOf(answer.body.entry![0]!.response!.location!.replace(/\/_history\/\d+$/, ''))).toBe(pseudonymOf(`Patient/${patient().id}`));
  });

  test('a Group of several patients is one record in the provider\'s partition, in no patient\'s object', async () => {
    const [a, b] = [patients[1]!, patients[2]!];
    const group: Group = { resourceType: 'Group', type: 'person', actual: true, member: [{ entity: { reference: `Patient/${a.id}` } }, { entity: { reference: `Patient/${b.id}` } }] };
    const answer = await post(
      batch([
        { resource: a, request: { method: 'PUT', url: `Patient/${a.id}` } },
        { resource: b, request: { method: 'PUT', url: `Patient/${b.id}` } },
        { resource: group, request: { method: 'POST', url: 'Group' } },
      ]),
    );
    expect(answer.body.entry!.map((entry) => entry.response!.status)).toEqual(['201 Created', '201 Created', '201 Created']);
    const catalog = await store.items('catalog');
    const pseudonymOf = (reference: string) => catalog.find((item) => item['pk'] === `r#dev-hospital-a#${reference.replace('/', '#')}` && item['sk'] === 'current')!['pseudonym'];
    const groupPseudonym = pseudonymOf(answer.body.entry![2]!.response!.location!.replace(/\/_history\/\d+$/, ''));
    expect(groupPseudonym).not.toBe(pseudonymOf(`Patient/${a.id}`));
    expect(groupPseudonym).not.toBe(pseudonymOf(`Patient/${b.id}`));
    // The same partition as the provider's shared resources.
    expect(groupPseudonym).toBe(pseudonymOf(`Practitioner/${practitioners[0]!.id}`));
  });
});
