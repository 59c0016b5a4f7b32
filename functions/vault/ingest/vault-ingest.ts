import { createHash } from 'node:crypto';
import type { Bundle, BundleEntry, OperationOutcome, Resource } from 'fhir/r4.d.ts';
import { OperationOutcomeError, badRequest, conflict, issue, outcome, serviceUnavailable, unprocessable } from '../../fhir/outcomes.ts';
import { describeJsonStringProblem, findJsonStringProblem } from '../../fhir/validation/json-strings.ts';
import { validateJsonText, validateResource } from '../../fhir/validation/validate.ts';
import { logger } from '../../platform/logger.ts';
import { isTransientAwsError } from '../../platform/retry.ts';
import { BundlePlanner } from './bundle-plan.ts';
import type { BundleEndpoint, BundlePlan, PlannedResource } from './bundle-plan.ts';
import type { Key } from '../storage/catalog.ts';
import { forEachLimit, itemId, keys } from '../storage/catalog.ts';
import type { IdentifierTokens } from '../storage/identifier-tokens.ts';
import { PatientErasedError } from '../storage/patient-keys.ts';
import type { PatientKeyring } from '../storage/patient-keys.ts';
import type { PseudonymService } from '../storage/patient-pseudonym.ts';
import { newManifestKey, newObjectKey } from '../storage/vault-objects.ts';
import type { VaultObjects } from '../storage/vault-objects.ts';
import { CommitIndex } from './commit-index.ts';
import type { CommitIndexDeps, CommitRecord, IntentItem, Manifest, ManifestResource } from './commit-index.ts';
import type { CurrentItem } from '../storage/catalog.ts';

export type { Manifest, ManifestResource } from './commit-index.ts';

/**
 * Ingest: a valid bundle in, sealed patient objects in S3, ONE conditional DynamoDB write (the
 * commit record) as the commit point, then the catalog items derived from it.
 *
 *   1. commit id = SHA-256(client, Idempotency-Key) or SHA-256(client, SHA-256(body)). A commit
 *      record with that id already there: the request was done before; its response is answered
 *      again (after completing its indexing if that was interrupted) and nothing new is stored.
 *   2. validate (nothing is written for an invalid bundle), plan (bundle-plan.ts)
 *   3. intent item (what is about to be written, so that an abandoned attempt can be cleaned up)
 *   4. per partition: branch key, canonicalise + salt + commit + seal, PUT o/<uuid>
 *   5. manifest m/<uuid>: the response and the index plan
 *   6. commit record, conditional on not existing: the commit point. Losing the race to an
 *      identical concurrent request: this attempt's objects are deleted and the winner answered.
 *   7. index items (current/version, object, identifier tokens, pending commitments, pending
 *      holdings), all idempotent; then the intent is deleted. A crash before that leaves the
 *      intent: `repair` (and any replay of the request) completes it.
 * Readers reach data only through index items, which exist only for committed requests.
 */

export interface VaultIngestDeps extends CommitIndexDeps {
  objects: VaultObjects;
  keyring: PatientKeyring;
  pseudonyms: PseudonymService;
  tokens: IdentifierTokens;
}

export interface IngestInput {
  clientId: string;
  providerId: string;
  endpoint: BundleEndpoint;
  text: string;
  idempotencyKey?: string;
  permits?: (type: string, permission: 'c' | 'u') => boolean;
  /** The exchange's FHIR base URL. */
  fhirBase?: string;
  now?: Date;
}

export interface IngestResult {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  replayed: boolean;
  resources: number;
  objects: number;
  /** Milliseconds per phase (validate, plan, keys, seal, commit, index), for the Server-Timing header. */
  timings: Record<string, number>;
  /** The resources as stored by this request, by entry index (not on a replay: nothing was stored then). */
  stored?: Map<number, Resource>;
}

/** Most resources in one sealed object; a bigger partition is sealed as several objects. */
const MAX_RESOURCES_PER_OBJECT = 2000;
/** The same client, endpoint and Idempotency-Key (or, without one, the same body) make the same commit. */
export function commitIdOf(clientId: string, endpoint: BundleEndpoint, idempotencyKey: string | undefined, requestHash: string): string {
  const source = idempotencyKey !== undefined ? `key\u0000${idempotencyKey}` : `body\u0000${requestHash}`;
  return createHash('sha256').update(`${clientId}\u0000${endpoint}\u0000${source}`).digest('hex');
}

