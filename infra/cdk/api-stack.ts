import { CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod as ApiMethod, HttpRoute, HttpRouteKey, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import type { EventSourceMapping } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { RouteMatcher } from '../../functions/http/route-matcher.ts';
import { DEFAULT_ROUTE_FUNCTION, FUNCTION_NAMES, ROUTES } from '../../functions/routes.ts';
import type { FunctionName, HttpMethod, RouteSpec } from '../../functions/routes.ts';
import { PATIENT_SESSION_SECRET } from '../../functions/patient-auth/patient-session.ts';
import { EMERGENCY_PENDING_PK } from '../../functions/vault/read/emergency-access.ts';
import { IDENTIFIER_TOKEN_SECRET } from '../../functions/vault/storage/identifier-tokens.ts';
import { BRANCH_KEY_CONTEXT, BRANCH_KEY_STORE_NAME } from '../../functions/vault/storage/patient-keys.ts';
import { DEID_KEYS_SECRET } from '../../functions/export/deid-keys.ts';
import { exportConfigSchema, vaultStoreConfigSchema } from '../../schemas/config.ts';
import { ExchangeAlarms } from './alarms.ts';
import { ExchangeFunction } from './exchange-function.ts';
import type { BranchKeyStoreSpec, ConfigSection } from './exchange-function.ts';
import { ANCHORING_MAX_RECEIVE_COUNT, ANCHORING_VISIBILITY_TIMEOUT, EXPORT_MAX_RECEIVE_COUNT, EXPORT_VISIBILITY_TIMEOUT } from './stateful-stack.ts';
import type { StatefulStack } from './stateful-stack.ts';

/**
 * The stateless half of the exchange: one Lambda function per FUNCTION_NAMES entry and the API
 * Gateway HTTP API in front of them, routed from functions/routes.ts (the table the local adapter
 * routes with), unmatched requests to `fhir-fallback` (`$default`). It takes the data resources
 * from the stateful stack and can be torn down and redeployed without touching them; only its
 * log groups (and the key encrypting them) are kept.
 *
 * Each function gets exactly the calls its code makes (`FUNCTIONS` below): named tables with
 * named actions, the exchange key only under the encryption context of the secret it unwraps.
 * Besides them, the vault worker (VAULT_WORKER) runs on a schedule, the anchoring function
 * (ANCHOR_WORKER) on the anchoring queue and the export worker (EXPORT_WORKER) on the export
 * queue, not behind a route.
 */

// ---------------------------------------------------------------------------------------------
// Routes

/**
 * API Gateway's check on each part of an HTTP API route path: it rejects anything else with
 * "One or more path parts appear to be invalid. Parts are validated against this regular
 * expression: ^(\{[\w.:-]+\+?\}|[a-zA-Z0-9.:_-]+)$". A literal `$` is not allowed.
 */
export const ROUTE_PATH_PART = /^(\{[\w.:-]+\+?\}|[a-zA-Z0-9.:_-]+)$/;

/**
 * FHIR operations are path segments starting with `$` (`POST [base]/$validate`), which no route
 * path may contain. Such a segment becomes this path parameter: API Gateway then sends every
 * request with anything in that position to the route's function, which must check that the
 * parameter is the operation it serves (`event.pathParameters.operation === '$validate'`) and
 * answer as the fallback would (404/405) otherwise.
 */
export const OPERATION_PARAMETER = 'operation';
const OPERATION_SEGMENT = /^\$[A-Za-z][A-Za-z0-9-]*$/;

/** A route as API Gateway gets it, and the ROUTES entries it serves. */
export interface ApiRoute {
  /** HEAD routes are the GET routes' (API Gateway HTTP APIs route HEAD only to HEAD or ANY routes). */
  method: HttpMethod | 'HEAD';
  /** API Gateway route path: the ROUTES path with operation segments as `{operation}`. */
  path: string;
  /** `METHOD path`, the route key in API Gateway (and in the events the function receives). */
  key: string;
  function: FunctionName;
  serves: RouteSpec[];
}

/** The API Gateway route path for a ROUTES path; throws if API Gateway would refuse it. */
export function apiGatewayPath(path: string): string {
  const parts = path.split('/').slice(1);
  const names = new Set<string>();
  const mapped = parts.map((part) => {
    const segment = OPERATION_SEGMENT.test(part) ? `{${OPERATION_PARAMETER}}` : part;
    if (!ROUTE_PATH_PART.test(segment)) {
      throw new Error(`Route path ${path}: API Gateway refuses the path part ${JSON.stringify(part)} (allowed: ${ROUTE_PATH_PART.source})`);
    }
    const parameter = /^\{([^}+]+)\+?\}$/.exec(segment)?.[1];
    if (parameter !== undefined) {
      if (names.has(parameter)) throw new Error(`Route path ${path}: the path parameter {${parameter}} appears twice`);
      names.add(parameter);
    }
    return segment;
  });
  return `/${mapped.join('/')}`;
}

/**
 * The API Gateway routes for `routes`, in three steps:
 * 1. Routes that API Gateway cannot tell apart (the same method and the same path once parameter
 *    names are ignored: two operations in the same position, or `POST /fhir/{type}` and
 *    `POST /fhir/$validate`) become one route; they must be served by the same function, or this
 *    throws, so no route is ever dropped or shadowed silently.
 * 2. A route is deployed only where it changes which function API Gateway invokes: one that a
 *    more general route of the same method would send to the same function anyway (the compartment
 *    searches under `GET /fhir/Patient/{id}/…`, `POST /fhir/Bundle` beside create) is served
 *    through that route. The function's route guard re-matches the path against the route table,
 *    so it sees the same route key either way; CloudFormation's limit of 500 resources a stack is
 *    why.
 * 3. Every GET route gets its HEAD route to the same function (RFC 9110 section 9.3.2; the
 *    functions answer HEAD as GET without the body, functions/http/http-semantics.ts).
 */
export function apiRoutes(routes: readonly RouteSpec[]): ApiRoute[] {
  const byShape = new Map<string, ApiRoute>();
  for (const route of routes) {
    const path = apiGatewayPath(route.path);
    const key = `${route.method} ${path}`;
    const shape = `${route.method} ${path.replace(/\{[^}+]+(\+?)\}/g, '{$1}')}`;
    const existing = byShape.get(shape);
    if (!existing) {
      byShape.set(shape, { method: route.method, path, key, function: route.function, serves: [route] });
      continue;
    }
    if (existing.function !== route.function) {
      const served = existing.serves.map((other) => `${other.method} ${other.path} (${other.function})`).join(', ');
      throw new Error(
        `API Gateway cannot route ${route.method} ${route.path} (${route.function}) apart from ${served}: both are ${existing.key} to it. ` +
          'Serve them from one function, or give them distinguishable paths.',
      );
    }
    existing.serves.push(route);
  }
  let deployed = [...byShape.values()];
  for (const route of [...deployed]) {
    const others = deployed.filter((other) => other !== route);
    const through = new RouteMatcher(others.map((other) => ({ method: other.method as HttpMethod, path: other.path, function: other.function, deployed: other })));
    // Any value in a parameter position goes the same way in API Gateway: one sample stands for all
    // (an operation's position is sampled with an operation, which only `{operation}` takes in the
    // route table's matcher: no route is absorbed by one that the table's model could not send it to).
    const covering = through.match(route.method, samplePath(route.path))?.route.deployed;
    if (covering?.function !== route.function) continue;
    covering.serves.push(...route.serves);
    deployed = others;
  }
  return deployed.flatMap((route) => (route.method === 'GET' ? [route, { ...route, method: 'HEAD' as const, key: `HEAD ${route.path}` }] : [route]));
}

/** A request path that `path` (an API Gateway route path) matches: parameters filled with a value no literal segment has. */
export function samplePath(path: string): string {
  return path
    .replace(/\{[^}]+\+\}/g, 'a1/b1')
    .replace(new RegExp(`\\{${OPERATION_PARAMETER}\\}`, 'g'), '$x1')
    .replace(/\{[^}]+\}/g, 'x1');
}

// ---------------------------------------------------------------------------------------------
// Functions

/** The access-token signing key: its item in the keys table and its encryption context (functions/access/access-services.ts). */
export const SIGNING_KEY_SECRET = 'access-token-signing-key';

/**
 * The vault's branch key store as KMS sees it (functions/vault/storage/patient-keys.ts): every branch key
 * is wrapped under an encryption context holding this logical name and this custom context, which
 * the grants require.
 */
export const PATIENT_KEY_STORE: BranchKeyStoreSpec = { logicalName: BRANCH_KEY_STORE_NAME, context: BRANCH_KEY_CONTEXT };

/**
 * Key prefixes in the vault bucket (functions/vault/storage/vault-objects.ts): sealed patient objects
 * (`o/<uuid>`), commit manifests (`m/<uuid>`, a commit's response and index plan) and the leaves
 * files of anchored batches (`a/<root>.json`, functions/vault/anchoring/anchoring.ts: the batch's
 * commitments in order, from which $verify rebuilds a proof).
 */
