import { MedplumClient } from '@medplum/core';
import type { Bundle, CapabilityStatement, Condition, Observation, OperationOutcome, Organization, Patient, Practitioner } from 'fhir/r4.d.ts';
import { Client } from 'fhir-kit-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { US_SSN_SYSTEM } from '../../functions/vault/storage/patient-pseudonym.ts';
import { dataFiles, readJsonFile, syntheaPatientText } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';

/**
 * Stock FHIR clients against the local stack, used as their documentation shows, without
 * workarounds: fhir-kit-client and Medplum's MedplumClient. Each ingests a different real Synthea
 * patient with a transaction, then reads, reads by version, reads history, searches inside the
 * patient's compartment following the server's paging links, asks for $everything with _type, and
 * sends conditional creates and updates in transactions and batches, updates and conditional
 * updates as PUT (update, updateResource, upsertResource), creates and conditional creates as POST
 * (create, createResource, createResourceIfNoneExist), and a batch whose invalid entry fails alone.
 */

let stack: StackProcess;
let token: string;

beforeAll(async () => {
  stack = await StackProcess.start();
  token = await stack.token('dev-provider-a');
}, 120_000);

afterAll(async () => {
  await stack?.dispose();
});

/** A request body as fhir-kit-client types it. */

/** The first official example of `type` with an identifier that has a system and a value (whatever the data set holds). */
function identifiedExample(type: string): { identifier?: { system?: string; value?: string }[] } {
  for (const file of dataFiles('hl7-r4-examples')) {
    if (!file.split('/').pop()!.startsWith(`${type}-`)) continue;
    const example = readJsonFile(file) as { resourceType?: string; identifier?: { system?: string; value?: string }[] };
    if (example.resourceType === type && example.identifier?.[0]?.system && example.identifier[0].value) return example;
  }
  throw new Error(`no ${type} example with an identifier in the test data`);
}

const asBody = (value: object) => value as unknown as Parameters<Client['transaction']>[0]['body'];
/** A search result as fhir-kit-client's paging takes it. */
const asPage = (bundle: Bundle) => bundle as unknown as Parameters<Client['nextPage']>[0]['bundle'];

/** A Synthea patient bundle, the patient, its SSN, and how many Observations and Conditions it holds. */
function synthea(index: number) {
  const bundle = JSON.parse(syntheaPatientText(index)) as Bundle;
  const resources = bundle.entry!.map((entry) => entry.resource!);
  const patient = resources.find((resource): resource is Patient => resource.resourceType === 'Patient')!;
  return {
    bundle,
    patient,
    ssn: patient.identifier!.find((identifier) => identifier.system === US_SSN_SYSTEM)!.value!,
    observations: resources.filter((resource) => resource.resourceType === 'Observation').length,
    conditions: resources.filter((resource) => resource.resourceType === 'Condition').length,
  };
}

const patientIdOf = (response: Bundle) => response.entry!.map((entry) => entry.response!.location!).find((location) => location.startsWith('Patient/'))!.split('/')[1]!;

