import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
import { FetchRequest, JsonRpcProvider } from 'ethers';
import type { Resource } from 'fhir/r4.d.ts';
import { authConfigSchema, awsConfigSchema, exportConfigSchema, parseConfig } from '../../schemas/config.ts';
import type { ExportConfig } from '../../schemas/config.ts';
import { createDeidentifier, safeHarborConfig } from '../deid/engine.ts';
import { chainClient } from '../ledger/chain-client.ts';
import { ConfigError } from '../../schemas/config.ts';
import { awsClients } from '../platform/aws-clients.ts';
import { loadDeidKeys } from './deid-keys.ts';
import { wakeLocalExportWorker } from './local-wake.ts';
import { ExportFiles } from './export-files.ts';
import { ExportGroups } from './export-groups.ts';
import { ExportJobs } from './export-jobs.ts';
import { CONSENT_WINDOW, ResearchCohort } from './research-cohort.ts';

/**
 * The export's services for one process, built from the environment on first use: the jobs table,
 * the export bucket, the groups, the cohort on chain and, where jobs are handed over by queue (AWS),
 * the sender. The kick-off functions use these; the worker (export-worker.ts) adds the vault and
 * the de-identifier (safeHarborDeidentifier below, loaded only when a worker asks for it).
 */
export interface ExportServices {
  config: ExportConfig;
  jobs: ExportJobs;
  files: ExportFiles;
  groups: ExportGroups;
  cohort: () => ResearchCohort;
  /**
   * Tells the worker a job is waiting: in AWS a message on the export queue; on the local stack,
   * which has no queue, a message on the local wake channel (local-wake.ts) that starts the worker thread's
   * sweep at once (it also sweeps on a timer, so a lost message only waits for the next sweep).
   */
  notify: (jobId: string) => Promise<void>;
}

/** As the chain client's provider (functions/ledger/chain-client.ts). */
const RPC_TIMEOUT_MS = 8_000;

let services: ExportServices | undefined;

export function exportServices(): ExportServices {
  if (services) return services;
  const config = parseConfig(exportConfigSchema);
  const clients = awsClients();
  let cohort: ResearchCohort | undefined;
  let sqs: SQSClient | undefined;
  services = {
    config,
    jobs: new ExportJobs(clients.documents, config.EXPORT_JOBS_TABLE, config.EXPORT_RETENTION_DAYS),
    files: new ExportFiles(clients.s3, config.EXPORT_BUCKET),
    groups: new ExportGroups(clients.documents, config.EXPORT_JOBS_TABLE),
    cohort: () => {
      if (cohort) return cohort;
      const chain = chainClient();
      const address = chain.config.CONSENT_REGISTRY_ADDRESS;
      if (!address) throw new ConfigError('Invalid configuration: CONSENT_REGISTRY_ADDRESS: required by the export');
      // A provider of its own that sends the calls made at once as one JSON-RPC batch (a window of
      // consent reads at the job's block); the shared one sends each call on its own.
      const request = new FetchRequest(chain.config.CHAIN_RPC_URL);
      request.timeout = RPC_TIMEOUT_MS;
      const batching = new JsonRpcProvider(request, chain.config.CHAIN_ID, { staticNetwork: true, cacheTimeout: -1, batchMaxCount: CONSENT_WINDOW, batchStallTime: 0 });
      return (cohort = new ResearchCohort(batching, address));
    },
    notify: async (jobId) => {
      if (!config.EXPORT_QUEUE_URL) {
        wakeLocalExportWorker(jobId);
        return;
      }
      sqs ??= new SQSClient({ region: parseConfig(awsConfigSchema).AWS_REGION });
      await sqs.send(new SendMessageCommand({ QueueUrl: config.EXPORT_QUEUE_URL, MessageBody: JSON.stringify({ jobId }) }));
    },
  };
  return services;
}

/** Keys-table settings the de-identification keys are loaded with. */
const keysConfigSchema = authConfigSchema.pick({ KEYS_TABLE: true, EXCHANGE_KMS_KEY_ID: true });

/**
 * Rules the research export applies before the Safe Harbor sample's. A date shift is −50…+50 days
 * chosen by the key and the resource's id, so one resource in 101 keeps its dates as they were;
 * HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)(C)) removes every element of a birth date but the year,
 * so the birth date is redacted to its year (and wholly for an age over 89: partial dates are on)
 * instead of shifted.
 */
export const EXPORT_FIRST_RULES = [{ path: 'Patient.birthDate', method: 'redact' }] as const;

let deidentifier: Promise<(resource: Resource) => Resource> | undefined;

/** The Safe Harbor de-identifier with the exchange's keys (loaded once; a failure is retried on next use). */
export function safeHarborDeidentifier(): Promise<(resource: Resource) => Resource> {
  deidentifier ??= (async () => {
    const config = parseConfig(keysConfigSchema);
    const { kms, documents } = awsClients();
    const keys = await loadDeidKeys({ kms, documents, table: config.KEYS_TABLE, kmsKeyId: config.EXCHANGE_KMS_KEY_ID });
    const engine = createDeidentifier(safeHarborConfig(keys, EXPORT_FIRST_RULES));
    return (resource: Resource) => engine.deidentify(resource);
  })().catch((error: unknown) => {
    deidentifier = undefined;
    throw error;
  });
  return deidentifier;
}
