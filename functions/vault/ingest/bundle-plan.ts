import { randomUUID } from 'node:crypto';
import type { Bundle, BundleEntry, Resource } from 'fhir/r4.d.ts';
import { OperationOutcomeError, badRequest, issue, outcome } from '../../fhir/outcomes.ts';
import { NOT_IN_PATIENT_COMPARTMENT } from '../../../schemas/patient-compartment.generated.ts';
import type { Catalog, CurrentItem } from '../storage/catalog.ts';
import { itemId, keys } from '../storage/catalog.ts';
import type { IdentifierTokens } from '../storage/identifier-tokens.ts';
import { splitByPatient } from '../../fhir/patient-compartments.ts';
import { referencesOf, referencesWithPaths, rewriteReferences } from '../../fhir/references.ts';
import { CONDITIONAL_URL, INSTANCE_URL, RESTFUL_FULL_URL, TYPE_URL, matchesCriteria, parseCriteria, parseIfMatch } from '../../fhir/transaction-rules.ts';
import type { Criteria } from '../../fhir/transaction-rules.ts';
import type { ExternalPatient, SplitResult } from '../../fhir/patient-compartments.ts';
import type { PseudonymService } from '../storage/patient-pseudonym.ts';
import { PseudonymError } from '../storage/patient-pseudonym.ts';

/**
 * Plans an ingest: from a valid transaction, batch, collection or document Bundle to the resources
 * to store, each with its final id and version, its references rewritten, and the patient
 * partition (pseudonym) it is sealed under. Reads the catalog (current versions, identifier
 * tokens), never writes.
 *
 * Transaction and batch (http.html#transaction; the request and criteria grammar is
 * fhir/transaction-rules.ts):
 * - `POST Type`: a new server-assigned id; with `ifNoneExist`, an existing match is answered
 *   instead (200) and nothing is stored; several matches fail (412).
 * - `PUT Type/id`: creates (201) or updates (200, version + 1) the provider's resource `Type/id`;
 *   `If-Match: W/"n"` must name the current version (412 otherwise). `PUT Type?identifier=...`
 *   is a conditional update: one match is updated, none creates, several fail (412).
 * - Other methods store nothing and are not accepted by an ingest (405 for that entry).
 * - References to other entries' fullUrls become `Type/id`; conditional references
 *   (`Practitioner?identifier=system|value`) resolve among the bundle's entries, then among what
 *   the provider stored before, and become `Type/id` (http.html#trules); none or several fail.
 * Lookups understand `identifier=system|value` and `_id`. Identifier lookups into stored data work
 * for Patient and the types outside the Patient compartment (the ones identifier tokens are kept
 * for, see identifier-tokens.ts).
 *
 * Patients: entries are split by the Patient CompartmentDefinition (patient-compartments.ts). A
 * Patient in the bundle gets its pseudonym from its linking identifier (or a provider-scoped one);
 * one already stored keeps the pseudonym it was first stored under; a patient the bundle only
 * refers to (`Patient/123`, `Patient?identifier=...`) must be one the provider stored before.
 * Shared entries go to the provider's partition.
 *
 * In a transaction the first failing entry fails the whole bundle; in a batch each entry fails
 * alone, and so do the entries that depend on a failed one (they refer to it, or to its patient).
 */

export type BundleEndpoint = 'system' | 'Bundle';

export interface PlannedResource {
  entryIndex: number;
  type: string;
  id: string;
  versionId: number;
  /** The resource as stored: final id, meta.versionId/lastUpdated, references rewritten. */
  resource: Resource;
  /** Branch key id of the object it goes into: a patient pseudonym or the provider's partition. */
  partition: string;
  /** The current item it supersedes. */
  previous?: CurrentItem;
  /** Whether the id came from the client (PUT): its current item is written under a condition. */
  clientAssignedId: boolean;
  /** Identifier tokens to keep (Patient and shared types). */
  tokens?: string[];
}

