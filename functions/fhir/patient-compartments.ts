import type { Bundle, BundleEntry } from 'fhir/r4.d.ts';
import { PATIENT_COMPARTMENT, type CompartmentPath } from '../../schemas/patient-compartment.generated.ts';
import { classifyReference, R4_RESOURCE_TYPES } from './references.ts';

/**
 * Splits a bundle by the FHIR R4 Patient CompartmentDefinition: which entries go into which
 * patient's object, and which are the provider's shared resources.
 *
 * The bundle has passed validation (functions/fhir/validation/validate.ts), so references are
 * well formed and urn:uuid references resolve inside it; this code still never throws on odd data.
 * It reads each entry's resource once along the generated compartment paths
 * (schemas/patient-compartment.generated.ts) and, where those find no patient, once more in full;
 * every look-up is a Map access, so the work is linear in the size of the bundle.
 *
 * ## Resolving a reference to a patient (bundle.html#references, http.html#trules)
 * - `urn:uuid:` / `urn:oid:`: the entry with that fullUrl.
 * - `Patient/id` (a `_history` suffix is ignored: every version is the same patient): if the
 *   referring entry has a RESTful fullUrl (`<base>/<Type>/<id>`), the entry whose fullUrl is
 *   `<base>/Patient/id`; otherwise an entry written with `PUT Patient/id`, or, in a bundle without
 *   fullUrls (a collection), the Patient entry with that id. Not found: an external patient,
 *   `{ kind: 'relative', reference: 'Patient/id' }`, which the ingest looks up among what that
 *   provider sent before, or `{ kind: 'absolute' }` when the referring entry's base is another server.
 * - An absolute URL: the entry with that fullUrl; else, under `options.serviceBase`, as `Patient/id`;
 *   else an external `{ kind: 'absolute' }` patient.
 * - `Patient?identifier=...` (conditional): matched against the identifiers of the bundle's Patient
 *   entries as FHIR token search does (`system|value` exactly, `|value` for no system, `value` in any
 *   system; commas are OR, repeated parameters AND; `_id` also understood). One match: that patient;
 *   several: unresolved (http.html: a conditional reference matching several resources fails);
 *   none: an external patient, `{ kind: 'identifier', system, value }` for the plain
 *   `identifier=system|value` form, else `{ kind: 'conditional', reference }`. A conditional with
 *   other parameters (name, birthdate...) cannot be evaluated here and is kept as external.
 * - A logical reference (`identifier` and no `reference`): matched the same way when it is typed
 *   `Patient` or sits where only a Patient can be referenced; else external `identifier`.
 * - `#id` (contained): a contained Patient has no identity of its own to file under: unresolved.
 *
 * ## Which compartment an entry goes to
 * - A Patient entry anchors its own compartment. `Patient.link` is not followed: the definition
 *   would put a linked patient in the link target's compartment, but linking records of one person
 *   is what the exchange's pseudonym does; each Patient resource stays its own object's anchor.
 * - Other types in the definition: first the *subject* paths (the parameters coded patient,
 *   subject, beneficiary, individual: whom the resource is about). One patient there: that patient,
 *   whatever patients appear in other roles (a Coverage whose subscriber is the parent goes to the
 *   child who is its beneficiary; an Observation performed by another patient stays with its
 *   subject). Only when the subject paths name no patient do the other paths (performer, author,
 *   actor, member...) decide, the same way.
 * - A resource that references two or more different patients in the deciding role (a Group of
 *   patients, a Provenance or AuditEvent about several patients, a Person linking several Patient
 *   records, an Appointment with two patients): ONE shared copy, in the provider's partition, listed
 *   in `multiPatient` with the patients it names; never a copy in each patient's object. The official
 *   definition puts it in every one of those compartments, which suits search; but an exchange
 *   releases a patient object under that patient's consent, and a copy in A's object would disclose
 *   B (B's membership of a cohort, B's appointment) on A's consent alone, multiplied by the number
 *   of patients (a Group of 1,000 would be copied 1,000 times, each copy naming the other 999).
 *   Record-exchange practice agrees: an IHE XDS/XCA document has exactly one patient id. The
 *   provider already holds this cross-patient record, and the provider's partition is where it
 *   stays, released to nobody on the strength of one patient's consent.
 * - No patient through the definition's paths (or a type the definition leaves out): any other
 *   reference to a Patient in the resource still decides, as above (listed in `outsideDefinition`).
 *   R4 leaves out Device although `Device.patient` ties an implant to one patient (US Core
 *   implantable device); the same holds for Contract, GuidanceResponse, a Binary whose
 *   securityContext is a patient... Filing such a resource as shared would put one patient's data in
 *   the provider's partition, outside that patient's consent and encryption.
 * - Nothing refers to a patient: shared (Organization, Practitioner, PractitionerRole, Location,
 *   Medication, HealthcareService...).
 * - A reference that may be a patient but cannot be told (ambiguous or unresolvable, a contained
 *   or embedded Patient, an unidentified subject) makes the entry unresolved, never shared: a wrong
 *   guess must not put a patient's data in the shared partition.
 * - Entries that store nothing (DELETE, GET, HEAD), PATCH bodies and operation calls
 *   (`POST .../$op`) are unresolved (`not-a-stored-resource`): the ingest deals with them itself.
 * - A `document` bundle is kept whole (documents.html: a document is attested and exchanged as a
 *   unit): every entry goes where its Composition goes.
 *
 * Keys of `patients` are opaque (`entry:<n>` for a Patient entry of the bundle, `external:<n>` for
 * a patient the bundle only refers to) and stable within one call; they carry no identifier.
 */

