import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, Lazy, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { ManagedPolicy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { AddToPrincipalPolicyResult, RoleProps } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import type { EventSourceMapping } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { BuildOptions } from 'esbuild';
import type { z } from 'zod';
import { authConfigSchema, awsConfigSchema, chainReadConfigSchema, chainSignerConfigSchema, httpConfigSchema, pseudonymConfigSchema, vaultConfigSchema, vaultStoreConfigSchema, consentConfigSchema, exportConfigSchema } from '../../schemas/config.ts';

/**
 * One Lambda function of the exchange, with the defaults every function shares:
 *
 * - `functions/<name>/handler.ts` (export `handler`) bundled by the local esbuild into one minified
 *   ES module with an external source map (no Docker), AWS SDK clients included at the versions
 *   package-lock.json pins, so what was tested is what runs;
 * - Node.js 24 on arm64, X-Ray tracing active, `NODE_OPTIONS=--enable-source-maps`;
 * - its own role whose only policy is its own customer managed policy (no AWS managed policies, no
 *   inline policies): it may write to its log group and send traces, and gets the rest through
 *   the grant helpers below, each as narrow as the call it allows;
 * - its own log group, KMS-encrypted, with a retention, kept when the stack is deleted;
 * - an environment made of the configuration sections (schemas/config.ts) the function reads and
 *   nothing else, checked at synthesis: a section whose required variable has no value fails here
 *   rather than at the first cold start.
 */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Lambda's newest Node.js runtime in aws-cdk-lib 2.276 (cdk-nag AwsSolutions-L1 checks that it is the newest). */
export const RUNTIME = Runtime.NODEJS_24_X;
export const ARCHITECTURE = Architecture.ARM_64;

/**
 * Bundling shared by the construct and `npm run bench -- bundles`. `module` before `main`:
 * jsonc-parser's CommonJS build is a UMD wrapper with dynamic requires esbuild cannot follow.
 * The banner gives the ES module a `require` for the dependencies that still call it on Node
 * built-ins (esbuild's `__require` shim picks it up).
 */
export const BUNDLING = {
  target: 'node24',
  format: 'esm',
  mainFields: ['module', 'main'],
  banner: "import { createRequire as __fhirxCreateRequire } from 'node:module'; const require = __fhirxCreateRequire(import.meta.url);",
  minify: true,
  sourceMap: true,
  /** The map points at file and line; leaving the sources out keeps the asset small. */
  sourcesContent: false,
} as const;

/** The handler file of a function. */
export function functionEntry(name: string): string {
  return join(REPO_ROOT, 'functions', name, 'handler.ts');
}

/** The esbuild `build()` options NodejsFunction runs with for `name` (as the esbuild CLI arguments it passes). */
export function esbuildOptions(name: string, outfile: string): BuildOptions {
  return {
    entryPoints: [functionEntry(name)],
    outfile,
    bundle: true,
    platform: 'node',
    target: BUNDLING.target,
    format: BUNDLING.format,
    mainFields: [...BUNDLING.mainFields],
    banner: { js: BUNDLING.banner },
    minify: BUNDLING.minify,
    sourcemap: BUNDLING.sourceMap,
    sourcesContent: BUNDLING.sourcesContent,
    external: [],
    logLevel: 'warning',
  };
}

/**
 * The configuration sections a function can read (schemas/config.ts). A future section (queues)
 * is one more entry here; its variables then reach exactly the functions that declare it.
 */
export const CONFIG_SECTIONS = {
  http: httpConfigSchema,
  aws: awsConfigSchema,
  auth: authConfigSchema,
  /** The vault's key hierarchy: the branch key table and the KMS key that wraps the branch keys. */
  vault: vaultConfigSchema,
  /** Where the vault stores: its bucket, the catalog and audit tables, concurrency and repair delay. */
  vaultStore: vaultStoreConfigSchema,
  /** The chain's JSON-RPC endpoint, id and contract addresses (ProviderRegistry, RecordLocator, AnchorRegistry, ConsentRegistry). */
  chain: chainReadConfigSchema,
  /** The transaction signers (`kms:<key id>` in AWS: references; signing needs grantSign too), for the functions that send transactions. */
  chainSigners: chainSignerConfigSchema,
  /** The pseudonym HMAC key and the linking identifier systems. */
  pseudonym: pseudonymConfigSchema,
  /** The table of single-use enrollment codes and sign-in nonces. */
  consent: consentConfigSchema,
  /** Bulk Data export: the jobs table, the export bucket, the export queue (kick-off only), chunk and link settings. */
  export: exportConfigSchema,
} as const satisfies Record<string, z.ZodObject>;
export type ConfigSection = keyof typeof CONFIG_SECTIONS;

/** Set by the Lambda runtime itself; a function may not set them (reserved variables). */
const RUNTIME_PROVIDED: ReadonlySet<string> = new Set(['AWS_REGION']);

/**
 * The environment for `sections`, taken from `values`: every variable the sections read that has
 * a value, none that they do not read. Throws when a variable the schema requires (neither
 * optional nor defaulted) has no value.
 */
export function sectionEnvironment(sections: readonly ConfigSection[], values: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const section of sections) {
    const shape = CONFIG_SECTIONS[section].shape as Record<string, z.ZodType>;
    for (const [variable, schema] of Object.entries(shape)) {
      if (RUNTIME_PROVIDED.has(variable)) continue;
      const value = values[variable];
      if (value !== undefined && value !== '') {
        environment[variable] = value;
      } else if (!schema.safeParse(undefined).success) {
        throw new Error(`The ${section} configuration section needs ${variable}, and no value was given for it`);
      }
    }
  }
  return environment;
}

