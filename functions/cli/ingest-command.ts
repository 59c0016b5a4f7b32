import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import type { Bundle, BundleEntry, OperationOutcome } from 'fhir/r4.d.ts';
import { NOT_IN_PATIENT_COMPARTMENT, PATIENT_COMPARTMENT } from '../../schemas/patient-compartment.generated.ts';
import { UsageError, processIo, runCommand, setAction } from './cli-command.ts';
import type { CliContext, CliIo } from './cli-command.ts';
import { accessToken, addTargetOptions, firstProviderClient, resolveTarget } from './exchange-target.ts';
import type { ExchangeTarget, TargetOptions } from './exchange-target.ts';

/**
 * `fhir-exchange ingest FILE|DIR...`: loads FHIR data into the exchange.
 *
 * `.json` files are Bundles sent whole, as read (transaction/batch: `POST [base]`; collection and
 * document: `POST [base]/Bundle`). `.ndjson` files (one resource per line, e.g. a Bulk Data export)
 * are streamed and sent as `batch` Bundles of at most `--batch-size` entries and 5 MiB; a
 * resource with an id is PUT to `Type/id`, so ids and `Patient/<id>` references survive.
 *
 * Files that hold no FHIR data (in a folder: files other than `.json`/`.ndjson`; NDJSON whose first
 * line is not a resource, such as a bulk export's `log.ndjson`, or is an OperationOutcome, as in
 * an export's error files; JSON without a resourceType, or an OperationOutcome) are skipped with a
 * note and are not failures. FHIR data that cannot be sent (a lone resource that is not a Bundle,
 * a searchset Bundle, malformed JSON, lines of an NDJSON file that are not resources) are failures.
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

interface IngestOptions extends TargetOptions {
  concurrency: number;
  batchSize: number;
  json?: boolean;
}

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

/** A file that holds no FHIR data to ingest: noted, never sent, not a failure. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface IngestPlan {
  phases: IngestPhase[];
  /** Files found in the given folders (or given) that hold no FHIR data, in the order found. */
  skipped: SkippedFile[];
}

export const SKIP_REASONS = {
  otherFile: 'not a .json or .ndjson file',
  notFhirNdjson: "not FHIR: its first line has no resourceType (like a bulk export's log.ndjson)",
  outcomeNdjson: "OperationOutcomes (like a bulk export's error file), not data",
  notFhirJson: 'not FHIR: no resourceType',
  outcomeJson: 'an OperationOutcome, not data',
} as const;

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
 * Expands directories (non-recursively, sorted) to their files and sorts the `.json` and
 * `.ndjson` ones into phases; empty phases are left out. Files that hold no FHIR data are
 * returned as skipped (a folder's other files, NDJSON whose first line is not a resource or is
 * an OperationOutcome). Throws a UsageError for a path that cannot be read, a given file that is
 * neither .json nor .ndjson, or when there is no .json or .ndjson file at all.
 */
export async function orderInputs(paths: string[]): Promise<IngestPlan> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`cannot read ${path}: no such file or folder`, { showHelp: false });
    if (info.isDirectory()) {
      for (const name of (await readdir(path)).sort()) {
        const file = join(path, name);
        if (!(await stat(file)).isFile()) continue;
        if (/\.(nd)?json$/i.test(name)) add(file);
        else if (!name.startsWith('.')) skipped.push({ file, reason: SKIP_REASONS.otherFile });
      }
    } else if (/\.(nd)?json$/i.test(path)) {
      add(path);
    } else {
      throw new UsageError(`${path} is neither a .json nor an .ndjson file`);
    }
  }
  if (files.length === 0) throw new UsageError(`no .json or .ndjson files in ${paths.join(', ')}`, { showHelp: false });
  const phases: IngestInput[][] = PHASE_NAMES.map(() => []);
  for (const file of files) {
    const input: IngestInput = /\.ndjson$/i.test(file) ? { file, format: 'ndjson' } : { file, format: 'json' };
    if (input.format === 'ndjson') {
      const first = await firstLine(file);
      if (first.kind === 'not-fhir') {
        skipped.push({ file, reason: SKIP_REASONS.notFhirNdjson });
        continue;
      }
      if (first.kind === 'resource' && first.type === 'OperationOutcome') {
        skipped.push({ file, reason: SKIP_REASONS.outcomeNdjson });
        continue;
      }
      const type = (first.kind === 'resource' ? first.type : undefined) ?? /^([A-Z][A-Za-z]+)(\.\d+)?\.ndjson$/.exec(basename(file))?.[1];
      if (type !== undefined) input.resourceType = type;
    }
    phases[phaseOf(input)]!.push(input);
  }
  return { phases: phases.flatMap((inputs, index) => (inputs.length ? [{ name: PHASE_NAMES[index]!, inputs }] : [])), skipped };
}

