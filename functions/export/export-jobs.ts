import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PurposeOfUse } from '../access/principal.ts';

/**
 * Bulk Data export jobs in the jobs table (TABLES.exportJobs). Only the exchange's ids, resource
 * types, counts and times are kept here; never a patient, a pseudonym or a value of a record.
 *
 * | item | pk | sk |
 * |---|---|---|
 * | a job | `job#<jobId>` | `job` |
 * | a client's running job (one at a time: a second kick-off gets 429) | `client#<clientId>` | `running` |
 * | a job waiting for (or being run by) the worker | `waiting` | `<createdAt>#<jobId>` |
 * | a group a research client defined (functions/export/export-groups.ts) | `group#<clientId>` | `<groupId>` |
 *
 * A job is run by whoever holds its lease (a worker run renews it at each checkpoint); a run that
 * crashed leaves the lease to lapse, and the next run takes the job over from its last checkpoint.
 * Only the client that started a job ever sees it (every read names the owner).
 */

export type JobStatus = 'accepted' | 'in-progress' | 'completed' | 'failed' | 'cancelled';
export type ExportLevel = 'system' | 'patient' | 'group';

/** A `_typeFilter` (Bulk Data IG "Experimental Query Parameters"): the type and the search parameters it narrows that type to. */
export interface TypeFilter {
  type: string;
  /** Search parameters as given (`_lastUpdated`, `code`), in the order given; all must match. */
  parameters: [string, string][];
}

/** What the kick-off asked for, once checked. */
export interface ExportRequest {
  level: ExportLevel;
  groupId?: string;
  /** The kick-off request's URL, as the manifest repeats it. */
  request: string;
  /** `_type`: undefined means every type the client may read. */
  types?: string[];
  /** `_since`, an instant. */
  since?: string;
  /** `patient` (POST): only these patients, by their de-identified Patient ids (as a Group's members). */
  patientIds?: string[];
  typeFilters: TypeFilter[];
  /** Parameters ignored under `Prefer: handling=lenient`, reported in the manifest's `error`. */
  ignored: { parameter: string; text: string }[];
}

export interface JobOwner {
  clientId: string;
  /** The access token's scopes at kick-off, as strings (system/….rs). */
  scopes: string[];
  purposeOfUse: PurposeOfUse;
}

export interface PatientCounts {
  /** Pseudonyms with a research consent event for the client up to the transaction time. */
  considered: number;
  exported: number;
  /** Considered, but whose consent was not in force at the transaction time (revoked or expired). */
  notInForce: number;
  /** In force, but with nothing to export (erased, not in the group, nothing of the types asked). */
  empty: number;
}

export interface OutputFile {
  type: string;
  key: string;
  count: number;
}

export interface ExportJob extends ExportRequest, JobOwner {
  jobId: string;
  status: JobStatus;
  /** The kick-off's time: only consents in force then, and resources committed before then, are exported. */
  transactionTime: string;
  /** The chain's latest block at the transaction time: consents are read as of this block. */
  block?: number;
  /** Patients are taken one at a time in the job's fixed order; the first `cursor` are done (their parts written and counted). */
  cursor: number;
  totalPatients?: number;
  counts: Record<string, number>;
  patients: PatientCounts;
  output?: OutputFile[];
  errorFile?: OutputFile;
  failure?: string;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
  leaseId?: string;
  leaseUntil?: number;
  /** Epoch seconds after which DynamoDB's TTL removes the job (its files expire with the bucket's lifecycle). */
  expiresAt: number;
}

const jobKey = (jobId: string) => ({ pk: `job#${jobId}`, sk: 'job' });
const runningKey = (clientId: string) => ({ pk: `client#${clientId}`, sk: 'running' });
const waitingKey = (job: Pick<ExportJob, 'createdAt' | 'jobId'>) => ({ pk: 'waiting', sk: `${job.createdAt}#${job.jobId}` });

export const ACTIVE: ReadonlySet<JobStatus> = new Set(['accepted', 'in-progress']);

export class RunningJobError extends Error {
  override name = 'RunningJobError';
  readonly jobId: string;
  constructor(jobId: string) {
    super('The client already has an export running');
    this.jobId = jobId;
  }
}

