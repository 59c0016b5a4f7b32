import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { Bundle, BundleEntry, OperationOutcome } from 'fhir/r4.d.ts';
import { NOT_IN_PATIENT_COMPARTMENT, PATIENT_COMPARTMENT } from '../../schemas/patient-compartment.generated.ts';
import { TARGET_OPTIONS, UsageError, firstProviderClient, resolveTarget } from './exchange-target.ts';
import type { ExchangeTarget } from './exchange-target.ts';
import { requestAccessToken } from './smart-client.ts';

/**
 * `fhir-exchange ingest FILE|DIR...`: loads FHIR data into the exchange.
 *
 * `.json` files are Bundles sent whole, as read (transaction/batch: `POST [base]`; collection and
 * document: `POST [base]/Bundle`). `.ndjson` files (one resource per line, e.g. a Bulk Data export)
 * are streamed and sent as `batch` Bundles of at most `--batch-size` entries and 5 MiB; a
 * resource with an id is PUT to `Type/id`, so ids and `Patient/<id>` references survive.
 *
 * Files run in phases so that referenced resources exist before the resources referring to them:
 * organizations, then other shared resources (practitioners, locations, medications…), then
 * practitioner roles, then patients, then everything else. Within a phase up to `--concurrency`
 * requests run at once. Every request carries an `Idempotency-Key` (SHA-256 of its body) so that
 * a retry (network error, 429, 502/503/504) can never store twice.
 *
 * Nothing printed is patient data: counts, file names, resource types and ids, HTTP statuses and
 * the server's OperationOutcome issue text and expression only.
 */

/** The largest request body the CLI builds (the server accepts 6 MB). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
export const DEFAULT_BATCH_SIZE = 500;
export const DEFAULT_CONCURRENCY = 4;
const MAX_ATTEMPTS = 5;
const RETRY_BASE_MS = 500;
const RETRY_CAP_MS = 30_000;
const REQUEST_TIMEOUT_MS = 120_000;

const OPTIONS = {
  ...TARGET_OPTIONS,
  concurrency: { type: 'string' },
  'batch-size': { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

// ---------------------------------------------------------------------------------------------
// Input discovery and ordering

export interface IngestInput {
  /** The path as given (or joined from a given directory). */
  file: string;
  format: 'json' | 'ndjson';
  /** NDJSON: the type of the first resource (or from the name `Type.000.ndjson`); undefined if unknown. */
  resourceType?: string;
}

export interface IngestPhase {
  name: string;
  inputs: IngestInput[];
}

/** Phases, in order. Files of one phase are all done before the next phase starts. */
export const PHASE_NAMES = ['organizations', 'shared resources', 'practitioner roles', 'patients', 'patient data'] as const;

/** Outside the Patient compartment, but referring to practitioners, organizations and locations. */
const ROLE_TYPES = new Set(['PractitionerRole', 'OrganizationAffiliation']);
/**
 * Outside the R4 Patient compartment, but their resources usually refer to a Patient
 * (`Device.patient`), so they go with the patient data.
 */
const PATIENT_REFERRING_SHARED_TYPES = new Set(['Device']);
const SHARED_TYPES = new Set(NOT_IN_PATIENT_COMPARTMENT);

function phaseOf(input: IngestInput): number {
  const name = basename(input.file);
  if (input.format === 'json') {
    if (name.startsWith('hospitalInformation')) return 0;
    if (name.startsWith('practitionerInformation')) return 1;
    return 4;
  }
  const type = input.resourceType;
  if (type === undefined) return 4;
  if (type === 'Organization') return 0;
  if (ROLE_TYPES.has(type)) return 2;
  if (type === 'Patient') return 3;
  const inPatientCompartment = PATIENT_COMPARTMENT[type] !== undefined;
  if (!inPatientCompartment && SHARED_TYPES.has(type) && !PATIENT_REFERRING_SHARED_TYPES.has(type)) return 1;
  return 4; // Patient compartment types, Device, and types in neither list
}