export const VAULT_PREFIXES = { objects: 'o/', manifests: 'm/', anchors: 'a/' } as const;

/** How the keys under each vault prefix are named: why a prefix is the narrowest resource a grant can name (cdk-nag AwsSolutions-IAM5). */
export const VAULT_KEY_NAMES: Readonly<Record<(typeof VAULT_PREFIXES)[keyof typeof VAULT_PREFIXES], string>> = {
  'o/': 'random UUIDs chosen when an object is sealed (o/<uuid>)',
  'm/': 'random UUIDs chosen when an ingest writes its manifest (m/<uuid>)',
  'a/': "the Merkle roots of anchoring batches (a/<root>.json), computed from the batch's commitments when the anchoring function makes it",
};

/** Grants on the vault bucket's objects, by prefix (see ExchangeFunction.grantObjects). */
function grantVaultObjects(fn: ExchangeFunction, data: StatefulStack, grants: Parameters<ExchangeFunction['grantObjects']>[1]): void {
  fn.grantObjects(data.bucketIn(fn, 'vault'), grants, VAULT_KEY_NAMES);
}

interface FunctionSpec {
  description: string;
  config: readonly ConfigSection[];
  memorySize?: number;
  /** Why API Gateway itself does not authorize this function's routes (cdk-nag AwsSolutions-APIG4). */
  routeAuthorization: string;
  /** Everything the function calls besides its logs and traces. */
  access(fn: ExchangeFunction, data: StatefulStack): void;
}

/** What token verification reads (functions/http/middleware/smart-auth.ts): the signing key, unwrapped, and the caller's registry entry. */
function verifiesTokens(fn: ExchangeFunction, data: StatefulStack): void {
  fn.grantTable(data.tables.keys, ['dynamodb:GetItem'], { leadingKeys: [SIGNING_KEY_SECRET] });
  fn.grantWrappedSecret(data.key, SIGNING_KEY_SECRET, 'read');
  fn.grantTable(data.tables.clients, ['dynamodb:GetItem']);
}

/**
 * What verifying a patient's session takes (functions/patient-auth/session-auth.ts): the session key
 * item read and unwrapped (never created: only patient-auth may), and the one-time code table's
 * GetItem (is the session signed out?).
 */
function verifiesPatientSessions(fn: ExchangeFunction, data: StatefulStack): void {
  fn.grantTable(data.tables.keys, ['dynamodb:GetItem'], { leadingKeys: [PATIENT_SESSION_SECRET] });
  fn.grantWrappedSecret(data.key, PATIENT_SESSION_SECRET, 'read');
  fn.grantTable(data.tables.oneTimeCodes, ['dynamodb:GetItem']);
}

/**
 * What building the vault's ingest loads (functions/vault/ingest/ingest-services.ts vaultIngest()): the
 * identifier token key, created on first use (loadWrappedSecret with `create: true`: a consistent
 * GetItem, then GenerateDataKey and a conditional PutItem if it does not exist yet, else Decrypt).
 */
function loadsIdentifierTokenKey(fn: ExchangeFunction, data: StatefulStack): void {
  fn.grantTable(data.tables.keys, ['dynamodb:GetItem', 'dynamodb:PutItem'], { leadingKeys: [IDENTIFIER_TOKEN_SECRET] });
  fn.grantWrappedSecret(data.key, IDENTIFIER_TOKEN_SECRET, 'create');
}

/**
 * Every catalog call of an ingest (functions/vault/storage/catalog.ts, vault-ingest.ts, bundle-plan.ts) and
 * of the repair pass and holdings (pending-holdings.ts): reads (GetItem, BatchGetItem, Query), the
 * conditional commit and current-item puts (PutItem), the index items (BatchWriteItem) and the
 * intent's deletion (DeleteItem).
 */
const CATALOG_WRITER = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:BatchWriteItem', 'dynamodb:DeleteItem'] as const;

/** The vaultStore variable that gives a function the anchoring queue's URL (schemas/config.ts). */
const ANCHOR_QUEUE_URL = 'ANCHOR_QUEUE_URL' satisfies keyof typeof vaultStoreConfigSchema.shape;

/**
 * What telling the anchoring function about pending commitments takes
 * (functions/vault/anchoring/anchoring-queue.ts): SendMessage on the anchoring queue (and the root key
 * through SQS, for that queue only), and the queue's URL in ANCHOR_QUEUE_URL. With the URL set,
 * the ingest's index step (VaultIngest.completeIndexing, run by fhir-ingest and by the worker's
 * repair pass) sends a message per commit, and the scheduled worker sends a sweep instead of
 * anchoring. Only the functions that send are given the URL (the other readers of the vaultStore
 * section never see it).
 */
function nudgesAnchoring(fn: ExchangeFunction, data: StatefulStack): void {
  fn.grantSendMessages(data.anchoringQueue);
  fn.setVariable(ANCHOR_QUEUE_URL, data.anchoringQueue.queueUrl);
}

/** The export section's variable that gives a function the export queue's URL (schemas/config.ts). */
const EXPORT_QUEUE_URL = 'EXPORT_QUEUE_URL' satisfies keyof typeof exportConfigSchema.shape;

/**
 * What handing a job to the export worker takes (functions/export/export-services.ts notify): the
 * job's id sent to the export queue (SendMessage, and the root key through SQS for that queue
 * only), whose URL is set in EXPORT_QUEUE_URL. Without it a job would wait in the jobs table for a
 * worker that, in AWS, only the queue ever invokes.
 */
function handsOverExports(fn: ExchangeFunction, data: StatefulStack): void {
  fn.grantSendMessages(data.exportQueue);
  fn.setVariable(EXPORT_QUEUE_URL, data.exportQueue.queueUrl);
}

/**
 * What a Bulk Data kick-off takes (functions/fhir-export/kick-off.ts): the client's running marker
 * and previous job read, the job, the marker and the waiting item put in the jobs table (GetItem,
  * PutItem); the chain's latest block (an eth_call-free read over JSON-RPC: the chain section); the
  * job's id sent to the export queue. The functions API Gateway sends `$export` positions to
  * (fhir-locate, fhir-ingest, fhir-validate, fhir-read) need it besides fhir-export.
 */
function kicksOffExports(fn: ExchangeFunction, data: StatefulStack): void {
  fn.grantTable(data.tables.exportJobs, ['dynamodb:GetItem', 'dynamodb:PutItem']);
  handsOverExports(fn, data);
}

const TOKEN_AUTHORIZATION =
  'Authorization is in the function: it verifies the SMART bearer token (HS256 under a KMS-wrapped key, which an API Gateway JWT authorizer cannot check: it needs a published JWKS) and the client status on every request.';

/** Key prefixes in the export bucket (functions/export/export-files.ts): every export's files under `jobs/<jobId>/`. */
export const EXPORT_PREFIXES = { jobs: 'jobs/' } as const;
const EXPORT_KEY_NAMES: Readonly<Record<string, string>> = { 'jobs/': 'the random UUID of the export job they belong to (jobs/<uuid>/<Type>.ndjson)' };

