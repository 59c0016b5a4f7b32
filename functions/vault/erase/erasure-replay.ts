import type { ErasureJournalReader } from '../../ledger/erasure-journal.ts';
import { logger } from '../../platform/logger.ts';
import type { Catalog, Key } from '../storage/catalog.ts';
import type { ErasureResult, VaultErasure } from './vault-erasure.ts';

/**
 * The replay that keeps a restore from bringing an erased patient back (DESIGN.md "Recovery").
 *
 * Backups, point-in-time recovery and S3 object versions hold branch keys and objects that later
 * erasures destroyed. Every erasure is journaled on chain before it destroys anything
 * (functions/ledger/erasure-journal.ts), and the chain is never restored. The catalog keeps a
 * cursor: the last block whose journaled erasures this data has applied. A run reads the journal
 * from the block after the cursor to the chain's head, applies each erasure again
 * (VaultErasure.replay: idempotent, a no-op for one applied already), and only then moves the
 * cursor to that head. Restored data carries its snapshot's cursor, so everything journaled
 * after the snapshot is applied again.
 *
 * It runs before the exchange serves a single request (the local stack runs it at every start
 * before its API answers; in AWS the restore runbook invokes the erasure-replay function before
 * the API stage is enabled), and then on a schedule, which also finishes an erasure a crash
 * interrupted after it was journaled.
 */

export const REPLAY_CURSOR_KEY: Key = { pk: 'erasure-journal#cursor', sk: 'cursor' };

export interface ReplayCursor extends Key {
  /** The last block whose journaled erasures are applied; -1 before the first run. */
  appliedThroughBlock: number;
  updatedAt: string;
}

export interface ReplayResult {
  /** The blocks read: `fromBlock..toBlock` (empty when fromBlock > toBlock). */
  fromBlock: number;
  toBlock: number;
  /** Journaled erasures found in those blocks. */
  erasures: number;
  /** Of those, the ones that found something left to erase (keys, objects or resources). */
  applied: number;
  keyItems: number;
  objects: number;
  resources: number;
}

export class ErasureReplay {
  readonly #catalog: Catalog;
  readonly #erasure: VaultErasure;
  readonly #journal: ErasureJournalReader;
  readonly #knownProviders: () => Promise<readonly string[]>;

  constructor(catalog: Catalog, erasure: VaultErasure, journal: ErasureJournalReader, knownProviders: () => Promise<readonly string[]> = async () => []) {
    this.#catalog = catalog;
    this.#erasure = erasure;
    this.#journal = journal;
    this.#knownProviders = knownProviders;
  }

  async cursor(): Promise<number> {
    return (await this.#catalog.get<ReplayCursor>(REPLAY_CURSOR_KEY))?.appliedThroughBlock ?? -1;
  }

  /** Applies every erasure journaled after the cursor, then moves the cursor to the head read at the start. */
  async run(): Promise<ReplayResult> {
    const fromBlock = (await this.cursor()) + 1;
    const toBlock = await this.#journal.head();
    const result: ReplayResult = { fromBlock, toBlock, erasures: 0, applied: 0, keyItems: 0, objects: 0, resources: 0 };
    if (fromBlock > toBlock) return result;
    const erasures = await this.#journal.erasuresBetween(fromBlock, toBlock);
    const known = erasures.some((erasure) => erasure.kind === 'holder') ? await this.#knownProviders() : [];
    for (const erasure of erasures) {
      const done: ErasureResult = await this.#erasure.replay(erasure, known);
      result.erasures++;
      if (done.keyItems + done.objects + done.resources > 0) result.applied++;
      result.keyItems += done.keyItems;
      result.objects += done.objects;
      result.resources += done.resources;
    }
    // Only a run that applied everything up to the head moves the cursor (never backwards: a
    // concurrent run may have gone further).
    const moved = await this.#catalog.putIf(
      { ...REPLAY_CURSOR_KEY, appliedThroughBlock: toBlock, updatedAt: new Date().toISOString() } as ReplayCursor,
      'attribute_not_exists(pk) OR appliedThroughBlock < :block',
      { ':block': toBlock },
    );
    if (result.applied > 0) logger.info('journaled erasures applied again', { ...result, cursorMoved: moved });
    return result;
  }
}
