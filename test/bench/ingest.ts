import { spawn } from 'node:child_process';
import { createCipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient, ListAliasesCommand } from '@aws-sdk/client-kms';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { withoutSdkLogging } from '../../functions/platform/aws-clients.ts';
import { Catalog, forEachLimit, keys } from '../../functions/vault/storage/catalog.ts';
import type { Item } from '../../functions/vault/storage/catalog.ts';
import { VaultObjects } from '../../functions/vault/storage/vault-objects.ts';
import { validateJsonText } from '../../functions/fhir/validation/validate.ts';
import { canonicalJson, commitmentOfCanonical, newSalt } from '../../functions/ledger/commitment.ts';
import { EXCHANGE_KEY_ALIAS, PSEUDONYM_KEY_ALIAS, localTableName } from '../../infra/local/provision.ts';
import { BUCKETS, TABLES } from '../../schemas/storage.ts';
import { REPO_ROOT, StackProcess } from '../support/local-stack-process.ts';
import { SYNTHEA_FOLDERS, dataFiles } from '../support/fhir-data.ts';
import { formatMs, median } from './stats.ts';

/**
 * `npm run bench -- ingest [--runs N] [--concurrency C]`: FHIR transaction ingest, end to end,
 * against its in-process floor over the same bytes, medians of N runs (default 3).
 *
 * Each run starts a fresh local stack (`StackProcess.start()`: a new temp data folder, so nothing
 * of an earlier run is there and no body is answered from an earlier commit) and then:
 * - floor (in this process, before the stack starts): for each bundle, UTF-8 decode + JSON.parse,
 *   for each entry resource RFC 8785 canonical JSON (`canonicalJson`) + SHA-256(32-byte salt ‖
 *   canonical), then AES-256-GCM (node:crypto, random key and IV) over the bundle's concatenated
 *   canonical resources (one patient per bundle). What any ingest has to do at the least.
 * - first ingest: the shared-resource bundles (hospitalInformation*, practitionerInformation*) one
 *   after the other, then the patient bundles, `--concurrency` requests at a time (default 2, a
 *   2-core machine), each POSTed to the FHIR base as dev-provider-a and timed from the request to
 *   the last byte of the answer. Every answer must be 200 with every entry 201 Created, or the
 *   bench fails. Patients are new: each costs a pseudonym (GenerateMac) and a branch key creation.
 * - steady state: the same bundles again, each body varied (a `Bundle.id` unique to the run and
 *   pass, so that it is not answered from the first commit), within the branch key cache window:
 *   the patients are known, their pseudonyms and branch key materials cached in the server.
 * - KMS calls: the KMS stand-in's counter (`GET /__stats`) read before and after each pass.
 * - peak memory on the largest bundle, two figures:
 *   whole stack: the stack process's peak RSS (VmHWM, reset just before via /proc/<pid>/clear_refs)
 *   while it ingests that bundle alone. It includes everything the stack runs in process (s3rver,
 *   dynalite, the KMS stand-in, the other handlers), not DynamoDB Local (a JVM) or anvil.
 *   Lambda-like: a fresh Node process with the stack's function environment imports
 *   functions/fhir-ingest/handler.ts (TypeScript sources, not the esbuild bundle) and invokes it
 *   once with the API Gateway v2 event for that bundle, against the same stack; its VmHWM.
 *
 * The msft-samples practitioner bundle is left out: it refers to the hospital bundle's urn:uuids
 * and is not a valid transaction on its own (the server answers 400, correctly).
 */

const ENDPOINT_CLIENT = 'dev-provider-a';
const RATIO_TARGET = 0.4;
const KMS_PER_PATIENT_TARGET = 2;
const MEMORY_TARGET_MB = 512;
/** BRANCH_KEY_CACHE_SECONDS's default (schemas/config.ts); the stack does not set it. */
const CACHE_WINDOW_SECONDS = Number(process.env['BRANCH_KEY_CACHE_SECONDS'] ?? 300);
const SHARED = /hospitalInformation|practitionerInformation/;
const INVALID_ALONE = /synthea-r4-msft-samples\/practitionerInformation/;
/** LOCAL_CREDENTIALS in infra/local/local-stack.ts: what s3rver accepts. */
const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface IngestBenchOptions {
  concurrency?: number;
}

interface Input {
  file: string;
  name: string;
  bytes: Buffer;
  entries: number;
  shared: boolean;
}

interface PassResult {
  wallMs: number;
  /** CPU seconds during the pass: the stack process (all its threads), its child processes by name, this client. */
  cpu: { stack: number; threads: Record<string, number>; children: Record<string, number>; client: number };
  bytes: number;
  resources: number;
  latencies: number[];
  kms: Record<string, number>;
  kmsTotal: number;
}

interface LambdaProbe {
  statusCode: number;
  importHwmMb: number;
  hwmMb: number;
  rssMb: number;
  invokeMs: number;
}

interface RunResult {
  floorMs: number;
  first: PassResult;
  steady: PassResult;
  /** The steady pass's commits, from the stack's 'ingest committed' log lines. */
  steadyCommits: CommitShape[];
  steadyWithinWindow: boolean;
  stackPeakMb: number;
  stackBaseMb: number;
  /** The stack process's VmHWM since it started (boot, both passes), read before the reset. */
  stackRunPeakMb: number;
  largestMs: number;
  lambda: LambdaProbe;
}