export type EntryOutcome =
  | { kind: 'stored'; resource: PlannedResource; created: boolean }
  | { kind: 'matched'; type: string; current: CurrentItem & { id: string } }
  | { kind: 'failed'; error: OperationOutcomeError };

export interface BundlePlan {
  bundleType: 'transaction' | 'batch' | 'collection' | 'document';
  lastUpdated: string;
  /** One per bundle entry (for the Bundle endpoint: one, the Bundle itself). */
  entries: EntryOutcome[];
  /** Pseudonyms of the patients whose objects get data (not the provider's partition). */
  patients: string[];
  providerPartition: string;
}

export interface PlanContext {
  providerId: string;
  catalog: Catalog;
  pseudonyms: PseudonymService;
  tokens: IdentifierTokens;
  /** Whether the caller's scopes allow creating (`c`) or updating (`u`) this type; all allowed when absent. */
  permits?: (type: string, permission: 'c' | 'u') => boolean;
  /** The exchange's FHIR base: `<base>/Patient/id` is the provider's `Patient/id`. */
  serviceBase?: string;
  now?: Date;
}

const TOKEN_TYPES = new Set<string>(['Patient', ...NOT_IN_PATIENT_COMPARTMENT]);
export function keepsIdentifierTokens(type: string): boolean {
  return TOKEN_TYPES.has(type);
}

class EntryFailure extends OperationOutcomeError {}

function entryError(status: number, code: Parameters<typeof issue>[0], text: string, expression?: string): EntryFailure {
  return new EntryFailure(status, outcome(issue(code, text, expression)));
}

interface Working {
  index: number;
  entry: BundleEntry;
  method?: 'POST' | 'PUT';
  type?: string;
  id?: string;
  criteria?: Criteria;
  ifNoneExist?: Criteria;
  ifMatch?: number;
  previous?: CurrentItem;
  matched?: CurrentItem & { id: string };
  failure?: OperationOutcomeError;
  partition?: string;
}

export class BundlePlanner {
  readonly #context: PlanContext;
  /** Lookups of stored data by criteria, one per distinct (type, criteria) per plan. */
  readonly #lookups = new Map<string, Promise<(CurrentItem & { id: string })[]>>();
  /** Bases the sender's RESTful fullUrls use (its own server), and the exchange's. */
  readonly #ownBases = new Set<string>();
  /** Current items read in one batch for the PUT entries (undefined: not stored). */
  readonly #prefetched = new Map<string, CurrentItem | undefined>();

  constructor(context: PlanContext) {
    this.#context = context;
  }