/** How many times one body is taken as new after what it stored was replaced (its line of commit ids). */
const MAX_BODY_GENERATIONS = 64;

/** The commit id a body sent again takes after its previous commit was superseded. */
function nextGeneration(commitId: string): string {
  return createHash('sha256').update(`${commitId}\u0000superseded`).digest('hex');
}

/**
 * For a batch Bundle that is invalid only inside some entries' resources: those entries, each with
 * its own 400 outcome (elements named from the bundle root). Undefined when the Bundle itself, or
 * anything outside those resources, is what is wrong: then the whole request is a 400. The Bundle
 * without the failed entries is validated again (rules that an earlier error kept from running
 * now run), until what is left is valid.
 */
function batchEntryFailures(value: unknown, first: OperationOutcome): Map<number, OperationOutcomeError> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const bundle = value as { resourceType?: unknown; type?: unknown; entry?: unknown };
  if (bundle.resourceType !== 'Bundle' || bundle.type !== 'batch' || !Array.isArray(bundle.entry)) return undefined;
  const entries = bundle.entry as unknown[];
  const failures = new Map<number, OperationOutcomeError>();
  let remaining = entries.map((_, index) => index);
  let current = first;
  for (let round = 0; round < 5; round++) {
    const byEntry = new Map<number, OperationOutcome['issue']>();
    for (const problem of current.issue) {
      if (problem.severity !== 'error' && problem.severity !== 'fatal') continue;
      const at = problem.expression?.length === 1 ? /^Bundle\.entry\[(\d+)\]\.resource(?=$|[.[])/.exec(problem.expression[0]!) : null;
      if (!at) return undefined;
      const original = remaining[Number(at[1])];
      if (original === undefined) return undefined;
      const issues = byEntry.get(original) ?? [];
      issues.push({ ...problem, expression: [problem.expression![0]!.replace(/^Bundle\.entry\[\d+\]/, `Bundle.entry[${original}]`)] });
      byEntry.set(original, issues);
    }
    for (const [index, issues] of byEntry) failures.set(index, new OperationOutcomeError(400, outcome(...issues)));
    remaining = remaining.filter((index) => !failures.has(index));
    const rest = validateResource({ ...bundle, entry: remaining.map((index) => entries[index]) });
    if (rest.valid) return failures.size > 0 ? failures : undefined;
    current = rest.outcome;
  }
  return undefined;
}

/** The bundle with the failed entries' resources left out, so that planning never reads them. */
function withoutResources(bundle: Bundle, failed: ReadonlyMap<number, unknown>): Bundle {
  return { ...bundle, entry: (bundle.entry ?? []).map((entry, index) => (failed.has(index) ? { ...entry, resource: undefined } : entry)) } as Bundle;
}

export class VaultIngest {
  readonly #deps: VaultIngestDeps;
  readonly #index: CommitIndex;

  constructor(deps: VaultIngestDeps) {
    this.#deps = deps;
    this.#index = new CommitIndex(deps);
  }

