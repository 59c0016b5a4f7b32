import type { VaultObjects } from '../storage/vault-objects.ts';
import { logger } from '../../platform/logger.ts';
import type { Catalog, CurrentItem, Item, Key } from '../storage/catalog.ts';
import { forEachLimit, keys, SHARDS } from '../storage/catalog.ts';

/**
 * What follows an ingest's commit point (functions/vault/vault-ingest.ts): the commit record and
 * its intent, the manifest, and the index items derived from it, written idempotently; and the
 * repair pass that completes a committed ingest whose indexing was interrupted, or cleans up an
 * attempt that never committed. Kept apart from the ingest itself so that the scheduled worker
 * that runs the repair does not carry the FHIR validator or the pseudonym and identifier keys.
 */

export interface CommitIndexDeps {
  catalog: Catalog;
  objects: Pick<VaultObjects, 'get' | 'delete'>;
  concurrency: number;
  /**
   * Told after a commit's pending commitments are written (the anchoring queue in AWS). A failure
   * is logged, not raised: the commitments stay pending and the scheduled worker nudges anchoring.
   */
  notifyAnchoring?: (commit: { commitId: string; objects: number; leaves: number }) => Promise<void>;
}

export interface CommitRecord extends Key {
  commitId: string;
  clientId: string;
  providerId: string;
  requestHash: string;
  createdAt: string;
  manifestKey: string;
  intentSk: string;
  status: number;
}

export interface IntentItem extends Key {
  commitId: string;
  createdAt: string;
  manifestKey: string;
  objectKeys: string[];
}

/** One stored resource of a commit: its current item to be, and what it supersedes. */
export interface ManifestResource extends Pick<CurrentItem, 'versionId' | 'lastUpdated' | 'pseudonym' | 'objectKey' | 'position' | 'commitment' | 'tokens'> {
  type: string;
  id: string;
  /** Written under a condition (a client-chosen id or an update), as concurrent writers may race on it. */
  conditional: boolean;
  previous?: CurrentItem;
}

export interface Manifest {
  format: 'fhirx-manifest/1';
  commitId: string;
  providerId: string;
  createdAt: string;
  status: number;
  body: unknown;
  headers: Record<string, string>;
  objects: { objectKey: string; pseudonym: string; entries: string[]; commitments: string[] }[];
  resources: ManifestResource[];
  patients: string[];
}

export class CommitIndex {
  readonly #deps: CommitIndexDeps;

  constructor(deps: CommitIndexDeps) {
    this.#deps = deps;
  }

  /** Writes the index items of a committed manifest, then deletes its intent. Idempotent. */
  async completeIndexing(manifest: Manifest, intent: Key): Promise<void> {
    const { catalog } = this.#deps;
    const { providerId, commitId, createdAt } = manifest;
    const puts: Item[] = [];
    const conditional: CurrentItem[] = [];
    for (const resource of manifest.resources) {
      const current: CurrentItem = {
        ...keys.current(providerId, resource.type, resource.id),
        versionId: resource.versionId,
        lastUpdated: resource.lastUpdated,
        pseudonym: resource.pseudonym,
        objectKey: resource.objectKey,
        position: resource.position,
        commitment: resource.commitment,
        commitId,
        ...(resource.tokens ? { tokens: resource.tokens } : {}),
      };
      if (resource.previous) puts.push({ ...resource.previous, ...keys.version(providerId, resource.type, resource.id, resource.previous.versionId) });
      if (resource.conditional || resource.previous) conditional.push(current);
      else puts.push({ ...current });
      for (const token of resource.tokens ?? []) puts.push(keys.identifier(providerId, resource.type, token, resource.id));
    }
    for (const object of manifest.objects) {
      puts.push({ ...keys.object(object.pseudonym, providerId, object.objectKey), objectKey: object.objectKey, providerId, commitId, createdAt, entries: object.entries });
      puts.push({ ...keys.pendingCommitments(object.objectKey, createdAt), objectKey: object.objectKey, pseudonym: object.pseudonym, providerId, commitId, entries: object.entries, commitments: object.commitments });
    }
    if (manifest.patients.length > 0) puts.push({ ...keys.pendingHoldings(commitId), providerId, pseudonyms: manifest.patients, createdAt });
    await catalog.writeMany(puts);
    await forEachLimit(conditional, this.#deps.concurrency, async (item) => {
      const applied = await catalog.putIf(item, 'attribute_not_exists(pk) OR versionId < :v OR (versionId = :v AND commitId = :c)', { ':v': item.versionId, ':c': commitId });
      if (applied) return;
      // A concurrent commit made a version of this resource current first: keep ours as a version.
      const kept = await catalog.putIf({ ...item, ...keys.version(providerId, item.pk.split('#')[2]!, item.pk.split('#').slice(3).join('#'), item.versionId) }, 'attribute_not_exists(pk) OR commitId = :c', { ':c': commitId });
      logger.warn('concurrent update of one resource', { commitId, versionId: item.versionId, keptAsVersion: kept });
    });
    if (this.#deps.notifyAnchoring && manifest.objects.length > 0) {
      const leaves = manifest.objects.reduce((sum, object) => sum + object.commitments.length, 0);
      await this.#deps.notifyAnchoring({ commitId, objects: manifest.objects.length, leaves }).catch((error: unknown) => {
        logger.warn('anchoring not notified; the worker will nudge it', { commitId, error: (error as Error).name });
      });
    }
    await catalog.delete(intent);
  }

  async abandon(intent: IntentItem, written: readonly string[]): Promise<void> {
    await forEachLimit([...new Set([...written, ...intent.objectKeys, intent.manifestKey])], this.#deps.concurrency, (key) => this.#deps.objects.delete(key));
    await this.#deps.catalog.delete(intent);
  }

  async readManifest(key: string): Promise<Manifest> {
    const bytes = await this.#deps.objects.get(key);
    if (!bytes) throw new Error('manifest missing');
    return JSON.parse(Buffer.from(bytes).toString('utf8')) as Manifest;
  }

  /**
   * Completes or cleans up ingests interrupted at least `olderThanSeconds` ago: a committed one
   * gets its index; an attempt that never committed loses what it wrote. Returns the counts.
   */
  async repair(olderThanSeconds: number, now: Date = new Date()): Promise<{ indexed: number; abandoned: number }> {
    const before = new Date(now.getTime() - olderThanSeconds * 1000).toISOString();
    let indexed = 0;
    let abandoned = 0;
    for (let shard = 0; shard < SHARDS; shard++) {
      const intents = await this.#deps.catalog.query<IntentItem>(`intent#${shard}`, undefined, { before });
      for (const intent of intents) {
        const record = await this.#deps.catalog.get<CommitRecord>(keys.commit(intent.commitId));
        if (record && record.intentSk === intent.sk) {
          await this.completeIndexing(await this.readManifest(record.manifestKey), intent);
          indexed++;
        } else {
          await this.abandon(intent, []);
          abandoned++;
        }
      }
    }
    if (indexed + abandoned > 0) logger.info('vault repair', { indexed, abandoned });
    return { indexed, abandoned };
  }
}
