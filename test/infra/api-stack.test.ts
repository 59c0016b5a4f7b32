import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssetStaging, CfnParameter, Stack, Validations } from 'aws-cdk-lib';
import type { CfnResource } from 'aws-cdk-lib';
import { HttpMethod as ApiMethod, HttpRoute, HttpRouteKey } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Runtime, RuntimeFamily } from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import type { NagPack } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ACCESS_LOG_FORMAT,
  ANCHOR_WORKER,
  DEFAULT_THROTTLE,
  DEPLOYED_FUNCTION_NAMES,
  EXPORT_PREFIXES,
  EXPORT_WORKER,
  OPERATION_PARAMETER,
  PATIENT_KEY_STORE,
  ROUTE_PATH_PART,
  SIGNING_KEY_SECRET,
  VAULT_KEY_NAMES,
  VAULT_PREFIXES,
  VAULT_WORKER,
  ERASURE_REPLAY,
  apiGatewayPath,
  apiRoutes,
} from '../../infra/cdk/api-stack.ts';
import { PATIENT_SESSION_SECRET } from '../../functions/patient-auth/patient-session.ts';
import { DEID_KEYS_SECRET } from '../../functions/export/deid-keys.ts';
import type { ApiStack, DeployedFunctionName } from '../../infra/cdk/api-stack.ts';
import { buildApp } from '../../infra/cdk/app.ts';
import type { ExchangeApp } from '../../infra/cdk/app.ts';
import { BRANCH_KEY_STORE_CONTEXT_KEYS, RUNTIME, functionEntry, sectionEnvironment, wrappedSecretPurpose } from '../../infra/cdk/exchange-function.ts';
import { ANCHORING_MAX_RECEIVE_COUNT, ANCHORING_VISIBILITY_TIMEOUT, EXPORT_MAX_RECEIVE_COUNT, EXPORT_VISIBILITY_TIMEOUT } from '../../infra/cdk/stateful-stack.ts';
import { ANCHORING_BACKLOG_ALARM, API_5XX_ALARM_COUNT, GRACE_FUNCTION, GRACE_METRIC } from '../../infra/cdk/alarms.ts';
import { GRACE_LOG_MESSAGE } from '../../functions/ledger/provider-status.ts';
import type { ExchangeFunction } from '../../infra/cdk/exchange-function.ts';
import { RouteMatcher } from '../../functions/http/route-matcher.ts';
import { DEFAULT_ROUTE_FUNCTION, FUNCTION_NAMES, ROUTES, SEARCHABLE_TYPES } from '../../functions/routes.ts';
import type { FunctionName, RouteSpec } from '../../functions/routes.ts';
import { IDENTIFIER_TOKEN_SECRET } from '../../functions/vault/storage/identifier-tokens.ts';
import { BRANCH_KEY_CONTEXT, BRANCH_KEY_STORE_NAME } from '../../functions/vault/storage/patient-keys.ts';
import { newManifestKey, newObjectKey } from '../../functions/vault/storage/vault-objects.ts';
import { vaultStoreConfigSchema } from '../../schemas/config.ts';
import { BUCKETS, TABLES } from '../../schemas/storage.ts';

/** The context `cdk synth` runs with (feature flags included), so the test synthesizes the same templates. */
const CDK_CONTEXT = (JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> }).context;

const outdirs: string[] = [];

/** The functions the stack deploys: one per FUNCTION_NAMES entry (behind routes), the scheduled vault worker and the queue-fed anchoring function. */
type DeployedFunction = DeployedFunctionName;
const WORKER = 'vault-worker' as const;
const ANCHORER = 'anchor-worker' as const;
const REPLAYER = 'erasure-replay' as const;
const DEPLOYED: readonly DeployedFunction[] = DEPLOYED_FUNCTION_NAMES;
const deployed = (stack: ApiStack, name: DeployedFunction): ExchangeFunction => stack.deployed[name];

/**
 * The real app for stage `test`. Only the first build bundles the functions (with the local
 * esbuild, as `cdk synth` does); the others skip bundling, which changes nothing the checks look at.
 */
function build(options: { bundle?: boolean } = {}): ExchangeApp {
  const outdir = mkdtempSync(join(tmpdir(), 'fhir-exchange-cdk-'));
  outdirs.push(outdir);
  return buildApp({ outdir, context: { ...CDK_CONTEXT, stage: 'test', ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) } });
}

afterAll(() => {
  for (const outdir of outdirs) rmSync(outdir, { recursive: true, force: true });
});

function logicalId(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnResource);
}

function nagPacks(): NagPack[] {
  return [new AwsSolutionsChecks(), new HIPAASecurityChecks()];
}

type Json = Record<string, any>;

/**
 * Rewrites template values into readable names: `table:clients.Arn`, `exchangeKey.Arn`,
 * `logGroup:smart-token.Arn`, `<region>`, ... Cross-stack references (Fn::GetStackOutput) are
 * followed into the stateful stack's outputs, so a policy reads as what it names.
 */
function labeller(built: ExchangeApp, statefulTemplate: Json): (value: unknown) => unknown {
  const names = new Map<string, string>();
  for (const table of Object.keys(TABLES) as (keyof typeof TABLES)[]) names.set(logicalId(built.stateful.tables[table]), `table:${table}`);
  for (const bucket of Object.keys(BUCKETS) as (keyof typeof BUCKETS)[]) names.set(logicalId(built.stateful.buckets[bucket]), `bucket:${bucket}`);
  names.set(logicalId(built.stateful.key), 'exchangeKey');
  names.set(logicalId(built.stateful.operatorSignerKey), 'operatorSignerKey');
  names.set(logicalId(built.stateful.adminSignerKey), 'adminSignerKey');
  names.set(logicalId(built.stateful.pseudonymKey), 'pseudonymKey');
  // A queue's Ref is its URL, its Arn attribute its ARN.
  names.set(logicalId(built.stateful.anchoringQueue), 'anchoringQueue');
  names.set(logicalId(built.stateful.anchoringDeadLetterQueue), 'anchoringDeadLetterQueue');
  names.set(logicalId(built.stateful.exportQueue), 'exportQueue');
  names.set(logicalId(built.stateful.exportDeadLetterQueue), 'exportDeadLetterQueue');
  // The SSM parameters the API stack resolves at deploy time: `ssm:<parameter name>`.
  for (const parameter of built.api.node.findAll().filter((construct): construct is CfnParameter => construct instanceof CfnParameter)) {
    if (String(parameter.type).startsWith('AWS::SSM::Parameter::Value')) names.set(built.api.getLogicalId(parameter), `ssm:${String(parameter.default)}`);
  }
  names.set(logicalId(built.api.logKey), 'logsKey');
  names.set(logicalId(built.api.alarms.key), 'alarmsKey');
  names.set(logicalId(built.api.alarms.topic), 'alarmTopic');
  names.set(logicalId(built.api.accessLogGroup), 'accessLogs');
  names.set(logicalId(built.api.api), 'api');
  names.set(logicalId(built.api.vaultWorkerSchedule), 'vaultWorkerSchedule');
  for (const name of DEPLOYED) {
    const fn = deployed(built.api, name);
    names.set(logicalId(fn.logGroup), `logGroup:${name}`);
    names.set(logicalId(fn.function), `function:${name}`);
    names.set(logicalId(fn.role), `role:${name}`);
    names.set(logicalId(fn.policy), `policy:${name}`);
  }
  const pseudo: Record<string, string> = { 'AWS::Region': '<region>', 'AWS::URLSuffix': '<urlSuffix>', 'AWS::Partition': '<partition>', 'AWS::AccountId': '<account>' };
  const label = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(label);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value as Json);
    const [first] = entries;
    if (entries.length === 1 && first) {
      const [fn, argument] = first;
      if (fn === 'Ref') return pseudo[argument] ?? names.get(argument) ?? `Ref(${argument})`;
      if (fn === 'Fn::GetAtt') return `${names.get(argument[0]) ?? argument[0]}.${argument[1]}`;
      if (fn === 'Fn::Join') return (argument[1] as unknown[]).map(label).join(argument[0]);
      if (fn === 'Fn::GetStackOutput') {
        expect(argument.StackName).toBe(built.stateful.stackName);
        const output = statefulTemplate['Outputs']?.[argument.OutputName];
        expect(output, `stateful output ${argument.OutputName}`).toBeDefined();
        return label(output.Value);
      }
    }
    return Object.fromEntries(entries.map(([key, inner]) => [key, label(inner)]));
  };
  return label;
}

/** A condition block as compact, order-independent text. */
function when(condition: Json): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted).sort();
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Json)[key])]));
    return value;
  };
  return ` when ${JSON.stringify(sorted(condition))}`;
}

/** Every (action, resource, condition) a policy document allows, one line each, sorted. */
function permissions(document: Json, label: (value: unknown) => unknown): string[] {
  const lines: string[] = [];
  for (const statement of document['Statement'] as Json[]) {
    expect(statement['Effect']).toBe('Allow');
    expect(statement['NotAction']).toBeUndefined();
    expect(statement['NotResource']).toBeUndefined();
    const actions = ([] as string[]).concat(statement['Action']);
    const resources = ([] as unknown[]).concat(statement['Resource']).map(label);
    const condition = statement['Condition'] ? when(label(statement['Condition']) as Json) : '';
    for (const action of actions) for (const resource of resources) lines.push(`${action} on ${String(resource)}${condition}`);
  }
  return lines.sort();
}

const signingKeyItem = when({ 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [SIGNING_KEY_SECRET] } });
const signingKeyContext = when({ StringEquals: { 'kms:EncryptionContext:purpose': wrappedSecretPurpose(SIGNING_KEY_SECRET) } });
const viaDynamoDb = (...tables: string[]) =>
  when({ StringEquals: { 'kms:ViaService': 'dynamodb.<region>.<urlSuffix>', 'kms:EncryptionContext:aws:dynamodb:tableName': tables.map((table) => `table:${table}`) } });

const sessionKeyItem = when({ 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [PATIENT_SESSION_SECRET] } });
const sessionKeyContext = when({ StringEquals: { 'kms:EncryptionContext:purpose': wrappedSecretPurpose(PATIENT_SESSION_SECRET) } });
const identifierKeyItem = when({ 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [IDENTIFIER_TOKEN_SECRET] } });
const identifierKeyContext = when({ StringEquals: { 'kms:EncryptionContext:purpose': wrappedSecretPurpose(IDENTIFIER_TOKEN_SECRET) } });
/** S3 using the bucket's key with the caller's credentials (S3 Bucket Key: the context is the bucket ARN). */
const viaS3 = (bucket: keyof typeof BUCKETS) =>
  when({ StringEquals: { 'kms:ViaService': 's3.<region>.<urlSuffix>', 'kms:EncryptionContext:aws:s3:arn': `bucket:${bucket}.Arn` } });
/** The branch key store's encryption context (written out, not taken from the stack, so that a change to it shows here). */
const keyStoreContext = {
  'kms:EncryptionContext:tablename': 'fhir-exchange-patient-keys',
  'kms:EncryptionContext:aws-crypto-ec:purpose': 'fhir-exchange-patient-vault',
};
const keyStore = when({ StringEquals: keyStoreContext });
const keyStoreSameKey = when({ StringEquals: keyStoreContext, Bool: { 'kms:ReEncryptOnSameKey': 'true' } });
const objects = (prefix: string) => `bucket:vault.Arn/${prefix}*`;
const { objects: OBJECTS, manifests: MANIFESTS, anchors: ANCHORS } = VAULT_PREFIXES;
/** Only as part of a TransactWriteItems (the branch key store's createKey). */
const insideTransaction = when({ 'ForAnyValue:StringEquals': { 'dynamodb:EnclosingOperation': ['TransactWriteItems'] } });
/** SQS using the queue's key with the caller's credentials: through SQS, for the anchoring queue only (SQS's encryption context is the queue ARN). */
const viaSqs = when({ StringEquals: { 'kms:ViaService': 'sqs.<region>.<urlSuffix>', 'kms:EncryptionContext:aws:sqs:arn': 'anchoringQueue.Arn' } });
/** Sending to the anchoring queue (functions/vault/anchoring/anchoring-queue.ts): SendMessage, and what SQS asks of a producer on a queue with a customer managed key. */
const anchoringProducer = [
  'sqs:SendMessage on anchoringQueue.Arn',
  `kms:GenerateDataKey on exchangeKey.Arn${viaSqs}`,
  `kms:Decrypt on exchangeKey.Arn${viaSqs}`,
];

/** What every function may do: write its own logs, send traces. */
const baseline = (name: DeployedFunction) => [
  `logs:CreateLogStream on logGroup:${name}.Arn`,
  `logs:PutLogEvents on logGroup:${name}.Arn`,
  'xray:PutTelemetryRecords on *',
  'xray:PutTraceSegments on *',
];

/** Token verification: read the signing key item and unwrap it, read the caller's registry entry. */
const verification = [
  `dynamodb:GetItem on table:keys.Arn${signingKeyItem}`,
  `kms:Decrypt on exchangeKey.Arn${signingKeyContext}`,
  'dynamodb:GetItem on table:clients.Arn',
];

/** Patient session verification: the session key item read and unwrapped, the signed-out sessions looked up. */
const sessionVerification = [
  `dynamodb:GetItem on table:keys.Arn${sessionKeyItem}`,
  `kms:Decrypt on exchangeKey.Arn${sessionKeyContext}`,
  'dynamodb:GetItem on table:oneTimeCodes.Arn',
];

/** Loading the identifier token key, created on first use (loadWrappedSecret with create: true). */
const identifierTokenKey = [
  `dynamodb:GetItem on table:keys.Arn${identifierKeyItem}`,
  `dynamodb:PutItem on table:keys.Arn${identifierKeyItem}`,
  `kms:Decrypt on exchangeKey.Arn${identifierKeyContext}`,
  `kms:GenerateDataKey on exchangeKey.Arn${identifierKeyContext}`,
];

/** Only on items of the catalog's pending emergency access partition (functions/vault/read/emergency-access.ts). */
const emergencyPendingItems = when({ 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['emergency#pending'] } });

/** Every catalog call of an ingest, and of the repair pass and the holdings. */
const catalogWriter = ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'BatchWriteItem', 'DeleteItem'].map((action) => `dynamodb:${action} on table:catalog.Arn`);

