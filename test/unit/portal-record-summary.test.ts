import type { Bundle, Condition, Encounter, Immunization, MedicationRequest, Patient } from 'fhir/r4.d.ts';
import { describe, expect, test } from 'vitest';
import { codeText, nameText, summarize } from '../../portal/src/record-summary.ts';
import { syntheaPatientBundles } from '../support/fhir-data.ts';
import { readFileSync } from 'node:fs';

/**
 * The portal's readable view of a patient's records, over real Synthea bundles as the exchange
 * returns them (each entry's meta.source its holder): every condition, medication, immunization
 * and encounter is listed once, in words, newest first, with its holder; the person's name and
 * birth date come from the Patient.
 */

const HOLDER = 'http://127.0.0.1:8080/fhir/Organization/dev-hospital-a';
const bundles = syntheaPatientBundles().slice(0, 8);

function asReturned(file: string): Bundle {
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as Bundle;
  for (const entry of bundle.entry ?? []) entry.resource!.meta = { ...entry.resource!.meta, source: HOLDER };
  return bundle;
}

const resourcesOf = <T>(bundle: Bundle, type: string) => (bundle.entry ?? []).map((entry) => entry.resource!).filter((resource) => resource.resourceType === type) as T[];

describe('summarize', () => {
  test.each(bundles.map((file) => [file.split('/').pop()!, file]))('lists every record of %s once, in words, newest first, with its holder', (_name, file) => {
    const bundle = asReturned(file);
    const summary = summarize(bundle);
    expect(summary.total).toBe(bundle.entry!.length);
    expect(summary.conditions).toHaveLength(resourcesOf(bundle, 'Condition').length);
    expect(summary.immunizations).toHaveLength(resourcesOf(bundle, 'Immunization').length);
    expect(summary.encounters).toHaveLength(resourcesOf(bundle, 'Encounter').length);
    expect(summary.medications).toHaveLength(resourcesOf(bundle, 'MedicationRequest').length + resourcesOf(bundle, 'MedicationStatement').length);

    const patient = resourcesOf<Patient>(bundle, 'Patient')[0]!;
    expect(summary.people).toEqual([{ key: `Patient/${patient.id}`, name: expect.stringContaining(patient.name![0]!.family!), birthDate: patient.birthDate, gender: patient.gender, source: HOLDER }]);

    for (const rows of [summary.conditions, summary.medications, summary.immunizations, summary.encounters]) {
      const dates = rows.map((row) => row.date ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
      for (const row of rows) {
        expect(row.title).not.toBe('Unnamed');
        expect(row.source).toBe(HOLDER);
        expect(row.key).toBe(`${row.resource.resourceType}/${row.resource.id}`);
      }
    }
    for (const condition of resourcesOf<Condition>(bundle, 'Condition')) {
      expect(summary.conditions.find((row) => row.resource === condition)).toMatchObject({ title: codeText(condition.code), date: condition.onsetDateTime ?? condition.recordedDate, status: condition.clinicalStatus?.coding?.[0]?.code });
    }
    for (const immunization of resourcesOf<Immunization>(bundle, 'Immunization')) {
      expect(summary.immunizations.find((row) => row.resource === immunization)).toMatchObject({ title: codeText(immunization.vaccineCode), date: immunization.occurrenceDateTime });
    }
    for (const request of resourcesOf<MedicationRequest>(bundle, 'MedicationRequest')) {
      expect(summary.medications.find((row) => row.resource === request)?.title).toBe(request.medicationCodeableConcept ? codeText(request.medicationCodeableConcept) : (request.medicationReference?.display ?? 'Medication'));
    }
    for (const encounter of resourcesOf<Encounter>(bundle, 'Encounter')) {
      expect(summary.encounters.find((row) => row.resource === encounter)).toMatchObject({ date: encounter.period?.start, status: encounter.status });
    }
  });

  test('names: the official name first, prefixes and suffixes kept; codes: text, then a display, then the code', () => {
    expect(nameText([{ use: 'maiden', family: 'Old' }, { use: 'official', prefix: ['Ms.'], given: ['Ada', 'B'], family: 'Lovelace', suffix: ['PhD'] }])).toBe('Ms. Ada B Lovelace PhD');
    expect(nameText(undefined)).toBe('Unnamed');
    expect(codeText({ text: 'Asthma', coding: [{ display: 'Asthma (disorder)' }] })).toBe('Asthma');
    expect(codeText({ coding: [{ code: '195967001' }, { code: 'x', display: 'Asthma (disorder)' }] })).toBe('Asthma (disorder)');
    expect(codeText({ coding: [{ system: 'http://snomed.info/sct', code: '195967001' }] })).toBe('195967001');
  });

  test('an empty searchset (a patient erased everywhere) has nothing to show', () => {
    expect(summarize({ resourceType: 'Bundle', type: 'searchset', total: 0 })).toMatchObject({ total: 0, people: [], conditions: [], medications: [], immunizations: [], encounters: [] });
  });
});