/**
 * What an NDJSON file's first non-blank line is: a resource (with its type), a JSON object
 * without a resourceType (not FHIR), or something else (not JSON, or no line at all).
 */
async function firstLine(file: string): Promise<{ kind: 'resource'; type: string } | { kind: 'not-fhir' } | { kind: 'unknown' }> {
  const stream = createReadStream(file, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const text of lines) {
      if (text.trim() === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(stripBom(text));
      } catch {
        return { kind: 'unknown' };
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { kind: 'unknown' };
      const type = (parsed as { resourceType?: unknown }).resourceType;
      if (type === undefined) return { kind: 'not-fhir' };
      return typeof type === 'string' && RESOURCE_TYPE.test(type) ? { kind: 'resource', type } : { kind: 'unknown' };
    }
    return { kind: 'unknown' };
  } catch {
    return { kind: 'unknown' };
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
  /** The bytes of the file these lines take (with their line ends): for progress. */
  sourceBytes: number;
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
  let sourceBytes = 0;
  const flush = (): NdjsonBatch => {
    const batch: NdjsonBatch = { kind: 'batch', body: Buffer.from(`${BATCH_PREFIX}${entries.join(',')}${BATCH_SUFFIX}`, 'utf8'), lines, sourceBytes };
    entries = [];
    lines = [];
    bytes = overhead;
    sourceBytes = 0;
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
    sourceBytes += Buffer.byteLength(raw, 'utf8') + 1;
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
  /** Entries of a request the server answered as a replay (`X-Idempotent-Replay`): stored before, nothing new. */
  replayed: number;
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
export function tallyResponse(sent: { kind: SentKind; locations: string[] }, status: number, body: unknown, replay = false): Tally {
  const tally: Tally = { created: 0, updated: 0, replayed: 0, failures: [] };
  const failAll = (reason: string) => {
    for (const location of sent.locations) tally.failures.push({ reason, location });
    return tally;
  };
  if (status < 200 || status > 299) {
    const reason = outcomeReason(body);
    return failAll(`HTTP ${status}${reason ? `: ${reason}` : ''}`);
  }
  if (sent.kind === 'collection' || sent.kind === 'document') {
    if (replay) tally.replayed += sent.locations.length;
    else if (status === 201) tally.created += sent.locations.length;
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
    } else if (replay && entryStatus.startsWith('20')) {
      tally.replayed++;
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
  /** The bytes of the input file it covers: for progress. */
  sourceBytes: number;
}

export function idempotencyKey(body: Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

interface Answer {
  status: number;
  body: unknown;
  /** Set when every attempt failed without an HTTP answer. */
  networkError?: string;
  /** The server answered a replay of a request it had done before. */
  replayed?: boolean;
}

/** Holds the access token; renews it ahead of expiry, or on demand after a 401 (once per stale token). */
function tokenSource(target: ExchangeTarget, scope: string) {
  let current: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;
  const fetchToken = () => {
    pending ??= accessToken(target, scope)
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
    return { status: response.status, body, replayed: response.headers.get('x-idempotent-replay') === 'true' };
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
  replayed: number;
  failed: number;
  /** Of `failed`: never sent (lines that are not resources, a file that is not a sendable Bundle). */
  notSent: number;
  bytes: number;
  /** The file's size, and how much of it has been answered (for progress). */
  size: number;
  sourceBytesDone: number;
  pending: number;
  exhausted: boolean;
  done: boolean;
  /** Set when the file is not sent at all: it holds no FHIR data (a note), or FHIR that cannot be sent (a failure). */
  skipped?: string;
}

export interface FailureGroup {
  reason: string;
  count: number;
  examples: string[];
}

export interface IngestSummary {
  /** The .json and .ndjson files read (skipped ones included). */
  files: number;
  requests: number;
  resourcesSent: number;
  created: number;
  updated: number;
  replayed: number;
  failed: number;
  /** Of `failed`: lines and files never sent (not resources, not a sendable Bundle, unreadable). */
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
    replayed: number;
    failed: number;
    notSent: number;
    skipped?: string;
  }[];
  failures: FailureGroup[];
  /** Files with no FHIR data (an export's log and error files, other file types): not sent, not failures. */
  skipped: SkippedFile[];
}

export interface IngestIo extends CliIo {
  /** Where the progress bar is drawn when `tty` (default: process.stderr). */
  progressStream?: NodeJS.WritableStream;
}

function integerOption(max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new InvalidArgumentError(`It must be an integer from 1 to ${max}.`);
    return Number(value);
  };
}

export function ingestCli(context: CliContext, io: IngestIo = context.io): Command {
  const command = new Command('ingest')
    .summary('load FHIR Bundles and NDJSON files (or folders of them) into the exchange')
    .description(
      'Load FHIR data into the exchange as a provider client. A .json file is a Bundle sent whole: transaction and batch to [base], ' +
        'collection and document to [base]/Bundle. An .ndjson file (one resource per line, e.g. a bulk export) is sent as batch ' +
        'Bundles, a resource with an id as PUT Type/id. A folder stands for its .json and .ndjson files (not its subfolders). ' +
        'Files run in order: organizations, other shared resources, practitioner roles, patients, then the rest (Synthea ' +
        'hospitalInformation* and practitionerInformation* bundles first). Files with no FHIR data (a bulk export\'s log.ndjson ' +
        'and OperationOutcome error files, JSON without a resourceType, other file types in a folder) are skipped with a note ' +
        'and are not failures. Requests carry an Idempotency-Key, so retries (network errors, 429, 502-504) never store twice. ' +
        'A progress bar (percentage, ETA, rate) is drawn on stderr when it is a terminal; otherwise a line per file, and nothing with --json. ' +
        'The summary goes to stdout; exit code 1 if any resource failed.',
    )
    .argument('<path...>', '.json and .ndjson files, or folders of them')
    .option('--concurrency <n>', 'requests in flight at once, 1 to 64', integerOption(64), DEFAULT_CONCURRENCY)
    .option('--batch-size <n>', 'NDJSON resources per batch Bundle, 1 to 10000 (each also at most 5 MiB)', integerOption(10_000), DEFAULT_BATCH_SIZE)
    .option('--json', 'print the summary as JSON (counts, per file, failures grouped by reason, skipped files); no progress');
  addTargetOptions(command, "default: the local stack's first provider client");
  command.addHelpText('after', '\nExamples:\n  npx fhir-exchange ingest bundles/\n  npx fhir-exchange ingest --client dev-provider-b --concurrency 2 export/\n');
  return setAction<IngestOptions>(command, context, (paths, options) => ingest(paths, options, io));
}

export function ingestCommand(args: string[], io: IngestIo = processIo()): Promise<number> {
  return runCommand((context) => ingestCli(context, io), args, io);
}

async function ingest(paths: string[], values: IngestOptions, io: IngestIo): Promise<number> {
  const { concurrency, batchSize } = values;
  const { phases, skipped } = await orderInputs(paths);

  const client = values.client ?? (values.base ? undefined : await firstProviderClient(values.dataDir));
  const target = await resolveTarget({ ...values, ...(client === undefined ? {} : { client }) });
  const scope = !target.scopes || target.scopes.includes('system/*.cruds') ? 'system/*.cruds' : target.scopes.join(' ');
  const tokens = tokenSource(target, scope);
  await tokens.get(); // fail early, before anything is read or sent

  const started = performance.now();
  const newState = (input: IngestInput, size: number): FileState => ({
    input,
    requests: 0,
    resources: 0,
    created: 0,
    updated: 0,
    replayed: 0,
    failed: 0,
    notSent: 0,
    bytes: 0,
    size,
    sourceBytesDone: 0,
    pending: 0,
    exhausted: false,
    done: false,
  });
  const sizeOf = async (file: string) => (await stat(file).catch(() => undefined))?.size ?? 0;
  const states: FileState[] = [];
  for (const phase of phases) for (const input of phase.inputs) states.push(newState(input, await sizeOf(input.file)));
  // Skipped .json/.ndjson files are listed per file too, after the others.
  const skippedStates = skipped
    .filter((entry) => /\.(nd)?json$/i.test(entry.file))
    .map((entry): FileState => ({ ...newState({ file: entry.file, format: /\.ndjson$/i.test(entry.file) ? 'ndjson' : 'json' }, 0), skipped: entry.reason, exhausted: true, done: true }));
  const failures: Failure[] = [];
  const totals = { requests: 0, resources: 0, created: 0, updated: 0, replayed: 0, failed: 0, notSent: 0, bytes: 0, filesDone: 0, sourceBytes: 0 };
  const totalBytes = states.reduce((sum, state) => sum + state.size, 0);
  const progress = progressReporter(io, values.json === true, states.length + skippedStates.length, totalBytes, totals, started);
  for (const state of skippedStates) {
    totals.filesDone++;
    progress.fileDone(state);
  }

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
  /** A file found to hold no FHIR data when read: a note, not a failure. */
  const note = (state: FileState, reason: string) => {
    state.skipped = reason;
    skipped.push({ file: state.input.file, reason });
  };
  const finishIfDone = (state: FileState) => {
    if (state.done || !state.exhausted || state.pending > 0) return;
    state.done = true;
    totals.filesDone++;
    totals.sourceBytes += state.size - state.sourceBytesDone; // what was not answered (lines not sent, blank lines)
    state.sourceBytesDone = state.size;
    progress.fileDone(state);
  };

  let stateIndex = 0;
  for (const phase of phases) {
    const phaseStates = states.slice(stateIndex, stateIndex + phase.inputs.length);
    stateIndex += phase.inputs.length;
    const requests = phaseRequests(phaseStates, target.fhirBase, { batchSize, maxBytes: MAX_BODY_BYTES }, { reject, note }, finishIfDone);
    const worker = async () => {
      for (;;) {
        const next = await requests.next();
        if (next.done) return;
        const { state, request } = next.value;
        const answer = await send(request, tokens);
        const { networkError } = answer;
        const tally: Tally = networkError
          ? { created: 0, updated: 0, replayed: 0, failures: request.locations.map((location) => ({ reason: networkError, location })) }
          : tallyResponse(request, answer.status, answer.body, answer.replayed === true);
        state.created += tally.created;
        state.updated += tally.updated;
        state.replayed += tally.replayed;
        totals.created += tally.created;
        totals.updated += tally.updated;
        totals.replayed += tally.replayed;
        for (const failure of tally.failures) fail(state, failure);
        const answered = Math.min(request.sourceBytes, state.size - state.sourceBytesDone);
        state.sourceBytesDone += answered;
        totals.sourceBytes += answered;
        state.pending--;
        progress.update();
        finishIfDone(state);
      }
    };
    try {
      await Promise.all(Array.from({ length: concurrency }, worker));
    } catch (error) {
      progress.end();
      throw error;
    }
    for (const state of phaseStates) {
      state.exhausted = true;
      finishIfDone(state);
    }
  }
  progress.end();

  const elapsedSeconds = (performance.now() - started) / 1000;
  const summary: IngestSummary = {
    files: states.length + skippedStates.length,
    requests: totals.requests,
    resourcesSent: totals.resources,
    created: totals.created,
    updated: totals.updated,
    replayed: totals.replayed,
    failed: totals.failed,
    notSent: totals.notSent,
    bytesSent: totals.bytes,
    megabytes: round(totals.bytes / 1_000_000, 2),
    elapsedSeconds: round(elapsedSeconds, 2),
    resourcesPerSecond: round(totals.resources / Math.max(elapsedSeconds, 0.001), 1),
    phases: phases.map((phase) => ({ name: phase.name, files: phase.inputs.map((input) => input.file) })),
    perFile: [...states, ...skippedStates].map((state) => ({
      file: state.input.file,
      ...(state.input.resourceType ? { resourceType: state.input.resourceType } : {}),
      requests: state.requests,
      resources: state.resources,
      created: state.created,
      updated: state.updated,
      replayed: state.replayed,
      failed: state.failed,
      notSent: state.notSent,
      ...(state.skipped ? { skipped: state.skipped } : {}),
    })),
    failures: groupFailures(failures),
    skipped,
  };
  io.stdout(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
  return summary.failed > 0 ? 1 : 0;

  /** The requests of one phase, file by file; workers pull from it, so at most `concurrency` bodies are in memory. */
  async function* phaseRequests(
    phaseStates: FileState[],
    fhirBase: string,
    limits: BatchLimits,
    report: FileReport,
    onExhausted: (state: FileState) => void,
  ): AsyncGenerator<{ state: FileState; request: IngestRequest }> {
    for (const state of phaseStates) {
      try {
        for await (const request of fileRequests(state, fhirBase, limits, report)) {
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
        report.reject(state, { reason, location: state.input.file });
      }
      state.exhausted = true;
      onExhausted(state);
      progress.update();
    }
  }
}

interface FileReport {
  /** Data that cannot be sent: a failure. */
  reject: (state: FileState, failure: Failure) => void;
  /** A file with no FHIR data: a note. */
  note: (state: FileState, reason: string) => void;
}

/** What one file sends; files that cannot be sent are reported (failed, or noted) and yield nothing. */
async function* fileRequests(state: FileState, fhirBase: string, limits: BatchLimits, report: FileReport): AsyncGenerator<IngestRequest> {
  const { file } = state.input;
  if (state.input.format === 'ndjson') {
    for await (const item of ndjsonBatches(file, fhirBase, limits)) {
      if (item.kind === 'rejected') report.reject(state, { reason: item.reason, location: `${file}:${item.line}` });
      else yield { file, kind: 'batch', url: fhirBase, body: item.body, locations: item.lines.map((line) => `${file}:${line}`), sourceBytes: item.sourceBytes };
    }
    return;
  }
  let bytes = await readFile(file);
  const sourceBytes = bytes.length;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const skip = (reason: string) => {
    state.skipped = reason;
    report.reject(state, { reason, location: file });
  };
  let bundle: Bundle;
  try {
    bundle = JSON.parse(bytes.toString('utf8')) as Bundle;
  } catch {
    return skip('not JSON');
  }
  if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) return skip('not a FHIR resource');
  const type = (bundle as { resourceType?: unknown }).resourceType;
  if (type === undefined) return report.note(state, SKIP_REASONS.notFhirJson);
  if (type === 'OperationOutcome') return report.note(state, SKIP_REASONS.outcomeJson);
  if (type !== 'Bundle') return skip(typeof type === 'string' && RESOURCE_TYPE.test(type) ? `a ${type}, not a Bundle` : 'not a FHIR resource');
  switch (bundle.type) {
    case 'transaction':
    case 'batch': {
      const count = Array.isArray(bundle.entry) ? bundle.entry.length : 0;
      yield { file, kind: bundle.type, url: fhirBase, body: bytes, locations: Array.from({ length: count }, (_, index) => `${file}:entry[${index}]`), sourceBytes };
      return;
    }
    case 'collection':
    case 'document':
      yield { file, kind: bundle.type, url: `${fhirBase}/Bundle`, body: bytes, locations: [file], sourceBytes };
      return;
    default:
      return skip(`a ${String(bundle.type ?? 'typeless')} Bundle (only transaction, batch, collection and document Bundles are ingested)`);
  }
}

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
    `resources  ${summary.resourcesSent} sent: ${summary.created} created, ${summary.updated} updated, ${summary.replayed ? `${summary.replayed} replayed (stored before, nothing new), ` : ''}${summary.failed} failed${summary.notSent ? ` (${summary.notSent} of them not sent)` : ''}`,
    `sent       ${summary.megabytes.toFixed(2)} MB in ${summary.elapsedSeconds.toFixed(1)} s (${summary.resourcesPerSecond} resources/s)`,
  ];
  if (summary.skipped.length) {
    lines.push('', `Skipped, no FHIR data (not failures):`);
    for (const { file, reason } of summary.skipped.slice(0, MAX_REASONS_SHOWN)) lines.push(`  ${file}: ${reason}`);
    if (summary.skipped.length > MAX_REASONS_SHOWN) lines.push(`  … and ${summary.skipped.length - MAX_REASONS_SHOWN} more files (--json lists them all)`);
  }
  if (summary.failures.length) {
    lines.push('', 'Failures:');
    for (const group of summary.failures.slice(0, MAX_REASONS_SHOWN)) {
      lines.push(`  ${String(group.count).padStart(6)}  ${group.reason}`, `          e.g. ${group.examples.join(', ')}`);
    }
    if (summary.failures.length > MAX_REASONS_SHOWN) lines.push(`  … and ${summary.failures.length - MAX_REASONS_SHOWN} more reasons (--json lists them all)`);
  }
  return `${lines.join('\n')}\n`;
}

/** `eta` as cli-progress computes it: seconds, or 'NULL'/'INF' before it can tell. */
function formatEta(eta: number | string, options: cliProgress.Options, round: number): string {
  return typeof eta === 'number' && Number.isFinite(eta) ? cliProgress.Format.TimeFormat(eta, options, round) : '--';
}

/**
 * Progress on stderr: with a terminal, a bar (cli-progress: percentage of the input bytes
 * answered, ETA, MB, resources/s, files, failures); without one, a line per finished file;
 * with --json, nothing.
 */
function progressReporter(
  io: IngestIo,
  quiet: boolean,
  fileCount: number,
  totalBytes: number,
  totals: { resources: number; created: number; updated: number; replayed: number; failed: number; bytes: number; filesDone: number; sourceBytes: number },
  started: number,
) {
  const payload = () => {
    const seconds = Math.max((performance.now() - started) / 1000, 0.001);
    return {
      done: (totals.sourceBytes / 1_000_000).toFixed(1),
      size: (totalBytes / 1_000_000).toFixed(1),
      rate: Math.round(totals.resources / seconds),
      files: `${totals.filesDone}/${fileCount}`,
      failed: totals.failed,
    };
  };
  let bar: cliProgress.SingleBar | undefined;
  if (!quiet && io.tty) {
    bar = new cliProgress.SingleBar({
      stream: io.progressStream ?? process.stderr,
      format: 'ingest [{bar}] {percentage}% | ETA {eta_formatted} | {done}/{size} MB | {rate} resources/s | files {files} | {failed} failed',
      formatTime: formatEta as cliProgress.TimeFormatter,
      barsize: 24,
      fps: 5,
      etaBuffer: 50,
      clearOnComplete: true,
      hideCursor: false,
    });
    bar.start(Math.max(totalBytes, 1), 0, payload());
  }
  return {
    update() {
      bar?.update(Math.min(totals.sourceBytes, Math.max(totalBytes, 1)), payload());
    },
    fileDone(state: FileState) {
      if (quiet) return;
      if (bar) return this.update();
      const type = state.input.resourceType ? ` (${state.input.resourceType})` : '';
      const what = state.skipped
        ? `skipped: ${state.skipped}`
        : `${state.resources} sent in ${state.requests} request(s): ${state.created} created, ${state.updated} updated, ${state.replayed ? `${state.replayed} replayed, ` : ''}${state.failed} failed` +
          (state.notSent ? ` (${state.notSent} line(s) not sent)` : '');
      io.stderr(`[${totals.filesDone}/${fileCount}] ${state.input.file}${type}: ${what}\n`);
    },
    end() {
      if (!bar) return;
      this.update();
      bar.stop();
      bar = undefined;
    },
  };
}