  async ingest(input: IngestInput): Promise<IngestResult> {
    // Text JSON.parse takes but no FHIR string can hold: refused before anything is read or written.
    const problem = findJsonStringProblem(input.text, 'Bundle');
    if (problem) throw badRequest(describeJsonStringProblem(problem), problem.path);
    const requestHash = createHash('sha256').update(input.text).digest('hex');
    const keyed = input.idempotencyKey !== undefined;
    let commitId = commitIdOf(input.clientId, input.endpoint, input.idempotencyKey, requestHash);
    // The same body without a key is the same request only while what it wrote is still current:
    // sent again after something newer was committed, it is a new request (the next id in its line).
    for (let generation = 0; ; generation++) {
      const done = await this.#deps.catalog.get<CommitRecord>(keys.commit(commitId));
      if (!done) break;
      const replay = await this.#replay(done, requestHash, keyed, !keyed);
      if (replay) return replay;
      if (generation >= MAX_BODY_GENERATIONS) throw conflict('This body was sent again too many times after newer data replaced what it stored; send it with an Idempotency-Key');
      commitId = nextGeneration(commitId);
    }

    const timer = phaseTimer();
    const validation = validateJsonText(input.text);
    timer.mark('validate');
    // A batch whose only problems are inside entries' resources: those entries fail alone.
    const invalidEntries = validation.valid ? undefined : batchEntryFailures(validation.resource, validation.outcome);
    if (!validation.valid && !invalidEntries) throw new OperationOutcomeError(400, validation.outcome);
    const bundle = invalidEntries ? withoutResources(validation.resource as Bundle, invalidEntries) : (validation.resource as Bundle);
    if (bundle.resourceType !== 'Bundle') throw badRequest('The body must be a Bundle', 'resourceType');
    const allowed = input.endpoint === 'system' ? ['transaction', 'batch'] : ['collection', 'document'];
    if (!allowed.includes(bundle.type)) {
      throw badRequest(
        input.endpoint === 'system'
          ? `POST [base] takes a transaction or batch Bundle; a ${bundle.type} Bundle is stored with POST [base]/Bundle`
          : `POST [base]/Bundle stores a collection or document Bundle; a ${bundle.type} Bundle is posted to [base]`,
        'Bundle.type',
      );
    }

    const planner = new BundlePlanner({ providerId: input.providerId, catalog: this.#deps.catalog, pseudonyms: this.#deps.pseudonyms, tokens: this.#deps.tokens, ...(input.permits ? { permits: input.permits } : {}), ...(input.fhirBase ? { serviceBase: input.fhirBase } : {}), ...(input.now ? { now: input.now } : {}) });
    const plan = await this.#withTransientMapping(() => planner.plan(bundle, input.endpoint, invalidEntries));
    timer.mark('plan');
    return this.#write(plan, input, commitId, requestHash, timer);
  }

  /**
   * The answer of a committed request, again. `onlyIfCurrent`: undefined instead when something
   * newer replaced any resource it stored (a body sent again then is a new request).
   */
  async #replay(record: CommitRecord, requestHash: string, keyed: boolean, onlyIfCurrent = false): Promise<IngestResult | undefined> {
    if (keyed && record.requestHash !== requestHash) {
      throw unprocessable('This Idempotency-Key was used before with a different body', 'Idempotency-Key');
    }
    const manifest = await this.#index.readManifest(record.manifestKey);
    // The original may have stopped between its commit and its index: finish it before answering.
    const intent = await this.#deps.catalog.get<IntentItem>({ pk: keys.intent(record.commitId, '').pk, sk: record.intentSk });
    if (intent) await this.#index.completeIndexing(manifest, intent);
    else if (onlyIfCurrent && !(await this.#stillCurrent(manifest))) return undefined;
    return { status: manifest.status, body: manifest.body, headers: { ...manifest.headers, 'X-Idempotent-Replay': 'true' }, replayed: true, resources: manifest.resources.length, objects: manifest.objects.length, timings: {} };
  }

  /** Whether every resource a manifest stored is still the current version of its id. */
  async #stillCurrent(manifest: Manifest): Promise<boolean> {
    const wanted = manifest.resources.map((resource) => ({ resource, key: keys.current(manifest.providerId, resource.type, resource.id) }));
    const currents = await this.#deps.catalog.getMany<CurrentItem>(wanted.map((item) => item.key));
    return wanted.every(({ resource, key }) => currents.get(itemId(key))?.versionId === resource.versionId);
  }

  async #write(plan: BundlePlan, input: IngestInput, commitId: string, requestHash: string, timer: PhaseTimer): Promise<IngestResult> {
    const { catalog, objects, keyring, concurrency } = this.#deps;
    const stored = plan.entries.flatMap((entry) => (entry.kind === 'stored' ? [entry.resource] : []));
    const groups = groupIntoObjects(stored);
    const createdAt = plan.lastUpdated;
    const manifestKey = newManifestKey();
    const intent: IntentItem = { ...keys.intent(commitId, createdAt), commitId, createdAt, manifestKey, objectKeys: groups.map((group) => group.objectKey) };
    const written: string[] = [];
    const failedPartitions = new Map<string, OperationOutcomeError>();
    let intentWritten = false;

    try {
      await catalog.put(intent);
      intentWritten = true;
      // Branch keys first (one per patient partition, this provider's), then seal and upload, `concurrency` at a time.
      const partitions = [...new Set(groups.map((group) => group.pseudonym))];
      await forEachLimit(partitions, concurrency, async (pseudonym) => {
        try {
          await keyring.ensureBranchKey({ pseudonym, holder: input.providerId });
        } catch (error) {
          if (!(error instanceof PatientErasedError)) throw error;
          // This provider erased its partition of the patient (or an admin erased the person): the
          // exchange does not silently start a new one. Other providers' partitions are not concerned.
          const failure = conflict("This patient's records at this provider were erased; the exchange does not store new data for them here");
          if (plan.bundleType !== 'batch') throw failure;
          failedPartitions.set(pseudonym, failure);
        }
      });
      timer.mark('keys');
      const sealedGroups = groups.filter((group) => !failedPartitions.has(group.pseudonym));
      await forEachLimit(sealedGroups, concurrency, async (group) => {
        const sealed = await objects.seal({ pseudonym: group.pseudonym, providerId: input.providerId, resources: group.resources }, group.objectKey);
        group.commitments = sealed.commitments;
        await objects.put(group.objectKey, sealed.ciphertext, 'application/octet-stream');
        written.push(group.objectKey);
      });

      const manifest = this.#manifest(plan, input.providerId, commitId, createdAt, sealedGroups, failedPartitions);
      if (manifest.resources.length === 0) {
        // Nothing to store (every entry failed, or matched what exists): nothing is committed, so
        // the same request sent again, after the sender fixed what was missing, is processed anew.
        await this.#index.abandon(intent, written);
        intentWritten = false;
        return { status: manifest.status, body: manifest.body, headers: manifest.headers, replayed: false, resources: 0, objects: 0, timings: timer.timings };
      }
      await objects.put(manifestKey, JSON.stringify(manifest), 'application/json');
      written.push(manifestKey);

      timer.mark('seal');
      const record: CommitRecord = { ...keys.commit(commitId), commitId, clientId: input.clientId, providerId: input.providerId, requestHash, createdAt, manifestKey, intentSk: intent.sk, status: manifest.status };
      if (!(await catalog.putNew(record))) {
        // An identical request committed first: ours is abandoned, theirs is the answer.
        await this.#index.abandon(intent, written);
        const winner = await catalog.get<CommitRecord>(keys.commit(commitId));
        if (!winner) throw new Error('commit record vanished');
        return (await this.#replay(winner, requestHash, input.idempotencyKey !== undefined))!;
      }
      timer.mark('commit');
      logger.info('ingest committed', { commitId, bundleType: plan.bundleType, resources: manifest.resources.length, objects: manifest.objects.length, patients: manifest.patients.length });

      try {
        await this.#index.completeIndexing(manifest, intent);
      } catch (error) {
        // Committed: the repair pass, or a retry of this request, completes the index.
        logger.warn('ingest indexing interrupted; left to repair', { commitId, error: (error as Error).name });
        if (isTransientAwsError(error)) throw serviceUnavailable('The bundle was committed; its indexing was interrupted. Retry the same request to see the result.');
        throw error;
      }
      timer.mark('index');
      const storedResources = new Map(sealedGroups.flatMap((group) => group.resources.map((resource) => [resource.entryIndex, resource.resource] as const)));
      return { status: manifest.status, body: manifest.body, headers: manifest.headers, replayed: false, resources: manifest.resources.length, objects: manifest.objects.length, timings: timer.timings, stored: storedResources };
    } catch (error) {
      if (intentWritten) {
        // Not committed (or committed by another attempt): what this attempt wrote goes. If the
        // catalog cannot tell, the intent stays for the repair pass.
        const committed = await catalog.get<CommitRecord>(keys.commit(commitId)).then((record) => ({ record }), () => undefined);
        if (committed && committed.record?.intentSk !== intent.sk) await this.#index.abandon(intent, written).catch(() => undefined);
      }
      if (error instanceof OperationOutcomeError) throw error;
      if (isTransientAwsError(error)) throw serviceUnavailable('A storage or key service is busy; nothing was stored. Retry the same request.');
      throw error;
    }
  }

  #manifest(plan: BundlePlan, providerId: string, commitId: string, createdAt: string, groups: ObjectGroup[], failedPartitions: Map<string, OperationOutcomeError>): Manifest {
    const resources: ManifestResource[] = [];
    const placed = new Map<PlannedResource, { objectKey: string; position: number; commitment: string }>();
    for (const group of groups) {
      group.resources.forEach((resource, position) => placed.set(resource.planned, { objectKey: group.objectKey, position, commitment: group.commitments![position]! }));
    }
    const responseEntries: BundleEntry[] = plan.entries.map((entry) => {
      if (entry.kind === 'failed') return { response: failureResponse(entry.error) };
      if (entry.kind === 'matched') {
        return { response: { status: '200 OK', location: `${entry.type}/${entry.current.id}/_history/${entry.current.versionId}`, etag: `W/"${entry.current.versionId}"`, lastModified: entry.current.lastUpdated } };
      }
      const planned = entry.resource;
      const failure = failedPartitions.get(planned.partition);
      if (failure) return { response: failureResponse(failure) };
      const where = placed.get(planned)!;
      resources.push({
        type: planned.type,
        id: planned.id,
        versionId: planned.versionId,
        lastUpdated: plan.lastUpdated,
        pseudonym: planned.partition,
        objectKey: where.objectKey,
        position: where.position,
        commitment: where.commitment,
        conditional: planned.clientAssignedId,
        ...(planned.tokens?.length ? { tokens: planned.tokens } : {}),
        ...(planned.previous ? { previous: planned.previous } : {}),
      });
      return {
        response: {
          status: entry.created ? '201 Created' : '200 OK',
          location: `${planned.type}/${planned.id}/_history/${planned.versionId}`,
          etag: `W/"${planned.versionId}"`,
          lastModified: plan.lastUpdated,
        },
      };
    });

    let status: number;
    let body: unknown;
    let headers: Record<string, string>;
    if (plan.bundleType === 'collection' || plan.bundleType === 'document') {
      const created = resources[0]!;
      status = 201;
      headers = { Location: `Bundle/${created.id}/_history/1`, ETag: 'W/"1"', 'Last-Modified': new Date(plan.lastUpdated).toUTCString() };
      body = outcome(issue('informational', `Stored the ${plan.bundleType} Bundle as Bundle/${created.id}`, undefined, 'information'));
    } else {
      status = 200;
      headers = {};
      body = { resourceType: 'Bundle', type: `${plan.bundleType}-response`, entry: responseEntries } satisfies Bundle;
    }
    const objects = groups.map((group) => ({
      objectKey: group.objectKey,
      pseudonym: group.pseudonym,
      entries: group.resources.map((resource) => `${resource.type}/${resource.id}/${resource.versionId}`),
      commitments: group.commitments!,
    }));
    const patients = plan.patients.filter((pseudonym) => !failedPartitions.has(pseudonym));
    return { format: 'fhirx-manifest/1', commitId, providerId, createdAt, status, body, headers, objects, resources, patients };
  }

  async #withTransientMapping<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof OperationOutcomeError) && isTransientAwsError(error)) throw serviceUnavailable('A storage or key service is busy; nothing was stored. Retry the same request.');
      throw error;
    }
  }

  /** Writes the index items of a committed manifest, then deletes its intent (CommitIndex). */
  completeIndexing(manifest: Manifest, intent: Key): Promise<void> {
    return this.#index.completeIndexing(manifest, intent);
  }

  /** The repair pass (CommitIndex.repair). */
  repair(olderThanSeconds: number, now?: Date): Promise<{ indexed: number; abandoned: number }> {
    return this.#index.repair(olderThanSeconds, now);
  }
}