/**
 * Expands directories (non-recursively, sorted) to their `.json` and `.ndjson` files and sorts
 * everything into phases. Empty phases are left out. Throws a UsageError for a path that cannot
 * be read, or when there is nothing to ingest.
 */
export async function orderInputs(paths: string[]): Promise<IngestPhase[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`Cannot read ${path}`);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => /\.(nd)?json$/i.test(name)).sort();
      for (const name of names) {
        const file = join(path, name);
        if ((await stat(file)).isFile()) add(file);
      }
    } else if (/\.(nd)?json$/i.test(path)) {
      add(path);
    } else {
      throw new UsageError(`${path} is neither a .json nor an .ndjson file`);
    }
  }
  if (files.length === 0) throw new UsageError(`No .json or .ndjson files in ${paths.join(', ')}`);
  const phases: IngestInput[][] = PHASE_NAMES.map(() => []);
  for (const file of files) {
    const input: IngestInput = /\.ndjson$/i.test(file) ? { file, format: 'ndjson' } : { file, format: 'json' };
    if (input.format === 'ndjson') {
      const type = (await firstResourceType(file)) ?? /^([A-Z][A-Za-z]+)(\.\d+)?\.ndjson$/.exec(basename(file))?.[1];
      if (type !== undefined) input.resourceType = type;
    }
    phases[phaseOf(input)]!.push(input);
  }
  return phases.flatMap((inputs, index) => (inputs.length ? [{ name: PHASE_NAMES[index]!, inputs }] : []));
}