export async function ingestBenchmark(runs: number, options: IngestBenchOptions = {}): Promise<void> {
  const concurrency = options.concurrency ?? 2;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('--concurrency must be a positive integer');
  const benchStart = performance.now();
  const loadAtStart = loadavg()[0]!;

  const all = SYNTHEA_FOLDERS.flatMap((folder) => dataFiles(folder)).filter((file) => !INVALID_ALONE.test(file));
  // Shared resources first (hospitals before practitioners), then the patients.
  const order = (file: string) => (/hospitalInformation/.test(file) ? 0 : /practitionerInformation/.test(file) ? 1 : 2);
  const files = [...all].sort((a, b) => order(a) - order(b));
  const inputs: Input[] = files.map((file) => {
    const bytes = readFileSync(file);
    const bundle = JSON.parse(bytes.toString('utf8')) as { resourceType?: string; type?: string; entry?: unknown[] };
    if (bundle.resourceType !== 'Bundle' || bundle.type !== 'transaction') throw new Error(`${file} is not a transaction Bundle`);
    return { file, name: `${basename(join(file, '..'))}/${basename(file)}`, bytes, entries: bundle.entry?.length ?? 0, shared: SHARED.test(file) };
  });
  const patients = inputs.filter((input) => !input.shared).length;
  const totalBytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0);
  const totalResources = inputs.reduce((sum, input) => sum + input.entries, 0);
  const largest = inputs.reduce((a, b) => (a.bytes.length >= b.bytes.length ? a : b));

  // One untimed floor pass: the floor is then measured warm (the stricter reference).
  floorPass(inputs.map((input) => input.bytes));

  const results: RunResult[] = [];
  for (let run = 0; run < runs; run++) {
    const floorMs = floorPass(inputs.map((input) => input.bytes));
    const stack = await StackProcess.start();
    try {
      results.push(await measureRun(stack, run, inputs, largest, concurrency, floorMs));
    } catch (error) {
      process.stderr.write(`stack output (last 4 KB):\n${stack.output.slice(-4096)}\n`);
      throw error;
    } finally {
      await stack.dispose();
    }
    const last = results.at(-1)!;
    process.stderr.write(
      `run ${run + 1}/${runs}: floor ${formatMs(floorMs)}, first ingest ${formatMs(last.first.wallMs)} (${last.first.kmsTotal} KMS calls), ` +
        `steady ${formatMs(last.steady.wallMs)} (${last.steady.kmsTotal} KMS calls), largest bundle: stack peak ${last.stackPeakMb.toFixed(0)} MB, Lambda-like ${last.lambda.hwmMb.toFixed(0)} MB\n`,
    );
  }

  const steadyCommits = results[0]!.steadyCommits;
  if (steadyCommits.length !== inputs.length) throw new Error(`the stack logged ${steadyCommits.length} commits for the ${inputs.length} bundles of the steady pass`);
  const sdk = await sdkStorageCalls(totalResources, steadyCommits, totalBytes, runs);
  const validationCpuS = validationCpu(inputs.map((input, index) => varied(input.bytes, `bench-validate-${index}`).toString('utf8')), runs);
  const load = [loadAtStart, loadavg()[0]!] as const;
  report(results, { runs, concurrency, patients, totalBytes, totalResources, inputs, largest, benchMs: performance.now() - benchStart, load, sdk, validationCpuS });
}

// ---------------------------------------------------------------------------------------------
// the AWS SDK alone

interface SdkStorageCalls {
  /** The index writes alone: one `current` item per resource. */
  index: { items: number; calls: number; cpuS: number };
  /** Every storage call the steady pass's commits make, by operation, and their CPU. */
  commits: number;
  calls: Record<string, number>;
  cpuS: number;
}

/** A commit of the steady pass, as the stack logged it ('ingest committed'). */
interface CommitShape {
  resources: number;
  objects: number;
  patients: number;
}

/**
 * What the AWS SDK alone costs for the storage calls a pass makes, through the exchange's own
 * Catalog and VaultObjects and clients made as functions/platform/aws-clients.ts makes them,
 * against an HTTP server in a child process that answers every request at once (200, nothing
 * unprocessed). The CPU of this process, median of `runs` after one untimed round: no storage, no
 * network beyond loopback, only the SDK's work (marshalling, serialising, checksums, signing,
 * HTTP) and the exchange's storage classes'. Two figures:
 * - the index alone: one `current` item per resource (catalog.ts), through Catalog.writeMany;
 * - every call of the steady pass: for each commit the stack logged, what VaultIngest makes for
 *   it (the commit record read, the intent put, one PutObject per sealed object with the commit's
 *   share of the posted bytes, the manifest, the conditional commit record put, the index items
 *   (current items, object and pending-commitment items, pending holdings) in BatchWriteItems,
 *   the intent deleted). Identifier tokens are left out (a few per patient).
 */
