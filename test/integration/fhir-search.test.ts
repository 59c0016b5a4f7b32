import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { AuditEvent, Bundle, CapabilityStatement, Observation, OperationOutcome, Organization, Patient, Resource } from 'fhir/r4.d.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { US_SSN_SYSTEM } from '../../functions/vault/storage/patient-pseudonym.ts';
import { PATIENT_COMPARTMENT } from '../../schemas/patient-compartment.generated.ts';
import { SYNTHEA_DIRECTORY, SYNTHEA_FOLDERS, dataFiles, syntheaPatientBundles } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';

/**
 * Search and history inside a patient's compartment, on the local stack (s3rver, dynalite, the KMS
 * stand-in, anvil), over the largest Synthea patient of the data in use: compartment searches with
 * the official parameters, paging through next/previous links, _include/_revinclude, _summary,
 * _elements, Patient?identifier= through the identifier tokens, instance history, $everything with
 * _type/_since/_count and the shared resources it refers to, and the refusals.
 */

const largest = syntheaPatientBundles().sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
const posted = JSON.parse(readFileSync(largest, 'utf8')) as Bundle;
const postedPatient = posted.entry!.find((entry) => entry.resource?.resourceType === 'Patient')!.resource as Patient;
const ssn = postedPatient.identifier!.find((identifier) => identifier.system === US_SSN_SYSTEM)!.value!;

let stack: StackProcess;
let token: string;
let otherToken: string;
/** The posted resources by their assigned `Type/id`. */
const stored = new Map<string, Resource>();
let patientId: string;

