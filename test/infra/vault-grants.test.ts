import { createHash, createHmac, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { CfnParameter, Stack } from 'aws-cdk-lib';
import type { CfnResource } from 'aws-cdk-lib';
import { BatchWriteItemCommand, DeleteItemCommand, DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import type { AttributeValue, BatchWriteItemCommandInput } from '@aws-sdk/client-dynamodb';
import { DecryptCommand, GenerateDataKeyCommand, GenerateDataKeyWithoutPlaintextCommand, GenerateMacCommand, GetPublicKeyCommand, KMSClient, ReEncryptCommand, SignCommand } from '@aws-sdk/client-kms';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { DeleteMessageBatchCommand, DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { BatchGetCommand, BatchWriteCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand as DocumentQueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { BatchWriteCommandInput, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { APIGatewayProxyEventV2, Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { SigningKey, Transaction, Wallet, computeAddress, getAddress, verifyTypedData } from 'ethers';
import type { Signer, TransactionRequest } from 'ethers';
import type { AuditEvent, Bundle, Consent, Parameters } from 'fhir/r4.d.ts';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { handler as anchorWorkerHandler } from '../../functions/anchor-worker/handler.ts';
import { handler as exportWorkerHandler } from '../../functions/export-worker/handler.ts';
import { decide, requirePermit } from '../../functions/access/decide.ts';
import type { Action, Target } from '../../functions/access/decide.ts';
import { issueAccessToken } from '../../functions/access/access-token.ts';
import type { ExchangeAdmin, ProviderSystem, PurposeOfUse } from '../../functions/access/principal.ts';
import { parseScopeList } from '../../functions/access/smart-scopes.ts';
import { loadWrappedSecret } from '../../functions/access/wrapped-secret.ts';
import { PATIENT_SESSION_SECRET, issuePatientSession, sessionAudience } from '../../functions/patient-auth/patient-session.ts';
import type { LambdaHttpHandler } from '../../functions/http/http-handler.ts';
import { RouteMatcher } from '../../functions/http/route-matcher.ts';
import type { AnchorRecord, AnchorRegistry } from '../../functions/ledger/anchor-registry.ts';
import { createProvider, resolveSigner } from '../../functions/ledger/chain-client.ts';
import type { ChainClient, TransactionSender } from '../../functions/ledger/chain-client.ts';
import { CONSENT_PURPOSES, CONSENT_TYPES, ConsentRegistry, ConsentRegistryInterface, RECOVERY_PROPOSAL_TYPES, REVOCATION_TYPES, granteeKey, purposeKey } from '../../functions/ledger/consent-registry.ts';
import type { ConsentPurpose, ConsentState, PendingRecovery } from '../../functions/ledger/consent-registry.ts';
import { verifyProof } from '../../functions/ledger/merkle-tree.ts';
import { onChainProviderId } from '../../functions/ledger/provider-registry.ts';
import type { OnChainProvider } from '../../functions/ledger/provider-registry.ts';
import { pseudonymBytes32 } from '../../functions/ledger/record-locator.ts';
import type { RecordLocator } from '../../functions/ledger/record-locator.ts';
import { ROUTES } from '../../functions/routes.ts';
import type { HttpMethod } from '../../functions/routes.ts';
import { Anchoring, anchorKeys } from '../../functions/vault/anchoring/anchoring.ts';
import { anchoringQueue } from '../../functions/vault/anchoring/anchoring-queue.ts';
import type { AnchoringNudge } from '../../functions/vault/anchoring/anchoring-queue.ts';
import { AuditLog } from '../../functions/vault/storage/audit-log.ts';
import { Catalog, keys } from '../../functions/vault/storage/catalog.ts';
import { OneTimeCodes } from '../../functions/consent/one-time-codes.ts';
import { IDENTIFIER_TOKEN_SECRET, IdentifierTokens } from '../../functions/vault/storage/identifier-tokens.ts';
import { PatientErasedError, PatientKeyring, TOMBSTONE_TYPE } from '../../functions/vault/storage/patient-keys.ts';
import { PseudonymService } from '../../functions/vault/storage/patient-pseudonym.ts';
import { registerPendingHoldings } from '../../functions/vault/ingest/pending-holdings.ts';
import { SealedObjects } from '../../functions/vault/storage/sealed-object.ts';
import { VaultErasure } from '../../functions/vault/erase/vault-erasure.ts';
import { ErasureJournalInterface } from '../../functions/ledger/erasure-journal.ts';
import type { ErasureJournalWriter } from '../../functions/ledger/erasure-journal.ts';
import { VaultIngest } from '../../functions/vault/ingest/vault-ingest.ts';
import { CommitIndex } from '../../functions/vault/ingest/commit-index.ts';
import { VaultObjects } from '../../functions/vault/storage/vault-objects.ts';
import { VaultReader } from '../../functions/vault/read/vault-reader.ts';
import { VaultVerification } from '../../functions/vault/read/vault-verification.ts';
import { EMERGENCY_PENDING_PK, emergencyReasonCommitment, leaveEmergencyAccessPending } from '../../functions/vault/read/emergency-access.ts';
import { runVaultWorker } from '../../functions/vault-worker/handler.ts';
import { ExportFiles, partKey, patientPart } from '../../functions/export/export-files.ts';
import { ExportJobs } from '../../functions/export/export-jobs.ts';
import { loadDeidKeys } from '../../functions/export/deid-keys.ts';
import type { ExportJob } from '../../functions/export/export-jobs.ts';
import type { ResearchCohort } from '../../functions/export/research-cohort.ts';
import { ANCHOR_WORKER, EXPORT_WORKER, SIGNING_KEY_SECRET, apiRoutes } from '../../infra/cdk/api-stack.ts';
import { buildApp } from '../../infra/cdk/app.ts';
import type { ExchangeApp } from '../../infra/cdk/app.ts';
import { CONFIG_SECTIONS } from '../../infra/cdk/exchange-function.ts';
import type { ChainParameterName } from '../../infra/cdk/stateful-stack.ts';
import { chainConfigSchema, parseConfig, vaultStoreConfigSchema } from '../../schemas/config.ts';
import type { VaultStoreConfig } from '../../schemas/config.ts';
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
 *
 * The consent flows' routes (a person's $everything in fhir-read, $enrollment-code in fhir-erase,
 * fhir-consent, patient-consent) run as their HTTP handlers, each cold-started in a module graph
 * of its own with exactly its synthesized environment (a configuration section it lacks fails as
 * it would in Lambda) and the process's AWS clients acting as it; the tokens they verify are
 * signed with the signing key smart-token's code creates under smart-token's policy. The chain is
 * replaced as for the other functions (the record locator, the anchor registry): the
 * ConsentRegistry is the real adapter (functions/ledger/consent-registry.ts) over the function's
 * chain configuration, its reads answered by an in-memory model of the contract (ConsentChain),
 * and its transactions signed by the function's OPERATOR_SIGNER with the real KMS signer
 * (functions/ledger/kms-signer.ts) on the KMS stand-in, whose signer keys are real secp256k1 keys:
 * the model accepts a transaction only if its signature recovers to the operator key's address.
 * The ProviderRegistry answers the providers' status from the same model.
 */

type Json = Record<string, any>;
type FunctionUnderTest =
  | 'fhir-ingest'
  | 'fhir-read'
  | 'fhir-erase'
  | 'admin-erasures'
  | 'fhir-consent'
  | 'patient-consent'
  | 'patient-auth'
  | 'smart-token'
  | 'vault-worker'
  | 'anchor-worker'
  | 'fhir-export'
  | 'export-worker';

/** What storage-services.ts vaultStorage() builds. */
type VaultStorage = { config: VaultStoreConfig; catalog: Catalog; audit: AuditLog; objects: VaultObjects };

/**
 * What the vault services, the chain adapters (record-locator.ts, consent-registry.ts,
 * provider-registry.ts) and aws-clients.ts give the code under test, set before each call
 * (handlerServices for the workers, HttpFunctions.call for the HTTP handlers).
 */
interface HandlerServices {
  vaultCommitIndex(): CommitIndex;
  vaultCatalog(): Catalog;
  vaultStorage(): VaultStorage;
  vaultAnchoring(): { anchoring: Anchoring; maxLeaves: number; maxWaitSeconds: number; queue?: (nudge: AnchoringNudge) => Promise<void> };
  repairAfterSeconds(): number;
  recordLocator(): RecordLocator;
  consentRegistry(): ConsentRegistry;
  providerRegistry(): { find(providerId: string): Promise<Pick<OnChainProvider, 'status'> | undefined> };
  awsClients(): ReturnType<World['as']>;
  /** What functions/export/research-cohort.ts's ResearchCohort answers (the export's cohort on chain). */
  researchCohort(): Pick<ResearchCohort, 'currentBlock' | 'candidates' | 'permittedAt' | 'permittedMany'>;
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
  vaultStorage: () => services.get().vaultStorage(),
  vaultCatalog: () => services.get().vaultCatalog(),
  repairAfterSeconds: () => services.get().repairAfterSeconds(),
}));
vi.mock('../../functions/vault/anchoring/anchoring-services.ts', () => ({
  vaultCommitIndex: () => services.get().vaultCommitIndex(),
  vaultAnchoring: () => services.get().vaultAnchoring(),
}));
// The chain adapters' shared instances; everything else in their modules is the real code.
vi.mock('../../functions/ledger/record-locator.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../functions/ledger/record-locator.ts')>()),
  recordLocator: () => services.get().recordLocator(),
}));
vi.mock('../../functions/ledger/consent-registry.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../functions/ledger/consent-registry.ts')>()),
  consentRegistry: () => services.get().consentRegistry(),
}));
vi.mock('../../functions/ledger/provider-registry.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../functions/ledger/provider-registry.ts')>()),
  providerRegistry: () => services.get().providerRegistry(),
}));
// The export's cohort on chain (ConsentGranted events, isPermitted at a block), answered from the consent model.
vi.mock('../../functions/export/research-cohort.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../functions/export/research-cohort.ts')>()),
  ResearchCohort: class {
    constructor() {
      return services.get().researchCohort();
    }
  },
}));
// The process's AWS clients: the stand-ins, acting as the function whose code runs.
vi.mock('../../functions/platform/aws-clients.ts', () => ({ awsClients: () => services.get().awsClients() }));

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
/** The export bucket (Bulk Data export files), named as the stack would render it. */
const EXPORT_BUCKET = 'fhir-exchange-test-exports-bucket';
const ANCHORING_QUEUE_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT}:fhir-exchange-test-anchoring`;
const ANCHORING_QUEUE_URL = `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/fhir-exchange-test-anchoring`;
const ANCHORING_DLQ_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT}:fhir-exchange-test-anchoring-dlq`;
const ANCHORING_DLQ_URL = `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/fhir-exchange-test-anchoring-dlq`;
const EXPORT_BUCKET_ARN = `arn:aws:s3:::${EXPORT_BUCKET}`;
const EXPORT_QUEUE_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT}:fhir-exchange-test-export`;
const EXPORT_QUEUE_URL = `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/fhir-exchange-test-export`;
const EXPORT_DLQ_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT}:fhir-exchange-test-export-dlq`;
const EXPORT_DLQ_URL = `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/fhir-exchange-test-export-dlq`;
const KEYS = {
  exchange: `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000001`,
  pseudonym: `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000002`,
  operator: `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000003`,
  admin: `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000004`,
};
/** A KMS key named by key id (what `kms:<key id>` signer references hold) as the ARN IAM authorizes. */
const keyArn = (keyId: string) => (keyId.startsWith('arn:') ? keyId : `arn:aws:kms:${REGION}:${ACCOUNT}:key/${keyId}`);
const CONSENT_REGISTRY_ADDRESS = getAddress(`0x${'c0'.repeat(20)}`);
/** The chain's SSM parameters (the API stack resolves them at deploy time), as the operator would have set them. */
const CHAIN_VALUES: Record<ChainParameterName, string> = {
  'rpc-url': 'https://chain-rpc.example.org',
  'chain-id': '31337',
  'provider-registry-address': getAddress(`0x${'a1'.repeat(20)}`),
  'record-locator-address': getAddress(`0x${'b2'.repeat(20)}`),
  'anchor-registry-address': getAddress(`0x${'d3'.repeat(20)}`),
  'consent-registry-address': CONSENT_REGISTRY_ADDRESS,
  'erasure-journal-address': getAddress(`0x${'e4'.repeat(20)}`),
};