async function sdkStorageCalls(resources: number, commits: readonly CommitShape[], postedBytes: number, runs: number): Promise<SdkStorageCalls> {
  const server = spawn(
    process.execPath,
    [
      '-e',
      "const s=require('node:http').createServer((q,r)=>{q.resume();q.on('end',()=>{const b='{\"UnprocessedItems\":{}}';r.writeHead(200,{'content-type':'application/x-amz-json-1.0','content-length':b.length,etag:'\"0\"'});r.end(b)})});s.listen(0,'127.0.0.1',()=>console.log(s.address().port))",
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server.stdout!.once('data', (data: Buffer) => resolve(Number(data.toString().trim())));
      server.once('exit', (code) => reject(new Error(`the no-op server exited (${code})`)));
    });
    const endpoint = `http://127.0.0.1:${port}`;
    const dynamo = withoutSdkLogging(new DynamoDBClient({ region: 'us-east-1', endpoint, credentials: LOCAL_CREDENTIALS }));
    const s3 = withoutSdkLogging(new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: LOCAL_CREDENTIALS }));
    const catalog = new Catalog(DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } }), 'fhirx-local-catalog');
    const objects = new VaultObjects(s3, 'fhir-exchange-vault');
    const hex = (seed: string) => createHash('sha256').update(seed).digest('hex');
    const provider = 'dev-provider-a';
    const lastUpdated = new Date().toISOString();
    const currentItem = (commitId: string, pseudonym: string, objectKey: string, position: number) => ({
      ...keys.current(provider, 'Observation', randomUUID()),
      versionId: 1,
      lastUpdated,
      pseudonym,
      objectKey,
      position,
      commitment: hex(`${objectKey}${position}`),
      commitId,
    });
    const timed = async (work: () => Promise<void>) => {
      const times: number[] = [];
      for (let round = 0; round <= runs; round++) {
        const before = process.cpuUsage();
        await work();
        const used = process.cpuUsage(before);
        if (round > 0) times.push((used.user + used.system) / 1e6);
      }
      return median(times);
    };

    const indexItems = Array.from({ length: resources }, (_, index) => currentItem(hex('commit'), hex('pseudonym'), `o/${randomUUID()}`, index % 400));
    const indexCpuS = await timed(() => catalog.writeMany(indexItems));

    const totalResources = commits.reduce((sum, commit) => sum + commit.resources, 0);
    const calls: Record<string, number> = {};
    const count = (operation: string, n = 1) => (calls[operation] = (calls[operation] ?? 0) + n);
    const plans = commits.map((commit) => {
      const commitId = hex(randomUUID());
      const createdAt = lastUpdated;
      const intent = { ...keys.intent(commitId, createdAt), commitId, createdAt, manifestKey: `m/${randomUUID()}`, objectKeys: [] as string[] };
      const objectKeys = Array.from({ length: commit.objects }, () => `o/${randomUUID()}`);
      const pseudonyms = objectKeys.map(() => hex(randomUUID()));
      const perObject = Math.ceil(commit.resources / Math.max(1, commit.objects));
      const body = randomBytes(Math.round((postedBytes * commit.resources) / Math.max(1, totalResources) / Math.max(1, commit.objects)));
      const currents = Array.from({ length: commit.resources }, (_, index) => currentItem(commitId, pseudonyms[Math.floor(index / perObject)] ?? pseudonyms[0]!, objectKeys[Math.floor(index / perObject)] ?? objectKeys[0]!, index % perObject));
      const entries = (objectKey: string) => currents.filter((item) => item.objectKey === objectKey).map((item) => `Observation/${item.pk.split('#').at(-1)}/1`);
      const puts = [
        ...currents,
        ...objectKeys.flatMap((objectKey, index) => [
          { ...keys.object(pseudonyms[index]!, provider, objectKey), objectKey, providerId: provider, commitId, createdAt, entries: entries(objectKey) },
          { ...keys.pendingCommitments(objectKey, createdAt), objectKey, pseudonym: pseudonyms[index]!, providerId: provider, commitId, entries: entries(objectKey), commitments: currents.filter((item) => item.objectKey === objectKey).map((item) => item.commitment) },
        ]),
        ...(commit.patients > 0 ? [{ ...keys.pendingHoldings(commitId), providerId: provider, pseudonyms: pseudonyms.slice(0, commit.patients), createdAt }] : []),
      ];
      const manifest = JSON.stringify({
        commitId,
        resources: currents.map((item) => ({ type: 'Observation', id: item.pk.split('#').at(-1), versionId: 1, lastUpdated, pseudonym: item.pseudonym, objectKey: item.objectKey, position: item.position, commitment: item.commitment })),
        body: { resourceType: 'Bundle', type: 'transaction-response', entry: currents.map((item) => ({ response: { status: '201 Created', location: `Observation/${item.pk.split('#').at(-1)}/_history/1`, etag: 'W/"1"', lastModified: lastUpdated } })) },
      });
      count('GetItem');
      count('PutItem', 2);
      count('DeleteItem');
      count('PutObject', commit.objects + 1);
      count('BatchWriteItem', Math.ceil(puts.length / 25));
      return { commitId, intent, objectKeys, body, puts, manifest };
    });
    const cpuS = await timed(async () => {
      await forEachLimit(plans, 2, async (plan) => {
        await catalog.get(keys.commit(plan.commitId));
        await catalog.put(plan.intent);
        await forEachLimit(plan.objectKeys, 4, (objectKey) => objects.put(objectKey, plan.body, 'application/octet-stream'));
        await objects.put(plan.intent.manifestKey, plan.manifest, 'application/json');
        const record: Item = { ...keys.commit(plan.commitId), commitId: plan.commitId, manifestKey: plan.intent.manifestKey };
        await catalog.putNew(record);
        await catalog.writeMany(plan.puts);
        await catalog.delete(plan.intent);
      });
    });
    dynamo.destroy();
    s3.destroy();
    return { index: { items: resources, calls: Math.ceil(resources / 25), cpuS: indexCpuS }, commits: commits.length, calls, cpuS };
  } finally {
    server.kill();
  }
}

/**
 * CPU seconds of this process for validateJsonText over `texts` beyond the JSON.parse the floor
 * already counts: validateJsonText's time less JSON.parse's over the same texts, each the median
 * of `runs` after one untimed pass.
 */
function validationCpu(texts: readonly string[], runs: number): number {
  const cpu = (work: () => void) => {
    const times: number[] = [];
    for (let round = 0; round <= runs; round++) {
      const before = process.cpuUsage();
      work();
      const used = process.cpuUsage(before);
      if (round > 0) times.push((used.user + used.system) / 1e6);
    }
    return median(times);
  };
  const validate = cpu(() => {
    for (const text of texts) if (!validateJsonText(text).valid) throw new Error('a bench bundle did not validate');
  });
  let sink = 0;
  const parse = cpu(() => {
    for (const text of texts) sink += (JSON.parse(text) as { entry?: unknown[] }).entry?.length ?? 0;
  });
  if (sink === 0) throw new Error('nothing parsed');
  return Math.max(0, validate - parse);
}

// ---------------------------------------------------------------------------------------------
// the floor

