import { randomBytes } from 'node:crypto';
import { BatchWriteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, BatchWriteCommand, DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand as DocumentQueryCommand } from '@aws-sdk/lib-dynamodb';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Bundle } from 'fhir/r4.d.ts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { decide, requirePermit } from '../../functions/access/decide.ts';
import { parseScopeList } from '../../functions/access/smart-scopes.ts';
import { OperationOutcomeError } from '../../functions/fhir/outcomes.ts';
import { AuditLog } from '../../functions/vault/storage/audit-log.ts';
import { Catalog } from '../../functions/vault/storage/catalog.ts';
import { IdentifierTokens } from '../../functions/vault/storage/identifier-tokens.ts';
import { PatientKeyring } from '../../functions/vault/storage/patient-keys.ts';
import { PseudonymService } from '../../functions/vault/storage/patient-pseudonym.ts';
import { SealedObjects } from '../../functions/vault/storage/sealed-object.ts';
import { VaultIngest } from '../../functions/vault/ingest/vault-ingest.ts';
import type { IngestInput } from '../../functions/vault/ingest/vault-ingest.ts';
import { VaultObjects } from '../../functions/vault/storage/vault-objects.ts';
import { VaultReader } from '../../functions/vault/read/vault-reader.ts';
import { EXCHANGE_KEY_ALIAS, PSEUDONYM_KEY_ALIAS } from '../../infra/local/provision.ts';
import { syntheaPatientText } from '../support/fhir-data.ts';
import { StackProcess } from '../support/local-stack-process.ts';
import { StoreInspector } from '../support/vault-inspection.ts';

/**
 * Faults injected into the vault's ingest, against the local stack's real stand-ins: each AWS
 * client is a real one, wrapped with aws-sdk-client-mock so that chosen calls fail while every
 * other call goes through to the stand-in. After each fault: nothing partial is visible, nothing
 * acknowledged is lost, and the retry succeeds.
 */

const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const PROVIDER = 'fault-test-provider';
/** A read by the provider's own client, as the access decision permits it (every type: system/*.rs). */
const ownRecords = () => ({
  permit: requirePermit(decide({ kind: 'provider', clientId: 'fault-test', providerId: PROVIDER, scopes: parseScopeList('system/*.rs').scopes, tokenId: 't', purposeOfUse: 'TREAT' }, { kind: 'everything' }, { kind: 'patient', id: 'any' })),
  requestId: 'r',
});

let stack: StackProcess;
let store: StoreInspector;
const clients: { destroy(): void }[] = [];
type Stub = ReturnType<typeof mockClient>;
const mocks: Stub[] = [];

interface Harness {
  ingest: VaultIngest;
  reader: VaultReader;
  kms: KMSClient;
  s3: S3Client;
  documents: DynamoDBDocumentClient;
}

/** Sends every command of `commands` through to `real` unless a behaviour set later on the mock says otherwise. */
function passThrough<C extends { send(command: never): Promise<unknown> }>(mock: Stub, real: C, commands: (new (input: never) => object)[]): void {
  for (const Command of commands) mock.on(Command as never).callsFake((input: unknown) => real.send(new Command(input as never) as never));
}

let vaultKeyArn: string;

async function harness(options: { notifyAnchoring?: (commit: { commitId: string; objects: number; leaves: number }) => Promise<void> } = {}): Promise<Harness> {
  const region = stack.info.services.region;
  const make = <T extends { destroy(): void }>(client: T) => (clients.push(client), client);
  const kms = make(new KMSClient({ region, endpoint: stack.info.services.kms, credentials: CREDENTIALS, maxAttempts: 1 }));
  const s3 = make(new S3Client({ region, endpoint: stack.info.services.s3, forcePathStyle: true, credentials: CREDENTIALS, maxAttempts: 1 }));
  const dynamo = make(new DynamoDBClient({ region, endpoint: stack.info.services.dynamodb, credentials: CREDENTIALS, maxAttempts: 1 }));
  const branchDynamo = make(new DynamoDBClient({ region, endpoint: stack.info.services.dynamodbLocal, credentials: CREDENTIALS }));
  const keyring = new PatientKeyring(
    { BRANCH_KEY_TABLE: StoreInspector.table('branchKeys'), VAULT_KMS_KEY_ARN: vaultKeyArn, BRANCH_KEY_CACHE_SECONDS: 300, BRANCH_KEY_CACHE_ENTRIES: 1000 },
    { kms, dynamo: branchDynamo },
  );
  const documents = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  const catalog = new Catalog(documents, StoreInspector.table('catalog'));
  const objects = new VaultObjects(s3, StoreInspector.bucket('vault'), new SealedObjects(keyring));
  const ingest = new VaultIngest({
    catalog,
    objects,
    keyring,
    pseudonyms: new PseudonymService({ kms, keyId: PSEUDONYM_KEY_ALIAS }),
    tokens: new IdentifierTokens(randomBytes(32)),
    concurrency: 4,
    ...options,
  });
  return { ingest, reader: new VaultReader(catalog, objects, new AuditLog(documents, StoreInspector.table('audit'))), kms, s3, documents };
}

