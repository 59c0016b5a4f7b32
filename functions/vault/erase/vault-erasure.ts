import { notFound } from '../../fhir/outcomes.ts';
import { logger } from '../../platform/logger.ts';
import { anchorKeys } from '../anchoring/anchoring.ts';
import type { AuditLog } from '../storage/audit-log.ts';
import type { Catalog, CurrentItem, Item, Key, ObjectItem } from '../storage/catalog.ts';
import { forEachLimit, itemId, keys } from '../storage/catalog.ts';
import type { PatientKeyring } from '../storage/patient-keys.ts';
import type { VaultObjects } from '../storage/vault-objects.ts';

/**
 * Crypto-shredding erasure of one patient (`POST [base]/Patient/{id}/$erase`).
 *
 * The patient is found in the caller's namespace; what is erased is everything sealed under that
 * patient's pseudonym, at every provider (one branch key per pseudonym: a linked patient's records
 * at other providers go too, which is what erasure of a person means).
 *
 *   1. list the patient's objects (catalog object items), before anything is deleted;
 *   2. delete every version of the patient's branch key (patient-keys.ts: tombstone first). From
 *      here on nothing sealed for the patient opens, wherever a copy of its bytes may be;
 *   3. each resource's current item becomes a tombstone (reads answer 410); version items,
 *      identifier tokens, pending commitments and anchor items go; then the objects; then the
 *      object items;
 *   4. an audit entry.
 * Idempotent: running it again (after a crash, or twice) finishes what is left.
 */

export interface Eraser {
  clientId: string;
  providerId?: string;
  requestId: string;
  basis: 'own-records' | 'admin';
}

export interface ErasureResult {
  /** Branch key items deleted (versions, ACTIVE, beacon). */
  keyItems: number;
  objects: number;
  resources: number;
  alreadyErased: boolean;
}

export class VaultErasure {
  readonly #catalog: Catalog;
  readonly #objects: VaultObjects;
  readonly #keyring: PatientKeyring;
  readonly #audit: AuditLog;

  constructor(catalog: Catalog, objects: VaultObjects, keyring: PatientKeyring, audit: AuditLog) {
    this.#catalog = catalog;
    this.#objects = objects;
    this.#keyring = keyring;
    this.#audit = audit;
  }

  /** Erases the patient `Patient/{patientId}` of provider `providerId`. */
  async erase(eraser: Eraser, providerId: string, patientId: string): Promise<ErasureResult> {
    const patient = await this.#catalog.get<CurrentItem>(keys.current(providerId, 'Patient', patientId));
    if (!patient) throw notFound(`Patient/${patientId} is not known`);
    const pseudonym = patient.pseudonym;
    const objects = await this.#catalog.query<ObjectItem>(`p#${pseudonym}`, 'obj#');

    const { deletedItems } = await this.#keyring.eraseBranchKey(pseudonym);

    // What the objects held: every resource and version, per provider.
    const versions = new Map<string, { providerId: string; type: string; id: string; versions: Set<number> }>();
    for (const object of objects) {
      for (const text of object.entries) {
        const [type, id, version] = text.split('/') as [string, string, string];
        const key = `${object.providerId}#${type}#${id}`;
        const known = versions.get(key) ?? { providerId: object.providerId, type, id, versions: new Set<number>() };
        known.versions.add(Number(version));
        versions.set(key, known);
      }
    }
    const currentKeys = [...versions.values()].map((resource) => keys.current(resource.providerId, resource.type, resource.id));
    const currents = await this.#catalog.getMany<CurrentItem>(currentKeys);
    const erasedAt = new Date().toISOString();
    const tombstones: Item[] = [];
    const deletes: Key[] = [];
    for (const resource of versions.values()) {
      const currentKey = keys.current(resource.providerId, resource.type, resource.id);
      const current = currents.get(itemId(currentKey));
      // A resource whose current version lives under another pseudonym is not this patient's to erase.
      if (current && !current.erasedAt && current.pseudonym !== pseudonym) continue;
      tombstones.push({ ...currentKey, erasedAt, pseudonym, versionId: current?.versionId ?? Math.max(...resource.versions) });
      for (const version of resource.versions) deletes.push(keys.version(resource.providerId, resource.type, resource.id, version));
      for (const token of current?.tokens ?? []) deletes.push(keys.identifier(resource.providerId, resource.type, token, resource.id));
    }
    for (const object of objects) {
      deletes.push(keys.pendingCommitments(object.objectKey, object.createdAt));
      deletes.push(anchorKeys.object(object.objectKey));
    }

    // Readers see the tombstones (410) before any object goes; the object items go last, so that a
    // run interrupted before then finds the objects again.
    await this.#catalog.writeMany(tombstones, deletes);
    await forEachLimit(objects, 8, (object) => this.#objects.delete(object.objectKey));
    await this.#catalog.writeMany([], objects.map((object) => ({ pk: object.pk, sk: object.sk })));
    await this.#audit.record([
      {
        pseudonym,
        action: 'erase',
        clientId: eraser.clientId,
        ...(eraser.providerId ? { providerId: eraser.providerId } : {}),
        resources: [`Patient/${patientId}`],
        purpose: 'PATRQT',
        basis: eraser.basis,
        requestId: eraser.requestId,
      },
    ]);
    logger.info('patient erased', { keyItems: deletedItems, objects: objects.length, resources: tombstones.length });
    return { keyItems: deletedItems, objects: objects.length, resources: tombstones.length, alreadyErased: patient.erasedAt !== undefined };
  }
}
