import { consentRegistry } from '../ledger/consent-registry.ts';
import { recordLocator } from '../ledger/record-locator.ts';
import { logger } from '../platform/logger.ts';
import { registerPendingHoldings } from '../vault/ingest/pending-holdings.ts';
import { sendPendingEmergencyAccess } from '../vault/read/emergency-access.ts';
import type { AnchoringResult } from '../vault/anchoring/anchoring.ts';
import { vaultAnchoring, vaultCommitIndex } from '../vault/anchoring/anchoring-services.ts';
import { repairAfterSeconds, vaultCatalog } from '../vault/storage/storage-services.ts';

/**
 * The vault's background work, run on a schedule (EventBridge in AWS, a timer in the local
 * stack): completes or cleans up interrupted ingests (the repair pass), registers pending
 * holdings and emergency accesses on chain, then anchors pending commitments (functions/vault/anchoring/anchoring.ts) — or, where
 * an anchoring queue is configured (AWS), leaves anchoring to the queue-fed anchor-worker and only
 * nudges it about commitments that waited too long. Each part is idempotent and leaves what it could not do for the next run.
 */
export interface WorkerResult {
  repaired: { indexed: number; abandoned: number } | { error: string };
  holdings: { registered: number; skipped: number; items: number } | { error: string };
  emergencyAccess: { sent: number; failed: number } | { error: string };
  anchoring: (AnchoringResult & { nudged?: boolean }) | { error: string };
}

export async function runVaultWorker(options: { repairAfterSeconds?: number } = {}): Promise<WorkerResult> {
  let repaired: WorkerResult['repaired'];
  try {
    repaired = await vaultCommitIndex().repair(options.repairAfterSeconds ?? repairAfterSeconds());
  } catch (error) {
    logger.warn('repair pass failed; the next run retries', { error: (error as Error).name });
    repaired = { error: (error as Error).name };
  }
  let holdings: WorkerResult['holdings'];
  try {
    holdings = await registerPendingHoldings(vaultCatalog(), recordLocator());
  } catch (error) {
    // The chain may be down: the items stay pending for the next run.
    logger.warn('holdings left pending', { error: (error as Error).name });
    holdings = { error: (error as Error).name };
  }
  let emergencyAccess: WorkerResult['emergencyAccess'];
  try {
    emergencyAccess = await sendPendingEmergencyAccess(vaultCatalog(), consentRegistry());
  } catch (error) {
    logger.warn('emergency access left pending', { error: (error as Error).name });
    emergencyAccess = { error: (error as Error).name };
  }
  let anchoring: WorkerResult['anchoring'];
  try {
    const { anchoring: worker, maxLeaves, maxWaitSeconds, queue } = vaultAnchoring();
    if (queue) {
      // In AWS the queue-fed anchoring function anchors (one anchorer at a time); commitments that
      // waited past the batch wait (a lost nudge, a quiet period) get one more nudge.
      const pending = await worker.pending();
      const overdue = pending.oldest !== undefined && Date.now() - pending.oldest.getTime() > maxWaitSeconds * 1000;
      if (overdue) await queue({ sweep: true, leaves: pending.leaves });
      anchoring = { batches: [], waiting: pending.leaves, nudged: overdue };
    } else {
      anchoring = await worker.run({ maxLeaves, maxWaitSeconds });
    }
  } catch (error) {
    // Chain down, a transaction dropped: the batch stays open and is sent again with the same root.
    logger.warn('anchoring left pending', { error: (error as Error).name });
    anchoring = { error: (error as Error).name };
  }
  return { repaired, holdings, emergencyAccess, anchoring };
}

export const handler = async (): Promise<WorkerResult> => runVaultWorker();