const DOCUMENT_COMMANDS = [GetCommand, PutCommand, DocumentQueryCommand, DeleteCommand, BatchGetCommand, BatchWriteCommand, BatchWriteItemCommand] as unknown as (new (input: never) => object)[];

function realDocuments(): DynamoDBDocumentClient {
  const client = new DynamoDBClient({ region: stack.info.services.region, endpoint: stack.info.services.dynamodb, credentials: CREDENTIALS });
  clients.push(client);
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** What a request may leave behind: objects, catalog and audit items (branch keys are enrolment, not data). */
async function dataSnapshot() {
  const { branchKeys: _keys, ...data } = await store.snapshot();
  return data;
}

function mock<T extends object>(client: T): Stub {
  const stub = mockClient(client as never);
  mocks.push(stub);
  return stub;
}

function awsError(name: string, status: number): Error {
  return Object.assign(new Error(`${name} (injected)`), { name, $metadata: { httpStatusCode: status }, $fault: status >= 500 ? 'server' : 'client' });
}

/** Three Synthea patients in one transaction (their urn:uuids do not collide), different people for every offset. */
function threePatientTransaction(offset: number): string {
  const all = [0, 1, 2].flatMap((index) => (JSON.parse(syntheaPatientText(offset + index)) as Bundle).entry!);
  // Patients share their hospital's Organization and Practitioner entries: each fullUrl once.
  const seen = new Set<string>();
  const entries = all.filter((entry) => !seen.has(entry.fullUrl!) && seen.add(entry.fullUrl!));
  return JSON.stringify({ resourceType: 'Bundle', type: 'transaction', entry: entries } satisfies Bundle);
}

const input = (text: string): IngestInput => ({ clientId: 'fault-test', providerId: PROVIDER, endpoint: 'system', text });

beforeAll(async () => {
  stack = await StackProcess.start();
  store = new StoreInspector(stack.info);
  const kms = new KMSClient({ region: stack.info.services.region, endpoint: stack.info.services.kms, credentials: CREDENTIALS });
  vaultKeyArn = (await kms.send(new DescribeKeyCommand({ KeyId: EXCHANGE_KEY_ALIAS }))).KeyMetadata!.Arn!;
  kms.destroy();
});

afterEach(() => {
  for (const stub of mocks.splice(0)) stub.restore();
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  store?.destroy();
  await stack?.dispose();
});

describe('fault injection into ingest', () => {
  test('KMS throttling: 503, nothing stored; the retry succeeds', async () => {
    const h = await harness();
    const kms = mock(h.kms);
    kms.onAnyCommand().rejects(awsError('ThrottlingException', 400));
    const text = threePatientTransaction(0);
    const before = await dataSnapshot();
    const failure = await h.ingest.ingest(input(text)).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(OperationOutcomeError);
    expect((failure as OperationOutcomeError).status).toBe(503);
    expect((failure as OperationOutcomeError).headers['Retry-After']).toBe('1');
    expect(await dataSnapshot()).toEqual(before);

    kms.restore();
    const retried = await h.ingest.ingest(input(text));
    expect(retried.status).toBe(200);
    expect(retried.replayed).toBe(false);
    expect((retried.body as Bundle).entry!.every((entry) => entry.response!.status === '201 Created')).toBe(true);
  });

  test('S3 failing mid-bundle: what was uploaded is deleted, nothing is committed; the retry succeeds', async () => {
    const h = await harness();
    const s3 = mock(h.s3);
    const real = new S3Client({ region: stack.info.services.region, endpoint: stack.info.services.s3, forcePathStyle: true, credentials: CREDENTIALS });
    clients.push(real);
    passThrough(s3, real, [PutObjectCommand, GetObjectCommand, DeleteObjectCommand]);
    let puts = 0;
    s3.on(PutObjectCommand).callsFake((commandInput: unknown) => {
      puts++;
      if (puts === 3) throw awsError('ServiceUnavailable', 503);
      return real.send(new PutObjectCommand(commandInput as never));
    });
    const text = threePatientTransaction(3);
    const before = await dataSnapshot();
    const failure = await h.ingest.ingest(input(text)).then(() => undefined, (error: unknown) => error);
    expect((failure as OperationOutcomeError).status).toBe(503);
    expect(puts).toBeGreaterThanOrEqual(3);
    expect(await dataSnapshot()).toEqual(before);

    s3.restore();
    const retried = await h.ingest.ingest(input(text));
    expect(retried.status).toBe(200);
    expect(retried.objects).toBeGreaterThanOrEqual(4); // three patients and the provider's partition
  });

  test('a crash between commit and indexing: nothing visible; the retry of the request completes it', async () => {
    const h = await harness();
    const dynamo = mock(h.documents);
    const real = realDocuments();
    passThrough(dynamo, real, DOCUMENT_COMMANDS);
    // The index step's first batch write is where the process "dies".
    dynamo.on(BatchWriteItemCommand).rejects(awsError('ProcessCrashed', 400));
    const text = threePatientTransaction(9);
    await expect(h.ingest.ingest(input(text))).rejects.toThrow();
    dynamo.restore();
    const snapshot = await dataSnapshot();
    const intents = snapshot.catalog.filter((key) => key.startsWith('intent#'));
    expect(intents).toHaveLength(1);
    const pending = await store.items('catalog');
    const commitId = pending.find((item) => String(item['pk']).startsWith('intent#'))!['commitId'] as string;
    expect(snapshot.catalog).toContain(`commit#${commitId} commit`);
    // Committed but not indexed: none of its resources has a current item, so none is readable.
    const record = pending.find((item) => item['pk'] === `commit#${commitId}`)!;
    const manifest = JSON.parse(Buffer.from(await store.object('vault', record['manifestKey'] as string)).toString('utf8')) as { resources: { type: string; id: string }[] };
    expect(manifest.resources.length).toBeGreaterThan(100);
    const resourceKeys = new Set(manifest.resources.map((resource) => `r#${PROVIDER}#${resource.type}#${resource.id} current`));
    expect(snapshot.catalog.filter((key) => resourceKeys.has(key))).toEqual([]);
    await expect(h.reader.read(ownRecords(), manifest.resources[0]!.type, manifest.resources[0]!.id)).rejects.toMatchObject({ status: 404 });

    const retried = await h.ingest.ingest(input(text));
    expect(retried.replayed).toBe(true);
    expect(retried.status).toBe(200);
    for (const entry of (retried.body as Bundle).entry!) {
      const [type, id] = entry.response!.location!.split('/') as [string, string];
      const read = await h.reader.read(ownRecords(), type, id);
      expect(read.resource.id).toBe(id);
    }
    expect((await dataSnapshot()).catalog.some((key) => key.startsWith('intent#'))).toBe(false);
  });

  test('the repair pass alone completes a commit whose indexing crashed', async () => {
    const h = await harness();
    const dynamo = mock(h.documents);
    const real = realDocuments();
    passThrough(dynamo, real, DOCUMENT_COMMANDS);
    dynamo.on(BatchWriteItemCommand).rejects(awsError('ProcessCrashed', 400));
    const text = threePatientTransaction(12);
    await expect(h.ingest.ingest(input(text))).rejects.toThrow();
    dynamo.restore();
    const catalog = await store.items('catalog');
    const intent = catalog.find((item) => String(item['pk']).startsWith('intent#'))!;
    const record = catalog.find((item) => item['pk'] === `commit#${String(intent['commitId'])}`)!;
    expect(record).toBeDefined();
    // Before the repair: nothing of the commit is readable.
    const manifest = JSON.parse(Buffer.from(await store.object('vault', record['manifestKey'] as string)).toString('utf8')) as { resources: { type: string; id: string }[] };
    const sample = manifest.resources[5]!;
    await expect(h.reader.read(ownRecords(), sample.type, sample.id)).rejects.toMatchObject({ status: 404 });
    // A pass with a horizon younger than the intent leaves it alone; one past it completes it.
    expect(await h.ingest.repair(3600)).toEqual({ indexed: 0, abandoned: 0 });
    expect(await h.ingest.repair(0)).toEqual({ indexed: 1, abandoned: 0 });
    for (const resource of manifest.resources) {
      const read = await h.reader.read(ownRecords(), resource.type, resource.id);
      expect(read.resource.id).toBe(resource.id);
    }
  });

  test('an abandoned attempt (intent, objects, no commit) is cleaned up by the repair pass', async () => {
    const h = await harness();
    const s3 = mock(h.s3);
    const real = new S3Client({ region: stack.info.services.region, endpoint: stack.info.services.s3, forcePathStyle: true, credentials: CREDENTIALS });
    clients.push(real);
    passThrough(s3, real, [PutObjectCommand, GetObjectCommand]);
    // The process "dies" before it can delete anything: deletes fail, so the attempt's objects and intent stay.
    s3.on(DeleteObjectCommand).rejects(awsError('ProcessCrashed', 400));
    let puts = 0;
    s3.on(PutObjectCommand).callsFake((commandInput: unknown) => {
      if (++puts === 2) throw awsError('ServiceUnavailable', 503);
      return real.send(new PutObjectCommand(commandInput as never));
    });
    const before = await dataSnapshot();
    await expect(h.ingest.ingest(input(threePatientTransaction(15)))).rejects.toThrow();
    s3.restore();
    const after = await dataSnapshot();
    expect(after.objects.length).toBeGreaterThan(before.objects.length);
    expect(after.catalog.filter((key) => key.startsWith('intent#')).length).toBe(1);
    expect(await h.ingest.repair(0)).toEqual({ indexed: 0, abandoned: 1 });
    const cleaned = await dataSnapshot();
    expect(cleaned.objects).toEqual(before.objects);
    expect(cleaned.catalog).toEqual(before.catalog);
  });

  test('a concurrent duplicate loses the conditional commit: its objects go, it answers the winner\'s response', async () => {
    const h = await harness();
    const text = threePatientTransaction(18);
    const winner = await h.ingest.ingest(input(text));
    const afterWinner = await dataSnapshot();
    // The duplicate looked before the winner committed: its first commit lookup finds nothing.
    const dynamo = mock(h.documents);
    const real = realDocuments();
    passThrough(dynamo, real, DOCUMENT_COMMANDS);
    let lookups = 0;
    dynamo.on(GetCommand).callsFake((commandInput: { Key?: { pk?: string } }) => {
      if (commandInput.Key?.pk?.startsWith('commit#') && lookups++ === 0) return {};
      return real.send(new GetCommand(commandInput as never));
    });
    const duplicate = await h.ingest.ingest(input(text));
    expect(duplicate.replayed).toBe(true);
    expect(duplicate.body).toEqual(winner.body);
    expect(await dataSnapshot()).toEqual(afterWinner);
  });

  test('the anchoring queue is told once a commit is indexed; a failed notification fails nothing', async () => {
    const told: { commitId: string; objects: number; leaves: number }[] = [];
    const h = await harness({ notifyAnchoring: async (commit) => void told.push(commit) });
    const result = await h.ingest.ingest(input(threePatientTransaction(1)));
    expect(told).toHaveLength(1);
    expect(told[0]!.objects).toBe(result.objects);
    expect(told[0]!.leaves).toBe(result.resources);
    expect(told[0]!.commitId).toMatch(/^[0-9a-f]{64}$/);

    const failing = await harness({ notifyAnchoring: async () => { throw awsError('ThrottlingException', 400); } });
    const answered = await failing.ingest.ingest(input(threePatientTransaction(4)));
    expect(answered.status).toBe(200);
    expect((await dataSnapshot()).catalog.some((key) => key.startsWith('intent#'))).toBe(false);
  });
});