/** SQS using the queue's key with the caller's credentials, for the export queue only. */
const viaExportSqs = when({ StringEquals: { 'kms:ViaService': 'sqs.<region>.<urlSuffix>', 'kms:EncryptionContext:aws:sqs:arn': 'exportQueue.Arn' } });
/** Handing a job to the export worker (functions/export/export-services.ts notify): SendMessage on the export queue, and the queue key through SQS. */
const exportProducer = ['sqs:SendMessage on exportQueue.Arn', `kms:GenerateDataKey on exchangeKey.Arn${viaExportSqs}`, `kms:Decrypt on exchangeKey.Arn${viaExportSqs}`];
/** A Bulk Data kick-off (functions/fhir-export/kick-off.ts): the running marker and job read, the job, marker and waiting item put, the job's id sent to the export queue. */
const exportKickOff = ['dynamodb:GetItem on table:exportJobs.Arn', 'dynamodb:PutItem on table:exportJobs.Arn', ...exportProducer];
/** The de-identification secret's item (functions/export/deid-keys.ts) and its encryption context. */
const deidKeyItem = when({ 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [DEID_KEYS_SECRET] } });
const deidKeyContext = when({ StringEquals: { 'kms:EncryptionContext:purpose': wrappedSecretPurpose(DEID_KEYS_SECRET) } });
const exportFiles = `bucket:exports.Arn/${EXPORT_PREFIXES.jobs}*`;

