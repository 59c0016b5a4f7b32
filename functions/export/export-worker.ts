import { logger } from '../platform/logger.ts';
import { vaultSealing } from '../vault/storage/sealing-services.ts';
import { vaultStorage } from '../vault/storage/storage-services.ts';
import type { ExportDeps, RunOutcome } from './export-run.ts';
import { runExport } from './export-run.ts';
import { ACTIVE } from './export-jobs.ts';
import { exportServices, safeHarborDeidentifier } from './export-services.ts';

/**
 * The export worker's work: take a waiting job's lease and run it from its checkpoint. In AWS the
 * export queue hands over job ids (a crashed run's message comes back once its visibility timeout
 * ends, by when the lease has lapsed); locally the stack's worker thread sweeps the waiting jobs on
 * a timer. A job nobody could finish within MAX_JOB_HOURS is failed, so it never blocks its
 * client's next export.
 */

const MAX_JOB_HOURS = 24;

/** Peak heap of this worker during its latest job run (bytes, sampled once per patient, per opened object, and per part assembled or once the files are written), for the benchmark. */
let peakHeapBytes = 0;
export function exportWorkerPeakHeap(): number {
  return peakHeapBytes;
}
function sampleHeap(): void {
  peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
}

function exportDeps(shouldYield?: () => boolean): ExportDeps {
  const { config, jobs, files, groups, cohort } = exportServices();
  const { catalog, audit } = vaultStorage();
  const { objects } = vaultSealing();
  return {
    jobs,
    files,
    cohort: cohort(),
    catalog,
    audit,
    open: async (objectKey, pseudonym, holder) => {
      const opened = await objects.open(objectKey, pseudonym, holder);
      sampleHeap();
      return opened?.entries;
    },
    deidentify: safeHarborDeidentifier,
    groupMembers: async (job) => new Set((await groups.get(job.clientId, job.groupId ?? ''))?.members ?? []),
    leaseSeconds: config.EXPORT_LEASE_SECONDS,
    onPatient: sampleHeap,
    ...(shouldYield ? { shouldYield } : {}),
  };
}

/**
 * Runs one job if its lease can be taken. `claimed: false` when another run holds it (or it is
 * finished: then `active` is false too).
 */
export async function runJob(jobId: string, shouldYield?: () => boolean): Promise<{ claimed: boolean; active: boolean; outcome?: RunOutcome }> {
  const { jobs, config } = exportServices();
  const job = await jobs.get(jobId);
  if (!job || !ACTIVE.has(job.status)) return { claimed: false, active: false };
  if (Date.now() - Date.parse(job.createdAt) > MAX_JOB_HOURS * 3600_000) {
    const stale = await jobs.claim(jobId, config.EXPORT_LEASE_SECONDS);
    if (stale) await jobs.fail(stale, `The export did not finish within ${MAX_JOB_HOURS} hours`);
    return { claimed: Boolean(stale), active: !stale, outcome: 'failed' };
  }
  const claimed = await jobs.claim(jobId, config.EXPORT_LEASE_SECONDS);
  if (!claimed) return { claimed: false, active: true };
  const started = Date.now();
  const utilization = performance.eventLoopUtilization();
  peakHeapBytes = 0;
  try {
    const outcome = await runExport(exportDeps(shouldYield), claimed);
    // activeMs: the time this thread's event loop was busy during the run (not waiting for I/O).
    logger.info('export run', { jobId, outcome, ms: Date.now() - started, activeMs: Math.round(performance.eventLoopUtilization(utilization).active), peakHeapBytes });
    // Cancelled while it ran: what the run wrote goes too.
    if (outcome === 'lost' && (await jobs.get(jobId))?.status === 'cancelled') await exportServices().files.deleteJob(jobId);
    return { claimed: true, active: outcome === 'yielded', outcome };
  } catch (error) {
    // Chain or storage unreachable: the lease lapses and a later run resumes at the checkpoint.
    logger.warn('export run interrupted; a later run resumes it', { jobId, error: (error as Error).name });
    return { claimed: true, active: true };
  }
}

/** Runs every waiting job whose lease is free, one after another (the local stack's sweep). */
export async function runWaitingJobs(shouldYield?: () => boolean): Promise<{ jobs: number }> {
  const waiting = await exportServices().jobs.waiting();
  let ran = 0;
  for (const jobId of waiting) {
    if (shouldYield?.()) break;
    const result = await runJob(jobId, shouldYield);
    if (result.claimed) ran++;
  }
  return { jobs: ran };
}
