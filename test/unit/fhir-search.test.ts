import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import type { Bundle, Observation, Patient, Resource } from 'fhir/r4.d.ts';
import { describe, expect, test } from 'vitest';
import { OperationOutcomeError } from '../../functions/fhir/outcomes.ts';
import { rewriteReferences } from '../../functions/fhir/references.ts';
import { compartmentAnchor } from '../../functions/fhir/search/compartment-anchor.ts';
import { dateRange, valuesOf } from '../../functions/fhir/search/search-evaluation.ts';
import { SEARCH_PARAMETERS } from '../../functions/fhir/search/search-parameters.generated.ts';
import { parseSearch } from '../../functions/fhir/search/search-request.ts';
import { includedReferences, matching, pageOf, revincluded, searchBundle, SUBSETTED } from '../../functions/fhir/search/search-results.ts';
import type { StoredResource } from '../../functions/fhir/search/search-results.ts';
import { PATIENT_COMPARTMENT } from '../../schemas/patient-compartment.generated.ts';
import { GENERATED_FILE, generatedSource } from '../../schemas/generate-search-parameters.ts';
import { dataFiles, readJsonFile, syntheaPatientBundles } from '../support/fhir-data.ts';

// The largest Synthea patient of the data in use, stored as a transaction stores it: urn:uuid references become Type/id.
const largest = syntheaPatientBundles().sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
const bundle = readJsonFile(largest) as Bundle;
const idOf = new Map((bundle.entry ?? []).map((entry) => [entry.fullUrl!, `${entry.resource!.resourceType}/${entry.resource!.id}`]));
const LAST_UPDATED = '2026-01-15T10:00:00.000Z';
const stored: StoredResource[] = (bundle.entry ?? []).map((entry) => {
  const resource = rewriteReferences(entry.resource, (reference) => idOf.get(reference)) as Resource;
  return { type: resource.resourceType, id: resource.id!, versionId: 1, lastUpdated: LAST_UPDATED, resource: { ...resource, meta: { ...resource.meta, versionId: '1', lastUpdated: LAST_UPDATED } } };
});
const patient = stored.find((resource) => resource.type === 'Patient')!.resource as Patient;
const observations = stored.filter((resource) => resource.type === 'Observation').map((resource) => resource.resource as Observation);

const search = (type: string, query: string) => matching(parseSearch(type, new URLSearchParams(query)), stored);
const ids = (found: readonly StoredResource[]) => found.map((resource) => resource.id).sort();
function outcomeOf(run: () => unknown): { status: number; expression?: string[]; text?: string } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    const issue = error.outcome.issue[0]!;
    return { status: error.status, ...(issue.expression ? { expression: issue.expression } : {}), ...(issue.diagnostics ?? issue.details?.text ? { text: issue.diagnostics ?? issue.details?.text } : {}) };
  }
  throw new Error('expected an OperationOutcome');
}

describe('search parameters generated from the official R4 SearchParameter resources', () => {
  // The specification's own definitions, read here from HL7's package (not from the generated table), whatever test data is in use.
  const official = readJsonFile(join(dirname(createRequire(import.meta.url).resolve('hl7.fhir.r4.examples/package.json')), 'Bundle-searchParams.json')) as { entry: { resource: { url: string; code: string; base: string[]; type: string; expression?: string } }[] };

  test('the generated module is what the generator makes of the package it names', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(generatedSource());
  });

  test('every type of the Patient compartment has its parameters, each expression compiling with the fhirpath package', () => {
    expect(Object.keys(SEARCH_PARAMETERS).sort()).toEqual(Object.keys(PATIENT_COMPARTMENT).sort());
    for (const [type, byCode] of Object.entries(SEARCH_PARAMETERS)) {
      expect(Object.keys(byCode).length, type).toBeGreaterThan(0);
      for (const definition of Object.values(byCode)) expect(() => fhirpath.compile(definition.expression, r4)).not.toThrow();
    }
  });

  test('each kept parameter is the official one of its code and base, and every official parameter of a served type is kept', () => {
    const served = new Set(['token', 'date', 'reference', 'string', 'quantity', 'uri', 'number']);
    for (const { resource } of official.entry) {
      if (!served.has(resource.type) || !resource.expression || resource.code.startsWith('_')) continue;
      for (const base of resource.base) {
        if (!PATIENT_COMPARTMENT[base]) continue;
        const generated = SEARCH_PARAMETERS[base]![resource.code];
        expect(generated?.url, `${base}.${resource.code}`).toBe(resource.url);
        expect(generated!.type).toBe(resource.type);
      }
    }
    expect(SEARCH_PARAMETERS['Observation']!['patient']).toMatchObject({ expression: 'Observation.subject', resolveIs: ['Patient'] });
    expect(SEARCH_PARAMETERS['Observation']!['value-quantity']!.expression).toBe('Observation.value.ofType(Quantity) | Observation.value.ofType(SampledData)');
  });
});