  /**
   * `failed`: entries of a batch already known to fail (their resource did not validate), by
   * index; they fail alone, and so do the entries that depend on them.
   */
  async plan(bundle: Bundle, endpoint: BundleEndpoint, failed?: ReadonlyMap<number, OperationOutcomeError>): Promise<BundlePlan> {
    const providerPartition = await this.#context.pseudonyms.providerPartition(this.#context.providerId);
    const lastUpdated = (this.#context.now ?? new Date()).toISOString();
    if (this.#context.serviceBase) this.#ownBases.add(this.#context.serviceBase.replace(/\/+$/, ''));
    for (const entry of bundle.entry ?? []) {
      const restful = RESTFUL_FULL_URL.exec(entry.fullUrl ?? '');
      if (restful) this.#ownBases.add(restful[1]!);
    }
    if (endpoint === 'Bundle') return this.#planStoredBundle(bundle, providerPartition, lastUpdated);
    return this.#planEntries(bundle, providerPartition, lastUpdated, failed);
  }

  // -------------------------------------------------------------------------------------------
  // collection and document: the Bundle is one resource

  async #planStoredBundle(bundle: Bundle, providerPartition: string, lastUpdated: string): Promise<BundlePlan> {
    if (this.#context.permits && !this.#context.permits('Bundle', 'c')) throw new OperationOutcomeError(403, outcome(issue('forbidden', "The access token's scopes do not permit this (needs system/Bundle.c)")));
    const split = splitByPatient(bundle);
    const unresolved = split.unresolved.find((entry) => entry.reason !== 'not-a-stored-resource');
    if (unresolved) {
      throw badRequest(`The bundle's patient cannot be told (${unresolved.reason})`, `Bundle.entry[${unresolved.entryIndex}].resource${unresolved.element ? `.${unresolved.element.split('.').slice(1).join('.')}` : ''}`);
    }
    const withEntries = [...split.patients.entries()].filter(([, patient]) => patient.entryIndexes.length > 0);
    let partition = providerPartition;
    const patients: string[] = [];
    if (withEntries.length === 1) {
      const [, patient] = withEntries[0]!;
      const pseudonym = patient.patientEntryIndex !== undefined
        ? await this.#patientEntryPseudonym(bundle.entry![patient.patientEntryIndex]!.resource!, undefined, `Bundle.entry[${patient.patientEntryIndex}].resource`)
        : await this.#externalPatientPseudonym(patient.external!, `Bundle.entry[${patient.entryIndexes[0]}].resource`);
      partition = pseudonym;
      patients.push(pseudonym);
    }
    // Several patients: a multi-patient record stays in the provider's partition (see patient-compartments.ts).
    const id = randomUUID();
    const stored = { ...bundle, id, meta: { ...bundle.meta, versionId: '1', lastUpdated } } as Bundle;
    const resource: PlannedResource = { entryIndex: 0, type: 'Bundle', id, versionId: 1, resource: stored, partition, clientAssignedId: false };
    return { bundleType: bundle.type as 'collection' | 'document', lastUpdated, entries: [{ kind: 'stored', resource, created: true }], patients, providerPartition };
  }

  // -------------------------------------------------------------------------------------------
  // transaction and batch

  async #planEntries(bundle: Bundle, providerPartition: string, lastUpdated: string, failed?: ReadonlyMap<number, OperationOutcomeError>): Promise<BundlePlan> {
    const transaction = bundle.type === 'transaction';
    const entries = bundle.entry ?? [];
    const work: Working[] = entries.map((entry, index) => (failed?.has(index) ? { index, entry, failure: failed.get(index)! } : { index, entry }));
    const fail = (w: Working, error: OperationOutcomeError) => {
      if (transaction) throw withEntryExpression(error, w.index);
      w.failure ??= error;
    };

    // 1. Methods, urls, ids.
    for (const w of work) {
      try {
        this.#readRequest(w);
      } catch (error) {
        fail(w, asEntryFailure(error));
      }
    }

    // 2. What is stored already: current versions of PUT targets (read together), conditional matches.
    const putTargets = work.filter((w) => !w.failure && w.method === 'PUT' && w.id !== undefined && !w.criteria);
    const currents = await this.#context.catalog.getMany<CurrentItem>(putTargets.map((w) => keys.current(this.#context.providerId, w.type!, w.id!)));
    for (const w of putTargets) this.#prefetched.set(`${w.type}/${w.id}`, currents.get(itemId(keys.current(this.#context.providerId, w.type!, w.id!))));
    await Promise.all(
      work.map(async (w) => {
        if (w.failure) return;
        try {
          await this.#resolveTarget(w);
        } catch (error) {
          fail(w, asEntryFailure(error));
        }
      }),
    );

    // 3. Conditional references, and fullUrl -> Type/id.
    const byFullUrl = new Map<string, Working>();
    for (const w of work) if (w.entry.fullUrl && !byFullUrl.has(w.entry.fullUrl)) byFullUrl.set(w.entry.fullUrl, w);
    const conditionalTargets = new Map<string, Promise<string>>();
    const referenceMap = new Map<string, string | Working>();
    for (const w of work) {
      if (w.failure || w.matched || !w.entry.resource) continue;
      for (const reference of referencesOf(w.entry.resource)) {
        if (referenceMap.has(reference) || conditionalTargets.has(reference)) continue;
        const conditional = CONDITIONAL_URL.exec(reference);
        if (conditional) conditionalTargets.set(reference, this.#resolveConditionalReference(conditional[1]!, conditional[2]!, work));
        else if (byFullUrl.has(reference)) referenceMap.set(reference, byFullUrl.get(reference)!);
      }
    }
    const conditionalFailures = new Map<string, OperationOutcomeError>();
    await Promise.all(
      [...conditionalTargets].map(async ([reference, pending]) => {
        try {
          referenceMap.set(reference, await pending);
        } catch (error) {
          conditionalFailures.set(reference, asEntryFailure(error));
        }
      }),
    );

    // 4. Patients and partitions.
    const split = splitByPatient(bundle);
    const patients = new Set<string>();
    await this.#assignPartitions(work, split, providerPartition, patients, fail);

    // 5. Dependencies on failed entries (batch), to a fixpoint; conditional references that failed.
    // Nothing failed (the usual case): no second walk over every reference.
    for (let changed = conditionalFailures.size > 0 || work.some((w) => w.failure !== undefined); changed; ) {
      changed = false;
      for (const w of work) {
        if (w.failure || w.matched || !w.entry.resource) continue;
        for (const { reference, path } of referencesWithPaths(w.entry.resource)) {
          const failedConditional = conditionalFailures.get(reference);
          const target = referenceMap.get(reference);
          const failedTarget = typeof target === 'object' && target.failure;
          if (failedConditional || failedTarget) {
            const error = failedConditional
              ? withExpression(failedConditional, `Bundle.entry[${w.index}].resource.${path}`)
              : entryError(424, 'processing', `Refers to entry ${(target as Working).index}, which failed`, `Bundle.entry[${w.index}].resource.${path}`);
            fail(w, error);
            changed = true;
            break;
          }
        }
      }
    }

    // 6. The stored resources: ids, meta, references rewritten.
    const outcomes: EntryOutcome[] = [];
    for (const w of work) {
      if (w.failure) {
        outcomes.push({ kind: 'failed', error: w.failure });
        continue;
      }
      if (w.matched) {
        outcomes.push({ kind: 'matched', type: w.type!, current: w.matched });
        continue;
      }
      const versionId = w.previous ? w.previous.versionId + 1 : 1;
      const source = w.entry.resource!;
      const resource = rewriteReferences(source, (reference) => {
        const target = referenceMap.get(reference);
        if (typeof target === 'string') return target;
        if (target && target.type && target.id) return `${target.type}/${target.matched?.id ?? target.id}`;
        return undefined;
      }) as Resource;
      resource.id = w.id!;
      resource.meta = { ...source.meta, versionId: String(versionId), lastUpdated };
      const planned: PlannedResource = {
        entryIndex: w.index,
        type: w.type!,
        id: w.id!,
        versionId,
        resource,
        partition: w.partition!,
        clientAssignedId: w.method === 'PUT',
        ...(w.previous ? { previous: w.previous } : {}),
      };
      if (keepsIdentifierTokens(w.type!)) planned.tokens = this.#context.tokens.tokensOf(w.type!, (resource as { identifier?: [] }).identifier);
      outcomes.push({ kind: 'stored', resource: planned, created: !w.previous });
    }
    const used = new Set(outcomes.flatMap((o) => (o.kind === 'stored' ? [o.resource.partition] : [])));
    return { bundleType: bundle.type as 'transaction' | 'batch', lastUpdated, entries: outcomes, patients: [...patients].filter((p) => used.has(p)), providerPartition };
  }

  #readRequest(w: Working): void {
    const { entry, index } = w;
    const at = `Bundle.entry[${index}].request`;
    const method = entry.request?.method;
    const url = (entry.request?.url ?? '').replace(/^\/+/, '');
    if (method !== 'POST' && method !== 'PUT') throw entryError(405, 'not-supported', `${method ?? 'A missing'} method stores nothing: an ingest accepts POST and PUT entries`, `${at}.method`);
    const resource = entry.resource;
    if (!resource) throw entryError(400, 'required', 'POST and PUT entries need a resource', `Bundle.entry[${index}].resource`);
    w.method = method;
    if (method === 'POST') {
      const match = TYPE_URL.exec(url);
      if (!match) throw entryError(400, 'invalid', 'A POST entry url is the resource type', `${at}.url`);
      w.type = match[1]!;
      w.id = randomUUID();
      if (entry.request!.ifNoneExist !== undefined) w.ifNoneExist = parseCriteria(entry.request!.ifNoneExist, `${at}.ifNoneExist`);
    } else {
      const instance = INSTANCE_URL.exec(url);
      const conditional = CONDITIONAL_URL.exec(url);
      if (instance) {
        w.type = instance[1]!;
        w.id = instance[2]!;
        if (resource.id !== w.id) throw entryError(400, 'invalid', 'The resource id must be the id in the PUT url', `Bundle.entry[${index}].resource.id`);
      } else if (conditional) {
        w.type = conditional[1]!;
        w.criteria = parseCriteria(conditional[2]!, `${at}.url`);
      } else {
        throw entryError(400, 'invalid', 'A PUT entry url is Type/id or Type?criteria', `${at}.url`);
      }
      const ifMatch = entry.request!.ifMatch;
      if (ifMatch !== undefined) w.ifMatch = parseIfMatch(ifMatch, `${at}.ifMatch`);
    }
    if (resource.resourceType !== w.type) throw entryError(400, 'invalid', 'The resource type must be the type in the request url', `Bundle.entry[${index}].resource.resourceType`);
    const permission = method === 'POST' ? 'c' : 'u';
    if (this.#context.permits && !this.#context.permits(w.type, permission)) {
      throw entryError(403, 'forbidden', `The access token's scopes do not permit this (needs system/${w.type}.${permission})`, `${at}.method`);
    }
  }

  async #resolveTarget(w: Working): Promise<void> {
    const at = `Bundle.entry[${w.index}].request`;
    // Criteria the lookup cannot answer are a fault of the request's criteria: named as such.
    const lookup = (criteria: Criteria, expression: string) => this.#lookup(w.type!, criteria).catch((error: unknown) => Promise.reject(withExpression(asEntryFailure(error), expression)));
    if (w.ifNoneExist) {
      const matches = await lookup(w.ifNoneExist, `${at}.ifNoneExist`);
      if (matches.length > 1) throw entryError(412, 'duplicate', 'ifNoneExist matches several resources', `${at}.ifNoneExist`);
      if (matches.length === 1) w.matched = matches[0]!;
      return;
    }
    if (w.criteria) {
      const matches = await lookup(w.criteria, `${at}.url`);
      if (matches.length > 1) throw entryError(412, 'duplicate', 'The conditional update matches several resources', `${at}.url`);
      const resourceId = w.entry.resource!.id;
      if (matches.length === 1) {
        if (resourceId !== undefined && resourceId !== matches[0]!.id) throw entryError(400, 'invalid', 'The resource id is not the id of the resource the conditional update matches', `Bundle.entry[${w.index}].resource.id`);
        w.id = matches[0]!.id;
        w.previous = matches[0]!;
      } else {
        w.id = resourceId ?? randomUUID();
        const current = await this.#current(w.type!, w.id);
        if (current) throw entryError(409, 'conflict', 'The resource id is taken by a resource the criteria do not match', `Bundle.entry[${w.index}].resource.id`);
      }
    } else if (w.method === 'PUT') {
      w.previous = await this.#current(w.type!, w.id!);
    }
    if (w.previous?.erasedAt) throw entryError(410, 'deleted', 'This resource was erased', `${at}.url`);
    if (w.ifMatch !== undefined && w.ifMatch !== (w.previous?.versionId ?? 0)) {
      throw entryError(412, 'conflict', 'If-Match does not name the current version', `${at}.ifMatch`);
    }
  }