/** The patient portal origins parameter as the operator sets it after deploying the portal stack. */
const PORTAL_ORIGINS = 'https://d111111abcdef8.cloudfront.net';

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
  refs.set(logicalId(built.stateful.buckets.exports), EXPORT_BUCKET);
  arns.set(logicalId(built.stateful.buckets.exports), EXPORT_BUCKET_ARN);
  // A queue's Ref is its URL.
  refs.set(logicalId(built.stateful.anchoringQueue), ANCHORING_QUEUE_URL);
  arns.set(logicalId(built.stateful.anchoringQueue), ANCHORING_QUEUE_ARN);
  refs.set(logicalId(built.stateful.anchoringDeadLetterQueue), ANCHORING_DLQ_URL);
  arns.set(logicalId(built.stateful.anchoringDeadLetterQueue), ANCHORING_DLQ_ARN);
  refs.set(logicalId(built.stateful.exportQueue), EXPORT_QUEUE_URL);
  arns.set(logicalId(built.stateful.exportQueue), EXPORT_QUEUE_ARN);
  refs.set(logicalId(built.stateful.exportDeadLetterQueue), EXPORT_DLQ_URL);
  arns.set(logicalId(built.stateful.exportDeadLetterQueue), EXPORT_DLQ_ARN);
  const kmsKeys = [
    [built.stateful.key, KEYS.exchange],
    [built.stateful.pseudonymKey, KEYS.pseudonym],
    [built.stateful.operatorSignerKey, KEYS.operator],
    [built.stateful.adminSignerKey, KEYS.admin],
  ] as const;
  for (const [key, arn] of kmsKeys) {
    arns.set(logicalId(key), arn);
    // A key's Ref is its key id (OPERATOR_SIGNER is `kms:<key id>`).
    refs.set(logicalId(key), arn.slice(arn.lastIndexOf('/') + 1));
  }
  // The chain settings and the portal origins the API stack reads from SSM parameters (named after the stage).
  for (const parameter of built.api.node.findAll().filter((construct): construct is CfnParameter => construct instanceof CfnParameter)) {
    if (!String(parameter.type).startsWith('AWS::SSM::Parameter::Value')) continue;
    if (String(parameter.default).endsWith('/patient/portal-origins')) {
      refs.set(built.api.getLogicalId(parameter), PORTAL_ORIGINS);
      continue;
    }
    const name = String(parameter.default).split('/').pop() as ChainParameterName;
    if (CHAIN_VALUES[name]) refs.set(built.api.getLogicalId(parameter), CHAIN_VALUES[name]);
  }
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
    'fhir-consent': built.api.functions['fhir-consent'],
    'patient-consent': built.api.functions['patient-consent'],
    'patient-auth': built.api.functions['patient-auth'],
    'smart-token': built.api.functions['smart-token'],
    'vault-worker': built.api.vaultWorker,
    'anchor-worker': built.api.anchorWorker,
    'fhir-export': built.api.functions['fhir-export'],
    'export-worker': built.api.exportWorker,
  };
  for (const [name, fn] of Object.entries(functions) as [FunctionUnderTest, (typeof functions)[FunctionUnderTest]][]) {
    environments.set(name, render(template['Resources'][logicalId(fn.function)].Properties.Environment.Variables) as Record<string, string>);
    expect(JSON.stringify(environments.get(name)), name).not.toContain('<unrendered');
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
        case 'StringLike':
          if (typeof actual !== 'string' || !allowed.some((pattern) => glob(pattern, actual))) return false;
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

interface QueuedMessage {
  messageId: string;
  body: string;
  sender: FunctionUnderTest;
  sentAt: number;
  receives: number;
  receipt?: string;
}

class World {
  readonly tables = new Map<string, Map<string, Item>>();
  readonly objects = new Map<string, Uint8Array>();
  /** The export bucket's objects, by key. */
  readonly exportObjects = new Map<string, Uint8Array>();
  /** Multipart uploads in progress, by upload id. */
  readonly uploads = new Map<string, { bucket: string; key: string; parts: Map<number, { etag: string; bytes: Buffer }> }>();
  readonly ciphertexts = new Map<string, { key: string; plaintext: Uint8Array; context: Record<string, string> }>();
  readonly macKeys = new Map<string, Buffer>();
  /** The chain signer keys (ECC_SECG_P256K1 / SIGN_VERIFY), by key ARN: real secp256k1 keys, created on first use. */
  readonly signerKeys = new Map<string, { signing: SigningKey; spki: Uint8Array }>();
  /** The anchoring queue's messages, in order; `receipt` is set while a message is in flight (received, not deleted, visibility timeout running). */
  readonly queue: QueuedMessage[] = [];
  /** The export queue's messages, likewise. */
  readonly exportQueue: QueuedMessage[] = [];
  /** Every authorization asked, by function, with the grants that allowed it (none: refused). */
  readonly log: { fn: FunctionUnderTest; request: Request; grants: string[] }[] = [];
  /** Calls to fail once, before authorization, as a transient AWS error would. */
  readonly faults: ((request: Request, input: Json) => boolean)[] = [];
  /** Called after each successful TransactWriteItems (to interleave another function's work). */
  afterTransaction?: () => void;

  signerKey(arn: string): { signing: SigningKey; spki: Uint8Array } {
    let key = this.signerKeys.get(arn);
    if (!key) {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
      const d = Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url').toString('hex').padStart(64, '0');
      key = { signing: new SigningKey(`0x${d}`), spki: new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })) };
      this.signerKeys.set(arn, key);
    }
    return key;
  }

  /** The chain address of a signer key. */
  signerAddress(arn: string): string {
    return computeAddress(this.signerKey(arn).signing.publicKey);
  }

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
    for (const message of [...this.queue, ...this.exportQueue]) delete message.receipt;
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
      // A chain signer key, named by ARN or by key id (a `kms:<key id>` signer reference): a real
      // secp256k1 key, so that the exchange's KMS signer can derive its address and sign with it.
      const arn = keyArn(command.input.KeyId!);
      world.authorize(fn, { action: command instanceof SignCommand ? 'kms:Sign' : 'kms:GetPublicKey', resource: arn, context: {} });
      const key = world.signerKey(arn);
      if (command instanceof GetPublicKeyCommand) return { PublicKey: key.spki, KeyId: arn, KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY', SigningAlgorithms: ['ECDSA_SHA_256'] };
      expect(command.input).toMatchObject({ MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' });
      const { r, s } = key.signing.sign(command.input.Message!);
      return { Signature: derSignature(r, s), KeyId: arn, SigningAlgorithm: 'ECDSA_SHA_256' };
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

/** An ECDSA-Sig-Value (r, s) in DER, as KMS Sign returns it. */
function derSignature(r: string, s: string): Uint8Array {
  const integer = (hexValue: string) => {
    let bytes = Buffer.from(hexValue.slice(2), 'hex');
    while (bytes.length > 1 && bytes[0] === 0 && (bytes[1]! & 0x80) === 0) bytes = bytes.subarray(1);
    if (bytes[0]! & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
    return Buffer.concat([Buffer.from([0x02, bytes.length]), bytes]);
  };
  const body = Buffer.concat([integer(r), integer(s)]);
  return new Uint8Array(Buffer.concat([Buffer.from([0x30, body.length]), body]));
}

/** DynamoDB decrypts a table's key with the caller's credentials: kms:Decrypt on the root key, through DynamoDB, for that table. */
function throughDynamoDb(world: World, fn: FunctionUnderTest, table: string): void {
  world.authorize(fn, {
    action: 'kms:Decrypt',
    resource: KEYS.exchange,
    context: { 'kms:ViaService': `dynamodb.${REGION}.amazonaws.com`, 'kms:EncryptionContext:aws:dynamodb:tableName': table },
  });
}

/** `leadingKeys` undefined: a request without partition keys (a Scan), for which IAM has no dynamodb:LeadingKeys. */
function dynamoRequest(world: World, fn: FunctionUnderTest, action: string, table: string, leadingKeys: string[] | undefined, extra: Request['context'] = {}, input: Json = {}): void {
  if (!TABLE_BY_NAME.has(table)) throw new Error(`No table ${table}`);
  const keys: Request['context'] = leadingKeys === undefined ? {} : { 'dynamodb:LeadingKeys': leadingKeys };
  world.authorize(fn, { action: `dynamodb:${action}`, resource: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${table}`, context: { ...keys, ...extra } }, input);
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
      case 'attribute_not_exists(#key)':
        return existing === undefined;
      case 'attribute_exists(#key)':
        return existing !== undefined;
      case 'attribute_not_exists(pk) OR versionId < :v OR (versionId = :v AND commitId = :c)':
        return existing === undefined || (existing['versionId'] as number) < (values[':v'] as number) || (existing['versionId'] === values[':v'] && existing['commitId'] === values[':c']);
      case 'attribute_not_exists(pk) OR commitId = :c':
        return existing === undefined || existing['commitId'] === values[':c'];
      // The export jobs table (functions/export/export-jobs.ts).
      case 'jobId = :previous':
        return existing !== undefined && existing['jobId'] === values[':previous'];
      case 'jobId = :job':
        return existing !== undefined && existing['jobId'] === values[':job'];
      case '#status IN (:accepted, :running) AND (attribute_not_exists(leaseUntil) OR leaseUntil < :nowMs)':
        return (
          existing !== undefined &&
          [values[':accepted'], values[':running']].includes(existing['status']) &&
          (existing['leaseUntil'] === undefined || (existing['leaseUntil'] as number) < (values[':nowMs'] as number))
        );
      case 'leaseId = :mine AND #state = :inProgress':
        return existing !== undefined && existing['leaseId'] === values[':mine'] && existing['status'] === values[':inProgress'];
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
      const { TableName, Key, ConditionExpression, ReturnValues, ExpressionAttributeValues } = command.input;
      const { id, pk } = keyOf(TableName!, Key!);
      dynamoRequest(world, fn, 'DeleteItem', TableName!, [pk], {}, command.input);
      const existing = world.table(TableName!).get(id);
      if (!condition(ConditionExpression, existing, ExpressionAttributeValues)) throw conditionFailed();
      world.table(TableName!).delete(id);
      return ReturnValues === 'ALL_OLD' && existing ? { Attributes: structuredClone(existing) } : {};
    }
    if (command instanceof UpdateCommand) {
      // `SET a = :a, #b = :b REMOVE c, d`, as the export jobs are updated.
      const { TableName, Key, UpdateExpression, ConditionExpression, ExpressionAttributeNames = {}, ExpressionAttributeValues = {}, ReturnValues } = command.input;
      const { id, pk } = keyOf(TableName!, Key!);
      dynamoRequest(world, fn, 'UpdateItem', TableName!, [pk], {}, command.input);
      const existing = world.table(TableName!).get(id);
      if (!condition(ConditionExpression, existing, ExpressionAttributeValues)) throw conditionFailed();
      const item: Item = structuredClone(existing ?? { ...Key });
      const name = (token: string) => ExpressionAttributeNames[token] ?? token;
      const [, sets = '', removes = ''] = /^SET (.*?)(?: REMOVE (.*))?$/.exec(UpdateExpression!) ?? [];
      for (const assignment of sets.split(',').map((part) => part.trim()).filter(Boolean)) {
        const [target, value] = assignment.split(' = ') as [string, string];
        if (!(value in ExpressionAttributeValues)) throw new Error(`The document stand-in does not know the update ${assignment}`);
        item[name(target)] = structuredClone(ExpressionAttributeValues[value]);
      }
      for (const target of removes.split(',').map((part) => part.trim()).filter(Boolean)) delete item[name(target)];
      world.table(TableName!).set(id, item);
      return ReturnValues === 'ALL_NEW' ? { Attributes: structuredClone(item) } : {};
    }
    if (command instanceof ScanCommand) {
      const { TableName, ExclusiveStartKey } = command.input;
      expect(ExclusiveStartKey).toBeUndefined();
      dynamoRequest(world, fn, 'Scan', TableName!, undefined, {}, command.input);
      return { Items: structuredClone([...world.table(TableName!).values()]) };
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
    // The catalog marshals its batch writes itself (Catalog.writeMany): read them as the document form.
    if (command instanceof BatchWriteItemCommand || command instanceof BatchWriteCommand) {
      const input = command instanceof BatchWriteCommand ? command.input : documentBatchWrite(command.input);
      for (const [table, requests] of Object.entries(input.RequestItems!)) {
        const items = requests.map((request) => (request.PutRequest?.Item ?? request.DeleteRequest?.Key)!);
        dynamoRequest(world, fn, 'BatchWriteItem', table, items.map((item) => keyOf(table, item).pk), {}, input);
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

/** A low-level BatchWriteItem input in the document client's form (attribute values unmarshalled). */
function documentBatchWrite(input: BatchWriteItemCommandInput): BatchWriteCommandInput {
  return {
    RequestItems: Object.fromEntries(
      Object.entries(input.RequestItems!).map(([table, requests]) => [
        table,
        requests.map((request) => (request.PutRequest ? { PutRequest: { Item: unmarshall(request.PutRequest.Item!) } } : { DeleteRequest: { Key: unmarshall(request.DeleteRequest!.Key!) } })),
      ]),
    ),
  };
}

/**
 * S3 on the vault and export buckets, each encrypted with the root key and an S3 Bucket Key: S3's
 * KMS calls carry the bucket ARN. A PUT (and a multipart upload's create) has S3 generate the data
 * key, a GET (and each uploaded part) has it decrypt it; a DeleteObjects is authorized as
 * s3:DeleteObject for each key, a ListObjectsV2 as s3:ListBucket on the bucket with its prefix as
 * `s3:prefix`.
 */
function fakeS3(world: World, fn: FunctionUnderTest): S3Client {
  const client = new S3Client({ region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  (client as unknown as { send: (command: unknown) => Promise<unknown> }).send = async (command: unknown) => {
    const input = (command as { input: { Bucket?: string; Key?: string; Body?: unknown } }).input;
    expect([VAULT_BUCKET, EXPORT_BUCKET]).toContain(input.Bucket);
    const bucketArn = input.Bucket === VAULT_BUCKET ? VAULT_BUCKET_ARN : EXPORT_BUCKET_ARN;
    const objects = input.Bucket === VAULT_BUCKET ? world.objects : world.exportObjects;
    const throughS3 = (action: string) =>
      world.authorize(fn, { action, resource: KEYS.exchange, context: { 'kms:ViaService': `s3.${REGION}.amazonaws.com`, 'kms:EncryptionContext:aws:s3:arn': bucketArn } });
    const resource = `${bucketArn}/${input.Key}`;
    const bytesOf = (body: unknown) => (typeof body === 'string' ? Buffer.from(body) : Buffer.from(body as Uint8Array));
    if (command instanceof PutObjectCommand) {
      world.authorize(fn, { action: 's3:PutObject', resource, context: {} }, input);
      throughS3('kms:GenerateDataKey');
      objects.set(input.Key!, bytesOf(input.Body));
      return {};
    }
    if (command instanceof GetObjectCommand) {
      world.authorize(fn, { action: 's3:GetObject', resource, context: {} }, input);
      const bytes = objects.get(input.Key!);
      if (!bytes) {
        // Without s3:ListBucket, S3 answers a missing key with 403, not 404.
        const listing = matchingGrants(policies.get(fn)!, { action: 's3:ListBucket', resource: bucketArn, context: { 's3:prefix': input.Key! } });
        if (listing.length === 0) throw Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
        throw Object.assign(new Error('NoSuchKey'), { name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } });
      }
      throughS3('kms:Decrypt');
      const copy = new Uint8Array(bytes);
      return { Body: { transformToByteArray: async () => copy } };
    }
    if (command instanceof DeleteObjectCommand) {
      world.authorize(fn, { action: 's3:DeleteObject', resource, context: {} }, input);
      objects.delete(input.Key!);
      return {};
    }
    if (command instanceof DeleteObjectsCommand) {
      const keys = command.input.Delete!.Objects!.map((object) => object.Key!);
      expect(keys.length).toBeLessThanOrEqual(1000);
      for (const key of keys) world.authorize(fn, { action: 's3:DeleteObject', resource: `${bucketArn}/${key}`, context: {} }, command.input);
      for (const key of keys) objects.delete(key);
      return { Deleted: keys.map((Key) => ({ Key })) };
    }
    if (command instanceof ListObjectsV2Command) {
      const { Prefix, ContinuationToken } = command.input;
      world.authorize(fn, { action: 's3:ListBucket', resource: bucketArn, context: Prefix === undefined ? {} : { 's3:prefix': Prefix } }, command.input);
      // Pages of 2 keys, so that the callers' paging is exercised; as S3's, a token continues after the page's last key.
      const keys = [...objects.keys()].filter((key) => key.startsWith(Prefix ?? '') && (ContinuationToken === undefined || key > ContinuationToken)).sort();
      const page = keys.slice(0, 2);
      const more = keys.length > 2;
      return { Contents: page.map((Key) => ({ Key })), IsTruncated: more, ...(more ? { NextContinuationToken: page.at(-1) } : {}) };
    }
    if (command instanceof CreateMultipartUploadCommand) {
      world.authorize(fn, { action: 's3:PutObject', resource, context: {} }, input);
      throughS3('kms:GenerateDataKey');
      const uploadId = randomUUID();
      world.uploads.set(uploadId, { bucket: input.Bucket!, key: input.Key!, parts: new Map() });
      return { UploadId: uploadId };
    }
    if (command instanceof UploadPartCommand) {
      world.authorize(fn, { action: 's3:PutObject', resource, context: {} }, input);
      throughS3('kms:Decrypt');
      const upload = world.uploads.get(command.input.UploadId!);
      if (!upload || upload.key !== input.Key) throw Object.assign(new Error('NoSuchUpload'), { name: 'NoSuchUpload', $metadata: { httpStatusCode: 404 } });
      const etag = `"${randomBytes(8).toString('hex')}"`;
      upload.parts.set(command.input.PartNumber!, { etag, bytes: bytesOf(command.input.Body) });
      return { ETag: etag };
    }
    if (command instanceof CompleteMultipartUploadCommand) {
      world.authorize(fn, { action: 's3:PutObject', resource, context: {} }, input);
      throughS3('kms:Decrypt');
      const upload = world.uploads.get(command.input.UploadId!);
      if (!upload) throw Object.assign(new Error('NoSuchUpload'), { name: 'NoSuchUpload', $metadata: { httpStatusCode: 404 } });
      const parts = command.input.MultipartUpload!.Parts!;
      for (const [index, part] of parts.entries()) {
        expect(part.PartNumber).toBe(index + 1);
        expect(part.ETag).toBe(upload.parts.get(part.PartNumber!)?.etag);
        // S3's smallest part: 5 MiB, all but the last.
        if (index < parts.length - 1) expect(upload.parts.get(part.PartNumber!)!.bytes.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
      }
      objects.set(upload.key, Buffer.concat(parts.map((part) => upload.parts.get(part.PartNumber!)!.bytes)));
      world.uploads.delete(command.input.UploadId!);
      return {};
    }
    if (command instanceof AbortMultipartUploadCommand) {
      world.authorize(fn, { action: 's3:AbortMultipartUpload', resource, context: {} }, input);
      world.uploads.delete(command.input.UploadId!);
      return {};
    }
    throw new Error(`The S3 stand-in does not know ${(command as object).constructor.name}`);
  };
  return client;
}

/**
 * SQS, for the anchoring and export queues (and their dead-letter queues), encrypted with the root key: SQS uses the key with the caller's
 * credentials, through SQS and under the queue's ARN as encryption context. A sender needs
 * kms:GenerateDataKey and kms:Decrypt (what SQS documents for a producer on a queue with a
 * customer managed key; the stand-in asks both on every send), a receiver kms:Decrypt when
 * messages come back. Only what the functions and Lambda's poller call is known.
 */
function fakeSqs(world: World, fn: FunctionUnderTest): SQSClient {
  const client = new SQSClient({ region: REGION, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const queues: Record<string, { arn: string; messages: QueuedMessage[] }> = {
    [ANCHORING_QUEUE_URL]: { arn: ANCHORING_QUEUE_ARN, messages: world.queue },
    [ANCHORING_DLQ_URL]: { arn: ANCHORING_DLQ_ARN, messages: [] },
    [EXPORT_QUEUE_URL]: { arn: EXPORT_QUEUE_ARN, messages: world.exportQueue },
    [EXPORT_DLQ_URL]: { arn: EXPORT_DLQ_ARN, messages: [] },
  };
  (client as unknown as { send: (command: unknown) => Promise<unknown> }).send = async (command: unknown) => {
    const url = (command as { input: { QueueUrl?: string } }).input.QueueUrl;
    const queue = url === undefined ? undefined : queues[url];
    if (!queue) throw new Error(`No queue ${url}`);
    const resource = queue.arn;
    const throughSqs = (action: string) => world.authorize(fn, { action, resource: KEYS.exchange, context: { 'kms:ViaService': `sqs.${REGION}.amazonaws.com`, 'kms:EncryptionContext:aws:sqs:arn': queue.arn } });
    if (command instanceof SendMessageCommand) {
      world.authorize(fn, { action: 'sqs:SendMessage', resource, context: {} }, command.input);
      throughSqs('kms:GenerateDataKey');
      throughSqs('kms:Decrypt');
      const messageId = randomBytes(16).toString('hex');
      queue.messages.push({ messageId, body: command.input.MessageBody!, sender: fn, sentAt: Date.now(), receives: 0 });
      return { MessageId: messageId };
    }
    if (command instanceof ReceiveMessageCommand) {
      world.authorize(fn, { action: 'sqs:ReceiveMessage', resource, context: {} }, command.input);
      const received = queue.messages.filter((message) => message.receipt === undefined).slice(0, command.input.MaxNumberOfMessages ?? 1);
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
        const index = queue.messages.findIndex((message) => message.receipt === receipt);
        if (index >= 0) queue.messages.splice(index, 1);
      }
      return {};
    }
    if (command instanceof GetQueueAttributesCommand) {
      world.authorize(fn, { action: 'sqs:GetQueueAttributes', resource, context: {} }, command.input);
      return { Attributes: { ApproximateNumberOfMessages: String(queue.messages.filter((message) => message.receipt === undefined).length) } };
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
    /** vaultErasure(): each erasure recorded in the journal first, signed by the function's OPERATOR_SIGNER (journalFor). */
    erasure: () => new VaultErasure(catalog, objects, keyring, audit, journalFor(world, fn)),
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
 * The ErasureJournal as an erasure function reaches it (functions/ledger/erasure-journal.ts): each
 * record is a transaction to the configured journal address, signed by `fn`'s OPERATOR_SIGNER in
 * KMS (the stand-in, as `fn`: its policy must allow kms:Sign and kms:GetPublicKey) and checked here
 * (signed by the operator key, to the journal, the method expected); the chain itself is not modelled.
 */
function journalFor(world: World, fn: FunctionUnderTest): ErasureJournalWriter {
  const config = parseConfig(chainConfigSchema, environments.get(fn)!);
  const provider = createProvider(config);
  let signer: Promise<Signer> | undefined;
  let nonce = 0;
  const record = async (method: 'recordPersonErasure' | 'recordHolderErasure', args: string[]) => {
    if (!config.OPERATOR_SIGNER || !config.ERASURE_JOURNAL_ADDRESS) throw new Error(`${fn}: no erasure journal or operator signer configured`);
    signer ??= resolveSigner(provider, config.OPERATOR_SIGNER, 'OPERATOR_SIGNER', world.as(fn).kms);
    const from = await (await signer).getAddress();
    const raw = await (await signer).signTransaction({
      to: config.ERASURE_JOURNAL_ADDRESS,
      data: ErasureJournalInterface.encodeFunctionData(method, args),
      from,
      chainId: config.CHAIN_ID,
      nonce: nonce++,
      type: 2,
      gasLimit: 100_000n,
      maxFeePerGas: 2_000_000_000n,
      maxPriorityFeePerGas: 1_000_000_000n,
    });
    const tx = Transaction.from(raw);
    expect(tx.from, 'the record is signed by the operator key').toBe(world.signerAddress(KEYS.operator));
    expect(tx.to).toBe(getAddress(CHAIN_VALUES['erasure-journal-address']));
    expect(ErasureJournalInterface.parseTransaction({ data: tx.data })!.name).toBe(method);
    return undefined;
  };
  return {
    recordPersonErasure: (pseudonym) => record('recordPersonErasure', [pseudonymBytes32(pseudonym)]),
    recordHolderErasure: (pseudonym, providerId) => record('recordHolderErasure', [pseudonymBytes32(pseudonym), onChainProviderId(providerId)]),
  };
}

/** A service the code under test has no business asking for. */
const unavailable = (fn: FunctionUnderTest, what: string) => (): never => {
  throw new Error(`${fn}: ${what} is not given to this function in these tests`);
};

/**
 * Sets what the vault services, record-locator.ts and consent-registry.ts answer the handlers
 * with: `fn`'s vault on the stand-ins (the queue as its environment configures it), the given
 * registry and locator, and the ConsentRegistry of `consents` as `fn` has it.
 */
function handlerServices(
  world: World,
  fn: FunctionUnderTest,
  options: { registry: AnchorRegistry; locator?: RecordLocator; consents?: ConsentChain; maxWaitSeconds?: number; repairAfterSeconds?: number },
): void {
  const built = vault(world, fn);
  let registry: ConsentRegistry | undefined;
  services.current = {
    vaultCommitIndex: () => built.commitIndex(),
    vaultCatalog: () => built.catalog,
    vaultStorage: unavailable(fn, 'vaultStorage()'),
    awsClients: unavailable(fn, 'awsClients()'),
    researchCohort: unavailable(fn, 'the research cohort'),
    providerRegistry: unavailable(fn, 'the provider registry'),
    consentRegistry: () => {
      if (!options.consents) throw new Error(`${fn}: no consent registry given`);
      return (registry ??= options.consents.registryFor(fn));
    },
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

/** A consent as the model of the contract holds it: the expiry in force and the events that set it. */
interface ModelledConsent {
  pseudonym: string;
  grantee: string;
  purpose: ConsentPurpose;
  expiry: bigint;
  changedAt: ConsentState['changedAt'];
  grantedAt?: Date;
}

/**
 * contracts/ConsentRegistry.sol as the chain answers it, in memory: controllers, nonces, consents
 * (a grant or revocation is accepted only with the controller's EIP-712 signature and the next
 * nonce, as the contract checks them) and emergency accesses; and the providers' status on the
 * ProviderRegistry. A transaction is accepted only if it is signed for this chain and recovers to
 * the operator key's address (the contract's OPERATOR_ROLE).
 */
class ConsentChain {
  readonly controllers = new Map<string, string>();
  readonly nonces = new Map<string, bigint>();
  readonly consents = new Map<string, ModelledConsent>();
  readonly emergencies: { pseudonym: string; provider: string; commitment: string; transactionHash: string }[] = [];
  /** Pending wallet recoveries by pseudonym (proposeRecovery: the new wallet's signature, the next nonce, a confirmed provider). */
  readonly recoveries = new Map<string, PendingRecovery>();
  /** Every transaction mined: the function whose signer sent it, and the contract function it called. */
  readonly transactions: { fn: FunctionUnderTest; from: string; method: string }[] = [];
  readonly confirmed = new Set<string>();
  /** The next send fails before reaching the node, as an unreachable endpoint would. */
  unreachable = false;
  readonly #accountNonces = new Map<string, number>();
  #block = 1000;
  readonly world: World;

  constructor(world: World, confirmed: readonly string[]) {
    this.world = world;
    for (const provider of confirmed) this.confirmed.add(provider);
  }

  domain() {
    return { name: 'fhir-exchange ConsentRegistry', version: '1', chainId: Number(CHAIN_VALUES['chain-id']), verifyingContract: CONSENT_REGISTRY_ADDRESS };
  }

  /** providerRegistry() as provider-status.ts asks it. */
  providers() {
    return { find: async (providerId: string) => ({ status: this.confirmed.has(providerId) ? ('Confirmed' as const) : ('Applied' as const) }) };
  }

  /**
   * consentRegistry() as `fn`'s code gets it: the real adapter over `fn`'s chain configuration
   * (parsed from its synthesized environment, as chainClient() does), reads answered from this
   * model, sends signed by `fn`'s OPERATOR_SIGNER in KMS (the stand-in, as `fn`) and mined here.
   */
  registryFor(fn: FunctionUnderTest): ConsentRegistry {
    const config = parseConfig(chainConfigSchema, environments.get(fn)!);
    const provider = createProvider(config);
    const kms = this.world.as(fn).kms;
    let signer: Promise<Signer> | undefined;
    const operator = {
      send: async (tx: TransactionRequest) => {
        if (!config.OPERATOR_SIGNER) throw new Error('OPERATOR_SIGNER is not configured: this function does not send transactions');
        if (this.unreachable) {
          this.unreachable = false;
          throw Object.assign(new Error('request timeout'), { code: 'TIMEOUT' });
        }
        signer ??= resolveSigner(provider, config.OPERATOR_SIGNER, 'OPERATOR_SIGNER', kms);
        const from = await (await signer).getAddress();
        const nonce = this.#accountNonces.get(from) ?? 0;
        const raw = await (await signer).signTransaction({
          ...tx,
          from,
          chainId: config.CHAIN_ID,
          nonce,
          type: 2,
          gasLimit: 300_000n,
          maxFeePerGas: 2_000_000_000n,
          maxPriorityFeePerGas: 1_000_000_000n,
        });
        this.#accountNonces.set(from, nonce + 1);
        return this.#mine(fn, raw);
      },
      reset: () => undefined,
    } as unknown as TransactionSender;
    const admin = { send: unavailable(fn, 'the admin signer'), reset: () => undefined } as unknown as TransactionSender;
    const chain: ChainClient = { config, provider, operator, admin, destroy: () => provider.destroy() };
    return new ModelledConsentRegistry(this, chain);
  }

  #mine(fn: FunctionUnderTest, raw: string) {
    const tx = Transaction.from(raw);
    expect(tx.chainId).toBe(BigInt(CHAIN_VALUES['chain-id']));
    expect(tx.to).toBe(CONSENT_REGISTRY_ADDRESS);
    expect(tx.from, 'the transaction is signed by the operator key').toBe(this.world.signerAddress(KEYS.operator));
    const call = ConsentRegistryInterface.parseTransaction({ data: tx.data })!;
    const hash = tx.hash!;
    const blockNumber = ++this.#block;
    const now = BigInt(Math.floor(Date.now() / 1000));
    const args = call.args;
    switch (call.name) {
      case 'setController': {
        const [pseudonym, controller, provider] = [String(args[0]), getAddress(String(args[1])), String(args[2])];
        if (this.controllers.has(pseudonym)) throw new Error('ConsentRegistryControllerAlreadySet');
        if (![...this.confirmed].some((id) => onChainProviderId(id) === provider)) throw new Error('ConsentRegistryProviderNotConfirmed');
        this.controllers.set(pseudonym, controller);
        break;
      }
      case 'grant':
      case 'revoke': {
        const [fields, signature] = [args[0] as unknown as unknown[], String(args[1])];
        const granting = call.name === 'grant';
        const message = granting
          ? { pseudonym: fields[0], grantee: fields[1], purpose: fields[2], scope: fields[3], expiry: fields[4], nonce: fields[5] }
          : { pseudonym: fields[0], grantee: fields[1], purpose: fields[2], nonce: fields[3] };
        const pseudonym = String(message.pseudonym);
        const controller = this.controllers.get(pseudonym);
        if (!controller) throw new Error('ConsentRegistryNoController');
        if (verifyTypedData(this.domain(), granting ? CONSENT_TYPES : REVOCATION_TYPES, message, signature) !== controller) throw new Error('ConsentRegistryInvalidSignature');
        if (BigInt(String(message.nonce)) !== (this.nonces.get(pseudonym) ?? 0n)) throw new Error('ConsentRegistryInvalidNonce');
        this.nonces.set(pseudonym, BigInt(String(message.nonce)) + 1n);
        const purpose = CONSENT_PURPOSES.find((candidate) => purposeKey(candidate) === String(message.purpose))!;
        const key = `${pseudonym}:${String(message.grantee)}:${purpose}`;
        const expiry = granting ? BigInt(String(message.expiry)) : 0n;
        if (granting && expiry <= now) throw new Error('ConsentRegistryExpired');
        const previous = this.consents.get(key);
        this.consents.set(key, {
          pseudonym,
          grantee: String(message.grantee),
          purpose,
          expiry,
          changedAt: { transactionHash: hash, blockNumber, kind: granting ? 'granted' : 'revoked' },
          ...(granting ? { grantedAt: new Date() } : previous?.grantedAt ? { grantedAt: previous.grantedAt } : {}),
        });
        break;
      }
      case 'proposeRecovery': {
        const [fields, signature, provider] = [args[0] as unknown as unknown[], String(args[1]), String(args[2])];
        const message = { pseudonym: String(fields[0]), newController: getAddress(String(fields[1])), nonce: BigInt(String(fields[2])) };
        if (!this.controllers.has(message.pseudonym)) throw new Error('ConsentRegistryNoController');
        if (![...this.confirmed].some((id) => onChainProviderId(id) === provider)) throw new Error('ConsentRegistryProviderNotConfirmed');
        if (this.recoveries.has(message.pseudonym)) throw new Error('ConsentRegistryRecoveryPending');
        if (message.nonce !== (this.nonces.get(message.pseudonym) ?? 0n)) throw new Error('ConsentRegistryInvalidNonce');
        if (verifyTypedData(this.domain(), RECOVERY_PROPOSAL_TYPES, message, signature) !== message.newController) throw new Error('ConsentRegistryInvalidRecoverySignature');
        this.nonces.set(message.pseudonym, message.nonce + 1n);
        this.recoveries.set(message.pseudonym, { pseudonym: message.pseudonym, newController: message.newController, provider, executableAt: new Date(Date.now() + 20_000) });
        break;
      }
      case 'recordEmergencyAccess':
        this.emergencies.push({ pseudonym: String(args[0]), provider: String(args[1]), commitment: String(args[2]), transactionHash: hash });
        break;
      default:
        throw new Error(`The consent registry model does not know ${call.name}`);
    }
    this.transactions.push({ fn, from: tx.from!, method: call.name });
    return { hash, wait: async () => ({ hash, blockNumber }) };
  }
}

/** The real ConsentRegistry adapter whose reads (eth_call, event logs) the model answers; its sends are the adapter's own, through its chain client's operator. */
class ModelledConsentRegistry extends ConsentRegistry {
  readonly #model: ConsentChain;

  constructor(model: ConsentChain, chain: ChainClient) {
    super(chain);
    this.#model = model;
  }

  override async controllerOf(pseudonym: string): Promise<string | undefined> {
    return this.#model.controllers.get(pseudonymBytes32(pseudonym));
  }

  override async nonceOf(pseudonym: string): Promise<bigint> {
    return this.#model.nonces.get(pseudonymBytes32(pseudonym)) ?? 0n;
  }

  override async isPermitted(pseudonym: string, granteeId: string, purpose: ConsentPurpose): Promise<boolean> {
    const consent = this.#model.consents.get(`${pseudonymBytes32(pseudonym)}:${granteeKey(granteeId)}:${purpose}`);
    return consent !== undefined && consent.expiry > BigInt(Math.floor(Date.now() / 1000));
  }

  override async pendingRecoveryOf(pseudonym: string): Promise<PendingRecovery | undefined> {
    return this.#model.recoveries.get(pseudonymBytes32(pseudonym));
  }

  override async pseudonymsControlledBy(address: string): Promise<string[]> {
    return [...this.#model.controllers].filter(([, controller]) => controller === getAddress(address)).map(([pseudonym]) => pseudonym);
  }

  override async consentsOf(pseudonym: string): Promise<ConsentState[]> {
    const now = Math.floor(Date.now() / 1000);
    return [...this.#model.consents.values()]
      .filter((consent) => consent.pseudonym === pseudonymBytes32(pseudonym))
      .map((consent) => ({
        grantee: consent.grantee,
        purpose: consent.purpose,
        expiry: Number(consent.expiry),
        active: Number(consent.expiry) > now,
        changedAt: consent.changedAt,
        ...(consent.grantedAt ? { grantedAt: consent.grantedAt } : {}),
      }));
  }
}

// ---------------------------------------------------------------------------------------------
// The HTTP functions, as API Gateway invokes them

const FHIR_HOST = 'exchange.example.org';
const FHIR_BASE = `https://${FHIR_HOST}/fhir`;
const DEPLOYED_ROUTES = new RouteMatcher(apiRoutes(ROUTES).flatMap((route) => (route.method === 'HEAD' ? [] : [{ method: route.method, path: route.path, function: route.function }])));

/** Each HTTP function under test's handler module, imported anew for a cold start. */
const HTTP_HANDLERS = {
  'fhir-read': () => import('../../functions/fhir-read/handler.ts'),
  'fhir-erase': () => import('../../functions/fhir-erase/handler.ts'),
  'fhir-consent': () => import('../../functions/fhir-consent/handler.ts'),
  'patient-consent': () => import('../../functions/patient-consent/handler.ts'),
} satisfies Partial<Record<FunctionUnderTest, () => Promise<{ handler: LambdaHttpHandler }>>>;
type HttpFunctionUnderTest = keyof typeof HTTP_HANDLERS;

/** Every variable a configuration section reads: a cold start sees those of its function's environment only. */
const CONFIG_VARIABLES = [...new Set(Object.values(CONFIG_SECTIONS).flatMap((schema) => Object.keys(schema.shape)))].filter((variable) => variable !== 'AWS_REGION');

/** The process environment `fn` runs with in Lambda: the configuration variables of its synthesized environment, no others. */
function useEnvironment(fn: FunctionUnderTest): void {
  const environment = environments.get(fn)!;
  for (const variable of CONFIG_VARIABLES) vi.stubEnv(variable, environment[variable]);
}

/** The clients the registry holds (as PUT /admin/clients writes them). */
const CLIENTS = {
  'client-a': { role: 'provider', providerId: PROVIDER, scopes: ['system/*.cruds'], emergencyAccess: false },
  'client-b': { role: 'provider', providerId: 'provider-b', scopes: ['system/*.cruds'], emergencyAccess: true },
} as const;
type ClientId = keyof typeof CLIENTS;

/** A JSON answer of a handler. */
interface Answer {
  status: number;
  body: any;
}

/**
 * The HTTP functions under test in `world`: each cold-started once, on its first request, in a
 * module graph of its own with its synthesized environment as the process environment; every
 * request as API Gateway sends it (the deployed route key and path parameters), with the services
 * of that function set while it runs.
 */
class HttpFunctions {
  readonly world: World;
  readonly chain: ConsentChain;
  readonly #started = new Map<HttpFunctionUnderTest, { handler: LambdaHttpHandler; services: HandlerServices }>();
  #signingKey: Promise<Uint8Array | undefined> | undefined;

  constructor(world: World, chain: ConsentChain) {
    this.world = world;
    this.chain = chain;
    const clients = world.table(tableName('clients'));
    for (const [clientId, client] of Object.entries(CLIENTS)) {
      clients.set(`${clientId} `, { clientId, ...client, status: 'active', jwks: { keys: [] }, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() });
    }
  }

  /** An access token of `clientId`, signed with the key smart-token's code creates (under smart-token's policy) on first use. */
  async token(clientId: ClientId, options: { purposeOfUse?: PurposeOfUse; reason?: string } = {}): Promise<string> {
    const environment = environments.get('smart-token')!;
    const clients = this.world.as('smart-token');
    this.#signingKey ??= loadWrappedSecret({ kms: clients.kms, documents: clients.documents, table: environment['KEYS_TABLE']!, kmsKeyId: environment['EXCHANGE_KMS_KEY_ID']! }, SIGNING_KEY_SECRET, { create: true });
    const client = CLIENTS[clientId];
    const subject = {
      clientId,
      role: client.role,
      providerId: client.providerId,
      scopes: parseScopeList(client.scopes.join(' ')).scopes,
      ...(options.purposeOfUse ? { purposeOfUse: options.purposeOfUse } : {}),
      ...(options.reason ? { emergencyReason: options.reason } : {}),
    };
    return (await issueAccessToken((await this.#signingKey)!, { issuer: FHIR_BASE, audience: FHIR_BASE }, subject, 300)).token;
  }

  /** `fn`'s cold start: the process environment is exactly its own, its modules are loaded anew. */
  async #start(fn: HttpFunctionUnderTest) {
    useEnvironment(fn);
    const clients = this.world.as(fn);
    let storage: VaultStorage | undefined;
    let registry: ConsentRegistry | undefined;
    // What storage-services.ts builds, from the function's environment.
    const vaultStorage = () => {
      if (!storage) {
        const config = parseConfig(vaultStoreConfigSchema);
        storage = { config, catalog: new Catalog(clients.documents, config.CATALOG_TABLE), audit: new AuditLog(clients.documents, config.AUDIT_TABLE), objects: new VaultObjects(clients.s3, config.VAULT_BUCKET) };
      }
      return storage;
    };
    const functionServices: HandlerServices = {
      awsClients: () => clients,
      researchCohort: unavailable(fn, 'the research cohort'),
      vaultStorage,
      vaultCatalog: () => vaultStorage().catalog,
      repairAfterSeconds: () => vaultStorage().config.REPAIR_AFTER_SECONDS,
      consentRegistry: () => (registry ??= this.chain.registryFor(fn)),
      providerRegistry: () => this.chain.providers(),
      vaultCommitIndex: unavailable(fn, 'the commit index'),
      vaultAnchoring: unavailable(fn, 'the anchoring'),
      recordLocator: unavailable(fn, 'the record locator'),
    };
    services.current = functionServices;
    vi.resetModules();
    const { handler } = await HTTP_HANDLERS[fn]();
    return { handler, services: functionServices };
  }

  /** A request as API Gateway sends it to the function whose route it matches; the answer, its body parsed. */
  async call(method: HttpMethod, path: string, options: { query?: string; token?: string; body?: unknown } = {}): Promise<Answer & { fn: FunctionUnderTest }> {
    const match = DEPLOYED_ROUTES.match(method, path);
    if (!match) throw new Error(`No route for ${method} ${path}`);
    const fn = match.route.function as HttpFunctionUnderTest;
    if (!(fn in HTTP_HANDLERS)) throw new Error(`${method} ${path} is served by ${fn}, which these tests do not run`);
    let started = this.#started.get(fn);
    if (!started) this.#started.set(fn, (started = await this.#start(fn)));
    // Its environment and services while it runs (what it builds lazily is built from its own).
    useEnvironment(fn);
    services.current = started.services;
    const routeKey = `${method} ${match.route.path}`;
    const requestId = randomUUID();
    const event: APIGatewayProxyEventV2 = {
      version: '2.0',
      routeKey,
      rawPath: path,
      rawQueryString: options.query ?? '',
      headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(options.body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      isBase64Encoded: false,
      ...(Object.keys(match.pathParameters).length > 0 ? { pathParameters: match.pathParameters } : {}),
      requestContext: {
        accountId: ACCOUNT,
        apiId: 'api',
        domainName: FHIR_HOST,
        domainPrefix: 'exchange',
        http: { method, path, protocol: 'HTTP/1.1', sourceIp: '10.0.0.1', userAgent: 'vault-grants' },
        requestId,
        routeKey,
        stage: '$default',
        time: '',
        timeEpoch: Date.now(),
      },
    };
    const response = await started.handler(event, { awsRequestId: requestId, functionName: fn } as Context);
    return { fn, status: response.statusCode, body: response.body ? JSON.parse(response.body) : undefined };
  }
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
    /^\d+ (logs|xray):/.test(grant) || grant.endsWith(`dynamodb:GetItem on ${tableArn('clients')}`) || JSON.stringify(statement.conditions).includes(SIGNING_KEY_SECRET);
  return all.filter(({ grant, statement }) => !used.has(grant) && !verification(statement, grant) && !ignore(grant)).map(({ grant }) => grant);
}

// ---------------------------------------------------------------------------------------------

describe('the vault functions, run under their synthesized policies', () => {
  const world = new World();
  const chain = stubAnchorRegistry();
  const consents = new ConsentChain(world, [PROVIDER, 'provider-b']);
  const http = new HttpFunctions(world, consents);
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
    // A replay of the first request answers from its manifest (GetObject m/) while what it stored is current.
    const replay = await second.ingest(input(transaction('999-33-5538')));
    expect(replay.replayed).toBe(true);
    const update = await second.ingest(input(transaction('999-33-5538', patientId)));
    expect(update.status).toBe(200);
    expect((update.body as Bundle).entry!.map((entry) => entry.response!.status)).toEqual(['200 OK', '201 Created', '200 OK']);

    pseudonym = (world.table(tableName('catalog')).get(`r#${PROVIDER}#Patient#${patientId} current`) as { pseudonym: string }).pseudonym;
    // Each commit's index step told the anchoring function (a message per commit: ids and counts,
    // sent with the ingest's role); the replays and the race's loser committed nothing.
    const nudges = world.nudges();
    expect(nudges).toHaveLength(2);
    for (const nudge of nudges) expect(Object.keys(nudge).sort()).toEqual(['commitId', 'leaves', 'objects', 'sender']);
    expect(nudges.map((nudge) => nudge.sender)).toEqual(['fhir-ingest', 'fhir-ingest']);
    expect(world.refused('fhir-ingest')).toEqual([]);
    // The jobs table and the export queue (and its key through SQS) are for POST [base]/$export, which
    // shares create's API Gateway route: the Bulk Data kick-off, not a vault call (as for fhir-read below).
    const throughExportQueue = new Set(policies.get('fhir-ingest')!.flatMap((statement, index) => (JSON.stringify(statement.conditions).includes(EXPORT_QUEUE_ARN) ? [index] : [])));
    expect(
      unusedGrants(world, 'fhir-ingest', (grant) => grant.endsWith(` on ${tableArn('exportJobs')}`) || grant.endsWith(` on ${EXPORT_QUEUE_ARN}`) || throughExportQueue.has(Number(grant.split(' ')[0]))),
    ).toEqual([]);
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

    // A person's $everything across holders (GET [base]/Patient/$everything?identifier=, the
    // handler cold-started with its environment): provider-b's client, which holds nothing of the
    // person, breaks the glass. The person's pseudonym (GenerateMac), the holders (Query),
    // provider-b's status (the ProviderRegistry), the emergency access left pending for the worker
    // (BatchWriteItem, in its partition), an audit entry per holder, the objects opened.
    const reason = 'unconscious on arrival, allergies unknown';
    const btg = await http.token('client-b', { purposeOfUse: 'BTG', reason });
    const across = await http.call('GET', '/fhir/Patient/$everything', { query: `identifier=${encodeURIComponent(`${SSN}|999-33-5538`)}`, token: btg });
    expect(across.fn).toBe('fhir-read');
    expect(across.status, JSON.stringify(across.body)).toBe(200);
    expect(across.body.meta.security).toEqual([expect.objectContaining({ code: 'BTG' })]);
    expect((across.body as Bundle).entry!.map((entry) => entry.resource!.resourceType).sort()).toEqual(['Observation', 'Observation', 'Patient']);
    expect(new Set((across.body as Bundle).entry!.map((entry) => entry.resource!.meta!.source))).toEqual(new Set([`${FHIR_BASE}/Organization/${PROVIDER}`]));
    const pending = [...world.table(tableName('catalog')).values()].filter((item) => item['pk'] === EMERGENCY_PENDING_PK);
    expect(pending).toEqual([expect.objectContaining({ pseudonym, providerId: 'provider-b' })]);
    const emergencyEntries = [...world.table(tableName('audit')).values()].filter((entry) => entry['basis'] === 'emergency');
    expect(emergencyEntries).toEqual([expect.objectContaining({ pk: `a#${pseudonym}`, action: 'everything', holder: PROVIDER, providerId: 'provider-b', purpose: 'BTG', reason })]);

    // Paged with _count, as a holder's $everything is: a next link that repeats the request with an _offset.
    const paged = await http.call('GET', '/fhir/Patient/$everything', { query: `identifier=${encodeURIComponent(`${SSN}|999-33-5538`)}&_count=2`, token: btg });
    expect(paged.status, JSON.stringify(paged.body)).toBe(200);
    expect((paged.body as Bundle).total).toBe(3);
    expect((paged.body as Bundle).entry).toHaveLength(2);
    const nextPage = new URL((paged.body as Bundle).link!.find((link) => link.relation === 'next')!.url);
    expect([nextPage.pathname, nextPage.searchParams.get('_count'), nextPage.searchParams.get('_offset'), nextPage.searchParams.get('identifier')]).toEqual(['/fhir/Patient/$everything', '2', '2', `${SSN}|999-33-5538`]);

    // Patient?identifier=system|value (GET [base]/Patient, the handler): the identifier token key
    // read (GetItem, Decrypt; never created), the token's catalog items queried, the Patient opened.
    const found = await http.call('GET', '/fhir/Patient', { query: `identifier=${encodeURIComponent(`${SSN}|999-33-5538`)}`, token: await http.token('client-a') });
    expect(found.fn).toBe('fhir-read');
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect((found.body as Bundle).entry!.map((entry) => `${entry.resource!.resourceType}/${entry.resource!.id}`)).toEqual([`Patient/${patientId}`]);

    expect(world.refused('fhir-read')).toEqual([]);
    // The jobs table and the export queue (and its key through SQS) are for GET [base]/Patient/$export,
    // which shares fhir-read's API Gateway route: the Bulk Data kick-off (functions/fhir-export/kick-off.ts),
    // not a vault flow; test/integration/bulk-export.test.ts runs it, and the export worker's tests below send as a kick-off does.
    const throughExportQueue = new Set(policies.get('fhir-read')!.flatMap((statement, index) => (JSON.stringify(statement.conditions).includes(EXPORT_QUEUE_ARN) ? [index] : [])));
    expect(throughExportQueue.size).toBe(1);
    expect(
      unusedGrants(world, 'fhir-read', (grant) => grant.endsWith(` on ${tableArn('exportJobs')}`) || grant.endsWith(` on ${EXPORT_QUEUE_ARN}`) || throughExportQueue.has(Number(grant.split(' ')[0]))),
    ).toEqual([]);
  });

  test('fhir-read cannot create a branch key, write (an object, a leaves file, an anchor item, any catalog item but a pending emergency access), or erase', async () => {
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
    // Its BatchWriteItem is for the pending emergency accesses only: not even in one request with one.
    const pendingAccess = { pk: EMERGENCY_PENDING_PK, sk: `${new Date().toISOString()}#r-forged`, pseudonym, providerId: PROVIDER, commitment: `0x${'00'.repeat(32)}` };
    await expect(catalog.writeMany([forgedAnchor])).rejects.toThrow(AccessDenied);
    await expect(catalog.writeMany([pendingAccess], [keys.current(PROVIDER, 'Patient', patientId)])).rejects.toThrow(AccessDenied);
    expect(world.refused('fhir-read', since)).toEqual([
      `kms:GenerateDataKeyWithoutPlaintext on ${KEYS.exchange}`,
      `dynamodb:PutItem on ${tableArn('branchKeys')}`,
      `s3:PutObject on ${VAULT_BUCKET_ARN}/o/x`,
      `s3:PutObject on ${VAULT_BUCKET_ARN}/${leavesKey}`,
      `dynamodb:PutItem on ${tableArn('catalog')}`,
      `dynamodb:BatchWriteItem on ${tableArn('catalog')}`,
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

  test('fhir-erase: issues an enrollment code for the patient, then erases the patient under its policy, without any use of the vault key; afterwards nothing opens and nothing new is stored', async () => {
    const since = world.mark();
    // $enrollment-code (the handler, cold-started; API Gateway routes it with $erase): the
    // patient's current item, an audit entry, the ConsentRegistry (no wallet controls the patient
    // yet), the code put in the one-time code table, keyed by its hash (the table holds no usable code).
    const issued = await http.call('POST', `/fhir/Patient/${patientId}/$enrollment-code`, { token: await http.token('client-a') });
    expect(issued.fn).toBe('fhir-erase');
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const code = (issued.body as Parameters).parameter!.find((parameter) => parameter.name === 'code')!.valueString!;
    const stored = [...world.table(tableName('oneTimeCodes')).values()];
    expect(stored).toEqual([expect.objectContaining({ key: `enrollment#${createHash('sha256').update(code).digest('hex')}`, kind: 'enrollment', payload: { pseudonym, providerId: PROVIDER } })]);
    expect([...world.table(tableName('audit')).values()].filter((entry) => entry['action'] === 'enrollment-code')).toEqual([expect.objectContaining({ pk: `a#${pseudonym}`, holder: PROVIDER, clientId: 'client-a' })]);

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
  const consents = new ConsentChain(world, [PROVIDER]);
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

  test('the scheduled worker (its handler) records a pending emergency access on chain (signed by the operator in KMS); with the anchoring queue configured it does not anchor: it sends one sweep when commitments wait longer than the batch wait, and writes no leaves file, batch or anchor item', async () => {
    const pending = keysWith('anchor#pending#');
    expect(pending.length).toBeGreaterThan(0);
    world.queue.length = 0;
    // A fresh ingest (its own message) and the worker's runs: not overdue yet, nothing is sent.
    await (await vault(world, 'fhir-ingest').ingest()).ingest(input(transaction('999-44-1234')));
    expect(world.nudges().map((nudge) => nudge.sender)).toEqual(['fhir-ingest']);
    // A break-glass read left its emergency access pending (fhir-read's code, under fhir-read's policy).
    const reason = 'unconscious on arrival';
    await leaveEmergencyAccessPending(vault(world, 'fhir-read').catalog, { pseudonym: 'e'.repeat(64), providerId: PROVIDER, reason, requestId: 'r-btg' });
    handlerServices(world, 'vault-worker', { registry: chain.registry, locator, consents, maxWaitSeconds: 3600 });
    const waiting = await runVaultWorker();
    expect(waiting).toEqual({
      repaired: { indexed: 0, abandoned: 0 },
      holdings: { registered: expect.any(Number), skipped: expect.any(Number), items: 1 },
      emergencyAccess: { sent: 1, failed: 0 },
      anchoring: { batches: [], waiting: expect.any(Number), nudged: false },
    });
    // ConsentRegistry.recordEmergencyAccess, relayed by the operator: the worker's KMS signer
    // (GetPublicKey, Sign on the key its OPERATOR_SIGNER names); the pending item deleted.
    expect(consents.emergencies).toEqual([{ pseudonym: `0x${'e'.repeat(64)}`, provider: onChainProviderId(PROVIDER), commitment: emergencyReasonCommitment(reason, 'r-btg'), transactionHash: expect.any(String) }]);
    expect(consents.transactions).toEqual([{ fn: 'vault-worker', from: world.signerAddress(KEYS.operator), method: 'recordEmergencyAccess' }]);
    expect(keysWith(`${EMERGENCY_PENDING_PK} `)).toEqual([]);
    expect(world.nudges()).toHaveLength(1);
    // Overdue (the batch wait passed): one sweep, with the count of waiting commitments.
    handlerServices(world, 'vault-worker', { registry: chain.registry, locator, consents, maxWaitSeconds: 0 });
    const overdue = await runVaultWorker();
    expect(overdue.emergencyAccess).toEqual({ sent: 0, failed: 0 });
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
    // Every grant of the worker was used by repair, holdings, the emergency access, the nudges and
    // the sweep; the operator key's (GetPublicKey, Sign) by the emergency access's transaction.
    expect(unusedGrants(world, 'vault-worker')).toEqual([]);
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

  test('the anchoring queue: only fhir-ingest and the worker send to it, only the anchoring function takes messages off it; only the worker, the anchoring function, patient-consent and fhir-erase (its erasure journal records) sign with the operator key', async () => {
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
    for (const fn of ['vault-worker', 'anchor-worker', 'patient-consent', 'fhir-erase'] as const) {
      await expect(signing(fn), fn).resolves.toMatchObject({ KeyId: KEYS.operator });
      await expect(world.as(fn).kms.send(new GetPublicKeyCommand({ KeyId: KEYS.operator })), fn).resolves.toMatchObject({ KeyId: KEYS.operator });
    }
    for (const fn of ['fhir-ingest', 'fhir-read', 'fhir-consent'] as const) await expect(signing(fn), fn).rejects.toThrow(AccessDenied);
    for (const fn of ['vault-worker', 'anchor-worker', 'patient-consent'] as const) await expect(world.as(fn).kms.send(new SignCommand({ KeyId: KEYS.admin, Message: Buffer.alloc(32), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' })), fn).rejects.toThrow(AccessDenied);
    const refusals = (fn: FunctionUnderTest) => world.refused(fn, since);
    expect(refusals('fhir-ingest')).toEqual([`sqs:ReceiveMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:DeleteMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:SendMessage on ${ANCHORING_DLQ_ARN}`, `sqs:ReceiveMessage on ${ANCHORING_DLQ_ARN}`, `kms:Sign on ${KEYS.operator}`]);
    expect(refusals('vault-worker')).toEqual([`sqs:ReceiveMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:DeleteMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:SendMessage on ${ANCHORING_DLQ_ARN}`, `sqs:ReceiveMessage on ${ANCHORING_DLQ_ARN}`, `kms:Sign on ${KEYS.admin}`]);
    expect(refusals('anchor-worker')).toEqual([`sqs:SendMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:SendMessage on ${ANCHORING_DLQ_ARN}`, `sqs:ReceiveMessage on ${ANCHORING_DLQ_ARN}`, `kms:Sign on ${KEYS.admin}`]);
    expect(refusals('patient-consent')).toEqual([`kms:Sign on ${KEYS.admin}`]);
    expect(refusals('fhir-consent')).toEqual([`kms:Sign on ${KEYS.operator}`]);
    expect(refusals('fhir-read')).toEqual([`sqs:SendMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:ReceiveMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:DeleteMessage on ${ANCHORING_QUEUE_ARN}`, `kms:Sign on ${KEYS.operator}`]);
    // fhir-erase signs as the operator: it records each holder's erasure in the ErasureJournal.
    expect(refusals('fhir-erase')).toEqual([`sqs:SendMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:ReceiveMessage on ${ANCHORING_QUEUE_ARN}`, `sqs:DeleteMessage on ${ANCHORING_QUEUE_ARN}`]);
  });
});

/** The research client of the export tests, as its access token makes it (functions/export/export-jobs.ts JobOwner). */
const RESEARCH_CLIENT = { clientId: 'research-a', scopes: ['system/*.rs'], purposeOfUse: 'HRESCH' as PurposeOfUse };

/**
 * The export's cohort as research-cohort.ts reads it from the chain, answered from the consent
 * model: every pseudonym with a research consent event for the client, and whether it is in force.
 */
function modelledCohort(consents: ConsentChain): HandlerServices['researchCohort'] {
  const permittedAt = async (pseudonym: string, clientId: string) => {
    const consent = consents.consents.get(`${pseudonymBytes32(pseudonym)}:${granteeKey(clientId)}:research`);
    return consent !== undefined && consent.expiry > BigInt(Math.floor(Date.now() / 1000));
  };
  const cohort = {
    currentBlock: async () => 1000,
    candidates: async (clientId: string) =>
      [...consents.consents.values()]
        .filter((consent) => consent.grantee === granteeKey(clientId) && consent.purpose === 'research')
        .map((consent) => consent.pseudonym.slice(2))
        .sort(),
    permittedAt,
    permittedMany: async (pseudonyms: readonly string[], clientId: string) => Promise.all(pseudonyms.map((pseudonym) => permittedAt(pseudonym, clientId))),
  };
  return () => cohort as unknown as ResearchCohort;
}

/** A research consent of `pseudonym` to the research client, on chain (in the model), in force for an hour or revoked. */
function researchConsent(consents: ConsentChain, pseudonym: string, inForce: boolean): void {
  const key = `${pseudonymBytes32(pseudonym)}:${granteeKey(RESEARCH_CLIENT.clientId)}:research`;
  consents.consents.set(key, {
    pseudonym: pseudonymBytes32(pseudonym),
    grantee: granteeKey(RESEARCH_CLIENT.clientId),
    purpose: 'research',
    expiry: inForce ? BigInt(Math.floor(Date.now() / 1000) + 3600) : 0n,
    changedAt: { transactionHash: `0x${'ee'.repeat(32)}`, blockNumber: 900, kind: inForce ? 'granted' : 'revoked' },
  });
}

/**
 * What the export worker's handler gets: the process's AWS clients acting as the export worker,
 * its vault storage built from its synthesized environment (as storage-services.ts does), the
 * cohort from the consent model; the process environment is its own.
 */
function exportWorkerServices(world: World, consents: ConsentChain): void {
  useEnvironment('export-worker');
  const clients = world.as('export-worker');
  const config = parseConfig(vaultStoreConfigSchema);
  const storage = { config, catalog: new Catalog(clients.documents, config.CATALOG_TABLE), audit: new AuditLog(clients.documents, config.AUDIT_TABLE), objects: new VaultObjects(clients.s3, config.VAULT_BUCKET) };
  services.current = {
    awsClients: () => clients,
    vaultStorage: () => storage,
    vaultCatalog: () => storage.catalog,
    researchCohort: modelledCohort(consents),
    repairAfterSeconds: unavailable('export-worker', 'the repair'),
    vaultCommitIndex: unavailable('export-worker', 'the commit index'),
    vaultAnchoring: unavailable('export-worker', 'the anchoring'),
    recordLocator: unavailable('export-worker', 'the record locator'),
    consentRegistry: unavailable('export-worker', 'the consent registry'),
    providerRegistry: unavailable('export-worker', 'the provider registry'),
  };
}

/**
 * One delivery of the export worker's event source (batch size 1), with the function's role: the
 * queue's attributes, one message received, the handler invoked with a Lambda context whose
 * remaining time `remainingMs` gives; then the message deleted unless reported failed. The
 * handler's own SQS client (a job sent again) sends through the stand-in as the export worker.
 */
async function deliverExportQueue(world: World, consents: ConsentChain, remainingMs: () => number): Promise<{ messages: number; response?: SQSBatchResponse }> {
  const sqs = world.as('export-worker').sqs;
  await sqs.send(new GetQueueAttributesCommand({ QueueUrl: EXPORT_QUEUE_URL, AttributeNames: ['ApproximateNumberOfMessages'] }));
  const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: EXPORT_QUEUE_URL, MaxNumberOfMessages: EXPORT_WORKER.batchSize }));
  if (Messages.length === 0) return { messages: 0 };
  const event: SQSEvent = {
    Records: Messages.map((message) => ({
      messageId: message.MessageId!,
      receiptHandle: message.ReceiptHandle!,
      body: message.Body!,
      attributes: { ApproximateReceiveCount: message.Attributes!['ApproximateReceiveCount']!, SentTimestamp: message.Attributes!['SentTimestamp']!, SenderId: 'AROAEXAMPLE', ApproximateFirstReceiveTimestamp: String(Date.now()) },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: EXPORT_QUEUE_ARN,
      awsRegion: REGION,
    })),
  };
  exportWorkerServices(world, consents);
  const spy = vi.spyOn(SQSClient.prototype, 'send').mockImplementation(((command: unknown) => sqs.send(command as SendMessageCommand)) as never);
  let response: SQSBatchResponse;
  try {
    response = await exportWorkerHandler(event, { getRemainingTimeInMillis: remainingMs, functionName: 'export-worker', awsRequestId: randomUUID() } as unknown as Context);
  } finally {
    spy.mockRestore();
  }
  const failed = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
  const done = event.Records.filter((record) => !failed.has(record.messageId));
  if (done.length > 0) await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: EXPORT_QUEUE_URL, Entries: done.map((record, index) => ({ Id: String(index), ReceiptHandle: record.receiptHandle })) }));
  return { messages: event.Records.length, response };
}

describe('the export worker (its handler, fed by the export queue), run under its synthesized policy', () => {
  const world = new World();
  const consents = new ConsentChain(world, [PROVIDER]);
  const jobsTable = tableName('exportJobs');
  const pseudonyms: string[] = [];
  let job: ExportJob;
  const jobItem = () => world.table(jobsTable).get(`job#${job.jobId} job`) as ExportJob & Item;

  test('a kick-off (fhir-export) records the job and sends it to the export queue; SQS delivers the message twice', async () => {
    const ingest = await vault(world, 'fhir-ingest').ingest();
    for (const ssn of ['999-33-5538', '999-44-6612', '999-55-7781']) {
      const stored = await ingest.ingest(input(transaction(ssn)));
      expect(stored.status).toBe(200);
      const id = ((stored.body as Bundle).entry![0]!.response!.location as string).split('/')[1]!;
      pseudonyms.push((world.table(tableName('catalog')).get(`r#${PROVIDER}#Patient#${id} current`) as { pseudonym: string }).pseudonym);
    }
    // Two consent to the research client; the third revoked its consent.
    researchConsent(consents, pseudonyms[0]!, true);
    researchConsent(consents, pseudonyms[1]!, true);
    researchConsent(consents, pseudonyms[2]!, false);

    const kickOff = world.as('fhir-export');
    job = await new ExportJobs(kickOff.documents, environments.get('fhir-export')!['EXPORT_JOBS_TABLE']!, 7).create(
      RESEARCH_CLIENT,
      { level: 'system', request: 'https://exchange.example.org/fhir/$export', typeFilters: [], ignored: [] },
      new Date(Date.now() + 1000),
      1000,
    );
    // The kick-off's URL is the export queue's (EXPORT_QUEUE_URL): what functions/export/export-services.ts notify sends to.
    expect(environments.get('fhir-export')!['EXPORT_QUEUE_URL']).toBe(EXPORT_QUEUE_URL);
    for (let copy = 0; copy < 2; copy++) await kickOff.sqs.send(new SendMessageCommand({ QueueUrl: EXPORT_QUEUE_URL, MessageBody: JSON.stringify({ jobId: job.jobId }) }));
    expect(world.exportQueue.map((message) => JSON.parse(message.body))).toEqual([{ jobId: job.jobId }, { jobId: job.jobId }]);
    expect(world.refused('fhir-export')).toEqual([]);
  });

  test("a run that crashed still holds the job's lease: the delivery is reported failed and its message comes back; once the lease lapses the next delivery deletes what the crashed run left of its patient, runs one patient and, near the timeout, gives the lease back and sends the job again", async () => {
    // A run took the lease, wrote part of its first patient's lines, and crashed.
    const crashed = await new ExportJobs(world.as('export-worker').documents, jobsTable, 7).claim(job.jobId, 120);
    expect(crashed).toBeDefined();
    world.exportObjects.set(partKey(job.jobId, 0), patientPart(new Map([['Observation', ['{"resourceType":"Observation","id":"left-by-the-crashed-run"}']]])));

    const blocked = await deliverExportQueue(world, consents, () => 300_000);
    expect(blocked.messages).toBe(1);
    expect(blocked.response!.batchItemFailures).toHaveLength(1);
    expect(world.exportQueue).toHaveLength(2);
    expect(jobItem().cursor).toBe(0);

    // The lease lapses; the failed message's visibility timeout ends.
    jobItem().leaseUntil = Date.now() - 1;
    world.endVisibilityTimeouts();
    let checks = 0;
    const yielding = await deliverExportQueue(world, consents, () => (checks++ === 0 ? 300_000 : 30_000));
    expect(yielding.response!.batchItemFailures).toEqual([]);
    expect(jobItem()).toMatchObject({ status: 'in-progress', cursor: 1 });
    expect(jobItem().leaseId).toBeUndefined();
    // The stray line is gone; the sent-again message is the worker's own.
    expect([...world.exportObjects.values()].map(String).join('')).not.toContain('left-by-the-crashed-run');
    expect(world.exportQueue.map((message) => message.sender)).toEqual(['fhir-export', 'export-worker']);
    expect(world.refused('export-worker')).toEqual([]);
  });

  test('a sealed object that does not open stops the run (the key state is queried; the delivery is reported failed, the checkpoint stays); the next delivery resumes at the checkpoint and completes the job; a message for a finished job is deleted and changes nothing', async () => {
    // The next consenting patient's object is damaged: it does not open, and the patient's key is not erased.
    const cohort = [...pseudonyms].sort();
    const next = cohort.slice(1).find((pseudonym) => pseudonym !== pseudonyms[2])!;
    const objectKey = String([...world.table(tableName('catalog')).values()].find((item) => item['pk'] === `p#${next}` && String(item['sk']).startsWith('obj#'))!['objectKey']);
    const intact = world.objects.get(objectKey)!;
    const damaged = new Uint8Array(intact);
    damaged[damaged.length - 1]! ^= 1;
    world.objects.set(objectKey, damaged);
    const broken = await deliverExportQueue(world, consents, () => 300_000);
    expect(broken.response!.batchItemFailures).toHaveLength(1);
    expect(jobItem()).toMatchObject({ status: 'in-progress', cursor: cohort.indexOf(next) });
    world.objects.set(objectKey, intact);
    world.endVisibilityTimeouts();
    jobItem().leaseUntil = Date.now() - 1;

    const resumed = await deliverExportQueue(world, consents, () => 300_000);
    expect(resumed.response!.batchItemFailures).toEqual([]);
    const done = jobItem();
    expect(done.status).toBe('completed');
    expect(done.patients).toEqual({ considered: 3, exported: 2, notInForce: 1, empty: 0 });
    // Every exported patient's read is in the access log (written in batches); the one whose consent was not in force has none.
    const exportEntries = [...world.table(tableName('audit')).values()].filter((entry) => entry['action'] === 'export' && entry['requestId'] === job.jobId);
    expect(new Set(exportEntries.map((entry) => entry['pk']))).toEqual(new Set([`a#${pseudonyms[0]}`, `a#${pseudonyms[1]}`]));
    for (const entry of exportEntries) {
      expect(entry).toMatchObject({ basis: 'research-consent', purpose: 'HRESCH', holder: PROVIDER });
      expect((entry['resources'] as string[]).length).toBeGreaterThan(0);
    }
    const before = new Map(world.exportObjects);
    const audited = world.table(tableName('audit')).size;

    const late = await deliverExportQueue(world, consents, () => 300_000);
    expect(late.response!.batchItemFailures).toEqual([]);
    expect(world.exportQueue).toEqual([]);
    expect(world.exportObjects).toEqual(before);
    expect(world.table(tableName('audit')).size).toBe(audited);

    // One file per type, every line of its type, counted; no resource twice; no part left.
    const files = new ExportFiles(world.as('export-worker').s3, EXPORT_BUCKET);
    expect(files.bucket).toBe(environments.get('export-worker')!['EXPORT_BUCKET']);
    expect([...world.exportObjects.keys()].filter((key) => key.includes('/parts/'))).toEqual([]);
    for (const output of done.output!) {
      const lines = String(world.exportObjects.get(output.key)).split('\n').filter(Boolean).map((line) => JSON.parse(line) as { resourceType: string; id: string });
      expect(lines.length, output.type).toBe(output.count);
      expect(new Set(lines.map((line) => `${line.resourceType}/${line.id}`)).size, output.type).toBe(lines.length);
      for (const line of lines) expect(line.resourceType).toBe(output.type);
    }
    expect(done.output!.find((output) => output.type === 'Patient')?.count).toBe(2);
    expect(world.refused('export-worker')).toEqual([]);
  });

  test('files larger than a multipart part are uploaded in parts; a failed upload is aborted, and writing again gives the same file', async () => {
    const files = new ExportFiles(world.as('export-worker').s3, EXPORT_BUCKET);
    const jobId = randomUUID();
    const line = `${JSON.stringify({ resourceType: 'Observation', id: 'x', note: [{ text: 'n'.repeat(1000) }] })}\n`;
    for (let patient = 0; patient < 3; patient++) await files.putPart(jobId, patient, new Map([['Observation', Array.from({ length: 3500 }, () => line.slice(0, -1))]]));
    world.faults.push((request, call) => request.action === 's3:PutObject' && call['MultipartUpload'] !== undefined);
    await expect(files.assemble(jobId, ['Observation'], false, [])).rejects.toThrow(/injected/);
    expect(world.uploads.size).toBe(0);
    await files.assemble(jobId, ['Observation'], false, []);
    expect(String(world.exportObjects.get(`jobs/${jobId}/Observation.ndjson`))).toBe(line.repeat(3 * 3500));
    await files.deleteJob(jobId);
    expect([...world.exportObjects.keys()].filter((key) => key.startsWith(`jobs/${jobId}/`))).toEqual([]);
    expect(world.refused('export-worker')).toEqual([]);
  });

  test('every grant of the export worker was used; what it must not do is refused', async () => {
    // A later cold start finds the de-identification secret: it reads and unwraps it (the same keys).
    const environment = environments.get('export-worker')!;
    const worker = world.as('export-worker');
    const keys = () => loadDeidKeys({ kms: worker.kms, documents: worker.documents, table: environment['KEYS_TABLE']!, kmsKeyId: environment['EXCHANGE_KMS_KEY_ID']! });
    expect(await keys()).toEqual(await keys());
    expect(unusedGrants(world, 'export-worker')).toEqual([]);
    const mark = world.mark();
    // No listing outside jobs/, no vault write or manifest read, no pseudonym key, no list of waiting jobs, no group write.
    await expect(worker.s3.send(new ListObjectsV2Command({ Bucket: EXPORT_BUCKET, Prefix: '' }))).rejects.toThrow(/refused/);
    await expect(worker.s3.send(new ListObjectsV2Command({ Bucket: VAULT_BUCKET, Prefix: 'o/' }))).rejects.toThrow(/refused/);
    await expect(worker.s3.send(new PutObjectCommand({ Bucket: VAULT_BUCKET, Key: 'o/x', Body: 'x' }))).rejects.toThrow(/refused/);
    await expect(worker.s3.send(new GetObjectCommand({ Bucket: VAULT_BUCKET, Key: 'm/x' }))).rejects.toThrow(/refused/);
    await expect(worker.kms.send(new GenerateMacCommand({ KeyId: KEYS.pseudonym, Message: Buffer.from('x'), MacAlgorithm: 'HMAC_SHA_256' }))).rejects.toThrow(/refused/);
    await expect(worker.documents.send(new DocumentQueryCommand({ TableName: jobsTable, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'waiting' } }))).rejects.toThrow(/refused/);
    await expect(worker.documents.send(new PutCommand({ TableName: jobsTable, Item: { pk: 'group#research-a', sk: 'g' } }))).rejects.toThrow(/refused/);
    await expect(worker.documents.send(new PutCommand({ TableName: tableName('catalog'), Item: { pk: 'x', sk: 'y' } }))).rejects.toThrow(/refused/);
    expect(world.refused('export-worker', mark)).toHaveLength(8);
    // The kick-off sends to the queue, but never takes messages off it.
    await expect(world.as('fhir-export').sqs.send(new ReceiveMessageCommand({ QueueUrl: EXPORT_QUEUE_URL }))).rejects.toThrow(/refused/);
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

describe('consent between providers ($enrollment-code, enrollment, consents, cross-holder reads, break-glass, Consent and AuditEvent), run as their handlers under their synthesized policies', () => {
  const world = new World();
  const PROVIDER_B = 'provider-b';
  const PERSON_SSN = '999-72-1357';
  const identifier = `identifier=${encodeURIComponent(`${SSN}|${PERSON_SSN}`)}`;
  const consents = new ConsentChain(world, [PROVIDER, PROVIDER_B]);
  const http = new HttpFunctions(world, consents);
  const wallet = Wallet.createRandom();
  const reason = 'unconscious on arrival, allergies unknown';
  const atB = (text: string) => ({ clientId: 'client-b', providerId: PROVIDER_B, endpoint: 'system' as const, text });
  let patientId: string;
  let pseudonym: string;
  let code: string;
  const auditEntries = () => [...world.table(tableName('audit')).values()].filter((entry) => entry['pk'] === `a#${pseudonym}`);

  test("both providers hold the person; fhir-erase issues A an enrollment code for its patient (its current item, an audit entry, no controller on chain, the code put by its hash), and B none for A's patient id", async () => {
    for (const posted of [input(transaction(PERSON_SSN)), atB(transaction(PERSON_SSN))]) expect((await (await vault(world, 'fhir-ingest').ingest()).ingest(posted)).status).toBe(200);
    patientId = currentIds(world, 'Patient')[0]!;
    pseudonym = (world.table(tableName('catalog')).get(`r#${PROVIDER}#Patient#${patientId} current`) as { pseudonym: string }).pseudonym;

    // B's ids are not A's: B's token names no patient of A's (404, after its own catalog lookup).
    expect((await http.call('POST', `/fhir/Patient/${patientId}/$enrollment-code`, { token: await http.token('client-b') })).status).toBe(404);
    const issued = await http.call('POST', `/fhir/Patient/${patientId}/$enrollment-code`, { token: await http.token('client-a') });
    expect(issued.fn).toBe('fhir-erase');
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    code = (issued.body as Parameters).parameter!.find((parameter) => parameter.name === 'code')!.valueString!;
    const stored = [...world.table(tableName('oneTimeCodes')).values()];
    expect(stored).toEqual([expect.objectContaining({ key: `enrollment#${createHash('sha256').update(code).digest('hex')}`, kind: 'enrollment', payload: { pseudonym, providerId: PROVIDER } })]);
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(auditEntries().filter((entry) => entry['action'] === 'enrollment-code')).toEqual([expect.objectContaining({ holder: PROVIDER, clientId: 'client-a', basis: 'own-records' })]);
    expect(world.refused('fhir-erase')).toEqual([]);
  });

  test('patient-consent: the wallet signs the enrollment message; a chain that cannot be reached puts the code back (PutItem); the redemption that goes through takes it (a conditional DeleteItem) and the operator relays setController, signed in KMS; a second redemption is a 400', async () => {
    const message = await http.call('GET', '/patient/enroll', { query: `code=${code}&address=${wallet.address}` });
    expect(message.fn).toBe('patient-consent');
    expect(message.status).toBe(200);
    const signature = await wallet.signMessage(String(message.body.message));

    consents.unreachable = true;
    const unreachable = await http.call('POST', '/patient/enroll', { body: { code, address: wallet.address, signature } });
    expect(unreachable.status).toBeGreaterThanOrEqual(500);
    expect(world.table(tableName('oneTimeCodes')).size).toBe(1);
    expect(consents.controllers.size).toBe(0);

    const enrolled = await http.call('POST', '/patient/enroll', { body: { code, address: wallet.address, signature } });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(200);
    expect(enrolled.body).toMatchObject({ controller: wallet.address, transaction: expect.stringMatching(/^0x[0-9a-f]{64}$/) });
    expect(consents.controllers.get(pseudonymBytes32(pseudonym))).toBe(wallet.address);
    expect(consents.transactions).toEqual([{ fn: 'patient-consent', from: world.signerAddress(KEYS.operator), method: 'setController' }]);
    expect(world.table(tableName('oneTimeCodes')).size).toBe(0);

    const again = await http.call('POST', '/patient/enroll', { body: { code, address: wallet.address, signature } });
    expect(again.status).toBe(400);
    expect(world.refused('patient-consent')).toEqual([]);
  });

  test("without consent B's cross-holder read is refused and audited; the wallet grants B consent (prepared with its nonce, signed EIP-712, relayed by the operator); then fhir-read answers B's $everything with both holders' records, listed in GET /patient/consents", async () => {
    const b = await http.token('client-b');
    const refused = await http.call('GET', '/fhir/Patient/$everything', { query: identifier, token: b });
    expect(refused.status).toBe(403);
    expect(auditEntries().filter((entry) => entry['decision'] === 'deny')).toEqual([expect.objectContaining({ action: 'everything', providerId: PROVIDER_B, basis: 'consent' })]);

    const prepared = await http.call('POST', '/patient/consents/$prepare', { body: { address: wallet.address, action: 'grant', grantee: PROVIDER_B, purpose: 'treatment' } });
    expect(prepared.status, JSON.stringify(prepared.body)).toBe(200);
    expect(prepared.body.message).toMatchObject({ pseudonym: pseudonymBytes32(pseudonym), grantee: granteeKey(PROVIDER_B), nonce: '0' });
    const signature = await wallet.signTypedData(prepared.body.domain, prepared.body.types, prepared.body.message);
    const relayed = await http.call('POST', '/patient/consents', { body: { primaryType: 'Consent', message: prepared.body.message, signature } });
    expect(relayed.status, JSON.stringify(relayed.body)).toBe(200);
    expect(consents.transactions.map((tx) => `${tx.fn} ${tx.method}`)).toEqual(['patient-consent setController', 'patient-consent grant']);

    const read = await http.call('GET', '/fhir/Patient/$everything', { query: identifier, token: b });
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    const sources = new Set((read.body as Bundle).entry!.map((entry) => entry.resource!.meta!.source));
    expect(sources).toEqual(new Set([`${FHIR_BASE}/Organization/${PROVIDER}`, `${FHIR_BASE}/Organization/${PROVIDER_B}`]));
    const consented = auditEntries().filter((entry) => entry['basis'] === 'consent' && entry['decision'] === undefined);
    expect(consented.map((entry) => entry['holder']).sort()).toEqual([PROVIDER, PROVIDER_B]);

    const listed = await http.call('GET', '/patient/consents', { query: `address=${wallet.address}` });
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    const listedConsents = (listed.body as Bundle).entry!.map((entry) => entry.resource as Consent);
    expect(listedConsents).toEqual([expect.objectContaining({ status: 'active', provision: expect.objectContaining({ actor: [expect.objectContaining({ reference: { reference: `Organization/${PROVIDER_B}` } })] }) })]);
    expect(world.refused('fhir-read')).toEqual([]);
    expect(world.refused('patient-consent')).toEqual([]);
  });

  test("break-glass: B's BTG read needs no consent; fhir-read leaves the emergency access pending before answering; the vault worker (its handler) records it on chain, signed by the operator in KMS, with the salted reason commitment, and deletes the pending item", async () => {
    const read = await http.call('GET', '/fhir/Patient/$everything', { query: identifier, token: await http.token('client-b', { purposeOfUse: 'BTG', reason }) });
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body.meta.security).toEqual([expect.objectContaining({ code: 'BTG' })]);
    const pending = [...world.table(tableName('catalog')).values()].filter((item) => item['pk'] === EMERGENCY_PENDING_PK);
    expect(pending).toHaveLength(1);
    const requestId = String(pending[0]!['sk']).split('#')[1]!;
    expect(pending[0]).toMatchObject({ pseudonym, providerId: PROVIDER_B, commitment: emergencyReasonCommitment(reason, requestId) });

    const locator = { registerHoldings: async (holdings: unknown[]) => ({ pairs: holdings.length, registered: holdings.length, batches: [] }) } as unknown as RecordLocator;
    handlerServices(world, 'vault-worker', { registry: stubAnchorRegistry().registry, locator, consents });
    const run = await runVaultWorker();
    expect(run.emergencyAccess).toEqual({ sent: 1, failed: 0 });
    expect(consents.emergencies).toEqual([{ pseudonym: pseudonymBytes32(pseudonym), provider: onChainProviderId(PROVIDER_B), commitment: pending[0]!['commitment'], transactionHash: expect.any(String) }]);
    expect(consents.transactions.at(-1)).toEqual({ fn: 'vault-worker', from: world.signerAddress(KEYS.operator), method: 'recordEmergencyAccess' });
    expect([...world.table(tableName('catalog')).values()].filter((item) => item['pk'] === EMERGENCY_PENDING_PK)).toEqual([]);
    expect(world.refused('fhir-read')).toEqual([]);
    expect(world.refused('vault-worker')).toEqual([]);
  });

  test("fhir-consent: A's Consent search (the consent from the chain, its grantee named by its exchange id) and AuditEvent search (the refusal, the consented and the break-glass reads of A's records), each answer audited; B searches no patient of A's", async () => {
    const a = await http.token('client-a');
    const found = await http.call('GET', '/fhir/Consent', { query: `patient=Patient/${patientId}`, token: a });
    expect(found.fn).toBe('fhir-consent');
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect((found.body as Bundle).entry!.map((entry) => entry.resource as Consent)).toEqual([
      expect.objectContaining({ status: 'active', patient: { reference: `Patient/${patientId}` }, provision: expect.objectContaining({ actor: [expect.objectContaining({ reference: { reference: `Organization/${PROVIDER_B}` } })] }) }),
    ]);
    const log = await http.call('GET', '/fhir/AuditEvent', { query: `patient=Patient/${patientId}&_count=200`, token: a });
    expect(log.status, JSON.stringify(log.body)).toBe(200);
    const events = (log.body as Bundle).entry!.map((entry) => entry.resource as AuditEvent);
    expect(events.filter((event) => event.outcome === '8')).toHaveLength(1);
    expect(events.filter((event) => event.purposeOfEvent?.[0]?.coding?.[0]?.code === 'BTG')).toEqual([expect.objectContaining({ entity: expect.arrayContaining([expect.objectContaining({ detail: expect.arrayContaining([{ type: 'reason', valueString: reason }]) })]) })]);
    expect(auditEntries().filter((entry) => entry['action'] === 'search' && entry['clientId'] === 'client-a')).toHaveLength(2);
    expect((await http.call('GET', '/fhir/AuditEvent', { query: `patient=Patient/${patientId}`, token: await http.token('client-b') })).status).toBe(404);
    expect(world.refused('fhir-consent')).toEqual([]);
  });

  test("a wallet recovery: fhir-erase issues A a recovery code for its enrolled patient (the provider's status, an audit entry, the code put by its hash); patient-consent looks it up ($prepare), takes it ($propose: a conditional DeleteItem) and the operator relays proposeRecovery with the new wallet's EIP-712 signature", async () => {
    const issued = await http.call('POST', `/fhir/Patient/${patientId}/$recovery-code`, { token: await http.token('client-a') });
    expect(issued.fn).toBe('fhir-erase');
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const recoveryCode = (issued.body as Parameters).parameter!.find((parameter) => parameter.name === 'code')!.valueString!;
    expect([...world.table(tableName('oneTimeCodes')).values()]).toEqual([expect.objectContaining({ key: `recovery#${createHash('sha256').update(recoveryCode).digest('hex')}`, kind: 'recovery', payload: { pseudonym, providerId: PROVIDER } })]);
    expect(auditEntries().filter((entry) => entry['action'] === 'recovery-code')).toEqual([expect.objectContaining({ holder: PROVIDER, clientId: 'client-a', basis: 'own-records' })]);

    const next = Wallet.createRandom();
    const prepared = await http.call('POST', '/patient/recovery/$prepare', { body: { code: recoveryCode, address: next.address } });
    expect(prepared.fn).toBe('patient-consent');
    expect(prepared.status, JSON.stringify(prepared.body)).toBe(200);
    expect(prepared.body.message).toEqual({ pseudonym: pseudonymBytes32(pseudonym), newController: next.address, nonce: '1' });
    const signature = await next.signTypedData(prepared.body.domain, prepared.body.types, prepared.body.message);
    const proposed = await http.call('POST', '/patient/recovery/$propose', { body: { code: recoveryCode, message: prepared.body.message, signature } });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
    expect(consents.recoveries.get(pseudonymBytes32(pseudonym))).toMatchObject({ newController: next.address, provider: onChainProviderId(PROVIDER) });
    expect(consents.transactions.at(-1)).toEqual({ fn: 'patient-consent', from: world.signerAddress(KEYS.operator), method: 'proposeRecovery' });
    expect(world.table(tableName('oneTimeCodes')).size).toBe(0);
    expect(world.refused('fhir-erase')).toEqual([]);
    expect(world.refused('patient-consent')).toEqual([]);
  });

  test('control: each cold start sees its own environment only (fhir-consent has no one-time code table, so consentServices() fails there; patient-consent has no vault storage)', async () => {
    useEnvironment('fhir-consent');
    services.current = { ...services.get(), awsClients: () => world.as('fhir-consent') };
    vi.resetModules();
    const { consentServices } = await import('../../functions/consent/consent-services.ts');
    expect(() => consentServices()).toThrow(/ONE_TIME_CODES_TABLE/);
    useEnvironment('patient-consent');
    expect(() => parseConfig(vaultStoreConfigSchema)).toThrow(/CATALOG_TABLE/);
  });

  test("patient-consent with a patient's session (the key patient-auth creates, under patient-auth's policy): the consents of the session's wallet without an address, and who a consent may name", async () => {
    const environment = environments.get('patient-auth')!;
    const clients = world.as('patient-auth');
    const key = await loadWrappedSecret({ kms: clients.kms, documents: clients.documents, table: environment['KEYS_TABLE']!, kmsKeyId: environment['EXCHANGE_KMS_KEY_ID']! }, PATIENT_SESSION_SECRET, { create: true });
    const session = await issuePatientSession(key!, sessionAudience(`https://${FHIR_HOST}`), wallet.address, 300);
    const listed = await http.call('GET', '/patient/consents', { token: session.token });
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect((listed.body as Bundle).entry).toHaveLength(1);
    const grantees = await http.call('GET', '/patient/grantees', { token: session.token });
    expect(grantees.status, JSON.stringify(grantees.body)).toBe(200);
    expect(grantees.body.grantees).toEqual(expect.any(Array));
    expect(world.refused('patient-auth')).toEqual([]);
    expect(world.refused('patient-consent')).toEqual([]);
  });

  test('every grant of fhir-consent and patient-consent was used, and nothing was refused to any function; what the changed functions used of theirs here', () => {
    for (const fn of ['fhir-ingest', 'fhir-read', 'fhir-erase', 'fhir-consent', 'patient-consent', 'smart-token', 'vault-worker'] as const) expect(world.refused(fn), fn).toEqual([]);
    expect(unusedGrants(world, 'fhir-consent')).toEqual([]);
    expect(unusedGrants(world, 'patient-consent')).toEqual([]);
    const used = (fn: FunctionUnderTest) => [...new Set(world.log.filter((entry) => entry.fn === fn && entry.grants.length > 0).map((entry) => `${entry.request.action} on ${entry.request.resource}`))];
    expect(used('fhir-erase')).toEqual(expect.arrayContaining([`dynamodb:GetItem on ${tableArn('catalog')}`, `dynamodb:PutItem on ${tableArn('audit')}`, `dynamodb:PutItem on ${tableArn('oneTimeCodes')}`]));
    expect(used('fhir-read')).toEqual(expect.arrayContaining([`kms:GenerateMac on ${KEYS.pseudonym}`, `dynamodb:Query on ${tableArn('catalog')}`, `dynamodb:BatchWriteItem on ${tableArn('catalog')}`, `dynamodb:PutItem on ${tableArn('audit')}`]));
    expect(used('vault-worker')).toEqual(expect.arrayContaining([`dynamodb:Query on ${tableArn('catalog')}`, `dynamodb:BatchWriteItem on ${tableArn('catalog')}`, `kms:GetPublicKey on ${KEYS.operator}`, `kms:Sign on ${KEYS.operator}`]));
  });

  test('what they must not do: patient-consent verifies no token, touches nothing of the vault and signs only as the operator; fhir-consent signs nothing, writes no catalog item, issues or takes no code; fhir-erase takes no code', async () => {
    const since = world.mark();
    const patient = world.as('patient-consent');
    await expect(loadWrappedSecret({ kms: patient.kms, documents: patient.documents, table: tableName('keys'), kmsKeyId: KEYS.exchange }, SIGNING_KEY_SECRET, { create: false })).rejects.toThrow(AccessDenied);
    await expect(patient.documents.send(new GetCommand({ TableName: tableName('clients'), Key: { clientId: 'client-a' } }))).rejects.toThrow(AccessDenied);
    await expect(new Catalog(patient.documents, tableName('catalog')).get(keys.current(PROVIDER, 'Patient', patientId))).rejects.toThrow(AccessDenied);
    await expect(new AuditLog(patient.documents, tableName('audit')).entriesFor(pseudonym)).rejects.toThrow(AccessDenied);
    await expect(patient.kms.send(new SignCommand({ KeyId: KEYS.admin, Message: Buffer.alloc(32), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }))).rejects.toThrow(AccessDenied);
    const search = world.as('fhir-consent');
    await expect(search.kms.send(new SignCommand({ KeyId: KEYS.operator, Message: Buffer.alloc(32), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }))).rejects.toThrow(AccessDenied);
    await expect(new Catalog(search.documents, tableName('catalog')).writeMany([{ pk: EMERGENCY_PENDING_PK, sk: 'x' }])).rejects.toThrow(AccessDenied);
    await expect(new OneTimeCodes(search.documents, tableName('oneTimeCodes')).issue('enrollment', { pseudonym, providerId: PROVIDER }, 60)).rejects.toThrow(AccessDenied);
    await expect(new OneTimeCodes(search.documents, tableName('oneTimeCodes')).redeem('enrollment', 'AAAA-BBBB-CCCC-DDDD')).rejects.toThrow(AccessDenied);
    await expect(new OneTimeCodes(world.as('fhir-erase').documents, tableName('oneTimeCodes')).redeem('enrollment', 'AAAA-BBBB-CCCC-DDDD')).rejects.toThrow(AccessDenied);
    expect(world.refused('patient-consent', since)).toEqual([
      `dynamodb:GetItem on ${tableArn('keys')}`,
      `dynamodb:GetItem on ${tableArn('clients')}`,
      `dynamodb:GetItem on ${tableArn('catalog')}`,
      `dynamodb:Query on ${tableArn('audit')}`,
      `kms:Sign on ${KEYS.admin}`,
    ]);
    expect(world.refused('fhir-consent', since)).toEqual([
      `kms:Sign on ${KEYS.operator}`,
      `dynamodb:BatchWriteItem on ${tableArn('catalog')}`,
      `dynamodb:PutItem on ${tableArn('oneTimeCodes')}`,
      `dynamodb:DeleteItem on ${tableArn('oneTimeCodes')}`,
    ]);
    expect(world.refused('fhir-erase', since)).toEqual([`dynamodb:DeleteItem on ${tableArn('oneTimeCodes')}`]);
  });
});