/** The resourceType of an NDJSON file's first non-blank line, if it is a resource. */
async function firstResourceType(file: string): Promise<string | undefined> {
  const stream = createReadStream(file, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const text of lines) {
      if (text.trim() === '') continue;
      try {
        const type = (JSON.parse(stripBom(text)) as { resourceType?: unknown } | null)?.resourceType;
        return typeof type === 'string' && RESOURCE_TYPE.test(type) ? type : undefined;
      } catch {
        return undefined;
      }
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    lines.close();
    stream.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// NDJSON batching

const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export interface NdjsonBatch {
  kind: 'batch';
  /** The serialized `batch` Bundle. */
  body: Buffer;
  /** 1-based line number of each entry, in entry order. */
  lines: number[];
}

export interface NdjsonRejected {
  kind: 'rejected';
  line: number;
  reason: string;
}

export interface BatchLimits {
  batchSize: number;
  maxBytes: number;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const BATCH_PREFIX = '{"resourceType":"Bundle","type":"batch","entry":[';
const BATCH_SUFFIX = ']}';

/**
 * Streams an NDJSON file into `batch` Bundles of at most `batchSize` entries and `maxBytes`
 * bytes, and reports the lines that are not FHIR resources (or too large to send alone). Each
 * line is embedded as read, not re-serialized. Blank lines are skipped.
 */
export async function* ndjsonBatches(file: string, base: string, limits: BatchLimits): AsyncGenerator<NdjsonBatch | NdjsonRejected> {
  const fhirBase = base.replace(/\/+$/, '');
  const overhead = Buffer.byteLength(BATCH_PREFIX) + Buffer.byteLength(BATCH_SUFFIX);
  let entries: string[] = [];
  let lines: number[] = [];
  let bytes = overhead;
  const flush = (): NdjsonBatch => {
    const batch: NdjsonBatch = { kind: 'batch', body: Buffer.from(`${BATCH_PREFIX}${entries.join(',')}${BATCH_SUFFIX}`, 'utf8'), lines };
    entries = [];
    lines = [];
    bytes = overhead;
    return batch;
  };
  const input = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const raw of input) {
    lineNumber++;
    const text = (lineNumber === 1 ? stripBom(raw) : raw).trim();
    if (text === '') continue;
    let resource: unknown;
    try {
      resource = JSON.parse(text);
    } catch {
      yield { kind: 'rejected', line: lineNumber, reason: 'not JSON' };
      continue;
    }
    if (typeof resource !== 'object' || resource === null || Array.isArray(resource)) {
      yield { kind: 'rejected', line: lineNumber, reason: 'not a FHIR resource (not a JSON object)' };
      continue;
    }
    const { resourceType: type, id } = resource as { resourceType?: unknown; id?: unknown };
    if (typeof type !== 'string' || !RESOURCE_TYPE.test(type)) {
      yield { kind: 'rejected', line: lineNumber, reason: 'not a FHIR resource (no resourceType)' };
      continue;
    }
    if (id !== undefined && (typeof id !== 'string' || !FHIR_ID.test(id))) {
      yield { kind: 'rejected', line: lineNumber, reason: `${type} with an invalid id` };
      continue;
    }
    const entry =
      id === undefined
        ? `{"resource":${text},"request":{"method":"POST","url":${JSON.stringify(type)}}}`
        : `{"fullUrl":${JSON.stringify(`${fhirBase}/${type}/${id}`)},"resource":${text},"request":{"method":"PUT","url":${JSON.stringify(`${type}/${id}`)}}}`;
    const entryBytes = Buffer.byteLength(entry, 'utf8');
    if (overhead + entryBytes > limits.maxBytes) {
      yield { kind: 'rejected', line: lineNumber, reason: `${type} too large to send (over ${formatMiB(limits.maxBytes)} in a batch)` };
      continue;
    }
    if (entries.length > 0 && (entries.length >= limits.batchSize || bytes + 1 + entryBytes > limits.maxBytes)) yield flush();
    bytes += (entries.length > 0 ? 1 : 0) + entryBytes;
    entries.push(entry);
    lines.push(lineNumber);
  }
  if (entries.length > 0) yield flush();
}

function formatMiB(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(2)} MiB` : `${bytes} bytes`;
}

// ---------------------------------------------------------------------------------------------
// Counting the server's answers

export type SentKind = 'transaction' | 'batch' | 'collection' | 'document';

export interface Failure {
  reason: string;
  /** `file:line` (NDJSON), `file:entry[i]` (a Bundle's entry), or `file`. */
  location: string;
}

export interface Tally {
  created: number;
  updated: number;
  failures: Failure[];
}

interface Issue {
  diagnostics?: string;
  details?: { text?: string };
  expression?: string[];
}

/** `text (expression)` of an OperationOutcome's first issue, if it has one. */
export function outcomeReason(outcome: unknown, ownEntry = false): string | undefined {
  const issue = ((outcome as OperationOutcome | undefined)?.issue as Issue[] | undefined)?.[0];
  if (!issue) return undefined;
  const text = issue.diagnostics ?? issue.details?.text;
  // In an entry's own outcome, its index is in the location already: without it, one reason groups many entries.
  const expression = issue.expression?.length ? issue.expression.map((path) => (ownEntry ? path.replace(/^Bundle\.entry\[\d+\]/, 'Bundle.entry[*]') : path)).join(', ') : undefined;
  if (text === undefined && expression === undefined) return undefined;
  return `${text ?? ''}${text !== undefined && expression !== undefined ? ' ' : ''}${expression !== undefined ? `(${expression})` : ''}`;
}

/**
 * Counts the answer to one request: `sent.kind` is what was sent, `sent.locations` where each
 * of its entries came from (a collection or document Bundle is one resource). A non-2xx status
 * fails every entry with the OperationOutcome's reason; otherwise each `entry[i].response.status`
 * of a transaction/batch response counts: 201 created, 200 updated, anything else failed.
 */
export function tallyResponse(sent: { kind: SentKind; locations: string[] }, status: number, body: unknown): Tally {
  const tally: Tally = { created: 0, updated: 0, failures: [] };
  const failAll = (reason: string) => {
    for (const location of sent.locations) tally.failures.push({ reason, location });
    return tally;
  };
  if (status < 200 || status > 299) {
    const reason = outcomeReason(body);
    return failAll(`HTTP ${status}${reason ? `: ${reason}` : ''}`);
  }
  if (sent.kind === 'collection' || sent.kind === 'document') {
    if (status === 201) tally.created += sent.locations.length;
    else tally.updated += sent.locations.length;
    return tally;
  }
  const bundle = body as Bundle | undefined;
  if (bundle?.resourceType !== 'Bundle' || !Array.isArray(bundle.entry)) {
    return failAll(`HTTP ${status} without a ${sent.kind}-response Bundle`);
  }
  sent.locations.forEach((location, index) => {
    const response = (bundle.entry![index] as BundleEntry | undefined)?.response;
    const entryStatus = response?.status?.trim();
    if (!entryStatus) {
      tally.failures.push({ reason: `no response for this entry in the ${sent.kind}-response`, location });
    } else if (entryStatus.startsWith('201')) {
      tally.created++;
    } else if (entryStatus.startsWith('200')) {
      tally.updated++;
    } else {
      const reason = outcomeReason(response?.outcome, true);
      tally.failures.push({ reason: `${entryStatus}${reason ? `: ${reason}` : ''}`, location });
    }
  });
  return tally;
}

// ---------------------------------------------------------------------------------------------
// Sending

/** One request to make: its body is never changed between attempts. */
export interface IngestRequest {
  file: string;
  kind: SentKind;
  url: string;
  body: Buffer;
  locations: string[];
}

export function idempotencyKey(body: Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

interface Answer {
  status: number;
  body: unknown;
  /** Set when every attempt failed without an HTTP answer. */
  networkError?: string;
}

/** Holds the access token; renews it ahead of expiry, or on demand after a 401 (once per stale token). */
function tokenSource(target: ExchangeTarget, scope: string) {
  let current: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;
  const fetchToken = () => {
    pending ??= requestAccessToken(target, scope)
      .then((result) => {
        current = { token: result.access_token, expiresAt: Date.now() + Math.max(0, (result.expires_in ?? 300) - 30) * 1000 };
        return result.access_token;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
  return {
    async get(): Promise<string> {
      if (current && Date.now() < current.expiresAt) return current.token;
      return fetchToken();
    },
    /** A new token, unless someone else already replaced `stale`. */
    async renew(stale: string): Promise<string> {
      if (current && current.token !== stale && Date.now() < current.expiresAt) return current.token;
      return fetchToken();
    },
  };
}

function retryDelay(attempt: number, retryAfter: string | null): number {
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    if (Number.isFinite(ms)) return Math.min(RETRY_CAP_MS, Math.max(0, ms));
  }
  const backoff = RETRY_BASE_MS * 2 ** (attempt - 1);
  return Math.min(RETRY_CAP_MS, backoff + Math.random() * backoff * 0.25);
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);

async function send(request: IngestRequest, tokens: ReturnType<typeof tokenSource>): Promise<Answer> {
  const key = idempotencyKey(request.body);
  let reauthorized = false;
  let lastError = '';
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const token = await tokens.get();
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/fhir+json',
          Accept: 'application/fhir+json',
          'Idempotency-Key': key,
        },
        body: request.body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      lastError = `network error: ${networkMessage(error)}`;
      if (attempt < MAX_ATTEMPTS) await sleep(retryDelay(attempt, null));
      continue;
    }
    const text = await response.text().catch(() => '');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (response.status === 401 && !reauthorized) {
      reauthorized = true;
      await tokens.renew(token);
      attempt--; // a renewed token is not a retry
      continue;
    }
    if (RETRY_STATUSES.has(response.status) && attempt < MAX_ATTEMPTS) {
      await sleep(retryDelay(attempt, response.headers.get('retry-after')));
      continue;
    }
    return { status: response.status, body };
  }
  return { status: 0, body: undefined, networkError: lastError };
}

function networkMessage(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

// ---------------------------------------------------------------------------------------------
// The run

interface FileState {
  input: IngestInput;
  requests: number;
  resources: number;
  created: number;
  updated: number;
  failed: number;
  /** Of `failed`: never sent (lines that are not resources, a file that is not a sendable Bundle). */
  notSent: number;
  bytes: number;
  pending: number;
  exhausted: boolean;
  done: boolean;
  /** Set when the file is not sent at all (not a Bundle, unknown Bundle type, unreadable). */
  skipped?: string;
}

export interface FailureGroup {
  reason: string;
  count: number;
  examples: string[];
}

export interface IngestSummary {
  files: number;
  requests: number;
  resourcesSent: number;
  created: number;
  updated: number;
  failed: number;
  /** Of `failed`: lines and files never sent (not FHIR, not a sendable Bundle, unreadable). */
  notSent: number;
  bytesSent: number;
  megabytes: number;
  elapsedSeconds: number;
  resourcesPerSecond: number;
  phases: { name: string; files: string[] }[];
  perFile: {
    file: string;
    resourceType?: string;
    requests: number;
    resources: number;
    created: number;
    updated: number;
    failed: number;
    notSent: number;
    skipped?: string;
  }[];
  failures: FailureGroup[];
}

export interface IngestIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (a single updating progress line) or not (a line per file). */
  tty: boolean;
}

const defaultIo = (): IngestIo => ({
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  tty: process.stderr.isTTY === true,
});

function positiveInteger(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError(`--${name} must be an integer from 1 to ${max}`);
  return Number(value);
}

export async function ingestCommand(args: string[], io: IngestIo = defaultIo()): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true });
  if (positionals.length === 0) throw new UsageError('ingest needs at least one FILE or DIR');
  const concurrency = positiveInteger(values.concurrency, 'concurrency', DEFAULT_CONCURRENCY, 64);
  const batchSize = positiveInteger(values['batch-size'], 'batch-size', DEFAULT_BATCH_SIZE, 10_000);
  const phases = await orderInputs(positionals);

  const client = values.client ?? (values.base ? undefined : await firstProviderClient(values['data-dir']));
  const target = await resolveTarget({ ...values, ...(client === undefined ? {} : { client }) });
  const scope = !target.scopes || target.scopes.includes('system/*.cruds') ? 'system/*.cruds' : target.scopes.join(' ');
  const tokens = tokenSource(target, scope);
  await tokens.get(); // fail early, before anything is read or sent

  const started = performance.now();
  const states: FileState[] = phases.flatMap((phase) =>
    phase.inputs.map((input) => ({ input, requests: 0, resources: 0, created: 0, updated: 0, failed: 0, notSent: 0, bytes: 0, pending: 0, exhausted: false, done: false })),
  );
  const failures: Failure[] = [];
  const totals = { requests: 0, resources: 0, created: 0, updated: 0, failed: 0, notSent: 0, bytes: 0, filesDone: 0 };
  const progress = progressReporter(io, values.json, states.length, totals, started);

  const fail = (state: FileState, failure: Failure) => {
    failures.push(failure);
    state.failed++;
    totals.failed++;
  };
  /** A failure found locally: the resource (line, file) was never sent. */
  const reject = (state: FileState, failure: Failure) => {
    fail(state, failure);
    state.notSent++;
    totals.notSent++;
  };
  const finishIfDone = (state: FileState) => {
    if (state.done || !state.exhausted || state.pending > 0) return;
    state.done = true;
    totals.filesDone++;
    progress.fileDone(state);
  };

  let stateIndex = 0;
  for (const phase of phases) {
    const phaseStates = states.slice(stateIndex, stateIndex + phase.inputs.length);
    stateIndex += phase.inputs.length;
    const requests = phaseRequests(phaseStates, target.fhirBase, { batchSize, maxBytes: MAX_BODY_BYTES }, reject, finishIfDone);
    const worker = async () => {
      for (;;) {
        const next = await requests.next();
        if (next.done) return;
        const { state, request } = next.value;
        const answer = await send(request, tokens);
        const { networkError } = answer;
        const tally: Tally = networkError
          ? { created: 0, updated: 0, failures: request.locations.map((location) => ({ reason: networkError, location })) }
          : tallyResponse(request, answer.status, answer.body);
        state.created += tally.created;
        state.updated += tally.updated;
        totals.created += tally.created;
        totals.updated += tally.updated;
        for (const failure of tally.failures) fail(state, failure);
        state.pending--;
        progress.update();
        finishIfDone(state);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    for (const state of phaseStates) {
      state.exhausted = true;
      finishIfDone(state);
    }
  }
  progress.end();

  const elapsedSeconds = (performance.now() - started) / 1000;
  const summary: IngestSummary = {
    files: states.length,
    requests: totals.requests,
    resourcesSent: totals.resources,
    created: totals.created,
    updated: totals.updated,
    failed: totals.failed,
    notSent: totals.notSent,
    bytesSent: totals.bytes,
    megabytes: round(totals.bytes / 1_000_000, 2),
    elapsedSeconds: round(elapsedSeconds, 2),
    resourcesPerSecond: round(totals.resources / Math.max(elapsedSeconds, 0.001), 1),
    phases: phases.map((phase) => ({ name: phase.name, files: phase.inputs.map((input) => input.file) })),
    perFile: states.map((state) => ({
      file: state.input.file,
      ...(state.input.resourceType ? { resourceType: state.input.resourceType } : {}),
      requests: state.requests,
      resources: state.resources,
      created: state.created,
      updated: state.updated,
      failed: state.failed,
      notSent: state.notSent,
      ...(state.skipped ? { skipped: state.skipped } : {}),
    })),
    failures: groupFailures(failures),
  };
  io.stdout(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
  return summary.failed > 0 ? 1 : 0;

  /** The requests of one phase, file by file; workers pull from it, so at most `concurrency` bodies are in memory. */
  async function* phaseRequests(
    phaseStates: FileState[],
    fhirBase: string,
    limits: BatchLimits,
    onFailure: (state: FileState, failure: Failure) => void,
    onExhausted: (state: FileState) => void,
  ): AsyncGenerator<{ state: FileState; request: IngestRequest }> {
    for (const state of phaseStates) {
      try {
        for await (const request of fileRequests(state, fhirBase, limits, onFailure)) {
          state.pending++;
          state.requests++;
          state.resources += request.locations.length;
          state.bytes += request.body.length;
          totals.requests++;
          totals.resources += request.locations.length;
          totals.bytes += request.body.length;
          yield { state, request };
        }
      } catch (error) {
        const reason = `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
        if (state.requests === 0) state.skipped ??= reason;
        onFailure(state, { reason, location: state.input.file });
      }
      state.exhausted = true;
      onExhausted(state);
      progress.update();
    }
  }
}

