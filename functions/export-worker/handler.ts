import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { logger } from '../platform/logger.ts';
import { exportServices } from '../export/export-services.ts';
import { exportWorkerPeakHeap, runJob, runWaitingJobs } from '../export/export-worker.ts';

/**
 * The export worker (functions/export/export-worker.ts). In AWS it is fed by the export queue
 * (batch size 1): each message names a job. SQS delivers at least once, so any message may come
 * twice, or again after a run crashed; the job's lease and checkpoint make that harmless:
 * - the job is finished (or cancelled): the message is done;
 * - another run holds the job's live lease (a duplicate delivery while it runs): reported as a
 *   batch item failure, so the message comes back after the visibility timeout, by when that run
 *   has finished or its lease has lapsed;
 * - the run stopped a minute before the function's timeout (yielded): the job is sent to the queue
 *   again and the message is done, so the next run resumes at the checkpoint right away rather than
 *   after the visibility timeout (if that send fails, the message is reported failed instead);
 * - the run was interrupted (chain or storage unreachable): reported failed; after the queue's
 *   maxReceiveCount it goes to the dead-letter queue.
 * Locally the stack invokes it on a timer without records: it sweeps the waiting jobs.
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
    let jobId: string;
    try {
      jobId = String((JSON.parse(record.body) as { jobId?: unknown }).jobId ?? '');
    } catch {
      continue; // not a job message: nothing to retry
    }
    if (!jobId) continue;
    const result = await runJob(jobId, shouldYield);
    if (!result.active) continue;
    if (result.outcome === 'yielded') {
      try {
        await exportServices().notify(jobId);
        continue;
      } catch (error) {
        logger.warn('export job not sent again; its message comes back instead', { jobId, error: (error as Error).name });
      }
    }
    failures.push({ itemIdentifier: record.messageId });
  }
  return { batchItemFailures: failures };
};