/** Parse, canonicalise + commit each resource, AES-256-GCM the per-bundle concatenation. Returns ms. */
function floorPass(bodies: readonly Buffer[]): number {
  const start = performance.now();
  let sink = 0;
  for (const body of bodies) {
    const bundle = JSON.parse(body.toString('utf8')) as { entry?: { resource?: unknown }[] };
    const parts: string[] = [];
    for (const entry of bundle.entry ?? []) {
      const canonical = canonicalJson(entry.resource);
      sink += commitmentOfCanonical(newSalt(), canonical).length;
      parts.push(canonical);
    }
    const cipher = createCipheriv('aes-256-gcm', randomBytes(32), randomBytes(12));
    sink += cipher.update(Buffer.from(parts.join(','), 'utf8')).length + cipher.final().length + cipher.getAuthTag().length;
  }
  if (sink === 0) throw new Error('the floor did nothing');
  return performance.now() - start;
}

// ---------------------------------------------------------------------------------------------
// end to end

async function measureRun(stack: StackProcess, run: number, inputs: Input[], largest: Input, concurrency: number, floorMs: number): Promise<RunResult> {
  const kmsUrl = stack.info.services.kms;
  const firstStart = performance.now();
  const first = await ingestPass(stack, kmsUrl, inputs, concurrency, (input) => input.bytes);
  const logged = stack.output.length;
  const steady = await ingestPass(stack, kmsUrl, inputs, concurrency, (input, index) => varied(input.bytes, `bench-r${run + 1}-steady-${index}`));
  const steadyCommits = committed(stack.output.slice(logged));
  const steadyWithinWindow = performance.now() - firstStart < CACHE_WINDOW_SECONDS * 1000;

  // Whole stack: its peak RSS while it ingests the largest bundle alone.
  const pid = stack.info.pid;
  const token = await stack.token(ENDPOINT_CLIENT);
  const body = varied(largest.bytes, `bench-r${run + 1}-largest`);
  const stackBaseMb = procStatusMb(pid, 'VmRSS');
  const stackRunPeakMb = procStatusMb(pid, 'VmHWM');
  const reset = resetPeak(pid);
  let polledMb = stackBaseMb;
  const poll = reset ? undefined : setInterval(() => (polledMb = Math.max(polledMb, procStatusMb(pid, 'VmRSS'))), 5);
  const started = performance.now();
  try {
    const response = await post(stack.info.fhirBase, token, body);
    check(largest, response.status, response.text);
  } finally {
    if (poll) clearInterval(poll);
  }
  const largestMs = performance.now() - started;
  const stackPeakMb = reset ? procStatusMb(pid, 'VmHWM') : Math.max(polledMb, procStatusMb(pid, 'VmRSS'));

  // Lambda-like: the handler alone in a fresh process, same bundle (varied again), same stack.
  const lambda = await lambdaProbe(stack, token, varied(largest.bytes, `bench-r${run + 1}-lambda`));
  check(largest, lambda.statusCode, undefined);
  return { floorMs, first, steady, steadyCommits, steadyWithinWindow, stackPeakMb, stackBaseMb, stackRunPeakMb, largestMs, lambda };
}

async function ingestPass(stack: StackProcess, kmsUrl: string, inputs: Input[], concurrency: number, body: (input: Input, index: number) => Buffer): Promise<PassResult> {
  // A fresh token per pass: tokens live 5 minutes.
  const token = await stack.token(ENDPOINT_CLIENT);
  const bodies = inputs.map((input, index) => body(input, index));
  const latencies: number[] = new Array<number>(inputs.length);
  const before = await kmsStats(kmsUrl);
  const cpuBefore = processCpu(stack.info.pid);
  const clientBefore = process.cpuUsage();
  const start = performance.now();
  const send = async (index: number) => {
    const input = inputs[index]!;
    const requestStart = performance.now();
    const response = await post(stack.info.fhirBase, token, bodies[index]!);
    latencies[index] = performance.now() - requestStart;
    check(input, response.status, response.text);
  };
  const shared = inputs.flatMap((input, index) => (input.shared ? [index] : []));
  const patients = inputs.flatMap((input, index) => (input.shared ? [] : [index]));
  for (const index of shared) await send(index);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, patients.length) }, async () => {
      while (next < patients.length) await send(patients[next++]!);
    }),
  );
  const wallMs = performance.now() - start;
  const client = process.cpuUsage(clientBefore);
  const cpuAfter = processCpu(stack.info.pid);
  const after = await kmsStats(kmsUrl);
  const kms = diff(before.calls, after.calls);
  const children: Record<string, number> = {};
  for (const [name, seconds] of Object.entries(cpuAfter.children)) children[name] = seconds - (cpuBefore.children[name] ?? 0);
  const threads: Record<string, number> = {};
  for (const [name, seconds] of Object.entries(cpuAfter.threads)) threads[name] = seconds - (cpuBefore.threads[name] ?? 0);
  return {
    wallMs,
    cpu: { stack: cpuAfter.stack - cpuBefore.stack, threads, children, client: (client.user + client.system) / 1e6 },
    bytes: bodies.reduce((sum, bytes) => sum + bytes.length, 0),
    resources: inputs.reduce((sum, input) => sum + input.entries, 0),
    latencies,
    kms,
    kmsTotal: after.total - before.total,
  };
}