interface PhaseTimer {
  mark(phase: string): void;
  readonly timings: Record<string, number>;
}

function phaseTimer(): PhaseTimer {
  let last = performance.now();
  const timings: Record<string, number> = {};
  return {
    timings,
    mark(phase) {
      const now = performance.now();
      timings[phase] = Math.round((now - last) * 10) / 10;
      last = now;
    },
  };
}

interface ObjectGroup {
  pseudonym: string;
  objectKey: string;
  resources: (PlannedResource & { planned: PlannedResource; lastUpdated: string })[];
  commitments?: string[];
}

function groupIntoObjects(stored: readonly PlannedResource[]): ObjectGroup[] {
  const byPartition = new Map<string, PlannedResource[]>();
  for (const resource of stored) {
    const list = byPartition.get(resource.partition) ?? [];
    list.push(resource);
    byPartition.set(resource.partition, list);
  }
  const groups: ObjectGroup[] = [];
  for (const [pseudonym, resources] of byPartition) {
    for (let start = 0; start < resources.length; start += MAX_RESOURCES_PER_OBJECT) {
      const slice = resources.slice(start, start + MAX_RESOURCES_PER_OBJECT);
      groups.push({
        pseudonym,
        objectKey: newObjectKey(),
        resources: slice.map((planned) => ({ ...planned, planned, lastUpdated: planned.resource.meta!.lastUpdated! })),
      });
    }
  }
  return groups;
}

function failureResponse(error: OperationOutcomeError): NonNullable<BundleEntry['response']> {
  return { status: `${error.status} ${STATUS_TEXT[error.status] ?? 'Error'}`, outcome: error.outcome as OperationOutcome };
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  422: 'Unprocessable Entity',
  424: 'Failed Dependency',
};
