import { createHash } from 'node:crypto';
import type { Bundle, BundleEntry, Resource } from 'fhir/r4.d.ts';
import { PATIENT_COMPARTMENT } from '../../../schemas/patient-compartment.generated.ts';
import { allowsType, auditedDecision, namespaceOf, opensPartition } from '../../access/decide.ts';
import type { Permit } from '../../access/decide.ts';
import { forbidden, gone, notFound } from '../../fhir/outcomes.ts';
import { classifyReference, rewriteReferences } from '../../fhir/references.ts';
import { referenceKey } from '../../fhir/search/search-evaluation.ts';
import { pageOf, pagingLinks } from '../../fhir/search/search-results.ts';
import type { StoredResource } from '../../fhir/search/search-results.ts';
import type { AuditAction } from '../storage/audit-log.ts';
import type { AuditLog } from '../storage/audit-log.ts';
import type { Catalog, CurrentItem, ObjectItem } from '../storage/catalog.ts';
import { forEachLimit, keys, resourcePk } from '../storage/catalog.ts';
import { PatientErasedError } from '../storage/patient-keys.ts';
import type { ObjectEntry, VaultObjects } from '../storage/vault-objects.ts';

/**
 * Reads from the vault: one resource (current or a given version) and a patient's `$everything`,
 * as the caller's access decision (functions/access/decide.ts) allows: ids are looked up in the
 * decision's namespace (the holder whose ids they are), only the decision's partitions are opened
 * and only its resource types returned. Every answer is preceded by an audit entry recording the
 * decision; erased records answer 410.
 *
 * Opened objects are kept briefly in memory (a few, by size), since reads of one patient's
 * resources usually come together and each object holds all of a commit's resources for that
 * patient.
 */

/** A read as decided: the permit, and the request it answers (for the audit). */
export interface Reader {
  permit: Permit;
  requestId: string;
}

/** The current item, if the decision opens its partition and type (403 otherwise: a decision never widens by accident). */
export async function permittedCurrent(catalog: Catalog, permit: Permit, type: string, id: string): Promise<{ holder: string; current: CurrentItem }> {
  const holder = namespaceOf(permit);
  if (!allowsType(permit, type)) throw forbidden(`This access decision does not cover ${type}`);
  const current = await liveCurrent(catalog, holder, type, id);
  if (!opensPartition(permit, holder, current.pseudonym)) throw forbidden("This access decision does not cover this patient's records at this holder");
  return { holder, current };
}

/** The latest version of each resource in a holder's objects of one patient, and where it is, for the types `wanted`. */
function latestVersions(objects: readonly ObjectItem[], wanted: (type: string) => boolean): Map<string, { version: number; objectKey: string; position: number }> {
  const latest = new Map<string, { version: number; objectKey: string; position: number }>();
  for (const object of objects) {
    object.entries.forEach((text, position) => {
      const slash = text.lastIndexOf('/');
      const reference = text.slice(0, slash);
      if (!wanted(reference.slice(0, reference.indexOf('/')))) return;
      const version = Number(text.slice(slash + 1));
      const known = latest.get(reference);
      if (!known || known.version < version) latest.set(reference, { version, objectKey: object.objectKey, position });
    });
  }
  return latest;
}

export interface ReadResult {
  resource: Resource;
  versionId: number;
  lastUpdated: string;
}

/** The current item of the provider's `type/id`: 404 if it is not known, 410 if it was erased. */
export async function liveCurrent(catalog: Catalog, providerId: string, type: string, id: string): Promise<CurrentItem> {
  const current = await catalog.get<CurrentItem>(keys.current(providerId, type, id));
  if (!current) throw notFound(`${type}/${id} is not known`);
  if (current.erasedAt) throw gone(`${type}/${id} was erased`);
  return current;
}

/**
 * A holder's ids made unique across holders (two providers may both have `Observation/1`): the id
 * prefixed with a short tag of the holder (`h` and 8 hex digits of SHA-256 of its id); an id too
 * long for the prefix (FHIR ids are at most 64 characters) is replaced by a digest of itself.
 */