async function post(fhirBase: string, token: string, body: Buffer): Promise<{ status: number; text: string }> {
  const response = await fetch(fhirBase, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json', accept: 'application/fhir+json' },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** 200, a transaction-response with one entry per request entry, every one 201 Created; throws otherwise. */
function check(input: Input, status: number, text: string | undefined): void {
  const fail = (why: string) => {
    throw new Error(`${input.name}: ${why}${text ? `\n${text.slice(0, 600)}` : ''}`);
  };
  if (status !== 200) fail(`answered ${status}, not 200`);
  if (text === undefined) return; // the Lambda probe checked its entries itself
  const bundle = JSON.parse(text) as { type?: string; entry?: { response?: { status?: string } }[] };
  if (bundle.type !== 'transaction-response') fail(`answered a ${bundle.type}, not a transaction-response`);
  const entries = bundle.entry ?? [];
  if (entries.length !== input.entries) fail(`answered ${entries.length} entries for ${input.entries}`);
  const notCreated = entries.filter((entry) => entry.response?.status !== '201 Created').length;
  if (notCreated > 0) fail(`${notCreated} of ${entries.length} entries not 201 Created`);
}

/** The commits the stack logged ('ingest committed': counts only, no PHI) in `output`. */
function committed(output: string): CommitShape[] {
  const commits: CommitShape[] = [];
  for (const line of output.split('\n')) {
    if (!line.includes('"ingest committed"')) continue;
    const { resources, objects, patients } = JSON.parse(line) as CommitShape;
    commits.push({ resources, objects, patients });
  }
  return commits;
}

/**
 * The same bundle with a `Bundle.id` of its own: another request body (so not answered from an
 * earlier commit), the same entries. Synthea bundles have no id; the member goes first.
 */
function varied(bytes: Buffer, id: string): Buffer {
  const open = bytes.indexOf('{');
  if (open < 0) throw new Error('not a JSON object');
  return Buffer.concat([bytes.subarray(0, open + 1), Buffer.from(`"id":"${id}",`), bytes.subarray(open + 1)]);
}

async function kmsStats(kmsUrl: string): Promise<{ calls: Record<string, number>; total: number }> {
  // A GET, safe to send again: once more if a kept-alive connection was closed under it.
  const response = await fetch(`${kmsUrl}/__stats`).catch(() => fetch(`${kmsUrl}/__stats`));
  if (response.status !== 200) throw new Error(`the KMS stand-in's GET /__stats answered ${response.status}`);
  return (await response.json()) as { calls: Record<string, number>; total: number };
}

function diff(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [name, count] of Object.entries(after)) {
    const delta = count - (before[name] ?? 0);
    if (delta > 0) result[name] = delta;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// CPU and memory

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ: 100 on Linux). */
const CLOCK_TICKS = 100;

function cpuSecondsOf(stat: string): { ppid: number; comm: string; seconds: number } {
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  // After "(comm) ": state, ppid, ..., utime (14th field of the line) and stime (15th).
  return { comm: stat.slice(stat.indexOf('(') + 1, close), ppid: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS };
}

/**
 * CPU seconds so far of the stack process (all threads, and by thread kind: its threads' names
 * without their numbers), and of its child processes (DynamoDB Local's JVM, anvil), by name.
 * A thread that ended meanwhile takes its seconds with it, so the kinds are read as a breakdown
 * of the stack's figure, not as its sum.
 */
function processCpu(pid: number): { stack: number; threads: Record<string, number>; children: Record<string, number> } {
  const stack = cpuSecondsOf(readFileSync(`/proc/${pid}/stat`, 'utf8')).seconds;
  const threads: Record<string, number> = {};
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    const thread = cpuSecondsOf(stat);
    const kind = threadKind(thread.comm);
    threads[kind] = (threads[kind] ?? 0) + thread.seconds;
  }
  const children: Record<string, number> = {};
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const child = cpuSecondsOf(stat);
    if (child.ppid === pid) children[child.comm] = (children[child.comm] ?? 0) + child.seconds;
  }
  return { stack, threads, children };
}

/** What a stack thread does, from its name (infra/local/local-stack.ts names the handler threads). */
function threadKind(comm: string): string {
  if (comm === 'MainThread' || comm === 'node') return 'main (HTTP adapter, s3rver, dynalite, KMS stand-in)';
  if (/^handlers-\d+$/.test(comm)) return 'handler threads';
  if (/^vault-worker-\d+$/.test(comm)) return 'vault worker thread';
  if (comm === 'libuv-worker') return 'libuv pool (files, LevelDB, async crypto)';
  if (comm === 'V8Worker') return 'V8 helpers (GC, compilation)';
  return 'other';
}

function procStatusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}

/** Resets the process's RSS high-water mark to its current RSS (Linux >= 4.0). false if not allowed. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * The handler in a fresh process, as Lambda runs it: the environment the local stack gives its
 * handlers (infra/local/local-stack.ts), the handler module imported, one API Gateway v2 event
 * (as infra/local/http-adapter.ts builds it) for the bundle. Plain JavaScript importing the
 * TypeScript sources; written to a temp file like the bundles bench's probe.
 */
const LAMBDA_PROBE = `import { readFileSync } from 'node:fs';
const hwm = (field) => parseInt(readFileSync('/proc/self/status', 'utf8').split('\\n').find((line) => line.startsWith(field + ':')).slice(field.length + 1), 10) / 1024;
const [handlerUrl, bodyFile] = process.argv.slice(2);
const token = process.env.BENCH_TOKEN;
delete process.env.BENCH_TOKEN;
const { handler } = await import(handlerUrl);
const body = readFileSync(bodyFile, 'utf8');
const importHwmMb = hwm('VmHWM');
const host = new URL(process.env.FHIR_BASE_URL).host;
const now = new Date();
const requestId = crypto.randomUUID();
const event = {
  version: '2.0', routeKey: 'POST /fhir', rawPath: '/fhir', rawQueryString: '',
  headers: { host, authorization: 'Bearer ' + token, 'content-type': 'application/fhir+json', accept: 'application/fhir+json', 'content-length': String(Buffer.byteLength(body)) },
  requestContext: { accountId: '000000000000', apiId: 'local', domainName: host, domainPrefix: host.split('.')[0], http: { method: 'POST', path: '/fhir', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: '' }, requestId, routeKey: 'POST /fhir', stage: '$default', time: now.toISOString(), timeEpoch: now.getTime() },
  isBase64Encoded: false,
  body,
};
const deadline = Date.now() + 30000;
const context = { callbackWaitsForEmptyEventLoop: false, functionName: 'fhir-ingest', functionVersion: '$LATEST', invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:fhir-ingest', memoryLimitInMB: '1024', awsRequestId: requestId, logGroupName: '/aws/lambda/fhir-ingest', logStreamName: 'local', getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()), done() {}, fail() {}, succeed() {} };
const started = performance.now();
const response = await handler(event, context);
const invokeMs = performance.now() - started;
let statusCode = response.statusCode;
if (statusCode === 200) {
  const bundle = JSON.parse(response.body);
  const expected = JSON.parse(body).entry.length;
  if (bundle.type !== 'transaction-response' || bundle.entry.length !== expected || bundle.entry.some((entry) => entry.response.status !== '201 Created')) statusCode = -1;
} else {
  process.stderr.write(String(response.body).slice(0, 600) + '\\n');
}
process.stdout.write('\\n' + JSON.stringify({ statusCode, importHwmMb, hwmMb: hwm('VmHWM'), rssMb: hwm('VmRSS'), invokeMs }) + '\\n');
process.exit(0);
`;