/** The whole policy of each function's role, written out by hand from what each handler calls. */
const EXPECTED_PERMISSIONS: Record<DeployedFunction, string[]> = {
  'fhir-metadata': [...baseline('fhir-metadata')],
  'smart-token': [
    ...baseline('smart-token'),
    'dynamodb:GetItem on table:clients.Arn',
    'dynamodb:PutItem on table:assertionJtis.Arn',
    `dynamodb:GetItem on table:keys.Arn${signingKeyItem}`,
    `dynamodb:PutItem on table:keys.Arn${signingKeyItem}`,
    `kms:Decrypt on exchangeKey.Arn${signingKeyContext}`,
    `kms:GenerateDataKey on exchangeKey.Arn${signingKeyContext}`,
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('clients', 'assertionJtis', 'keys')}`,
  ],
  'admin-clients': [
    ...baseline('admin-clients'),
    ...verification,
    'dynamodb:Scan on table:clients.Arn',
    'dynamodb:PutItem on table:clients.Arn',
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'clients')}`,
  ],
  // Token verification, and signing the registry's transactions (operator and admin) in KMS; the chain is reached over JSON-RPC.
  // And a recovery veto's reason in the person's access log (PutItem on the audit table).
  'admin-providers': [
    ...baseline('admin-providers'),
    ...verification,
    'dynamodb:PutItem on table:audit.Arn',
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'clients', 'audit')}`,
    'kms:Sign on operatorSignerKey.Arn',
    'kms:GetPublicKey on operatorSignerKey.Arn',
    'kms:Sign on adminSignerKey.Arn',
    'kms:GetPublicKey on adminSignerKey.Arn',
  ],
  // POST [base]/Patient/$export arrives here (POST /fhir/{type}/{operation}): the kick-off's jobs table items.
  'fhir-validate': [...baseline('fhir-validate'), ...verification, ...exportKickOff, `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'clients', 'exportJobs')}`],
  // Token verification, the client registry scan (provider ids) and the patient pseudonym (GenerateMac);
  // GET [base]/$export arrives here (GET /fhir/{operation}).
  'fhir-locate': [
    ...baseline('fhir-locate'),
    ...verification,
    'dynamodb:Scan on table:clients.Arn',
    ...exportKickOff,
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'clients', 'exportJobs')}`,
    'kms:GenerateMac on pseudonymKey.Arn',
  ],
  // Token verification, the identifier token key, pseudonyms, the catalog, objects and manifests
  // (written; manifests read back; both deleted when abandoned), branch keys created and unwrapped;
  // POST [base]/$export arrives here (POST /fhir/{type}): the kick-off's jobs table items.
  'fhir-ingest': [
    ...baseline('fhir-ingest'),
    ...verification,
    ...exportKickOff,
    ...identifierTokenKey,
    'kms:GenerateMac on pseudonymKey.Arn',
    ...catalogWriter,
    // Each commit's index step nudges the anchoring function.
    ...anchoringProducer,
    `s3:PutObject on ${objects('o/')}`,
    `s3:PutObject on ${objects('m/')}`,
    `s3:GetObject on ${objects('m/')}`,
    `s3:DeleteObject on ${objects('o/')}`,
    `s3:DeleteObject on ${objects('m/')}`,
    `kms:GenerateDataKey on exchangeKey.Arn${viaS3('vault')}`,
    `kms:Decrypt on exchangeKey.Arn${viaS3('vault')}`,
    'dynamodb:GetItem on table:branchKeys.Arn',
    'dynamodb:Query on table:branchKeys.Arn',
    `dynamodb:PutItem on table:branchKeys.Arn${insideTransaction}`,
    `kms:GenerateDataKeyWithoutPlaintext on exchangeKey.Arn${keyStore}`,
    `kms:Decrypt on exchangeKey.Arn${keyStore}`,
    `kms:ReEncryptFrom on exchangeKey.Arn${keyStoreSameKey}`,
    `kms:ReEncryptTo on exchangeKey.Arn${keyStoreSameKey}`,
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'clients', 'catalog', 'branchKeys', 'exportJobs')}`,
  ],
  // Token verification, catalog reads, an audit entry, sealed objects read and opened (branch key
  // read and unwrapped), and for $verify the batch's leaves file (the AnchorRegistry is read over
  // JSON-RPC: no signing). A person's $everything across holders: the person's pseudonym
  // (GenerateMac) and, for break-glass, the pending emergency access item (BatchWriteItem in that
  // partition only); the ConsentRegistry and the ProviderRegistry are read over JSON-RPC.
  // Token verification, the jobs table, presigned links to (and deletion of) a job's files; the chain's block over JSON-RPC.
  'fhir-export': [
    ...baseline('fhir-export'),
    ...verification,
    'dynamodb:GetItem on table:exportJobs.Arn',
    'dynamodb:PutItem on table:exportJobs.Arn',
    'dynamodb:UpdateItem on table:exportJobs.Arn',
    'dynamodb:DeleteItem on table:exportJobs.Arn',
    's3:GetObject on bucket:exports.Arn/jobs/*',
    's3:DeleteObject on bucket:exports.Arn/jobs/*',
    `kms:Decrypt on exchangeKey.Arn${viaS3('exports')}`,
    // POST [base]/Group/{id}/$export kicks off here.
    ...exportProducer,
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'clients', 'exportJobs')}`,
  ],
  'fhir-read': [
    ...baseline('fhir-read'),
    ...verification,
    // Patient?identifier=: the identifier token key, read (never created).
    `dynamodb:GetItem on table:keys.Arn${identifierKeyItem}`,
    `kms:Decrypt on exchangeKey.Arn${identifierKeyContext}`,
    'kms:GenerateMac on pseudonymKey.Arn',
    'dynamodb:GetItem on table:catalog.Arn',
    'dynamodb:Query on table:catalog.Arn',
    `dynamodb:BatchWriteItem on table:catalog.Arn${emergencyPendingItems}`,
    'dynamodb:PutItem on table:audit.Arn',
    // GET [base]/Patient/$export arrives here (GET /fhir/Patient/{operation}).
    ...exportKickOff,
    `s3:GetObject on ${objects(OBJECTS)}`,
    // $verify: the anchored batch's leaves file.
    `s3:GetObject on ${objects(ANCHORS)}`,
    `kms:Decrypt on exchangeKey.Arn${viaS3('vault')}`,
    'dynamodb:GetItem on table:branchKeys.Arn',
    'dynamodb:Query on table:branchKeys.Arn',
    `kms:Decrypt on exchangeKey.Arn${keyStore}`,
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'clients', 'exportJobs', 'catalog', 'audit', 'branchKeys')}`,
  ],
  // Token verification, the catalog read and rewritten, the objects deleted, an audit entry, the
  // branch key erased (tombstone put, items queried and deleted). No use of the vault key.
  // $enrollment-code: the patient's current item and an audit entry (granted for the erasure
  // already), the ConsentRegistry's controllerOf over JSON-RPC, the code put in the one-time code table.
  'fhir-erase': [
    ...baseline('fhir-erase'),
    ...verification,
    // The holder's erasure journaled on chain first (ErasureJournal), sent by the operator.
    'kms:Sign on operatorSignerKey.Arn',
    'kms:GetPublicKey on operatorSignerKey.Arn',
    'dynamodb:GetItem on table:catalog.Arn',
    'dynamodb:Query on table:catalog.Arn',
    'dynamodb:BatchGetItem on table:catalog.Arn',
    'dynamodb:BatchWriteItem on table:catalog.Arn',
    `s3:DeleteObject on ${objects('o/')}`,
    'dynamodb:PutItem on table:audit.Arn',
    'dynamodb:Query on table:branchKeys.Arn',
    'dynamodb:PutItem on table:branchKeys.Arn',
    'dynamodb:DeleteItem on table:branchKeys.Arn',
    'dynamodb:PutItem on table:oneTimeCodes.Arn',
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'clients', 'catalog', 'audit', 'branchKeys', 'oneTimeCodes')}`,
  ],
  // Token verification, the person's pseudonym, the catalog read and rewritten, the objects
  // deleted, an audit entry per holder, every holder's branch key erased after the person tombstone
  // is looked up (GetItem) and put. No use of the vault key.
  'admin-erasures': [
    ...baseline('admin-erasures'),
    ...verification,
    // The person's erasure journaled on chain first (ErasureJournal), sent by the operator.
    'kms:Sign on operatorSignerKey.Arn',
    'kms:GetPublicKey on operatorSignerKey.Arn',
    'kms:GenerateMac on pseudonymKey.Arn',
    'dynamodb:Query on table:catalog.Arn',
    'dynamodb:BatchGetItem on table:catalog.Arn',
    'dynamodb:BatchWriteItem on table:catalog.Arn',
    `s3:DeleteObject on ${objects('o/')}`,
    'dynamodb:PutItem on table:audit.Arn',
    'dynamodb:GetItem on table:branchKeys.Arn',
    'dynamodb:Query on table:branchKeys.Arn',
    'dynamodb:PutItem on table:branchKeys.Arn',
    'dynamodb:DeleteItem on table:branchKeys.Arn',
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'clients', 'catalog', 'audit', 'branchKeys')}`,
  ],
  // Token verification; the patient's current item (its pseudonym); the access log read (AuditEvent)
  // and an entry written for every answer; grantee ids from the client registry (Consent). The
  // ConsentRegistry is read over JSON-RPC: no signing, nothing of the one-time code table.
  'fhir-consent': [
    ...baseline('fhir-consent'),
    ...verification,
    'dynamodb:Scan on table:clients.Arn',
    'dynamodb:GetItem on table:catalog.Arn',
    'dynamodb:Query on table:audit.Arn',
    'dynamodb:PutItem on table:audit.Arn',
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'clients', 'catalog', 'audit')}`,
  ],
  // No token verification (the wallet's signatures authorise): the enrollment code taken (DeleteItem)
  // and put back when the chain cannot be reached (PutItem), grantee ids from the client registry
  // (Scan), the operator's signature on the relayed enrollments and consents. Nothing of the vault.
  'patient-consent': [
    ...baseline('patient-consent'),
    'dynamodb:Scan on table:clients.Arn',
    'dynamodb:DeleteItem on table:oneTimeCodes.Arn',
    'dynamodb:PutItem on table:oneTimeCodes.Arn',
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('clients', 'oneTimeCodes', 'keys')}`,
    'kms:Sign on operatorSignerKey.Arn',
    'kms:GetPublicKey on operatorSignerKey.Arn',
    ...sessionVerification,
  ],
  // Session verification; holders' ids from the client registry; the cross-holder read of the
  // person's records as fhir-read does it (no pseudonym key: the pseudonym comes from the chain);
  // the access log read and written.
  'patient-records': [
    ...baseline('patient-records'),
    ...sessionVerification,
    'dynamodb:Scan on table:clients.Arn',
    'dynamodb:GetItem on table:catalog.Arn',
    'dynamodb:Query on table:catalog.Arn',
    'dynamodb:PutItem on table:audit.Arn',
    'dynamodb:Query on table:audit.Arn',
    `s3:GetObject on ${objects(OBJECTS)}`,
    `kms:Decrypt on exchangeKey.Arn${viaS3('vault')}`,
    'dynamodb:GetItem on table:branchKeys.Arn',
    'dynamodb:Query on table:branchKeys.Arn',
    `kms:Decrypt on exchangeKey.Arn${keyStore}`,
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'oneTimeCodes', 'clients', 'catalog', 'audit', 'branchKeys')}`,
  ],
  // Nonces put and taken, signed-out sessions put and looked up; the patient session key created on
  // first use (the only function that may). No token verification, no client registry, no signing.
  'patient-auth': [
    ...baseline('patient-auth'),
    'dynamodb:GetItem on table:oneTimeCodes.Arn',
    'dynamodb:PutItem on table:oneTimeCodes.Arn',
    'dynamodb:DeleteItem on table:oneTimeCodes.Arn',
    `dynamodb:GetItem on table:keys.Arn${sessionKeyItem}`,
    `dynamodb:PutItem on table:keys.Arn${sessionKeyItem}`,
    `kms:Decrypt on exchangeKey.Arn${sessionKeyContext}`,
    `kms:GenerateDataKey on exchangeKey.Arn${sessionKeyContext}`,
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('oneTimeCodes', 'keys')}`,
  ],
  // Session verification, the operator's signature on the relayed erasure request, and the
  // erasure at every holder as admin-erasures does it (no pseudonym key, no vault key).
  'patient-erasure': [
    ...baseline('patient-erasure'),
    ...sessionVerification,
    'kms:Sign on operatorSignerKey.Arn',
    'kms:GetPublicKey on operatorSignerKey.Arn',
    'dynamodb:Query on table:catalog.Arn',
    'dynamodb:BatchGetItem on table:catalog.Arn',
    'dynamodb:BatchWriteItem on table:catalog.Arn',
    `s3:DeleteObject on ${objects(OBJECTS)}`,
    'dynamodb:PutItem on table:audit.Arn',
    'dynamodb:GetItem on table:branchKeys.Arn',
    'dynamodb:Query on table:branchKeys.Arn',
    'dynamodb:PutItem on table:branchKeys.Arn',
    'dynamodb:DeleteItem on table:branchKeys.Arn',
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'oneTimeCodes', 'catalog', 'audit', 'branchKeys')}`,
  ],
  'fhir-fallback': [...baseline('fhir-fallback'), ...verification, `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'clients')}`],
  // The catalog, manifests read and abandoned attempts deleted, nudges to the anchoring function (a repaired commit's index step,
  // the sweep), and the operator's signature on RecordLocator and ConsentRegistry (emergency access) transactions. No object written:
  // it no longer anchors, so no leaves file (and no S3 GenerateDataKey).
  'vault-worker': [
    ...baseline('vault-worker'),
    ...catalogWriter,
    `s3:GetObject on ${objects(MANIFESTS)}`,
    `s3:DeleteObject on ${objects(OBJECTS)}`,
    `s3:DeleteObject on ${objects(MANIFESTS)}`,
    `kms:Decrypt on exchangeKey.Arn${viaS3('vault')}`,
    ...anchoringProducer,
    'kms:Sign on operatorSignerKey.Arn',
    'kms:GetPublicKey on operatorSignerKey.Arn',
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('catalog')}`,
  ],
  // The journaled erasures read over JSON-RPC (no signing) and applied again: the catalog read and
  // rewritten and the replay cursor put, the objects deleted, the branch keys tombstoned and
  // deleted. No audit entry, no vault key, no pseudonym key.
  'erasure-replay': [
    ...baseline('erasure-replay'),
    'dynamodb:GetItem on table:catalog.Arn',
    'dynamodb:Query on table:catalog.Arn',
    'dynamodb:BatchGetItem on table:catalog.Arn',
    'dynamodb:BatchWriteItem on table:catalog.Arn',
    'dynamodb:PutItem on table:catalog.Arn',
    `s3:DeleteObject on ${objects(OBJECTS)}`,
    'dynamodb:GetItem on table:branchKeys.Arn',
    'dynamodb:Query on table:branchKeys.Arn',
    'dynamodb:PutItem on table:branchKeys.Arn',
    'dynamodb:DeleteItem on table:branchKeys.Arn',
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('catalog', 'branchKeys')}`,
  ],
  // The anchoring queue consumed (what Lambda's poller calls with the function's role, and the
  // queue key through SQS); the catalog's anchoring items (no BatchGetItem, no DeleteItem: deletions
  // go through BatchWriteItem); each batch's leaves file written; the operator's signature on
  // AnchorRegistry transactions. Nothing else: no auth section, no identifier token key, no
  // branch key, no object read.
  'anchor-worker': [
    ...baseline('anchor-worker'),
    'sqs:ReceiveMessage on anchoringQueue.Arn',
    'sqs:DeleteMessage on anchoringQueue.Arn',
    'sqs:GetQueueAttributes on anchoringQueue.Arn',
    `kms:Decrypt on exchangeKey.Arn${viaSqs}`,
    'dynamodb:GetItem on table:catalog.Arn',
    'dynamodb:Query on table:catalog.Arn',
    'dynamodb:PutItem on table:catalog.Arn',
    'dynamodb:BatchWriteItem on table:catalog.Arn',
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('catalog')}`,
    `s3:PutObject on ${objects(ANCHORS)}`,
    `kms:GenerateDataKey on exchangeKey.Arn${viaS3('vault')}`,
    'kms:Sign on operatorSignerKey.Arn',
    'kms:GetPublicKey on operatorSignerKey.Arn',
  ],
  // The export queue consumed (the poller's calls) and sent to again by a run that stops before the
  // timeout; the jobs table (job, lease, checkpoint, completion; waiting item and running marker
  // deleted; the group read) but no Query (it never lists waiting jobs) and no PutItem; per patient
  // the catalog queried, an audit entry per holder (written several patients at once), sealed objects read and opened; the
  // de-identification secret created on first use; the export bucket's jobs/ prefix listed, written,
  // read, deleted, and multipart uploads aborted. No pseudonym key, no signing, no record written.
  'export-worker': [
    ...baseline('export-worker'),
    'sqs:ReceiveMessage on exportQueue.Arn',
    'sqs:DeleteMessage on exportQueue.Arn',
    'sqs:GetQueueAttributes on exportQueue.Arn',
    ...exportProducer,
    'dynamodb:GetItem on table:exportJobs.Arn',
    'dynamodb:UpdateItem on table:exportJobs.Arn',
    'dynamodb:DeleteItem on table:exportJobs.Arn',
    'dynamodb:Query on table:catalog.Arn',
    'dynamodb:BatchWriteItem on table:audit.Arn',
    `s3:GetObject on ${objects(OBJECTS)}`,
    `kms:Decrypt on exchangeKey.Arn${viaS3('vault')}`,
    'dynamodb:GetItem on table:branchKeys.Arn',
    'dynamodb:Query on table:branchKeys.Arn',
    `kms:Decrypt on exchangeKey.Arn${keyStore}`,
    `dynamodb:GetItem on table:keys.Arn${deidKeyItem}`,
    `dynamodb:PutItem on table:keys.Arn${deidKeyItem}`,
    `kms:Decrypt on exchangeKey.Arn${deidKeyContext}`,
    `kms:GenerateDataKey on exchangeKey.Arn${deidKeyContext}`,
    `s3:GetObject on ${exportFiles}`,
    `s3:PutObject on ${exportFiles}`,
    `s3:DeleteObject on ${exportFiles}`,
    `s3:AbortMultipartUpload on ${exportFiles}`,
    `kms:GenerateDataKey on exchangeKey.Arn${viaS3('exports')}`,
    `kms:Decrypt on exchangeKey.Arn${viaS3('exports')}`,
    `s3:ListBucket on bucket:exports.Arn${when({ StringLike: { 's3:prefix': [`${EXPORT_PREFIXES.jobs}*`] } })}`,
    `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('exportJobs', 'catalog', 'audit', 'branchKeys', 'keys')}`,
  ],
};

const TOKEN_VERIFYING_ENVIRONMENT = ['ASSERTION_JTI_TABLE', 'CLIENTS_TABLE', 'EXCHANGE_KMS_KEY_ID', 'KEYS_TABLE', 'NODE_OPTIONS'];
/** The chain section: RPC endpoint and chain id, contract addresses. */
const CHAIN_ENVIRONMENT = ['ANCHOR_REGISTRY_ADDRESS', 'CHAIN_ID', 'CHAIN_RPC_URL', 'CONSENT_REGISTRY_ADDRESS', 'ERASURE_JOURNAL_ADDRESS', 'PROVIDER_REGISTRY_ADDRESS', 'RECORD_LOCATOR_ADDRESS'];
/** The chainSigners section: the signer references (`kms:<key id>`, not keys), for the functions that send transactions. */
const SIGNER_ENVIRONMENT = ['ADMIN_SIGNER', 'OPERATOR_SIGNER'];
/** The vault and vaultStore sections (BRANCH_KEY_DYNAMODB_ENDPOINT is only set locally). */
const VAULT_ENVIRONMENT = ['BRANCH_KEY_TABLE', 'VAULT_KMS_KEY_ARN', 'VAULT_BUCKET', 'CATALOG_TABLE', 'AUDIT_TABLE'];
/** The vaultStore section alone (the workers: no branch keys). */
const VAULT_STORE_ENVIRONMENT = ['VAULT_BUCKET', 'CATALOG_TABLE', 'AUDIT_TABLE'];
/** The export section (the jobs table, the export bucket and the export queue's URL; the rest are defaults). */
const EXPORT_ENVIRONMENT = ['EXPORT_BUCKET', 'EXPORT_JOBS_TABLE', 'EXPORT_QUEUE_URL'];
const EXPECTED_ENVIRONMENT: Record<DeployedFunction, string[]> = {
  'fhir-metadata': ['NODE_OPTIONS'],
  'smart-token': TOKEN_VERIFYING_ENVIRONMENT,
  'admin-clients': TOKEN_VERIFYING_ENVIRONMENT,
  // The vaultStore section for the access log a recovery veto is written to.
  'admin-providers': [...TOKEN_VERIFYING_ENVIRONMENT, ...VAULT_STORE_ENVIRONMENT, ...CHAIN_ENVIRONMENT, ...SIGNER_ENVIRONMENT].sort(),
  // POST [base]/$export kicks off here too: the chain's block, the jobs table and the export bucket's name.
  'fhir-validate': [...TOKEN_VERIFYING_ENVIRONMENT, ...CHAIN_ENVIRONMENT, ...EXPORT_ENVIRONMENT].sort(),
  'fhir-locate': [...TOKEN_VERIFYING_ENVIRONMENT, ...CHAIN_ENVIRONMENT, 'PSEUDONYM_KMS_KEY_ID', 'LINKING_IDENTIFIER_SYSTEMS', ...EXPORT_ENVIRONMENT].sort(),
  // The provider's status on the ProviderRegistry is read before an ingest; each commit nudges the anchoring function.
  'fhir-ingest': [...TOKEN_VERIFYING_ENVIRONMENT, ...VAULT_ENVIRONMENT, ...CHAIN_ENVIRONMENT, 'PSEUDONYM_KMS_KEY_ID', 'LINKING_IDENTIFIER_SYSTEMS', 'ANCHOR_QUEUE_URL', ...EXPORT_ENVIRONMENT].sort(),
  // $verify asks the AnchorRegistry; a person's $everything computes the pseudonym and asks the ConsentRegistry.
  'fhir-read': [...TOKEN_VERIFYING_ENVIRONMENT, ...VAULT_ENVIRONMENT, ...CHAIN_ENVIRONMENT, 'PSEUDONYM_KMS_KEY_ID', 'LINKING_IDENTIFIER_SYSTEMS', ...EXPORT_ENVIRONMENT].sort(),
  // The export section's jobs table and bucket; the chain for the transaction time's block.
  'fhir-export': [...TOKEN_VERIFYING_ENVIRONMENT, ...CHAIN_ENVIRONMENT, ...EXPORT_ENVIRONMENT].sort(),
  // $enrollment-code asks the ConsentRegistry and puts the code in the one-time code table.
  'fhir-erase': [...TOKEN_VERIFYING_ENVIRONMENT, ...VAULT_ENVIRONMENT, ...CHAIN_ENVIRONMENT, ...SIGNER_ENVIRONMENT, 'ONE_TIME_CODES_TABLE', 'PATIENT_PORTAL_ORIGINS'].sort(),
  'admin-erasures': [...TOKEN_VERIFYING_ENVIRONMENT, ...VAULT_ENVIRONMENT, ...CHAIN_ENVIRONMENT, ...SIGNER_ENVIRONMENT, 'PSEUDONYM_KMS_KEY_ID', 'LINKING_IDENTIFIER_SYSTEMS'].sort(),
  // The catalog and the access log (vaultStore, no branch keys), the ConsentRegistry; no signer, no one-time code table.
  'fhir-consent': [...TOKEN_VERIFYING_ENVIRONMENT, ...VAULT_STORE_ENVIRONMENT, ...CHAIN_ENVIRONMENT].sort(),
  // The auth section for the client registry's table (exchangeIds reads it through accessServices); it verifies no token.
  'patient-consent': ['NODE_OPTIONS', 'ASSERTION_JTI_TABLE', 'CLIENTS_TABLE', 'EXCHANGE_KMS_KEY_ID', 'KEYS_TABLE', ...CHAIN_ENVIRONMENT, ...SIGNER_ENVIRONMENT, 'ONE_TIME_CODES_TABLE', 'PATIENT_PORTAL_ORIGINS'].sort(),
  // The auth section for the keys table and the exchange key (the session key), the chain (ERC-1271, controllers), the one-time code table.
  'patient-auth': [...TOKEN_VERIFYING_ENVIRONMENT, ...CHAIN_ENVIRONMENT, 'ONE_TIME_CODES_TABLE', 'PATIENT_PORTAL_ORIGINS'].sort(),
  'patient-records': [...TOKEN_VERIFYING_ENVIRONMENT, ...VAULT_ENVIRONMENT, ...CHAIN_ENVIRONMENT, 'ONE_TIME_CODES_TABLE', 'PATIENT_PORTAL_ORIGINS'].sort(),
  'patient-erasure': [...TOKEN_VERIFYING_ENVIRONMENT, ...VAULT_ENVIRONMENT, ...CHAIN_ENVIRONMENT, ...SIGNER_ENVIRONMENT, 'ONE_TIME_CODES_TABLE', 'PATIENT_PORTAL_ORIGINS'].sort(),
  'fhir-fallback': TOKEN_VERIFYING_ENVIRONMENT,
  // With ANCHOR_QUEUE_URL it sweeps instead of anchoring.
  'vault-worker': ['NODE_OPTIONS', ...VAULT_STORE_ENVIRONMENT, ...CHAIN_ENVIRONMENT, ...SIGNER_ENVIRONMENT, 'ANCHOR_QUEUE_URL'].sort(),
  // vaultAnchoring(): the vault and vaultStore sections (vaultBase()) and the chain; not the
  // queue's URL (it never sends), not the auth section (no identifier token key).
  'anchor-worker': ['NODE_OPTIONS', ...VAULT_STORE_ENVIRONMENT, ...CHAIN_ENVIRONMENT, ...SIGNER_ENVIRONMENT].sort(),
  // The vault section (the erasure's keyring, which never unwraps) and the chain, no signers.
  'erasure-replay': ['NODE_OPTIONS', ...VAULT_ENVIRONMENT, ...CHAIN_ENVIRONMENT].sort(),
  // The jobs table, the export bucket and queue; the vault (objects opened, no pseudonym key); the
  // chain (the cohort); the auth section for the keys table and the exchange key (the de-identification secret).
  'export-worker': [...TOKEN_VERIFYING_ENVIRONMENT, ...VAULT_ENVIRONMENT, ...CHAIN_ENVIRONMENT, ...EXPORT_ENVIRONMENT].sort(),
};

describe('the API stack', () => {
  let built: ExchangeApp;
  let stack: ApiStack;
  let template: Json;
  let label: (value: unknown) => unknown;
  const resources = (type: string) => Object.entries(template['Resources'] as Record<string, Json>).filter(([, resource]) => resource['Type'] === type);

  beforeAll(() => {
    built = build({ bundle: true });
    stack = built.api;
    const assembly = built.app.synth();
    template = JSON.parse(readFileSync(join(assembly.directory, `${stack.stackName}.template.json`), 'utf8')) as Json;
    const statefulTemplate = JSON.parse(readFileSync(join(assembly.directory, `${built.stateful.stackName}.template.json`), 'utf8')) as Json;
    label = labeller(built, statefulTemplate);
  });

  test('is named after its stage and deployed after the stateful stack', () => {
    expect(stack.stackName).toBe('FhirExchange-test-Api');
    expect(stack.dependencies).toContain(built.stateful);
  });

  test('runs the newest Node.js runtime that aws-cdk-lib knows (nodejs24.x)', () => {
    const node = Runtime.ALL.filter((runtime) => runtime.family === RuntimeFamily.NODEJS && /^nodejs\d+\.x$/.test(runtime.name));
    const newest = node.reduce((a, b) => (Number(/\d+/.exec(a.name)![0]) >= Number(/\d+/.exec(b.name)![0]) ? a : b));
    expect(newest.name).toBe('nodejs24.x');
    expect(RUNTIME.name).toBe(newest.name);
  });

  test('has one function per FUNCTION_NAMES entry, the vault worker, the anchoring function, the erasure replay and the export worker, nothing else: exactly DEPLOYED_FUNCTION_NAMES, each built from its entry', () => {
    expect(resources('AWS::Lambda::Function')).toHaveLength(FUNCTION_NAMES.length + 4);
    expect(Object.keys(stack.functions).sort()).toEqual([...FUNCTION_NAMES].sort());
    expect(FUNCTION_NAMES as readonly string[]).not.toContain(WORKER);
    expect(FUNCTION_NAMES as readonly string[]).not.toContain(ANCHORER);
    expect(VAULT_WORKER.name).toBe(WORKER);
    expect(ANCHOR_WORKER.name).toBe(ANCHORER);
    // The one list of deployed functions (the bundle benchmark builds these): every Lambda function of the template, nothing more.
    expect([...DEPLOYED_FUNCTION_NAMES].sort()).toEqual([...FUNCTION_NAMES, WORKER, ANCHORER, REPLAYER, EXPORT_WORKER.name].sort());
    expect(Object.keys(stack.deployed).sort()).toEqual([...DEPLOYED_FUNCTION_NAMES].sort());
    const deployedNames = resources('AWS::Lambda::Function').map(([, fn]) => String(fn['Properties'].FunctionName).replace(/^fhir-exchange-test-/, ''));
    expect(deployedNames.sort()).toEqual([...DEPLOYED_FUNCTION_NAMES].sort());
    for (const name of DEPLOYED_FUNCTION_NAMES) expect(functionEntry(name)).toMatch(new RegExp(`/functions/${name}/handler\\.ts$`));
  });

  test.each(DEPLOYED)('%s: nodejs24.x on arm64, traced, its own encrypted, retained log group, an ESM bundle with source maps (without their sources)', (name) => {
    const fn = deployed(stack, name);
    const resource = template['Resources'][logicalId(fn.function)];
    expect(resource).toMatchObject({
      Type: 'AWS::Lambda::Function',
      Properties: {
        FunctionName: `fhir-exchange-test-${name}`,
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: { Ref: logicalId(fn.logGroup) } },
        Role: { 'Fn::GetAtt': [logicalId(fn.role), 'Arn'] },
        MemorySize: 1024,
        Timeout: name === WORKER ? VAULT_WORKER.timeout.toSeconds() : name === ANCHORER ? ANCHOR_WORKER.timeout.toSeconds() : name === REPLAYER ? ERASURE_REPLAY.timeout.toSeconds() : name === EXPORT_WORKER.name ? EXPORT_WORKER.timeout.toSeconds() : 10,
      },
    });
    expect(template['Resources'][logicalId(fn.logGroup)]).toEqual({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: 365, KmsKeyId: { 'Fn::GetAtt': [logicalId(stack.logKey), 'Arn'] } },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Metadata: expect.anything(),
    });
    // The bundle that was synthesized: one minified ES module and its map.
    const staging = fn.function.node.findAll().find((child): child is AssetStaging => child instanceof AssetStaging);
    const assetDir = staging!.absoluteStagedPath;
    const code = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    expect(code.startsWith("import { createRequire as __fhirxCreateRequire } from 'node:module';")).toBe(true);
    expect(code).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
    const map = JSON.parse(readFileSync(join(assetDir, 'index.mjs.map'), 'utf8')) as { version: number; sources: string[]; sourcesContent?: unknown };
    expect(map.version).toBe(3);
    // File and line resolve through the map; the sources themselves are left out (sourcesContent: false), as the bundle benchmark builds them.
    expect(map.sources.length).toBeGreaterThan(0);
    expect(map.sourcesContent).toBeUndefined();
  });

  test.each(DEPLOYED)('%s: only the variables of the configuration sections it reads', (name) => {
    const environment = template['Resources'][logicalId(deployed(stack, name).function)].Properties.Environment.Variables as Json;
    expect(Object.keys(environment).sort()).toEqual(EXPECTED_ENVIRONMENT[name]);
    expect(environment['NODE_OPTIONS']).toBe('--enable-source-maps');
    const expected: Record<string, string> = {
      CLIENTS_TABLE: 'table:clients',
      ASSERTION_JTI_TABLE: 'table:assertionJtis',
      KEYS_TABLE: 'table:keys',
      EXCHANGE_KMS_KEY_ID: 'exchangeKey.Arn',
      // The root key also wraps the branch keys.
      VAULT_KMS_KEY_ARN: 'exchangeKey.Arn',
      BRANCH_KEY_TABLE: 'table:branchKeys',
      CATALOG_TABLE: 'table:catalog',
      AUDIT_TABLE: 'table:audit',
      VAULT_BUCKET: 'bucket:vault',
      ONE_TIME_CODES_TABLE: 'table:oneTimeCodes',
      // Resolved from the stateful stack's SSM parameters when the API stack is deployed.
      CHAIN_RPC_URL: 'ssm:/fhir-exchange/test/chain/rpc-url',
      CHAIN_ID: 'ssm:/fhir-exchange/test/chain/chain-id',
      PROVIDER_REGISTRY_ADDRESS: 'ssm:/fhir-exchange/test/chain/provider-registry-address',
      RECORD_LOCATOR_ADDRESS: 'ssm:/fhir-exchange/test/chain/record-locator-address',
      ANCHOR_REGISTRY_ADDRESS: 'ssm:/fhir-exchange/test/chain/anchor-registry-address',
      CONSENT_REGISTRY_ADDRESS: 'ssm:/fhir-exchange/test/chain/consent-registry-address',
      ERASURE_JOURNAL_ADDRESS: 'ssm:/fhir-exchange/test/chain/erasure-journal-address',
      // Resolved from the stateful stack's parameter too: the portal's origin, set once the portal stack exists.
      PATIENT_PORTAL_ORIGINS: 'ssm:/fhir-exchange/test/patient/portal-origins',
      OPERATOR_SIGNER: 'kms:operatorSignerKey',
      ADMIN_SIGNER: 'kms:adminSignerKey',
      PSEUDONYM_KMS_KEY_ID: 'pseudonymKey.Arn',
      // Context linkingIdentifierSystems, by default the US SSN system.
      LINKING_IDENTIFIER_SYSTEMS: 'http://hl7.org/fhir/sid/us-ssn',
      // The queue's URL (its Ref).
      ANCHOR_QUEUE_URL: 'anchoringQueue',
      EXPORT_BUCKET: 'bucket:exports',
      EXPORT_JOBS_TABLE: 'table:exportJobs',
      EXPORT_QUEUE_URL: 'exportQueue',
    };
    for (const [variable, value] of Object.entries(environment)) if (variable !== 'NODE_OPTIONS') expect(label(value), variable).toBe(expected[variable]);
  });

  test.each(DEPLOYED)('%s: its role has exactly the permissions its code needs, in one customer managed policy', (name) => {
    const fn = deployed(stack, name);
    const role = template['Resources'][logicalId(fn.role)];
    expect(role.Properties).toEqual({
      AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }], Version: '2012-10-17' },
      Description: expect.any(String),
      ManagedPolicyArns: [{ Ref: logicalId(fn.policy) }],
    });
    const policy = template['Resources'][logicalId(fn.policy)];
    expect(policy.Type).toBe('AWS::IAM::ManagedPolicy');
    expect(policy.Properties.Roles).toBeUndefined();
    expect(permissions(policy.Properties.PolicyDocument, label)).toEqual([...EXPECTED_PERMISSIONS[name]].sort());
  });

  test('no inline policies, no kms:*, no wildcard actions, and nothing but X-Ray on "*"', () => {
    expect(resources('AWS::IAM::Policy')).toEqual([]);
    const policies = resources('AWS::IAM::ManagedPolicy');
    expect(policies).toHaveLength(DEPLOYED.length);
    for (const [id, policy] of policies) {
      for (const statement of policy['Properties'].PolicyDocument.Statement as Json[]) {
        const actions = ([] as string[]).concat(statement['Action']);
        for (const action of actions) expect(action, id).toMatch(/^[a-z0-9-]+:[A-Za-z]+$/);
        if (([] as unknown[]).concat(statement['Resource']).includes('*')) {
          expect(actions.sort(), id).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
        }
      }
    }
  });

  /** Every statement of every IAM policy in both stacks (managed, inline, role-embedded), with the policy's label. */
  function everyStatement(): { policy: string; actions: string[]; resources: string[]; condition: string }[] {
    const assembly = built.app.synth();
    const found: { policy: string; actions: string[]; resources: string[]; condition: string }[] = [];
    for (const stackName of [built.stateful.stackName, stack.stackName]) {
      const stackTemplate = JSON.parse(readFileSync(join(assembly.directory, `${stackName}.template.json`), 'utf8')) as Json;
      for (const [id, resource] of Object.entries(stackTemplate['Resources'] as Record<string, Json>)) {
        const documents: Json[] = [];
        if (resource['Type'] === 'AWS::IAM::ManagedPolicy' || resource['Type'] === 'AWS::IAM::Policy') documents.push(resource['Properties'].PolicyDocument);
        if (resource['Type'] === 'AWS::IAM::Role') for (const inline of (resource['Properties'].Policies ?? []) as Json[]) documents.push(inline['PolicyDocument']);
        for (const document of documents) {
          for (const statement of document['Statement'] as Json[]) {
            found.push({
              policy: String(label({ Ref: id })),
              actions: ([] as string[]).concat(statement['Action'] ?? statement['NotAction'] ?? []),
              resources: ([] as unknown[]).concat(statement['Resource'] ?? statement['NotResource'] ?? []).map((value) => String(label(value))),
              condition: statement['Condition'] ? when(label(statement['Condition']) as Json) : '',
            });
          }
        }
      }
    }
    return found;
  }

  /** `policy action on resource` for every grant of an action matching `pattern` (wildcard actions included) on a resource matching `on`. */
  function grantsOf(pattern: RegExp, on: (resource: string) => boolean): string[] {
    const grants: string[] = [];
    for (const statement of everyStatement()) {
      const matching = statement.actions.filter((action) => action === '*' || pattern.test(action) || (action.includes('*') && pattern.test(action.replace(/\*/g, ''))));
      for (const action of matching) for (const resource of statement.resources) if (on(resource) || resource.includes('*')) grants.push(`${statement.policy} ${action} on ${resource}`);
    }
    return grants.sort();
  }

  test('only admin-providers (both signers), patient-consent, the three erasures (recording in the journal), vault-worker and anchor-worker (the operator) may sign with the chain signer keys: exactly kms:Sign and kms:GetPublicKey (every policy of every stack scanned)', () => {
    const signerKeys = new Set(['operatorSignerKey.Arn', 'adminSignerKey.Arn', 'operatorSignerKey', 'adminSignerKey']);
    expect(grantsOf(/^kms:(sign|getpublickey)$/i, (resource) => signerKeys.has(resource))).toEqual(
      [
        'policy:admin-providers kms:Sign on operatorSignerKey.Arn',
        'policy:admin-providers kms:GetPublicKey on operatorSignerKey.Arn',
        'policy:admin-providers kms:Sign on adminSignerKey.Arn',
        'policy:admin-providers kms:GetPublicKey on adminSignerKey.Arn',
        'policy:patient-consent kms:Sign on operatorSignerKey.Arn',
        'policy:patient-consent kms:GetPublicKey on operatorSignerKey.Arn',
        'policy:patient-erasure kms:Sign on operatorSignerKey.Arn',
        'policy:patient-erasure kms:GetPublicKey on operatorSignerKey.Arn',
        'policy:fhir-erase kms:Sign on operatorSignerKey.Arn',
        'policy:fhir-erase kms:GetPublicKey on operatorSignerKey.Arn',
        'policy:admin-erasures kms:Sign on operatorSignerKey.Arn',
        'policy:admin-erasures kms:GetPublicKey on operatorSignerKey.Arn',
        'policy:vault-worker kms:Sign on operatorSignerKey.Arn',
        'policy:vault-worker kms:GetPublicKey on operatorSignerKey.Arn',
        'policy:anchor-worker kms:Sign on operatorSignerKey.Arn',
        'policy:anchor-worker kms:GetPublicKey on operatorSignerKey.Arn',
      ].sort(),
    );
    // And nothing signs on any other key either.
    expect(grantsOf(/^kms:sign$/i, () => true).map((grant) => grant.replace(/ kms:Sign on .*$/, '')).sort()).toEqual(
      ['policy:admin-providers', 'policy:admin-providers', 'policy:patient-consent', 'policy:patient-erasure', 'policy:fhir-erase', 'policy:admin-erasures', 'policy:vault-worker', 'policy:anchor-worker'].sort(),
    );
  });

  test("only the erasures (fhir-erase: a holder's; admin-erasures and patient-erasure: a person's; erasure-replay: either, again) may delete branch key items (every policy of every stack scanned)", () => {
    expect(grantsOf(/^dynamodb:(DeleteItem|BatchWriteItem|PartiQLDelete)$/i, (resource) => resource.startsWith('table:branchKeys'))).toEqual([
      'policy:admin-erasures dynamodb:DeleteItem on table:branchKeys.Arn',
      'policy:erasure-replay dynamodb:DeleteItem on table:branchKeys.Arn',
      'policy:fhir-erase dynamodb:DeleteItem on table:branchKeys.Arn',
      'policy:patient-erasure dynamodb:DeleteItem on table:branchKeys.Arn',
    ]);
  });

  test('only fhir-ingest may create branch keys (GenerateDataKeyWithoutPlaintext, ReEncrypt, a put on the key table besides the erasure tombstone)', () => {
    expect(grantsOf(/^kms:(GenerateDataKeyWithoutPlaintext|ReEncryptFrom|ReEncryptTo)$/i, (resource) => resource.startsWith('exchangeKey'))).toEqual(
      [
        'policy:fhir-ingest kms:GenerateDataKeyWithoutPlaintext on exchangeKey.Arn',
        'policy:fhir-ingest kms:ReEncryptFrom on exchangeKey.Arn',
        'policy:fhir-ingest kms:ReEncryptTo on exchangeKey.Arn',
      ].sort(),
    );
    expect(grantsOf(/^dynamodb:(PutItem|UpdateItem|BatchWriteItem)$/i, (resource) => resource.startsWith('table:branchKeys'))).toEqual(
      [
        'policy:admin-erasures dynamodb:PutItem on table:branchKeys.Arn',
        'policy:erasure-replay dynamodb:PutItem on table:branchKeys.Arn',
        'policy:fhir-erase dynamodb:PutItem on table:branchKeys.Arn',
        'policy:fhir-ingest dynamodb:PutItem on table:branchKeys.Arn',
        'policy:patient-erasure dynamodb:PutItem on table:branchKeys.Arn',
      ].sort(),
    );
    // fhir-ingest's puts only inside a transaction: it cannot write an erasure tombstone.
    const ingestPuts = everyStatement().filter((statement) => statement.policy === 'policy:fhir-ingest' && statement.actions.includes('dynamodb:PutItem') && statement.resources.includes('table:branchKeys.Arn'));
    expect(ingestPuts.map((statement) => statement.condition)).toEqual([insideTransaction]);
  });

  test('fhir-read can only decrypt and compute pseudonyms: no kms:Encrypt, GenerateDataKey*, ReEncrypt* or Sign on any key, GenerateMac on the pseudonym key only, and no write but its audit entries and pending emergency accesses', () => {
    const policy = template['Resources'][logicalId(stack.functions['fhir-read'].policy)].Properties.PolicyDocument as Json;
    const lines = permissions(policy, label);
    // GenerateDataKey only as SQS asks it of a producer, for the export queue (the Bulk Data kick-offs on its routes).
    expect(lines.filter((line) => /^kms:(Encrypt|GenerateDataKey|ReEncrypt|Sign|CreateGrant)/.test(line))).toEqual([`kms:GenerateDataKey on exchangeKey.Arn${viaExportSqs}`]);
    expect(lines.filter((line) => /^kms:GenerateMac/.test(line))).toEqual(['kms:GenerateMac on pseudonymKey.Arn']);
    // Decrypt: the signing key, the identifier token key (Patient?identifier=), via S3, the key store, via DynamoDB, via SQS (the export queue).
    expect(lines.filter((line) => /^kms:/.test(line)).map((line) => line.replace(/ on .*$/, ''))).toEqual([
      'kms:Decrypt',
      'kms:Decrypt',
      'kms:Decrypt',
      'kms:Decrypt',
      'kms:Decrypt',
      'kms:Decrypt',
      'kms:GenerateDataKey',
      'kms:GenerateMac',
    ]);
    // The catalog's pending emergency accesses only (dynamodb:LeadingKeys), nothing else of the catalog.
    expect(lines.filter((line) => /^(dynamodb:(Put|Update|Delete|BatchWrite)|s3:(Put|Delete))/.test(line))).toEqual([
      `dynamodb:BatchWriteItem on table:catalog.Arn${emergencyPendingItems}`,
      'dynamodb:PutItem on table:audit.Arn',
      // The Bulk Data kick-offs that share its routes: a job in the jobs table, nothing of the vault.
      'dynamodb:PutItem on table:exportJobs.Arn',
    ]);
  });

  test('fhir-ingest cannot delete branch keys, read a sealed object back, or sign; neither erasure function (fhir-erase, admin-erasures) has any use of the vault key', () => {
    const lines = (name: FunctionName) => permissions(template['Resources'][logicalId(stack.functions[name].policy)].Properties.PolicyDocument as Json, label);
    expect(lines('fhir-ingest').filter((line) => line.includes('table:branchKeys') && !line.startsWith('kms:'))).toEqual(
      ['dynamodb:GetItem on table:branchKeys.Arn', `dynamodb:PutItem on table:branchKeys.Arn${insideTransaction}`, 'dynamodb:Query on table:branchKeys.Arn'],
    );
    expect(lines('fhir-ingest').filter((line) => line.startsWith('s3:GetObject'))).toEqual([`s3:GetObject on ${objects('m/')}`]);
    expect(lines('fhir-ingest').filter((line) => /^kms:(Sign|GetPublicKey)/.test(line))).toEqual([]);
    // fhir-erase: the signing key (token verification), DynamoDB's table keys and the operator's signer (the journal), nothing under the key store's context, nothing through S3.
    const journalSigner = ['kms:GetPublicKey on operatorSignerKey.Arn', 'kms:Sign on operatorSignerKey.Arn'];
    expect(lines('fhir-erase').filter((line) => line.startsWith('kms:'))).toEqual(
      [`kms:Decrypt on exchangeKey.Arn${signingKeyContext}`, `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'clients', 'catalog', 'audit', 'branchKeys', 'oneTimeCodes')}`, ...journalSigner].sort(),
    );
    // admin-erasures: the same, and the pseudonym key's GenerateMac.
    expect(lines('admin-erasures').filter((line) => line.startsWith('kms:'))).toEqual(
      [`kms:Decrypt on exchangeKey.Arn${signingKeyContext}`, `kms:Decrypt on exchangeKey.Arn${viaDynamoDb('keys', 'clients', 'catalog', 'audit', 'branchKeys')}`, 'kms:GenerateMac on pseudonymKey.Arn', ...journalSigner].sort(),
    );
  });

  test('only fhir-ingest, fhir-read, patient-records and the export worker may use the vault key under the branch key store context; only fhir-read, patient-records and the export worker read sealed objects (fhir-read also leaves files), fhir-ingest and the worker manifests', () => {
    const underKeyStore = everyStatement().filter((statement) => statement.condition.includes('kms:EncryptionContext:tablename'));
    expect([...new Set(underKeyStore.map((statement) => statement.policy))].sort()).toEqual(['policy:export-worker', 'policy:fhir-ingest', 'policy:fhir-read', 'policy:patient-records']);
    const objectReads = grantsOf(/^s3:GetObject$/, (resource) => resource.startsWith('bucket:'));
    expect(objectReads).toEqual(
      [
        // fhir-export signs the download links of export files (de-identified, in the export bucket).
        'policy:fhir-export s3:GetObject on bucket:exports.Arn/jobs/*',
        // The export worker opens the consenting patients' sealed objects, and reads its own parts back to assemble the files.
        `policy:export-worker s3:GetObject on ${objects(OBJECTS)}`,
        'policy:export-worker s3:GetObject on bucket:exports.Arn/jobs/*',
        `policy:fhir-ingest s3:GetObject on ${objects(MANIFESTS)}`,
        `policy:fhir-read s3:GetObject on ${objects(OBJECTS)}`,
        `policy:patient-records s3:GetObject on ${objects(OBJECTS)}`,
        `policy:fhir-read s3:GetObject on ${objects(ANCHORS)}`,
        `policy:vault-worker s3:GetObject on ${objects(MANIFESTS)}`,
      ].sort(),
    );
  });

  /** `policy action on resource` for every grant whose action and resource patterns (IAM wildcards) match `action` on `resource`. */
  function grantsFor(action: string, resource: string): string[] {
    const glob = (pattern: string, value: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i').test(value);
    const grants: string[] = [];
    for (const statement of everyStatement()) {
      for (const granted of statement.actions.filter((pattern) => glob(pattern, action))) {
        for (const on of statement.resources.filter((pattern) => glob(pattern, resource))) grants.push(`${statement.policy} ${granted} on ${on}`);
      }
    }
    return grants.sort();
  }

  test("only the anchoring function writes an anchoring batch's leaves file, only fhir-read reads one, and nothing deletes one (every policy of every stack scanned)", () => {
    const leavesFile = `bucket:vault.Arn/${ANCHORS}0x${'ab'.repeat(32)}.json`;
    expect(grantsFor('s3:PutObject', leavesFile)).toEqual([`policy:anchor-worker s3:PutObject on ${objects(ANCHORS)}`]);
    expect(grantsFor('s3:GetObject', leavesFile)).toEqual([`policy:fhir-read s3:GetObject on ${objects(ANCHORS)}`]);
    for (const action of ['s3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutObjectAcl', 's3:GetObjectVersion']) expect(grantsFor(action, leavesFile), action).toEqual([]);
    // And no function may list the bucket.
    expect(grantsFor('s3:ListBucket', 'bucket:vault.Arn')).toEqual([]);
  });

  test('the chain readers (fhir-ingest: the provider registry; fhir-read: $verify, consents and provider status; fhir-locate; fhir-consent: the consent registry) have the chain section but neither the signer references nor any use of a signer key', () => {
    for (const name of ['fhir-ingest', 'fhir-read', 'fhir-locate', 'fhir-consent'] as const) {
      const environment = template['Resources'][logicalId(stack.functions[name].function)].Properties.Environment.Variables as Json;
      expect(Object.keys(environment), name).toEqual(expect.arrayContaining(CHAIN_ENVIRONMENT));
      for (const variable of SIGNER_ENVIRONMENT) expect(Object.keys(environment), name).not.toContain(variable);
      const lines = permissions(template['Resources'][logicalId(stack.functions[name].policy)].Properties.PolicyDocument as Json, label);
      expect(lines.filter((line) => /operatorSignerKey|adminSignerKey/.test(line) || /^kms:(Sign|GetPublicKey)/.test(line)), name).toEqual([]);
    }
  });

  test('the vault names the grants use match the functions and the Encryption SDK', () => {
    // The key store's logical name and custom context, and where the SDK puts them in the encryption context.
    expect(PATIENT_KEY_STORE).toEqual({ logicalName: BRANCH_KEY_STORE_NAME, context: BRANCH_KEY_CONTEXT });
    expect(`kms:EncryptionContext:${BRANCH_KEY_STORE_CONTEXT_KEYS.logicalName}`).toBe(Object.keys(keyStoreContext)[0]);
    const sdkConstants = readFileSync(new URL('../../node_modules/@aws-crypto/branch-keystore-node/build/main/src/constants.js', import.meta.url), 'utf8');
    expect(sdkConstants).toContain(`exports.TABLE_FIELD = '${BRANCH_KEY_STORE_CONTEXT_KEYS.logicalName}';`);
    expect(sdkConstants).toContain(`exports.CUSTOM_ENCRYPTION_CONTEXT_FIELD_PREFIX = '${BRANCH_KEY_STORE_CONTEXT_KEYS.customPrefix}';`);
    // Object and manifest keys.
    expect(newObjectKey().startsWith(VAULT_PREFIXES.objects)).toBe(true);
    expect(newManifestKey().startsWith(VAULT_PREFIXES.manifests)).toBe(true);
    // Leaves files of anchoring batches (functions/vault/anchoring/anchoring.ts); vault-grants.test.ts writes and reads them under the policies.
    const anchoring = readFileSync(new URL('../../functions/vault/anchoring/anchoring.ts', import.meta.url), 'utf8');
    expect(anchoring).toContain(`const leavesKey = \`${VAULT_PREFIXES.anchors}\${tree.root}.json\`;`);
    // The identifier token key is a wrapped secret that the ingest creates on first use.
    const services = readFileSync(new URL('../../functions/vault/ingest/ingest-services.ts', import.meta.url), 'utf8');
    expect(services).toMatch(/loadWrappedSecret\([^;]*IDENTIFIER_TOKEN_SECRET, \{ create: true \}\)/);
  });

  test('the signing key item and purpose match what functions/access reads and writes', () => {
    const services = readFileSync(new URL('../../functions/access/access-services.ts', import.meta.url), 'utf8');
    const secret = readFileSync(new URL('../../functions/access/wrapped-secret.ts', import.meta.url), 'utf8');
    expect(services).toContain(`'${SIGNING_KEY_SECRET}'`);
    expect(secret).toContain('{ purpose: `fhir-exchange/${name}` }');
    expect(secret).toContain('Key: { name }');
    expect(TABLES.keys.partitionKey).toBe('name');
  });

  test('encrypts all its log groups with a retained, rotating key that CloudWatch Logs may use for this account only', () => {
    const key = template['Resources'][logicalId(stack.logKey)];
    expect(key).toMatchObject({ DeletionPolicy: 'Retain', Properties: { EnableKeyRotation: true } });
    const logsStatement = (key.Properties.KeyPolicy.Statement as Json[]).find((statement) => statement['Sid'] === 'CloudWatchLogsForThisAccountsLogGroups');
    expect(label(logsStatement)).toEqual({
      Sid: 'CloudWatchLogsForThisAccountsLogGroups',
      Effect: 'Allow',
      Principal: { Service: 'logs.<region>.<urlSuffix>' },
      Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncryptFrom', 'kms:ReEncryptTo'],
      Resource: '*',
      Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': 'arn:<partition>:logs:<region>:<account>:log-group:*' } },
    });
    const groups = resources('AWS::Logs::LogGroup');
    expect(groups).toHaveLength(DEPLOYED.length + 1);
    for (const [, group] of groups) {
      expect(group['DeletionPolicy']).toBe('Retain');
      expect(label(group['Properties'])).toEqual({ RetentionInDays: 365, KmsKeyId: 'logsKey.Arn' });
    }
  });

  test('tells the operator on one topic, encrypted with a rotating key of its own that CloudWatch may use to publish', () => {
    const key = template['Resources'][logicalId(stack.alarms.key)];
    expect(key).toMatchObject({ Properties: { EnableKeyRotation: true } });
    const publish = (key.Properties.KeyPolicy.Statement as Json[]).find((statement) => statement['Sid'] === 'CloudWatchAlarmsPublishToTheAlarmTopic');
    expect(label(publish)).toEqual({
      Sid: 'CloudWatchAlarmsPublishToTheAlarmTopic',
      Effect: 'Allow',
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      Resource: '*',
    });
    const topics = resources('AWS::SNS::Topic');
    expect(topics).toHaveLength(1);
    expect(label(topics[0]![1]['Properties'])).toEqual({ TopicName: 'fhir-exchange-test-alarms', DisplayName: 'fhir-exchange test alarms', KmsMasterKeyId: 'alarmsKey.Arn' });
    // The topic refuses anything but TLS.
    const [, topicPolicy] = resources('AWS::SNS::TopicPolicy')[0]!;
    expect(label(topicPolicy['Properties']['PolicyDocument']['Statement'])).toEqual([
      expect.objectContaining({ Effect: 'Deny', Action: 'sns:Publish', Resource: 'alarmTopic', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    ]);
    // No subscription unless one is asked for (context alarmEmail).
    expect(resources('AWS::SNS::Subscription')).toHaveLength(0);
    expect(template['Outputs']['AlarmTopicArn']).toBeDefined();
  });

  test('alarms on anchoring and export dead letters, on anchoring backlog, on any failed invocation of every function, and on bursts of API 5xx', () => {
    const alarms = new Map(resources('AWS::CloudWatch::Alarm').map(([, alarm]) => [String(alarm['Properties']['AlarmName']), label(alarm['Properties']) as Json]));
    const expected = [
      'anchoring-dead-letters',
      'export-dead-letters',
      'anchoring-backlog',
      ...DEPLOYED.map((name) => `${name}-errors`),
      'api-5xx',
      'ingest-chain-grace',
    ].map((name) => `fhir-exchange-test-${name}`);
    expect([...alarms.keys()].sort()).toEqual(expected.sort());
    for (const [name, alarm] of alarms) {
      expect(alarm, name).toMatchObject({ AlarmActions: ['alarmTopic'], ComparisonOperator: 'GreaterThanOrEqualToThreshold', EvaluationPeriods: 1, Period: 300, TreatMissingData: 'notBreaching' });
      expect(String(alarm['AlarmDescription']), name).toMatch(/^fhir-exchange test: /);
    }
    // alarm, namespace, metric, dimension, statistic, threshold
    type Watched = [string, string, string, { Name: string; Value: string }, string, number];
    const metrics: Watched[] = [
      ['anchoring-dead-letters', 'AWS/SQS', 'ApproximateNumberOfMessagesVisible', { Name: 'QueueName', Value: 'anchoringDeadLetterQueue.QueueName' }, 'Maximum', 1],
      ['export-dead-letters', 'AWS/SQS', 'ApproximateNumberOfMessagesVisible', { Name: 'QueueName', Value: 'exportDeadLetterQueue.QueueName' }, 'Maximum', 1],
      ['anchoring-backlog', 'AWS/SQS', 'ApproximateAgeOfOldestMessage', { Name: 'QueueName', Value: 'anchoringQueue.QueueName' }, 'Maximum', ANCHORING_BACKLOG_ALARM.toSeconds()],
      ...DEPLOYED.map((name): Watched => [`${name}-errors`, 'AWS/Lambda', 'Errors', { Name: 'FunctionName', Value: `function:${name}` }, 'Sum', 1]),
      ['api-5xx', 'AWS/ApiGateway', '5xx', { Name: 'ApiId', Value: 'api' }, 'Sum', API_5XX_ALARM_COUNT],
    ];
    for (const [name, namespace, metric, dimension, statistic, threshold] of metrics) {
      expect(alarms.get(`fhir-exchange-test-${name}`), name).toMatchObject({ Namespace: namespace, MetricName: metric, Dimensions: [dimension], Statistic: statistic, Threshold: threshold });
    }
  });

  test("alarms when fhir-ingest accepts data under the chain-down grace: a metric filter on its log group counts the line provider-status writes", () => {
    const filters = resources('AWS::Logs::MetricFilter').map(([, filter]) => label(filter['Properties']) as Json);
    expect(filters).toHaveLength(1);
    const filter = filters[0]!;
    expect(filter['LogGroupName']).toBe(label({ Ref: logicalId(stack.functions[GRACE_FUNCTION].logGroup) }));
    // Powertools writes one JSON object a line, the text in `message`: the pattern is exactly that field, equal to the line's text.
    expect(filter['FilterPattern']).toBe(`{ $.message = "${GRACE_LOG_MESSAGE}" }`);
    expect(filter['MetricTransformations']).toEqual([{ MetricNamespace: GRACE_METRIC.namespace('test'), MetricName: GRACE_METRIC.name, MetricValue: '1', DefaultValue: 0 }]);
    const alarm = resources('AWS::CloudWatch::Alarm').map(([, resource]) => label(resource['Properties']) as Json).find((candidate) => candidate['AlarmName'] === 'fhir-exchange-test-ingest-chain-grace')!;
    expect(alarm).toMatchObject({ Namespace: GRACE_METRIC.namespace('test'), MetricName: GRACE_METRIC.name, Statistic: 'Sum', Threshold: 1, Period: 300, AlarmActions: ['alarmTopic'] });
    expect(alarm['Dimensions']).toBeUndefined();
    expect(String(alarm['AlarmDescription'])).toMatch(/PROVIDER_STATUS_GRACE_SECONDS/);
  });

  test('has a $default stage with throttling defaults and JSON access logs that carry the route template, never the raw path', () => {
    const stages = resources('AWS::ApiGatewayV2::Stage');
    expect(stages).toHaveLength(1);
    const properties = stages[0]![1]['Properties'];
    expect(label(properties)).toMatchObject({
      ApiId: 'api',
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: DEFAULT_THROTTLE.rateLimit, ThrottlingBurstLimit: DEFAULT_THROTTLE.burstLimit },
      AccessLogSettings: { DestinationArn: 'accessLogs.Arn' },
    });
    const format = JSON.parse(properties.AccessLogSettings.Format) as Record<string, string>;
    expect(format).toEqual(ACCESS_LOG_FORMAT);
    expect(format['routeKey']).toBe('$context.routeKey');
    expect(Object.values(format).filter((variable) => /\$context\.(path|requestOverride|authorizer)/.test(variable))).toEqual([]);
  });

  test('runs the vault worker every minute from EventBridge, one run at a time, never retried or queued', () => {
    const worker = template['Resources'][logicalId(stack.vaultWorker.function)];
    expect(worker.Properties.ReservedConcurrentExecutions).toBe(1);
    expect(VAULT_WORKER.timeout.toSeconds()).toBeLessThan(VAULT_WORKER.every.toSeconds());
    const rules = resources('AWS::Events::Rule').filter(([id]) => id === logicalId(stack.vaultWorkerSchedule));
    expect(rules).toHaveLength(1);
    expect(label(rules[0]![1]['Properties'])).toEqual({
      Description: 'fhir-exchange test: runs the vault worker every minute',
      ScheduleExpression: 'rate(1 minute)',
      State: 'ENABLED',
      Targets: [{ Arn: 'function:vault-worker.Arn', Id: 'Target0', RetryPolicy: { MaximumEventAgeInSeconds: 60, MaximumRetryAttempts: 0 } }],
    });
    const invokeConfigs = resources('AWS::Lambda::EventInvokeConfig').map(([, config]) => label(config['Properties']) as Json);
    expect(invokeConfigs.filter((config) => config['FunctionName'] === 'function:vault-worker')).toEqual([{ FunctionName: 'function:vault-worker', MaximumEventAgeInSeconds: 60, MaximumRetryAttempts: 0, Qualifier: '$LATEST' }]);
    const fromEvents = resources('AWS::Lambda::Permission')
      .map(([, permission]) => label(permission['Properties']) as Json)
      .filter((properties) => properties['Principal'] !== 'apigateway.amazonaws.com' && properties['FunctionName'] === 'function:vault-worker.Arn');
    expect(fromEvents).toEqual([{ Action: 'lambda:InvokeFunction', FunctionName: 'function:vault-worker.Arn', Principal: 'events.amazonaws.com', SourceArn: 'vaultWorkerSchedule.Arn' }]);
    // No route reaches it.
    const integrations = resources('AWS::ApiGatewayV2::Integration').map(([, integration]) => label(integration['Properties'].IntegrationUri));
    expect(integrations).not.toContain('function:vault-worker.Arn');
  });

  test('runs the erasure replay every five minutes from EventBridge, one run at a time, never retried or queued; no route reaches it; its name is an output for the restore runbook', () => {
    const fn = template['Resources'][logicalId(stack.erasureReplay.function)];
    expect(fn.Properties).toMatchObject({ ReservedConcurrentExecutions: 1, Timeout: 240 });
    expect(ERASURE_REPLAY.timeout.toSeconds()).toBeLessThan(ERASURE_REPLAY.every.toSeconds());
    const rules = resources('AWS::Events::Rule').filter(([id]) => id === logicalId(stack.erasureReplaySchedule));
    expect(label(rules[0]![1]['Properties'])).toEqual({
      Description: 'fhir-exchange test: re-applies journaled erasures every five minutes',
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      Targets: [{ Arn: 'function:erasure-replay.Arn', Id: 'Target0', RetryPolicy: { MaximumEventAgeInSeconds: 60, MaximumRetryAttempts: 0 } }],
    });
    const integrations = resources('AWS::ApiGatewayV2::Integration').map(([, integration]) => label(integration['Properties'].IntegrationUri));
    expect(integrations).not.toContain('function:erasure-replay.Arn');
    expect(label(template['Outputs']['ErasureReplayFunctionName'].Value)).toBe('function:erasure-replay');
  });

  test('runs the anchoring function from the anchoring queue: batches of up to 1,000 messages or 60 s, partial batch responses, one invocation at a time', () => {
    const fn = template['Resources'][logicalId(stack.anchorWorker.function)];
    expect(fn.Properties).toMatchObject({ ReservedConcurrentExecutions: 1, Timeout: 60 });
    const mappings = resources('AWS::Lambda::EventSourceMapping').filter(([id]) => id === logicalId(stack.anchorWorkerEvents));
    expect(mappings).toHaveLength(1);
    expect(label(mappings[0]![1]['Properties'])).toEqual({
      EventSourceArn: 'anchoringQueue.Arn',
      FunctionName: 'function:anchor-worker',
      BatchSize: 1000,
      MaximumBatchingWindowInSeconds: 60,
      // Lambda's minimum; the reserved concurrency (1) is the real bound (see ANCHOR_WORKER).
      ScalingConfig: { MaximumConcurrency: 2 },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    // The batching window is the batch wait the worker's sweep compares against (the schema's default).
    expect(ANCHOR_WORKER.maxBatchingWindow.toSeconds()).toBe(vaultStoreConfigSchema.shape.ANCHOR_BATCH_MAX_WAIT_SECONDS.parse(undefined));
    // AWS's guidance: the queue's visibility timeout at least 6 × the function timeout + the batching window.
    expect(ANCHORING_VISIBILITY_TIMEOUT.toSeconds()).toBeGreaterThanOrEqual(6 * ANCHOR_WORKER.timeout.toSeconds() + ANCHOR_WORKER.maxBatchingWindow.toSeconds());
    const statefulTemplate = JSON.parse(readFileSync(join(built.app.synth().directory, `${built.stateful.stackName}.template.json`), 'utf8')) as Json;
    expect(statefulTemplate['Resources'][logicalId(built.stateful.anchoringQueue)].Properties.VisibilityTimeout).toBe(ANCHORING_VISIBILITY_TIMEOUT.toSeconds());
    // Nothing else invokes it: no route, no schedule, no asynchronous invocation settings.
    const invoked = resources('AWS::Lambda::Permission').map(([, permission]) => label(permission['Properties'].FunctionName));
    expect(invoked).not.toContain('function:anchor-worker.Arn');
    expect(resources('AWS::Lambda::EventInvokeConfig').map(([, config]) => label(config['Properties'].FunctionName))).not.toContain('function:anchor-worker');
    // Its failed messages go to the queue's dead-letter queue: its acknowledgement of HIPAA.Security-LambdaDLQ says so.
    const reasons = stack.anchorWorker.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
      .filter(([id]) => id.endsWith('HIPAA.Security-LambdaDLQ'));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]![1]).toContain(`after ${ANCHORING_MAX_RECEIVE_COUNT} receives go to the queue's own dead-letter queue`);
  });

  test('only fhir-ingest and vault-worker may send to the anchoring queue, only anchor-worker consumes it, nothing touches its dead-letter queue; the queue key only through SQS for that queue (every policy of every stack scanned)', () => {
    expect(grantsOf(/^sqs:/, (resource) => resource.startsWith('anchoringQueue') || resource.startsWith('anchoringDeadLetterQueue'))).toEqual(
      [
        'policy:fhir-ingest sqs:SendMessage on anchoringQueue.Arn',
        'policy:vault-worker sqs:SendMessage on anchoringQueue.Arn',
        'policy:anchor-worker sqs:ReceiveMessage on anchoringQueue.Arn',
        'policy:anchor-worker sqs:DeleteMessage on anchoringQueue.Arn',
        'policy:anchor-worker sqs:GetQueueAttributes on anchoringQueue.Arn',
      ].sort(),
    );
    // No SQS grant on anything else but the export queue, and none on either dead-letter queue.
    expect(grantsOf(/^sqs:/, () => true).filter((grant) => !grant.endsWith(' on anchoringQueue.Arn') && !grant.endsWith(' on exportQueue.Arn'))).toEqual([]);
    // The queue key (the root key) is used by SQS with the caller's credentials: only through SQS and for this queue.
    const throughSqs = everyStatement().filter((statement) => statement.condition.includes('sqs.<region>') && statement.condition.includes('anchoringQueue'));
    expect(throughSqs.map((statement) => `${statement.policy} ${[...statement.actions].sort().join(',')} on ${statement.resources.join(',')}${statement.condition}`).sort()).toEqual(
      [
        `policy:anchor-worker kms:Decrypt on exchangeKey.Arn${viaSqs}`,
        `policy:fhir-ingest kms:Decrypt,kms:GenerateDataKey on exchangeKey.Arn${viaSqs}`,
        `policy:vault-worker kms:Decrypt,kms:GenerateDataKey on exchangeKey.Arn${viaSqs}`,
      ].sort(),
    );
  });

  test('runs the export worker from the export queue: one job per invocation, partial batch responses, a visibility timeout of at least 6 × its timeout, a dead-letter queue with an alarm', () => {
    const fn = template['Resources'][logicalId(stack.exportWorker.function)];
    expect(fn.Properties).toMatchObject({ ReservedConcurrentExecutions: EXPORT_WORKER.reservedConcurrency, Timeout: EXPORT_WORKER.timeout.toSeconds() });
    const mappings = resources('AWS::Lambda::EventSourceMapping').filter(([id]) => id === logicalId(stack.exportWorkerEvents));
    expect(mappings).toHaveLength(1);
    expect(label(mappings[0]![1]['Properties'])).toEqual({
      EventSourceArn: 'exportQueue.Arn',
      FunctionName: 'function:export-worker',
      BatchSize: 1,
      MaximumBatchingWindowInSeconds: 0,
      ScalingConfig: { MaximumConcurrency: 2 },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(resources('AWS::Lambda::EventSourceMapping')).toHaveLength(2);
    expect(EXPORT_VISIBILITY_TIMEOUT.toSeconds()).toBeGreaterThanOrEqual(6 * EXPORT_WORKER.timeout.toSeconds());
    const statefulTemplate = JSON.parse(readFileSync(join(built.app.synth().directory, `${built.stateful.stackName}.template.json`), 'utf8')) as Json;
    const queue = statefulTemplate['Resources'][logicalId(built.stateful.exportQueue)].Properties;
    expect(queue.VisibilityTimeout).toBe(EXPORT_VISIBILITY_TIMEOUT.toSeconds());
    expect(queue.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [logicalId(built.stateful.key), 'Arn'] });
    expect(queue.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(built.stateful.exportDeadLetterQueue), 'Arn'] }, maxReceiveCount: EXPORT_MAX_RECEIVE_COUNT });
    const deadLetters = statefulTemplate['Resources'][logicalId(built.stateful.exportDeadLetterQueue)].Properties;
    expect(deadLetters.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [logicalId(built.stateful.key), 'Arn'] });
    // Nothing else invokes it: no route, no schedule, no asynchronous invocation settings.
    const invoked = resources('AWS::Lambda::Permission').map(([, permission]) => label(permission['Properties'].FunctionName));
    expect(invoked).not.toContain('function:export-worker.Arn');
    expect(resources('AWS::Lambda::EventInvokeConfig').map(([, config]) => label(config['Properties'].FunctionName))).not.toContain('function:export-worker');
    const reasons = stack.exportWorker.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
      .filter(([id]) => id.endsWith('HIPAA.Security-LambdaDLQ'));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]![1]).toContain(`after ${EXPORT_MAX_RECEIVE_COUNT} receives goes to the queue's own dead-letter queue`);
  });

  test('every kick-off sends its job to the export queue (EXPORT_QUEUE_URL set), only the export worker consumes it, nothing touches its dead-letter queue; the queue key only through SQS for that queue', () => {
    const kickOffs = ['fhir-validate', 'fhir-locate', 'fhir-read', 'fhir-export', 'fhir-ingest'] as const;
    expect(grantsOf(/^sqs:/, (resource) => resource.startsWith('exportQueue') || resource.startsWith('exportDeadLetterQueue'))).toEqual(
      [
        ...kickOffs.map((name) => `policy:${name} sqs:SendMessage on exportQueue.Arn`),
        'policy:export-worker sqs:SendMessage on exportQueue.Arn',
        'policy:export-worker sqs:ReceiveMessage on exportQueue.Arn',
        'policy:export-worker sqs:DeleteMessage on exportQueue.Arn',
        'policy:export-worker sqs:GetQueueAttributes on exportQueue.Arn',
      ].sort(),
    );
    for (const name of [...kickOffs, 'export-worker' as const]) {
      const variables = template['Resources'][logicalId(deployed(stack, name).function)].Properties.Environment.Variables as Json;
      expect(label(variables['EXPORT_QUEUE_URL']), name).toBe('exportQueue');
    }
    // Nobody else has the URL.
    for (const name of DEPLOYED.filter((candidate) => ![...kickOffs, 'export-worker'].includes(candidate))) {
      expect(template['Resources'][logicalId(deployed(stack, name).function)].Properties.Environment.Variables['EXPORT_QUEUE_URL'], name).toBeUndefined();
    }
    const throughSqs = everyStatement().filter((statement) => statement.condition.includes('sqs.<region>') && statement.condition.includes('exportQueue'));
    expect(throughSqs.map((statement) => `${statement.policy} ${[...statement.actions].sort().join(',')} on ${statement.resources.join(',')}${statement.condition}`).sort()).toEqual(
      [
        ...kickOffs.map((name) => `policy:${name} kms:Decrypt,kms:GenerateDataKey on exchangeKey.Arn${viaExportSqs}`),
        // Producer (a job sent again) and consumer: one statement.
        `policy:export-worker kms:Decrypt,kms:GenerateDataKey on exchangeKey.Arn${viaExportSqs}`,
      ].sort(),
    );
  });

  describe('routes', () => {
    const integrationOf = (routeKey: string): FunctionName => {
      const routes = resources('AWS::ApiGatewayV2::Route').filter(([, route]) => route['Properties'].RouteKey === routeKey);
      expect(routes, routeKey).toHaveLength(1);
      const target = routes[0]![1]['Properties'].Target['Fn::Join'][1][1].Ref as string;
      const integration = template['Resources'][target];
      expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
      const fn = label(integration.Properties.IntegrationUri) as string;
      expect(fn).toMatch(/^function:.*\.Arn$/);
      return fn.replace(/^function:/, '').replace(/\.Arn$/, '') as FunctionName;
    };

    test.each(ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const))('%s is served through a deployed route to its function', (_key, route) => {
      const through = apiRoutes(ROUTES).filter((deployed) => deployed.serves.includes(route));
      expect(through.map((deployed) => deployed.method)).toEqual(route.method === 'GET' ? ['GET', 'HEAD'] : [route.method]);
      for (const deployed of through) expect(integrationOf(deployed.key)).toBe(route.function);
    });

    test('$default goes to fhir-fallback, and there are no other routes', () => {
      expect(integrationOf('$default')).toBe(DEFAULT_ROUTE_FUNCTION);
      expect(resources('AWS::ApiGatewayV2::Route')).toHaveLength(apiRoutes(ROUTES).length + 1);
    });

    test('one integration per function', () => {
      const integrations = resources('AWS::ApiGatewayV2::Integration').map(([, integration]) => label(integration['Properties'].IntegrationUri));
      expect(integrations.sort()).toEqual(FUNCTION_NAMES.map((name) => `function:${name}.Arn`).sort());
    });

    test('every route key is one API Gateway accepts; FHIR operations ($validate) become an {operation} parameter', () => {
      for (const route of resources('AWS::ApiGatewayV2::Route')) {
        const key = route[1]['Properties'].RouteKey as string;
        if (key === '$default') continue;
        const [, path] = key.split(' ');
        for (const part of path!.split('/').slice(1)) expect(part, key).toMatch(ROUTE_PATH_PART);
      }
      expect(apiGatewayPath('/fhir/$validate')).toBe(`/fhir/{${OPERATION_PARAMETER}}`);
      expect(apiGatewayPath('/fhir/{type}/$validate')).toBe(`/fhir/{type}/{${OPERATION_PARAMETER}}`);
      expect(apiGatewayPath('/fhir/.well-known/smart-configuration')).toBe('/fhir/.well-known/smart-configuration');
    });

    test("fhir-read's routes: one per searchable type (GET /fhir/{operation} is fhir-locate's), and four general ones that serve everything else it answers", () => {
      expect(apiGatewayPath('/fhir/{type}/{id}/$verify')).toBe(`/fhir/{type}/{id}/{${OPERATION_PARAMETER}}`);
      const reads = apiRoutes(ROUTES).filter((route) => route.function === 'fhir-read' && route.method === 'GET');
      expect(reads.map((route) => [route.key, route.function, route.serves.map((served) => served.path)])).toEqual([
        ['GET /fhir/{type}/{id}', 'fhir-read', ['/fhir/{type}/{id}']],
        ['GET /fhir/{type}/{id}/_history/{vid}', 'fhir-read', ['/fhir/{type}/{id}/_history/{vid}']],
        ...SEARCHABLE_TYPES.map((type) => [`GET /fhir/${type}`, 'fhir-read', [`/fhir/${type}`]]),
        ['GET /fhir/Patient/{operation}', 'fhir-read', ['/fhir/Patient/$everything', '/fhir/Patient/$export']],
        [
          'GET /fhir/{type}/{id}/{operation}',
          'fhir-read',
          [
            '/fhir/{type}/{id}/$verify',
            '/fhir/{type}/{id}/_history',
            // Compartment search under the patient, and $everything: the route guard tells them apart.
            '/fhir/Patient/{id}/$everything',
            ...SEARCHABLE_TYPES.filter((type) => type !== 'Patient').map((type) => `/fhir/Patient/{id}/${type}`),
            '/fhir/Group/{id}/$export',
          ],
        ],
      ]);
      expect(integrationOf('GET /fhir/{type}/{id}/{operation}')).toBe('fhir-read');
    });

    test('POST [base]/{type} (create) and POST [base]/$validate and $export are one API Gateway route to fhir-ingest, which also serves POST [base]/Bundle through it', () => {
      const route = apiRoutes(ROUTES).find((candidate) => candidate.key === `POST /fhir/{${OPERATION_PARAMETER}}`)!;
      expect(route.function).toBe('fhir-ingest');
      expect(route.serves.map((served) => served.path).sort()).toEqual(['/fhir/$export', '/fhir/$validate', '/fhir/Bundle', '/fhir/{type}']);
      expect(integrationOf(route.key)).toBe('fhir-ingest');
      expect(resources('AWS::ApiGatewayV2::Route').filter(([, resource]) => /^POST \/fhir\/[^/]+$/.test(resource['Properties'].RouteKey as string))).toHaveLength(1);
    });

    test('every GET route has its HEAD route to the same function, and HEAD routes are nothing else', () => {
      const keys = resources('AWS::ApiGatewayV2::Route').map(([, resource]) => resource['Properties'].RouteKey as string);
      const gets = keys.filter((key) => key.startsWith('GET '));
      const heads = keys.filter((key) => key.startsWith('HEAD '));
      expect(gets.length).toBeGreaterThan(80);
      expect(heads.sort()).toEqual(gets.map((key) => key.replace(/^GET /, 'HEAD ')).sort());
      for (const key of gets) expect(integrationOf(key.replace(/^GET /, 'HEAD ')), key).toBe(integrationOf(key));
      // Every GET of the route table, sent as HEAD, reaches its function through the deployed routes.
      const deployedRoutes = new RouteMatcher(apiRoutes(ROUTES).map((route) => ({ method: route.method as 'GET', path: route.path, function: route.function })));
      for (const route of ROUTES.filter((candidate) => candidate.method === 'GET')) {
        const path = route.path.replace('{type}', 'Observation').replace(/\{[^}]+\}/g, 'x1');
        expect(deployedRoutes.matchPath(path).find((match) => (match.route.method as string) === 'HEAD')?.route.function, `HEAD ${path}`).toBe(route.function);
      }
    });

    test("stays well under CloudFormation's 500 resources a stack: one Lambda permission per function, routes only where they change the function", () => {
      const count = Object.keys(template['Resources'] as Json).length;
      expect(count).toBeLessThan(400);
      // One per routed function, and one each for the schedules of the vault worker and the erasure replay.
      expect(resources('AWS::Lambda::Permission')).toHaveLength(FUNCTION_NAMES.length + 2);
    });

    test("POST [base]/Patient/{id}/$enrollment-code, $recovery-code and $erase are one API Gateway route to fhir-erase; a person's $everything is GET /fhir/Patient/{operation} to fhir-read; the consent routes go to fhir-consent and patient-consent", () => {
      const routes = apiRoutes(ROUTES);
      const served = (fn: FunctionName) => routes.filter((route) => route.function === fn && route.method !== 'HEAD').map((route) => [route.key, route.serves.map((one) => one.path)]);
      expect(served('fhir-erase')).toEqual([['POST /fhir/Patient/{id}/{operation}', ['/fhir/Patient/{id}/$erase', '/fhir/Patient/{id}/$enrollment-code', '/fhir/Patient/{id}/$recovery-code']]]);
      expect(integrationOf('POST /fhir/Patient/{id}/{operation}')).toBe('fhir-erase');
      expect(integrationOf('GET /fhir/Patient/{operation}')).toBe('fhir-read');
      expect(integrationOf('HEAD /fhir/Patient/{operation}')).toBe('fhir-read');
      expect(served('fhir-consent')).toEqual([
        ['GET /fhir/Consent', ['/fhir/Consent']],
        ['GET /fhir/AuditEvent', ['/fhir/AuditEvent']],
      ]);
      expect(served('patient-consent')).toEqual([
        ['GET /patient/enroll', ['/patient/enroll']],
        ['POST /patient/enroll', ['/patient/enroll']],
        ['POST /patient/consents/{operation}', ['/patient/consents/$prepare']],
        ['POST /patient/consents', ['/patient/consents']],
        ['GET /patient/consents', ['/patient/consents']],
        ['GET /patient/grantees', ['/patient/grantees']],
        ['GET /patient/recovery', ['/patient/recovery']],
        ['POST /patient/recovery/{operation}', ['/patient/recovery/$prepare', '/patient/recovery/$propose', '/patient/recovery/$prepare-cancel', '/patient/recovery/$cancel', '/patient/recovery/$finalize']],
      ]);
      expect(served('admin-providers').slice(-2)).toEqual([
        ['GET /admin/recoveries', ['/admin/recoveries']],
        ['POST /admin/recoveries/{pseudonym}/{operation}', ['/admin/recoveries/{pseudonym}/$veto']],
      ]);
      expect(served('patient-records')).toEqual([
        ['GET /patient/holders', ['/patient/holders']],
        ['GET /patient/records', ['/patient/records']],
        ['GET /patient/access-log', ['/patient/access-log']],
      ]);
      expect(served('patient-erasure')).toEqual([
        ['POST /patient/erasure/{operation}', ['/patient/erasure/$prepare']],
        ['POST /patient/erasure', ['/patient/erasure']],
      ]);
    });

    test('every request of the route table reaches, through the routes API Gateway has (most specific first), the function that serves it', () => {
      // API Gateway picks the most specific route; the function's route guard then re-matches the
      // path against the route table. Both must name the same function, for every route and for
      // {type} both Patient (where $everything's literal route is more specific) and another type.
      const deployedRoutes = new RouteMatcher(apiRoutes(ROUTES).flatMap((route): RouteSpec[] => (route.method === 'HEAD' ? [] : [{ method: route.method, path: route.path, function: route.function }])));
      const table = new RouteMatcher(ROUTES);
      for (const route of ROUTES) {
        for (const type of ['Patient', 'Observation']) {
          const path = route.path.replace('{type}', type).replace(/\{[^}]+\+\}/g, 'a/b').replace(/\{[^}]+\}/g, 'x1');
          const request = `${route.method} ${path}`;
          expect(deployedRoutes.match(route.method, path)?.route.function, `API Gateway: ${request}`).toBe(route.function);
          expect(table.match(route.method, path)?.route, `route guard: ${request}`).toBe(route);
        }
      }
    });

    test('API Gateway may invoke each function behind a route, once (any of its routes: the route guard re-checks), and nothing else', () => {
      const expected = new Map<string, string[]>();
      for (const route of apiRoutes(ROUTES)) expected.set(route.function, ['/*']);
      expected.set(DEFAULT_ROUTE_FUNCTION, ['/*']);
      const actual = new Map<string, string[]>();
      for (const [, permission] of resources('AWS::Lambda::Permission')) {
        const properties = label(permission['Properties']) as Json;
        // The vault worker's schedule (checked in its own test).
        if (properties['Principal'] === 'events.amazonaws.com') continue;
        expect(properties['Action']).toBe('lambda:InvokeFunction');
        expect(properties['Principal']).toBe('apigateway.amazonaws.com');
        const fn = String(properties['FunctionName']).replace(/^function:(.*)\.Arn$/, '$1');
        const prefix = 'arn:<partition>:execute-api:<region>:<account>:api/*/*';
        expect(String(properties['SourceArn']).startsWith(prefix)).toBe(true);
        actual.set(fn, [...(actual.get(fn) ?? []), String(properties['SourceArn']).slice(prefix.length)]);
      }
      for (const [fn, paths] of expected) expect(actual.get(fn)?.sort(), fn).toEqual(paths.sort());
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    });
  });
});