describe('fhir-kit-client', () => {
  let client: Client;
  const data = synthea(0);
  let patientId: string;

  beforeAll(() => {
    client = new Client({ baseUrl: stack.info.fhirBase, bearerToken: token });
  });

  test('reads the CapabilityStatement: FHIR 4.0.1, JSON, compartment search parameters and the interactions served', async () => {
    const statement = (await client.capabilityStatement()) as unknown as CapabilityStatement;
    expect(statement).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1' });
    const observation = statement.rest![0]!.resource!.find((resource) => resource.type === 'Observation')!;
    expect(observation.searchParam!.map((param) => param.name)).toEqual(expect.arrayContaining(['patient', 'category', 'date', 'code']));
    expect(observation.interaction!.map((interaction) => interaction.code)).toEqual(expect.arrayContaining(['read', 'vread', 'history-instance', 'search-type']));
  });

  test('posts a Synthea transaction and reads, reads by version and reads the history of what it stored', async () => {
    const response = (await client.transaction({ body: asBody(data.bundle) })) as unknown as Bundle;
    expect(response.type).toBe('transaction-response');
    expect(response.entry!.every((entry) => entry.response!.status === '201 Created')).toBe(true);
    patientId = patientIdOf(response);
    const patient = (await client.read({ resourceType: 'Patient', id: patientId })) as unknown as Patient;
    expect(patient.name).toEqual(data.patient.name);
    const first = (await client.vread({ resourceType: 'Patient', id: patientId, version: '1' })) as unknown as Patient;
    expect(first.meta!.versionId).toBe('1');
    const history = (await client.history({ resourceType: 'Patient', id: patientId })) as unknown as Bundle;
    expect(history).toMatchObject({ type: 'history', total: 1 });
  });

  test('searches the patient compartment and pages with nextPage and prevPage through every Observation', async () => {
    let page = (await client.search({ resourceType: 'Observation', searchParams: { patient: patientId, _count: 10 } })) as unknown as Bundle;
    expect(page.total).toBe(data.observations);
    const seen = new Set<string>();
    const pages: Bundle[] = [];
    while (page) {
      pages.push(page);
      for (const entry of page.entry ?? []) seen.add(entry.resource!.id!);
      page = (await client.nextPage({ bundle: asPage(page) })) as unknown as Bundle;
    }
    expect(seen.size).toBe(data.observations);
    expect(pages.length).toBe(Math.ceil(data.observations / 10));
    const back = (await client.prevPage({ bundle: asPage(pages[pages.length - 1]!) })) as unknown as Bundle;
    expect(back.entry!.map((entry) => entry.resource!.id)).toEqual(pages[pages.length - 2]!.entry!.map((entry) => entry.resource!.id));
    const conditions = (await client.search({ resourceType: 'Condition', compartment: { resourceType: 'Patient', id: patientId } })) as unknown as Bundle;
    expect(conditions.total).toBe(data.conditions);
    expect(conditions.entry!.every((entry) => (entry.resource as Condition).subject.reference === `Patient/${patientId}`)).toBe(true);
  });

  test('asks for $everything with _type', async () => {
    const everything = (await client.operation({ name: 'everything', resourceType: 'Patient', id: patientId, method: 'GET', input: { _type: 'Patient,Condition' } })) as unknown as Bundle;
    expect(new Set(everything.entry!.map((entry) => entry.resource!.resourceType))).toEqual(new Set(['Patient', 'Condition']));
    expect(everything.total).toBe(1 + data.conditions);
  });

  test('conditional create (ifNoneExist) finds the stored patient, a conditional update makes its next version, and a batch answers per entry (a match found, a resource created)', async () => {
    const identifier = `${US_SSN_SYSTEM}|${data.ssn}`;
    const conditional = (await client.transaction({
      body: asBody({
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [{ fullUrl: 'urn:uuid:6f1c4e52-1e0f-4f43-9a51-2f3c1f0c7a10', resource: data.patient, request: { method: 'POST', url: 'Patient', ifNoneExist: `identifier=${identifier}` } }],
      }),
    })) as unknown as Bundle;
    expect(conditional.entry![0]!.response).toMatchObject({ status: '200 OK', location: `Patient/${patientId}/_history/1` });
    const updated = (await client.transaction({
      body: asBody({ resourceType: 'Bundle', type: 'transaction', entry: [{ resource: { ...data.patient, id: undefined, active: false }, request: { method: 'PUT', url: `Patient?identifier=${identifier}` } }] }),
    })) as unknown as Bundle;
    expect(updated.entry![0]!.response!.location).toBe(`Patient/${patientId}/_history/2`);
    expect(((await client.read({ resourceType: 'Patient', id: patientId })) as unknown as Patient).active).toBe(false);

    const batch = (await client.batch({
      body: asBody({
        resourceType: 'Bundle',
        type: 'batch',
        entry: [
          { resource: { ...data.patient, id: undefined }, request: { method: 'POST', url: 'Patient', ifNoneExist: `identifier=${identifier}` } },
          { resource: { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '8302-2' }] }, subject: { reference: `Patient/${patientId}` }, effectiveDateTime: '2020-02-03' }, request: { method: 'POST', url: 'Observation' } },
        ],
      }),
    })) as unknown as Bundle;
    expect(batch.type).toBe('batch-response');
    expect(batch.entry!.map((entry) => entry.response!.status)).toEqual(['200 OK', '201 Created']);
    expect(batch.entry![0]!.response!.location).toBe(`Patient/${patientId}/_history/2`);
    const found = (await client.search({ resourceType: 'Observation', searchParams: { patient: patientId, code: 'http://loinc.org|8302-2', date: '2020-02-03' } })) as unknown as Bundle;
    expect(found.entry!.map((entry) => (entry.resource as Observation).effectiveDateTime)).toContain('2020-02-03');
  });
});