export function holderScopedId(holder: string, id: string): string {
  return holderScope(holder)(id);
}

/** holderScopedId for one holder, its tag computed once (for callers that scope many ids of the same holder). */
export function holderScope(holder: string): (id: string) => string {
  const tag = `h${createHash('sha256').update(holder).digest('hex').slice(0, 8)}`;
  return (id) => (id.length + tag.length + 1 <= 64 ? `${tag}-${id}` : `${tag}-${createHash('sha256').update(id).digest('hex').slice(0, 40)}`);
}

/** A holder's resource as shown beside other holders': its id and its relative references scoped to the holder, and where it came from. */
function asHeldBy(resource: Resource, holder: string, source: string): Resource {
  const scoped = rewriteReferences(resource, (reference) => {
    if (classifyReference(reference) !== 'relative') return undefined;
    const [type, id, ...history] = reference.split('/');
    return [type, holderScopedId(holder, id!), ...history].join('/');
  }) as Resource;
  return { ...scoped, id: holderScopedId(holder, resource.id!), meta: { ...scoped.meta, source } };
}

/** What a cross-holder `$everything` may be narrowed to (`_type`, `_since`). */
export interface EverythingFilter {
  types?: ReadonlySet<string>;
  since?: Date;
}

/** What a holder's `$everything` may be narrowed to and paged by. */
export interface EverythingOptions extends EverythingFilter {
  count?: number;
  offset?: number;
  /** The request's own parameters, as given, for the paging links. */
  canonical?: [string, string][];
}

/** The Patient first, then the compartment's resources, then the shared ones they refer to. */
function rank(resource: StoredResource): number {
  return resource.type === 'Patient' ? 0 : PATIENT_COMPARTMENT[resource.type] ? 1 : 2;
}

/** `Type/id` of every literal reference in a resource (contained and logical references left out). */
export function referencesIn(resource: Resource): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'reference' && typeof child === 'string') {
          const reference = referenceKey(child);
          if (reference && classifyReference(child) === 'relative') found.push(reference);
        } else if (key !== 'contained') visit(child);
      }
    }
  };
  visit(resource);
  return found;
}

const CACHE_BYTES = 64 * 1024 * 1024;
const CACHE_MS = 60_000;

export class VaultReader {
  readonly #catalog: Catalog;
  readonly #objects: VaultObjects;
  readonly #audit: AuditLog;
  readonly #cache = new Map<string, { entries: ObjectEntry[]; bytes: number; until: number }>();
  #cachedBytes = 0;

  constructor(catalog: Catalog, objects: VaultObjects, audit: AuditLog) {
    this.#catalog = catalog;
    this.#objects = objects;
    this.#audit = audit;
  }