  async #current(type: string, id: string): Promise<CurrentItem | undefined> {
    const key = `${type}/${id}`;
    if (this.#prefetched.has(key)) return this.#prefetched.get(key);
    return this.#context.catalog.get<CurrentItem>(keys.current(this.#context.providerId, type, id));
  }

  /** Stored resources of this provider matching `criteria` (erased ones left out). */
  #lookup(type: string, criteria: Criteria): Promise<(CurrentItem & { id: string })[]> {
    const cacheKey = `${type}\u0000${JSON.stringify(criteria)}`;
    let pending = this.#lookups.get(cacheKey);
    if (!pending) {
      pending = this.#lookupUncached(type, criteria);
      this.#lookups.set(cacheKey, pending);
    }
    return pending;
  }

  async #lookupUncached(type: string, criteria: Criteria): Promise<(CurrentItem & { id: string })[]> {
    if (criteria.kind === 'id') {
      const current = await this.#current(type, criteria.id);
      return current && !current.erasedAt ? [{ ...current, id: criteria.id }] : [];
    }
    if (!keepsIdentifierTokens(type)) {
      throw entryError(400, 'not-supported', `Stored ${type} resources cannot be matched by identifier (Patient and shared resource types can)`);
    }
    const token = this.#context.tokens.token(type, criteria.system, criteria.value);
    const candidates = await this.#context.catalog.query<{ pk: string; sk: string }>(keys.identifier(this.#context.providerId, type, token, '').pk);
    const found = await this.#context.catalog.getMany<CurrentItem>(candidates.map((candidate) => keys.current(this.#context.providerId, type, candidate.sk)));
    // A token item outlives an update that dropped the identifier: the current version decides.
    return candidates.flatMap((candidate) => {
      const current = found.get(`${keys.current(this.#context.providerId, type, candidate.sk).pk} current`);
      return current && !current.erasedAt && current.tokens?.includes(token) ? [{ ...current, id: candidate.sk }] : [];
    });
  }

  /** `Type?criteria` in a resource: a bundle entry (one), else a stored resource (one). */
  async #resolveConditionalReference(type: string, query: string, work: Working[]): Promise<string> {
    const criteria = parseCriteria(query, '');
    const inBundle = work.filter((w) => !w.failure && w.type === type && w.entry.resource && matchesCriteria(w.entry.resource, criteria));
    if (inBundle.length > 1) throw entryError(412, 'duplicate', 'A conditional reference matches several entries of the bundle');
    if (inBundle.length === 1) return `${type}/${inBundle[0]!.matched?.id ?? inBundle[0]!.id}`;
    const stored = await this.#lookup(type, criteria);
    if (stored.length > 1) throw entryError(412, 'duplicate', 'A conditional reference matches several stored resources');
    if (stored.length === 0) throw entryError(404, 'not-found', 'A conditional reference matches nothing this provider sent');
    return `${type}/${stored[0]!.id}`;
  }

  async #assignPartitions(work: Working[], split: SplitResult, providerPartition: string, patients: Set<string>, fail: (w: Working, error: OperationOutcomeError) => void): Promise<void> {
    for (const index of split.shared) work[index]!.partition = providerPartition;
    for (const unresolved of split.unresolved) {
      const w = work[unresolved.entryIndex]!;
      if (w.failure || w.matched) continue;
      const element = unresolved.element ? `.${unresolved.element.split('.').slice(1).join('.')}` : '';
      fail(w, entryError(400, 'invalid', `The entry's patient cannot be told (${unresolved.reason})`, `Bundle.entry[${w.index}].resource${element}`));
    }
    await Promise.all(
      [...split.patients.values()].map(async (patient) => {
        const members = patient.entryIndexes.map((index) => work[index]!).filter((w) => !w.failure && !w.matched);
        if (members.length === 0) return;
        try {
          let pseudonym: string;
          if (patient.patientEntryIndex !== undefined) {
            const w = work[patient.patientEntryIndex]!;
            if (w.failure) throw entryError(424, 'processing', `The patient's entry ${w.index} failed`);
            pseudonym = w.matched
              ? w.matched.pseudonym
              : await this.#patientEntryPseudonym(w.entry.resource!, w.previous, `Bundle.entry[${w.index}].resource`, w.id);
          } else {
            pseudonym = await this.#externalPatientPseudonym(patient.external!, `Bundle.entry[${members[0]!.index}].resource`);
          }
          patients.add(pseudonym);
          for (const w of members) w.partition = pseudonym;
        } catch (error) {
          for (const w of members) fail(w, withEntryExpression(asEntryFailure(error), w.index, true));
        }
      }),
    );
    for (const w of work) if (!w.failure && !w.matched && !w.partition) fail(w, entryError(400, 'invalid', "The entry's patient cannot be told", `Bundle.entry[${w.index}].resource`));
  }

  /** A Patient stored before keeps its pseudonym; a new one gets it from its identifiers. */
  async #patientEntryPseudonym(patient: Resource, previous: CurrentItem | undefined, expression: string, id?: string): Promise<string> {
    if (previous) return previous.pseudonym;
    try {
      const { pseudonym } = await this.#context.pseudonyms.forPatient(patient as { identifier?: [] }, this.#context.providerId, `Patient/${id ?? patient.id ?? randomUUID()}`);
      return pseudonym;
    } catch (error) {
      if (error instanceof PseudonymError) throw entryError(400, 'invalid', error.message, `${expression}.identifier`);
      throw error;
    }
  }

  async #externalPatientPseudonym(external: ExternalPatient, expression: string): Promise<string> {
    let matches: (CurrentItem & { id: string })[];
    const restful = external.kind === 'absolute' ? RESTFUL_FULL_URL.exec(external.reference.replace(/\/_history\/[^/]+$/, '')) : null;
    if (restful && restful[2] === 'Patient' && this.#ownBases.has(restful[1]!)) {
      // A patient on the sender's own server (the base of its fullUrls) is the one it sent here.
      matches = await this.#lookup('Patient', { kind: 'id', id: restful[3]! });
    } else if (external.kind === 'relative') {
      const id = external.reference.split('/')[1]!;
      matches = await this.#lookup('Patient', { kind: 'id', id });
    } else if (external.kind === 'identifier') {
      matches = await this.#lookup('Patient', { kind: 'identifier', system: external.system, value: external.value });
    } else {
      throw entryError(400, 'not-supported', 'Refers to a patient on another server, or by criteria other than identifier: the exchange files data only under patients the provider sent', expression);
    }
    if (matches.length > 1) throw entryError(412, 'duplicate', 'The patient reference matches several patients this provider sent', expression);
    if (matches.length === 0) throw entryError(404, 'not-found', 'Refers to a patient this provider has not sent', expression);
    return matches[0]!.pseudonym;
  }
}

// ---------------------------------------------------------------------------------------------

function asEntryFailure(error: unknown): OperationOutcomeError {
  if (error instanceof OperationOutcomeError) return error;
  throw error;
}

function withExpression(error: OperationOutcomeError, expression: string): OperationOutcomeError {
  const issues = error.outcome.issue.map((entry) => (entry.expression?.length ? entry : { ...entry, expression: [expression] }));
  return new OperationOutcomeError(error.status, outcome(...issues), error.headers);
}

/** Issues without an expression get the entry's; with `force`, every issue is about this entry. */
function withEntryExpression(error: OperationOutcomeError, index: number, force = false): OperationOutcomeError {
  if (!force) return withExpression(error, `Bundle.entry[${index}]`);
  const issues = error.outcome.issue.map((entry) => {
    const own = entry.expression?.filter((expression) => expression.startsWith(`Bundle.entry[${index}]`));
    return { ...entry, expression: own?.length ? own : [`Bundle.entry[${index}].resource`] };
  });
  return new OperationOutcomeError(error.status, outcome(...issues), error.headers);
}