export const FUNCTIONS: Readonly<Record<FunctionName, FunctionSpec>> = {
  'fhir-metadata': {
    description: 'GET [base]/metadata and [base]/.well-known/smart-configuration',
    config: ['http'],
    routeAuthorization: 'FHIR capability discovery (GET [base]/metadata) and SMART discovery are public by specification: clients read them before they have a token.',
    access: () => {},
  },
  'smart-token': {
    description: 'POST [base]/auth/token: SMART Backend Services token endpoint',
    config: ['http', 'aws', 'auth'],
    routeAuthorization:
      'The OAuth token endpoint is reached before the client has a token: the function authenticates the client by its private_key_jwt assertion, verified against the registered JWKS, with replay protection.',
    access: (fn, data) => {
      fn.grantTable(data.tables.clients, ['dynamodb:GetItem']);
      fn.grantTable(data.tables.assertionJtis, ['dynamodb:PutItem']);
      // The one function that may create the signing key (GenerateDataKey, then a conditional put).
      fn.grantTable(data.tables.keys, ['dynamodb:GetItem', 'dynamodb:PutItem'], { leadingKeys: [SIGNING_KEY_SECRET] });
      fn.grantWrappedSecret(data.key, SIGNING_KEY_SECRET, 'create');
    },
  },
  'admin-clients': {
    description: 'GET /admin/clients, GET|PUT /admin/clients/{clientId}: the client registry',
    config: ['http', 'aws', 'auth'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Only admin clients pass.`,
    access: (fn, data) => {
      verifiesTokens(fn, data);
      fn.grantTable(data.tables.clients, ['dynamodb:Scan', 'dynamodb:PutItem']);
    },
  },
  'admin-providers': {
    description: 'GET /admin/providers[/{providerId}], POST /admin/providers/{providerId}/$apply|$confirm|$suspend: the on-chain provider registry; GET /admin/recoveries, POST /admin/recoveries/{pseudonym}/$veto',
    config: ['http', 'aws', 'auth', 'vaultStore', 'chain', 'chainSigners'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Only admin clients pass.`,
    // The registry itself is reached over the chain's JSON-RPC endpoint, not through AWS; its
    // transactions are signed in KMS: the operator's (applications) and the admin's (confirm,
    // suspend). No other function may sign with either key.
    // Wallet recoveries (functions/consent/recovery-admin.ts): the pending ones read on the
    // ConsentRegistry over JSON-RPC; a veto's reason written to the person's access log (PutItem:
    // the vaultStore section names the table) before the admin's signer sends vetoRecovery with a
    // commitment to it. No catalog, object or key of the vault.
    access: (fn, data) => {
      verifiesTokens(fn, data);
      fn.grantSign(data.operatorSignerKey);
      fn.grantSign(data.adminSignerKey);
      fn.grantTable(data.tables.audit, ['dynamodb:PutItem']);
    },
  },
  'fhir-validate': {
    description: 'POST [base]/{type}/$validate',
    config: ['http', 'aws', 'auth', 'chain', 'export'],
    routeAuthorization: TOKEN_AUTHORIZATION,
    // POST [base]/Patient/$export arrives here too (POST /fhir/{type}/{operation}): the kick-off.
    access: (fn, data) => {
      verifiesTokens(fn, data);
      kicksOffExports(fn, data);
    },
  },
  'fhir-locate': {
    description: 'GET [base]/$locate?identifier=system|value: the providers holding records for a patient (record locator on chain)',
    config: ['http', 'aws', 'auth', 'pseudonym', 'chain', 'export'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Only provider clients with a read scope on Patient pass.`,
    // Token verification, a scan of the client registry (exchange provider ids by their on-chain
    // hash, cached for a minute) and the patient's pseudonym (kms:GenerateMac on the pseudonym key).
    // The record locator is read over the chain's JSON-RPC endpoint, not through AWS: no signing.
    access: (fn, data) => {
      verifiesTokens(fn, data);
      fn.grantTable(data.tables.clients, ['dynamodb:Scan']);
      fn.grantGenerateMac(data.pseudonymKey);
      // GET [base]/$export arrives here too (GET /fhir/{operation}): the kick-off.
      kicksOffExports(fn, data);
    },
  },
  'fhir-ingest': {
    description:
      'POST [base] (transaction, batch), POST [base]/Bundle (collection, document), POST|PUT [base]/{type}[/{id}]: ingest into the patient vault, for providers Confirmed on chain; POST [base]/$validate|$export',
    config: ['http', 'aws', 'auth', 'vault', 'vaultStore', 'pseudonym', 'chain', 'export'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Only provider clients pass, and each entry needs the create or update scope on its type.`,
    // Before anything is stored, the provider's status is read from the ProviderRegistry (an
    // eth_call over the chain's JSON-RPC endpoint, whose settings the stack resolved from SSM): the
    // chain section, and no signing key (nothing is sent on chain).
    // Token verification; the identifier token key (created on first use); pseudonyms (GenerateMac);
    // the catalog; sealed objects and manifests written, manifests read back (a replay), both deleted
    // when an attempt is abandoned; branch keys read, checked and created (BranchKeyStoreNode.createKey:
    // one TransactWriteItems of three conditional puts, GenerateDataKeyWithoutPlaintext twice and a
    // ReEncrypt on the vault key) and unwrapped to seal. It may not delete a branch key (only
    // fhir-erase may): the keyring's clean-up of a key created while an erasure ran
    // (patient-keys.ts #ensure) is refused, the ingest fails, and the key waits for the erasure to be
    // run again. Nor may it read a sealed object back (it has the vault key's Decrypt).
    // Each commit's index step then sends the anchoring queue a message (ids and counts).
    // POST [base]/$validate and POST [base]/$export share create's route (POST /fhir/{type}): the
    // validation needs nothing, the kick-off its job items.
    access: (fn, data) => {
      verifiesTokens(fn, data);
      kicksOffExports(fn, data);
      loadsIdentifierTokenKey(fn, data);
      fn.grantGenerateMac(data.pseudonymKey);
      fn.grantTable(data.tables.catalog, CATALOG_WRITER);
      nudgesAnchoring(fn, data);
      grantVaultObjects(fn, data, {
        's3:PutObject': [VAULT_PREFIXES.objects, VAULT_PREFIXES.manifests],
        's3:GetObject': [VAULT_PREFIXES.manifests],
        's3:DeleteObject': [VAULT_PREFIXES.objects, VAULT_PREFIXES.manifests],
      });
      // Reads: the SDK's GetItem of the ACTIVE item, the keyring's consistent Query and GetItem. Puts
      // only inside a transaction: createKey's TransactWriteItems is the only way ingest writes here
      // (a direct PutItem, such as an erasure tombstone, is refused).
      fn.grantTable(data.tables.branchKeys, ['dynamodb:GetItem', 'dynamodb:Query']);
      fn.grantTable(data.tables.branchKeys, ['dynamodb:PutItem'], { onlyWithin: 'TransactWriteItems' });
      fn.grantBranchKeys(data.key, PATIENT_KEY_STORE, 'create');
    },
  },
  'fhir-read': {
    description:
      'GET [base]/{type}/{id}[/_history[/{vid}]], Patient/{id}/$everything, Patient/$everything?identifier=, {type}/{id}/$verify, compartment search, $export kick-offs on its routes: reads from the patient vault',
    config: ['http', 'aws', 'auth', 'vault', 'vaultStore', 'chain', 'pseudonym', 'export'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Only provider clients with a read scope on the type pass, and they read only what their provider sent.`,
    // Token verification; the catalog read (current and version items, the patient's object items,
    // the object's anchor item for $verify); an audit entry before every answer; sealed objects read
    // and opened: the branch key version read from the key store (GetItem; Query for the
    // erased/active state when an object does not open) and unwrapped (kms:Decrypt). $verify also
    // reads the anchored batch's leaves file (a/<root>.json) and asks the AnchorRegistry (verify:
    // an eth_call over the chain's JSON-RPC endpoint): the chain section, no signing key. It can
    // neither create nor erase a branch key, nor encrypt with KMS, nor write an object. (Catalog
    // reads are GetItem and Query only: the reader never batch-reads.)
    // A person's $everything across holders (GET [base]/Patient/$everything?identifier=) also
    // computes the person's pseudonym (kms:GenerateMac on the pseudonym key), finds the holders
    // (Query), reads the ConsentRegistry and the provider's status on the ProviderRegistry
    // (eth_call: it sends nothing on chain) and, for break-glass, leaves the emergency access
    // pending for the worker: one catalog item written with BatchWriteItem (catalog.writeMany),
    // only in the pending partition (dynamodb:LeadingKeys), so it still writes no other catalog item.
    // Patient?identifier=system|value reads the identifier token key (never creates it: the ingest does).
    // GET [base]/Patient/$export and [base]/Group/{id}/$export arrive here too: the kick-off.
    access: (fn, data) => {
      verifiesTokens(fn, data);
      kicksOffExports(fn, data);
      fn.grantTable(data.tables.keys, ['dynamodb:GetItem'], { leadingKeys: [IDENTIFIER_TOKEN_SECRET] });
      fn.grantWrappedSecret(data.key, IDENTIFIER_TOKEN_SECRET, 'read');
      fn.grantGenerateMac(data.pseudonymKey);
      fn.grantTable(data.tables.catalog, ['dynamodb:GetItem', 'dynamodb:Query']);
      fn.grantTable(data.tables.catalog, ['dynamodb:BatchWriteItem'], { leadingKeys: [EMERGENCY_PENDING_PK] });
      fn.grantTable(data.tables.audit, ['dynamodb:PutItem']);
      grantVaultObjects(fn, data, { 's3:GetObject': [VAULT_PREFIXES.objects, VAULT_PREFIXES.anchors] });
      fn.grantTable(data.tables.branchKeys, ['dynamodb:GetItem', 'dynamodb:Query']);
      fn.grantBranchKeys(data.key, PATIENT_KEY_STORE, 'unwrap');
    },
  },
  'fhir-erase': {
    description: "POST [base]/Patient/{id}/$erase, $enrollment-code and $recovery-code: a holder's erasure of its partition of a patient, and one-time enrollment and recovery codes",
    config: ['http', 'aws', 'auth', 'vault', 'vaultStore', 'chain', 'chainSigners', 'consent'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Only the provider that holds the patient passes, with Patient.d to erase or Patient.u for an enrollment code.`,
    // Token verification; the catalog read (the patient's current item: GetItem; its object items:
    // Query; the current items of what they held: BatchGetItem) and rewritten in batches
    // (BatchWriteItem: tombstones; version, identifier token, pending commitment and anchor items
    // deleted, then, after the objects, the object items); the patient's sealed objects deleted; an
    // audit entry; the branch key erased first (the tombstone put, then every other item of the
    // partition queried and deleted: PutItem, Query, DeleteItem; the erasure never GetItems a key
    // item). The only function that may delete branch key items; it never unwraps or creates one,
    // so it has no use of the vault key. It leaves the batch's leaves file (a/) alone: other
    // patients' commitments share it, and it holds commitments and ids, no PHI.
    // $enrollment-code (functions/consent/enrollment-code.ts; API Gateway routes it with $erase)
    // reads the patient's current item (the GetItem above) for its pseudonym, writes an audit entry
    // (the PutItem above), asks the ConsentRegistry whether a wallet controls the patient already
    // (controllerOf, an eth_call over the chain's JSON-RPC endpoint: the chain section, no signing)
    // and puts the code in the one-time code table (a conditional PutItem: the consent section).
    // Before any key goes, the erasure is journaled on chain (ErasureJournal.recordHolderErasure,
    // sent by the operator: kms:Sign and kms:GetPublicKey on its key).
    // $recovery-code (functions/consent/recovery-code.ts) does the same, and also reads the
    // provider's status and the pending recovery on chain (eth_call: no signing, no new grant).
    access: (fn, data) => {
      verifiesTokens(fn, data);
      fn.grantSign(data.operatorSignerKey);
      fn.grantTable(data.tables.catalog, ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem']);
      grantVaultObjects(fn, data, { 's3:DeleteObject': [VAULT_PREFIXES.objects] });
      fn.grantTable(data.tables.audit, ['dynamodb:PutItem']);
      fn.grantTable(data.tables.branchKeys, ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem']);
      // $enrollment-code: the code put in the one-time code table (never read or deleted here).
      fn.grantTable(data.tables.oneTimeCodes, ['dynamodb:PutItem']);
    },
  },
  'admin-erasures': {
    description: "POST /admin/erasures: a person's erasure at every holder under a legal order (branch keys, objects, catalog items), audited with the order's reference",
    config: ['http', 'aws', 'auth', 'vault', 'vaultStore', 'pseudonym', 'chain', 'chainSigners'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Only admin clients pass.`,
    // A function of its own rather than fhir-erase (whose callers are providers) or the other admin
    // functions (which touch no patient data): only it combines the pseudonym key with the power to
    // erase every holder's partition. Token verification; the person's pseudonym (kms:GenerateMac
    // on the pseudonym key); the catalog: the person's object and holder items queried, the
    // current items of what the objects held read (BatchGetItem) and rewritten (BatchWriteItem:
    // tombstones, then deletions); the objects deleted; one audit entry per holder partition; the
    // branch keys: whether the person was erased already (GetItem of the person tombstone), the
    // tombstones put, every other item of each partition queried and deleted. Like fhir-erase it
    // never unwraps or creates a branch key: no use of the vault key. Before any key goes, the
    // erasure is journaled on chain (ErasureJournal.recordPersonErasure, sent by the operator).
    access: (fn, data) => {
      verifiesTokens(fn, data);
      fn.grantSign(data.operatorSignerKey);
      fn.grantGenerateMac(data.pseudonymKey);
      fn.grantTable(data.tables.catalog, ['dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem']);
      grantVaultObjects(fn, data, { 's3:DeleteObject': [VAULT_PREFIXES.objects] });
      fn.grantTable(data.tables.audit, ['dynamodb:PutItem']);
      fn.grantTable(data.tables.branchKeys, ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem']);
    },
  },
  'fhir-consent': {
    description: 'GET [base]/Consent?patient=, GET [base]/AuditEvent?patient=: consents from the chain, the access log',
    config: ['http', 'aws', 'auth', 'vaultStore', 'chain'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Only provider clients holding the patient pass, with Consent.r or AuditEvent.r.`,
    // Token verification; the patient's current item (GetItem) for its pseudonym; the access log
    // read (Query, AuditEvent) and written (PutItem: an entry for every answer); grantee ids from
    // the client registry (Scan, cached a minute; Consent). The ConsentRegistry (consentsOf: its
    // events and consentOf) is read over the chain's JSON-RPC endpoint: no signing, no chainSigners
    // section, and nothing of the one-time code table (it issues no code: fhir-erase does).
    access: (fn, data) => {
      verifiesTokens(fn, data);
      fn.grantTable(data.tables.clients, ['dynamodb:Scan']);
      fn.grantTable(data.tables.catalog, ['dynamodb:GetItem']);
      fn.grantTable(data.tables.audit, ['dynamodb:PutItem', 'dynamodb:Query']);
    },
  },
  'patient-consent': {
    description: "GET|POST /patient/enroll, /patient/consents[/$prepare], /patient/recovery[/$op]: a patient's wallet enrolls, consents, recovers (EIP-712, relayed)",
    // The auth section for the client registry only (GET /patient/consents maps grantee ids through
    // exchangeIds, which reads it through accessServices()): no token is verified here, so no grant
    // on the keys table, the signing key or a client's item.
    config: ['http', 'aws', 'auth', 'chain', 'chainSigners', 'consent'],
    routeAuthorization:
      "The patient's wallet signatures authorise these routes, and the contract checks them: an enrollment needs a one-time code and the wallet's EIP-191 signature, a consent the controller's EIP-712 signature. What they answer (controllers, consents) is public on chain; they serve no record.",
    // The enrollment code taken (a conditional DeleteItem returning the item) and put back if the
    // chain cannot be reached (PutItem); grantee ids from the client registry (Scan, GET
    // /patient/consents). The ConsentRegistry is read over the chain's JSON-RPC endpoint
    // (controllers, nonces, consents); the operator relays the enrollment (setController) and the
    // signed consents (grant, revoke): kms:Sign and kms:GetPublicKey on its key. Nothing of the
    // vault: no catalog, audit, object or key.
    // With a patient session (optional on consents and $prepare, required for grantees) the session
    // is verified; grantees also reads the providers' names on the ProviderRegistry (eth_call).
    // A recovery (functions/consent/recovery.ts): the code looked up for $prepare (GetItem, as the
    // session check's), taken (DeleteItem) and put back (PutItem) when the relay fails; the operator
    // relays the proposal, the controller's cancellation and the execution after the delay.
    access: (fn, data) => {
      fn.grantTable(data.tables.clients, ['dynamodb:Scan']);
      fn.grantTable(data.tables.oneTimeCodes, ['dynamodb:DeleteItem', 'dynamodb:PutItem']);
      fn.grantSign(data.operatorSignerKey);
      verifiesPatientSessions(fn, data);
    },
  },
  'patient-records': {
    description: "GET /patient/holders, /patient/records, /patient/access-log: a signed-in patient's holders, records at every holder and access log (basis patient-self)",
    config: ['http', 'aws', 'auth', 'vault', 'vaultStore', 'chain', 'consent'],
    routeAuthorization:
      "Authorization is in the function: it verifies the patient's session (HS256 under a KMS-wrapped key, issued by patient-auth after Sign-In with Ethereum) on every request, and the access decision (patient-self) needs the wallet to control the person's pseudonym on chain.",
    // Session verification; the holders' names (record locator and provider registry over JSON-RPC,
    // provider ids from the client registry: Scan). Records as fhir-read's cross-holder $everything
    // reads them: the person's holders and object items (Query), audit entries written before the
    // answer and read for the access log (PutItem, Query), sealed objects read and opened (branch
    // key GetItem/Query, unwrapped under the key store's context). No pseudonym key: the pseudonym
    // comes from the chain (the wallet's controller events). Nothing is written but audit entries.
    access: (fn, data) => {
      verifiesPatientSessions(fn, data);
      fn.grantTable(data.tables.clients, ['dynamodb:Scan']);
      fn.grantTable(data.tables.catalog, ['dynamodb:GetItem', 'dynamodb:Query']);
      fn.grantTable(data.tables.audit, ['dynamodb:PutItem', 'dynamodb:Query']);
      grantVaultObjects(fn, data, { 's3:GetObject': [VAULT_PREFIXES.objects] });
      fn.grantTable(data.tables.branchKeys, ['dynamodb:GetItem', 'dynamodb:Query']);
      fn.grantBranchKeys(data.key, PATIENT_KEY_STORE, 'unwrap');
    },
  },
  'patient-auth': {
    description: 'GET /patient/config, GET /patient/auth/nonce, POST /patient/auth/siwe|logout, GET /patient/session: Sign-In with Ethereum (EIP-4361) and patient sessions',
    // The auth section for the keys table and the exchange key (the session key is a wrapped secret
    // of its own); the consent section for the one-time code table (nonces, signed-out sessions).
    config: ['http', 'aws', 'auth', 'chain', 'consent'],
    routeAuthorization:
      "Sign-in is reached before there is a session: the function checks the wallet's EIP-4361 signature (EOA, or ERC-1271 on chain) and a single-use nonce; /patient/session and logout verify the session it issued (HS256 under a KMS-wrapped key, with a CSRF token for cookie sessions).",
    // Nonces put (a conditional PutItem) and taken (a conditional DeleteItem); a signed-out
    // session's id put and looked up (GetItem). The patient session key: the one function that may
    // create it (GenerateDataKey, then a conditional put). The chain is read only: ERC-1271
    // isValidSignature of contract wallets and the ConsentRegistry's controllers (eth_call and
    // event logs over JSON-RPC), no signing.
    access: (fn, data) => {
      fn.grantTable(data.tables.oneTimeCodes, ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem']);
      fn.grantTable(data.tables.keys, ['dynamodb:GetItem', 'dynamodb:PutItem'], { leadingKeys: [PATIENT_SESSION_SECRET] });
      fn.grantWrappedSecret(data.key, PATIENT_SESSION_SECRET, 'create');
    },
  },
  'patient-erasure': {
    description: "POST /patient/erasure/$prepare and POST /patient/erasure: a person's erasure at every holder, signed by the patient's controller (EIP-712) and relayed on chain",
    config: ['http', 'aws', 'auth', 'vault', 'vaultStore', 'chain', 'chainSigners', 'consent'],
    routeAuthorization:
      "Authorization is in the function: it verifies the patient's session (issued by patient-auth after Sign-In with Ethereum), the ConsentRegistry checks the controller's EIP-712 signature of the erasure request, and the access decision (patient-self) needs the wallet to control the person's pseudonym on chain.",
    // A function of its own, like admin-erasures: only it combines a patient's session with the power
    // to erase every holder's partition. Session verification; the operator relays the signed
    // request (ConsentRegistry.requestErasure: kms:Sign and kms:GetPublicKey on its key); then the
    // erasure as admin-erasures does it: the person's object and holder items queried, the current
    // items read (BatchGetItem) and rewritten (BatchWriteItem), the objects deleted, one audit entry
    // per holder partition, the branch keys tombstoned and deleted (GetItem, Query, PutItem,
    // DeleteItem). No pseudonym key (the pseudonym comes from the chain), no use of the vault key.
    access: (fn, data) => {
      verifiesPatientSessions(fn, data);
      fn.grantSign(data.operatorSignerKey);
      fn.grantTable(data.tables.catalog, ['dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem']);
      grantVaultObjects(fn, data, { 's3:DeleteObject': [VAULT_PREFIXES.objects] });
      fn.grantTable(data.tables.audit, ['dynamodb:PutItem']);
      fn.grantTable(data.tables.branchKeys, ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem']);
    },
  },
  'fhir-export': {
    description: 'POST [base]/Group/{id}/$export, GET|DELETE [base]/bulk-status/{jobId}, PUT [base]/Group/{id}: Bulk Data export for research clients',
    config: ['http', 'aws', 'auth', 'chain', 'export'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Only research clients pass (the access decision's research-consent basis), and only the client that started a job sees it.`,
    // Token verification; the jobs table (jobs, running markers, waiting items, groups); the chain's
    // latest block read over JSON-RPC (no signing). Presigned links are signed with the function's
    // own credentials, so it may get the export files (never put them: the worker writes), and it
    // deletes a finished job's files when the job is cancelled.
    access: (fn, data) => {
      verifiesTokens(fn, data);
      fn.grantTable(data.tables.exportJobs, ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']);
      fn.grantObjects(data.bucketIn(fn, 'exports'), { 's3:GetObject': [EXPORT_PREFIXES.jobs], 's3:DeleteObject': [EXPORT_PREFIXES.jobs] }, EXPORT_KEY_NAMES);
      // POST [base]/Group/{id}/$export kicks off here: the job goes to the export queue.
      handsOverExports(fn, data);
    },
  },
  'fhir-fallback': {
    description: '$default route: 401 without a token under /fhir and /admin, then 404 or 405',
    config: ['http', 'aws', 'auth'],
    routeAuthorization: `${TOKEN_AUTHORIZATION} Under /fhir and /admin it answers 401 before saying whether a path exists.`,
    access: verifiesTokens,
  },
};

/** A function the stack runs on a schedule rather than behind a route. */
export interface ScheduledFunctionSpec {
  /** The folder under functions/ whose handler.ts it runs. */
  name: string;
  description: string;
  config: readonly ConfigSection[];
  /** How often EventBridge invokes it. */
  every: Duration;
  /** At most this long per run: less than `every`, so that one run ends before the next starts. */
  timeout: Duration;
  /** Runs at a time. */
  reservedConcurrency: number;
  /** Everything the function calls besides its logs and traces. */
  access(fn: ExchangeFunction, data: StatefulStack): void;
}

/**
 * The vault's background work (functions/vault-worker/handler.ts): the repair pass (interrupted
 * ingests indexed or abandoned), the pending holdings registered on chain (RecordLocator, signed
 * by the operator), the pending emergency accesses recorded on chain (ConsentRegistry, signed by
 * the operator) and, with the anchoring queue configured (ANCHOR_QUEUE_URL), a sweep message
 * to the anchoring function when pending commitments waited longer than the batch wait: it no
 * longer anchors (ANCHOR_WORKER does). One run at a time.
 *
 * The repair runs on the commit index alone (functions/vault/ingest/commit-index.ts through
 * anchoring-services.ts), which has no keys: repair, holdings, emergency accesses and the sweep
 * never seal, open or create a branch key, compute a pseudonym or an identifier token (a pending
 * emergency access carries the pseudonym fhir-read computed). So the worker reads only the
 * vaultStore and chain sections, and gets nothing on the keys table, the branch key table, the
 * vault key (beyond what the catalog, the bucket and the queue need through DynamoDB, S3 and SQS)
 * or the pseudonym key. It writes no object: no leaves file either.
 */
export const VAULT_WORKER: ScheduledFunctionSpec & { name: 'vault-worker' } = {
  name: 'vault-worker',
  description: 'scheduled vault work: repairs interrupted ingests, registers pending holdings (RecordLocator) and emergency accesses (ConsentRegistry) on chain, nudges the anchoring function about overdue commitments',
  config: ['aws', 'vaultStore', 'chain', 'chainSigners'],
  every: Duration.minutes(1),
  timeout: Duration.seconds(50),
  reservedConcurrency: 1,
  access: (fn, data) => {
    // Repair: intents queried per shard, commit records read, index items written (BatchWriteItem,
    // conditional PutItem), intents deleted; holdings: pending items queried, holder items read
    // (BatchGetItem) and written, pending items deleted (BatchWriteItem); emergency accesses:
    // pending items queried, deleted once on chain (BatchWriteItem); the sweep: pending
    // commitments queried (Anchoring.pending).
    fn.grantTable(data.tables.catalog, CATALOG_WRITER);
    // Manifests read back to complete a committed ingest; an abandoned attempt's objects and manifest deleted.
    grantVaultObjects(fn, data, {
      's3:GetObject': [VAULT_PREFIXES.manifests],
      's3:DeleteObject': [VAULT_PREFIXES.objects, VAULT_PREFIXES.manifests],
    });
    // A repaired commit's index step nudges the anchoring function as an ingest does; so does the sweep.
    nudgesAnchoring(fn, data);
    // RecordLocator.registerHoldings and ConsentRegistry.recordEmergencyAccess are sent by the
    // operator (OPERATOR_ROLE), signed in KMS; the chain is reached over its JSON-RPC endpoint,
    // whose settings the stack resolved from SSM.
    fn.grantSign(data.operatorSignerKey);
  },
};

/**
 * The replay of journaled erasures (functions/erasure-replay/handler.ts,
 * functions/vault/erase/erasure-replay.ts): every erasure recorded on chain (ErasureJournal,
 * ConsentRegistry.ErasureRequested) after the catalog's replay cursor is applied again, then the
 * cursor moves to the block read. After a restore (point-in-time recovery of the tables, the vault
 * bucket's versions) the cursor is the restored one, so every erasure made since is applied again:
 * the restore runbook (infra/cdk/restore-runbook.ts) invokes it synchronously and checks its
 * answer before the API is enabled. On a schedule it also finishes an erasure that a crash
 * interrupted after it was journaled.
 *
 * It reads the chain (eth_getLogs over the JSON-RPC endpoint) and sends nothing: no chainSigners,
 * no kms:Sign. It erases as the erasure functions do (the catalog items queried, read and rewritten,
 * the cursor put conditionally; the objects deleted; the branch keys tombstoned and deleted) and,
 * like them, never unwraps or creates a branch key and writes no audit entry (the erasure's own
 * entries were written when it was made).
 */
export const ERASURE_REPLAY: ScheduledFunctionSpec & { name: 'erasure-replay' } = {
  name: 'erasure-replay',
  description: "re-applies the erasures journaled on chain after the catalog's replay cursor (after a restore: every erasure since its point in time); run by the restore runbook before the API is enabled",
  config: ['aws', 'vault', 'vaultStore', 'chain'],
  every: Duration.minutes(5),
  timeout: Duration.minutes(4),
  reservedConcurrency: 1,
  access: (fn, data) => {
    fn.grantTable(data.tables.catalog, ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:PutItem']);
    grantVaultObjects(fn, data, { 's3:DeleteObject': [VAULT_PREFIXES.objects] });
    fn.grantTable(data.tables.branchKeys, ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem']);
  },
};

/** A function fed by an SQS queue (a Lambda event source) rather than behind a route. */
export interface QueueFunctionSpec {
  /** The folder under functions/ whose handler.ts it runs. */
  name: string;
  description: string;
  config: readonly ConfigSection[];
  /** At most this long per batch; the queue's visibility timeout must be at least 6 × this + `maxBatchingWindow`. */
  timeout: Duration;
  /** Runs at a time. */
  reservedConcurrency: number;
  /** The event source: most messages per invocation, and the longest the poller gathers them. */
  batchSize: number;
  maxBatchingWindow: Duration;
  /** Most concurrent invocations the event source attempts (at least 2: Lambda's minimum). */
  maxConcurrency: number;
  /** Everything the function calls besides its logs, traces and the queue it consumes. */
  access(fn: ExchangeFunction, data: StatefulStack): void;
}

/**
 * The anchoring function (functions/anchor-worker/handler.ts), fed by the anchoring queue: each
 * invocation anchors every pending commitment (functions/vault/anchoring/anchoring.ts: open batches
 * finished first with the same root, then new Merkle batches of at most ANCHOR_BATCH_MAX_LEAVES,
 * per provider, each root sent to the AnchorRegistry by the operator). The messages only say that
 * commitments are pending; what is anchored is read from the catalog.
 *
 * The event source is the batch's size and time bounds: the poller invokes the function once it
 * holds `batchSize` messages (one per commit, each announcing one or more commitments) or once
 * `maxBatchingWindow` has passed since the first, which is the batch wait of the schema
 * (ANCHOR_BATCH_MAX_WAIT_SECONDS' default, which the worker's sweep compares against). The handler
 * anchors whatever is pending, whatever the batch holds (at most ANCHOR_BATCH_MAX_LEAVES per root,
 * more roots if more): the batch size only decides when a busy period is anchored early. 1,000
 * rather than Lambda's 10,000 (its most with a window): a thousand commits (at least a thousand
 * commitments) is reason enough not to wait out the window, and the event stays far from Lambda's
 * 6 MB payload limit (each record carries its receipt handle and attributes, about 1 KB).
 *
 * One anchorer at a time (reserved concurrency 1): a commitment is never put into two roots by
 * runs racing for the same pending items, and two anchoring runs never race for the operator's
 * nonces (the worker's holdings and emergency accesses, admin-providers' relayed applications and
 * patient-consent's relayed enrollments and consents still send from the same account: the chain
 * client's nonce retry is all that coordinates those). The event source's
 * maximum concurrency cannot be 1 (Lambda's minimum is 2):
 * set to 2, the poller attempts at most two invocations at once, so it over-asks the reserved
 * concurrency by one at most; a throttled invocation is retried by the poller while its messages
 * are invisible (the queue's visibility timeout, at least six times the function's timeout plus
 * the window), and a batch that keeps failing reaches the dead-letter queue after
 * ANCHORING_MAX_RECEIVE_COUNT receives. Nothing is lost either way: the commitments stay pending
 * in the catalog, and the next invocation (or the worker's sweep) anchors them.
 *
 * Building the anchoring (functions/vault/anchoring/anchoring-services.ts vaultAnchoring()) parses the
 * vaultStore section and builds the patient keyring from the vault section (no AWS call: it is
 * never used to seal or open, so no branch key grant), and the chain client from the chain section
 * (the AnchorRegistry address, the operator signer). It never sends to the queue (it is not given
 * ANCHOR_QUEUE_URL) and reads no object.
 */
export const ANCHOR_WORKER: QueueFunctionSpec & { name: 'anchor-worker' } = {
  name: 'anchor-worker',
  description: 'anchors pending commitments on chain (AnchorRegistry), fed by the anchoring queue',
  config: ['aws', 'vaultStore', 'chain', 'chainSigners'],
  timeout: Duration.seconds(60),
  reservedConcurrency: 1,
  batchSize: 1000,
  maxBatchingWindow: Duration.seconds(vaultStoreConfigSchema.shape.ANCHOR_BATCH_MAX_WAIT_SECONDS.parse(undefined)),
  maxConcurrency: 2,
  access: (fn, data) => {
    // Open batches and pending commitments queried, the open batch record put (conditional on its
    // root) or, when that put loses, read back (GetItem); anchor items and the closed record
    // written, the pending items and the open record deleted (BatchWriteItem).
    fn.grantTable(data.tables.catalog, ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:BatchWriteItem']);
    // Each batch's leaves file (a/<root>.json), never read back.
    grantVaultObjects(fn, data, { 's3:PutObject': [VAULT_PREFIXES.anchors] });
    // AnchorRegistry.anchor is sent by the operator (OPERATOR_ROLE), signed in KMS; the chain is
    // reached over its JSON-RPC endpoint, whose settings the stack resolved from SSM.
    fn.grantSign(data.operatorSignerKey);
  },
};

/**
 * The export worker (functions/export-worker/handler.ts), fed by the export queue: each message
 * names a job (a kick-off's, or a run's that stopped a minute before the function's timeout and
 * sent its job again); the worker takes the job's lease and runs it from its checkpoint
 * (functions/export/export-run.ts). A message whose job another run still holds is reported as a
 * batch item failure and comes back after the visibility timeout; one whose run failed
 * (the chain or storage unreachable) too, and after EXPORT_MAX_RECEIVE_COUNT receives it goes to
 * the export dead-letter queue. A run that crashes leaves its lease to lapse
 * (EXPORT_LEASE_SECONDS), long before its message comes back: the next run resumes at the last
 * checkpoint, without duplicate lines. One message per invocation (batch size 1): a job is the
 * unit of work, and each takes minutes.
 *
 * What it calls: the jobs table (the job read and its lease taken, checkpointed, completed or
 * failed: GetItem, UpdateItem; its waiting item and the client's running marker deleted:
 * DeleteItem; the job's group read: GetItem); the chain over JSON-RPC (ConsentGranted events and
 * isPermitted at the job's block: no signing); per patient, the catalog's object items (Query),
 * an audit entry per holder (BatchWriteItem, several patients' at once) and the sealed objects read and opened (GetObject,
 * the branch key read and unwrapped); the de-identification secret, created on first use
 * (deid-keys: GetItem and a conditional PutItem, GenerateDataKey or Decrypt under its context); in
 * the export bucket, under jobs/ only: the parts listed, written, read back (by a run that resumes
 * a job) and deleted, the files assembled (multipart: PutObject, and AbortMultipartUpload when an
 * upload fails or a run stops). It never lists
 * the waiting jobs (the queue hands them over; the local stack's sweep does) and writes no record.
 */
export const EXPORT_WORKER: QueueFunctionSpec & { name: 'export-worker' } = {
  name: 'export-worker',
  description: 'runs Bulk Data export jobs (de-identified NDJSON of the consenting patients), fed by the export queue',
  config: ['aws', 'auth', 'vault', 'vaultStore', 'chain', 'export'],
  timeout: Duration.minutes(5),
  reservedConcurrency: 2,
  batchSize: 1,
  maxBatchingWindow: Duration.seconds(0),
  maxConcurrency: 2,
  access: (fn, data) => {
    fn.grantTable(data.tables.exportJobs, ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']);
    // A run that stops before the timeout sends its job to the queue again.
    handsOverExports(fn, data);
    fn.grantTable(data.tables.catalog, ['dynamodb:Query']);
    fn.grantTable(data.tables.audit, ['dynamodb:BatchWriteItem']);
    grantVaultObjects(fn, data, { 's3:GetObject': [VAULT_PREFIXES.objects] });
    fn.grantTable(data.tables.branchKeys, ['dynamodb:GetItem', 'dynamodb:Query']);
    fn.grantBranchKeys(data.key, PATIENT_KEY_STORE, 'unwrap');
    fn.grantTable(data.tables.keys, ['dynamodb:GetItem', 'dynamodb:PutItem'], { leadingKeys: [DEID_KEYS_SECRET] });
    fn.grantWrappedSecret(data.key, DEID_KEYS_SECRET, 'create');
    const exports = data.bucketIn(fn, 'exports');
    fn.grantObjects(
      exports,
      { 's3:GetObject': [EXPORT_PREFIXES.jobs], 's3:PutObject': [EXPORT_PREFIXES.jobs], 's3:DeleteObject': [EXPORT_PREFIXES.jobs], 's3:AbortMultipartUpload': [EXPORT_PREFIXES.jobs] },
      EXPORT_KEY_NAMES,
    );
    fn.grantListObjects(exports, [EXPORT_PREFIXES.jobs]);
  },
};

/** The folder under functions/ of every function the stack deploys. */
export type DeployedFunctionName = FunctionName | typeof VAULT_WORKER.name | typeof ANCHOR_WORKER.name | typeof ERASURE_REPLAY.name | typeof EXPORT_WORKER.name;

/**
 * Every function the stack deploys: one per FUNCTION_NAMES entry (behind routes), the vault
 * worker (on a schedule), the anchoring function (on the anchoring queue) and the export worker
 * (on the export queue). The one list of them
 * (`npm run bench -- bundles` builds these, each from functionEntry(name) as the stack does);
 * ApiStack.deployed has exactly these.
 */
export const DEPLOYED_FUNCTION_NAMES: readonly DeployedFunctionName[] = [...FUNCTION_NAMES, VAULT_WORKER.name, ANCHOR_WORKER.name, ERASURE_REPLAY.name, EXPORT_WORKER.name];

// ---------------------------------------------------------------------------------------------
// The stack

/**
 * The access log line: route template and status, never the raw path (FHIR paths carry resource
 * ids) or anything from the body or headers but the caller's address and agent.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging-variables.html
 */
export const ACCESS_LOG_FORMAT = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  error: '$context.error.message',
  sourceIp: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
} as const;

export interface ApiThrottle {
  /** Steady-state requests per second, across the API. */
  rateLimit: number;
  burstLimit: number;
}

export const DEFAULT_THROTTLE: ApiThrottle = { rateLimit: 100, burstLimit: 200 };

export interface ApiStackProps extends StackProps {
  stage: string;
  stateful: StatefulStack;
  /** Public FHIR base URL (a custom domain). Unset, the functions derive it from each request's host. */
  fhirBaseUrl?: string;
  /** @default DEFAULT_THROTTLE */
  throttle?: ApiThrottle;
  /** For the functions' and the access log groups. @default one year */
  logRetention?: RetentionDays;
  /** Subscribed by e-mail to the alarm topic. */
  alarmEmail?: string;
}

export class ApiStack extends Stack {
  readonly api: HttpApi;
  readonly apiStage: HttpStage;
  readonly functions: Readonly<Record<FunctionName, ExchangeFunction>>;
  /** VAULT_WORKER, and the EventBridge rule that runs it. */
  readonly vaultWorker: ExchangeFunction;
  readonly vaultWorkerSchedule: Rule;
  /** ERASURE_REPLAY (the restore runbook invokes it by name), and the rule that runs it on a schedule. */
  readonly erasureReplay: ExchangeFunction;
  readonly erasureReplaySchedule: Rule;
  /** ANCHOR_WORKER, and its event source on the anchoring queue. */
  readonly anchorWorker: ExchangeFunction;
  readonly anchorWorkerEvents: EventSourceMapping;
  /** EXPORT_WORKER, and its event source on the export queue. */
  readonly exportWorker: ExchangeFunction;
  readonly exportWorkerEvents: EventSourceMapping;
  /** Every function of the stack by name: `functions`, the vault worker and the anchoring function (DEPLOYED_FUNCTION_NAMES). */
  readonly deployed: Readonly<Record<DeployedFunctionName, ExchangeFunction>>;
  /** The routes as API Gateway has them (one per distinct route key), besides `$default`. */
  readonly routes: readonly ApiRoute[];
  /** Encrypts every log group of this stack (CloudWatch Logs may use it for this account's log groups only). */
  readonly logKey: Key;
  readonly accessLogGroup: LogGroup;
  /** The operator's alarms and their SNS topic. */
  readonly alarms: ExchangeAlarms;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { stateful } = props;
    this.addStackDependency(stateful);
    const prefix = `fhir-exchange-${props.stage}`;
    const logRetention = props.logRetention ?? RetentionDays.ONE_YEAR;

    // A key of its own rather than the exchange's root key: CloudWatch Logs (a service principal) is
    // never allowed to use the key that wraps the exchange's secrets and patients' branch keys.
    this.logKey = new Key(this, 'LogsKey', {
      alias: `alias/${prefix}-logs`,
      description: `fhir-exchange ${props.stage}: encrypts the API's log groups (request and access logs)`,
      keySpec: KeySpec.SYMMETRIC_DEFAULT,
      keyUsage: KeyUsage.ENCRYPT_DECRYPT,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.logKey.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchLogsForThisAccountsLogGroups',
        principals: [new ServicePrincipal(`logs.${this.region}.${this.urlSuffix}`)],
        actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:DescribeKey'],
        resources: ['*'],
        conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${this.partition}:logs:${this.region}:${this.account}:log-group:*` } },
      }),
    );

    const values = { ...stateful.functionEnvironment(), ...stateful.chainEnvironment(this), ...stateful.patientEnvironment(this), ...(props.fhirBaseUrl ? { FHIR_BASE_URL: props.fhirBaseUrl } : {}) };
    const functions: Partial<Record<FunctionName, ExchangeFunction>> = {};
    for (const name of FUNCTION_NAMES) {
      const spec = FUNCTIONS[name];
      const fn = new ExchangeFunction(this, pascalCase(name), {
        name,
        functionName: `${prefix}-${name}`,
        description: `fhir-exchange ${props.stage}: ${spec.description}`,
        config: spec.config,
        values,
        logKey: this.logKey,
        logRetention,
        ...(spec.memorySize ? { memorySize: spec.memorySize } : {}),
      });
      spec.access(fn, stateful);
      Validations.of(fn).acknowledge(
        {
          id: 'HIPAA.Security-LambdaDLQ',
          reason: 'API Gateway invokes the function synchronously and returns its answer (or a 5xx) to the caller, who retries; a dead-letter queue only ever receives failed asynchronous invocations.',
        },
        {
          id: 'HIPAA.Security-LambdaConcurrency',
          reason: "The API stage's throttle (rate and burst) bounds concurrent invocations; reserved concurrency per function would carve up the account's pool and fails to deploy on accounts with the default low concurrency quota.",
        },
      );
      functions[name] = fn;
    }
    this.functions = functions as Record<FunctionName, ExchangeFunction>;

    this.vaultWorker = new ExchangeFunction(this, pascalCase(VAULT_WORKER.name), {
      name: VAULT_WORKER.name,
      functionName: `${prefix}-${VAULT_WORKER.name}`,
      description: `fhir-exchange ${props.stage}: ${VAULT_WORKER.description}`,
      config: VAULT_WORKER.config,
      values,
      logKey: this.logKey,
      logRetention,
      timeout: VAULT_WORKER.timeout,
      reservedConcurrentExecutions: VAULT_WORKER.reservedConcurrency,
    });
    VAULT_WORKER.access(this.vaultWorker, stateful);
    // A scheduled event carries nothing: a run that fails, or waits behind the one in progress, is
    // worth nothing once the next one is due. Neither EventBridge nor Lambda retries it, and Lambda
    // drops it after a minute (the least it allows) instead of queueing it for hours.
    this.vaultWorker.function.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.minutes(1) });
    this.vaultWorkerSchedule = new Rule(this, 'VaultWorkerSchedule', {
      description: `fhir-exchange ${props.stage}: runs the vault worker every minute`,
      schedule: Schedule.rate(VAULT_WORKER.every),
      targets: [new LambdaFunction(this.vaultWorker.function, { retryAttempts: 0, maxEventAge: Duration.minutes(1) })],
    });
    Validations.of(this.vaultWorker).acknowledge({
      id: 'HIPAA.Security-LambdaDLQ',
      reason:
        'Only the EventBridge schedule invokes the worker, with an event that carries no data; a failed run leaves its work (intents, pending holdings, overdue commitments) in the catalog for the next run a minute later, so a dead-letter queue would only collect empty events.',
    });

    // The queue must hold a received batch invisible for 6 × the function's timeout + the window (AWS's guidance for an SQS event source).
    const visibilityNeeded = ANCHOR_WORKER.timeout.toSeconds() * 6 + ANCHOR_WORKER.maxBatchingWindow.toSeconds();
    if (ANCHORING_VISIBILITY_TIMEOUT.toSeconds() < visibilityNeeded) {
      throw new Error(
        `The anchoring queue's visibility timeout (${ANCHORING_VISIBILITY_TIMEOUT.toSeconds()} s) is less than 6 × the ${ANCHOR_WORKER.name} timeout + its batching window (${visibilityNeeded} s): raise ANCHORING_VISIBILITY_TIMEOUT in the stateful stack`,
      );
    }
    this.anchorWorker = new ExchangeFunction(this, pascalCase(ANCHOR_WORKER.name), {
      name: ANCHOR_WORKER.name,
      functionName: `${prefix}-${ANCHOR_WORKER.name}`,
      description: `fhir-exchange ${props.stage}: ${ANCHOR_WORKER.description}`,
      config: ANCHOR_WORKER.config,
      values,
      logKey: this.logKey,
      logRetention,
      timeout: ANCHOR_WORKER.timeout,
      reservedConcurrentExecutions: ANCHOR_WORKER.reservedConcurrency,
    });
    ANCHOR_WORKER.access(this.anchorWorker, stateful);
    this.anchorWorkerEvents = this.anchorWorker.consumeQueue(stateful.anchoringQueue, {
      batchSize: ANCHOR_WORKER.batchSize,
      maxBatchingWindow: ANCHOR_WORKER.maxBatchingWindow,
      maxConcurrency: ANCHOR_WORKER.maxConcurrency,
      reportBatchItemFailures: true,
    });
    Validations.of(this.anchorWorker).acknowledge({
      id: 'HIPAA.Security-LambdaDLQ',
      reason: `Only its SQS event source invokes the function (synchronously): messages of a batch that fails come back to the anchoring queue when their visibility timeout ends, and after ${ANCHORING_MAX_RECEIVE_COUNT} receives go to the queue's own dead-letter queue (stateful stack). A function dead-letter queue only ever receives failed asynchronous invocations, of which there are none.`,
    });

    this.erasureReplay = new ExchangeFunction(this, pascalCase(ERASURE_REPLAY.name), {
      name: ERASURE_REPLAY.name,
      functionName: `${prefix}-${ERASURE_REPLAY.name}`,
      description: `fhir-exchange ${props.stage}: ${ERASURE_REPLAY.description}`,
      config: ERASURE_REPLAY.config,
      values,
      logKey: this.logKey,
      logRetention,
      timeout: ERASURE_REPLAY.timeout,
      reservedConcurrentExecutions: ERASURE_REPLAY.reservedConcurrency,
    });
    ERASURE_REPLAY.access(this.erasureReplay, stateful);
    this.erasureReplay.function.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.minutes(1) });
    this.erasureReplaySchedule = new Rule(this, 'ErasureReplaySchedule', {
      description: `fhir-exchange ${props.stage}: re-applies journaled erasures every five minutes`,
      schedule: Schedule.rate(ERASURE_REPLAY.every),
      targets: [new LambdaFunction(this.erasureReplay.function, { retryAttempts: 0, maxEventAge: Duration.minutes(1) })],
    });
    Validations.of(this.erasureReplay).acknowledge({
      id: 'HIPAA.Security-LambdaDLQ',
      reason:
        "The schedule's event carries no data and the restore runbook invokes it synchronously; a failed run leaves the replay cursor where it was, so the next run (or the runbook's retry) applies the same erasures again. A dead-letter queue would only collect empty events.",
    });
    new CfnOutput(this, 'ErasureReplayFunctionName', {
      description: 'The function the restore runbook invokes before the API is enabled (infra/cdk/restore-runbook.ts)',
      value: this.erasureReplay.function.functionName,
    });

    const exportVisibilityNeeded = EXPORT_WORKER.timeout.toSeconds() * 6 + EXPORT_WORKER.maxBatchingWindow.toSeconds();
    if (EXPORT_VISIBILITY_TIMEOUT.toSeconds() < exportVisibilityNeeded) {
      throw new Error(
        `The export queue's visibility timeout (${EXPORT_VISIBILITY_TIMEOUT.toSeconds()} s) is less than 6 × the ${EXPORT_WORKER.name} timeout + its batching window (${exportVisibilityNeeded} s): raise EXPORT_VISIBILITY_TIMEOUT in the stateful stack`,
      );
    }
    this.exportWorker = new ExchangeFunction(this, pascalCase(EXPORT_WORKER.name), {
      name: EXPORT_WORKER.name,
      functionName: `${prefix}-${EXPORT_WORKER.name}`,
      description: `fhir-exchange ${props.stage}: ${EXPORT_WORKER.description}`,
      config: EXPORT_WORKER.config,
      values,
      logKey: this.logKey,
      logRetention,
      timeout: EXPORT_WORKER.timeout,
      reservedConcurrentExecutions: EXPORT_WORKER.reservedConcurrency,
    });
    EXPORT_WORKER.access(this.exportWorker, stateful);
    this.exportWorkerEvents = this.exportWorker.consumeQueue(stateful.exportQueue, {
      batchSize: EXPORT_WORKER.batchSize,
      maxBatchingWindow: EXPORT_WORKER.maxBatchingWindow,
      maxConcurrency: EXPORT_WORKER.maxConcurrency,
      reportBatchItemFailures: true,
    });
    Validations.of(this.exportWorker).acknowledge({
      id: 'HIPAA.Security-LambdaDLQ',
      reason: `Only its SQS event source invokes the function (synchronously): a message whose job could not run comes back to the export queue when its visibility timeout ends, and after ${EXPORT_MAX_RECEIVE_COUNT} receives goes to the queue's own dead-letter queue (stateful stack), which has an alarm. A function dead-letter queue only ever receives failed asynchronous invocations, of which there are none.`,
    });

    this.deployed = { ...this.functions, [VAULT_WORKER.name]: this.vaultWorker, [ANCHOR_WORKER.name]: this.anchorWorker, [ERASURE_REPLAY.name]: this.erasureReplay, [EXPORT_WORKER.name]: this.exportWorker };
    const deployedNames = Object.keys(this.deployed);
    if (deployedNames.length !== DEPLOYED_FUNCTION_NAMES.length || DEPLOYED_FUNCTION_NAMES.some((name) => !deployedNames.includes(name))) {
      throw new Error(`DEPLOYED_FUNCTION_NAMES (${DEPLOYED_FUNCTION_NAMES.join(', ')}) is not the list of the functions the stack deploys (${deployedNames.join(', ')})`);
    }

    this.accessLogGroup = new LogGroup(this, 'AccessLogs', {
      retention: logRetention,
      encryptionKey: this.logKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.api = new HttpApi(this, 'HttpApi', {
      apiName: prefix,
      description: `fhir-exchange ${props.stage}: FHIR R4 API, SMART token endpoint and admin API`,
      createDefaultStage: false,
    });
    const throttle = props.throttle ?? DEFAULT_THROTTLE;
    this.apiStage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: throttle.rateLimit, burstLimit: throttle.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogGroup),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FORMAT)),
      },
    });

    // One integration per function; every route of the function goes to it. One permission per
    // function lets this API invoke it (on any of its routes): a permission per route would cost a
    // CloudFormation resource each, and the function's route guard checks the route anyway.
    const integrations = Object.fromEntries(
      FUNCTION_NAMES.map((name) => [name, new HttpLambdaIntegration(`${pascalCase(name)}Integration`, this.functions[name].function, { scopePermissionToRoute: false })]),
    ) as Record<FunctionName, HttpLambdaIntegration>;
    this.routes = apiRoutes(ROUTES);
    for (const route of this.routes) {
      const apiRoute = new HttpRoute(this, `Route ${route.key.replace(/\//g, '|')}`, {
        httpApi: this.api,
        routeKey: HttpRouteKey.with(route.path, route.method as ApiMethod),
        integration: integrations[route.function],
      });
      Validations.of(apiRoute).acknowledge({ id: 'AwsSolutions-APIG4', reason: FUNCTIONS[route.function].routeAuthorization });
    }
    const defaultRoute = new HttpRoute(this, 'DefaultRoute', {
      httpApi: this.api,
      routeKey: HttpRouteKey.DEFAULT,
      integration: integrations[DEFAULT_ROUTE_FUNCTION],
    });
    Validations.of(defaultRoute).acknowledge({ id: 'AwsSolutions-APIG4', reason: FUNCTIONS[DEFAULT_ROUTE_FUNCTION].routeAuthorization });

    this.alarms = new ExchangeAlarms(this, 'Alarms', {
      prefix,
      stage: props.stage,
      functions: this.deployed,
      api: this.api,
      anchoringQueue: stateful.anchoringQueue,
      anchoringDeadLetterQueue: stateful.anchoringDeadLetterQueue,
      exportDeadLetterQueue: stateful.exportDeadLetterQueue,
      ...(props.alarmEmail ? { email: props.alarmEmail } : {}),
    });
    new CfnOutput(this, 'AlarmTopicArn', {
      description: 'SNS topic of the operational alarms (subscribe to it, or deploy with -c alarmEmail=...)',
      value: this.alarms.topic.topicArn,
    });

    new CfnOutput(this, 'FhirBaseUrl', {
      description: 'FHIR base URL on the API endpoint (the functions derive it from the request when FHIR_BASE_URL is unset)',
      value: props.fhirBaseUrl ?? `${this.apiStage.url}fhir`,
    });
  }
}

/** `smart-token` → `SmartToken`: construct ids (and so logical ids) follow the function names. */
function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}