  /** `GET [base]/{type}/{id}` and, with `versionId`, `GET [base]/{type}/{id}/_history/{versionId}`. */
  async read(reader: Reader, type: string, id: string, versionId?: number): Promise<ReadResult> {
    const { holder, current } = await permittedCurrent(this.#catalog, reader.permit, type, id);
    let item: CurrentItem | undefined = current;
    if (versionId !== undefined && versionId !== current.versionId) {
      item = versionId < current.versionId ? await this.#catalog.get<CurrentItem>(keys.version(holder, type, id, versionId)) : undefined;
      if (!item) throw notFound(`${type}/${id} has no version ${versionId}`);
    }
    await this.#audit.record([
      {
        pseudonym: item.pseudonym,
        action: versionId === undefined ? 'read' : 'vread',
        ...auditedDecision(reader.permit),
        holder,
        resources: [`${type}/${id}/_history/${item.versionId}`],
        requestId: reader.requestId,
      },
    ]);
    const entries = await this.#open(item.objectKey, item.pseudonym, holder);
    const entry = entries[item.position];
    if (!entry || entry.type !== type || entry.id !== id || entry.versionId !== String(item.versionId)) throw new Error('The catalog and the object disagree');
    return { resource: entry.resource, versionId: item.versionId, lastUpdated: entry.lastUpdated };
  }

  /**
   * `GET [base]/Patient/{id}/$everything` (http://hl7.org/fhir/R4/patient-operation-everything.html):
   * the current version of every resource the holder holds in this patient's compartment, of the
   * types the decision allows, and the resources outside the compartment they refer to
   * (Organization, Practitioner, Location…, from the holder's own partition), as a searchset
   * Bundle with the Patient first. `_type` narrows the types, `_since` to what changed since an
   * instant, `_count` pages (links with `_offset`, as searches have).
   */
  async everything(reader: Reader, patientId: string, fhirBase: string, options: EverythingOptions = {}): Promise<Bundle> {
    const wanted = (type: string) => !options.types || options.types.has(type);
    const { holder, patient, resources } = await this.compartment(reader, patientId, () => true);
    const shared = await this.sharedReferenced(reader, holder, resources.flatMap((resource) => referencesIn(resource.resource)));
    const all = [...resources, ...shared].filter(
      (resource) => wanted(resource.type) && (!options.since || Date.parse(resource.lastUpdated) >= options.since.getTime()),
    );
    all.sort((a, b) => rank(a) - rank(b) || (a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const paging = { count: options.count ?? all.length, offset: options.offset ?? 0, canonical: options.canonical ?? [] };
    const page = options.count === undefined ? all.slice(paging.offset) : pageOf(paging, all);
    await this.recordAccess(reader, 'everything', patient.pseudonym, holder, page);
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      total: all.length,
      ...(options.count === undefined ? {} : { link: pagingLinks(`${fhirBase}/Patient/${patientId}/$everything`, paging, all.length) }),
      entry: page.map((resource) => ({ fullUrl: `${fhirBase}/${resource.type}/${resource.id}`, resource: resource.resource, search: { mode: PATIENT_COMPARTMENT[resource.type] ? 'match' : 'include' } })),
    };
  }

  /**
   * The current version of every resource of the types `wanted` (and the decision allows) in the
   * holder's partition of the patient `Patient/{patientId}` names in the decision's namespace. The
   * patient itself is looked up whatever the decision's types (its compartment is what is read).
   * Nothing is audited here: the caller records what it returns.
   */
  async compartment(reader: Reader, patientId: string, wanted: (type: string) => boolean): Promise<{ holder: string; patient: CurrentItem; resources: StoredResource[] }> {
    const holder = namespaceOf(reader.permit);
    const patient = await liveCurrent(this.#catalog, holder, 'Patient', patientId);
    if (!opensPartition(reader.permit, holder, patient.pseudonym)) throw forbidden("This access decision does not cover this patient's records at this holder");
    const objects = await this.#catalog.query<ObjectItem>(`p#${patient.pseudonym}`, `obj#${holder}#`);
    const latest = latestVersions(objects, (type) => allowsType(reader.permit, type) && wanted(type));
    const opened = await this.#openAll(latest, patient.pseudonym, holder);
    const resources: StoredResource[] = [];
    for (const where of latest.values()) {
      const entry = opened.get(where.objectKey)?.[where.position];
      if (entry) resources.push({ type: entry.type, id: entry.id, versionId: where.version, lastUpdated: entry.lastUpdated, resource: entry.resource });
    }
    return { holder, patient, resources };
  }

  /**
   * The current versions of the resources outside the Patient compartment that `references`
   * (`Type/id`) name, in the holder's own partition, of the types the decision allows. Those not
   * stored (or erased) are left out: a reference to them is not an error of the reader's.
   */
  async sharedReferenced(reader: Reader, holder: string, references: Iterable<string>): Promise<StoredResource[]> {
    const wanted = [...new Set(references)].filter((reference) => {
      const type = reference.slice(0, reference.indexOf('/'));
      return !PATIENT_COMPARTMENT[type] && allowsType(reader.permit, type);
    });
    const found: StoredResource[] = [];
    await forEachLimit(wanted.sort(), 8, async (reference) => {
      const [type, id] = reference.split('/') as [string, string];
      const current = await this.#catalog.get<CurrentItem>(keys.current(holder, type, id));
      if (!current || current.erasedAt || !opensPartition(reader.permit, holder, current.pseudonym)) return;
      let entries: ObjectEntry[];
      try {
        entries = await this.#open(current.objectKey, current.pseudonym, holder);
      } catch (error) {
        if ((error as { status?: number }).status === 410) return;
        throw error;
      }
      const entry = entries[current.position];
      if (entry && entry.type === type && entry.id === id) found.push({ type, id, versionId: current.versionId, lastUpdated: entry.lastUpdated, resource: entry.resource });
    });
    return found.sort((a, b) => (a.type === b.type ? (a.id < b.id ? -1 : 1) : a.type < b.type ? -1 : 1));
  }

  /**
   * `GET [base]/{type}/{id}/_history` (R4 3.1.0.5 instance history): every version the caller may
   * see, newest first, as a history Bundle whose entries say how each version came about.
   */
  async history(reader: Reader, type: string, id: string, fhirBase: string): Promise<Bundle> {
    const { holder, current } = await permittedCurrent(this.#catalog, reader.permit, type, id);
    const older = await this.#catalog.query<CurrentItem>(resourcePk(holder, type, id), 'v#');
    const versions = [current, ...older.filter((item) => opensPartition(reader.permit, holder, item.pseudonym)).sort((a, b) => b.versionId - a.versionId)];
    await this.#audit.record([
      {
        pseudonym: current.pseudonym,
        action: 'vread',
        ...auditedDecision(reader.permit),
        holder,
        resources: versions.map((item) => `${type}/${id}/_history/${item.versionId}`),
        requestId: reader.requestId,
      },
    ]);
    const entries: BundleEntry[] = [];
    for (const item of versions) {
      const opened = await this.#open(item.objectKey, item.pseudonym, holder);
      const entry = opened[item.position];
      if (!entry || entry.type !== type || entry.id !== id || entry.versionId !== String(item.versionId)) throw new Error('The catalog and the object disagree');
      entries.push({
        fullUrl: `${fhirBase}/${type}/${id}`,
        resource: entry.resource,
        request: item.versionId === 1 ? { method: 'POST', url: type } : { method: 'PUT', url: `${type}/${id}` },
        response: { status: item.versionId === 1 ? '201 Created' : '200 OK', etag: `W/"${item.versionId}"`, lastModified: entry.lastUpdated },
      });
    }
    return { resourceType: 'Bundle', type: 'history', total: entries.length, link: [{ relation: 'self', url: `${fhirBase}/${type}/${id}/_history` }], entry: entries };
  }

  /** The audit entry of what a search or `$everything` returns, written before it is returned. */
  async recordAccess(reader: Reader, action: AuditAction, pseudonym: string, holder: string, resources: readonly StoredResource[]): Promise<void> {
    await this.#audit.record([
      {
        pseudonym,
        action,
        ...auditedDecision(reader.permit),
        holder,
        resources: resources.map((resource) => `${resource.type}/${resource.id}/_history/${resource.versionId}`),
        requestId: reader.requestId,
      },
    ]);
  }

  async #openAll(latest: ReadonlyMap<string, { objectKey: string }>, pseudonym: string, holder: string): Promise<Map<string, ObjectEntry[]>> {
    const needed = [...new Set([...latest.values()].map((where) => where.objectKey))];
    const opened = new Map<string, ObjectEntry[]>();
    await forEachLimit(needed, 4, async (objectKey) => {
      opened.set(objectKey, await this.#open(objectKey, pseudonym, holder));
    });
    return opened;
  }

  /**
   * `GET [base]/Patient/$everything?identifier=…`: the current version of every resource of the
   * person at every holder the decision opens (consent or emergency), of the types it allows and
   * the filter asks for, as one searchset. Each entry's `meta.source` is its holder's Organization;
   * ids and the relative references inside are scoped to their holder ({@link holderScopedId}), so
   * they never collide across holders and still resolve within the Bundle. One audit entry per
   * holder, before anything is opened. A holder whose partition was erased meanwhile is left out.
   */
  async everythingForPerson(reader: Reader, pseudonym: string, fhirBase: string, filter: EverythingFilter = {}): Promise<Bundle> {
    const holders = reader.permit.partitions.filter((partition) => partition.pseudonym === pseudonym).map((partition) => partition.holder);
    const wanted = (type: string) => allowsType(reader.permit, type) && (!filter.types || filter.types.has(type));
    const perHolder = await Promise.all(
      holders.map(async (holder) => {
        const objects = await this.#catalog.query<ObjectItem>(`p#${pseudonym}`, `obj#${holder}#`);
        return { holder, latest: latestVersions(objects, wanted) };
      }),
    );
    await this.#audit.record(
      perHolder.map(({ holder, latest }) => ({
        pseudonym,
        action: 'everything' as const,
        ...auditedDecision(reader.permit),
        holder,
        resources: [...latest].map(([reference, where]) => `${reference}/_history/${where.version}`),
        requestId: reader.requestId,
      })),
    );
    const entries: BundleEntry[] = [];
    for (const { holder, latest } of perHolder) {
      const needed = [...new Set([...latest.values()].map((where) => where.objectKey))];
      const opened = new Map<string, ObjectEntry[]>();
      try {
        await forEachLimit(needed, 4, async (objectKey) => {
          opened.set(objectKey, await this.#open(objectKey, pseudonym, holder));
        });
      } catch (error) {
        if ((error as { status?: number }).status === 410) continue;
        throw error;
      }
      const source = `${fhirBase}/Organization/${holder}`;
      for (const [reference, where] of latest) {
        const entry = opened.get(where.objectKey)?.[where.position];
        if (!entry || (filter.since && Date.parse(entry.lastUpdated) < filter.since.getTime())) continue;
        const resource = asHeldBy(entry.resource, holder, source);
        entries.push({ fullUrl: `${fhirBase}/${reference.slice(0, reference.indexOf('/'))}/${resource.id}`, resource, search: { mode: 'match' } });
      }
    }
    entries.sort((a, b) => Number(b.resource!.resourceType === 'Patient') - Number(a.resource!.resourceType === 'Patient'));
    return { resourceType: 'Bundle', type: 'searchset', total: entries.length, entry: entries };
  }

  async #open(objectKey: string, pseudonym: string, providerId: string): Promise<ObjectEntry[]> {
    const now = Date.now();
    const cached = this.#cache.get(objectKey);
    if (cached && cached.until > now) return cached.entries;
    let opened: { entries: ObjectEntry[]; bytes: number } | undefined;
    try {
      opened = await this.#objects.open(objectKey, pseudonym, providerId);
    } catch (error) {
      if (error instanceof PatientErasedError) throw gone("This patient's records were erased");
      throw error;
    }
    if (!opened) throw gone('The record is no longer stored');
    this.#remember(objectKey, opened.entries, opened.bytes * 3, now);
    return opened.entries;
  }

  #remember(objectKey: string, entries: ObjectEntry[], bytes: number, now: number): void {
    if (bytes > CACHE_BYTES / 4) return;
    const old = this.#cache.get(objectKey);
    if (old) {
      this.#cache.delete(objectKey);
      this.#cachedBytes -= old.bytes;
    }
    for (const [key, value] of this.#cache) {
      if (this.#cachedBytes + bytes <= CACHE_BYTES && value.until > now) break;
      this.#cache.delete(key);
      this.#cachedBytes -= value.bytes;
    }
    this.#cache.set(objectKey, { entries, bytes, until: now + CACHE_MS });
    this.#cachedBytes += bytes;
  }

  /** Drops what is cached for these objects (an erasure in this process). */
  forget(objectKeys: Iterable<string>): void {
    for (const key of objectKeys) {
      const old = this.#cache.get(key);
      if (old) {
        this.#cache.delete(key);
        this.#cachedBytes -= old.bytes;
      }
    }
  }
}
