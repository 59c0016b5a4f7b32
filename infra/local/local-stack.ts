import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { BroadcastChannel } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import { ClientRegistry } from '../../functions/access/client-registry.ts';
import { LOCAL_EXPORT_WAKE_CHANNEL } from '../../functions/export/local-wake.ts';
import { closeChainClient } from '../../functions/ledger/chain-client.ts';
import { providerRegistry } from '../../functions/ledger/provider-registry.ts';
import { FUNCTION_NAMES, ROUTES } from '../../functions/routes.ts';
import { startDynamoStandIn, startS3StandIn } from './aws-stand-ins.ts';
import { startLocalChain } from './chain.ts';
import { freeLoopbackPort, startDynamoDbLocal } from './dynamodb-local.ts';
import type { DynamoDbLocal } from './dynamodb-local.ts';
import { HandlerThreads } from './handler-threads.ts';
import { startHttpAdapter } from './http-adapter.ts';
import type { HttpResponse } from '../../functions/http/responses.ts';
import { startKmsStandIn } from './kms-stand-in.ts';
import { startControlServer } from './control-server.ts';
import { RequestGate } from './request-gate.ts';
import { ensureBuckets, ensureExchangeKey, ensurePseudonymKey, ensureTables, seedDevClients } from './provision.ts';
import type { SeededClient } from './provision.ts';
import { seedDevProviders } from './seed-providers.ts';
import { buildPortal } from '../../portal/build.ts';
import { PORTAL_SECURITY_HEADERS } from '../../portal/security-headers.ts';
import type { SeededProvider } from './seed-providers.ts';

/**
 * The whole exchange on one machine: anvil, s3rver, dynalite, DynamoDB Local (for the tables the
 * Encryption SDK writes with transactions, which dynalite lacks) and the KMS stand-in, started in
 * parallel and provisioned like the AWS stacks, with the Lambda handlers served over HTTP by the
 * API Gateway adapter. Everything lives under the data folder and survives a restart.
 */

export const DEFAULT_DATA_DIR = '.local';
/** The vault worker's Lambda timeout in AWS (VAULT_WORKER in infra/cdk/api-stack.ts), its deadline here. */
const WORKER_TIMEOUT_MS = 50_000;
/** The export worker's Lambda timeout in AWS (15 minutes): a longer job yields and resumes from its checkpoint. */
const EXPORT_WORKER_TIMEOUT_MS = 15 * 60_000;
const REGION = 'us-east-1';
/** s3rver accepts only these credentials; dynalite, DynamoDB Local and the KMS stand-in accept any. */
const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface StackInfo {
  fhirBase: string;
  tokenUrl: string;
  adminBase: string;
  /** The patient portal (portal/), served by the HTTP adapter from the build made at start. */
  portalUrl: string;
  rpcUrl: string;
  chainId: number;
  contracts: Record<string, string>;
  clients: SeededClient[];
  /** The dev providers on the chain's provider registry (applied and confirmed at first start). */
  providers: SeededProvider[];
  /** The loopback control endpoint (`POST /snapshot`, infra/local/control-server.ts) `npm run backup` uses. */
  controlUrl: string;
  /** `dynamodbLocal` serves the `transactional` tables (the branch key store), `dynamodb` the rest. */
  services: { region: string; s3: string; dynamodb: string; dynamodbLocal: string; kms: string };
  dataDir: string;
  pid: number;
  startedAt: string;
  readyMs: number;
}

export interface LocalStackOptions {
  dataDir: string;
  port: number;
  fresh?: boolean;
  /** ConsentRegistry's wallet-recovery delay (infra/local/chain.ts LOCAL_RECOVERY_DELAY_SECONDS by default). */
  recoveryDelaySeconds?: number;
}