export class ExportJobs {
  readonly #db: DynamoDBDocumentClient;
  readonly table: string;
  readonly #retentionDays: number;

  constructor(db: DynamoDBDocumentClient, table: string, retentionDays: number) {
    this.#db = db;
    this.table = table;
    this.#retentionDays = retentionDays;
  }

  /**
   * Records a new job for `owner`, unless the owner has one running (RunningJobError). The
   * running marker is written with a condition, so two concurrent kick-offs cannot both start.
   */
  async create(owner: JobOwner, request: ExportRequest, transactionTime: Date, block: number | undefined): Promise<ExportJob> {
    const running = await this.#get<{ jobId: string }>(runningKey(owner.clientId));
    if (running) {
      const previous = await this.#get<ExportJob>(jobKey(running.jobId));
      if (previous && ACTIVE.has(previous.status)) throw new RunningJobError(previous.jobId);
    }
    const now = new Date().toISOString();
    const job: ExportJob = {
      ...request,
      ...owner,
      jobId: randomUUID(),
      status: 'accepted',
      transactionTime: transactionTime.toISOString(),
      ...(block !== undefined ? { block } : {}),
      cursor: 0,
      counts: {},
      patients: { considered: 0, exported: 0, notInForce: 0, empty: 0 },
      createdAt: now,
      updatedAt: now,
      expiresAt: Math.floor(transactionTime.getTime() / 1000) + this.#retentionDays * 86_400,
    };
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...runningKey(owner.clientId), jobId: job.jobId, createdAt: now },
          ConditionExpression: running ? 'jobId = :previous' : 'attribute_not_exists(pk)',
          ...(running ? { ExpressionAttributeValues: { ':previous': running.jobId } } : {}),
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') throw new RunningJobError('concurrent');
      throw error;
    }
    await this.#db.send(new PutCommand({ TableName: this.table, Item: { ...jobKey(job.jobId), ...job } }));
    await this.#db.send(new PutCommand({ TableName: this.table, Item: { ...waitingKey(job), jobId: job.jobId } }));
    return job;
  }

  /** The job, if it exists and `clientId` started it (anyone else is told nothing, as if it did not exist). */
  async getOwned(jobId: string, clientId: string): Promise<ExportJob | undefined> {
    const job = await this.get(jobId);
    return job && job.clientId === clientId ? job : undefined;
  }

  async get(jobId: string): Promise<ExportJob | undefined> {
    const item = await this.#get<ExportJob & { pk: string; sk: string }>(jobKey(jobId));
    if (!item) return undefined;
    const { pk: _pk, sk: _sk, ...job } = item;
    return job;
  }

  /** The ids of jobs waiting for a worker (or held by one), oldest first. */
  async waiting(limit = 25): Promise<string[]> {
    const { Items = [] } = await this.#db.send(
      new QueryCommand({ TableName: this.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'waiting' }, ConsistentRead: true, Limit: limit }),
    );
    return Items.map((item) => String(item['jobId']));
  }

  /**
   * Takes the job's lease for `leaseSeconds`: only if it is still to be run and nobody holds a
   * live lease. Returns the job with the new lease, or undefined.
   */
  async claim(jobId: string, leaseSeconds: number): Promise<ExportJob | undefined> {
    const leaseId = randomUUID();
    const now = Date.now();
    try {
      const { Attributes } = await this.#db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: jobKey(jobId),
          UpdateExpression: 'SET #status = :running, leaseId = :lease, leaseUntil = :until, updatedAt = :now',
          ConditionExpression: '#status IN (:accepted, :running) AND (attribute_not_exists(leaseUntil) OR leaseUntil < :nowMs)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':running': 'in-progress', ':accepted': 'accepted', ':lease': leaseId, ':until': now + leaseSeconds * 1000, ':now': new Date(now).toISOString(), ':nowMs': now },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const { pk: _pk, sk: _sk, ...job } = Attributes as ExportJob & { pk: string; sk: string };
      return job;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return undefined;
      throw error;
    }
  }

  /**
   * Gives the lease back at a checkpoint (the run stops before its function times out), so that the
   * next run may take the job at once instead of waiting for the lease to lapse.
   */
  async yieldLease(job: ExportJob): Promise<boolean> {
    return this.#conditional(job, 'SET updatedAt = :now REMOVE leaseId, leaseUntil', { ':now': new Date().toISOString() }, {});
  }

  /**
   * Moves the job's cursor past a patient whose parts are written, and renews the lease. False when
   * the lease was lost (another run took over) or the job was cancelled: the run must stop.
   */
  async checkpoint(job: ExportJob, leaseSeconds: number, update: Pick<ExportJob, 'cursor' | 'counts' | 'patients'> & { totalPatients?: number }): Promise<boolean> {
    const now = Date.now();
    return this.#conditional(job, 'SET #cursor = :cursor, #counts = :counts, patients = :patients, totalPatients = :total, leaseUntil = :until, updatedAt = :now', {
      ':cursor': update.cursor,
      ':counts': update.counts,
      ':patients': update.patients,
      ':total': update.totalPatients ?? job.totalPatients ?? 0,
      ':until': now + leaseSeconds * 1000,
      ':now': new Date(now).toISOString(),
    }, { '#cursor': 'cursor', '#counts': 'counts' });
  }

  /** Marks the job complete with its files, and frees the client for its next export. */
  async complete(job: ExportJob, output: OutputFile[], errorFile: OutputFile | undefined): Promise<boolean> {
    const now = new Date().toISOString();
    const done = await this.#conditional(job, `SET #status = :completed, #output = :output, completedAt = :now, updatedAt = :now${errorFile ? ', errorFile = :errorFile' : ''} REMOVE leaseId, leaseUntil`, {
      ':completed': 'completed',
      ':output': output,
      ':now': now,
      ...(errorFile ? { ':errorFile': errorFile } : {}),
    }, { '#status': 'status', '#output': 'output' });
    if (done) await this.#release(job);
    return done;
  }

  /** Marks the job failed (the reason names no patient), and frees the client. */
  async fail(job: ExportJob, reason: string): Promise<void> {
    const now = new Date().toISOString();
    await this.#conditional(job, 'SET #status = :failed, failure = :reason, completedAt = :now, updatedAt = :now REMOVE leaseId, leaseUntil', { ':failed': 'failed', ':reason': reason, ':now': now }, { '#status': 'status' });
    await this.#release(job);
  }

  /** Cancels the job (`DELETE` on its status URL): later polls answer 404. False if it was not the owner's or already gone. */
  async cancel(jobId: string, clientId: string): Promise<ExportJob | undefined> {
    const job = await this.getOwned(jobId, clientId);
    if (!job || job.status === 'cancelled') return undefined;
    await this.#db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: jobKey(jobId),
        UpdateExpression: 'SET #status = :cancelled, updatedAt = :now REMOVE leaseId, leaseUntil',
        ConditionExpression: 'clientId = :client',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':cancelled': 'cancelled', ':now': new Date().toISOString(), ':client': clientId },
      }),
    );
    await this.#release(job);
    return job;
  }

  /** Removes the job from the waiting list and frees its client's running marker (if it is still this job's). */
  async #release(job: Pick<ExportJob, 'jobId' | 'clientId' | 'createdAt'>): Promise<void> {
    await this.#db.send(new DeleteCommand({ TableName: this.table, Key: waitingKey(job) }));
    try {
      await this.#db.send(new DeleteCommand({ TableName: this.table, Key: runningKey(job.clientId), ConditionExpression: 'jobId = :job', ExpressionAttributeValues: { ':job': job.jobId } }));
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  /** An update made only while `job`'s run holds the lease and the job is in progress. */
  async #conditional(job: ExportJob, expression: string, values: Record<string, unknown>, names: Record<string, string>): Promise<boolean> {
    try {
      await this.#db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: jobKey(job.jobId),
          UpdateExpression: expression,
          ConditionExpression: 'leaseId = :mine AND #state = :inProgress',
          ExpressionAttributeNames: { ...names, '#state': 'status' },
          ExpressionAttributeValues: { ...values, ':mine': job.leaseId, ':inProgress': 'in-progress' },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  async #get<T>(key: { pk: string; sk: string }): Promise<T | undefined> {
    const { Item } = await this.#db.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }));
    return Item as T | undefined;
  }

  /** Raw access for the groups (same table). */
  get documents(): DynamoDBDocumentClient {
    return this.#db;
  }
}