describe('fhir-kit-client: create and conditional create (POST [base]/{type}, If-None-Exist)', () => {
  let client: Client;
  const data = synthea(3);
  let patientId: string;
  /** A real Observation of the patient's bundle, as a client would post it: no id, its subject the stored patient. */
  const observation = () => {
    const source = data.bundle.entry!.map((entry) => entry.resource!).find((resource): resource is Observation => resource.resourceType === 'Observation')!;
    return { ...source, id: undefined, encounter: undefined, subject: { reference: `Patient/${patientId}` } } as Observation;
  };

  beforeAll(async () => {
    client = new Client({ baseUrl: stack.info.fhirBase, bearerToken: token });
    patientId = patientIdOf((await client.transaction({ body: asBody(data.bundle) })) as unknown as Bundle);
  });

  test('create stores the resource under a server-assigned id and answers it as stored; it reads back the same', async () => {
    const posted = observation();
    const created = (await client.create({ resourceType: 'Observation', body: asBody({ ...posted, id: 'ignored-by-create' }) })) as unknown as Observation;
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ resourceType: 'Observation', code: posted.code, subject: { reference: `Patient/${patientId}` }, meta: { versionId: '1' } });
    expect(await client.read({ resourceType: 'Observation', id: created.id! })).toEqual(created);
    const found = (await client.search({ resourceType: 'Observation', searchParams: { patient: patientId, _id: created.id! } })) as unknown as Bundle;
    expect(found.total).toBe(1);
  });

  test('conditional create: one match answers the stored resource (200) and stores nothing; none creates (201); several are a 412', async () => {
    const identifier = `${US_SSN_SYSTEM}|${data.ssn}`;
    const matched = (await client.create({ resourceType: 'Patient', body: asBody({ ...data.patient, id: undefined, active: false }), options: { headers: { 'If-None-Exist': `identifier=${identifier}` } } })) as unknown as Patient;
    expect(matched).toMatchObject({ id: patientId, meta: { versionId: '1' }, name: data.patient.name });
    expect(matched.active).not.toBe(false);
    expect(((await client.history({ resourceType: 'Patient', id: patientId })) as unknown as Bundle).total).toBe(1);

    // An HL7 example Practitioner (a shared resource: the provider's own partition), by one of its identifiers.
    const practitioner = identifiedExample('Practitioner') as Practitioner;
    const npi = `${practitioner.identifier![0]!.system}|${practitioner.identifier![0]!.value}`;
    const first = (await client.create({ resourceType: 'Practitioner', body: asBody(practitioner), options: { headers: { 'If-None-Exist': `identifier=${npi}` } } })) as unknown as Practitioner;
    expect(first).toMatchObject({ resourceType: 'Practitioner', name: practitioner.name, meta: { versionId: '1' } });
    expect(first.id).not.toBe(practitioner.id);
    // Another body with the same identifier (not a repeat of the same request): the stored one, unchanged.
    const again = (await client.create({ resourceType: 'Practitioner', body: asBody({ ...practitioner, active: false }), options: { headers: { 'If-None-Exist': `identifier=${npi}` } } })) as unknown as Practitioner;
    expect(again).toEqual(first);
    // A second one, created without a condition: the criteria now match two.
    const twin = (await client.create({ resourceType: 'Practitioner', body: asBody(practitioner) })) as unknown as Practitioner;
    expect(twin.id).not.toBe(first.id);
    const several = await fetch(`${stack.info.fhirBase}/Practitioner`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json', 'If-None-Exist': `identifier=${npi}` },
      body: JSON.stringify({ ...practitioner, gender: 'unknown' }),
    });
    expect(several.status).toBe(412);
    expect(((await several.json()) as OperationOutcome).issue[0]!.expression).toEqual(['If-None-Exist']);

    // Criteria the exchange cannot evaluate without reading the patient's records (an Observation's identifier): a 400 naming the header, nothing stored.
    const unanswerable = await fetch(`${stack.info.fhirBase}/Observation`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json', 'If-None-Exist': 'identifier=http://example.org/lab|123' },
      body: JSON.stringify(observation()),
    });
    expect(unanswerable.status).toBe(400);
    expect(((await unanswerable.json()) as OperationOutcome).issue[0]!.expression).toEqual(['If-None-Exist']);
  });

  test('create answers Location, ETag and Last-Modified, and what Prefer asks for; a resource that names no patient is answered as PUT answers it', async () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${stack.info.fhirBase}/Observation`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json', ...headers }, body: JSON.stringify(body) });
    const minimal = await post(observation(), { Prefer: 'return=minimal' });
    expect(minimal.status).toBe(201);
    expect(await minimal.text()).toBe('');
    const location = minimal.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${stack.info.fhirBase}/Observation/[0-9a-f-]{36}/_history/1$`));
    expect(minimal.headers.get('etag')).toBe('W/"1"');
    expect(Date.parse(minimal.headers.get('last-modified')!)).not.toBeNaN();
    const read = await fetch(location, { headers: { Authorization: `Bearer ${token}` } });
    expect(((await read.json()) as Observation).subject).toEqual({ reference: `Patient/${patientId}` });

    // No subject: outside every patient's compartment, it goes to the provider's own partition, with PUT as with POST.
    const { subject: _subject, ...orphan } = observation();
    const posted = await post(orphan);
    const put = await fetch(`${stack.info.fhirBase}/Observation/orphan-1`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({ ...orphan, id: 'orphan-1' }),
    });
    expect([posted.status, put.status]).toEqual([201, 201]);
    const stored = (await posted.json()) as Observation;
    expect(stored.subject).toBeUndefined();
    expect((await fetch(`${stack.info.fhirBase}/Observation/${stored.id}`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  test('POST [base]/$validate still validates (fhir-ingest serves it beside create) and POST [base]/Group is not a create', async () => {
    const validated = await fetch(`${stack.info.fhirBase}/$validate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({ ...observation(), status: 'not-a-status' }),
    });
    expect(validated.status).toBe(200);
    const outcome = (await validated.json()) as OperationOutcome;
    expect(outcome.issue.some((issue) => issue.severity === 'error' && issue.expression?.some((expression) => expression.includes('status')))).toBe(true);
    const group = await fetch(`${stack.info.fhirBase}/Group`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({ resourceType: 'Group', type: 'person', actual: true }),
    });
    expect(group.status).toBe(405);
    expect(group.headers.get('allow')).toBe('PUT');
    // A segment that names no resource type is no create: the path's own methods, or nothing.
    const metadata = await fetch(`${stack.info.fhirBase}/metadata`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' }, body: '{}' });
    expect(metadata.status).toBe(405);
    expect(metadata.headers.get('allow')).toBe('GET, HEAD');
    const unknown = await fetch(`${stack.info.fhirBase}/NotAType`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' }, body: '{}' });
    expect(unknown.status).toBe(404);
  });
});

describe('fhir-kit-client: update, conditional update and a batch entry that fails alone', () => {
  let client: Client;
  const data = synthea(2);
  let patientId: string;

  beforeAll(async () => {
    client = new Client({ baseUrl: stack.info.fhirBase, bearerToken: token });
    patientId = patientIdOf((await client.transaction({ body: asBody(data.bundle) })) as unknown as Bundle);
  });

  test('update (PUT Patient/{id}) and conditional update (PUT Patient?identifier=) make the next versions', async () => {
    const updated = (await client.update({ resourceType: 'Patient', id: patientId, body: asBody({ ...data.patient, id: patientId, active: false }) })) as unknown as Patient;
    expect(updated).toMatchObject({ id: patientId, active: false, meta: { versionId: '2' } });
    const conditional = (await client.update({ resourceType: 'Patient', searchParams: { identifier: `${US_SSN_SYSTEM}|${data.ssn}` }, body: asBody({ ...data.patient, id: undefined, active: true }) })) as unknown as Patient;
    expect(conditional).toMatchObject({ id: patientId, active: true, meta: { versionId: '3' } });
    expect(((await client.history({ resourceType: 'Patient', id: patientId })) as unknown as Bundle).total).toBe(3);
  });

  test('a batch answers per entry: an invalid resource gets its own 400 while the valid entry is stored', async () => {
    const batch = (await client.batch({
      body: asBody({
        resourceType: 'Bundle',
        type: 'batch',
        entry: [
          { resource: { resourceType: 'Observation', status: 'final', code: { text: 'note' }, subject: { reference: `Patient/${patientId}` }, effectiveDateTime: 'not a date' }, request: { method: 'POST', url: 'Observation' } },
          { resource: { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '8302-2' }] }, subject: { reference: `Patient/${patientId}` }, effectiveDateTime: '2021-03-04' }, request: { method: 'POST', url: 'Observation' } },
        ],
      }),
    })) as unknown as Bundle;
    expect(batch.entry!.map((entry) => entry.response!.status.slice(0, 3))).toEqual(['400', '201']);
    const found = (await client.search({ resourceType: 'Observation', searchParams: { patient: patientId, date: '2021-03-04' } })) as unknown as Bundle;
    expect(found.total).toBe(1);
  });
});

describe("Medplum's MedplumClient", () => {
  let medplum: MedplumClient;
  const data = synthea(1);
  let patientId: string;

  beforeAll(() => {
    medplum = new MedplumClient({ baseUrl: `${stack.origin}/`, fhirUrlPath: 'fhir', fetch: globalThis.fetch.bind(globalThis) });
    medplum.setAccessToken(token);
  });

  test('reads the CapabilityStatement', async () => {
    const statement = (await medplum.get(medplum.fhirUrl('metadata'))) as CapabilityStatement;
    expect(statement.fhirVersion).toBe('4.0.1');
    const observation = statement.rest![0]!.resource!.find((resource) => resource.type === 'Observation')!;
    expect(observation).toMatchObject({ conditionalCreate: true });
    expect(observation.interaction!.map((interaction) => interaction.code)).toContain('create');
    expect(observation.searchInclude).toContain('Observation:encounter');
    expect(observation.searchRevInclude).toContain('DiagnosticReport:result');
  });

  test('executes a Synthea transaction, then readResource, readVersion and readHistory', async () => {
    const response = await medplum.executeBatch(data.bundle);
    expect(response.type).toBe('transaction-response');
    patientId = patientIdOf(response);
    const patient = await medplum.readResource('Patient', patientId);
    expect(patient.name).toEqual(data.patient.name);
    expect((await medplum.readVersion('Patient', patientId, '1')).meta?.versionId).toBe('1');
    expect((await medplum.readHistory('Patient', patientId)).total).toBe(1);
  });

  test('searchResources and searchResourcePages follow the server paging through every Observation', async () => {
    const vitals = await medplum.searchResources('Observation', { patient: patientId, category: 'vital-signs', _count: '1000' });
    expect(vitals.length).toBeGreaterThan(0);
    expect(vitals.every((observation) => (observation as Observation).category?.some((category) => category.coding?.some((coding) => coding.code === 'vital-signs')))).toBe(true);
    const seen = new Set<string>();
    let pages = 0;
    for await (const page of medplum.searchResourcePages('Observation', { patient: patientId, _count: '10' })) {
      pages++;
      for (const observation of page) seen.add(observation.id!);
    }
    expect(seen.size).toBe(data.observations);
    expect(pages).toBe(Math.ceil(data.observations / 10));
  });

  test('readPatientEverything, and $everything with _type', async () => {
    const everything = await medplum.readPatientEverything(patientId);
    expect(everything.entry![0]!.resource!.resourceType).toBe('Patient');
    const conditions = (await medplum.get(`${medplum.fhirUrl('Patient', patientId, '$everything')}?_type=Condition`)) as Bundle;
    expect(conditions.total).toBe(data.conditions);
  });

  test('a conditional update in a transaction (PUT Patient?identifier=) updates the stored patient', async () => {
    const response = await medplum.executeBatch({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [{ resource: { ...data.patient, id: undefined, active: false }, request: { method: 'PUT', url: `Patient?identifier=${US_SSN_SYSTEM}|${data.ssn}` } }],
    });
    expect(response.entry![0]!.response!.location).toBe(`Patient/${patientId}/_history/2`);
    medplum.invalidateAll();
    expect((await medplum.readResource('Patient', patientId)).active).toBe(false);
  });

  test('createResource stores a new resource; createResourceIfNoneExist answers the stored match, and creates only when nothing matches', async () => {
    const source = data.bundle.entry!.map((entry) => entry.resource!).find((resource): resource is Condition => resource.resourceType === 'Condition')!;
    const created = await medplum.createResource({ ...source, id: undefined, encounter: undefined, subject: { reference: `Patient/${patientId}` } } as Condition);
    expect(created).toMatchObject({ resourceType: 'Condition', code: source.code, meta: { versionId: '1' } });
    medplum.invalidateAll();
    expect(await medplum.readResource('Condition', created.id!)).toEqual(created);

    const existing = await medplum.createResourceIfNoneExist({ ...data.patient, id: undefined } as Patient, `identifier=${US_SSN_SYSTEM}|${data.ssn}`);
    expect(existing).toMatchObject({ resourceType: 'Patient', id: patientId });
    const organization = identifiedExample('Organization') as Organization;
    const query = `identifier=${organization.identifier![0]!.system}|${organization.identifier![0]!.value}`;
    const first = await medplum.createResourceIfNoneExist(organization, query);
    expect(first).toMatchObject({ resourceType: 'Organization', name: organization.name, meta: { versionId: '1' } });
    const second = await medplum.createResourceIfNoneExist(organization, query);
    expect(second.id).toBe(first.id);
    expect(second.meta?.versionId).toBe('1');
  });

  test('updateResource and upsertResource (a conditional update) make the next versions', async () => {
    const current = await medplum.readResource('Patient', patientId);
    const updated = await medplum.updateResource({ ...current, active: true });
    expect(updated.meta?.versionId).toBe('3');
    const upserted = await medplum.upsertResource({ ...data.patient, id: undefined, active: false } as Patient & { id?: string }, { identifier: `${US_SSN_SYSTEM}|${data.ssn}` });
    expect(upserted).toMatchObject({ id: patientId, active: false, meta: { versionId: '4' } });
  });
});
