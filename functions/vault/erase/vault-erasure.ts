import { auditedDecision, namespaceOf, opensPartition } from '../../access/decide.ts';
import type { Permit } from '../../access/decide.ts';
import { forbidden, notFound } from '../../fhir/outcomes.ts';
import { logger } from '../../platform/logger.ts';
import { anchorKeys } from '../anchoring/anchoring.ts';
import type { AuditLog } from '../storage/audit-log.ts';
import type { Catalog, CurrentItem, Item, Key, ObjectItem } from '../storage/catalog.ts';
import { forEachLimit, holdersOf, itemId, keys } from '../storage/catalog.ts';
import type { PatientKeyring } from '../storage/patient-keys.ts';
import type { VaultObjects } from '../storage/vault-objects.ts';

/**
 * Crypto-shredding erasure, in the two scopes DESIGN.md keeps apart ("Erase"):
 *
 * - a **holder's erasure** (`POST [base]/Patient/{id}/$erase` by a provider, basis own-records):
 *   the provider's own partition of the patient, found by the patient's id in its namespace. Only
 *   its branch key for the patient, its objects and its catalog items go; other providers holding
 *   the same person (same pseudonym) keep their records and can still store new data for them.
 *   The provider itself gets 409 if it posts that person again (its tombstone): an erased
 *   partition is not silently started again.
 * - a **person's erasure** (an admin under a legal order, basis admin): every holder's partition
 *   of the pseudonym, and a person tombstone so that no provider stores new data for them.
 *
 * Either way, for each partition the decision (functions/access/decide.ts) opens:
 *   1. list the partition's objects (catalog object items), before anything is deleted;
 *   2. delete every version of the branch key (patient-keys.ts: tombstone first). From here on
 *      nothing sealed in the partition opens, wherever a copy of its bytes may be;
 *   3. each resource's current item becomes a tombstone (reads answer 410); version items,
 *      identifier tokens, pending commitments and anchor items go; then the objects; then the
 *      object items;
 *   4. an audit entry recording the decision (and, for a person's erasure, the reason).
 * Idempotent: running it again (after a crash, or twice) finishes what is left.
 *
 * A person's erasure writes its audit entries first, one per holder partition (basis admin,
 * purpose HLEGAL, the legal order's reference): an erasure that cannot be recorded is not done.
 * Once the person tombstone exists the entries exist too, so a retry (which finds the tombstone)
 * finishes whatever an interrupted run left and adds none.
 */

export interface Eraser {
  permit: Permit;
  requestId: string;
}

export interface ErasureResult {
  /** Branch key items deleted (versions, ACTIVE, beacon). */
  keyItems: number;
  objects: number;
  resources: number;
  alreadyErased: boolean;
  /** The holders whose partitions were erased. */
  holders: string[];
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

  /** A holder's erasure of `Patient/{patientId}` in the decision's namespace (the caller's own). */
  async eraseHolderPartition(eraser: Eraser, patientId: string): Promise<ErasureResult> {
    const holder = namespaceOf(eraser.permit);
    const patient = await this.#catalog.get<CurrentItem>(keys.current(holder, 'Patient', patientId));
    if (!patient) throw notFound(`Patient/${patientId} is not known`);
    if (!opensPartition(eraser.permit, holder, patient.pseudonym)) throw forbidden("This access decision does not cover this patient's records at this holder");
    const pseudonym = patient.pseudonym;
    const { deletedItems } = await this.#keyring.eraseBranchKey({ pseudonym, holder });
    const erased = await this.#eraseCatalog(pseudonym, [holder]);
    await this.#audit.record([
      { pseudonym, action: 'erase', ...auditedDecision(eraser.permit), holder, resources: [`Patient/${patientId}`], requestId: eraser.requestId },
    ]);
    logger.info('holder partition erased', { keyItems: deletedItems, objects: erased.objects, resources: erased.resources });
    return { keyItems: deletedItems, ...erased, alreadyErased: patient.erasedAt !== undefined, holders: [holder] };
  }

  /**
   * A person's erasure: every partition of one pseudonym the decision opens (every holder's).
   * 404 when the exchange holds nothing for the person and never erased them.
   */
  async erasePerson(eraser: Eraser, pseudonym: string): Promise<ErasureResult> {
    const { permit } = eraser;
    if (permit.action !== 'erase-person' || permit.partitions.some((partition) => partition.pseudonym !== pseudonym)) {
      throw forbidden("This access decision is not a person's erasure of this pseudonym");
    }
    const holders = [...new Set(permit.partitions.map((partition) => partition.holder))].sort();
    const alreadyErased = await this.#keyring.personErased(pseudonym);
    if (holders.length === 0 && !alreadyErased) throw notFound('The exchange holds no records for this person');
    if (!alreadyErased) {
      await this.#audit.record(holders.map((holder) => ({ pseudonym, action: 'erase-person' as const, ...auditedDecision(permit), holder, resources: [], requestId: eraser.requestId })));
    }
    const { deletedItems } = await this.#keyring.erasePerson(pseudonym, holders);
    const erased = await this.#eraseCatalog(pseudonym, holders);
    logger.info('person erased', { holders: holders.length, keyItems: deletedItems, objects: erased.objects, resources: erased.resources, alreadyErased });
    return { keyItems: deletedItems, ...erased, alreadyErased, holders };
  }

  /**
   * The holders the catalog knows for a pseudonym: those with objects for it, and those whose
   * holding was registered (`holder#` items).
   */
  holdersOf(pseudonym: string): Promise<string[]> {
    return holdersOf(this.#catalog, pseudonym);
  }

  /** Steps 1 and 3 for the given holders' partitions of `pseudonym` (the branch keys are already gone). */
  async #eraseCatalog(pseudonym: string, holders: readonly string[]): Promise<{ objects: number; resources: number }> {
    const objects = (await Promise.all(holders.map((holder) => this.#catalog.query<ObjectItem>(`p#${pseudonym}`, `obj#${holder}#`)))).flat();

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
    return { objects: objects.length, resources: tombstones.length };
  }
}