describe('alarm e-mail (context alarmEmail)', () => {
  test('subscribes the address to the alarm topic', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'fhir-exchange-cdk-'));
    outdirs.push(outdir);
    const built = buildApp({ outdir, context: { ...CDK_CONTEXT, stage: 'test', alarmEmail: 'oncall@example.org', 'aws:cdk:bundling-stacks': [] } });
    const template = JSON.parse(readFileSync(join(built.app.synth().directory, `${built.api.stackName}.template.json`), 'utf8')) as Json;
    const subscriptions = Object.values(template['Resources'] as Record<string, Json>).filter((resource) => resource['Type'] === 'AWS::SNS::Subscription');
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0]!['Properties']).toMatchObject({ Protocol: 'email', Endpoint: 'oncall@example.org', TopicArn: { Ref: logicalId(built.api.alarms.topic) } });
  });

  test('refuses what is not an e-mail address', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'fhir-exchange-cdk-'));
    outdirs.push(outdir);
    expect(() => buildApp({ outdir, context: { ...CDK_CONTEXT, stage: 'test', alarmEmail: 'not an address', 'aws:cdk:bundling-stacks': [] } })).toThrow(/alarmEmail/);
  });
});

describe('route translation', () => {
  const route = (method: RouteSpec['method'], path: string, fn: FunctionName): RouteSpec => ({ method, path, function: fn });

  test('refuses path parts API Gateway refuses, rather than dropping the route', () => {
    expect(() => apiGatewayPath('/fhir/Patient/*')).toThrow(/refuses the path part "\*"/);
    expect(() => apiGatewayPath('/fhir/a b')).toThrow(/refuses/);
    expect(() => apiGatewayPath('/fhir/{type}/{type}')).toThrow(/appears twice/);
  });

  test('refuses routes that API Gateway could not tell apart when different functions serve them', () => {
    // Two system-level operations: both would be POST /fhir/{operation}.
    expect(() => apiRoutes([route('POST', '/fhir/$validate', 'fhir-validate'), route('POST', '/fhir/$export', 'fhir-fallback')])).toThrow(
      /cannot route POST \/fhir\/\$export \(fhir-fallback\) apart from POST \/fhir\/\$validate \(fhir-validate\)/,
    );
    // A type-level create and a system-level operation: same shape, different parameter names.
    expect(() => apiRoutes([route('POST', '/fhir/$validate', 'fhir-validate'), route('POST', '/fhir/{type}', 'fhir-fallback')])).toThrow(/cannot route/);
  });

  test('merges operations in the same position served by one function into one route', () => {
    const routes = apiRoutes([route('POST', '/fhir/$validate', 'fhir-validate'), route('POST', '/fhir/$meta', 'fhir-validate'), route('GET', '/fhir/$validate', 'fhir-validate')]);
    expect(routes.map((r) => [r.key, r.serves.length])).toEqual([
      ['POST /fhir/{operation}', 2],
      ['GET /fhir/{operation}', 1],
      ['HEAD /fhir/{operation}', 1],
    ]);
  });

  test('merges a type and an operation in the same position when one function serves both', () => {
    const routes = apiRoutes([route('POST', '/fhir/$validate', 'fhir-ingest'), route('POST', '/fhir/{type}', 'fhir-ingest')]);
    expect(routes.map((r) => [r.key, r.function, r.serves.map((served) => served.path)])).toEqual([['POST /fhir/{operation}', 'fhir-ingest', ['/fhir/$validate', '/fhir/{type}']]]);
  });

  test('deploys a literal route only where a more general route would send its requests to another function', () => {
    const routes = apiRoutes([
      route('POST', '/fhir/{type}', 'fhir-ingest'),
      route('POST', '/fhir/Bundle', 'fhir-ingest'),
      route('GET', '/fhir/{type}/{id}', 'fhir-read'),
      route('GET', '/fhir/Patient/{id}', 'fhir-read'),
      route('GET', '/fhir/bulk-status/{jobId}', 'fhir-export'),
      route('GET', '/fhir/$locate', 'fhir-locate'),
      route('GET', '/fhir/Observation', 'fhir-read'),
    ]);
    expect(routes.map((r) => [r.key, r.function, r.serves.map((served) => served.path)])).toEqual([
      ['POST /fhir/{type}', 'fhir-ingest', ['/fhir/{type}', '/fhir/Bundle']],
      ['GET /fhir/{type}/{id}', 'fhir-read', ['/fhir/{type}/{id}', '/fhir/Patient/{id}']],
      ['HEAD /fhir/{type}/{id}', 'fhir-read', ['/fhir/{type}/{id}', '/fhir/Patient/{id}']],
      ['GET /fhir/bulk-status/{jobId}', 'fhir-export', ['/fhir/bulk-status/{jobId}']],
      ['HEAD /fhir/bulk-status/{jobId}', 'fhir-export', ['/fhir/bulk-status/{jobId}']],
      ['GET /fhir/{operation}', 'fhir-locate', ['/fhir/$locate']],
      ['HEAD /fhir/{operation}', 'fhir-locate', ['/fhir/$locate']],
      ['GET /fhir/Observation', 'fhir-read', ['/fhir/Observation']],
      ['HEAD /fhir/Observation', 'fhir-read', ['/fhir/Observation']],
    ]);
  });
});

