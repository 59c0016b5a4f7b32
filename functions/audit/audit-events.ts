import type { AuditEvent, AuditEventAgent, AuditEventEntity, Reference } from 'fhir/r4.d.ts';

/**
 * The access log as R4 AuditEvents, shaped like IHE Basic Audit Log Patterns (BALP,
 * https://profiles.ihe.net/ITI/BALP/): a RESTful read or operation on a patient's records is a
 * PatientRead / PatientQuery (type `rest`, the interaction as subtype, the patient and each
 * resource as entities); an access decision that looked at consent (a permit by consent or by
 * emergency access, or a refusal) is an AuthZ-Consent Security Alert. The log is the record; these
 * are built when asked, never stored. Nothing in them comes from a resource's content: ids, codes
 * and the reason the caller gave.
 */

const DCM = 'http://dicom.nema.org/resources/ontology/DCM';
const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
const OBSERVER = { display: 'fhir-exchange' };

/** One entry of the access log, as functions/vault/storage/audit-log.ts keeps it. */
export interface LoggedAccess {
  action: string;
  clientId?: string;
  providerId?: string;
  /** Whose records were touched. */
  holder?: string;
  resources: string[];
  resourceCount?: number;
  purpose: string;
  basis: string;
  reason?: string;
  /** `permit` unless the request was refused. */
  decision?: 'permit' | 'deny';
  requestId: string;
  recordedAt: string;
  /** The unique part of the entry's key, for a stable id. */
  sk?: string;
}

/** How each logged action reads as a FHIR RESTful interaction and an AuditEvent action (C R U D E). */
const INTERACTIONS: Record<string, { subtype: string; action: AuditEvent['action'] }> = {
  read: { subtype: 'read', action: 'R' },
  vread: { subtype: 'vread', action: 'R' },
  search: { subtype: 'search-type', action: 'E' },
  everything: { subtype: 'operation', action: 'E' },
  verify: { subtype: 'operation', action: 'E' },
  erase: { subtype: 'delete', action: 'D' },
  'erase-person': { subtype: 'delete', action: 'D' },
};

/** Operations that are not FHIR interactions on records, named in the entity's `operation` detail (what the patient sees done). */
const OPERATION_NAMES: Record<string, string> = { 'recovery-code': '$recovery-code', 'recovery-veto': 'recovery-veto' };

/** Whether an entry records a decision that consulted consent (so it is also an AuthZ-Consent alert). */
function isConsentDecision(entry: LoggedAccess): boolean {
  return entry.decision === 'deny' || entry.basis === 'consent' || entry.basis === 'emergency';
}

function requestor(entry: LoggedAccess): AuditEventAgent {
  const who = entry.providerId ? { reference: `Organization/${entry.providerId}` } : { identifier: { system: 'urn:fhir-exchange:client', value: entry.clientId ?? 'patient' } };
  return {
    type: { coding: [{ system: DCM, code: '110153', display: 'Source Role ID' }] },
    who,
    requestor: true,
    purposeOfUse: [{ coding: [{ system: ACT_REASON, code: entry.purpose }] }],
  };
}

const EXCHANGE_AGENT: AuditEventAgent = { type: { coding: [{ system: DCM, code: '110152', display: 'Destination Role ID' }] }, who: { display: 'fhir-exchange' }, requestor: false };

function entities(entry: LoggedAccess, patientReference: string | Reference): AuditEventEntity[] {
  const patient: AuditEventEntity = {
    what: typeof patientReference === 'string' ? { reference: patientReference } : patientReference,
    type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '1', display: 'Person' },
    role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '1', display: 'Patient' },
  };
  const data = entry.resources
    .filter((reference) => reference !== patientReference)
    .map((reference): AuditEventEntity => ({
      what: { reference },
      type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '2', display: 'System Object' },
      role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '4', display: 'Domain Resource' },
    }));
  const details = [
    ...(OPERATION_NAMES[entry.action] ? [{ type: 'operation', valueString: OPERATION_NAMES[entry.action]! }] : []),
    ...(entry.holder ? [{ type: 'holder', valueString: entry.holder }] : []),
    { type: 'basis', valueString: entry.basis },
    ...(entry.reason ? [{ type: 'reason', valueString: entry.reason }] : []),
    ...(entry.resourceCount !== undefined && entry.resourceCount > entry.resources.length ? [{ type: 'resource-count', valueString: String(entry.resourceCount) }] : []),
  ];
  return [{ ...patient, detail: details }, ...data];
}

/**
 * The purposes of use of an entry: its own, and for emergency access also BTG (break the glass),
 * whatever emergency purpose the token named, so that every break-glass access reads as one.
 */
function purposesOfEvent(entry: LoggedAccess): AuditEvent['purposeOfEvent'] {
  const codes = entry.basis === 'emergency' && entry.purpose !== 'BTG' ? [entry.purpose, 'BTG'] : [entry.purpose];
  return codes.map((code) => ({ coding: [{ system: ACT_REASON, code }] }));
}

/**
 * The AuditEvent of one logged access, `patientReference` being the patient as the reader knows
 * them: a provider's `Patient/{id}`, or a reference by identifier (the patient's own view).
 */
export function auditEvent(entry: LoggedAccess, patientReference: string | Reference): AuditEvent {
  const interaction = INTERACTIONS[entry.action] ?? { subtype: 'operation', action: 'E' as const };
  const denied = entry.decision === 'deny';
  const consentDecision = isConsentDecision(entry);
  return {
    resourceType: 'AuditEvent',
    id: (entry.sk ?? `${entry.recordedAt}-${entry.requestId}`).replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64),
    type: consentDecision
      ? { system: DCM, code: '110113', display: 'Security Alert' }
      : { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest', display: 'Restful Operation' },
    subtype: [
      ...(consentDecision ? [{ system: 'https://profiles.ihe.net/ITI/BALP/CodeSystem/AuthZsubType', code: 'AuthZ-Consent', display: 'Authorization Decision using Roles and Consent' }] : []),
      { system: 'http://hl7.org/fhir/restful-interaction', code: interaction.subtype },
    ],
    action: interaction.action,
    recorded: entry.recordedAt,
    outcome: denied ? '8' : '0',
    ...(denied ? { outcomeDesc: 'Access refused: no consent or permission for this request' } : entry.basis === 'emergency' ? { outcomeDesc: 'Emergency access (break-glass) without consent' } : {}),
    purposeOfEvent: purposesOfEvent(entry),
    agent: [requestor(entry), EXCHANGE_AGENT],
    source: { observer: OBSERVER, type: [{ system: 'http://terminology.hl7.org/CodeSystem/security-source-type', code: '4', display: 'Application Server' }] },
    entity: entities(entry, patientReference),
  };
}