async function lambdaProbe(stack: StackProcess, token: string, body: Buffer): Promise<LambdaProbe> {
  const folder = await mkdtemp(join(tmpdir(), 'fhirx-ingest-probe-'));
  try {
    const probe = join(folder, 'probe.mjs');
    const bodyFile = join(folder, 'bundle.json');
    await writeFile(probe, LAMBDA_PROBE);
    await writeFile(bodyFile, body);
    const env = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...(await functionEnvironment(stack)), BENCH_TOKEN: token };
    const handlerUrl = pathToFileURL(join(REPO_ROOT, 'functions/fhir-ingest/handler.ts')).href;
    const child = spawn(process.execPath, [probe, handlerUrl, bodyFile], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    const line = stdout.trim().split('\n').at(-1) ?? '';
    if (code !== 0 || !line.startsWith('{')) throw new Error(`the Lambda-like probe failed (${code}): ${stderr.slice(-2000)}`);
    return JSON.parse(line) as LambdaProbe;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** What infra/local/local-stack.ts puts in process.env for its handlers, rebuilt from stack.json and the provisioning's names. */
async function functionEnvironment(stack: StackProcess): Promise<Record<string, string>> {
  const { info } = stack;
  const kms = new KMSClient({ region: info.services.region, endpoint: info.services.kms, credentials: LOCAL_CREDENTIALS });
  let aliases;
  try {
    aliases = (await kms.send(new ListAliasesCommand({}))).Aliases ?? [];
  } finally {
    kms.destroy();
  }
  const keyArn = (alias: string) => {
    const found = aliases.find((candidate) => candidate.AliasName === alias);
    if (!found?.AliasArn || !found.TargetKeyId) throw new Error(`no KMS alias ${alias}`);
    return found.TargetKeyId.startsWith('arn:') ? found.TargetKeyId : found.AliasArn.replace(/:alias\/.*$/, `:key/${found.TargetKeyId}`);
  };
  const exchangeKeyArn = keyArn(EXCHANGE_KEY_ALIAS);
  const contract = (name: string) => {
    const address = info.contracts[name];
    if (!address) throw new Error(`no ${name} contract in stack.json`);
    return address;
  };
  return {
    AWS_REGION: info.services.region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_S3: info.services.s3,
    AWS_ENDPOINT_URL_DYNAMODB: info.services.dynamodb,
    AWS_ENDPOINT_URL_KMS: info.services.kms,
    S3_FORCE_PATH_STYLE: 'true',
    FHIR_BASE_URL: info.fhirBase,
    MAX_BODY_BYTES: String(6 * 1024 * 1024),
    EXCHANGE_KMS_KEY_ID: exchangeKeyArn,
    VAULT_KMS_KEY_ARN: exchangeKeyArn,
    BRANCH_KEY_DYNAMODB_ENDPOINT: info.services.dynamodbLocal,
    PSEUDONYM_KMS_KEY_ID: keyArn(PSEUDONYM_KEY_ALIAS),
    CHAIN_RPC_URL: info.rpcUrl,
    CHAIN_ID: String(info.chainId),
    PROVIDER_REGISTRY_ADDRESS: contract('ProviderRegistry'),
    RECORD_LOCATOR_ADDRESS: contract('RecordLocator'),
    OPERATOR_SIGNER: 'rpc-account:1',
    ADMIN_SIGNER: 'rpc-account:0',
    ...Object.fromEntries(Object.values(TABLES).map((spec) => [spec.configKey, localTableName(spec.name)])),
    ...Object.fromEntries(Object.values(BUCKETS).map((spec) => [spec.configKey, `fhir-exchange-${spec.name}`])),
  };
}

// ---------------------------------------------------------------------------------------------
// the report

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const mbPerS = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
const fixed = (value: number, digits = 1) => value.toFixed(digits);
const thousands = (value: number) => Math.round(value).toLocaleString('en-US');

function report(
  results: RunResult[],
  context: { runs: number; concurrency: number; patients: number; totalBytes: number; totalResources: number; inputs: Input[]; largest: Input; benchMs: number; load: readonly [number, number]; sdk: SdkStorageCalls; validationCpuS: number },
): void {
  const { runs, concurrency, patients, totalBytes, totalResources, inputs, largest } = context;
  const m = (pick: (result: RunResult) => number) => median(results.map(pick));
  const floorMs = m((r) => r.floorMs);
  const pass = (which: 'first' | 'steady') => {
    const wallMs = m((r) => r[which].wallMs);
    const bytes = m((r) => r[which].bytes);
    const ratios = results.map((r) => mbPerS(r[which].bytes, r[which].wallMs) / mbPerS(totalBytes, r.floorMs));
    return {
      wallMs,
      mbs: m((r) => mbPerS(r[which].bytes, r[which].wallMs)),
      rps: m((r) => r[which].resources / (r[which].wallMs / 1000)),
      bytes,
      p50: m((r) => percentile(r[which].latencies, 50)),
      p99: m((r) => percentile(r[which].latencies, 99)),
      ratio: median(ratios),
      kmsTotal: m((r) => r[which].kmsTotal),
      kmsOps: medianOps(results.map((r) => r[which].kms)),
      stackCpu: m((r) => r[which].cpu.stack),
      stackCore: m((r) => r[which].cpu.stack / (r[which].wallMs / 1000)),
      threadCpu: medianOps(results.map((r) => r[which].cpu.threads)),
      childCpu: medianOps(results.map((r) => r[which].cpu.children)),
      clientCpu: m((r) => r[which].cpu.client),
    };
  };
  const first = pass('first');
  const steady = pass('steady');
  const floorMbs = mbPerS(totalBytes, floorMs);

  const out: string[] = [];
  const shared = inputs.filter((input) => input.shared).length;
  out.push('');
  out.push(
    `Ingest ${inputs.length} Synthea transaction bundles (${patients} patients + ${shared} shared-resource bundles; ${fixed(totalBytes / 1e6)} MB, ${thousands(totalResources)} resources), ` +
      `POST [base] at concurrency ${concurrency}, fresh local stack per run, median of ${runs} runs`,
  );
  const header = ['', 'wall', 'MB/s', 'resources/s', 'p50/bundle', 'p99/bundle', 'vs floor'];
  const rows = [
    ['floor (in-process, 1 thread)', formatMs(floorMs), fixed(floorMbs), thousands(totalResources / (floorMs / 1000)), '', '', '1.000'],
    ['end to end, first ingest', formatMs(first.wallMs), fixed(first.mbs, 2), thousands(first.rps), formatMs(first.p50), formatMs(first.p99), fixed(first.ratio, 3)],
    ['end to end, steady state', formatMs(steady.wallMs), fixed(steady.mbs, 2), thousands(steady.rps), formatMs(steady.p50), formatMs(steady.p99), fixed(steady.ratio, 3)],
  ];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`;
  out.push(line(header), ...rows.map(line));
  out.push(`  posted per pass: ${fixed(first.bytes / 1e6, 2)} MB (steady-state bodies carry a Bundle.id, +${thousands(steady.bytes - first.bytes)} bytes in all)`);
  out.push(`  end to end / floor: ${fixed(first.ratio, 3)} first ingest, ${fixed(steady.ratio, 3)} steady state (target >= ${RATIO_TARGET}): ${first.ratio >= RATIO_TARGET ? 'met' : 'NOT met'}`);
  const cpuLine = (label: string, p: typeof first) =>
    `  CPU during the ${label}: stack process ${fixed(p.stackCpu)} s (${fixed(p.stackCore * 100, 0)}% of one core over the pass; all its threads)` +
    `${Object.entries(p.childCpu).map(([name, seconds]) => `, ${name === 'java' ? 'DynamoDB Local (java)' : name} ${fixed(seconds)} s`).join('')}, this client ${fixed(p.clientCpu)} s`;
  out.push(cpuLine('first ingest', first), cpuLine('steady state', steady));
  const threadLine = (label: string, p: typeof first) =>
    `    the stack's CPU by thread during the ${label}: ${Object.entries(p.threadCpu)
      .filter(([, seconds]) => seconds >= 0.05)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, seconds]) => `${kind} ${fixed(seconds)} s`)
      .join(', ')}`;
  out.push(threadLine('first ingest', first), threadLine('steady state', steady));
  // The exchange's own work per byte against the floor's: floor time over the CPU seconds of the
  // handler threads (validation, canonical JSON, hashing, sealing, storage calls) in the steady-state pass.
  const handlerCpu = steady.threadCpu['handler threads'] ?? 0;
  out.push(`exchange CPU vs floor ${handlerCpu > 0 ? fixed(floorMs / 1000 / handlerCpu, 3) : 'n/a'} (floor ${fixed(floorMs / 1000, 3)} s / handler threads ${fixed(handlerCpu, 3)} CPU s, steady state; target >= 0.40)`);
  const { sdk, validationCpuS } = context;
  const budget = floorMs / 1000 / RATIO_TARGET;
  const share = (seconds: number) => `${Math.round((seconds / budget) * 100)}%`;
  out.push(
    `  the AWS SDK alone, against a no-op HTTP server in another process (the exchange's Catalog and VaultObjects, clients made as aws-clients.ts makes them), ` +
      `as a share of the ${fixed(budget, 3)} CPU s the target leaves the handler threads for all their work (floor / ${RATIO_TARGET}):`,
  );
  out.push(`    the index alone (${thousands(sdk.index.items)} current items, ${thousands(sdk.index.calls)} BatchWriteItem through Catalog.writeMany): ${fixed(sdk.index.cpuS, 3)} CPU s, ${share(sdk.index.cpuS)}`);
  out.push(
    `    every storage call of the steady pass's ${sdk.commits} commits (${Object.entries(sdk.calls)
      .map(([operation, calls]) => `${operation} ${calls}`)
      .join(', ')}): ${fixed(sdk.cpuS, 3)} CPU s, ${share(sdk.cpuS)}`,
  );
  const floorS = floorMs / 1000;
  const fixedWork = floorS + sdk.cpuS + validationCpuS;
  out.push(
    `    floor ${fixed(floorS, 3)} s (${share(floorS)}) + those storage calls ${fixed(sdk.cpuS, 3)} s (${share(sdk.cpuS)}) + validation beyond the parse (validateJsonText less JSON.parse over the posted bodies, this process, warm) ${fixed(validationCpuS, 3)} s (${share(validationCpuS)}) ` +
      `= ${fixed(fixedWork, 3)} CPU s, ${share(fixedWork)} of the budget; ${fixedWork < budget ? `${fixed(budget - fixedWork, 3)} CPU s left for everything else the handlers do (request hash, planning, references, the response, GC)` : 'nothing left for anything else the handlers do'}`,
  );
  out.push(
    '  floor = UTF-8 decode + JSON.parse + per resource RFC 8785 canonicalJson + SHA-256(salt ‖ canonical) + AES-256-GCM of the per-bundle concatenation; ' +
      'end to end = first request sent to last answer read (shared bundles one at a time, then the patients).',
  );

  out.push('');
  const perK = (calls: number) => fixed((calls / totalResources) * 1000, 2);
  const perPatient = (calls: number) => fixed(calls / patients, 2);
  const ops = (record: Record<string, number>) => Object.entries(record).map(([name, count]) => `${name} ${count}`).join(', ') || 'none';
  out.push(`KMS calls (the stand-in's counter, GET /__stats, read before and after each pass; ${patients} patients, ${thousands(totalResources)} resources)`);
  out.push(`  first ingest   ${String(first.kmsTotal).padStart(4)} calls  ${perK(first.kmsTotal).padStart(6)} per 1,000 resources  ${perPatient(first.kmsTotal).padStart(5)} per patient  (${ops(first.kmsOps)})`);
  out.push(`  steady state   ${String(steady.kmsTotal).padStart(4)} calls  ${perK(steady.kmsTotal).padStart(6)} per 1,000 resources  ${perPatient(steady.kmsTotal).padStart(5)} per patient  (${ops(steady.kmsOps)})`);
  out.push(
    '  first ingest: new patients. Per patient a pseudonym (GenerateMac), a branch key created in the key store (GenerateDataKeyWithoutPlaintext for the key and its beacon key, ReEncrypt) ' +
      'and its materials unwrapped for sealing (Decrypt); once per process also the provider partition (the same four) and the identifier token key (GenerateDataKey + Decrypt).',
  );
  out.push(
    `  steady state: the same patients again with new bodies, within the branch key cache window (${CACHE_WINDOW_SECONDS} s${results.every((r) => r.steadyWithinWindow) ? '' : '; NOT every run stayed within it'}): ` +
      'pseudonyms and branch key materials come from the server\'s caches, so any call here is a cache miss.',
  );
  const steadyPerPatient = steady.kmsTotal / patients;
  out.push(`  steady state per patient per cache window: ${fixed(steadyPerPatient, 2)} (target <= ${KMS_PER_PATIENT_TARGET}): ${steadyPerPatient <= KMS_PER_PATIENT_TARGET ? 'met' : 'NOT met'}; first ingest ${perPatient(first.kmsTotal)} (branch key creation included)`);

  out.push('');
  const lambdaHwm = m((r) => r.lambda.hwmMb);
  const stackPeak = m((r) => r.stackPeakMb);
  out.push(`Peak memory on the largest bundle (${largest.name}, ${fixed(largest.bytes.length / 1e6)} MB, ${largest.entries} resources)`);
  out.push(
    `  whole stack process   peak RSS ${fixed(stackPeak, 0)} MB while ingesting it alone after both passes (RSS ${fixed(m((r) => r.stackBaseMb), 0)} MB just before, VmHWM reset via clear_refs; request ${formatMs(m((r) => r.largestMs))}); ` +
      `VmHWM since the stack started ${fixed(m((r) => r.stackRunPeakMb), 0)} MB (boot + both passes). One Node process holding all handlers, s3rver, dynalite and the KMS stand-in`,
  );
  out.push(
    `  Lambda-like process   peak RSS ${fixed(lambdaHwm, 0)} MB (${fixed(m((r) => r.lambda.importHwmMb), 0)} MB after importing the handler; cold invocation ${formatMs(m((r) => r.lambda.invokeMs))}); ` +
      `fresh Node process, functions/fhir-ingest/handler.ts from source, one API Gateway v2 event`,
  );
  out.push(`  target < ${MEMORY_TARGET_MB} MB (Lambda-like): ${lambdaHwm < MEMORY_TARGET_MB ? 'met' : 'NOT met'}`);
  out.push(
    `  bench time ${formatMs(context.benchMs)} (${runs} runs, each: floor, fresh stack start, two passes, memory probes); ` +
      `1-minute load average ${fixed(context.load[0], 2)} at the start, ${fixed(context.load[1], 2)} at the end (${availableParallelism()} CPUs: above that, other work competed)`,
  );
  out.push('');
  out.push(
    `ingest: first ingest ${fixed(first.mbs, 2)} MB/s ${thousands(first.rps)} resources/s p50 ${formatMs(first.p50)} p99 ${formatMs(first.p99)}; ` +
      `steady ${fixed(steady.mbs, 2)} MB/s; floor ${fixed(floorMbs)} MB/s; e2e/floor ${fixed(first.ratio, 3)} first, ${fixed(steady.ratio, 3)} steady (target >= ${RATIO_TARGET}); ` +
      `KMS/patient ${perPatient(first.kmsTotal)} first, ${perPatient(steady.kmsTotal)} steady (target <= ${KMS_PER_PATIENT_TARGET}); ` +
      `peak RSS largest bundle ${fixed(lambdaHwm, 0)} MB Lambda-like, ${fixed(stackPeak, 0)} MB whole stack (target < ${MEMORY_TARGET_MB}); concurrency ${concurrency}, ${runs} runs`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

function medianOps(records: Record<string, number>[]): Record<string, number> {
  const names = [...new Set(records.flatMap((record) => Object.keys(record)))].sort();
  return Object.fromEntries(names.map((name) => [name, median(records.map((record) => record[name] ?? 0))]));
}
