import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { logger } from '../platform/logger.ts';
import { vaultAnchoring } from '../vault/anchoring/anchoring-services.ts';

/**
 * The anchoring function in AWS, fed by the anchoring queue (functions/vault/anchoring/anchoring-queue.ts).
 * The event source's batch size and batching window are the anchoring batch's size and time
 * bounds; the messages only say that commitments are pending: what is anchored is read from the
 * catalog (functions/vault/anchoring/anchoring.ts), so every pending commitment goes into the next root,
 * whatever messages arrived. Reserved concurrency 1: one anchorer at a time, so a commitment is
 * never in two batches. A failed run fails the whole batch of messages, which come back after the
 * visibility timeout (and go to the dead-letter queue after repeated failures); the open batch is
 * then sent again with the same root.
 */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const { anchoring, maxLeaves } = vaultAnchoring();
  // Everything pending is due now: the queue's batching window was the wait.
  const result = await anchoring.run({ maxLeaves, maxWaitSeconds: 0 });
  logger.info('anchoring run', { messages: event.Records.length, batches: result.batches.length, leaves: result.batches.reduce((sum, batch) => sum + batch.leafCount, 0) });
  return { batchItemFailures: [] };
};