async function get(path: string, bearer = token): Promise<{ status: number; body: any; headers: Headers }> {
  const url = path.startsWith('http') ? path : `${stack.info.fhirBase}/${path}`;
  const response = await fetch(url, { headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/fhir+json' } });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

async function post(body: string): Promise<{ status: number; body: any }> {
  const response = await fetch(stack.info.fhirBase, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/fhir+json' }, body });
  return { status: response.status, body: await response.json() };
}

const storedOf = (type: string) => [...stored].filter(([reference]) => reference.startsWith(`${type}/`)).map(([reference, resource]) => ({ id: reference.slice(type.length + 1), resource }));
const idsOf = (bundle: Bundle, mode = 'match') => (bundle.entry ?? []).filter((entry) => entry.search?.mode === mode).map((entry) => `${entry.resource!.resourceType}/${entry.resource!.id}`).sort();

beforeAll(async () => {
  stack = await StackProcess.start();
  [token, otherToken] = await Promise.all([stack.token('dev-provider-a'), stack.token('dev-provider-b')]);
  // The directories first (hospitals, practitioners), as a provider would send them: the patient's records refer to them.
  for (const folder of SYNTHEA_FOLDERS) for (const file of dataFiles(folder).filter((name) => SYNTHEA_DIRECTORY.test(basename(name)))) await post(readFileSync(file, 'utf8'));
  const answer = await post(JSON.stringify(posted));
  expect(answer.status).toBe(200);
  (answer.body as Bundle).entry!.forEach((entry, index) => stored.set(entry.response!.location!.replace(/\/_history\/\d+$/, ''), posted.entry![index]!.resource!));
  patientId = [...stored.keys()].find((reference) => reference.startsWith('Patient/'))!.slice('Patient/'.length);
}, 240_000);

afterAll(async () => {
  await stack?.dispose();
});

describe('compartment search', () => {
  test('Observation?patient=&category=&date=ge… answers exactly the matching Observations, and Patient/{id}/Observation the same', async () => {
    const observations = storedOf('Observation') as { id: string; resource: Observation }[];
    const days = [...new Set(observations.map((o) => o.resource.effectiveDateTime!.slice(0, 10)))].sort();
    const since = days[Math.floor(days.length / 2)]!;
    const expected = observations
      .filter(({ resource }) => resource.category?.some((category) => category.coding?.some((coding) => coding.code === 'vital-signs')) && Date.parse(resource.effectiveDateTime!) >= Date.parse(`${since}T00:00:00Z`))
      .map(({ id }) => `Observation/${id}`)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const query = `category=vital-signs&date=ge${since}&_count=1000`;
    const byParameter = await get(`Observation?patient=${patientId}&${query}`);
    expect(byParameter.status).toBe(200);
    expect(byParameter.body).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: expected.length });
    expect(idsOf(byParameter.body)).toEqual(expected);
    const byPath = await get(`Patient/${patientId}/Observation?${query}`);
    expect(idsOf(byPath.body)).toEqual(expected);
  });

  test('_count pages: following next links visits every Observation once, previous links go back, and the links work as given', async () => {
    const all = storedOf('Observation').map(({ id }) => `Observation/${id}`).sort();
    const seen: string[] = [];
    let page = (await get(`Observation?patient=Patient/${patientId}&_count=7&_sort=-date`)).body as Bundle;
    const pages: Bundle[] = [];
    for (;;) {
      pages.push(page);
      expect(page.total).toBe(all.length);
      seen.push(...idsOf(page));
      const next = page.link!.find((link) => link.relation === 'next');
      if (!next) break;
      const answer = await get(next.url);
      expect(answer.status).toBe(200);
      page = answer.body;
    }
    expect(seen.sort()).toEqual(all);
    expect(pages.length).toBe(Math.ceil(all.length / 7));
    const previous = pages[pages.length - 1]!.link!.find((link) => link.relation === 'previous')!;
    expect(idsOf((await get(previous.url)).body)).toEqual(idsOf(pages[pages.length - 2]!));
    // Sorted newest first across the pages.
    const dates = pages.flatMap((one) => one.entry!.map((entry) => Date.parse((entry.resource as Observation).effectiveDateTime!)));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  test('_include adds the Encounters the page refers to, _revinclude the DiagnosticReports that cite it, _summary=count only the total, _elements a SUBSETTED subset', async () => {
    const included = (await get(`Observation?patient=${patientId}&_count=5&_include=Observation:encounter&_revinclude=DiagnosticReport:result`)).body as Bundle;
    const page = (included.entry ?? []).filter((entry) => entry.search?.mode === 'match').map((entry) => entry.resource as Observation);
    expect(page).toHaveLength(5);
    const encounters = [...new Set(page.map((o) => o.encounter!.reference!))].sort();
    const pageRefs = new Set(page.map((o) => `Observation/${o.id}`));
    const reports = storedOf('DiagnosticReport').filter(({ resource }) => JSON.stringify(resource).includes('"result"'));
    const includedIds = idsOf(included, 'include');
    for (const encounter of encounters) expect(includedIds).toContain(encounter);
    const citing = (await get(`DiagnosticReport?patient=${patientId}&_count=1000`)).body as Bundle;
    const expectedReports = (citing.entry ?? []).filter((entry) => (entry.resource as { result?: { reference: string }[] }).result?.some((ref) => pageRefs.has(ref.reference))).map((entry) => `DiagnosticReport/${entry.resource!.id}`);
    expect(reports.length).toBeGreaterThan(0);
    expect(includedIds.filter((reference) => reference.startsWith('DiagnosticReport/'))).toEqual(expectedReports.sort());

    const counted = (await get(`Observation?patient=${patientId}&_summary=count`)).body as Bundle;
    expect(counted.total).toBe(storedOf('Observation').length);
    expect(counted.entry).toBeUndefined();

    const subset = (await get(`Condition?patient=${patientId}&_elements=code`)).body as Bundle;
    expect(subset.entry!.length).toBe(storedOf('Condition').length);
    for (const entry of subset.entry!) {
      expect(Object.keys(entry.resource!).sort()).toEqual(['code', 'id', 'meta', 'resourceType']);
      expect(entry.resource!.meta!.tag).toContainEqual(expect.objectContaining({ code: 'SUBSETTED' }));
    }
  });

  test('Patient?identifier=system|value finds the patient through the keyed identifier tokens; another value or another provider finds nothing', async () => {
    const found = (await get(`Patient?identifier=${encodeURIComponent(`${US_SSN_SYSTEM}|${ssn}`)}`)).body as Bundle;
    expect(idsOf(found)).toEqual([`Patient/${patientId}`]);
    expect((found.entry![0]!.resource as Patient).name).toEqual(postedPatient.name);
    const byName = (await get(`Patient?_id=${patientId}&family=${encodeURIComponent(postedPatient.name![0]!.family!)}`)).body as Bundle;
    expect(idsOf(byName)).toEqual([`Patient/${patientId}`]);
    const other = (await get(`Patient?identifier=${encodeURIComponent(`${US_SSN_SYSTEM}|999-00-1111`)}`)).body as Bundle;
    expect(other).toMatchObject({ type: 'searchset', total: 0 });
    const elsewhere = (await get(`Patient?identifier=${encodeURIComponent(`${US_SSN_SYSTEM}|${ssn}`)}`, otherToken)).body as Bundle;
    expect(elsewhere.total).toBe(0);
    expect((await get(`Observation?patient=${patientId}`, otherToken)).body.total).toBe(0);
  });

  test('every search leaves an access log entry naming what it returned (read back as AuditEvent)', async () => {
    const page = (await get(`Condition?patient=${patientId}&_count=2&_sort=-onset-date`)).body as Bundle;
    const returned = page.entry!.map((entry) => `Condition/${entry.resource!.id}`);
    expect(returned).toHaveLength(2);
    const log = (await get(`AuditEvent?patient=Patient/${patientId}&_count=1000`)).body as Bundle;
    const searches = (log.entry ?? []).map((entry) => entry.resource as AuditEvent).filter((event) => event.subtype?.some((code) => code.code === 'search-type'));
    const logged = searches.find((event) => returned.every((reference) => event.entity?.some((entity) => entity.what?.reference?.startsWith(reference))));
    expect(logged, 'an AuditEvent of the search naming both Conditions').toBeDefined();
    expect(logged!.entity!.filter((entity) => entity.what?.reference?.startsWith('Condition/'))).toHaveLength(2);
  });

  test('a search without a patient, or with an unknown parameter or a bad value, is a 400 OperationOutcome saying why', async () => {
    const population = await get('Observation?code=http://loinc.org|8302-2');
    expect(population.status).toBe(400);
    expect((population.body as OperationOutcome).issue[0]!.diagnostics ?? (population.body as OperationOutcome).issue[0]!.details?.text).toMatch(/one patient's compartment only/);
    const patients = await get('Patient?gender=female');
    expect(patients.status).toBe(400);
    const unknown = await get(`Observation?patient=${patientId}&colour=red`);
    expect(unknown.status).toBe(400);
    expect((unknown.body as OperationOutcome).issue[0]!.expression).toEqual(['colour']);
    const badDate = await get(`Observation?patient=${patientId}&date=ge2020-13-45`);
    expect(badDate.status).toBe(400);
    expect((badDate.body as OperationOutcome).issue[0]!.expression).toEqual(['date']);
  });
});

describe('history, $everything and the shared resources', () => {
  test('Patient/{id}/_history lists every version, newest first, after an update', async () => {
    const updated = { ...postedPatient, id: patientId, active: false };
    const answer = await post(JSON.stringify({ resourceType: 'Bundle', type: 'transaction', entry: [{ resource: updated, request: { method: 'PUT', url: `Patient/${patientId}` } }] }));
    expect(answer.status).toBe(200);
    const history = await get(`Patient/${patientId}/_history`);
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject({ resourceType: 'Bundle', type: 'history', total: 2 });
    const entries = (history.body as Bundle).entry!;
    expect(entries.map((entry) => entry.resource!.meta!.versionId)).toEqual(['2', '1']);
    expect((entries[0]!.resource as Patient).active).toBe(false);
    expect(entries.map((entry) => entry.response!.etag)).toEqual(['W/"2"', 'W/"1"']);
    expect(entries[1]!.request).toEqual({ method: 'POST', url: 'Patient' });
    const observation = storedOf('Observation')[0]!.id;
    expect((await get(`Observation/${observation}/_history`)).body.total).toBe(1);
    expect((await get(`Observation/${observation}/_history`, otherToken)).status).toBe(404);
  });

  test('$everything honours _type and _count (paged) and includes the Organizations and Practitioners the records refer to', async () => {
    const whole = (await get(`Patient/${patientId}/$everything`)).body as Bundle;
    const shared = (whole.entry ?? []).filter((entry) => entry.search?.mode === 'include').map((entry) => entry.resource!.resourceType);
    expect(shared).toContain('Organization');
    expect(shared).toContain('Practitioner');
    // The compartment's resources (the bundle's own Organizations and Practitioners are the provider's, not the patient's), then the shared ones.
    expect(whole.total).toBe([...stored.keys()].filter((reference) => PATIENT_COMPARTMENT[reference.split('/')[0]!]).length + shared.length);
    expect(whole.entry![0]!.resource!.resourceType).toBe('Patient');

    const typed = (await get(`Patient/${patientId}/$everything?_type=Condition,Organization`)).body as Bundle;
    expect(new Set(typed.entry!.map((entry) => entry.resource!.resourceType))).toEqual(new Set(['Condition', 'Organization']));
    expect(typed.entry!.filter((entry) => entry.resource!.resourceType === 'Condition')).toHaveLength(storedOf('Condition').length);

    const seen: string[] = [];
    let url: string | undefined = `Patient/${patientId}/$everything?_count=40`;
    while (url) {
      const page: Bundle = (await get(url)).body;
      expect(page.entry!.length).toBeLessThanOrEqual(40);
      seen.push(...page.entry!.map((entry) => `${entry.resource!.resourceType}/${entry.resource!.id}`));
      url = page.link!.find((link) => link.relation === 'next')?.url;
    }
    expect(seen.sort()).toEqual(whole.entry!.map((entry) => `${entry.resource!.resourceType}/${entry.resource!.id}`).sort());
    const future = (await get(`Patient/${patientId}/$everything?_since=2999-01-01T00:00:00Z`)).body as Bundle;
    expect(future.total).toBe(0);
  });

  test("the Organization a $locate answer names is readable: the provider as the registry has it", async () => {
    const organization = await get('Organization/dev-hospital-a');
    expect(organization.status).toBe(200);
    expect(organization.body as Organization).toMatchObject({ resourceType: 'Organization', id: 'dev-hospital-a', active: true });
    expect((organization.body as Organization).name).toEqual(expect.any(String));
    expect((await get('Organization/no-such-provider')).status).toBe(404);
  });

  test('the CapabilityStatement lists the search parameters served and instance history', async () => {
    const statement = (await (await fetch(`${stack.info.fhirBase}/metadata`)).json()) as CapabilityStatement;
    const observation = statement.rest![0]!.resource!.find((resource) => resource.type === 'Observation')!;
    expect(observation.interaction!.map((interaction) => interaction.code)).toEqual(expect.arrayContaining(['read', 'vread', 'history-instance', 'search-type']));
    const names = observation.searchParam!.map((param) => param.name);
    expect(names).toEqual(expect.arrayContaining(['patient', 'category', 'date', 'code', 'value-quantity', '_id', '_lastUpdated']));
    expect(observation.searchParam!.find((param) => param.name === 'date')).toEqual({ name: 'date', type: 'date', definition: 'http://hl7.org/fhir/SearchParameter/clinical-date' });
    const organization = statement.rest![0]!.resource!.find((resource) => resource.type === 'Organization')!;
    expect(organization.interaction!.map((interaction) => interaction.code)).not.toContain('search-type');
  });

  test('no name or identifier of the patient reaches the logs', () => {
    const family = postedPatient.name![0]!.family!;
    expect(stack.output).not.toContain(ssn);
    expect(stack.output).not.toContain(family);
  });
});
