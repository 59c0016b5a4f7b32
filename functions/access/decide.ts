import { forbidden } from '../fhir/outcomes.ts';
import type { OperationOutcomeError } from '../fhir/outcomes.ts';
import type { Principal, ProviderSystem, PurposeOfUse } from './principal.ts';
import { permits } from './smart-scopes.ts';
import type { Permission, SmartScope } from './smart-scopes.ts';

/**
 * The access decision: the one place that answers "may this caller do this to these records, and
 * on what basis?" (DESIGN.md "Access"; the Consent Decider of IHE PCF). Handlers authenticate and
 * call `decide`; the vault enforces the decision (it opens only the partitions and returns only
 * the resource types the decision names) and the audit entry records it.
 *
 * A decision is a value: a permit with its basis, purpose of use, the (pseudonym, holder)
 * partitions and the resource types it opens, or a refusal carrying the 403 OperationOutcome to
 * answer (its text names what is missing, a scope or a basis, never anything about the patient).
 *
 * Rules are tried in order; the first that applies decides. A new kind of access (consent,
 * emergency, patient-self, research-consent) is one more rule in RULES. SMART scopes apply on top
 * of every basis (SMART App Launch 2.0 scopes: `r` to read or verify a type, `d` on Patient to
 * erase; `$everything` returns only the types the scopes let the caller read).
 */

export type Basis = 'own-records' | 'consent' | 'emergency' | 'patient-self' | 'research-consent' | 'admin';

/**
 * What the caller wants to do:
 * - `read`, `vread`: `GET [base]/{type}/{id}[/_history/{vid}]`;
 * - `everything`: `GET [base]/Patient/{id}/$everything`;
 * - `verify`: `GET [base]/{type}/{id}/$verify`;
 * - `erase`: `POST [base]/Patient/{id}/$erase`, a holder's erasure (its own partition of the patient);
 * - `erase-person`: a person's erasure at every holder (an admin under a legal order, with a reason);
 * - `search`: `GET [base]/{type}?patient=Patient/{id}` for what the exchange keeps about a patient
 *   beside their records (Consent from the chain, AuditEvent from the access log);
 * - `enrollment-code`: `POST [base]/Patient/{id}/$enrollment-code`, a one-time code for the patient
 *   to take control of their pseudonym (the provider vouches for them).
 * - `recovery-code`: `POST [base]/Patient/{id}/$recovery-code`, a one-time code for an enrolled
 *   patient who lost their wallet to propose a new one (the provider vouches for them again).
 * - `recovery-veto`: the admin stops a pending wallet recovery of a person, with a reason (opens no records).
 * - `export`: a de-identified Bulk Data `$export` (kick-off aimed at the `cohort`; then one decision
 *   per `person` the export considers, on the research consent the chain holds for the caller).
 */
export type Action =
  | { kind: 'read' | 'vread' | 'verify'; resourceType: string }
  | { kind: 'search'; resourceType: 'Consent' | 'AuditEvent' }
  | { kind: 'enrollment-code' }
  | { kind: 'recovery-code' }
  | { kind: 'everything' }
  | { kind: 'erase' }
  | { kind: 'erase-person'; reason: string }
  | { kind: 'recovery-veto'; reason: string }
  | { kind: 'export' };
export type ActionKind = Action['kind'];

/**
 * What the action is aimed at:
 * - `resource`: `{type}/{id}` as the request names it (ids are a holder's ids);
 * - `patient`: `Patient/{id}` as the request names it;
 * - `person`: a person known by pseudonym, with the holders the catalog knows for them;
 * - `cohort`: the patients who consented to the caller's research (an export's kick-off).
 */
export type Target =
  | { kind: 'resource'; type: string; id: string }
  | { kind: 'patient'; id: string }
  | { kind: 'person'; pseudonym: string; holders: readonly string[] }
  | { kind: 'cohort' };

/**
 * What the caller of `decide` looked up for it, so that the decision itself stays a pure function:
 * facts from the chain, read (and cached at most 30 s) by the handler.
 */
export interface Facts {
  /** Whether the person consented, on chain, to the calling provider for treatment (ConsentRegistry.isPermitted). */
  treatmentConsent?: boolean;
  /** The wallet that controls the target person's pseudonym on chain (ConsentRegistry.controllerOf), if any. */
  controller?: string;
  /** Whether the person's research consent to the calling research client was in force on chain at the export's transaction time. */
  researchConsent?: boolean;
}

