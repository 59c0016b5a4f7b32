import { anchorRegistry } from '../../ledger/anchor-registry.ts';
import { Anchoring } from './anchoring.ts';
import { anchoringQueue } from './anchoring-queue.ts';
import type { AnchoringNudge } from './anchoring-queue.ts';
import { CommitIndex } from '../ingest/commit-index.ts';
import { vaultStorage } from '../storage/storage-services.ts';

/** The repair pass's commit index (no keys: it never seals or opens), nudging the anchoring queue when there is one. */
let commitIndex: CommitIndex | undefined;
export function vaultCommitIndex(): CommitIndex {
  if (!commitIndex) {
    const { config, catalog, objects } = vaultStorage();
    commitIndex = new CommitIndex({
      catalog,
      objects,
      concurrency: config.VAULT_CONCURRENCY,
      ...(config.ANCHOR_QUEUE_URL ? { notifyAnchoring: anchoringQueue(config.ANCHOR_QUEUE_URL) } : {}),
    });
  }
  return commitIndex;
}

let anchoring: Anchoring | undefined;
export function vaultAnchoring(): { anchoring: Anchoring; maxLeaves: number; maxWaitSeconds: number; queue?: (nudge: AnchoringNudge) => Promise<void> } {
  const { config, catalog, objects } = vaultStorage();
  anchoring ??= new Anchoring(catalog, objects, anchorRegistry());
  return {
    anchoring,
    maxLeaves: config.ANCHOR_BATCH_MAX_LEAVES,
    maxWaitSeconds: config.ANCHOR_BATCH_MAX_WAIT_SECONDS,
    ...(config.ANCHOR_QUEUE_URL ? { queue: anchoringQueue(config.ANCHOR_QUEUE_URL) } : {}),
  };
}