export type DynamoDbAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:BatchGetItem'
  | 'dynamodb:Query'
  | 'dynamodb:Scan'
  | 'dynamodb:PutItem'
  | 'dynamodb:BatchWriteItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem'
  | 'dynamodb:ConditionCheckItem';

/**
 * What a function may do with objects (no bucket-level action; listing is grantListObjects).
 * `s3:PutObject` also covers a multipart upload's create, part and complete calls;
 * `s3:AbortMultipartUpload` is its own action.
 */
export type S3ObjectAction = 's3:GetObject' | 's3:PutObject' | 's3:DeleteObject' | 's3:AbortMultipartUpload';

/**
 * The KMS calls S3 makes with the caller's credentials on an SSE-KMS bucket: a PUT has S3 generate
 * the (bucket-level) data key, a GET has it decrypt it. A DELETE makes none.
 */
const S3_KMS_ACTIONS: Readonly<Record<S3ObjectAction, string | undefined>> = {
  's3:PutObject': 'kms:GenerateDataKey',
  's3:GetObject': 'kms:Decrypt',
  's3:DeleteObject': undefined,
  's3:AbortMultipartUpload': undefined,
};

/**
 * The encryption context keys the Encryption SDK's branch key store (@aws-crypto/branch-keystore-node,
 * src/constants.ts) puts into every KMS call on a branch key: the logical key store name under
 * `tablename`, each custom context entry under `aws-crypto-ec:<key>`.
 */
export const BRANCH_KEY_STORE_CONTEXT_KEYS = { logicalName: 'tablename', customPrefix: 'aws-crypto-ec:' } as const;

/** A branch key store as the KMS conditions see it: its logical name and the custom encryption context of its keys. */
export interface BranchKeyStoreSpec {
  logicalName: string;
  context: Readonly<Record<string, string>>;
}

/** The encryption context purpose of a KMS-wrapped secret of the exchange (functions/access/wrapped-secret.ts). */
export function wrappedSecretPurpose(name: string): string {
  return `fhir-exchange/${name}`;
}

export interface ExchangeFunctionProps {
  /** The folder under functions/ whose handler.ts this function runs. */
  name: string;
  /** Deployed function name. */
  functionName?: string;
  description: string;
  /** The configuration sections the function reads; its environment holds their variables only. */
  config: readonly ConfigSection[];
  /** Values to take the sections' variables from (typically the stateful stack's functionEnvironment() plus settings). */
  values: Readonly<Record<string, string | undefined>>;
  /** Encrypts the function's log group. Its key policy must let CloudWatch Logs use it. */
  logKey: IKey;
  /** @default 1024 MB: Lambda's CPU share grows with memory, and cold starts with it. */
  memorySize?: number;
  /** @default 10 seconds, well inside API Gateway's 30-second integration limit */
  timeout?: Duration;
  /** @default one year */
  logRetention?: RetentionDays;
  /** @default none: the function draws on the account's unreserved pool */
  reservedConcurrentExecutions?: number;
}