/**
 * One holder's partition of one person. `pseudonym` absent: the person the target names in that
 * holder's namespace (the vault finds it in the holder's catalog; no other person's data opens).
 */
export interface Partition {
  holder: string;
  pseudonym?: string;
}

export interface Permit {
  allowed: true;
  basis: Basis;
  purposeOfUse: PurposeOfUse;
  action: ActionKind;
  /** Who, as the audit records it. */
  clientId?: string;
  providerId?: string;
  /** The holder whose ids the request's `{type}/{id}` are, when the target is named by id. */
  namespace?: string;
  /** Exactly the partitions this decision opens. */
  partitions: readonly Partition[];
  /** The resource types the caller may be given: a set, or every type. */
  resourceTypes: ReadonlySet<string> | 'all';
  /** Why, in the caller's words (a legal order's reference; a break-glass reason). */
  reason?: string;
}

export interface Refusal {
  allowed: false;
  action: ActionKind;
  /** The 403 (forbidden) to answer. */
  outcome: OperationOutcomeError;
}

export type Decision = Permit | Refusal;

/** A rule: a decision when it applies to (principal, action, target), undefined when it does not. */
type Rule = (principal: Principal, action: Action, target: Target, facts: Facts) => Decision | undefined;

const refuse = (action: Action, text: string): Refusal => ({ allowed: false, action: action.kind, outcome: forbidden(text) });

function missingScope(action: Action, resourceType: string, permission: Permission): Refusal {
  return refuse(action, `The access token's scopes do not permit this interaction on ${resourceType} (needs system/${resourceType}.${permission})`);
}

/** The types the scopes let the caller read: every type (a `*` scope with `r`), or those named with `r`. */
export function readableTypes(scopes: readonly SmartScope[]): ReadonlySet<string> | 'all' {
  if (scopes.some((scope) => scope.resourceType === '*' && scope.permissions.has('r'))) return 'all';
  return new Set(scopes.filter((scope) => scope.permissions.has('r')).map((scope) => scope.resourceType));
}

/** `own-records`: a provider system reads, verifies and erases (a holder's erasure) what its provider sent. */
const ownRecords: Rule = (principal, action, target) => {
  if (principal.kind !== 'provider' || target.kind === 'person') return undefined;
  if (action.kind === 'erase-person') return undefined;
  const permit = (resourceTypes: Permit['resourceTypes']): Permit => ({
    allowed: true,
    basis: 'own-records',
    // An erasure by the holder is done at the patient's request (or the holder's own policy); reads carry the token's purpose.
    purposeOfUse: action.kind === 'erase' ? 'PATRQT' : principal.purposeOfUse,
    action: action.kind,
    clientId: principal.clientId,
    providerId: principal.providerId,
    namespace: principal.providerId,
    partitions: [{ holder: principal.providerId }],
    resourceTypes,
  });
  switch (action.kind) {
    case 'read':
    case 'vread':
    case 'verify':
      if (!permits(principal.scopes, action.resourceType, 'r')) return missingScope(action, action.resourceType, 'r');
      return permit(new Set([action.resourceType]));
    case 'everything':
      if (!permits(principal.scopes, 'Patient', 'r')) return missingScope(action, 'Patient', 'r');
      return permit(readableTypes(principal.scopes));
    case 'erase':
      if (target.kind !== 'patient') return undefined;
      if (!permits(principal.scopes, 'Patient', 'd')) return missingScope(action, 'Patient', 'd');
      return permit('all');
    case 'search':
      if (target.kind !== 'patient') return undefined;
      if (!permits(principal.scopes, action.resourceType, 'r')) return missingScope(action, action.resourceType, 'r');
      return permit(new Set(['Patient', action.resourceType]));
    case 'enrollment-code':
    case 'recovery-code':
      if (target.kind !== 'patient') return undefined;
      // The code hands the patient control of who may see their records: an update of the patient.
      if (!permits(principal.scopes, 'Patient', 'u')) return missingScope(action, 'Patient', 'u');
      return permit(new Set(['Patient']));
  }
};

/** Purposes of use that break the glass (v3 ActReason): emergency treatment and break-the-glass. */
const EMERGENCY_PURPOSES: ReadonlySet<PurposeOfUse> = new Set(['BTG', 'ETREAT']);

