import type { Bundle, CodeableConcept, Condition, Encounter, HumanName, Immunization, MedicationRequest, MedicationStatement, Patient, Resource } from 'fhir/r4.d.ts';

/**
 * The readable view of a patient's records (the Bundle of `GET /patient/records`): who the
 * records are about, and their conditions, medications, immunizations and encounters, newest
 * first, each with the holder it came from (`meta.source`). Plain data, no DOM.
 */

export interface RecordRow {
  /** `Type/id`, unique in the Bundle. */
  key: string;
  title: string;
  date: string | undefined;
  status: string | undefined;
  /** The holder's `meta.source` (the holder's Organization URL). */
  source: string;
  resource: Resource;
}

export interface PersonRow {
  key: string;
  name: string;
  birthDate: string | undefined;
  gender: string | undefined;
  source: string;
}

export interface RecordSummary {
  people: PersonRow[];
  conditions: RecordRow[];
  medications: RecordRow[];
  immunizations: RecordRow[];
  encounters: RecordRow[];
  /** How many resources of each type the Bundle holds. */
  counts: Record<string, number>;
  total: number;
}

export function codeText(concept: CodeableConcept | undefined): string {
  if (!concept) return 'Unnamed';
  return concept.text ?? concept.coding?.find((coding) => coding.display)?.display ?? concept.coding?.[0]?.code ?? 'Unnamed';
}

export function nameText(names: HumanName[] | undefined): string {
  const name = names?.find((candidate) => candidate.use === 'official') ?? names?.[0];
  if (!name) return 'Unnamed';
  return name.text ?? [...(name.prefix ?? []), ...(name.given ?? []), name.family, ...(name.suffix ?? [])].filter(Boolean).join(' ');
}

const newestFirst = (a: RecordRow, b: RecordRow) => (b.date ?? '').localeCompare(a.date ?? '');

export function summarize(bundle: Bundle): RecordSummary {
  const resources = (bundle.entry ?? []).map((entry) => entry.resource).filter((resource): resource is Resource => resource !== undefined);
  const row = (resource: Resource, title: string, date: string | undefined, status: string | undefined): RecordRow => ({
    key: `${resource.resourceType}/${resource.id ?? ''}`,
    title,
    date,
    status,
    source: resource.meta?.source ?? '',
    resource,
  });
  const summary: RecordSummary = { people: [], conditions: [], medications: [], immunizations: [], encounters: [], counts: {}, total: resources.length };
  for (const resource of resources) {
    summary.counts[resource.resourceType] = (summary.counts[resource.resourceType] ?? 0) + 1;
    switch (resource.resourceType) {
      case 'Patient': {
        const patient = resource as Patient;
        summary.people.push({ key: `Patient/${patient.id ?? ''}`, name: nameText(patient.name), birthDate: patient.birthDate, gender: patient.gender, source: patient.meta?.source ?? '' });
        break;
      }
      case 'Condition': {
        const condition = resource as Condition;
        summary.conditions.push(row(condition, codeText(condition.code), condition.onsetDateTime ?? condition.onsetPeriod?.start ?? condition.recordedDate, condition.clinicalStatus?.coding?.[0]?.code));
        break;
      }
      case 'MedicationRequest': {
        const request = resource as MedicationRequest;
        const title = request.medicationCodeableConcept ? codeText(request.medicationCodeableConcept) : (request.medicationReference?.display ?? 'Medication');
        summary.medications.push(row(request, title, request.authoredOn, request.status));
        break;
      }
      case 'MedicationStatement': {
        const statement = resource as MedicationStatement;
        const title = statement.medicationCodeableConcept ? codeText(statement.medicationCodeableConcept) : (statement.medicationReference?.display ?? 'Medication');
        summary.medications.push(row(statement, title, statement.effectiveDateTime ?? statement.effectivePeriod?.start ?? statement.dateAsserted, statement.status));
        break;
      }
      case 'Immunization': {
        const immunization = resource as Immunization;
        summary.immunizations.push(row(immunization, codeText(immunization.vaccineCode), immunization.occurrenceDateTime ?? immunization.recorded, immunization.status));
        break;
      }
      case 'Encounter': {
        const encounter = resource as Encounter;
        const title = encounter.type?.length ? codeText(encounter.type[0]) : (encounter.class?.display ?? encounter.class?.code ?? 'Encounter');
        summary.encounters.push(row(encounter, title, encounter.period?.start, encounter.status));
        break;
      }
    }
  }
  for (const rows of [summary.conditions, summary.medications, summary.immunizations, summary.encounters]) rows.sort(newestFirst);
  return summary;
}