/**
 * A role whose statements all go to one customer managed policy of its own instead of an inline
 * default policy (HIPAA Security: no inline policies), including those CDK adds itself (tracing).
 */
class ManagedPolicyRole extends Role {
  readonly policy: ManagedPolicy;

  constructor(scope: Construct, id: string, props: RoleProps & { policyDescription: string }) {
    const { policyDescription, ...roleProps } = props;
    const policy = new ManagedPolicy(scope, `${id}Policy`, { description: policyDescription });
    super(scope, id, { ...roleProps, managedPolicies: [policy] });
    this.policy = policy;
  }

  override addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    this.policy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.policy };
  }
}

export class ExchangeFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  /** The role's one policy: everything the function may do. */
  readonly policy: ManagedPolicy;
  readonly logGroup: LogGroup;
  /** Tables reached through DynamoDB, by table key: their names go into one `kms:Decrypt` statement per key. */
  readonly #tableKeyUse = new Map<IKey, string[]>();
  /** Buckets already granted (one grantObjects per bucket, so that its KMS statement is exact). */
  readonly #buckets = new Set<IBucket>();
  /** The configuration sections the function reads (setVariable sets only their variables). */
  readonly #config: readonly ConfigSection[];

  constructor(scope: Construct, id: string, props: ExchangeFunctionProps) {
    super(scope, id);
    this.#config = props.config;
    const role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `fhir-exchange ${props.name}: only what this function calls`,
      policyDescription: `fhir-exchange ${props.name}: every permission of the function's role`,
    });
    this.role = role;
    this.policy = role.policy;
    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? RetentionDays.ONE_YEAR,
      encryptionKey: props.logKey,
      // Logs are the record of who did what: they outlive the stack (and are named by CloudFormation,
      // so that a redeployed stack does not collide with the retained groups).
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.function = new NodejsFunction(this, 'Function', {
      ...(props.functionName ? { functionName: props.functionName } : {}),
      description: props.description,
      entry: functionEntry(props.name),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      runtime: RUNTIME,
      architecture: ARCHITECTURE,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      ...(props.reservedConcurrentExecutions !== undefined ? { reservedConcurrentExecutions: props.reservedConcurrentExecutions } : {}),
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        ...sectionEnvironment(props.config, props.values),
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        target: BUNDLING.target,
        format: OutputFormat.ESM,
        mainFields: [...BUNDLING.mainFields],
        banner: BUNDLING.banner,
        minify: BUNDLING.minify,
        sourceMap: BUNDLING.sourceMap,
        sourcesContent: BUNDLING.sourcesContent,
        externalModules: [],
        bundleAwsSDK: true,
        forceDockerBundling: false,
      },
    });
    this.logGroup.grantWrite(this.role);

    Validations.of(this).acknowledge(
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'Only xray:PutTraceSegments and xray:PutTelemetryRecords (added by active tracing) are on "*": X-Ray has no resource-level permissions for them. Every data action is on a named table, object prefix, queue or key.',
      },
      {
        id: 'HIPAA.Security-LambdaInsideVPC',
        reason: "The function reaches AWS public endpoints (DynamoDB, S3, KMS, SQS, X-Ray, CloudWatch Logs) over TLS with IAM-signed requests and, with the chain section, the chain's JSON-RPC endpoint, which is on the internet (transactions are signed in KMS before they leave). It holds no network-reachable state. Inside a VPC it would need a NAT gateway for the chain RPC plus endpoints or NAT for AWS; that network design is an open decision.",
      },
    );
  }

  /**
   * Allows `actions` on `table` (the table itself, no indexes). With `leadingKeys`, only on items
   * whose partition key is one of them (`dynamodb:LeadingKeys`; not with Scan, which has none).
   * With `onlyWithin`, only as part of that transactional operation (`dynamodb:EnclosingOperation`):
   * for writes a library makes only inside a TransactWriteItems.
   * When the table is encrypted with a customer managed key, DynamoDB decrypts the table key with
   * the caller's credentials: that `kms:Decrypt` is allowed only through DynamoDB and only for the
   * tables granted here (encryption context `aws:dynamodb:tableName`).
   */
  grantTable(table: ITable, actions: readonly DynamoDbAction[], options: { leadingKeys?: readonly string[]; onlyWithin?: 'TransactWriteItems' } = {}): void {
    if (actions.length === 0) throw new Error('grantTable needs at least one action');
    if (options.leadingKeys && actions.includes('dynamodb:Scan')) {
      throw new Error('dynamodb:LeadingKeys cannot restrict a Scan: grant the Scan separately, without leadingKeys');
    }
    if (options.onlyWithin && actions.some((action) => !['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'].includes(action))) {
      throw new Error(`onlyWithin ${options.onlyWithin}: only the write actions a transaction is made of`);
    }
    const conditions: Record<string, Record<string, string[]>> = {};
    if (options.leadingKeys) conditions['ForAllValues:StringEquals'] = { 'dynamodb:LeadingKeys': [...options.leadingKeys] };
    // As in the DynamoDB developer guide ("Using IAM with DynamoDB transactions"): absent outside a transaction, so a direct call is refused.
    if (options.onlyWithin) conditions['ForAnyValue:StringEquals'] = { 'dynamodb:EnclosingOperation': [options.onlyWithin] };
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [...actions],
        resources: [table.tableArn],
        ...(Object.keys(conditions).length > 0 ? { conditions } : {}),
      }),
    );
    const key = table.encryptionKey;
    if (!key) return;
    let tableNames = this.#tableKeyUse.get(key);
    if (!tableNames) {
      const names: string[] = [];
      tableNames = names;
      this.#tableKeyUse.set(key, names);
      const stack = Stack.of(this);
      this.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['kms:Decrypt'],
          resources: [key.keyArn],
          conditions: {
            StringEquals: {
              'kms:ViaService': `dynamodb.${stack.region}.${stack.urlSuffix}`,
              'kms:EncryptionContext:aws:dynamodb:tableName': Lazy.list({ produce: () => names }),
            },
          },
        }),
      );
    }
    if (!tableNames.includes(table.tableName)) tableNames.push(table.tableName);
  }

  /**
   * Allows `actions` on the objects of `bucket` under the given key prefixes (`'o/'`: every key
   * starting with `o/`), and nothing on the bucket itself (no listing). When the bucket is
   * encrypted with a customer managed key, S3 calls KMS with the caller's credentials: a put needs
   * `kms:GenerateDataKey`, a get `kms:Decrypt`, each allowed only through S3 and only for this bucket
   * (with an S3 Bucket Key the encryption context is the bucket ARN, `aws:s3:arn`). One call per bucket.
   * `keyNames` says, for every prefix granted, how the keys under it are named (what makes a
   * prefix the narrowest resource there is): it becomes the reason of the prefix's acknowledgement.
   */
  grantObjects(bucket: IBucket, grants: Readonly<Partial<Record<S3ObjectAction, readonly string[]>>>, keyNames: Readonly<Record<string, string>>): void {
    if (this.#buckets.has(bucket)) throw new Error('grantObjects: grant everything on one bucket in one call');
    this.#buckets.add(bucket);
    const entries = Object.entries(grants) as [S3ObjectAction, readonly string[]][];
    if (entries.length === 0) throw new Error('grantObjects needs at least one action');
    const kmsActions: string[] = [];
    const byPrefix = new Map<string, S3ObjectAction[]>();
    for (const [action, prefixes] of entries) {
      if (prefixes.length === 0) throw new Error(`grantObjects: ${action} needs at least one key prefix`);
      for (const prefix of prefixes) {
        if (!/^[A-Za-z0-9._-]+\/$/.test(prefix)) throw new Error(`grantObjects: ${JSON.stringify(prefix)} is not a key prefix like "o/" (no wildcards, ends with a slash)`);
        if (!keyNames[prefix]) throw new Error(`grantObjects: say how the keys under ${prefix} are named (keyNames), the reason a prefix is the narrowest resource`);
        byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), action]);
      }
      this.role.addToPrincipalPolicy(new PolicyStatement({ actions: [action], resources: prefixes.map((prefix) => bucket.arnForObjects(`${prefix}*`)) }));
      const kmsAction = S3_KMS_ACTIONS[action];
      if (kmsAction && !kmsActions.includes(kmsAction)) kmsActions.push(kmsAction);
    }
    const bucketArn = nagReference(Stack.of(this).resolve(bucket.bucketArn));
    for (const [prefix, actions] of byPrefix) {
      Validations.of(this).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${bucketArn}/${prefix}*]`,
        reason: `Object keys under ${prefix} are ${keyNames[prefix]}, so a key prefix is the narrowest resource there is: ${actions.join(', ')} on ${prefix}* of this one bucket only, no listing and no bucket-level action.`,
      });
    }
    const key = bucket.encryptionKey;
    if (!key || kmsActions.length === 0) return;
    const stack = Stack.of(this);
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: kmsActions,
        resources: [key.keyArn],
        conditions: {
          StringEquals: {
            'kms:ViaService': `s3.${stack.region}.${stack.urlSuffix}`,
            'kms:EncryptionContext:aws:s3:arn': bucket.bucketArn,
          },
        },
      }),
    );
  }

  /**
   * Allows listing the keys of `bucket` under the given prefixes only: `s3:ListBucket` on the bucket,
   * with the request's `s3:prefix` required to start with one of them (a ListObjectsV2 without a
   * prefix, or with another, is refused). Object keys are no secret of their own here (ids and
   * resource types), and a listing makes no KMS call.
   */
  grantListObjects(bucket: IBucket, prefixes: readonly string[]): void {
    if (prefixes.length === 0) throw new Error('grantListObjects needs at least one key prefix');
    for (const prefix of prefixes) {
      if (!/^[A-Za-z0-9._-]+\/$/.test(prefix)) throw new Error(`grantListObjects: ${JSON.stringify(prefix)} is not a key prefix like "o/" (no wildcards, ends with a slash)`);
    }
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': prefixes.map((prefix) => `${prefix}*`) } },
      }),
    );
  }

  /**
   * Allows the KMS calls of an Encryption SDK branch key store whose keys `key` wraps, only under
   * that store's encryption context (its logical name and its keys' custom context, both bound
   * into every branch key). `unwrap`: `kms:Decrypt` (the hierarchical keyring reading a branch key,
   * to seal or to open). `create`: also what `BranchKeyStoreNode.createKey` calls:
   * `kms:GenerateDataKeyWithoutPlaintext` (the version and beacon keys) and `ReEncrypt` of the new
   * version into the ACTIVE item, from and to the same key. The table items are granted separately.
   */
  grantBranchKeys(key: IKey, store: BranchKeyStoreSpec, use: 'unwrap' | 'create'): void {
    const context: Record<string, string> = { [`kms:EncryptionContext:${BRANCH_KEY_STORE_CONTEXT_KEYS.logicalName}`]: store.logicalName };
    for (const [name, value] of Object.entries(store.context)) context[`kms:EncryptionContext:${BRANCH_KEY_STORE_CONTEXT_KEYS.customPrefix}${name}`] = value;
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: use === 'create' ? ['kms:Decrypt', 'kms:GenerateDataKeyWithoutPlaintext'] : ['kms:Decrypt'],
        resources: [key.keyArn],
        conditions: { StringEquals: context },
      }),
    );
    if (use !== 'create') return;
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['kms:ReEncryptFrom', 'kms:ReEncryptTo'],
        resources: [key.keyArn],
        conditions: { StringEquals: context, Bool: { 'kms:ReEncryptOnSameKey': 'true' } },
      }),
    );
  }

  /**
   * Allows signing with the asymmetric KMS key `key` (a chain account's secp256k1 key): exactly
   * `kms:Sign` and `kms:GetPublicKey` (the address is derived from the public key), on that key only.
   */
  grantSign(key: IKey): void {
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['kms:Sign', 'kms:GetPublicKey'], resources: [key.keyArn] }));
  }

  /**
   * Sets `variable`, which must belong to one of the function's configuration sections, to `value`:
   * for a value that only some of the functions reading the section get (a queue only its
   * producers are allowed to send to), so it cannot come from the shared `values`.
   */
  setVariable(variable: string, value: string): void {
    if (!this.#config.some((section) => Object.hasOwn(CONFIG_SECTIONS[section].shape, variable))) {
      throw new Error(`setVariable: ${variable} belongs to none of the function's configuration sections (${this.#config.join(', ')})`);
    }
    this.function.addEnvironment(variable, value);
  }

  /**
   * Allows sending messages to `queue`: exactly `sqs:SendMessage` on it (no GetQueueUrl or
   * GetQueueAttributes: the function is given the URL). When the queue is encrypted with a customer
   * managed key, SQS uses the key with the sender's credentials: `kms:GenerateDataKey` and
   * `kms:Decrypt` (what SQS requires of a producer), only through SQS and only for this queue
   * (SQS's encryption context is the queue's ARN, `aws:sqs:arn`).
   */
  grantSendMessages(queue: IQueue): void {
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }));
    this.#grantQueueKey(queue, ['kms:GenerateDataKey', 'kms:Decrypt']);
  }

  /**
   * Makes `queue` an event source of the function: Lambda's poller receives batches of messages
   * with the function's role, invokes the function, and deletes the messages of a batch that
   * succeeded (the ones not reported failed); a failed batch comes back when its visibility
   * timeout ends. The role gets what AWS lists for an SQS event source's execution role (the
   * Lambda and SQS developer guides; the AWSLambdaSQSQueueExecutionRole managed policy holds the
   * same): `sqs:ReceiveMessage`, `sqs:DeleteMessage` and `sqs:GetQueueAttributes` on this queue;
   * with a customer managed key, `kms:Decrypt` through SQS for this queue only.
   *
   * Not `SqsEventSource`: its grant (Queue.grantConsumeMessages) adds `sqs:GetQueueUrl` and
   * `sqs:ChangeMessageVisibility`, which that list does not have (the function itself makes no SQS
   * call), and `kms:Decrypt` on the whole key with no condition, which for the exchange's root key
   * would let the function unwrap anything wrapped under it.
   */
  consumeQueue(
    queue: IQueue,
    options: { batchSize: number; maxBatchingWindow: Duration; maxConcurrency: number; reportBatchItemFailures: boolean },
  ): EventSourceMapping {
    const mapping = this.function.addEventSourceMapping('QueueEvents', {
      eventSourceArn: queue.queueArn,
      batchSize: options.batchSize,
      maxBatchingWindow: options.maxBatchingWindow,
      maxConcurrency: options.maxConcurrency,
      reportBatchItemFailures: options.reportBatchItemFailures,
    });
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], resources: [queue.queueArn] }));
    this.#grantQueueKey(queue, ['kms:Decrypt']);
    // CreateEventSourceMapping checks that the role may receive from the queue: the policy first.
    mapping.node.addDependency(this.policy);
    return mapping;
  }

  /** The KMS calls SQS makes with the caller's credentials on a queue encrypted with a customer managed key, for that queue only. */
  #grantQueueKey(queue: IQueue, actions: readonly ('kms:GenerateDataKey' | 'kms:Decrypt')[]): void {
    const key = queue.encryptionMasterKey;
    if (!key) return;
    const stack = Stack.of(this);
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [...actions],
        resources: [key.keyArn],
        conditions: {
          StringEquals: {
            'kms:ViaService': `sqs.${stack.region}.${stack.urlSuffix}`,
            'kms:EncryptionContext:aws:sqs:arn': queue.queueArn,
          },
        },
      }),
    );
  }

  /** Allows computing MACs (patient pseudonyms) with the HMAC KMS key `key`: `kms:GenerateMac` on that key only. */
  grantGenerateMac(key: IKey): void {
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['kms:GenerateMac'], resources: [key.keyArn] }));
  }

  /**
   * Allows unwrapping (`read`) or also creating (`create`) the exchange secret `name`: KMS calls on
   * `key` only with the encryption context the secret is wrapped under. The item holding it is
   * granted separately (grantTable with `leadingKeys: [name]`).
   */
  grantWrappedSecret(key: IKey, name: string, use: 'read' | 'create'): void {
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: use === 'create' ? ['kms:Decrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'],
        resources: [key.keyArn],
        conditions: { StringEquals: { 'kms:EncryptionContext:purpose': wrappedSecretPurpose(name) } },
      }),
    );
  }
}

/**
 * A resolved reference written the way cdk-nag names it in a finding (its flattenCfnReference):
 * `<Id.Arn>` for Fn::GetAtt, `<Id>` for Ref, the JSON of anything else (Fn::GetStackOutput). A
 * reference whose form changes during synthesis (an implicit cross-stack reference) cannot be
 * acknowledged this way: see StatefulStack.bucketIn.
 */
function nagReference(resolved: unknown): string {
  if (typeof resolved === 'string') return resolved;
  const value = resolved as Record<string, unknown>;
  if (Array.isArray(value['Fn::GetAtt'])) return `<${(value['Fn::GetAtt'] as string[]).join('.')}>`;
  if (typeof value['Ref'] === 'string') return `<${value['Ref']}>`;
  return JSON.stringify(resolved);
}
