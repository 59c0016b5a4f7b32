import { BroadcastChannel } from 'node:worker_threads';

/**
 * The local stack has no export queue: a kick-off wakes its export worker thread through this
 * channel instead (infra/local/local-stack.ts listens). The worker also sweeps on a timer, so a
 * message nobody hears only waits for the next sweep. In Lambda nothing listens, and the queue is used.
 */
export const LOCAL_EXPORT_WAKE_CHANNEL = 'fhir-exchange:export-jobs';

let channel: BroadcastChannel | undefined;

export function wakeLocalExportWorker(jobId: string): void {
  channel ??= new BroadcastChannel(LOCAL_EXPORT_WAKE_CHANNEL);
  channel.unref();
  channel.postMessage(jobId);
}