export type PatientKey = string;

/** How a bundle names a patient it does not hold. */
export type ExternalPatient =
  /** `Patient/<id>` on the provider's own server (the service base). */
  | { kind: 'relative'; reference: string }
  /** A full URL, on another or an unknown server. */
  | { kind: 'absolute'; reference: string }
  /** `Patient?identifier=system|value`, or a logical reference by identifier. */
  | { kind: 'identifier'; system: string; value: string }
  /** Any other conditional reference (`Patient?name=...&birthdate=...`), for the ingest to search. */
  | { kind: 'conditional'; reference: string };

export interface PatientCompartment {
  /** The entry holding this patient's Patient resource (the last, if the bundle holds several versions). */
  patientEntryIndex?: number;
  /** Set when the bundle only refers to this patient. */
  external?: ExternalPatient;
  /**
   * Every entry for this patient's object, its Patient entry included, in bundle order. Empty for a
   * patient named only by multi-patient resources.
   */
  entryIndexes: number[];
}

export type UnresolvedReason =
  /** DELETE/GET/HEAD (no resource), a PATCH body or an operation call. */
  | 'not-a-stored-resource'
  /** A conditional or logical reference matching several Patient entries, or a relative one claimed by several. */
  | 'ambiguous-reference'
  /** A reference that may be a patient but cannot be resolved (urn not in the bundle, untyped identifier...). */
  | 'unresolvable-reference'
  /** The subject is a Patient known only by name (display) or by an identifier without a system. */
  | 'unidentified-patient'
  /** The patient reference points at a contained Patient. */
  | 'contained-patient'
  /** A Patient resource nested inside another resource (a Bundle entry, a contained resource) outside the compartment paths. */
  | 'embedded-patient';

export interface UnresolvedEntry {
  entryIndex: number;
  reason: UnresolvedReason;
  /** The element that decided, e.g. `Observation.subject` (never a value). */
  element?: string;
}

export interface SplitResult {
  patients: Map<PatientKey, PatientCompartment>;
  /** Entries for the provider's partition, in bundle order (multi-patient entries included). */
  shared: number[];
  /** Entries in `shared` because they name several patients, with the patients they name. */
  multiPatient: { entryIndex: number; patientKeys: PatientKey[] }[];
  /** Entries put in a patient's compartment by a reference the CompartmentDefinition does not list. */
  outsideDefinition: number[];
  /** Entries placed nowhere; the ingest rejects or handles them. */
  unresolved: UnresolvedEntry[];
}