describe('search over the largest Synthea patient', () => {
  test('patient and category: the Observations of that patient with that category, by any reference form', () => {
    const laboratory = observations.filter((observation) => observation.category?.some((category) => category.coding?.some((coding) => coding.code === 'laboratory')));
    expect(laboratory.length).toBeGreaterThan(0);
    for (const patientParam of [patient.id!, `Patient/${patient.id}`, `https://exchange.example/fhir/Patient/${patient.id}`]) {
      expect(ids(search('Observation', `patient=${encodeURIComponent(patientParam)}&category=laboratory`))).toEqual(laboratory.map((o) => o.id).sort());
    }
    expect(ids(search('Observation', `patient=${patient.id}&category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory`))).toEqual(laboratory.map((o) => o.id).sort());
    expect(search('Observation', `patient=${patient.id}&category=http://example.org/other|laboratory`)).toEqual([]);
    expect(search('Observation', 'patient=not-this-patient')).toEqual([]);
    expect(ids(search('Observation', `patient=${patient.id}&category:not=laboratory`))).toEqual(observations.filter((o) => !laboratory.includes(o)).map((o) => o.id).sort());
  });

  test('date prefixes split the Observations at a day: ge and lt partition them, eq picks that day, sa and eb what lies wholly after and before', () => {
    const days = [...new Set(observations.map((o) => o.effectiveDateTime!.slice(0, 10)))].sort();
    const day = days[Math.floor(days.length / 2)]!;
    const total = observations.length;
    const ge = search('Observation', `patient=${patient.id}&date=ge${day}`);
    const lt = search('Observation', `patient=${patient.id}&date=lt${day}`);
    expect(ge.length + lt.length).toBe(total);
    expect(ge.length).toBeGreaterThan(0);
    expect(lt.length).toBeGreaterThan(0);
    const onDay = observations.filter((o) => new Date(o.effectiveDateTime!).toISOString().slice(0, 10) === day);
    expect(ids(search('Observation', `date=eq${day}&patient=${patient.id}`))).toEqual(onDay.map((o) => o.id).sort());
    expect(ids(search('Observation', `date=${day}&patient=${patient.id}`))).toEqual(onDay.map((o) => o.id).sort());
    const end = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
    expect(search('Observation', `patient=${patient.id}&date=sa${day}`).length).toBe(observations.filter((o) => Date.parse(o.effectiveDateTime!) >= end).length);
    expect(search('Observation', `patient=${patient.id}&date=eb${day}`).length).toBe(lt.length);
    // Two criteria on one parameter AND: a range.
    const [first, last] = [days[0]!, days[days.length - 1]!];
    expect(search('Observation', `patient=${patient.id}&date=ge${first}&date=le${last}`).length).toBe(total);
  });

  test('token on a code with system, string on the name (prefix, any case and accent, :exact, :contains), :missing', () => {
    const coding = observations[0]!.code.coding![0]!;
    const withCode = observations.filter((o) => o.code.coding?.some((c) => c.system === coding.system && c.code === coding.code));
    expect(ids(search('Observation', `patient=${patient.id}&code=${encodeURIComponent(`${coding.system}|${coding.code}`)}`))).toEqual(withCode.map((o) => o.id).sort());
    const family = patient.name![0]!.family!;
    expect(ids(search('Patient', `_id=${patient.id}&family=${encodeURIComponent(family.slice(0, 3).toUpperCase())}`))).toEqual([patient.id]);
    expect(search('Patient', `_id=${patient.id}&family:exact=${encodeURIComponent(family.slice(0, 3))}`)).toEqual([]);
    expect(ids(search('Patient', `_id=${patient.id}&family:exact=${encodeURIComponent(family)}`))).toEqual([patient.id]);
    expect(ids(search('Patient', `_id=${patient.id}&name:contains=${encodeURIComponent(family.slice(1).toLowerCase())}`))).toEqual([patient.id]);
    expect(ids(search('Patient', `_id=${patient.id}&gender=${patient.gender}`))).toEqual([patient.id]);
    expect(search('Patient', `_id=${patient.id}&gender:missing=true`)).toEqual([]);
    const withValue = observations.filter((o) => o.valueQuantity !== undefined);
    expect(search('Observation', `patient=${patient.id}&value-quantity:missing=false`).length).toBe(withValue.length);
  });

  test('_id and _lastUpdated, from the stored version', () => {
    const [first, second] = observations.map((o) => o.id!).sort();
    expect(ids(search('Observation', `patient=${patient.id}&_id=${first},${second}`))).toEqual([first, second]);
    expect(search('Observation', `patient=${patient.id}&_lastUpdated=ge2026-01-15`).length).toBe(observations.length);
    expect(search('Observation', `patient=${patient.id}&_lastUpdated=gt2026-01-15T10:00:00.000Z`)).toEqual([]);
    expect(search('Observation', `patient=${patient.id}&_lastUpdated=lt2026-01-15`)).toEqual([]);
  });

  test('quantity with prefixes and units, against the values themselves', () => {
    const withValue = observations.filter((o) => o.valueQuantity?.value !== undefined);
    const sample = withValue[0]!.valueQuantity!;
    const threshold = sample.value!;
    const above = withValue.filter((o) => o.valueQuantity!.value! > threshold && o.valueQuantity!.code === sample.code && o.valueQuantity!.system === sample.system);
    expect(ids(search('Observation', `patient=${patient.id}&value-quantity=${encodeURIComponent(`gt${threshold}|${sample.system}|${sample.code}`)}`))).toEqual(above.map((o) => o.id).sort());
    const byUnitOnly = withValue.filter((o) => o.valueQuantity!.value! <= threshold && (o.valueQuantity!.code === sample.code || o.valueQuantity!.unit === sample.code));
    expect(ids(search('Observation', `patient=${patient.id}&value-quantity=${encodeURIComponent(`le${threshold}||${sample.code}`)}`))).toEqual(byUnitOnly.map((o) => o.id).sort());
  });

  test('_sort by date, descending and ascending, resources without a date last; pages are stable slices', () => {
    const request = parseSearch('Observation', new URLSearchParams(`patient=${patient.id}&_sort=-date&_count=7`));
    const all = matching(request, stored);
    const times = all.map((resource) => Date.parse((resource.resource as Observation).effectiveDateTime!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const ascending = matching(parseSearch('Observation', new URLSearchParams(`patient=${patient.id}&_sort=date`)), stored).map((r) => Date.parse((r.resource as Observation).effectiveDateTime!));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    const pages: string[] = [];
    for (let offset = 0; offset < all.length; offset += 7) pages.push(...pageOf({ count: 7, offset }, all).map((resource) => resource.id));
    expect(pages).toEqual(all.map((resource) => resource.id));
  });

  test('a searchset Bundle: total, next and previous links that name the same search with another offset, _elements tagged SUBSETTED, _summary=count', () => {
    const request = parseSearch('Observation', new URLSearchParams(`patient=${patient.id}&_count=10&_offset=10&_elements=code,status`));
    const matches = matching(request, stored);
    const result = searchBundle('https://x.example/fhir', 'https://x.example/fhir/Observation', request, { total: matches.length, page: pageOf(request, matches), included: [] });
    expect(result.total).toBe(observations.length);
    expect(result.entry).toHaveLength(10);
    const links = Object.fromEntries(result.link!.map((link) => [link.relation, new URL(link.url)]));
    expect(links['next']!.searchParams.get('_offset')).toBe('20');
    expect(links['previous']!.searchParams.has('_offset')).toBe(false);
    expect(links['self']!.searchParams.get('patient')).toBe(patient.id);
    expect(links['next']!.searchParams.get('_elements')).toBe('code,status');
    const first = result.entry![0]!.resource as Observation;
    expect(Object.keys(first).sort()).toEqual(['code', 'id', 'meta', 'resourceType', 'status']);
    expect(first.meta!.tag).toContainEqual(SUBSETTED);
    const count = parseSearch('Observation', new URLSearchParams(`patient=${patient.id}&_summary=count`));
    const counted = searchBundle('https://x.example/fhir', 'https://x.example/fhir/Observation', count, { total: matching(count, stored).length, page: [], included: [] });
    expect(counted).toMatchObject({ type: 'searchset', total: observations.length });
    expect(counted.entry).toBeUndefined();
  });

  test('_include names what the page refers to; _revinclude what refers to the page', () => {
    const request = parseSearch('Observation', new URLSearchParams(`patient=${patient.id}&_count=5&_include=Observation:encounter&_revinclude=DiagnosticReport:result`));
    const page = pageOf(request, matching(request, stored));
    const encounters = [...new Set(page.map((resource) => (resource.resource as Observation).encounter!.reference!))].sort();
    expect(includedReferences(request, page)).toEqual(encounters);
    const onPage = new Set(page.map((resource) => `Observation/${resource.id}`));
    const reports = stored.filter((resource) => resource.type === 'DiagnosticReport' && JSON.stringify(resource.resource).match(/"Observation\/[^"]+"/g)?.some((ref) => onPage.has(ref.slice(1, -1))));
    expect(ids(revincluded(request, page, stored))).toEqual(ids(reports));
  });
});

describe('bad search input is a 400 naming the parameter', () => {
  test.each([
    ['Observation', 'patient=1&colour=red', 'colour'],
    ['Observation', 'patient=1&code:below=x', 'code:below'],
    ['Observation', 'patient=1&_count=-1', '_count'],
    ['Observation', 'patient=1&_sort=code', '_sort'],
    ['Observation', 'patient=1&_include=Condition:subject', '_include'],
    ['Observation', 'patient=1&_summary=true', '_summary'],
    ['Observation', 'patient=1&_has:Observation:patient:code=1', '_has:Observation:patient:code'],
  ])('%s?%s', (type, query, expression) => {
    expect(outcomeOf(() => parseSearch(type, new URLSearchParams(query)))).toMatchObject({ status: 400, expression: [expression] });
  });

  test('a date that is no date is refused, whatever the data', () => {
    const request = parseSearch('Observation', new URLSearchParams(`patient=${patient.id}&date=ge2020-13-01`));
    expect(outcomeOf(() => matching(request, stored))).toMatchObject({ status: 400, expression: ['date'] });
  });

  test('date ranges follow the precision given', () => {
    expect(dateRange('2020')).toEqual({ low: Date.UTC(2020, 0, 1), high: Date.UTC(2021, 0, 1) });
    expect(dateRange('2020-02')).toEqual({ low: Date.UTC(2020, 1, 1), high: Date.UTC(2020, 2, 1) });
    expect(dateRange('2020-02-03T04:05:06+02:00')).toEqual({ low: Date.UTC(2020, 1, 3, 2, 5, 6), high: Date.UTC(2020, 1, 3, 2, 5, 7) });
    expect(dateRange('2020-02-30x')).toBeUndefined();
  });
});

describe('searches run inside one patient compartment', () => {
  const anchor = (type: string, query: string, pathPatient?: string) => compartmentAnchor(parseSearch(type, new URLSearchParams(query)), pathPatient);

  test('the patient comes from the path, the patient or subject parameter, or Patient _id / identifier', () => {
    expect(anchor('Observation', 'code=1', 'p1')).toEqual({ kind: 'patient', id: 'p1' });
    expect(anchor('Observation', 'patient=Patient/p2')).toEqual({ kind: 'patient', id: 'p2' });
    expect(anchor('Condition', 'subject=Patient/p3')).toEqual({ kind: 'patient', id: 'p3' });
    expect(anchor('Patient', '_id=p4')).toEqual({ kind: 'patient', id: 'p4' });
    expect(anchor('Patient', 'identifier=http://hl7.org/fhir/sid/us-ssn|999-12-3456')).toEqual({ kind: 'identifier', system: 'http://hl7.org/fhir/sid/us-ssn', value: '999-12-3456' });
  });

  test.each([
    ['Observation', 'code=http://loinc.org|8331-1'],
    ['Observation', 'patient=p1,p2'],
    ['Condition', 'subject=Group/g1'],
    ['Patient', 'family=Smith'],
    ['Patient', 'identifier=999-12-3456'],
  ])('%s?%s without one patient is refused, saying why', (type, query) => {
    const refusal = outcomeOf(() => anchor(type, query));
    expect(refusal.status).toBe(400);
    expect(refusal.text).toMatch(/one patient's compartment only.*de-identified bulk \$export/);
  });
});

describe('every HL7 R4 example of a compartment type is found by its own values, parameter by parameter', () => {
  /** A search value that the resource's own element value must match (R4 3.1.1.4), or undefined when the element holds none. */
  function ownValue(type: string, value: unknown): string | undefined {
    const escape = (text: string) => text.replace(/[\\,$|]/g, (c) => `\\${c}`);
    const element = value as Record<string, any>;
    switch (type) {
      case 'token': {
        if (typeof value === 'string' || typeof value === 'boolean') return escape(String(value));
        const coding = Array.isArray(element?.['coding']) ? element['coding'].find((c: any) => typeof c?.code === 'string') : element;
        const code = coding?.code ?? coding?.value;
        if (typeof code !== 'string') return undefined;
        return typeof coding.system === 'string' ? `${escape(coding.system)}|${escape(code)}` : escape(code);
      }
      case 'string': {
        const text = typeof value === 'string' ? value : [element?.['family'], element?.['city'], element?.['text'], ...(element?.['given'] ?? []), ...(element?.['line'] ?? [])].find((part) => typeof part === 'string');
        return typeof text === 'string' && text.trim() !== '' ? escape(text) : undefined;
      }
      case 'date':
        // A scheduledString ("daily") is no date: such an element holds no date value.
        if (typeof value === 'string') return dateRange(value) ? value : undefined;
        if (typeof element?.['start'] === 'string') return `ge${element['start']}`;
        if (typeof element?.['end'] === 'string') return `le${element['end']}`;
        return undefined;
      case 'reference': {
        const reference = typeof value === 'string' ? value : element?.['reference'];
        return typeof reference === 'string' && /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/.test(reference) ? reference : undefined;
      }
      case 'quantity':
        if (typeof element?.['value'] !== 'number') return undefined;
        return typeof element['system'] === 'string' && typeof element['code'] === 'string' ? `${element['value']}|${escape(element['system'])}|${escape(element['code'])}` : String(element['value']);
      case 'number':
        return typeof value === 'number' ? String(value) : typeof element?.['value'] === 'number' ? String(element['value']) : undefined;
      case 'uri':
        return typeof value === 'string' ? escape(value) : undefined;
    }
    return undefined;
  }

  const examples = dataFiles('hl7-r4-examples')
    .map((file) => readJsonFile(file) as Resource)
    .filter((resource) => SEARCH_PARAMETERS[resource.resourceType] && resource.id);

  test('the examples cover most compartment types', () => {
    expect(new Set(examples.map((resource) => resource.resourceType)).size).toBeGreaterThan(30);
  });

  test('each parameter with a value in an example finds that example, and its :missing agrees', () => {
    let checked = 0;
    const misses: string[] = [];
    for (const resource of examples) {
      const searchable: StoredResource = { type: resource.resourceType, id: resource.id!, versionId: 1, lastUpdated: LAST_UPDATED, resource };
      for (const [code, definition] of Object.entries(SEARCH_PARAMETERS[resource.resourceType]!)) {
        const values = valuesOf(definition, searchable);
        const missing = parseSearch(resource.resourceType, new URLSearchParams({ [`${code}:missing`]: String(values.length === 0) }));
        if (matching(missing, [searchable]).length !== 1) misses.push(`${resource.resourceType}/${resource.id} ${code}:missing`);
        const own = values.map((value) => ownValue(definition.type, value)).find((value) => value !== undefined);
        if (own === undefined) continue;
        checked++;
        const request = parseSearch(resource.resourceType, new URLSearchParams({ [code]: own }));
        if (matching(request, [searchable]).length !== 1) misses.push(`${resource.resourceType}/${resource.id} ${code}=${own}`);
      }
    }
    expect(misses).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
