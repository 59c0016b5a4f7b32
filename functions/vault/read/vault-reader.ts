import type { Bundle, BundleEntry, Resource } from 'fhir/r4.d.ts';
import { gone, notFound } from '../../fhir/outcomes.ts';
import type { AuditLog, PurposeOfUse } from '../storage/audit-log.ts';
import type { Catalog, CurrentItem, ObjectItem } from '../storage/catalog.ts';
import { forEachLimit, keys } from '../storage/catalog.ts';
import { PatientErasedError } from '../storage/patient-keys.ts';
import type { ObjectEntry, VaultObjects } from '../storage/vault-objects.ts';

/**
 * Reads from the vault: one resource (current or a given version) and a patient's `$everything`.
 * For now a provider reads what it sent itself (its own namespace of ids); consent widens this in
 * a later issue. Every answer is preceded by an audit entry; erased records answer 410.
 *
 * Opened objects are kept briefly in memory (a few, by size), since reads of one patient's
 * resources usually come together and each object holds all of a commit's resources for that
 * patient.
 */

export interface Reader {
  clientId: string;
  providerId: string;
  requestId: string;
  purpose?: PurposeOfUse;
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
    const current = await liveCurrent(this.#catalog, reader.providerId, type, id);
    let item: CurrentItem | undefined = current;
    if (versionId !== undefined && versionId !== current.versionId) {
      item = versionId < current.versionId ? await this.#catalog.get<CurrentItem>(keys.version(reader.providerId, type, id, versionId)) : undefined;
      if (!item) throw notFound(`${type}/${id} has no version ${versionId}`);
    }
    await this.#audit.record([
      {
        pseudonym: item.pseudonym,
        action: versionId === undefined ? 'read' : 'vread',
        clientId: reader.clientId,
        providerId: reader.providerId,
        resources: [`${type}/${id}/_history/${item.versionId}`],
        purpose: reader.purpose ?? 'TREAT',
        basis: 'own-records',
        requestId: reader.requestId,
      },
    ]);
    const entries = await this.#open(item.objectKey, item.pseudonym, reader.providerId);
    const entry = entries[item.position];
    if (!entry || entry.type !== type || entry.id !== id || entry.versionId !== String(item.versionId)) throw new Error('The catalog and the object disagree');
    return { resource: entry.resource, versionId: item.versionId, lastUpdated: entry.lastUpdated };
  }

  /**
   * `GET [base]/Patient/{id}/$everything`: the current version of every resource the provider
   * holds in this patient's compartment, as a searchset Bundle (the Patient first).
   */
  async everything(reader: Reader, patientId: string, fhirBase: string): Promise<Bundle> {
    const patient = await liveCurrent(this.#catalog, reader.providerId, 'Patient', patientId);
    const objects = await this.#catalog.query<ObjectItem>(`p#${patient.pseudonym}`, `obj#${reader.providerId}#`);

    // The latest version of each resource, and where it is.
    const latest = new Map<string, { version: number; objectKey: string; position: number }>();
    for (const object of objects) {
      object.entries.forEach((text, position) => {
        const slash = text.lastIndexOf('/');
        const reference = text.slice(0, slash);
        const version = Number(text.slice(slash + 1));
        const known = latest.get(reference);
        if (!known || known.version < version) latest.set(reference, { version, objectKey: object.objectKey, position });
      });
    }
    const needed = [...new Set([...latest.values()].map((where) => where.objectKey))];
    await this.#audit.record([
      {
        pseudonym: patient.pseudonym,
        action: 'everything',
        clientId: reader.clientId,
        providerId: reader.providerId,
        resources: [...latest].map(([reference, where]) => `${reference}/_history/${where.version}`),
        purpose: reader.purpose ?? 'TREAT',
        basis: 'own-records',
        requestId: reader.requestId,
      },
    ]);
    const opened = new Map<string, ObjectEntry[]>();
    await forEachLimit(needed, 4, async (objectKey) => {
      opened.set(objectKey, await this.#open(objectKey, patient.pseudonym, reader.providerId));
    });
    const entries: BundleEntry[] = [];
    for (const [reference, where] of latest) {
      const entry = opened.get(where.objectKey)?.[where.position];
      if (!entry) continue;
      entries.push({ fullUrl: `${fhirBase}/${reference}`, resource: entry.resource, search: { mode: 'match' } });
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
