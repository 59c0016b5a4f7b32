import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { exportWorkerPeakHeap, runJob, runWaitingJobs } from '../export/export-worker.ts';

/**
 * The export worker (functions/export/export-worker.ts). In AWS it is fed by the export queue: each
 * message names a job; a job it cannot take yet (another run's lease is still live) or had to
 * leave before the timeout is reported as a batch item failure, so its message comes back after
 * the visibility timeout (and a yielded job is resumed from its checkpoint). Locally the stack
 * invokes it on a timer without records: it sweeps the waiting jobs.
 */

/** Leave this much of the invocation's time for the checkpoint and the answer. */
const MARGIN_MS = 60_000;

export const handler = async (event: Partial<SQSEvent>, context: Context): Promise<SQSBatchResponse & { peakHeapBytes?: number }> => {
  const shouldYield = () => context.getRemainingTimeInMillis() < MARGIN_MS;
  if (!Array.isArray(event.Records)) {
    await runWaitingJobs(shouldYield);
    return { batchItemFailures: [], peakHeapBytes: exportWorkerPeakHeap() };
  }
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    let jobId: string | undefined;
    try {
      jobId = String((JSON.parse(record.body) as { jobId?: unknown }).jobId ?? '');
    } catch {
      continue; // not a job message: nothing to retry
    }
    const result = await runJob(jobId, shouldYield);
    if (result.active) failures.push({ itemIdentifier: record.messageId });
  }
  return { batchItemFailures: failures };
};
