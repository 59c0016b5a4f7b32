import { logger } from '../../platform/logger.ts';
import type { AnchorRecord, AnchorRegistry } from '../../ledger/anchor-registry.ts';
import { MerkleTree } from '../../ledger/merkle-tree.ts';
import type { Catalog, Item, Key } from '../storage/catalog.ts';
import { SHARDS } from '../storage/catalog.ts';
import type { VaultObjects } from '../storage/vault-objects.ts';

/**
 * Anchoring: pending commitments (one catalog item per sealed object, written by the ingest's
 * index step) become Merkle batches, one transaction per batch with the root, and each object
 * gets an anchor item from which $verify rebuilds its proof.
 *
 *   1. Open batches first: a batch whose transaction was not confirmed (chain down, transaction
 *      dropped or replaced, a crash) is sent again with the SAME root, which the contract accepts
 *      once: a root already on chain is taken as anchored. Until every open batch is closed, no
 *      new batch is made, so a commitment is never in two roots.
 *   2. New batches: pending items, oldest first, per provider (a root is anchored for one
 *      provider), at most `maxLeaves` leaves; a batch is made when it is full or its oldest
 *      commitment waited `maxWaitSeconds`. Its leaves go to S3 (`a/<root>.json`), then the open
 *      batch record (conditional on the root), then the transaction.
 *   3. Closing: anchor items per object, the closed batch record; then the pending items and the
 *      open record are deleted. Every step is idempotent, so a crash anywhere repeats work, never
 *      loses or doubles it.
 *
 * Leaves are the commitments (bytes32) in order: the object's entries in position order, objects
 * in batch order. A leaf's proof is rebuilt from the batch's leaves file, which holds the root and
 * the commitments only (salted: unlinkable once the salts inside the objects are gone).
 */

export interface PendingCommitments extends Key {
  objectKey: string;
  pseudonym: string;
  providerId: string;
  commitId: string;
  entries: string[];
  commitments: string[];
}

interface BatchRecord extends Key {
  root: string;
  providerId: string;
  leafCount: number;
  leavesKey: string;
  createdAt: string;
  /** Pending items in the batch (keys), with where each object's leaves start. */
  members: { pk: string; sk: string; objectKey: string; leafOffset: number }[];
}

export interface ObjectAnchor extends Key {
  objectKey: string;
  root: string;
  leafOffset: number;
  leafCount: number;
  leavesKey: string;
  transactionHash?: string;
  blockNumber: number;
  anchoredAt: number;
}

export const anchorKeys = {
  openBatch: (root: string) => ({ pk: 'anchor#batch#open', sk: root }),
  closedBatch: (root: string) => ({ pk: 'anchor#batch#closed', sk: root }),
  object: (objectKey: string) => ({ pk: `anchor#object#${objectKey}`, sk: 'anchor' }),
};

export interface AnchoringOptions {
  maxLeaves: number;
  maxWaitSeconds: number;
  now?: Date;
}

export interface AnchoringResult {
  batches: { root: string; leafCount: number; transactionHash?: string; gasUsed?: string }[];
  /** Commitments waiting for a fuller or older batch. */
  waiting: number;
}

export class Anchoring {
  readonly #catalog: Catalog;
  readonly #objects: VaultObjects;
  readonly #registry: AnchorRegistry;

  constructor(catalog: Catalog, objects: VaultObjects, registry: AnchorRegistry) {
    this.#catalog = catalog;
    this.#objects = objects;
    this.#registry = registry;
  }

  /** How many commitments wait, and since when the oldest (undefined when none). */
  async pending(): Promise<{ leaves: number; oldest?: Date }> {
    let leaves = 0;
    let oldest: string | undefined;
    for (let shard = 0; shard < SHARDS; shard++) {
      for (const item of await this.#catalog.query<PendingCommitments>(`anchor#pending#${shard}`)) {
        leaves += item.commitments.length;
        const at = item.sk.slice(0, item.sk.lastIndexOf('#'));
        if (oldest === undefined || at < oldest) oldest = at;
      }
    }
    return { leaves, ...(oldest ? { oldest: new Date(oldest) } : {}) };
  }

