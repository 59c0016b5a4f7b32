import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Stack } from 'aws-cdk-lib';
import type { CfnResource } from 'aws-cdk-lib';
import { DeleteItemCommand, DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { DecryptCommand, GenerateDataKeyCommand, GenerateDataKeyWithoutPlaintextCommand, GenerateMacCommand, GetPublicKeyCommand, KMSClient, ReEncryptCommand, SignCommand } from '@aws-sdk/client-kms';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DeleteMessageBatchCommand, DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { BatchGetCommand, BatchWriteCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand as DocumentQueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { Bundle } from 'fhir/r4.d.ts';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { handler as anchorWorkerHandler } from '../../functions/anchor-worker/handler.ts';
import { decide, requirePermit } from '../../functions/access/decide.ts';
import type { Action, Target } from '../../functions/access/decide.ts';
import type { ExchangeAdmin, ProviderSystem } from '../../functions/access/principal.ts';
import { parseScopeList } from '../../functions/access/smart-scopes.ts';
import { loadWrappedSecret } from '../../functions/access/wrapped-secret.ts';
import type { AnchorRecord, AnchorRegistry } from '../../functions/ledger/anchor-registry.ts';
import { verifyProof } from '../../functions/ledger/merkle-tree.ts';
import { onChainProviderId } from '../../functions/ledger/provider-registry.ts';
import type { RecordLocator } from '../../functions/ledger/record-locator.ts';
import { Anchoring, anchorKeys } from '../../functions/vault/anchoring/anchoring.ts';
import { anchoringQueue } from '../../functions/vault/anchoring/anchoring-queue.ts';
import type { AnchoringNudge } from '../../functions/vault/anchoring/anchoring-queue.ts';
import { AuditLog } from '../../functions/vault/storage/audit-log.ts';
import { Catalog } from '../../functions/vault/storage/catalog.ts';
import { IDENTIFIER_TOKEN_SECRET, IdentifierTokens } from '../../functions/vault/storage/identifier-tokens.ts';
import { PatientErasedError, PatientKeyring, TOMBSTONE_TYPE } from '../../functions/vault/storage/patient-keys.ts';
import { PseudonymService } from '../../functions/vault/storage/patient-pseudonym.ts';
import { registerPendingHoldings } from '../../functions/vault/ingest/pending-holdings.ts';
import { SealedObjects } from '../../functions/vault/storage/sealed-object.ts';
import { VaultErasure } from '../../functions/vault/erase/vault-erasure.ts';
import { VaultIngest } from '../../functions/vault/ingest/vault-ingest.ts';
import { CommitIndex } from '../../functions/vault/ingest/commit-index.ts';
import { VaultObjects } from '../../functions/vault/storage/vault-objects.ts';
import { VaultReader } from '../../functions/vault/read/vault-reader.ts';
import { VaultVerification } from '../../functions/vault/read/vault-verification.ts';
import { runVaultWorker } from '../../functions/vault-worker/handler.ts';
import { ANCHOR_WORKER, SIGNING_KEY_SECRET } from '../../infra/cdk/api-stack.ts';
import { buildApp } from '../../infra/cdk/app.ts';
import type { ExchangeApp } from '../../infra/cdk/app.ts';
import { TABLES } from '../../schemas/storage.ts';

/**
 * The vault's grants, run: the vault's own code (functions/vault) drives in-memory stand-ins of
 * DynamoDB, S3, KMS and SQS that answer each call only if the synthesized policy of the function
 * making it allows it, evaluated the way IAM does for the conditions the policies use (the
 * encryption context, kms:ViaService, kms:ReEncryptOnSameKey, dynamodb:LeadingKeys and
 * dynamodb:EnclosingOperation), including the KMS calls DynamoDB, S3 and SQS make with the
 * caller's credentials on tables, buckets and queues encrypted with the root key. Each function's
 * flows must run without a refusal (its grants are enough), must use every grant it has besides
 * token verification (none is more than its code needs), and what it must not do is refused.
 *
 * The worker and the anchoring function run their real handlers (functions/vault-worker,
 * functions/anchor-worker), with storage-services.ts and anchoring-services.ts (and the record locator) answering with the
 * function's vault on the stand-ins, configured as the function's synthesized environment says
 * (the anchoring queue only where ANCHOR_QUEUE_URL is set); the anchoring function gets its
 * events from a stand-in of Lambda's SQS poller that receives and deletes with its role.
 */

type Json = Record<string, any>;
type FunctionUnderTest = 'fhir-ingest' | 'fhir-read' | 'fhir-erase' | 'admin-erasures' | 'vault-worker' | 'anchor-worker';

/** What the vault services (and record-locator.ts) give the handlers under test, set before each call (handlerServices). */
interface HandlerServices {
  vaultCommitIndex(): CommitIndex;
  vaultCatalog(): Catalog;
  vaultAnchoring(): { anchoring: Anchoring; maxLeaves: number; maxWaitSeconds: number; queue?: (nudge: AnchoringNudge) => Promise<void> };
  repairAfterSeconds(): number;
  recordLocator(): RecordLocator;
}
const services = vi.hoisted(() => {
  const state: { current: HandlerServices | undefined; get(): HandlerServices } = {
    current: undefined,
    get() {
      if (!state.current) throw new Error('No handler services set (handlerServices)');
      return state.current;
    },
  };
  return state;
});
vi.mock('../../functions/vault/storage/storage-services.ts', () => ({
  vaultCatalog: () => services.get().vaultCatalog(),
  repairAfterSeconds: () => services.get().repairAfterSeconds(),
}));
vi.mock('../../functions/vault/anchoring/anchoring-services.ts', () => ({
  vaultCommitIndex: () => services.get().vaultCommitIndex(),
  vaultAnchoring: () => services.get().vaultAnchoring(),
}));
vi.mock('../../functions/ledger/record-locator.ts', () => ({ recordLocator: () => services.get().recordLocator() }));

const CDK_CONTEXT = (JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> }).context;
const REGION = 'us-east-1';
const ACCOUNT = '111122223333';
const PROVIDER = 'provider-a';
/** The provider's client, as its access token makes it. */
const PROVIDER_CLIENT: ProviderSystem = { kind: 'provider', clientId: 'client-a', providerId: PROVIDER, scopes: parseScopeList('system/*.cruds').scopes, tokenId: 't', purposeOfUse: 'TREAT' };
/** What the provider's client may do, as the access decision answers (functions/access/decide.ts). */
const decided = (action: Action, target: Target, requestId: string) => ({ permit: requirePermit(decide(PROVIDER_CLIENT, action, target)), requestId });

const tableName = (name: keyof typeof TABLES) => `fhir-exchange-test-${TABLES[name].name}`;
const tableArn = (name: keyof typeof TABLES) => `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${tableName(name)}`;
const VAULT_BUCKET = 'fhir-exchange-test-vault-bucket';
const VAULT_BUCKET_ARN = `arn:aws:s3:::${VAULT_BUCKET}`;
const ANCHORING_QUEUE_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT}:fhir-exchange-test-anchoring`;
const ANCHORING_QUEUE_URL = `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/fhir-exchange-test-anchoring`;
const ANCHORING_DLQ_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT}:fhir-exchange-test-anchoring-dlq`;
const ANCHORING_DLQ_URL = `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/fhir-exchange-test-anchoring-dlq`;
const KEYS = {
  exchange: `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000001`,
  pseudonym: `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000002`,
  operator: `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000003`,
  admin: `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000004`,
};

// ---------------------------------------------------------------------------------------------
// The policies, rendered with concrete names

interface Statement {
  actions: string[];
  resources: string[];
  conditions: Record<string, Record<string, unknown>>;
}

const policies = new Map<FunctionUnderTest, Statement[]>();
/** Each function's synthesized environment, rendered. */
const environments = new Map<FunctionUnderTest, Record<string, string>>();
let built: ExchangeApp;
const outdirs: string[] = [];

function logicalId(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnResource);
}

/** A template value as the concrete string it stands for (the stateful stack's resources named as above). */
function renderer(statefulTemplate: Json): (value: unknown) => unknown {
  const refs = new Map<string, string>();
  const arns = new Map<string, string>();
  for (const name of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
    refs.set(logicalId(built.stateful.tables[name]), tableName(name));
    arns.set(logicalId(built.stateful.tables[name]), tableArn(name));
  }
  refs.set(logicalId(built.stateful.buckets.vault), VAULT_BUCKET);
  arns.set(logicalId(built.stateful.buckets.vault), VAULT_BUCKET_ARN);
  // A queue's Ref is its URL.
  refs.set(logicalId(built.stateful.anchoringQueue), ANCHORING_QUEUE_URL);
  arns.set(logicalId(built.stateful.anchoringQueue), ANCHORING_QUEUE_ARN);
  refs.set(logicalId(built.stateful.anchoringDeadLetterQueue), ANCHORING_DLQ_URL);
  arns.set(logicalId(built.stateful.anchoringDeadLetterQueue), ANCHORING_DLQ_ARN);
  arns.set(logicalId(built.stateful.key), KEYS.exchange);
  arns.set(logicalId(built.stateful.pseudonymKey), KEYS.pseudonym);
  arns.set(logicalId(built.stateful.operatorSignerKey), KEYS.operator);
  arns.set(logicalId(built.stateful.adminSignerKey), KEYS.admin);
  const pseudo: Record<string, string> = { 'AWS::Region': REGION, 'AWS::URLSuffix': 'amazonaws.com', 'AWS::Partition': 'aws', 'AWS::AccountId': ACCOUNT };
  const render = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(render);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value as Json);
    const [first] = entries;
    if (entries.length === 1 && first) {
      const [fn, argument] = first;
      if (fn === 'Ref') return pseudo[argument] ?? refs.get(argument) ?? `<unrendered Ref ${argument}>`;
      if (fn === 'Fn::GetAtt') return (argument[1] === 'Arn' && arns.get(argument[0])) || `<unrendered ${argument.join('.')}>`;
      if (fn === 'Fn::Join') return (argument[1] as unknown[]).map(render).join(argument[0]);
      if (fn === 'Fn::GetStackOutput') return render(statefulTemplate['Outputs'][argument.OutputName].Value);
    }
    return Object.fromEntries(entries.map(([key, inner]) => [key, render(inner)]));
  };
  return render;
}

beforeAll(() => {
  // anchoring-queue.ts makes its SQS client in the region of the aws section.
  vi.stubEnv('AWS_REGION', REGION);
  const outdir = mkdtempSync(join(tmpdir(), 'fhir-exchange-cdk-'));
  outdirs.push(outdir);
  built = buildApp({ outdir, context: { ...CDK_CONTEXT, stage: 'test', 'aws:cdk:bundling-stacks': [] } });
  const assembly = built.app.synth();
  const template = JSON.parse(readFileSync(join(assembly.directory, `${built.api.stackName}.template.json`), 'utf8')) as Json;
  const statefulTemplate = JSON.parse(readFileSync(join(assembly.directory, `${built.stateful.stackName}.template.json`), 'utf8')) as Json;
  const render = renderer(statefulTemplate);
  const functions = {
    'fhir-ingest': built.api.functions['fhir-ingest'],
    'fhir-read': built.api.functions['fhir-read'],
    'fhir-erase': built.api.functions['fhir-erase'],
    'admin-erasures': built.api.functions['admin-erasures'],
    'vault-worker': built.api.vaultWorker,
    'anchor-worker': built.api.anchorWorker,
  };
  for (const [name, fn] of Object.entries(functions) as [FunctionUnderTest, (typeof functions)[FunctionUnderTest]][]) {
    environments.set(name, render(template['Resources'][logicalId(fn.function)].Properties.Environment.Variables) as Record<string, string>);
    const document = render(template['Resources'][logicalId(fn.policy)].Properties.PolicyDocument) as Json;
    policies.set(
      name,
      (document['Statement'] as Json[]).map((statement) => {
        expect(statement['Effect']).toBe('Allow');
        return { actions: ([] as string[]).concat(statement['Action']), resources: ([] as string[]).concat(statement['Resource']), conditions: statement['Condition'] ?? {} };
      }),
    );
  }
});

afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

// ---------------------------------------------------------------------------------------------
// Evaluation

/** One IAM authorization: an action on a resource, with the request's condition keys. */
interface Request {
  action: string;
  resource: string;
  context: Record<string, string | string[] | boolean>;
}

const glob = (pattern: string, value: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i').test(value);

function conditionsHold(conditions: Statement['conditions'], context: Request['context']): boolean {
  for (const [operator, entries] of Object.entries(conditions)) {
    for (const [key, expected] of Object.entries(entries)) {
      const allowed = ([] as unknown[]).concat(expected).map(String);
      const actual = context[key];
      switch (operator) {
        case 'StringEquals':
          if (typeof actual !== 'string' || !allowed.includes(actual)) return false;
          break;
        case 'Bool':
          if (actual === undefined || !allowed.includes(String(actual))) return false;
          break;
        case 'ForAllValues:StringEquals':
          // True for a key the request does not have (IAM's set operators).
          if (actual !== undefined && !([] as unknown[]).concat(actual).every((value) => allowed.includes(String(value)))) return false;
          break;
        case 'ForAnyValue:StringEquals':
          if (actual === undefined || !([] as unknown[]).concat(actual).some((value) => allowed.includes(String(value)))) return false;
          break;
        default:
          throw new Error(`The evaluation does not know the condition operator ${operator}`);
      }
    }
  }
  return true;
}

/** The (statement, action, resource) grants that allow `request`. */
function matchingGrants(statements: Statement[], request: Request): string[] {
  const grants: string[] = [];
  statements.forEach((statement, index) => {
    if (!conditionsHold(statement.conditions, request.context)) return;
    for (const action of statement.actions) {
      if (!glob(action, request.action)) continue;
      for (const resource of statement.resources) if (glob(resource, request.resource)) grants.push(`${index} ${action} on ${resource}`);
    }
  });
  return grants;
}

class AccessDenied extends Error {
  override name = 'AccessDeniedException';
  readonly $metadata = { httpStatusCode: 400 };
  readonly request: Request;
  constructor(request: Request) {
    super(`${request.action} on ${request.resource} refused`);
    this.request = request;
  }
}

// ---------------------------------------------------------------------------------------------
// The stand-ins: one shared world of data, clients acting as one function

type Item = Record<string, unknown>;
const KEY_ATTRIBUTES: Record<string, [string, string | undefined]> = Object.fromEntries(
  (Object.keys(TABLES) as (keyof typeof TABLES)[]).map((name) => [tableName(name), [TABLES[name].partitionKey, (TABLES[name] as { sortKey?: string }).sortKey]]),
);
const TABLE_BY_NAME = new Map((Object.keys(TABLES) as (keyof typeof TABLES)[]).map((name) => [tableName(name), name]));

class World {
  readonly tables = new Map<string, Map<string, Item>>();
  readonly objects = new Map<string, Uint8Array>();
  readonly ciphertexts = new Map<string, { key: string; plaintext: Uint8Array; context: Record<string, string> }>();
  readonly macKeys = new Map<string, Buffer>();
  /** The anchoring queue's messages, in order; `receipt` is set while a message is in flight (received, not deleted, visibility timeout running). */
  readonly queue: { messageId: string; body: string; sender: FunctionUnderTest; sentAt: number; receives: number; receipt?: string }[] = [];
  /** Every authorization asked, by function, with the grants that allowed it (none: refused). */
  readonly log: { fn: FunctionUnderTest; request: Request; grants: string[] }[] = [];
  /** Calls to fail once, before authorization, as a transient AWS error would. */
  readonly faults: ((request: Request, input: Json) => boolean)[] = [];
  /** Called after each successful TransactWriteItems (to interleave another function's work). */
  afterTransaction?: () => void;

  table(name: string): Map<string, Item> {
    let table = this.tables.get(name);
    if (!table) this.tables.set(name, (table = new Map()));
    return table;
  }

  authorize(fn: FunctionUnderTest, request: Request, input: Json = {}): void {
    const fault = this.faults.findIndex((matches) => matches(request, input));
    if (fault >= 0) {
      this.faults.splice(fault, 1);
      throw Object.assign(new Error(`${request.action} failed (injected)`), { name: 'InternalServerError', $metadata: { httpStatusCode: 500 }, $fault: 'server' });
    }
    const grants = matchingGrants(policies.get(fn)!, request);
    this.log.push({ fn, request, grants });
    if (grants.length === 0) throw new AccessDenied(request);
  }

  /** Where the log is now, to ask later what was refused since. */
  mark(): number {
    return this.log.length;
  }

  /** What `fn` was refused (since `mark`), each distinct refusal once. */
  refused(fn: FunctionUnderTest, since = 0): string[] {
    return [...new Set(this.log.slice(since).filter((entry) => entry.fn === fn && entry.grants.length === 0).map((entry) => `${entry.request.action} on ${entry.request.resource}`))];
  }

  as(fn: FunctionUnderTest) {
    return { kms: fakeKms(this, fn), dynamo: fakeDynamo(this, fn), documents: fakeDocuments(this, fn), s3: fakeS3(this, fn), sqs: fakeSqs(this, fn) };
  }

  /** The visibility timeout of every message in flight ends: they can be received again. */
  endVisibilityTimeouts(): void {
    for (const message of this.queue) delete message.receipt;
  }

  /** The anchoring queue's messages, parsed, with who sent them. */
  nudges(): (AnchoringNudge & { sender: FunctionUnderTest })[] {
    return this.queue.map((message) => ({ ...(JSON.parse(message.body) as AnchoringNudge), sender: message.sender }));
  }
}

const ecKeys = (context: Record<string, string> | undefined) => Object.fromEntries(Object.entries(context ?? {}).map(([key, value]) => [`kms:EncryptionContext:${key}`, value]));
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function fakeKms(world: World, fn: FunctionUnderTest): KMSClient {
  const client = new KMSClient({ region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const wrap = (key: string, plaintext: Uint8Array, context: Record<string, string>) => {
    const ciphertext = randomBytes(48);
    world.ciphertexts.set(hex(ciphertext), { key, plaintext, context });
    return ciphertext;
  };
  const unwrap = (ciphertext: Uint8Array, context: Record<string, string> | undefined) => {
    const stored = world.ciphertexts.get(hex(ciphertext));
    if (!stored || !isDeepStrictEqual(stored.context, context ?? {})) throw Object.assign(new Error('InvalidCiphertextException'), { name: 'InvalidCiphertextException' });
    return stored;
  };
  (client as unknown as { send: (command: unknown) => Promise<unknown> }).send = async (command: unknown) => {
    if (command instanceof GenerateDataKeyWithoutPlaintextCommand || command instanceof GenerateDataKeyCommand) {
      const input = command.input;
      const action = command instanceof GenerateDataKeyCommand ? 'kms:GenerateDataKey' : 'kms:GenerateDataKeyWithoutPlaintext';
      world.authorize(fn, { action, resource: input.KeyId!, context: ecKeys(input.EncryptionContext) });
      const plaintext = randomBytes(32);
      const ciphertext = wrap(input.KeyId!, plaintext, input.EncryptionContext ?? {});
      return { CiphertextBlob: ciphertext, KeyId: input.KeyId, ...(command instanceof GenerateDataKeyCommand ? { Plaintext: plaintext } : {}) };
    }
    if (command instanceof ReEncryptCommand) {
      const input = command.input;
      const sameKey = input.SourceKeyId === input.DestinationKeyId;
      const stored = unwrap(input.CiphertextBlob!, input.SourceEncryptionContext);
      world.authorize(fn, { action: 'kms:ReEncryptFrom', resource: stored.key, context: { ...ecKeys(input.SourceEncryptionContext), 'kms:ReEncryptOnSameKey': sameKey } });
      world.authorize(fn, { action: 'kms:ReEncryptTo', resource: input.DestinationKeyId!, context: { ...ecKeys(input.DestinationEncryptionContext), 'kms:ReEncryptOnSameKey': sameKey } });
      return { CiphertextBlob: wrap(input.DestinationKeyId!, stored.plaintext, input.DestinationEncryptionContext ?? {}), KeyId: input.DestinationKeyId };
    }
    if (command instanceof DecryptCommand) {
      const input = command.input;
      const stored = unwrap(input.CiphertextBlob!, input.EncryptionContext);
      if (input.KeyId !== undefined && input.KeyId !== stored.key) throw Object.assign(new Error('IncorrectKeyException'), { name: 'IncorrectKeyException' });
      world.authorize(fn, { action: 'kms:Decrypt', resource: stored.key, context: ecKeys(input.EncryptionContext) });
      return { Plaintext: stored.plaintext, KeyId: stored.key };
    }
    if (command instanceof SignCommand || command instanceof GetPublicKeyCommand) {
      // A chain signer key (the chain itself is stubbed in these flows; what is checked is who may sign).
      world.authorize(fn, { action: command instanceof SignCommand ? 'kms:Sign' : 'kms:GetPublicKey', resource: command.input.KeyId!, context: {} });
      return command instanceof SignCommand ? { Signature: randomBytes(72), KeyId: command.input.KeyId, SigningAlgorithm: 'ECDSA_SHA_256' } : { PublicKey: randomBytes(88), KeyId: command.input.KeyId };
    }
    if (command instanceof GenerateMacCommand) {
      const input = command.input;
      world.authorize(fn, { action: 'kms:GenerateMac', resource: input.KeyId!, context: {} });
      if (!world.macKeys.has(input.KeyId!)) world.macKeys.set(input.KeyId!, randomBytes(32));
      return { Mac: createHmac('sha256', world.macKeys.get(input.KeyId!)!).update(input.Message!).digest(), KeyId: input.KeyId };
    }
    throw new Error(`The KMS stand-in does not know ${(command as object).constructor.name}`);
  };
  return client;
}

/** DynamoDB decrypts a table's key with the caller's credentials: kms:Decrypt on the root key, through DynamoDB, for that table. */
function throughDynamoDb(world: World, fn: FunctionUnderTest, table: string): void {
  world.authorize(fn, {
    action: 'kms:Decrypt',
    resource: KEYS.exchange,
    context: { 'kms:ViaService': `dynamodb.${REGION}.amazonaws.com`, 'kms:EncryptionContext:aws:dynamodb:tableName': table },
  });
}

function dynamoRequest(world: World, fn: FunctionUnderTest, action: string, table: string, leadingKeys: string[], extra: Request['context'] = {}, input: Json = {}): void {
  if (!TABLE_BY_NAME.has(table)) throw new Error(`No table ${table}`);
  world.authorize(fn, { action: `dynamodb:${action}`, resource: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${table}`, context: { 'dynamodb:LeadingKeys': leadingKeys, ...extra } }, input);
  throughDynamoDb(world, fn, table);
}

const conditionFailed = () => Object.assign(new Error('The conditional request failed'), { name: 'ConditionalCheckFailedException', $metadata: { httpStatusCode: 400 } });

/** The low-level client the branch key store and the keyring use (attribute values). */
function fakeDynamo(world: World, fn: FunctionUnderTest): DynamoDBClient {
  const client = new DynamoDBClient({ region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const id = (table: string, key: Record<string, AttributeValue>) => {
    const [pk, sk] = KEY_ATTRIBUTES[table]!;
    return `${key[pk]!.S} ${sk ? key[sk]!.S : ''}`;
  };
  const pkOf = (table: string, key: Record<string, AttributeValue>) => key[KEY_ATTRIBUTES[table]![0]]!.S!;
  (client as unknown as { send: (command: unknown) => Promise<unknown> }).send = async (command: unknown) => {
    if (command instanceof GetItemCommand) {
      const { TableName, Key } = command.input;
      dynamoRequest(world, fn, 'GetItem', TableName!, [pkOf(TableName!, Key!)]);
      const item = world.table(TableName!).get(id(TableName!, Key!));
      return { Item: item ? structuredClone(item) : undefined };
    }
    if (command instanceof QueryCommand) {
      const { TableName, KeyConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues } = command.input;
      expect(KeyConditionExpression).toBe('#pk = :pk');
      const pkName = ExpressionAttributeNames!['#pk']!;
      const pk = ExpressionAttributeValues![':pk']!.S!;
      dynamoRequest(world, fn, 'Query', TableName!, [pk]);
      return { Items: [...world.table(TableName!).values()].filter((item) => (item[pkName] as AttributeValue).S === pk).map((item) => structuredClone(item)) };
    }
    if (command instanceof PutItemCommand) {
      const { TableName, Item: item, ConditionExpression } = command.input;
      dynamoRequest(world, fn, 'PutItem', TableName!, [pkOf(TableName!, item!)]);
      if (ConditionExpression !== undefined) expect(ConditionExpression).toBe('attribute_not_exists(#pk)');
      if (ConditionExpression && world.table(TableName!).has(id(TableName!, item!))) throw conditionFailed();
      world.table(TableName!).set(id(TableName!, item!), structuredClone(item!));
      return {};
    }
    if (command instanceof DeleteItemCommand) {
      const { TableName, Key } = command.input;
      dynamoRequest(world, fn, 'DeleteItem', TableName!, [pkOf(TableName!, Key!)]);
      world.table(TableName!).delete(id(TableName!, Key!));
      return {};
    }
    if (command instanceof TransactWriteItemsCommand) {
      const puts = command.input.TransactItems!.map((entry) => {
        expect(Object.keys(entry)).toEqual(['Put']);
        return entry.Put!;
      });
      // Every part is authorized before any is written; a refusal fails the whole transaction.
      for (const put of puts) dynamoRequest(world, fn, 'PutItem', put.TableName!, [pkOf(put.TableName!, put.Item!)], { 'dynamodb:EnclosingOperation': 'TransactWriteItems' });
      if (puts.some((put) => world.table(put.TableName!).has(id(put.TableName!, put.Item!)))) {
        throw Object.assign(new Error('Transaction cancelled'), { name: 'TransactionCanceledException', $metadata: { httpStatusCode: 400 } });
      }
      for (const put of puts) world.table(put.TableName!).set(id(put.TableName!, put.Item!), structuredClone(put.Item!));
      world.afterTransaction?.();
      return {};
    }
    throw new Error(`The DynamoDB stand-in does not know ${(command as object).constructor.name}`);
  };
  return client;
}

/** The document client the catalog, the audit log and wrapped secrets use (plain items). */
function fakeDocuments(world: World, fn: FunctionUnderTest): DynamoDBDocumentClient {
  const keyOf = (table: string, item: Item) => {
    const [pk, sk] = KEY_ATTRIBUTES[table]!;
    return { id: `${String(item[pk])} ${sk ? String(item[sk]) : ''}`, pk: String(item[pk]) };
  };
  /** The condition expressions the vault writes with. */
  const condition = (expression: string | undefined, existing: Item | undefined, values: Record<string, unknown> = {}): boolean => {
    switch (expression) {
      case undefined:
        return true;
      case 'attribute_not_exists(pk)':
      case 'attribute_not_exists(#name)':
        return existing === undefined;
      case 'attribute_not_exists(pk) OR versionId < :v OR (versionId = :v AND commitId = :c)':
        return existing === undefined || (existing['versionId'] as number) < (values[':v'] as number) || (existing['versionId'] === values[':v'] && existing['commitId'] === values[':c']);
      case 'attribute_not_exists(pk) OR commitId = :c':
        return existing === undefined || existing['commitId'] === values[':c'];
      default:
        throw new Error(`The document stand-in does not know the condition ${expression}`);
    }
  };
  const send = async (command: unknown): Promise<unknown> => {
    if (command instanceof GetCommand) {
      const { TableName, Key } = command.input;
      const { id, pk } = keyOf(TableName!, Key!);
      dynamoRequest(world, fn, 'GetItem', TableName!, [pk], {}, command.input);
      const item = world.table(TableName!).get(id);
      return { Item: item ? structuredClone(item) : undefined };
    }
    if (command instanceof PutCommand) {
      const { TableName, Item: item, ConditionExpression, ExpressionAttributeValues } = command.input;
      const { id, pk } = keyOf(TableName!, item!);
      dynamoRequest(world, fn, 'PutItem', TableName!, [pk], {}, command.input);
      if (!condition(ConditionExpression, world.table(TableName!).get(id), ExpressionAttributeValues)) throw conditionFailed();
      world.table(TableName!).set(id, structuredClone(item!));
      return {};
    }
    if (command instanceof DeleteCommand) {
      const { TableName, Key } = command.input;
      const { id, pk } = keyOf(TableName!, Key!);
      dynamoRequest(world, fn, 'DeleteItem', TableName!, [pk], {}, command.input);
      world.table(TableName!).delete(id);
      return {};
    }
    if (command instanceof DocumentQueryCommand) {
      const { TableName, KeyConditionExpression, ExpressionAttributeValues, Limit, ExclusiveStartKey } = command.input;
      expect(ExclusiveStartKey).toBeUndefined();
      const values = ExpressionAttributeValues as Record<string, string>;
      dynamoRequest(world, fn, 'Query', TableName!, [values[':pk']!], {}, command.input);
      const tests: Record<string, (item: Item) => boolean> = {
        'pk = :pk': (item) => item['pk'] === values[':pk'],
        'pk = :pk AND begins_with(sk, :prefix)': (item) => item['pk'] === values[':pk'] && String(item['sk']).startsWith(values[':prefix']!),
        'pk = :pk AND sk < :before': (item) => item['pk'] === values[':pk'] && String(item['sk']) < values[':before']!,
      };
      const matches = tests[KeyConditionExpression!];
      if (!matches) throw new Error(`The document stand-in does not know the key condition ${KeyConditionExpression}`);
      const items = [...world.table(TableName!).values()].filter(matches).sort((a, b) => String(a['sk']).localeCompare(String(b['sk'])));
      return { Items: structuredClone(Limit ? items.slice(0, Limit) : items) };
    }
    if (command instanceof BatchGetCommand) {
      const responses: Record<string, Item[]> = {};
      for (const [table, { Keys }] of Object.entries(command.input.RequestItems!)) {
        dynamoRequest(world, fn, 'BatchGetItem', table, Keys!.map((key) => keyOf(table, key).pk));
        responses[table] = Keys!.flatMap((key) => {
          const item = world.table(table).get(keyOf(table, key).id);
          return item ? [structuredClone(item)] : [];
        });
      }
      return { Responses: responses, UnprocessedKeys: {} };
    }
    if (command instanceof BatchWriteCommand) {
      for (const [table, requests] of Object.entries(command.input.RequestItems!)) {
        const items = requests.map((request) => (request.PutRequest?.Item ?? request.DeleteRequest?.Key)!);
        dynamoRequest(world, fn, 'BatchWriteItem', table, items.map((item) => keyOf(table, item).pk), {}, command.input);
        for (const request of requests) {
          if (request.PutRequest) world.table(table).set(keyOf(table, request.PutRequest.Item!).id, structuredClone(request.PutRequest.Item!));
          else world.table(table).delete(keyOf(table, request.DeleteRequest!.Key!).id);
        }
      }
      return { UnprocessedItems: {} };
    }
    throw new Error(`The document stand-in does not know ${(command as object).constructor.name}`);
  };
  return { send } as unknown as DynamoDBDocumentClient;
}

/** S3 on a bucket encrypted with the root key and an S3 Bucket Key: S3's KMS calls carry the bucket ARN. */
function fakeS3(world: World, fn: FunctionUnderTest): S3Client {
  const client = new S3Client({ region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const throughS3 = (action: string) =>
    world.authorize(fn, { action, resource: KEYS.exchange, context: { 'kms:ViaService': `s3.${REGION}.amazonaws.com`, 'kms:EncryptionContext:aws:s3:arn': VAULT_BUCKET_ARN } });
  (client as unknown as { send: (command: unknown) => Promise<unknown> }).send = async (command: unknown) => {
    const input = (command as { input: { Bucket?: string; Key?: string; Body?: unknown } }).input;
    expect(input.Bucket).toBe(VAULT_BUCKET);
    const resource = `${VAULT_BUCKET_ARN}/${input.Key}`;
    if (command instanceof PutObjectCommand) {
      world.authorize(fn, { action: 's3:PutObject', resource, context: {} }, input);
      throughS3('kms:GenerateDataKey');
      world.objects.set(input.Key!, typeof input.Body === 'string' ? Buffer.from(input.Body) : Buffer.from(input.Body as Uint8Array));
      return {};
    }
    if (command instanceof GetObjectCommand) {
      world.authorize(fn, { action: 's3:GetObject', resource, context: {} }, input);
      const bytes = world.objects.get(input.Key!);
      if (!bytes) {
        // Without s3:ListBucket, S3 answers a missing key with 403, not 404.
        const listing = matchingGrants(policies.get(fn)!, { action: 's3:ListBucket', resource: VAULT_BUCKET_ARN, context: {} });
        if (listing.length === 0) throw Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
        throw Object.assign(new Error('NoSuchKey'), { name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } });
      }
      throughS3('kms:Decrypt');
      const copy = new Uint8Array(bytes);
      return { Body: { transformToByteArray: async () => copy } };
    }
    if (command instanceof DeleteObjectCommand) {
      world.authorize(fn, { action: 's3:DeleteObject', resource, context: {} }, input);
      world.objects.delete(input.Key!);
      return {};
    }
    throw new Error(`The S3 stand-in does not know ${(command as object).constructor.name}`);
  };
  return client;
}

/**
 * SQS, for the anchoring queue, encrypted with the root key: SQS uses the key with the caller's
 * credentials, through SQS and under the queue's ARN as encryption context. A sender needs
 * kms:GenerateDataKey and kms:Decrypt (what SQS documents for a producer on a queue with a
 * customer managed key; the stand-in asks both on every send), a receiver kms:Decrypt when
 * messages come back. Only what the functions and Lambda's poller call is known.
 */
function fakeSqs(world: World, fn: FunctionUnderTest): SQSClient {
  const client = new SQSClient({ region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const throughSqs = (action: string) =>
    world.authorize(fn, { action, resource: KEYS.exchange, context: { 'kms:ViaService': `sqs.${REGION}.amazonaws.com`, 'kms:EncryptionContext:aws:sqs:arn': ANCHORING_QUEUE_ARN } });
  const queueArn = (url: string | undefined) => {
    if (url === ANCHORING_QUEUE_URL) return ANCHORING_QUEUE_ARN;
    if (url === ANCHORING_DLQ_URL) return ANCHORING_DLQ_ARN;
    throw new Error(`No queue ${url}`);
  };
  (client as unknown as { send: (command: unknown) => Promise<unknown> }).send = async (command: unknown) => {
    const resource = queueArn((command as { input: { QueueUrl?: string } }).input.QueueUrl);
    if (command instanceof SendMessageCommand) {
      world.authorize(fn, { action: 'sqs:SendMessage', resource, context: {} }, command.input);
      throughSqs('kms:GenerateDataKey');
      throughSqs('kms:Decrypt');
      const messageId = randomBytes(16).toString('hex');
      world.queue.push({ messageId, body: command.input.MessageBody!, sender: fn, sentAt: Date.now(), receives: 0 });
      return { MessageId: messageId };
    }
    if (command instanceof ReceiveMessageCommand) {
      world.authorize(fn, { action: 'sqs:ReceiveMessage', resource, context: {} }, command.input);
      const received = world.queue.filter((message) => message.receipt === undefined).slice(0, command.input.MaxNumberOfMessages ?? 1);
      if (received.length === 0) return { Messages: [] };
      throughSqs('kms:Decrypt');
      for (const message of received) {
        message.receipt = randomBytes(16).toString('hex');
        message.receives += 1;
      }
      return { Messages: received.map((message) => ({ MessageId: message.messageId, ReceiptHandle: message.receipt, Body: message.body, Attributes: { ApproximateReceiveCount: String(message.receives), SentTimestamp: String(message.sentAt) } })) };
    }
    if (command instanceof DeleteMessageBatchCommand || command instanceof DeleteMessageCommand) {
      // A batch of deletions is authorized as sqs:DeleteMessage.
      world.authorize(fn, { action: 'sqs:DeleteMessage', resource, context: {} }, command.input);
      const receipts = command instanceof DeleteMessageBatchCommand ? command.input.Entries!.map((entry) => entry.ReceiptHandle!) : [command.input.ReceiptHandle!];
      for (const receipt of receipts) {
        const index = world.queue.findIndex((message) => message.receipt === receipt);
        if (index >= 0) world.queue.splice(index, 1);
      }
      return {};
    }
    if (command instanceof GetQueueAttributesCommand) {
      world.authorize(fn, { action: 'sqs:GetQueueAttributes', resource, context: {} }, command.input);
      return { Attributes: { ApproximateNumberOfMessages: String(world.queue.filter((message) => message.receipt === undefined).length) } };
    }
    throw new Error(`The SQS stand-in does not know ${(command as object).constructor.name}`);
  };
  return client;
}

// ---------------------------------------------------------------------------------------------
// The vault, built as the vault services build it, on the stand-ins

const VAULT_CONFIG = { BRANCH_KEY_TABLE: tableName('branchKeys'), VAULT_KMS_KEY_ARN: KEYS.exchange, BRANCH_KEY_CACHE_SECONDS: 300, BRANCH_KEY_CACHE_ENTRIES: 1000 };

/**
 * anchoring-queue.ts's notifier for the queue at `url`, its sends made as `fn`: the real module,
 * whose SQS client's send goes to the stand-in while it is called (the send itself is made
 * synchronously, before the returned promise settles).
 */
function anchoringQueueAs(world: World, fn: FunctionUnderTest, url: string): (nudge: AnchoringNudge) => Promise<void> {
  const notify = anchoringQueue(url);
  const sqs = world.as(fn).sqs;
  return (nudge) => {
    const spy = vi.spyOn(SQSClient.prototype, 'send').mockImplementation(((command: unknown) => sqs.send(command as SendMessageCommand)) as never);
    try {
      return notify(nudge);
    } finally {
      spy.mockRestore();
    }
  };
}

function vault(world: World, fn: FunctionUnderTest) {
  const clients = world.as(fn);
  const keyring = new PatientKeyring(VAULT_CONFIG, { kms: clients.kms, dynamo: clients.dynamo });
  const catalog = new Catalog(clients.documents, tableName('catalog'));
  const objects = new VaultObjects(clients.s3, VAULT_BUCKET, new SealedObjects(keyring));
  const audit = new AuditLog(clients.documents, tableName('audit'));
  // As anchoring-services.ts: the anchoring queue only where the function's environment has its URL.
  const queueUrl = environments.get(fn)!['ANCHOR_QUEUE_URL'];
  const queue = queueUrl === undefined ? undefined : anchoringQueueAs(world, fn, queueUrl);
  /** vaultIngest(): the identifier token key first (created if absent), then the ingest (with the anchoring notifier when the queue is configured). */
  const ingest = async () => {
    const key = await loadWrappedSecret({ kms: clients.kms, documents: clients.documents, table: tableName('keys'), kmsKeyId: KEYS.exchange }, IDENTIFIER_TOKEN_SECRET, { create: true });
    return new VaultIngest({
      catalog,
      objects,
      keyring,
      pseudonyms: new PseudonymService({ kms: clients.kms, keyId: KEYS.pseudonym }),
      tokens: new IdentifierTokens(key!),
      concurrency: 4,
      ...(queue ? { notifyAnchoring: queue } : {}),
    });
  };
  return {
    clients,
    keyring,
    catalog,
    objects,
    audit,
    ingest,
    reader: () => new VaultReader(catalog, objects, audit),
    erasure: () => new VaultErasure(catalog, objects, keyring, audit),
    /** vaultVerification() ($verify), with the AnchorRegistry given. */
    verification: (registry: AnchorRegistry) => new VaultVerification(catalog, objects, registry, audit),
    /** vaultCommitIndex() (the worker's repair): no keys, the anchoring notifier when the queue is configured. */
    commitIndex: () => new CommitIndex({ catalog, objects, concurrency: 4, ...(queue ? { notifyAnchoring: queue } : {}) }),
    /** vaultAnchoring()'s anchoring, with the AnchorRegistry given. */
    anchoring: (registry: AnchorRegistry) => new Anchoring(catalog, objects, registry),
    /** vaultAnchoring()'s notifier: set only where the function's environment has ANCHOR_QUEUE_URL. */
    queue,
  };
}

/**
 * Sets what the vault services and record-locator.ts answer the handlers with: `fn`'s vault on the
 * stand-ins (the queue as its environment configures it), the given registry and locator.
 */
function handlerServices(world: World, fn: FunctionUnderTest, options: { registry: AnchorRegistry; locator?: RecordLocator; maxWaitSeconds?: number; repairAfterSeconds?: number }): void {
  const built = vault(world, fn);
  services.current = {
    vaultCommitIndex: () => built.commitIndex(),
    vaultCatalog: () => built.catalog,
    vaultAnchoring: () => ({
      anchoring: built.anchoring(options.registry),
      maxLeaves: 10_000,
      maxWaitSeconds: options.maxWaitSeconds ?? 60,
      ...(built.queue ? { queue: built.queue } : {}),
    }),
    repairAfterSeconds: () => options.repairAfterSeconds ?? 120,
    recordLocator: () => {
      if (!options.locator) throw new Error(`${fn}: no record locator given`);
      return options.locator;
    },
  };
}

/**
 * Lambda's SQS poller for the anchoring function's event source, with the function's role: the
 * queue's attributes, then messages received (10 at a time, as ReceiveMessage allows) up to the
 * batch size, as one event.
 */
async function pollAnchoringQueue(world: World): Promise<SQSEvent> {
  const sqs = world.as('anchor-worker').sqs;
  await sqs.send(new GetQueueAttributesCommand({ QueueUrl: ANCHORING_QUEUE_URL, AttributeNames: ['ApproximateNumberOfMessages'] }));
  const records: SQSEvent['Records'] = [];
  while (records.length < ANCHOR_WORKER.batchSize) {
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: ANCHORING_QUEUE_URL, MaxNumberOfMessages: Math.min(10, ANCHOR_WORKER.batchSize - records.length) }));
    if (!Messages || Messages.length === 0) break;
    for (const message of Messages) {
      records.push({
        messageId: message.MessageId!,
        receiptHandle: message.ReceiptHandle!,
        body: message.Body!,
        attributes: {
          ApproximateReceiveCount: message.Attributes!['ApproximateReceiveCount']!,
          SentTimestamp: message.Attributes!['SentTimestamp']!,
          SenderId: 'AROAEXAMPLE',
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: ANCHORING_QUEUE_ARN,
        awsRegion: REGION,
      });
    }
  }
  return { Records: records };
}

/**
 * One delivery of the event source: a polled batch to the anchoring function's handler; on success
 * the poller deletes the messages not reported failed, on a failure none (they come back once their
 * visibility timeout ends). Returns the handler's response, or its error.
 */
async function deliverAnchoringQueue(world: World, registry: AnchorRegistry): Promise<{ messages: number; response?: SQSBatchResponse; error?: Error }> {
  const event = await pollAnchoringQueue(world);
  handlerServices(world, 'anchor-worker', { registry });
  let response: SQSBatchResponse;
  try {
    response = await anchorWorkerHandler(event);
  } catch (error) {
    return { messages: event.Records.length, error: error as Error };
  }
  const failed = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
  const done = event.Records.filter((record) => !failed.has(record.messageId));
  for (let start = 0; start < done.length; start += 10) {
    const entries = done.slice(start, start + 10).map((record, index) => ({ Id: String(index), ReceiptHandle: record.receiptHandle }));
    await world.as('anchor-worker').sqs.send(new DeleteMessageBatchCommand({ QueueUrl: ANCHORING_QUEUE_URL, Entries: entries }));
  }
  return { messages: event.Records.length, response };
}

/** The closed anchoring batches in the catalog: root and transaction. */
function closedBatches(world: World): { root: string; transactionHash?: string; leafCount: number }[] {
  return [...world.table(tableName('catalog')).values()]
    .filter((item) => item['pk'] === 'anchor#batch#closed')
    .map((item) => ({ root: String(item['root']), leafCount: Number(item['leafCount']), ...(item['transactionHash'] ? { transactionHash: String(item['transactionHash']) } : {}) }));
}

/**
 * The AnchorRegistry as the chain answers it, reached over JSON-RPC (no AWS call): a root is
 * anchored once (`anchor` answers a root already there as it is, without a transaction hash, as
 * the real one does), `verify` holds only for an anchored root and a proof that leads to it.
 * `loseNextAnchor` has the next `anchor` mine its transaction and then fail, as a receipt that
 * never came back (the batch stays open; the next run finds the root on chain).
 */
function stubAnchorRegistry() {
  const anchored = new Map<string, AnchorRecord & { transactionHash: string }>();
  let block = 100;
  const calls: string[] = [];
  const state = { loseNextAnchor: false };
  const anchorOf = async (root: string): Promise<AnchorRecord | undefined> => {
    calls.push('anchorOf');
    const found = anchored.get(root);
    return found ? { root: found.root, leafCount: found.leafCount, providerId: found.providerId, anchoredAt: found.anchoredAt, blockNumber: found.blockNumber } : undefined;
  };
  const registry = {
    anchorOf,
    anchor: async (root: string, leafCount: number, providerId: string): Promise<AnchorRecord> => {
      calls.push('anchor');
      const existing = await anchorOf(root);
      if (existing) return existing;
      block += 1;
      const record = { root, leafCount, providerId: onChainProviderId(providerId), anchoredAt: Math.floor(Date.now() / 1000), blockNumber: block, transactionHash: `0x${block.toString(16).padStart(64, '0')}` };
      anchored.set(root, record);
      if (state.loseNextAnchor) {
        state.loseNextAnchor = false;
        throw Object.assign(new Error('timeout waiting for the receipt'), { code: 'TIMEOUT' });
      }
      return { ...record };
    },
    anchoringTransaction: async (root: string, blockNumber: number): Promise<string | undefined> => {
      calls.push('anchoringTransaction');
      const found = anchored.get(root);
      return found?.blockNumber === blockNumber ? found.transactionHash : undefined;
    },
    verify: async (root: string, leaf: string, proof: readonly string[]): Promise<boolean> => {
      calls.push('verify');
      return anchored.has(root) && verifyProof(root, leaf, proof);
    },
  };
  return { registry: registry as unknown as AnchorRegistry, anchored, calls, state };
}

const SSN = 'http://hl7.org/fhir/sid/us-ssn';
const NPI = 'http://hl7.org/fhir/sid/us-npi';

/** A patient, an observation of them and a practitioner created only if none with its NPI exists. */
function transaction(ssn: string, patientId?: string): string {
  return JSON.stringify({
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: 'urn:uuid:6f5b0f5e-2a48-4a7e-9a7b-000000000001',
        resource: { resourceType: 'Patient', ...(patientId ? { id: patientId } : {}), identifier: [{ system: SSN, value: ssn }], name: [{ family: 'Grant', given: ['Tess'] }] },
        request: patientId ? { method: 'PUT', url: `Patient/${patientId}` } : { method: 'POST', url: 'Patient' },
      },
      {
        fullUrl: 'urn:uuid:6f5b0f5e-2a48-4a7e-9a7b-000000000002',
        resource: { resourceType: 'Observation', status: 'final', code: { text: 'heart rate' }, subject: { reference: 'urn:uuid:6f5b0f5e-2a48-4a7e-9a7b-000000000001' } },
        request: { method: 'POST', url: 'Observation' },
      },
      {
        fullUrl: 'urn:uuid:6f5b0f5e-2a48-4a7e-9a7b-000000000003',
        resource: { resourceType: 'Practitioner', identifier: [{ system: NPI, value: '1234567893' }] },
        request: { method: 'POST', url: 'Practitioner', ifNoneExist: `identifier=${NPI}|1234567893` },
      },
    ],
  });
}

const input = (text: string, clientId = 'client-a') => ({ clientId, providerId: PROVIDER, endpoint: 'system' as const, text });

/** The ids of the provider's current (not erased) resources of `type`, from the catalog. */
function currentIds(world: World, type: string): string[] {
  const prefix = `r#${PROVIDER}#${type}#`;
  return [...world.table(tableName('catalog')).values()]
    .filter((item) => String(item['pk']).startsWith(prefix) && item['sk'] === 'current' && item['erasedAt'] === undefined)
    .map((item) => String(item['pk']).slice(prefix.length));
}

/** The function's grants its flows used, and those they did not (token verification, which these flows do not run, left out). */
function unusedGrants(world: World, fn: FunctionUnderTest, ignore: (grant: string) => boolean = () => false): string[] {
  const used = new Set(world.log.filter((entry) => entry.fn === fn).flatMap((entry) => entry.grants));
  const all = policies.get(fn)!.flatMap((statement, index) => statement.actions.flatMap((action) => statement.resources.map((resource) => ({ grant: `${index} ${action} on ${resource}`, statement }))));
  const verification = (statement: Statement, grant: string) =>
    /^\d+ (logs|xray):/.test(grant) || grant.endsWith(`table/${tableName('clients')}`) || JSON.stringify(statement.conditions).includes(SIGNING_KEY_SECRET);
  return all.filter(({ grant, statement }) => !used.has(grant) && !verification(statement, grant) && !ignore(grant)).map(({ grant }) => grant);
}

// ---------------------------------------------------------------------------------------------

describe('the vault functions, run under their synthesized policies', () => {
  const world = new World();
  const chain = stubAnchorRegistry();
  let patientId: string;
  let pseudonym: string;

  test('fhir-ingest: first ingest (key and branch key creation), a race with itself, a conditional create and an update, a replay', async () => {
    const ingest = vault(world, 'fhir-ingest');
    const first = await ingest.ingest();
    // Two identical requests at once: one commits, the other abandons what it wrote and answers the winner's result.
    const [a, b] = await Promise.all([first.ingest(input(transaction('999-33-5538'))), first.ingest(input(transaction('999-33-5538')))]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    const location = ((a.body as Bundle).entry![0]!.response!.location as string).split('/');
    patientId = location[1]!;
    // A second cold start: the identifier token key exists now (GetItem, Decrypt).
    const second = await vault(world, 'fhir-ingest').ingest();
    const update = await second.ingest(input(transaction('999-33-5538', patientId)));
    expect(update.status).toBe(200);
    expect((update.body as Bundle).entry!.map((entry) => entry.response!.status)).toEqual(['200 OK', '201 Created', '200 OK']);
    // A replay of the first request answers from its manifest (GetObject m/).
    const replay = await second.ingest(input(transaction('999-33-5538')));
    expect(replay.replayed).toBe(true);

    pseudonym = (world.table(tableName('catalog')).get(`r#${PROVIDER}#Patient#${patientId} current`) as { pseudonym: string }).pseudonym;
    // Each commit's index step told the anchoring function (a message per commit: ids and counts,
    // sent with the ingest's role); the replays and the race's loser committed nothing.
    const nudges = world.nudges();
    expect(nudges).toHaveLength(2);
    for (const nudge of nudges) expect(Object.keys(nudge).sort()).toEqual(['commitId', 'leaves', 'objects', 'sender']);
    expect(nudges.map((nudge) => nudge.sender)).toEqual(['fhir-ingest', 'fhir-ingest']);
    expect(world.refused('fhir-ingest')).toEqual([]);
    expect(unusedGrants(world, 'fhir-ingest')).toEqual([]);
  });

  test('fhir-read: read, vread, $everything, a tampered object (the key state is queried), and $verify before and after the anchoring function anchors, under its policy', async () => {
    const reader = vault(world, 'fhir-read').reader();
    const who = decided({ kind: 'everything' }, { kind: 'patient', id: patientId }, 'r1');
    expect((await reader.read(decided({ kind: 'read', resourceType: 'Patient' }, { kind: 'resource', type: 'Patient', id: patientId }, 'r1'), 'Patient', patientId)).versionId).toBe(2);
    expect((await reader.read(decided({ kind: 'vread', resourceType: 'Patient' }, { kind: 'resource', type: 'Patient', id: patientId }, 'r1'), 'Patient', patientId, 1)).versionId).toBe(1);
    const everything = await reader.everything(who, patientId, 'https://fhir.example.org/fhir');
    expect(everything.entry!.map((entry) => entry.resource!.resourceType)).toEqual(['Patient', 'Observation', 'Observation']);
    // A sealed object that does not open: the reader asks the key store whether the patient was erased.
    const object = [...world.table(tableName('catalog')).values()].find((item) => String(item['sk']).startsWith(`obj#${PROVIDER}#o/`)) as { pk: string; objectKey: string };
    const bytes = world.objects.get(object.objectKey)!;
    const tampered = new Uint8Array(bytes);
    tampered[tampered.length - 1]! ^= 1;
    world.objects.set(object.objectKey, tampered);
    await expect(vault(world, 'fhir-read').objects.open(object.objectKey, object.pk.slice('p#'.length), PROVIDER)).rejects.toThrow(/cannot be opened/);
    world.objects.set(object.objectKey, bytes);

    // $verify: committed but not anchored yet (the object opened, its anchor item looked up, none).
    const verification = vault(world, 'fhir-read').verification(chain.registry);
    const observationId = currentIds(world, 'Observation')[0]!;
    expect(await verification.verify(who, 'Observation', observationId)).toMatchObject({ verified: false, status: 'pending' });
    // The anchoring function (its handler, under its own policy) gets the ingests' messages from
    // the queue and anchors the pending commitments; then $verify reads the batch's leaves file
    // (a/<root>.json), rebuilds the proof and asks the registry.
    const delivered = await deliverAnchoringQueue(world, chain.registry);
    expect(delivered).toEqual({ messages: 2, response: { batchItemFailures: [] } });
    expect(world.queue).toEqual([]);
    const anchored = closedBatches(world);
    expect(anchored).toHaveLength(1);
    expect(world.refused('anchor-worker')).toEqual([]);
    for (const [type, id] of [['Observation', observationId], ['Patient', patientId]] as const) {
      expect(await verification.verify(who, type, id), `${type}/${id}`).toMatchObject({ verified: true, status: 'anchored', root: anchored[0]!.root, transactionHash: anchored[0]!.transactionHash });
    }
    expect(chain.calls.filter((call) => call === 'verify')).toHaveLength(2);
    // The leaves file is read, not trusted: altered, the resource no longer verifies.
    const leavesKey = [...world.objects.keys()].find((key) => key.startsWith('a/'))!;
    const leaves = world.objects.get(leavesKey)!;
    const altered = JSON.parse(Buffer.from(leaves).toString('utf8')) as { leaves: string[] };
    altered.leaves.reverse();
    world.objects.set(leavesKey, Buffer.from(JSON.stringify(altered)));
    expect(await verification.verify(who, 'Patient', patientId)).toMatchObject({ verified: false, status: 'failed' });
    world.objects.set(leavesKey, leaves);

    expect(world.refused('fhir-read')).toEqual([]);
    expect(unusedGrants(world, 'fhir-read')).toEqual([]);
  });

  test('fhir-read cannot create a branch key, write (an object, a leaves file, an anchor item), or erase', async () => {
    const since = world.mark();
    const { keyring, clients, catalog } = vault(world, 'fhir-read');
    const newcomer = 'a'.repeat(64);
    await expect(keyring.ensureBranchKey({ pseudonym: newcomer, holder: PROVIDER })).rejects.toThrow(AccessDenied);
    await expect(keyring.eraseBranchKey({ pseudonym, holder: PROVIDER })).rejects.toThrow(AccessDenied);
    await expect(clients.s3.send(new PutObjectCommand({ Bucket: VAULT_BUCKET, Key: 'o/x', Body: 'x' }))).rejects.toThrow(AccessDenied);
    const leavesKey = [...world.objects.keys()].find((key) => key.startsWith('a/'))!;
    await expect(clients.s3.send(new PutObjectCommand({ Bucket: VAULT_BUCKET, Key: leavesKey, Body: '{"leaves":[]}' }))).rejects.toThrow(AccessDenied);
    const forgedAnchor = { ...anchorKeys.object('o/x'), root: `0x${'00'.repeat(32)}` };
    await expect(catalog.put(forgedAnchor)).rejects.toThrow(AccessDenied);
    expect(world.refused('fhir-read', since)).toEqual([
      `kms:GenerateDataKeyWithoutPlaintext on ${KEYS.exchange}`,
      `dynamodb:PutItem on ${tableArn('branchKeys')}`,
      `s3:PutObject on ${VAULT_BUCKET_ARN}/o/x`,
      `s3:PutObject on ${VAULT_BUCKET_ARN}/${leavesKey}`,
      `dynamodb:PutItem on ${tableArn('catalog')}`,
    ]);
  });

  test('fhir-ingest cannot erase a branch key: not even its tombstone (a direct PutItem), nor a deletion; nor read a sealed object; nor write or read a leaves file', async () => {
    const since = world.mark();
    const { keyring, clients } = vault(world, 'fhir-ingest');
    await expect(keyring.eraseBranchKey({ pseudonym, holder: PROVIDER })).rejects.toThrow(AccessDenied);
    await expect(clients.dynamo.send(new DeleteItemCommand({ TableName: tableName('branchKeys'), Key: { 'branch-key-id': { S: `${pseudonym}.${PROVIDER}` }, type: { S: 'branch:ACTIVE' } } }))).rejects.toThrow(AccessDenied);
    await expect(clients.s3.send(new GetObjectCommand({ Bucket: VAULT_BUCKET, Key: [...world.objects.keys()].find((key) => key.startsWith('o/'))! }))).rejects.toThrow(AccessDenied);
    const leavesKey = [...world.objects.keys()].find((key) => key.startsWith('a/'))!;
    await expect(clients.s3.send(new PutObjectCommand({ Bucket: VAULT_BUCKET, Key: leavesKey, Body: '{"leaves":[]}' }))).rejects.toThrow(AccessDenied);
    await expect(clients.s3.send(new GetObjectCommand({ Bucket: VAULT_BUCKET, Key: leavesKey }))).rejects.toThrow(AccessDenied);
    expect(world.refused('fhir-ingest', since)).toEqual([
      `dynamodb:PutItem on ${tableArn('branchKeys')}`,
      `dynamodb:DeleteItem on ${tableArn('branchKeys')}`,
      expect.stringMatching(new RegExp(`^s3:GetObject on ${VAULT_BUCKET_ARN}/o/`)),
      `s3:PutObject on ${VAULT_BUCKET_ARN}/${leavesKey}`,
      `s3:GetObject on ${VAULT_BUCKET_ARN}/${leavesKey}`,
    ]);
  });

  test('fhir-erase: erases the patient under its policy, without any use of the vault key; afterwards nothing opens and nothing new is stored', async () => {
    const since = world.mark();
    const { erasure, clients } = vault(world, 'fhir-erase');
    const catalogItems = world.table(tableName('catalog'));
    const objectKeys = [...catalogItems.values()].filter((item) => item['pk'] === `p#${pseudonym}` && String(item['sk']).startsWith('obj#')).map((item) => String(item['objectKey']));
    expect(objectKeys.length).toBeGreaterThan(0);
    // Anchored earlier (the fhir-read test): each object has its anchor item.
    for (const objectKey of objectKeys) expect(catalogItems.has(`${anchorKeys.object(objectKey).pk} anchor`), objectKey).toBe(true);
    const result = await erasure().eraseHolderPartition(decided({ kind: 'erase' }, { kind: 'patient', id: patientId }, 'r2'), patientId);
    expect(result).toMatchObject({ keyItems: 3, alreadyErased: false, holders: [PROVIDER] });
    expect([...world.table(tableName('branchKeys')).keys()].filter((id) => id.startsWith(pseudonym))).toEqual([`${pseudonym}.${PROVIDER} ${TOMBSTONE_TYPE}`]);
    // The objects, their object, anchor and pending commitment items are gone.
    for (const objectKey of objectKeys) {
      expect(world.objects.has(objectKey), objectKey).toBe(false);
      expect([...catalogItems.values()].filter((item) => JSON.stringify(item).includes(objectKey) && !String(item['pk']).startsWith('anchor#batch#')), objectKey).toEqual([]);
    }
    expect(world.refused('fhir-erase')).toEqual([]);
    expect(unusedGrants(world, 'fhir-erase')).toEqual([]);
    // It never unwraps a branch key: KMS refuses it any (here, the provider partition's, with its exact encryption context).
    const [ciphertext, wrapped] = [...world.ciphertexts].find(([, stored]) => stored.context['tablename'] !== undefined)!;
    await expect(clients.kms.send(new DecryptCommand({ CiphertextBlob: Buffer.from(ciphertext, 'hex'), EncryptionContext: wrapped.context }))).rejects.toThrow(AccessDenied);
    expect(world.refused('fhir-erase', since)).toEqual([`kms:Decrypt on ${KEYS.exchange}`]);

    const who = decided({ kind: 'everything' }, { kind: 'patient', id: patientId }, 'r3');
    await expect(vault(world, 'fhir-read').reader().read(who, 'Patient', patientId)).rejects.toMatchObject({ status: 410 });
    await expect(vault(world, 'fhir-read').verification(chain.registry).verify(who, 'Patient', patientId)).rejects.toMatchObject({ status: 410 });
    const ingest = await vault(world, 'fhir-ingest').ingest();
    await expect(ingest.ingest(input(transaction('999-33-5538'), 'client-b'))).rejects.toMatchObject({ status: 409 });
    expect(world.refused('fhir-read', since)).toEqual([]);
    expect(world.refused('fhir-ingest', since)).toEqual([]);
  });

  test('a concurrent erasure during key creation: fhir-ingest refuses the patient without deleting anything (only fhir-erase deletes branch keys); running the erasure again removes the key', async () => {
    const since = world.mark();
    const late = 'b'.repeat(64);
    const ingesting = vault(world, 'fhir-ingest');
    world.afterTransaction = () => {
      world.afterTransaction = undefined;
      world.table(tableName('branchKeys')).set(`${late}.${PROVIDER} ${TOMBSTONE_TYPE}`, { 'branch-key-id': { S: `${late}.${PROVIDER}` }, type: { S: TOMBSTONE_TYPE }, 'erased-at': { S: new Date().toISOString() } });
    };
    await expect(ingesting.keyring.ensureBranchKey({ pseudonym: late, holder: PROVIDER })).rejects.toThrow(PatientErasedError);
    expect(world.refused('fhir-ingest', since)).toEqual([]);
    expect([...world.table(tableName('branchKeys')).keys()].filter((id) => id.startsWith(late))).toHaveLength(4);
    expect((await vault(world, 'fhir-erase').keyring.eraseBranchKey({ pseudonym: late, holder: PROVIDER })).deletedItems).toBe(3);
    expect([...world.table(tableName('branchKeys')).keys()].filter((id) => id.startsWith(late))).toEqual([`${late}.${PROVIDER} ${TOMBSTONE_TYPE}`]);
  });
});

describe('the vault worker and the anchoring function, run under their synthesized policies', () => {
  const world = new World();
  const chain = stubAnchorRegistry();
  const registered: { pseudonym: string; providerId: string }[] = [];
  const locator = {
    registerHoldings: async (holdings: { pseudonym: string; providerId: string }[]) => {
      registered.push(...holdings);
      return { pairs: holdings.length, registered: holdings.length, batches: [{ transactionHash: `0x${'ab'.repeat(32)}`, blockNumber: 1, pairs: holdings.length, registered: holdings.length }] };
    },
  } as unknown as RecordLocator;
  const keysWith = (prefix: string) => [...world.table(tableName('catalog')).keys()].filter((id) => id.startsWith(prefix));

  test('first run before any ingest, then repair of a committed and an abandoned ingest (the repaired commit nudges the anchoring function), then the holdings; no use of the identifier token key', async () => {
    const worker = vault(world, 'vault-worker');
    expect(await worker.commitIndex().repair(0)).toEqual({ indexed: 0, abandoned: 0 });
    expect(await registerPendingHoldings(worker.catalog, locator)).toEqual({ registered: 0, skipped: 0, items: 0 });

    // An ingest committed but not indexed: its index write fails once (before its nudge).
    const ingesting = await vault(world, 'fhir-ingest').ingest();
    world.faults.push((request) => request.action === 'dynamodb:BatchWriteItem');
    await expect(ingesting.ingest(input(transaction('999-33-5538', 'p1')))).rejects.toMatchObject({ status: 503 });
    // An attempt that never committed, and whose clean-up could not tell: the commit put and the check after it fail.
    let putFailed = false;
    world.faults.push((request, call) => (putFailed = request.action === 'dynamodb:PutItem' && String(call['Item']?.pk).startsWith('commit#')));
    world.faults.push((request, call) => putFailed && request.action === 'dynamodb:GetItem' && String(call['Key']?.pk).startsWith('commit#'));
    await expect(ingesting.ingest(input(transaction('999-88-7777')))).rejects.toMatchObject({ status: 503 });
    expect(world.faults).toEqual([]);
    expect(keysWith('intent#')).toHaveLength(2);
    expect(world.queue).toEqual([]);

    const repaired = await vault(world, 'vault-worker').commitIndex().repair(0, new Date(Date.now() + 1000));
    expect(repaired).toEqual({ indexed: 1, abandoned: 1 });
    expect(keysWith('intent#')).toEqual([]);
    // The repaired commit's index step sent its message, with the worker's role.
    expect(world.nudges()).toEqual([expect.objectContaining({ sender: 'vault-worker', objects: expect.any(Number), leaves: expect.any(Number) })]);
    const holdings = await registerPendingHoldings(worker.catalog, locator);
    expect(holdings).toMatchObject({ items: 1 });
    expect(registered.length).toBeGreaterThan(0);

    expect(world.refused('vault-worker')).toEqual([]);
  });

  test('the scheduled worker (its handler) with the anchoring queue configured does not anchor: it sends one sweep when commitments wait longer than the batch wait, and writes no leaves file, batch or anchor item', async () => {
    const pending = keysWith('anchor#pending#');
    expect(pending.length).toBeGreaterThan(0);
    world.queue.length = 0;
    // A fresh ingest (its own message) and the worker's runs: not overdue yet, nothing is sent.
    await (await vault(world, 'fhir-ingest').ingest()).ingest(input(transaction('999-44-1234')));
    expect(world.nudges().map((nudge) => nudge.sender)).toEqual(['fhir-ingest']);
    handlerServices(world, 'vault-worker', { registry: chain.registry, locator, maxWaitSeconds: 3600 });
    const waiting = await runVaultWorker();
    expect(waiting).toEqual({ repaired: { indexed: 0, abandoned: 0 }, holdings: { registered: expect.any(Number), skipped: expect.any(Number), items: 1 }, anchoring: { batches: [], waiting: expect.any(Number), nudged: false } });
    expect(world.nudges()).toHaveLength(1);
    // Overdue (the batch wait passed): one sweep, with the count of waiting commitments.
    handlerServices(world, 'vault-worker', { registry: chain.registry, locator, maxWaitSeconds: 0 });
    const overdue = await runVaultWorker();
    expect(overdue.anchoring).toMatchObject({ batches: [], nudged: true });
    const leaves = (overdue.anchoring as { waiting: number }).waiting;
    expect(leaves).toBeGreaterThan(0);
    expect(world.nudges().at(-1)).toEqual({ sweep: true, leaves, sender: 'vault-worker' });
    // Anchoring itself is left to the anchoring function.
    expect([...world.objects.keys()].filter((key) => key.startsWith('a/'))).toEqual([]);
    expect(keysWith('anchor#batch#')).toEqual([]);
    expect(keysWith('anchor#object#')).toEqual([]);
    expect(chain.calls).toEqual([]);

    expect(world.refused('vault-worker')).toEqual([]);
    // Every grant of the worker was used by repair, holdings, the nudges and the sweep. Its chain
    // signature goes through the record locator (JSON-RPC, signed in KMS), which these runs replace.
    expect(unusedGrants(world, 'vault-worker', (grant) => grant.includes(KEYS.operator))).toEqual([]);
  });

  test('the anchoring function (its handler, fed by the event source) anchors everything pending: leaves file, open batch, transaction, anchor items; a batch whose receipt was lost fails, its messages come back, and the next delivery finishes it with the same root', async () => {
    const objectKeys = keysWith('anchor#pending#').map((id) => String(world.table(tableName('catalog')).get(id)!['objectKey']));
    const messages = world.queue.length;
    expect(messages).toBe(2);

    // The transaction is mined, but its receipt never comes back: the invocation fails with the
    // batch open; the poller deletes nothing, and the messages stay in flight.
    chain.state.loseNextAnchor = true;
    const failed = await deliverAnchoringQueue(world, chain.registry);
    expect(failed.messages).toBe(messages);
    expect(failed.error?.message).toMatch(/receipt/);
    expect(world.queue.filter((message) => message.receipt !== undefined)).toHaveLength(messages);
    const open = keysWith('anchor#batch#open ');
    expect(open).toHaveLength(1);
    const root = open[0]!.slice('anchor#batch#open '.length);
    expect([...world.objects.keys()].filter((key) => key.startsWith('a/'))).toEqual([`a/${root}.json`]);
    expect(keysWith('anchor#object#')).toEqual([]);
    // In flight, the messages are not delivered again...
    expect(await pollAnchoringQueue(world)).toEqual({ Records: [] });
    // ...until their visibility timeout ends. The next invocation (a fresh process) finishes the
    // open batch: the root is on chain, its transaction found from the block, the anchor items written.
    world.endVisibilityTimeouts();
    const resumed = await deliverAnchoringQueue(world, chain.registry);
    expect(resumed).toEqual({ messages, response: { batchItemFailures: [] } });
    expect(world.queue).toEqual([]);
    expect(chain.calls).toContain('anchoringTransaction');
    const transactionHash = chain.anchored.get(root)!.transactionHash;
    expect(keysWith('anchor#batch#open')).toEqual([]);
    expect(keysWith('anchor#batch#closed ')).toEqual([`anchor#batch#closed ${root}`]);
    expect(keysWith('anchor#pending#')).toEqual([]);
    expect(keysWith('anchor#object#').sort()).toEqual(objectKeys.map((objectKey) => `${anchorKeys.object(objectKey).pk} anchor`).sort());
    for (const id of keysWith('anchor#object#')) expect(world.table(tableName('catalog')).get(id), id).toMatchObject({ root, leavesKey: `a/${root}.json`, transactionHash });
    expect(world.table(tableName('catalog')).get(`anchor#batch#closed ${root}`)).toMatchObject({ root, transactionHash });
    // Nothing left to anchor, nothing left in the queue.
    expect(await deliverAnchoringQueue(world, chain.registry)).toEqual({ messages: 0, response: { batchItemFailures: [] } });
    expect(closedBatches(world)).toHaveLength(1);
    expect(world.refused('anchor-worker')).toEqual([]);
  });

  test('two anchoring runs at once (what reserved concurrency 1 rules out) still make one batch: the second conditional put of the open batch loses, reads the first record back, and both end on the same root', async () => {
    await (await vault(world, 'fhir-ingest').ingest()).ingest(input(transaction('999-55-4321')));
    const event = await pollAnchoringQueue(world);
    expect(event.Records).toHaveLength(1);
    handlerServices(world, 'anchor-worker', { registry: chain.registry });
    const before = world.mark();
    expect(await Promise.all([anchorWorkerHandler(event), anchorWorkerHandler(event)])).toEqual([{ batchItemFailures: [] }, { batchItemFailures: [] }]);
    // The lost race: a conditional PutItem of the open batch refused by its condition, then its GetItem.
    expect(world.log.slice(before).filter((entry) => entry.fn === 'anchor-worker' && entry.request.action === 'dynamodb:GetItem')).toHaveLength(1);
    expect(closedBatches(world)).toHaveLength(2);
    expect(keysWith('anchor#batch#open')).toEqual([]);
    expect(keysWith('anchor#pending#')).toEqual([]);
    await world.as('anchor-worker').sqs.send(new DeleteMessageBatchCommand({ QueueUrl: ANCHORING_QUEUE_URL, Entries: [{ Id: '0', ReceiptHandle: event.Records[0]!.receiptHandle }] }));
    expect(world.queue).toEqual([]);

    expect(world.refused('anchor-worker')).toEqual([]);
    // Every grant of the anchoring function was used: the queue (received, deleted, its key through
    // SQS), the catalog's anchoring items, the leaves files. Its chain signature goes through the
    // anchor registry (JSON-RPC, signed in KMS), which these runs replace.
    expect(unusedGrants(world, 'anchor-worker', (grant) => grant.includes(KEYS.operator))).toEqual([]);
  });

  test('the worker has no use of branch keys, the vault key or the pseudonym key, reads no sealed object and writes none, writes no leaves file (anchoring is not its job any more) and reads none back, and cannot take messages off the queue', async () => {
    const since = world.mark();
    const worker = vault(world, 'vault-worker');
    await expect(worker.keyring.state({ pseudonym: 'c'.repeat(64), holder: PROVIDER })).rejects.toThrow(AccessDenied);
    await expect(new PseudonymService({ kms: worker.clients.kms, keyId: KEYS.pseudonym }).providerPartition(PROVIDER)).rejects.toThrow();
    await expect(worker.clients.s3.send(new GetObjectCommand({ Bucket: VAULT_BUCKET, Key: [...world.objects.keys()].find((key) => key.startsWith('o/'))! }))).rejects.toThrow(AccessDenied);
    await expect(worker.clients.s3.send(new PutObjectCommand({ Bucket: VAULT_BUCKET, Key: 'o/x', Body: 'x' }))).rejects.toThrow(AccessDenied);
    const leavesKey = [...world.objects.keys()].find((key) => key.startsWith('a/'))!;
    await expect(worker.clients.s3.send(new PutObjectCommand({ Bucket: VAULT_BUCKET, Key: leavesKey, Body: '{"leaves":[]}' }))).rejects.toThrow(AccessDenied);
    await expect(worker.clients.s3.send(new GetObjectCommand({ Bucket: VAULT_BUCKET, Key: leavesKey }))).rejects.toThrow(AccessDenied);
    await expect(worker.clients.s3.send(new DeleteObjectCommand({ Bucket: VAULT_BUCKET, Key: leavesKey }))).rejects.toThrow(AccessDenied);
    await expect(worker.clients.sqs.send(new ReceiveMessageCommand({ QueueUrl: ANCHORING_QUEUE_URL, MaxNumberOfMessages: 10 }))).rejects.toThrow(AccessDenied);
    expect(world.refused('vault-worker', since)).toEqual([
      `dynamodb:Query on ${tableArn('branchKeys')}`,
      `kms:GenerateMac on ${KEYS.pseudonym}`,
      expect.stringMatching(new RegExp(`^s3:GetObject on ${VAULT_BUCKET_ARN}/o/`)),
      `s3:PutObject on ${VAULT_BUCKET_ARN}/o/x`,
      `s3:PutObject on ${VAULT_BUCKET_ARN}/${leavesKey}`,
      `s3:GetObject on ${VAULT_BUCKET_ARN}/${leavesKey}`,
      `s3:DeleteObject on ${VAULT_BUCKET_ARN}/${leavesKey}`,
      `sqs:ReceiveMessage on ${ANCHORING_QUEUE_ARN}`,
    ]);
  });

  test('the anchoring function reads no object, writes none but leaves files, deletes none; has no use of branch keys, the identifier token key, the pseudonym key or the audit log; cannot delete catalog items one by one; and cannot send to the queue', async () => {
    const since = world.mark();
    const anchorer = vault(world, 'anchor-worker');
    const objectKey = [...world.objects.keys()].find((key) => key.startsWith('o/'))!;
    const leavesKey = [...world.objects.keys()].find((key) => key.startsWith('a/'))!;
    await expect(anchorer.clients.s3.send(new GetObjectCommand({ Bucket: VAULT_BUCKET, Key: objectKey }))).rejects.toThrow(AccessDenied);
    await expect(anchorer.clients.s3.send(new GetObjectCommand({ Bucket: VAULT_BUCKET, Key: leavesKey }))).rejects.toThrow(AccessDenied);
    await expect(anchorer.clients.s3.send(new PutObjectCommand({ Bucket: VAULT_BUCKET, Key: 'o/x', Body: 'x' }))).rejects.toThrow(AccessDenied);
    await expect(anchorer.clients.s3.send(new PutObjectCommand({ Bucket: VAULT_BUCKET, Key: 'm/x', Body: 'x' }))).rejects.toThrow(AccessDenied);
    await expect(anchorer.clients.s3.send(new DeleteObjectCommand({ Bucket: VAULT_BUCKET, Key: leavesKey }))).rejects.toThrow(AccessDenied);
    await expect(anchorer.keyring.state({ pseudonym: 'c'.repeat(64), holder: PROVIDER })).rejects.toThrow(AccessDenied);
    await expect(anchorer.ingest()).rejects.toThrow(AccessDenied);
    await expect(new PseudonymService({ kms: anchorer.clients.kms, keyId: KEYS.pseudonym }).providerPartition(PROVIDER)).rejects.toThrow();
    await expect(anchorer.audit.record([{ pseudonym: 'd'.repeat(64), action: 'read', clientId: 'c', providerId: PROVIDER, resources: [], purpose: 'TREAT', basis: 'own-records', requestId: 'r' }])).rejects.toThrow(AccessDenied);
    await expect(anchorer.catalog.delete({ pk: 'anchor#batch#closed', sk: 'x' })).rejects.toThrow(AccessDenied);
    await expect(anchorer.clients.sqs.send(new SendMessageCommand({ QueueUrl: ANCHORING_QUEUE_URL, MessageBody: '{"sweep":true}' }))).rejects.toThrow(AccessDenied);
    expect(world.refused('anchor-worker', since)).toEqual([
      `s3:GetObject on ${VAULT_BUCKET_ARN}/${objectKey}`,
      `s3:GetObject on ${VAULT_BUCKET_ARN}/${leavesKey}`,
      `s3:PutObject on ${VAULT_BUCKET_ARN}/o/x`,
      `s3:PutObject on ${VAULT_BUCKET_ARN}/m/x`,
      `s3:DeleteObject on ${VAULT_BUCKET_ARN}/${leavesKey}`,
      `dynamodb:Query on ${tableArn('branchKeys')}`,
      `dynamodb:GetItem on ${tableArn('keys')}`,
      `kms:GenerateMac on ${KEYS.pseudonym}`,
      `dynamodb:PutItem on ${tableArn('audit')}`,
      `dynamodb:DeleteItem on ${tableArn('catalog')}`,
      `sqs:SendMessage on ${ANCHORING_QUEUE_ARN}`,
    ]);
  });

  test('the anchoring queue: only fhir-ingest and the worker send to it, only the anchoring function takes messages off it; only the worker and the anchoring function sign with the operator key', async () => {
    const since = world.mark();
    const nudge = { commitId: 'c'.repeat(64), objects: 1, leaves: 1 };
    for (const fn of ['fhir-ingest', 'vault-worker'] as const) await vault(world, fn).queue!(nudge);
    for (const fn of ['fhir-read', 'fhir-erase', 'anchor-worker'] as const) {
      // Not given the queue's URL either.
      expect(environments.get(fn)!['ANCHOR_QUEUE_URL'], fn).toBeUndefined();
      await expect(world.as(fn).sqs.send(new SendMessageCommand({ QueueUrl: ANCHORING_QUEUE_URL, MessageBody: JSON.stringify(nudge) })), fn).rejects.toThrow(AccessDenied);
    }
    expect(world.nudges().slice(-2).map((sent) => sent.sender)).toEqual(['fhir-ingest', 'vault-worker']);
    for (const fn of ['fhir-ingest', 'fhir-read', 'fhir-erase', 'vault-worker'] as const) {
      await expect(world.as(fn).sqs.send(new ReceiveMessageCommand({ QueueUrl: ANCHORING_QUEUE_URL, MaxNumberOfMessages: 10 })), fn).rejects.toThrow(AccessDenied);
      await expect(world.as(fn).sqs.send(new DeleteMessageCommand({ QueueUrl: ANCHORING_QUEUE_URL, ReceiptHandle: 'x' })), fn).rejects.toThrow(AccessDenied);
    }
    // Nobody touches the dead-letter queue.
    for (const fn of ['fhir-ingest', 'vault-worker', 'anchor-worker'] as const) {
      await expect(world.as(fn).sqs.send(new SendMessageCommand({ QueueUrl: ANCHORING_DLQ_URL, MessageBody: '{}' })), fn).rejects.toThrow(AccessDenied);
      await expect(world.as(fn).sqs.send(new ReceiveMessageCommand({ QueueUrl: ANCHORING_DLQ_URL })), fn).rejects.toThrow(AccessDenied);
    }
    const signing = (fn: FunctionUnderTest) => world.as(fn).kms.send(new SignCommand({ KeyId: KEYS.operator, Message: Buffer.alloc(32), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }));
    for (const fn of ['vault-worker', 'anchor-worker'] as const) {
      await expect(signing(fn), fn).resolves.toMatchObject({ KeyId: KEYS.operator });
      await expect(world.as(fn).kms.send(new GetPublicKeyCommand({ KeyId: KEYS.operator })), fn).resolves.toMatchObject({ KeyId: KEYS.operator });
    }
    for (const fn of ['fhir-ingest', 'fhir-read', 'fhir-erase'] as const) await expect(signing(fn), fn).rejects.toThrow(AccessDenied);
    for (const fn of ['vault-worker', 'anchor-worker'] as const) await expect(world.as(fn).kms.send(new SignCommand({ KeyId: KEYS.admin, Message: Buffer.alloc(32), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' })), fn).rejects.toThrow(AccessDenied);
    const refusals = (fn: FunctionUnderTest) => world.refused(fn, since);
    expect(refusals('fhir-ingest')).toEqual([`sqs:ReceiveMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:DeleteMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:SendMessage on ${ANCHORING_DLQ_ARN}`, `sqs:ReceiveMessage on ${ANCHORING_DLQ_ARN}`, `kms:Sign on ${KEYS.operator}`]);
    expect(refusals('vault-worker')).toEqual([`sqs:ReceiveMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:DeleteMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:SendMessage on ${ANCHORING_DLQ_ARN}`, `sqs:ReceiveMessage on ${ANCHORING_DLQ_ARN}`, `kms:Sign on ${KEYS.admin}`]);
    expect(refusals('anchor-worker')).toEqual([`sqs:SendMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:SendMessage on ${ANCHORING_DLQ_ARN}`, `sqs:ReceiveMessage on ${ANCHORING_DLQ_ARN}`, `kms:Sign on ${KEYS.admin}`]);
    for (const fn of ['fhir-read', 'fhir-erase'] as const) {
      expect(refusals(fn), fn).toEqual([`sqs:SendMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:ReceiveMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:DeleteMessage on ${ANCHORING_QUEUE_ARN}`, `kms:Sign on ${KEYS.operator}`]);
    }
  });
});

describe("a person's erasure (admin-erasures), run under its synthesized policy", () => {
  const world = new World();
  const PROVIDER_B = 'provider-b';
  const PERSON_SSN = '999-61-2468';
  const ADMIN: ExchangeAdmin = { kind: 'admin', clientId: 'ops', scopes: parseScopeList('system/*.cruds').scopes, tokenId: 't-admin' };
  const atB = (text: string) => ({ clientId: 'client-b', providerId: PROVIDER_B, endpoint: 'system' as const, text });
  let pseudonym: string;

  /** What functions/admin-erasures/handler.ts does once the body is checked: pseudonym, holders, decision, erasure. */
  async function eraseAsAdmin(requestId: string) {
    const admin = vault(world, 'admin-erasures');
    const person = await new PseudonymService({ kms: admin.clients.kms, keyId: KEYS.pseudonym }).forIdentifier(SSN, PERSON_SSN);
    const erasure = admin.erasure();
    const holders = await erasure.holdersOf(person);
    const permit = requirePermit(decide(ADMIN, { kind: 'erase-person', reason: 'District Court order 2026-CV-0117' }, { kind: 'person', pseudonym: person, holders }));
    return erasure.erasePerson({ permit, requestId }, person);
  }

  test('two providers hold the person; the admin erases both partitions with exactly its grants, every one of them used, and no use of the vault key', async () => {
    for (const posted of [input(transaction(PERSON_SSN)), atB(transaction(PERSON_SSN))]) expect((await (await vault(world, 'fhir-ingest').ingest()).ingest(posted)).status).toBe(200);
    const catalog = world.table(tableName('catalog'));
    pseudonym = (catalog.get(`r#${PROVIDER}#Patient#${currentIds(world, 'Patient')[0]} current`) as { pseudonym: string }).pseudonym;
    const objectKeys = [...catalog.values()].filter((item) => item['pk'] === `p#${pseudonym}` && String(item['sk']).startsWith('obj#')).map((item) => String(item['objectKey']));
    expect(objectKeys).toHaveLength(2);

    const result = await eraseAsAdmin('r-admin-1');
    expect(result).toMatchObject({ alreadyErased: false, holders: [PROVIDER, PROVIDER_B].sort(), objects: 2, keyItems: 6 });
    const branchKeys = [...world.table(tableName('branchKeys')).keys()].filter((id) => id.startsWith(pseudonym)).sort();
    expect(branchKeys).toEqual([`${pseudonym} ${TOMBSTONE_TYPE}`, `${pseudonym}.${PROVIDER} ${TOMBSTONE_TYPE}`, `${pseudonym}.${PROVIDER_B} ${TOMBSTONE_TYPE}`].sort());
    for (const objectKey of objectKeys) expect(world.objects.has(objectKey), objectKey).toBe(false);
    const audit = [...world.table(tableName('audit')).values()].filter((entry) => entry['action'] === 'erase-person');
    expect(audit.map((entry) => entry['holder']).sort()).toEqual([PROVIDER, PROVIDER_B].sort());
    for (const entry of audit) expect(entry).toMatchObject({ pk: `a#${pseudonym}`, basis: 'admin', purpose: 'HLEGAL', clientId: 'ops', reason: 'District Court order 2026-CV-0117' });

    expect(world.refused('admin-erasures')).toEqual([]);
    expect(unusedGrants(world, 'admin-erasures')).toEqual([]);
  });

  test('afterwards neither holder reads (410) nor stores new data for the person (409); a retry is refused nothing, erases nothing more and adds no audit entry', async () => {
    const since = world.mark();
    const aPatient = currentIds(world, 'Patient');
    expect(aPatient).toEqual([]);
    const tombstoned = [...world.table(tableName('catalog')).values()].find((item) => String(item['pk']).startsWith(`r#${PROVIDER}#Patient#`) && item['sk'] === 'current')!;
    const patientId = String(tombstoned['pk']).split('#')[3]!;
    const who = decided({ kind: 'read', resourceType: 'Patient' }, { kind: 'resource', type: 'Patient', id: patientId }, 'r-after');
    await expect(vault(world, 'fhir-read').reader().read(who, 'Patient', patientId)).rejects.toMatchObject({ status: 410 });
    for (const posted of [input(transaction(PERSON_SSN), 'client-a2'), atB(transaction(PERSON_SSN))]) {
      await expect((await vault(world, 'fhir-ingest').ingest()).ingest({ ...posted, text: posted.text.replace('"transaction"', '"transaction","id":"after"') })).rejects.toMatchObject({ status: 409 });
    }
    const auditBefore = world.table(tableName('audit')).size;
    const retry = await eraseAsAdmin('r-admin-2');
    expect(retry).toMatchObject({ alreadyErased: true, objects: 0, resources: 0, keyItems: 0 });
    expect(world.table(tableName('audit')).size).toBe(auditBefore);
    for (const fn of ['admin-erasures', 'fhir-read', 'fhir-ingest'] as const) expect(world.refused(fn, since), fn).toEqual([]);
  });

  test('admin-erasures cannot unwrap or create a branch key, read or write an object, write a catalog item one by one, use the identifier token key, sign, or send to the anchoring queue', async () => {
    const since = world.mark();
    const { keyring, clients, catalog } = vault(world, 'admin-erasures');
    const [ciphertext, wrapped] = [...world.ciphertexts].find(([, stored]) => stored.context['tablename'] !== undefined)!;
    await expect(clients.kms.send(new DecryptCommand({ CiphertextBlob: Buffer.from(ciphertext, 'hex'), EncryptionContext: wrapped.context }))).rejects.toThrow(AccessDenied);
    await expect(keyring.ensureBranchKey({ pseudonym: 'e'.repeat(64), holder: PROVIDER })).rejects.toThrow(AccessDenied);
    await expect(clients.s3.send(new GetObjectCommand({ Bucket: VAULT_BUCKET, Key: 'o/x' }))).rejects.toThrow(AccessDenied);
    await expect(clients.s3.send(new PutObjectCommand({ Bucket: VAULT_BUCKET, Key: 'o/x', Body: 'x' }))).rejects.toThrow(AccessDenied);
    await expect(catalog.put({ pk: `r#${PROVIDER}#Patient#x`, sk: 'current' })).rejects.toThrow(AccessDenied);
    await expect(loadWrappedSecret({ kms: clients.kms, documents: clients.documents, table: tableName('keys'), kmsKeyId: KEYS.exchange }, IDENTIFIER_TOKEN_SECRET, { create: true })).rejects.toThrow(AccessDenied);
    await expect(clients.kms.send(new SignCommand({ KeyId: KEYS.admin, Message: Buffer.alloc(32), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }))).rejects.toThrow(AccessDenied);
    await expect(clients.sqs.send(new SendMessageCommand({ QueueUrl: ANCHORING_QUEUE_URL, MessageBody: '{"sweep":true}' }))).rejects.toThrow(AccessDenied);
    expect(environments.get('admin-erasures')!['ANCHOR_QUEUE_URL']).toBeUndefined();
    expect(world.refused('admin-erasures', since)).toEqual([
      `kms:Decrypt on ${KEYS.exchange}`,
      `kms:GenerateDataKeyWithoutPlaintext on ${KEYS.exchange}`,
      `s3:GetObject on ${VAULT_BUCKET_ARN}/o/x`,
      `s3:PutObject on ${VAULT_BUCKET_ARN}/o/x`,
      `dynamodb:PutItem on ${tableArn('catalog')}`,
      `dynamodb:GetItem on ${tableArn('keys')}`,
      `kms:Sign on ${KEYS.admin}`,
      `sqs:SendMessage on ${ANCHORING_QUEUE_ARN}`,
    ]);
  });
});