export interface SplitOptions {
  /**
   * The provider's FHIR base URL, when known: absolute references under it are read as relative
   * ones, and a relative reference from an entry whose fullUrl has this base stays relative.
   */
  serviceBase?: string;
}

export class UnsupportedBundleError extends Error {
  override name = 'UnsupportedBundleError';
}

const SPLITTABLE = new Set(['transaction', 'batch', 'collection', 'document']);

type JsonObject = { [key: string]: unknown };
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a reference turned out to point at. */
type Target = { kind: 'patient'; key: PatientKey } | { kind: 'other' } | { kind: 'unknown'; reason: UnresolvedReason };
const OTHER: Target = { kind: 'other' };

/** What one set of references decided. */
interface Decision {
  patients: Set<PatientKey>;
  unknown?: UnresolvedReason | undefined;
  element?: string | undefined;
}

/** `<base>/<Type>/<id>`, the RESTful fullUrl form (bundle.html#references). */
const RESTFUL_URL = /^(https?:\/\/\S+)\/([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;
/** `Type/id` with an optional `_history/vid`. */
const RELATIVE = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;
/** The members a Reference may have (a Reference's shape, as in invariants.ts). */
const REFERENCE_MEMBERS = new Set(['id', 'extension', 'reference', 'type', 'identifier', 'display']);
const AMBIGUOUS = Symbol('ambiguous');

/**
 * Splits `bundle` by patient; see the module comment for the rules. Throws UnsupportedBundleError for
 * bundle types other than transaction, batch, collection and document.
 */
export function splitByPatient(bundle: Bundle, options: SplitOptions = {}): SplitResult {
  if (!SPLITTABLE.has(bundle.type)) throw new UnsupportedBundleError(`splitByPatient: Bundle.type ${bundle.type} is not split by patient`);
  return new Splitter(bundle.entry ?? [], options).split(bundle.type === 'document');
}

class Splitter {
  private readonly entries: BundleEntry[];
  private readonly serviceBase: string | undefined;
  /** fullUrl → first entry index with it. */
  private readonly byFullUrl = new Map<string, number>();
  /** Patient entry index → its patient key (entries of one patient share a key). */
  private readonly patientKeyOfEntry = new Map<number, PatientKey>();
  /** `Patient/<id>` → key, from `PUT Patient/<id>` and from Patient entries without a fullUrl. */
  private readonly relativePatients = new Map<string, PatientKey | typeof AMBIGUOUS>();
  /** `system|value`, `|value` (no system) and `*|value` (any system) → patient keys. */
  private readonly identifiers = new Map<string, Set<PatientKey>>();
  private readonly externalKeys = new Map<string, PatientKey>();
  /** Conditional references resolve the same from every entry: each distinct one is evaluated once. */
  private readonly conditionals = new Map<string, Target>();
  private readonly result: SplitResult = { patients: new Map(), shared: [], multiPatient: [], outsideDefinition: [], unresolved: [] };

  constructor(entries: BundleEntry[], options: SplitOptions) {
    this.entries = entries;
    this.serviceBase = options.serviceBase?.replace(/\/+$/, '');
  }

  split(document: boolean): SplitResult {
    this.index();
    if (document) {
      this.splitDocument();
    } else {
      for (let i = 0; i < this.entries.length; i++) this.place(i, this.decide(i));
    }
    return this.result;
  }

  // -------------------------------------------------------------------------------------------
  // Pass 1: indexes

  private index(): void {
    const keyByIdentity = new Map<string, PatientKey>();
    for (let i = 0; i < this.entries.length; i++) {
      const entry = this.entries[i]!;
      const fullUrl = typeof entry.fullUrl === 'string' ? entry.fullUrl : undefined;
      if (fullUrl !== undefined && !this.byFullUrl.has(fullUrl)) this.byFullUrl.set(fullUrl, i);
      const resource = entry.resource as JsonObject | undefined;
      if (!isObject(resource) || resource.resourceType !== 'Patient') continue;
      const method = entry.request?.method;
      const putUrl = method === 'PUT' ? RELATIVE.exec(entry.request?.url ?? '') : null;
      const relative = putUrl?.[1] === 'Patient' ? `Patient/${putUrl[2]}` : undefined;
      const id = typeof resource.id === 'string' ? resource.id : undefined;
      // Versions of one patient (same fullUrl, bdl-7) share one key.
      const identity = fullUrl ?? relative ?? (id !== undefined && method === undefined ? `Patient/${id}` : `#${i}`);
      let key = keyByIdentity.get(identity);
      if (key === undefined) {
        key = `entry:${i}`;
        keyByIdentity.set(identity, key);
      }
      this.patientKeyOfEntry.set(i, key);
      const aliases: string[] = [];
      if (relative) aliases.push(relative);
      if (fullUrl === undefined && method === undefined && id !== undefined) aliases.push(`Patient/${id}`);
      for (const alias of aliases) {
        const known = this.relativePatients.get(alias);
        this.relativePatients.set(alias, known === undefined || known === key ? key : AMBIGUOUS);
      }
      for (const identifier of Array.isArray(resource.identifier) ? resource.identifier : []) {
        if (!isObject(identifier) || typeof identifier.value !== 'string') continue;
        const value = identifier.value;
        const system = typeof identifier.system === 'string' ? identifier.system : undefined;
        this.addIdentifier(system === undefined ? `|${value}` : `${system}|${value}`, key);
        this.addIdentifier(`*|${value}`, key);
      }
    }
  }

  private addIdentifier(token: string, key: PatientKey): void {
    let keys = this.identifiers.get(token);
    if (!keys) this.identifiers.set(token, (keys = new Set()));
    keys.add(key);
  }

  // -------------------------------------------------------------------------------------------
  // Pass 2: one decision per entry

  private decide(i: number): Decision {
    const entry = this.entries[i]!;
    const resource = entry.resource as unknown;
    const method = entry.request?.method;
    const isOperation = (entry.request?.url ?? '').split('?')[0]!.split('/').some((segment) => segment.startsWith('$'));
    if (!isObject(resource) || typeof resource.resourceType !== 'string' || method === 'PATCH' || isOperation) {
      return { patients: new Set(), unknown: 'not-a-stored-resource' };
    }
    const resourceType = resource.resourceType;
    const context = new EntryContext(this.entries[i]!, resource);
    if (resourceType === 'Patient') return { patients: new Set([this.patientKeyOfEntry.get(i)!]) };
    const definition = PATIENT_COMPARTMENT[resourceType];
    if (definition) {
      const subjectPaths = definition.paths.filter((path) => path.subject);
      for (const paths of [subjectPaths, definition.paths.filter((path) => !path.subject)]) {
        const decision = this.follow(resourceType, resource, paths, context);
        if (decision.patients.size > 1 || decision.unknown) return decision;
        if (decision.patients.size === 1) return decision;
      }
    }
    const decision = this.scan(resource, context);
    if (decision.patients.size === 1 && !decision.unknown) this.result.outsideDefinition.push(i);
    return decision;
  }

  /** Follows the compartment paths of one role (subject, or the others). */
  private follow(resourceType: string, resource: JsonObject, paths: readonly CompartmentPath[], context: EntryContext): Decision {
    const decision: Decision = { patients: new Set() };
    for (const path of paths) {
      const patientOnly = path.targets.length === 1 && path.targets[0] === 'Patient';
      const strict = path.subject || patientOnly;
      for (const value of valuesAt(resource, path.path)) {
        const target = this.resolve(value, context, strict, patientOnly);
        if (target.kind === 'patient') decision.patients.add(target.key);
        else if (target.kind === 'unknown' && !decision.unknown) {
          decision.unknown = target.reason;
          decision.element = `${resourceType}.${path.path.join('.')}`;
        }
      }
    }
    // Several patients: multi-patient whatever else is unknown (it would only add patients).
    if (decision.patients.size > 1) decision.unknown = undefined;
    return decision;
  }

  /** Any reference to a Patient anywhere in the resource (contained and nested resources included). */
  private scan(resource: JsonObject, context: EntryContext): Decision {
    const decision: Decision = { patients: new Set() };
    const visit = (value: unknown, isRoot: boolean): void => {
      if (Array.isArray(value)) {
        for (const item of value) visit(item, false);
        return;
      }
      if (!isObject(value)) return;
      if (!isRoot && value.resourceType === 'Patient' && !decision.unknown) {
        decision.unknown = 'embedded-patient';
        decision.element = 'Patient';
      }
      if (!isRoot && isReferenceShaped(value)) {
        const target = this.resolve(value, context, false, false);
        if (target.kind === 'patient') decision.patients.add(target.key);
        else if (target.kind === 'unknown' && !decision.unknown) decision.unknown = target.reason;
        return;
      }
      for (const key in value) visit(value[key], false);
    };
    visit(resource, true);
    if (decision.patients.size > 1) decision.unknown = undefined;
    return decision;
  }

  private place(i: number, decision: Decision): void {
    if (decision.unknown) {
      this.result.unresolved.push({ entryIndex: i, reason: decision.unknown, ...(decision.element ? { element: decision.element } : {}) });
      return;
    }
    if (decision.patients.size === 1) {
      const [key] = decision.patients;
      this.compartment(key!).entryIndexes.push(i);
      if (this.patientKeyOfEntry.get(i) === key) this.compartment(key!).patientEntryIndex = i;
      return;
    }
    if (decision.patients.size > 1) {
      const patientKeys = [...decision.patients];
      for (const key of patientKeys) this.compartment(key);
      this.result.multiPatient.push({ entryIndex: i, patientKeys });
    }
    this.result.shared.push(i);
  }

  /** A document goes whole where its Composition (the first entry, bdl-11) goes. */
  private splitDocument(): void {
    if (this.entries.length === 0) return;
    const decision = this.decide(0);
    this.place(0, decision);
    // The other entries follow the Composition; a multi-patient document is listed once, by it.
    const follow: Decision = decision.patients.size > 1 && !decision.unknown ? { patients: new Set() } : decision;
    for (let i = 1; i < this.entries.length; i++) this.place(i, follow);
  }

  private compartment(key: PatientKey): PatientCompartment {
    let compartment = this.result.patients.get(key);
    if (!compartment) {
      compartment = { entryIndexes: [] };
      this.result.patients.set(key, compartment);
    }
    return compartment;
  }

  // -------------------------------------------------------------------------------------------
  // References

  /**
   * Resolves one Reference. `strict`: the reference names whom the resource is about, or can only
   * be a Patient, so what cannot be told is unknown rather than other. `patientOnly`: an untyped
   * logical reference here is a Patient.
   */
  private resolve(value: unknown, context: EntryContext, strict: boolean, patientOnly: boolean): Target {
    if (!isObject(value)) return OTHER;
    const typeName = typeof value.type === 'string' ? value.type.slice(value.type.lastIndexOf('/') + 1) : undefined;
    if (typeof value.reference === 'string') return this.resolveLiteral(value.reference, context, strict);
    if (typeName !== undefined && typeName !== 'Patient') return OTHER;
    const isPatient = typeName === 'Patient' || patientOnly;
    const identifier = isObject(value.identifier) ? value.identifier : undefined;
    const system = typeof identifier?.system === 'string' ? identifier.system : undefined;
    const idValue = typeof identifier?.value === 'string' ? identifier.value : undefined;
    if (system !== undefined && idValue !== undefined) {
      const keys = this.identifiers.get(`${system}|${idValue}`);
      if (keys?.size === 1) return { kind: 'patient', key: [...keys][0]! };
      if (keys && keys.size > 1) return { kind: 'unknown', reason: 'ambiguous-reference' };
      if (isPatient) return this.external({ kind: 'identifier', system, value: idValue });
      return strict ? { kind: 'unknown', reason: 'unresolvable-reference' } : OTHER;
    }
    // Display only, or an identifier without a system: someone, but not someone we can file under.
    return isPatient || (strict && typeName === undefined && (identifier !== undefined || typeof value.display === 'string'))
      ? { kind: 'unknown', reason: 'unidentified-patient' }
      : OTHER;
  }

  private resolveLiteral(reference: string, context: EntryContext, strict: boolean): Target {
    switch (classifyReference(reference)) {
      case 'local': {
        const contained = context.contained(reference.slice(1));
        return contained === 'Patient' ? { kind: 'unknown', reason: 'contained-patient' } : OTHER;
      }
      case 'urn':
        return this.entryTarget(this.byFullUrl.get(reference), strict);
      case 'relative': {
        const match = RELATIVE.exec(reference)!;
        return match[1] === 'Patient' ? this.relativePatient(`Patient/${match[2]}`, context) : OTHER;
      }
      case 'conditional': {
        if (!reference.startsWith('Patient?')) return OTHER;
        let target = this.conditionals.get(reference);
        if (!target) this.conditionals.set(reference, (target = this.conditional(reference)));
        return target;
      }
      case 'absolute':
        return this.absolute(reference, strict);
      default:
        return strict ? { kind: 'unknown', reason: 'unresolvable-reference' } : OTHER;
    }
  }

  private entryTarget(index: number | undefined, strict: boolean): Target {
    if (index === undefined) return strict ? { kind: 'unknown', reason: 'unresolvable-reference' } : OTHER;
    const key = this.patientKeyOfEntry.get(index);
    return key === undefined ? OTHER : { kind: 'patient', key };
  }

  /** `Patient/<id>` (history stripped) from an entry: bundle.html's rule, then the server base. */
  private relativePatient(relative: string, context: EntryContext): Target {
    const base = context.restBase();
    const foreignBase = base !== undefined && base !== this.serviceBase;
    if (base !== undefined) {
      const index = this.byFullUrl.get(`${base}/${relative}`);
      if (index !== undefined) return this.entryTarget(index, true);
    }
    if (!foreignBase) {
      const key = this.relativePatients.get(relative);
      if (key === AMBIGUOUS) return { kind: 'unknown', reason: 'ambiguous-reference' };
      if (key !== undefined) return { kind: 'patient', key };
      if (this.serviceBase !== undefined) {
        const index = this.byFullUrl.get(`${this.serviceBase}/${relative}`);
        if (index !== undefined) return this.entryTarget(index, true);
      }
      return this.external({ kind: 'relative', reference: relative });
    }
    return this.external({ kind: 'absolute', reference: `${base}/${relative}` });
  }

  private absolute(reference: string, strict: boolean): Target {
    const match = RESTFUL_URL.exec(reference);
    const unversioned = match ? `${match[1]}/${match[2]}/${match[3]}` : reference;
    const index = this.byFullUrl.get(unversioned);
    if (index !== undefined) return this.entryTarget(index, strict);
    if (!match || !R4_RESOURCE_TYPES.has(match[2]!)) return strict ? { kind: 'unknown', reason: 'unresolvable-reference' } : OTHER;
    if (match[2] !== 'Patient') return OTHER;
    if (this.serviceBase !== undefined && match[1] === this.serviceBase) return this.relativePatient(`Patient/${match[3]}`, NO_CONTEXT);
    return this.external({ kind: 'absolute', reference: unversioned });
  }

  /** `Patient?...`: evaluated against the bundle's Patient entries when it uses only identifier and _id. */
  private conditional(reference: string): Target {
    const query = reference.slice('Patient?'.length);
    let candidates: Set<PatientKey> | undefined;
    let supported = true;
    const identifiers: { system: string; value: string }[] = [];
    let parameterCount = 0;
    for (const [name, value] of new URLSearchParams(query)) {
      parameterCount++;
      const matches = new Set<PatientKey>();
      if (name === 'identifier') {
        for (const token of value.split(',')) {
          const bar = token.indexOf('|');
          if (bar < 0) {
            for (const key of this.identifiers.get(`*|${token}`) ?? []) matches.add(key);
            continue;
          }
          const system = token.slice(0, bar);
          const tokenValue = token.slice(bar + 1);
          if (tokenValue === '') supported = false; // `system|`: every identifier of a system, not one patient
          if (system !== '' && tokenValue !== '') identifiers.push({ system, value: tokenValue });
          for (const key of this.identifiers.get(`${system}|${tokenValue}`) ?? []) matches.add(key);
        }
      } else if (name === '_id') {
        for (const id of value.split(',')) {
          const key = this.relativePatients.get(`Patient/${id}`);
          if (key === AMBIGUOUS) return { kind: 'unknown', reason: 'ambiguous-reference' };
          if (key !== undefined) matches.add(key);
        }
      } else {
        supported = false;
      }
      candidates = candidates === undefined ? matches : new Set([...candidates].filter((key) => matches.has(key)));
    }
    if (supported && candidates && candidates.size === 1) return { kind: 'patient', key: [...candidates][0]! };
    if (supported && candidates && candidates.size > 1) return { kind: 'unknown', reason: 'ambiguous-reference' };
    if (supported && parameterCount === 1 && identifiers.length === 1) return this.external({ kind: 'identifier', ...identifiers[0]! });
    return this.external({ kind: 'conditional', reference });
  }

  private external(patient: ExternalPatient): Target {
    const identity = patient.kind === 'identifier' ? `identifier\u0000${patient.system}|${patient.value}` : `${patient.kind}\u0000${patient.reference}`;
    let key = this.externalKeys.get(identity);
    if (key === undefined) {
      key = `external:${this.externalKeys.size}`;
      this.externalKeys.set(identity, key);
      this.result.patients.set(key, { external: patient, entryIndexes: [] });
    }
    return { kind: 'patient', key };
  }
}

/** The referring entry: its RESTful base and its contained resources (looked up only when needed). */
class EntryContext {
  private readonly entry: BundleEntry | undefined;
  private readonly resource: JsonObject | undefined;
  private containedTypes: Map<string, string> | undefined;

  constructor(entry?: BundleEntry, resource?: JsonObject) {
    this.entry = entry;
    this.resource = resource;
  }

  restBase(): string | undefined {
    const fullUrl = this.entry?.fullUrl;
    return fullUrl === undefined ? undefined : RESTFUL_URL.exec(fullUrl)?.[1];
  }

  contained(id: string): string | undefined {
    if (!this.containedTypes) {
      this.containedTypes = new Map();
      const contained = this.resource?.contained;
      for (const item of Array.isArray(contained) ? contained : []) {
        if (isObject(item) && typeof item.id === 'string' && typeof item.resourceType === 'string') this.containedTypes.set(item.id, item.resourceType);
      }
    }
    return this.containedTypes.get(id);
  }
}

const NO_CONTEXT = new EntryContext();

/** The values at a JSON path, arrays flattened at every step. */
function valuesAt(resource: JsonObject, path: readonly string[]): unknown[] {
  let current: unknown[] = [resource];
  for (const step of path) {
    const next: unknown[] = [];
    for (const item of current) {
      if (!isObject(item)) continue;
      const value = item[step];
      if (Array.isArray(value)) next.push(...value);
      else if (value !== undefined) next.push(value);
    }
    current = next;
  }
  return current;
}

/** An object that can only be a Reference: `reference` or a typed `identifier`, and nothing a Reference lacks. */
function isReferenceShaped(value: JsonObject): boolean {
  if (typeof value.reference !== 'string' && !(typeof value.type === 'string' && isObject(value.identifier))) return false;
  for (const key in value) if (!REFERENCE_MEMBERS.has(key)) return false;
  return true;
}
