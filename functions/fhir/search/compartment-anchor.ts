import { OperationOutcomeError, issue, outcome } from '../outcomes.ts';
import { referenceKey } from './search-evaluation.ts';
import type { SearchRequest } from './search-request.ts';

/**
 * Which patient's compartment a search runs in. Search is offered inside one patient's compartment
 * only (DESIGN.md "Search"): the reader decrypts that patient's records and evaluates the
 * parameters over them, so no searchable value is ever indexed. A population search (no patient)
 * is refused with a 400 that says why: population questions are answered by the de-identified bulk
 * export of consenting patients, not by searching identifiable records.
 *
 * - `GET [base]/Patient/{id}/{type}?…`: the path names the patient (R4 3.1.1.1 compartment search);
 * - `GET [base]/{type}?patient={id}` (also `Patient/{id}`, an absolute URL, `patient:Patient=`, or
 *   `subject=Patient/{id}`);
 * - `GET [base]/Patient?_id={id}` or `GET [base]/Patient?identifier=system|value`: the Patient
 *   itself, by id or through the keyed identifier tokens (the identifier is never stored in clear).
 */
export type CompartmentAnchor = { kind: 'patient'; id: string } | { kind: 'identifier'; system: string; value: string };

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export function populationSearchRefused(type: string): OperationOutcomeError {
  const how = type === 'Patient' ? 'Patient?identifier=system|value or Patient?_id=' : `${type}?patient=Patient/{id} or Patient/{id}/${type}`;
  return new OperationOutcomeError(
    400,
    outcome(
      issue(
        'not-supported',
        `Search is offered within one patient's compartment only: name the patient (${how}). Searches across patients are not offered; population questions are served by the de-identified bulk $export of consenting patients.`,
        type === 'Patient' ? 'identifier' : 'patient',
      ),
    ),
  );
}

function patientId(value: string): string | undefined {
  const key = referenceKey(value);
  const id = key ? (key.startsWith('Patient/') ? key.slice('Patient/'.length) : undefined) : value;
  return id !== undefined && FHIR_ID.test(id) ? id : undefined;
}

export function compartmentAnchor(request: SearchRequest, pathPatientId?: string): CompartmentAnchor {
  if (pathPatientId !== undefined) return { kind: 'patient', id: pathPatientId };
  const single = (code: string, modifiers: readonly (string | undefined)[]) =>
    request.criteria.find((criterion) => criterion.code === code && modifiers.includes(criterion.modifier) && criterion.values.length === 1);
  if (request.type === 'Patient') {
    const byId = single('_id', [undefined]);
    if (byId && FHIR_ID.test(byId.values[0]!)) return { kind: 'patient', id: byId.values[0]! };
    const byIdentifier = single('identifier', [undefined]);
    const bar = byIdentifier?.values[0]!.indexOf('|') ?? -1;
    if (byIdentifier && bar > 0 && bar < byIdentifier.values[0]!.length - 1) {
      return { kind: 'identifier', system: byIdentifier.values[0]!.slice(0, bar), value: byIdentifier.values[0]!.slice(bar + 1) };
    }
    throw populationSearchRefused(request.type);
  }
  const byPatient = single('patient', [undefined, 'Patient']);
  const id = byPatient ? patientId(byPatient.values[0]!) : undefined;
  if (id) return { kind: 'patient', id };
  const bySubject = single('subject', [undefined, 'Patient']);
  const subject = bySubject && (bySubject.modifier === 'Patient' || bySubject.values[0]!.includes('Patient/')) ? patientId(bySubject.values[0]!) : undefined;
  if (subject) return { kind: 'patient', id: subject };
  throw populationSearchRefused(request.type);
}
