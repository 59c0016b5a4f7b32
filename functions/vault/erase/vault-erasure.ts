import { auditedDecision, namespaceOf, opensPartition } from '../../access/decide.ts';
import type { Permit } from '../../access/decide.ts';
import { forbidden, notFound } from '../../fhir/outcomes.ts';
import type { ErasureJournalWriter, JournaledErasure } from '../../ledger/erasure-journal.ts';
import { onChainProviderId } from '../../ledger/provider-registry.ts';
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
 * Before step 2 the erasure is recorded in the journal a restore cannot roll back (the chain's
 * ErasureJournal; a patient's own request is there already as ConsentRegistry.ErasureRequested):
 * an erasure that cannot be journaled is not done (the chain down is a 503 to retry). After a
 * restore, {@link VaultErasure.replay} applies every journaled erasure the restored data predates
 * (functions/vault/erase/erasure-replay.ts).
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
  readonly #journal: ErasureJournalWriter | undefined;

  /** `journal`: where each erasure is recorded before any key goes (the chain's ErasureJournal in the exchange). */
  constructor(catalog: Catalog, objects: VaultObjects, keyring: PatientKeyring, audit: AuditLog, journal?: ErasureJournalWriter) {
    this.#catalog = catalog;
    this.#objects = objects;
    this.#keyring = keyring;
    this.#audit = audit;
    this.#journal = journal;
  }

  /** A holder's erasure of `Patient/{patientId}` in the decision's namespace (the caller's own). */
  async eraseHolderPartition(eraser: Eraser, patientId: string): Promise<ErasureResult> {
    const holder = namespaceOf(eraser.permit);
    const patient = await this.#catalog.get<CurrentItem>(keys.current(holder, 'Patient', patientId));
    if (!patient) throw notFound(`Patient/${patientId} is not known`);
    if (!opensPartition(eraser.permit, holder, patient.pseudonym)) throw forbidden("This access decision does not cover this patient's records at this holder");
    const pseudonym = patient.pseudonym;
    await this.#journal?.recordHolderErasure(pseudonym, holder);
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
   * 404 when the exchange holds nothing for the person and never erased them. `journaled`: the
   * erasure is on chain already (a patient's ErasureRequested), so it is not recorded again.
   */
  async erasePerson(eraser: Eraser, pseudonym: string, options: { journaled?: boolean } = {}): Promise<ErasureResult> {
    const { permit } = eraser;
    if (permit.action !== 'erase-person' || permit.partitions.some((partition) => partition.pseudonym !== pseudonym)) {
      throw forbidden("This access decision is not a person's erasure of this pseudonym");
    }
    const holders = [...new Set(permit.partitions.map((partition) => partition.holder))].sort();
    const alreadyErased = await this.#keyring.personErased(pseudonym);
    if (holders.length === 0 && !alreadyErased) throw notFound('The exchange holds no records for this person');
    if (!options.journaled) await this.#journal?.recordPersonErasure(pseudonym);
    if (!alreadyErased) {
      await this.#audit.record(holders.map((holder) => ({ pseudonym, action: 'erase-person' as const, ...auditedDecision(permit), holder, resources: [], requestId: eraser.requestId })));
    }
    const { deletedItems } = await this.#keyring.erasePerson(pseudonym, holders);
    const erased = await this.#eraseCatalog(pseudonym, holders);
    logger.info('person erased', { holders: holders.length, keyItems: deletedItems, objects: erased.objects, resources: erased.resources, alreadyErased });
    return { keyItems: deletedItems, ...erased, alreadyErased, holders };
  }

  /**
   * Applies a journaled erasure again (after a restore, or to finish one a crash interrupted), as
   * the exchange itself: no caller, no access decision (the erasure was decided when it was
   * journaled). A person's erasure covers every holder the catalog knows for the pseudonym and
   * leaves the person tombstone; a holder's erasure covers the holder whose on-chain id the
   * journal names, found among the catalog's holders of the pseudonym and `knownProviders`.
   * Idempotent: an erasure already applied finds nothing left to do. Answers the counts.
   */
  async replay(erasure: JournaledErasure, knownProviders: readonly string[] = []): Promise<ErasureResult> {
    const { pseudonym } = erasure;
    const catalogHolders = await this.holdersOf(pseudonym);
    if (erasure.kind === 'person') {
      const alreadyErased = await this.#keyring.personErased(pseudonym);
      const { deletedItems } = await this.#keyring.erasePerson(pseudonym, catalogHolders);
      const erased = await this.#eraseCatalog(pseudonym, catalogHolders);
      return { keyItems: deletedItems, ...erased, alreadyErased, holders: catalogHolders };
    }
    const wanted = erasure.providerId?.toLowerCase();
    const holder = [...new Set([...catalogHolders, ...knownProviders])].find((candidate) => onChainProviderId(candidate).toLowerCase() === wanted);
    // A provider the exchange no longer knows and that holds nothing here: nothing to erase.
    if (!holder) return { keyItems: 0, objects: 0, resources: 0, alreadyErased: true, holders: [] };
    const alreadyErased = (await this.#keyring.state({ pseudonym, holder })) === 'erased';
    const { deletedItems } = await this.#keyring.eraseBranchKey({ pseudonym, holder });
    const erased = await this.#eraseCatalog(pseudonym, [holder]);
    return { keyItems: deletedItems, ...erased, alreadyErased, holders: [holder] };
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