  async run(options: AnchoringOptions): Promise<AnchoringResult> {
    const result: AnchoringResult = { batches: [], waiting: 0 };
    // 1. What was started before is finished first (or the run stops here).
    for (const open of await this.#catalog.query<BatchRecord>(anchorKeys.openBatch('').pk)) {
      const anchored = await this.#registry.anchor(open.root, open.leafCount, open.providerId);
      await this.#close(open, anchored);
      result.batches.push(summary(open, anchored));
    }

    // 2. New batches from what is pending.
    const pending: PendingCommitments[] = [];
    for (let shard = 0; shard < SHARDS; shard++) pending.push(...(await this.#catalog.query<PendingCommitments>(`anchor#pending#${shard}`)));
    pending.sort((a, b) => a.sk.localeCompare(b.sk));
    const byProvider = new Map<string, PendingCommitments[]>();
    for (const item of pending) byProvider.set(item.providerId, [...(byProvider.get(item.providerId) ?? []), item]);
    const now = (options.now ?? new Date()).getTime();
    for (const [providerId, items] of byProvider) {
      while (items.length > 0) {
        const batch: PendingCommitments[] = [];
        let leaves = 0;
        while (items.length > 0 && (batch.length === 0 || leaves + items[0]!.commitments.length <= options.maxLeaves)) {
          const item = items.shift()!;
          batch.push(item);
          leaves += item.commitments.length;
        }
        const oldest = Date.parse(batch[0]!.sk.slice(0, batch[0]!.sk.lastIndexOf('#')));
        const full = leaves >= options.maxLeaves || items.length > 0;
        if (!full && now - oldest < options.maxWaitSeconds * 1000) {
          result.waiting += leaves;
          break;
        }
        const open = await this.#open(providerId, batch);
        const anchored = await this.#registry.anchor(open.root, open.leafCount, open.providerId);
        await this.#close(open, anchored);
        result.batches.push(summary(open, anchored));
      }
    }
    if (result.batches.length > 0) logger.info('anchored', { batches: result.batches.length, leaves: result.batches.reduce((sum, batch) => sum + batch.leafCount, 0) });
    return result;
  }

  async #open(providerId: string, batch: PendingCommitments[]): Promise<BatchRecord> {
    const leaves: string[] = [];
    const members: BatchRecord['members'] = [];
    for (const item of batch) {
      members.push({ pk: item.pk, sk: item.sk, objectKey: item.objectKey, leafOffset: leaves.length });
      leaves.push(...item.commitments);
    }
    const tree = MerkleTree.build(leaves);
    const leavesKey = `a/${tree.root}.json`;
    // The root and its leaves only: the file outlives erasures, so it names no object or resource.
    await this.#objects.put(leavesKey, JSON.stringify({ root: tree.root, leaves }), 'application/json');
    const record: BatchRecord = { ...anchorKeys.openBatch(tree.root), root: tree.root, providerId, leafCount: leaves.length, leavesKey, createdAt: new Date().toISOString(), members };
    // The same root twice is the same batch: the first record stands.
    if (!(await this.#catalog.putNew(record))) return (await this.#catalog.get<BatchRecord>(anchorKeys.openBatch(tree.root)))!;
    return record;
  }

  async #close(open: BatchRecord, anchored: AnchorRecord): Promise<void> {
    const transactionHash = anchored.transactionHash ?? (await this.#registry.anchoringTransaction(open.root, anchored.blockNumber));
    const objects: Item[] = open.members.map((member) => ({
      ...anchorKeys.object(member.objectKey),
      objectKey: member.objectKey,
      root: open.root,
      leafOffset: member.leafOffset,
      leafCount: open.leafCount,
      leavesKey: open.leavesKey,
      blockNumber: anchored.blockNumber,
      anchoredAt: anchored.anchoredAt,
      ...(transactionHash ? { transactionHash } : {}),
    }));
    const { members: _members, ...closed } = open;
    await this.#catalog.writeMany([...objects, { ...closed, ...anchorKeys.closedBatch(open.root), blockNumber: anchored.blockNumber, anchoredAt: anchored.anchoredAt, ...(transactionHash ? { transactionHash } : {}) }]);
    await this.#catalog.writeMany([], [...open.members.map((member) => ({ pk: member.pk, sk: member.sk })), anchorKeys.openBatch(open.root)]);
  }
}

function summary(open: BatchRecord, anchored: AnchorRecord): AnchoringResult['batches'][number] {
  return { root: open.root, leafCount: open.leafCount, ...(anchored.transactionHash ? { transactionHash: anchored.transactionHash } : {}), ...(anchored.gasUsed !== undefined ? { gasUsed: anchored.gasUsed.toString() } : {}) };
}