/** What one file sends; files that cannot be sent are reported (as failed) and yield nothing. */
async function* fileRequests(
  state: FileState,
  fhirBase: string,
  limits: BatchLimits,
  onFailure: (state: FileState, failure: Failure) => void,
): AsyncGenerator<IngestRequest> {
  const { file } = state.input;
  if (state.input.format === 'ndjson') {
    for await (const item of ndjsonBatches(file, fhirBase, limits)) {
      if (item.kind === 'rejected') onFailure(state, { reason: item.reason, location: `${file}:${item.line}` });
      else yield { file, kind: 'batch', url: fhirBase, body: item.body, locations: item.lines.map((line) => `${file}:${line}`) };
    }
    return;
  }
  let bytes = await readFile(file);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const skip = (reason: string) => {
    state.skipped = reason;
    onFailure(state, { reason, location: file });
  };
  let bundle: Bundle;
  try {
    bundle = JSON.parse(bytes.toString('utf8')) as Bundle;
  } catch {
    return skip('not JSON');
  }
  if (typeof bundle !== 'object' || bundle === null || bundle.resourceType !== 'Bundle') {
    const type = (bundle as { resourceType?: unknown } | null)?.resourceType;
    return skip(typeof type === 'string' && RESOURCE_TYPE.test(type) ? `a ${type}, not a Bundle` : 'not a FHIR resource');
  }
  switch (bundle.type) {
    case 'transaction':
    case 'batch': {
      const count = Array.isArray(bundle.entry) ? bundle.entry.length : 0;
      yield { file, kind: bundle.type, url: fhirBase, body: bytes, locations: Array.from({ length: count }, (_, index) => `${file}:entry[${index}]`) };
      return;
    }
    case 'collection':
    case 'document':
      yield { file, kind: bundle.type, url: `${fhirBase}/Bundle`, body: bytes, locations: [file] };
      return;
    default:
      return skip(`a ${String(bundle.type ?? 'typeless')} Bundle (only transaction, batch, collection and document Bundles are ingested)`);
  }
}