export interface LocalStack {
  info: StackInfo;
  stop(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const started = performance.now();
  const dataDir = resolve(options.dataDir);
  if (options.fresh) await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await takeLock(dataDir);

  const stops: (() => Promise<void>)[] = [];
  const gate = new RequestGate();
  const stopAll = async () => {
    gate.shutDown();
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    stops.length = 0;
    await rm(join(dataDir, 'stack.json'), { force: true });
    await rm(join(dataDir, 'stack.lock'), { force: true });
    await rm(join(dataDir, 'control.token'), { force: true });
  };
  // Each service's stop is registered as soon as it is up, so a failure elsewhere still stops it.
  const track = <T>(starting: Promise<T>, stop: (service: T) => Promise<void>) =>
    starting.then((service) => {
      stops.push(() => stop(service));
      return service;
    });
  let dynamoLocalStarting: Promise<DynamoDbLocal> | undefined;
  try {
    // Everything starts at once. DynamoDB Local (a JVM, ~1 s on an idle 2-core machine) is the
    // slowest, so it is awaited last: the handlers are imported and the dev clients seeded while it
    // boots. Its port is chosen up front so that its URL can be in the environment before the
    // handlers are imported; should another process take that port first, it starts on another
    // and the environment is updated before the stack is ready.
    const dynamoLocalPort = await freeLoopbackPort();
    dynamoLocalStarting = track(
      startDynamoDbLocal({ dataDir, port: dynamoLocalPort }).catch(() => startDynamoDbLocal({ dataDir })),
      (service) => service.stop(),
    );
    dynamoLocalStarting.catch(() => undefined); // awaited below; no unhandled rejection meanwhile
    const [chain, s3, dynamo, kms] = await allStarted([
      track(startLocalChain({ dataDir, port: 0, ...(options.recoveryDelaySeconds === undefined ? {} : { recoveryDelaySeconds: options.recoveryDelaySeconds }) }), (service) => service.stop()),
      track(
        startS3StandIn(dataDir, {
          onSetAside: (keys) => process.stderr.write(`S3 stand-in: set aside ${keys.length} object(s) an earlier run left half-written (never acknowledged), under ${dataDir}/s3-set-aside\n`),
        }),
        (service) => service.close(),
      ),
      track(startDynamoStandIn(dataDir), (service) => service.close()),
      track(startKmsStandIn({ dataDir, port: 0, region: REGION }), (service) => service.close()),
    ]);

    const clients = {
      dynamo: new DynamoDBClient({ region: REGION, endpoint: dynamo.url, credentials: LOCAL_CREDENTIALS }),
      s3: new S3Client({ region: REGION, endpoint: s3.url, credentials: LOCAL_CREDENTIALS, forcePathStyle: true }),
      kms: new KMSClient({ region: REGION, endpoint: kms.url, credentials: LOCAL_CREDENTIALS }),
    };
    const [tables, buckets, exchangeKeyArn] = await Promise.all([
      ensureTables({ plain: clients.dynamo }),
      ensureBuckets(clients.s3),
      ensureExchangeKey(clients.kms),
    ]);
    // After the exchange key: both look up their alias first, and concurrent creations could race.
    const pseudonymKeyArn = await ensurePseudonymKey(clients.kms);

    // Listen first: the FHIR base URL carries the port, and the handlers read it at import.
    // Until the handler threads are up, requests wait for them.
    let handlerThreads: Promise<HandlerThreads> | undefined;
    // Every request and background run passes the gate (made above, so that stopping opens it);
    // it opens once the journaled erasures are applied (below), and a backup closes it for the
    // instant of its snapshot.
    const maxBodyBytes = Number(process.env['MAX_BODY_BYTES'] ?? 6 * 1024 * 1024);
    const portal = buildPortal();
    const http = await startHttpAdapter({
      routes: ROUTES,
      invoke: (name, event, context) => gate.run(async () => (await handlerThreads!).invoke(name, event, context) as Promise<HttpResponse>),
      maxBodyBytes,
      port: options.port,
      site: { prefix: '/portal', files: new Map(portal.map((file) => [file.path, file])), headers: PORTAL_SECURITY_HEADERS },
    });
    stops.push(() => http.close());
    const origin = `http://127.0.0.1:${http.port}`;
    const fhirBase = `${origin}/fhir`;

    Object.assign(process.env, {
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_S3: s3.url,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.url,
      AWS_ENDPOINT_URL_KMS: kms.url,
      S3_FORCE_PATH_STYLE: 'true',
      FHIR_BASE_URL: fhirBase,
      MAX_BODY_BYTES: String(maxBodyBytes),
      EXCHANGE_KMS_KEY_ID: exchangeKeyArn,
      // The vault: branch keys wrapped by the exchange key, their table on DynamoDB Local.
      VAULT_KMS_KEY_ARN: exchangeKeyArn,
      BRANCH_KEY_DYNAMODB_ENDPOINT: `http://127.0.0.1:${dynamoLocalPort}`,
      // Patient pseudonyms (HMAC under a GENERATE_VERIFY_MAC key; the linking systems keep their default).
      PSEUDONYM_KMS_KEY_ID: pseudonymKeyArn,
      CHAIN_RPC_URL: chain.rpcUrl,
      CHAIN_ID: String(chain.chainId),
      PROVIDER_REGISTRY_ADDRESS: registryAddress(chain.contracts),
      RECORD_LOCATOR_ADDRESS: contractAddress(chain.contracts, 'RecordLocator'),
      ANCHOR_REGISTRY_ADDRESS: contractAddress(chain.contracts, 'AnchorRegistry'),
      CONSENT_REGISTRY_ADDRESS: contractAddress(chain.contracts, 'ConsentRegistry'),
      ERASURE_JOURNAL_ADDRESS: contractAddress(chain.contracts, 'ErasureJournal'),
      // Locally, commitments are anchored within a couple of seconds of their commit.
      ANCHOR_BATCH_MAX_WAIT_SECONDS: process.env['ANCHOR_BATCH_MAX_WAIT_SECONDS'] ?? '2',
      // anvil's unlocked dev accounts, used over JSON-RPC (infra/local/chain.ts: 0 is the admin, 1 the operator).
      OPERATOR_SIGNER: 'rpc-account:1',
      ADMIN_SIGNER: 'rpc-account:0',
      ...tables,
      ...buckets,
    });
    delete process.env['AWS_PROFILE'];
    delete process.env['AWS_SESSION_TOKEN'];
    // The handlers run on worker threads (infra/local/handler-threads.ts; see handlerThreadCount):
    // they import while the rest of the stack starts.
    handlerThreads = track(
      HandlerThreads.start({ threads: handlerThreadCount(), label: 'handlers', modules: functionModules(FUNCTION_NAMES) }),
      (threads) => threads.close(),
    );
    handlerThreads.catch(() => undefined); // awaited below; no unhandled rejection meanwhile

    stops.push(async () => closeChainClient());

    // The dev clients and the dev providers (on chain, through the same chain client as the
    // handlers, so one nonce count per account) are seeded while DynamoDB Local boots.
    const registry = new ClientRegistry(DynamoDBDocumentClient.from(clients.dynamo), tables['CLIENTS_TABLE']!, 0);
    const [seeded, providers] = await Promise.all([seedDevClients(dataDir, registry), seedDevProviders(providerRegistry())]);

    const dynamoLocal = await dynamoLocalStarting;
    await handlerThreads;
    process.env['BRANCH_KEY_DYNAMODB_ENDPOINT'] = dynamoLocal.url;
    const transactional = new DynamoDBClient({ region: REGION, endpoint: dynamoLocal.url, credentials: LOCAL_CREDENTIALS });
    await ensureTables({ transactional }).finally(() => transactional.destroy());

    // The vault's background work (in AWS a scheduled function): repair pass, pending holdings,
    // anchoring. On a thread of its own, invoked on a timer as EventBridge would.
    const workerThread = await track(HandlerThreads.start({ threads: 1, label: 'vault-worker', modules: functionModules(['vault-worker', 'erasure-replay']) }), (threads) => threads.close());
    const scheduled = () =>
      gate.run(() => workerThread.invoke('vault-worker', { 'detail-type': 'Scheduled Event', source: 'aws.events', time: new Date().toISOString() }, {
        functionName: 'vault-worker',
        awsRequestId: randomUUID(),
        memoryLimitInMB: '1024',
        deadline: Date.now() + WORKER_TIMEOUT_MS,
      }));
    stops.push(startWorkerLoop(scheduled, Number(process.env['VAULT_WORKER_INTERVAL_MS'] ?? 1000)));

    // Every erasure journaled on chain after this data's replay cursor is applied again before a
    // single request is served (functions/vault/erase/erasure-replay.ts): after a restore, the
    // erasures made since the snapshot. Then on a timer, which also finishes an erasure a crash
    // interrupted after it was journaled.
    const replay = () =>
      workerThread.invoke('erasure-replay', { source: 'fhir-exchange.local', time: new Date().toISOString() }, {
        functionName: 'erasure-replay',
        awsRequestId: randomUUID(),
        memoryLimitInMB: '1024',
        deadline: Date.now() + WORKER_TIMEOUT_MS,
      });
    const replayed = (await replay()) as { fromBlock: number; toBlock: number; erasures: number; applied: number };
    if (replayed.applied > 0) {
      process.stderr.write(`erasure journal: ${replayed.applied} erasure(s) made after this data's snapshot applied again (blocks ${replayed.fromBlock}-${replayed.toBlock})\n`);
    }
    stops.push(startWorkerLoop(() => gate.run(replay), Number(process.env['ERASURE_REPLAY_INTERVAL_MS'] ?? 5000)));

    // Bulk Data exports (in AWS a queue-fed function): a thread of its own sweeps the waiting jobs.
    const exportThread = await track(HandlerThreads.start({ threads: 1, label: 'export-worker', modules: functionModules(['export-worker']) }), (threads) => threads.close());
    const exportSweep = () =>
      gate.run(() => exportThread.invoke('export-worker', { source: 'fhir-exchange.local', time: new Date().toISOString() }, {
        functionName: 'export-worker',
        awsRequestId: randomUUID(),
        memoryLimitInMB: '1024',
        deadline: Date.now() + EXPORT_WORKER_TIMEOUT_MS,
      }));
    // A kick-off has no queue to send to here: it wakes the sweep through a channel instead.
    stops.push(startWorkerLoop(exportSweep, Number(process.env['EXPORT_WORKER_INTERVAL_MS'] ?? 500), new BroadcastChannel(LOCAL_EXPORT_WAKE_CHANNEL)));

    const control = await startControlServer({ dataDir, gate, rpcUrl: () => chain.rpcUrl });
    stops.push(() => control.close());
    gate.open();

    const info: StackInfo = {
      fhirBase,
      tokenUrl: `${fhirBase}/auth/token`,
      adminBase: `${origin}/admin`,
      portalUrl: `${origin}/portal/`,
      rpcUrl: chain.rpcUrl,
      chainId: chain.chainId,
      contracts: chain.contracts,
      clients: seeded,
      providers,
      controlUrl: control.url,
      services: { region: REGION, s3: s3.url, dynamodb: dynamo.url, dynamodbLocal: dynamoLocal.url, kms: kms.url },
      dataDir,
      pid: process.pid,
      startedAt: new Date().toISOString(),
      readyMs: Math.round(performance.now() - started),
    };
    const stackFile = join(dataDir, 'stack.json');
    await writeFile(`${stackFile}.tmp`, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
    await rename(`${stackFile}.tmp`, stackFile);
    return { info, stop: stopAll };
  } catch (error) {
    await dynamoLocalStarting?.catch(() => undefined); // settled, so that its stop is registered
    await stopAll();
    throw error;
  }
}

/**
 * Runs `work` every `intervalMs`, never two at once; stopping waits for a run in progress. A run
 * that fails is logged by the worker itself and retried at the next tick.
 */
function startWorkerLoop(work: () => Promise<unknown>, intervalMs: number, wakeOn?: BroadcastChannel): () => Promise<void> {
  let stopped = false;
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (stopped || running) return; // a slow run is not queued behind: the next tick takes over
    running = work()
      .catch(() => undefined)
      .finally(() => (running = undefined));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  if (wakeOn) {
    wakeOn.onmessage = tick;
    wakeOn.unref();
  }
  return async () => {
    stopped = true;
    clearInterval(timer);
    wakeOn?.close();
    await running;
  };
}

/**
 * LOCAL_HANDLER_THREADS, or one thread per core: at least two, so one slow request does not hold
 * up the rest, and at most four, since each thread holds every handler (about 300 MB).
 */
function handlerThreadCount(): number {
  const configured = process.env['LOCAL_HANDLER_THREADS'];
  if (configured === undefined) return Math.min(4, Math.max(2, availableParallelism()));
  const count = Number(configured);
  if (!Number.isInteger(count) || count < 1) throw new Error('LOCAL_HANDLER_THREADS must be a positive integer');
  return count;
}

/** Each function's handler module, as a URL a worker thread can import. */
function functionModules(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, new URL(`../../functions/${name}/handler.ts`, import.meta.url).href]));
}

function registryAddress(contracts: Record<string, string>): string {
  return contractAddress(contracts, 'ProviderRegistry');
}

function contractAddress(contracts: Record<string, string>, name: string): string {
  const address = contracts[name];
  if (!address) throw new Error(`The local chain has no ${name} deployment`);
  return address;
}

/** Like Promise.all, but settles every start before failing with the first error (so all can be stopped). */
async function allStarted<T extends readonly unknown[]>(starting: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const results = await Promise.allSettled(starting);
  for (const result of results) if (result.status === 'rejected') throw result.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** One stack per data folder: LevelDB and anvil's state file cannot be shared. */
async function takeLock(dataDir: string): Promise<void> {
  const lockFile = join(dataDir, 'stack.lock');
  try {
    const pid = Number((await readFile(lockFile, 'utf8')).trim());
    if (pid && pid !== process.pid && isAlive(pid)) throw new Error(`Another local stack (pid ${pid}) is using ${dataDir}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await writeFile(lockFile, `${process.pid}\n`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