/** A permit over every holder's partition of the person a `person` target names. */
function personPermit(principal: ProviderSystem, action: Action, target: Extract<Target, { kind: 'person' }>, basis: Basis, extra: Partial<Permit> = {}): Permit {
  return {
    allowed: true,
    basis,
    purposeOfUse: principal.purposeOfUse,
    action: action.kind,
    clientId: principal.clientId,
    providerId: principal.providerId,
    partitions: target.holders.map((holder) => ({ holder, pseudonym: target.pseudonym })),
    resourceTypes: readableTypes(principal.scopes),
    ...extra,
  };
}

/**
 * `emergency` (break-glass): a provider system whose token was issued for BTG or ETREAT (only to
 * clients registered for emergency access, and only with a reason) reads every holder's records of
 * the person without consent. The handler records it on chain (EmergencyAccess) and in the audit.
 */
const emergency: Rule = (principal, action, target) => {
  if (principal.kind !== 'provider' || target.kind !== 'person' || action.kind !== 'everything') return undefined;
  if (!EMERGENCY_PURPOSES.has(principal.purposeOfUse)) return undefined;
  if (!principal.emergencyReason) return refuse(action, 'Emergency access needs a reason, given when the access token is asked for');
  if (!permits(principal.scopes, 'Patient', 'r')) return missingScope(action, 'Patient', 'r');
  return personPermit(principal, action, target, 'emergency', { reason: principal.emergencyReason });
};

/**
 * `consent`: a provider system treating the person (purpose TREAT) reads every holder's records of
 * the person when the person's controller has granted that provider consent for treatment on chain.
 */
const consent: Rule = (principal, action, target, facts) => {
  if (principal.kind !== 'provider' || target.kind !== 'person' || action.kind !== 'everything') return undefined;
  if (principal.purposeOfUse !== 'TREAT') return refuse(action, `Records at other providers are shared for treatment (purpose of use TREAT), or for emergencies with BTG/ETREAT; not for ${principal.purposeOfUse}`);
  if (!permits(principal.scopes, 'Patient', 'r')) return missingScope(action, 'Patient', 'r');
  if (facts.treatmentConsent !== true) return refuse(action, "The patient has not consented, on chain, to this provider reading their records for treatment");
  return personPermit(principal, action, target, 'consent');
};

/**
 * `admin`: the exchange's admin erases a person at every holder under a legal order, giving its
 * reference as the reason, and vetoes a person's pending wallet recovery with a reason (a
 * healthcare operation that opens no partition).
 */
const admin: Rule = (principal, action, target) => {
  if (principal.kind !== 'admin') return undefined;
  if (action.kind === 'recovery-veto' && target.kind === 'person') {
    if (action.reason.trim() === '') return refuse(action, 'A veto needs a reason');
    return { allowed: true, basis: 'admin', purposeOfUse: 'HOPERAT', action: action.kind, clientId: principal.clientId, partitions: [], resourceTypes: new Set(), reason: action.reason };
  }
  if (action.kind !== 'erase-person' || target.kind !== 'person') return refuse(action, 'An admin reads no records; it erases a person only under a legal order (POST /admin/erasures)');
  if (action.reason.trim() === '') return refuse(action, "A person's erasure needs a reason (the legal order)");
  return {
    allowed: true,
    basis: 'admin',
    purposeOfUse: 'HLEGAL',
    action: action.kind,
    clientId: principal.clientId,
    partitions: target.holders.map((holder) => ({ holder, pseudonym: target.pseudonym })),
    resourceTypes: 'all',
    reason: action.reason,
  };
};

/** What a patient does with their own records: read them all, search their consents and access log, erase them everywhere. */
const PATIENT_ACTIONS: ReadonlySet<ActionKind> = new Set(['everything', 'search', 'erase-person']);

/**
 * `research-consent`: a research system (purpose of use HRESCH) exports, de-identified, the records
 * of the people whose research consent to it is on chain; nothing else. The kick-off (target
 * `cohort`) needs only the scopes; each person then needs the consent (facts.researchConsent).
 * A research client's other requests are refused, and no other caller exports.
 */