/** The local stack's first seeded client with role `provider` (as `locate` picks it). */

// ---------------------------------------------------------------------------------------------
// Output

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function groupFailures(failures: Failure[], examples = 3): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const { reason, location } of failures) {
    let group = groups.get(reason);
    if (!group) groups.set(reason, (group = { reason, count: 0, examples: [] }));
    group.count++;
    if (group.examples.length < examples) group.examples.push(location);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

const MAX_REASONS_SHOWN = 20;

export function formatSummary(summary: IngestSummary): string {
  const lines = [
    `files      ${summary.files}`,
    `requests   ${summary.requests}`,
    `resources  ${summary.resourcesSent} sent: ${summary.created} created, ${summary.updated} updated, ${summary.failed} failed${summary.notSent ? ` (${summary.notSent} of them not sent)` : ''}`,
    `sent       ${summary.megabytes.toFixed(2)} MB in ${summary.elapsedSeconds.toFixed(1)} s (${summary.resourcesPerSecond} resources/s)`,
  ];
  if (summary.failures.length) {
    lines.push('', 'Failures:');
    for (const group of summary.failures.slice(0, MAX_REASONS_SHOWN)) {
      lines.push(`  ${String(group.count).padStart(6)}  ${group.reason}`, `          e.g. ${group.examples.join(', ')}`);
    }
    if (summary.failures.length > MAX_REASONS_SHOWN) lines.push(`  … and ${summary.failures.length - MAX_REASONS_SHOWN} more reasons (--json lists them all)`);
  }
  return `${lines.join('\n')}\n`;
}

function progressReporter(
  io: IngestIo,
  quiet: boolean,
  fileCount: number,
  totals: { resources: number; created: number; updated: number; failed: number; bytes: number; filesDone: number },
  started: number,
) {
  let last = 0;
  let shown = false;
  const line = () => {
    const seconds = Math.max((performance.now() - started) / 1000, 0.001);
    return `files ${totals.filesDone}/${fileCount}  ${(totals.bytes / 1_000_000).toFixed(1)} MB  ${Math.round(totals.resources / seconds)} resources/s  created ${totals.created}  updated ${totals.updated}  failed ${totals.failed}`;
  };
  return {
    update(force = false) {
      if (quiet || !io.tty) return;
      const now = performance.now();
      if (!force && now - last < 200) return;
      last = now;
      shown = true;
      io.stderr(`\r\x1b[K${line()}`);
    },
    fileDone(state: FileState) {
      if (quiet) return;
      if (io.tty) return this.update(true);
      const type = state.input.resourceType ? ` (${state.input.resourceType})` : '';
      const what = state.skipped
        ? `skipped: ${state.skipped}`
        : `${state.resources} sent in ${state.requests} request(s): ${state.created} created, ${state.updated} updated, ${state.failed} failed` +
          (state.notSent ? ` (${state.notSent} line(s) not sent)` : '');
      io.stderr(`[${totals.filesDone}/${fileCount}] ${state.input.file}${type}: ${what}\n`);
    },
    end() {
      if (shown) io.stderr('\r\x1b[K');
    },
  };
}