describe('function environment', () => {
  test('takes only the variables of the sections, and fails on a missing required one', () => {
    const values = { CLIENTS_TABLE: 'c', ASSERTION_JTI_TABLE: 'a', KEYS_TABLE: 'k', EXCHANGE_KMS_KEY_ID: 'arn', VAULT_BUCKET: 'v', FHIR_BASE_URL: 'https://fhir.example.org/fhir' };
    expect(sectionEnvironment(['http'], values)).toEqual({ FHIR_BASE_URL: 'https://fhir.example.org/fhir' });
    expect(sectionEnvironment(['http', 'aws', 'auth'], values)).toEqual({
      FHIR_BASE_URL: 'https://fhir.example.org/fhir',
      CLIENTS_TABLE: 'c',
      ASSERTION_JTI_TABLE: 'a',
      KEYS_TABLE: 'k',
      EXCHANGE_KMS_KEY_ID: 'arn',
    });
    expect(sectionEnvironment(['aws'], {})).toEqual({});
    expect(() => sectionEnvironment(['auth'], { ...values, KEYS_TABLE: undefined })).toThrow(/auth configuration section needs KEYS_TABLE/);
  });
});

describe('cdk-nag (AWS Solutions and HIPAA Security) on the API stack', () => {
  /** Findings with acknowledgements ignored (NagPack.isAcknowledged is private in cdk-nag 3.0.x). */
  function rawFindings(scope: IConstruct): { rule: string; path: string }[] {
    const raw: { rule: string; path: string }[] = [];
    for (const pack of nagPacks()) {
      Object.defineProperty(pack, 'isAcknowledged', { value: () => false });
      for (const violation of pack.validateScope(scope).violations) {
        for (const resource of violation.violatingResources) raw.push({ rule: violation.ruleName, path: resource.constructPath ?? '' });
      }
    }
    return raw;
  }

  function acknowledgements(scope: IConstruct): { rule: string; path: string; reason: string }[] {
    const found: { rule: string; path: string; reason: string }[] = [];
    for (const construct of scope.node.findAll()) {
      for (const entry of construct.node.metadata) {
        if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) found.push({ rule: id.replace(/^annotation::/i, ''), path: construct.node.path, reason });
      }
    }
    return found;
  }

  test('reports no unacknowledged findings, and the synthesis report is empty', () => {
    const { app, api } = build();
    for (const pack of nagPacks()) expect(pack.validateScope(api).violations, pack.name).toEqual([]);
    const assembly = app.synth();
    const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as { pluginReports: unknown[] };
    expect(report.pluginReports).toEqual([]);
  });

  test('every acknowledgement is one of the expected ones, has a specific reason and matches a finding that would otherwise be reported', () => {
    const { api, stateful } = build();
    const raw = rawFindings(api);
    const found = acknowledgements(api);
    const perFunction = ['AwsSolutions-IAM5[Resource::*]', 'HIPAA.Security-LambdaInsideVPC', 'HIPAA.Security-LambdaDLQ', 'HIPAA.Security-LambdaConcurrency'];
    // The worker and the anchoring function have their reserved concurrency: nothing to acknowledge there.
    const perWorker = perFunction.filter((rule) => rule !== 'HIPAA.Security-LambdaConcurrency');
    // Grants on vault object prefixes (keys are random UUIDs: a prefix is the narrowest resource),
    // named by the explicit stack output the API stack reads the bucket ARN from (StatefulStack.bucketIn).
    const vaultBucket = JSON.stringify({ 'Fn::GetStackOutput': { StackName: stateful.stackName, OutputName: 'VaultBucketArn' } });
    const prefixGrants: [DeployedFunction, string][] = [
      ['fhir-ingest', OBJECTS],
      ['fhir-ingest', MANIFESTS],
      ['fhir-read', OBJECTS],
      ['fhir-read', ANCHORS],
      ['patient-records', OBJECTS],
      ['fhir-erase', OBJECTS],
      ['admin-erasures', OBJECTS],
      ['patient-erasure', OBJECTS],
      [REPLAYER, OBJECTS],
      [WORKER, OBJECTS],
      [WORKER, MANIFESTS],
      [ANCHORER, ANCHORS],
      ['export-worker', OBJECTS],
    ];
    // The export files' prefix (jobs/<uuid>/…), on the export bucket.
    const exportBucket = JSON.stringify({ 'Fn::GetStackOutput': { StackName: stateful.stackName, OutputName: 'ExportsBucketArn' } });
    const expected = [
      `AwsSolutions-IAM5[Resource::${exportBucket}/${EXPORT_PREFIXES.jobs}*] on ${api.functions['fhir-export'].node.path}`,
      ...FUNCTION_NAMES.flatMap((name) => perFunction.map((rule) => `${rule} on ${api.functions[name].node.path}`)),
      ...perWorker.map((rule) => `${rule} on ${api.vaultWorker.node.path}`),
      ...perWorker.map((rule) => `${rule} on ${api.anchorWorker.node.path}`),
      ...perWorker.map((rule) => `${rule} on ${api.erasureReplay.node.path}`),
      ...perWorker.map((rule) => `${rule} on ${api.exportWorker.node.path}`),
      `AwsSolutions-IAM5[Resource::${exportBucket}/${EXPORT_PREFIXES.jobs}*] on ${api.exportWorker.node.path}`,
      ...prefixGrants.map(([name, prefix]) => `AwsSolutions-IAM5[Resource::${vaultBucket}/${prefix}*] on ${deployed(api, name).node.path}`),
      ...api.node.findAll().filter((construct) => construct instanceof HttpRoute).map((route) => `AwsSolutions-APIG4 on ${route.node.path}`),
    ];
    expect(found.map((ack) => `${ack.rule} on ${ack.path}`).sort()).toEqual(expected.sort());
    // A prefix grant's reason says how that prefix's keys are named (a/ keys are Merkle roots, not UUIDs).
    for (const [name, prefix] of prefixGrants) {
      const ack = found.find((candidate) => candidate.rule === `AwsSolutions-IAM5[Resource::${vaultBucket}/${prefix}*]` && candidate.path === deployed(api, name).node.path)!;
      expect(ack.reason, `${name} ${prefix}`).toContain(`Object keys under ${prefix} are ${VAULT_KEY_NAMES[prefix as keyof typeof VAULT_KEY_NAMES]},`);
    }
    for (const ack of found) {
      expect(ack.reason.length, `${ack.rule} on ${ack.path}`).toBeGreaterThanOrEqual(60);
      const matched = raw.some((finding) => finding.rule === ack.rule && (finding.path === ack.path || finding.path.startsWith(`${ack.path}/`)));
      expect(matched, `stale acknowledgement ${ack.rule} on ${ack.path}`).toBe(true);
    }
  });

  test('control: a route without an acknowledged reason fails the synthesis', () => {
    const { app, api } = build();
    new HttpRoute(api, 'Careless', {
      httpApi: api.api,
      routeKey: HttpRouteKey.with('/careless', ApiMethod.GET),
      integration: new HttpLambdaIntegration('CarelessIntegration', api.functions['fhir-metadata'].function),
    });
    expect(() => app.synth()).toThrow(/AwsSolutions-APIG4[^0-9]/);
  });

  test('control: kms:* on a function role fails the synthesis (the X-Ray acknowledgement covers Resource::* only)', () => {
    const { app, api, stateful } = build();
    api.functions['fhir-metadata'].role.addToPrincipalPolicy(new PolicyStatement({ actions: ['kms:*'], resources: [stateful.key.keyArn] }));
    expect(() => app.synth()).toThrow(/AwsSolutions-IAM5\[Action::kms:\*\]/);
  });
});