const researchConsent: Rule = (principal, action, target, facts) => {
  if (action.kind !== 'export') return undefined;
  if (principal.kind !== 'research') return refuse(action, 'Bulk export is for research clients, of the patients who consented to their research');
  if (principal.purposeOfUse !== 'HRESCH') return refuse(action, `A research export is made for research (purpose of use HRESCH), not for ${principal.purposeOfUse}`);
  const resourceTypes = readableTypes(principal.scopes);
  if (resourceTypes !== 'all' && resourceTypes.size === 0) return refuse(action, 'The access token grants no read scope (needs system/*.r or system/{type}.r)');
  const permit = (partitions: readonly Partition[]): Permit => ({ allowed: true, basis: 'research-consent', purposeOfUse: 'HRESCH', action: action.kind, clientId: principal.clientId, partitions, resourceTypes });
  if (target.kind === 'cohort') return permit([]);
  if (target.kind !== 'person') return undefined;
  if (facts.researchConsent !== true) return refuse(action, "The patient's research consent to this client is not in force on chain");
  return permit(target.holders.map((holder) => ({ holder, pseudonym: target.pseudonym })));
};

/**
 * `patient-self`: a patient signed in with the wallet that controls the person's pseudonym on
 * chain reads their records at every holder (the session's SMART scope is `patient/*.rs`: every
 * type), searches their consents and access log, and erases themselves everywhere (a person's
 * erasure at their own request, purpose PATRQT). A wallet that controls no pseudonym, or another
 * one, gets nothing.
 */
const patientSelf: Rule = (principal, action, target, facts) => {
  if (principal.kind !== 'patient') return undefined;
  if (target.kind !== 'person' || !PATIENT_ACTIONS.has(action.kind)) return refuse(action, "A patient reaches their own records through the patient API (/patient/…), as the person their wallet controls");
  if (facts.controller === undefined || target.pseudonym === '' || facts.controller.toLowerCase() !== principal.address.toLowerCase()) {
    return refuse(action, "This wallet does not control this patient's records: a wallet controls a patient after enrolling with a code from a provider");
  }
  return {
    allowed: true,
    basis: 'patient-self',
    purposeOfUse: 'PATRQT',
    action: action.kind,
    partitions: target.holders.map((holder) => ({ holder, pseudonym: target.pseudonym })),
    resourceTypes: 'all',
    ...(action.kind === 'erase-person' ? { reason: action.reason } : {}),
  };
};

/** In order: the first rule that answers decides. */
const RULES: readonly Rule[] = [researchConsent, ownRecords, emergency, consent, admin, patientSelf];

export function decide(principal: Principal, action: Action, target: Target, facts: Facts = {}): Decision {
  for (const rule of RULES) {
    const decision = rule(principal, action, target, facts);
    if (decision) return decision;
  }
  return refuse(action, refusalText(principal, action));
}

function refusalText(principal: Principal, action: Action): string {
  switch (principal.kind) {
    case 'provider':
      return action.kind === 'erase-person' ? "A provider erases only its own partition of a patient (POST [base]/Patient/{id}/$erase)" : 'No basis permits this request';
    case 'research':
      return 'A research client gets de-identified bulk exports of consenting patients only, not records';
    case 'patient':
      return "A patient's access to their records comes with the patient portal";
    default:
      return 'No basis permits this request';
  }
}

/** The permit, or the refusal's OperationOutcome thrown. */
export function requirePermit(decision: Decision): Permit {
  if (!decision.allowed) throw decision.outcome;
  return decision;
}

/** The holder whose ids the request names; a permit without one cannot address records by id. */
export function namespaceOf(permit: Permit): string {
  if (permit.namespace === undefined) throw forbidden('This access decision does not address records by id');
  return permit.namespace;
}

/** Whether the decision opens `holder`'s partition of `pseudonym`. */
export function opensPartition(permit: Permit, holder: string, pseudonym: string): boolean {
  return permit.partitions.some((partition) => partition.holder === holder && (partition.pseudonym === undefined || partition.pseudonym === pseudonym));
}

/** Whether the decision lets the caller be given resources of `type`. */
export function allowsType(permit: Permit, type: string): boolean {
  return permit.resourceTypes === 'all' || permit.resourceTypes.has(type);
}

/** What an audit entry records of a decision (ids and codes only). */
export function auditedDecision(permit: Permit): { clientId?: string; providerId?: string; basis: Basis; purpose: PurposeOfUse; reason?: string } {
  return {
    ...(permit.clientId ? { clientId: permit.clientId } : {}),
    ...(permit.providerId ? { providerId: permit.providerId } : {}),
    basis: permit.basis,
    purpose: permit.purposeOfUse,
    ...(permit.reason !== undefined ? { reason: permit.reason } : {}),
  };
}

