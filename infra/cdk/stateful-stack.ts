import { CfnOutput, Duration, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { IBucket, LifecycleRule } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { ParameterTier, StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { chainConfigSchema, consentConfigSchema, PORTAL_ORIGINS_NONE, pseudonymConfigSchema } from '../../schemas/config.ts';
import { BUCKETS, TABLES } from '../../schemas/storage.ts';
import type { BucketSpec, TableSpec } from '../../schemas/storage.ts';

/**
 * Everything in the exchange that holds data: the root KMS key, one DynamoDB table per `TABLES`
 * entry and one S3 bucket per `BUCKETS` entry (plus the bucket that receives their access logs),
 * the anchoring and export queues and their dead-letter queues, the chain signer keys (operator, admin), the
 * pseudonym HMAC key, the chain settings as SSM parameters (CHAIN_PARAMETERS), and an output with
 * each bucket's ARN (bucketIn).
 * Everything here but the SSM parameters is retained when the stack is deleted. A stage restored
 * from another (`restoreOf`, see RestoreSource) creates neither tables nor keys: it references the
 * tables the restore runbook restored under its names and the source stage's keys. Stacks deployed after this one (the API)
 * take the resources from the properties below and the functions' environment from
 * `functionEnvironment()`.
 */

export type TableName = keyof typeof TABLES;
export type BucketName = keyof typeof BUCKETS;
type StorageConfigKey = (typeof TABLES)[TableName]['configKey'] | (typeof BUCKETS)[BucketName]['configKey'];

/** The environment the functions read: every storage config key, the exchange's root key, and the key that wraps the branch keys (the same one). */
export type StatefulEnvironment = Record<StorageConfigKey | 'EXCHANGE_KMS_KEY_ID' | 'VAULT_KMS_KEY_ARN', string>;

/**
 * Buckets that keep object versions (each noncurrent version for NONCURRENT_VERSION_EXPIRY). The
 * vault holds the patients' records; exports can be made again.
 */
const VERSIONED_BUCKETS: ReadonlySet<BucketName> = new Set<BucketName>(['vault']);

/** How long objects stay in a bucket that only holds files that can be generated again. */
export const BUCKET_EXPIRY: Readonly<Partial<Record<BucketName, Duration>>> = { exports: Duration.days(7) };

/** Incomplete multipart uploads of an expiring or versioned bucket are aborted after this long (their parts are billed, and hold PHI). */
export const ABORT_INCOMPLETE_UPLOADS_AFTER = Duration.days(1);

/**
 * Point-in-time recovery window of every table, in days (DynamoDB's maximum, and its default).
 *
 * For the branch key table this is also a window of erasure: crypto-shredding deletes a patient's
 * branch key items (functions/vault/storage/patient-keys.ts), but a restore to a point before the erasure
 * brings them back, and with them (the root key being the same) every copy of the patient's sealed
 * objects that still exists, such as the vault bucket's noncurrent versions. An erased branch key
 * thus stays restorable by whoever may restore tables for this many days: the documented
 * trade-off between recovering from a bad write or a bad erasure and erasure being final at once.
 * It is also why the branch key table must not go into a backup plan with a longer retention.
 *
 * The vault bucket keeps the erased objects as noncurrent versions for the same number of days
 * (NONCURRENT_VERSION_EXPIRY), then S3 expires them: once the window has passed, an erasure is
 * complete in every copy, as no restorable branch key and no noncurrent version of its objects
 * is left (give or take the day S3's lifecycle takes to act on an expiry date).
 */
export const POINT_IN_TIME_RECOVERY_DAYS = 35;

/**
 * How long a versioned bucket keeps an object version once it stops being current (deleted, as
 * an erasure deletes a patient's sealed objects, or overwritten): the tables' point-in-time
 * recovery window, so that both ways of bringing back an erased patient's records close together.
 */
export const NONCURRENT_VERSION_EXPIRY = Duration.days(POINT_IN_TIME_RECOVERY_DAYS);

/** Receives after which an anchoring message goes to the dead-letter queue. */
export const ANCHORING_MAX_RECEIVE_COUNT = 5;

/**
 * How long a received anchoring message stays invisible to other receives. The queue feeds the
 * anchoring function (the API stack's anchor-worker) through a Lambda event source, for which AWS
 * recommends at least six times the function's timeout plus the event source's batching window:
 * the time the poller has to retry an invocation that was throttled (the function runs one at a
 * time) before the messages come back. Seven minutes is 6 × 60 s + 60 s; the API stack refuses
 * anchor-worker settings that need more (ApiStack).
 */
export const ANCHORING_VISIBILITY_TIMEOUT = Duration.minutes(7);

/** Receives after which an export message goes to the export dead-letter queue. */
export const EXPORT_MAX_RECEIVE_COUNT = 5;

/**
 * How long a received export message stays invisible to other receives. The queue feeds the export
 * worker (the API stack's export-worker) through a Lambda event source; as for the anchoring queue,
 * at least six times the function's timeout (AWS's guidance for an SQS event source), so a message
 * whose run is still going (or was throttled) does not come back meanwhile. A run that crashed
 * leaves its job's lease to lapse long before its message comes back; the API stack refuses
 * export-worker settings that need more (ApiStack).
 */
export const EXPORT_VISIBILITY_TIMEOUT = Duration.minutes(30);

const ZERO_ADDRESS = `0x${'0'.repeat(40)}`;

/**
 * The chain settings the operator sets after deploying the contracts, as SSM String parameters
 * under `/fhir-exchange/<stage>/chain/<name>`. Each starts from the CDK context variable named
 * here (`cdk deploy -c chainRpcUrl=https://... -c chainId=...`), or from the placeholder default,
 * which lets the app synthesize and deploy before any contract exists: an RPC URL that resolves
 * nowhere (`.invalid`), the local anvil chain id and the zero address. The context values are
 * checked against schemas/config.ts at synthesis; the operator may also overwrite the parameters
 * in place (`aws ssm put-parameter --overwrite`) and redeploy the API stack, which reads them at
 * deploy time.
 */
/** The SSM parameter of the origins patients sign in from besides the API's (see StatefulStack.portalOriginsParameter). */
export function portalOriginsParameterName(stage: string): string {
  return `/fhir-exchange/${stage}/patient/portal-origins`;
}

export const CHAIN_PARAMETERS = {
  'rpc-url': { context: 'chainRpcUrl', placeholder: 'https://chain-rpc.invalid', schema: chainConfigSchema.shape.CHAIN_RPC_URL },
  'chain-id': { context: 'chainId', placeholder: '31337', schema: chainConfigSchema.shape.CHAIN_ID },
  'provider-registry-address': { context: 'providerRegistryAddress', placeholder: ZERO_ADDRESS, schema: chainConfigSchema.shape.PROVIDER_REGISTRY_ADDRESS },
  'record-locator-address': { context: 'recordLocatorAddress', placeholder: ZERO_ADDRESS, schema: chainConfigSchema.shape.RECORD_LOCATOR_ADDRESS },
  'anchor-registry-address': { context: 'anchorRegistryAddress', placeholder: ZERO_ADDRESS, schema: chainConfigSchema.shape.ANCHOR_REGISTRY_ADDRESS },
  'consent-registry-address': { context: 'consentRegistryAddress', placeholder: ZERO_ADDRESS, schema: chainConfigSchema.shape.CONSENT_REGISTRY_ADDRESS },
  'erasure-journal-address': { context: 'erasureJournalAddress', placeholder: ZERO_ADDRESS, schema: chainConfigSchema.shape.ERASURE_JOURNAL_ADDRESS },
} as const;
export type ChainParameterName = keyof typeof CHAIN_PARAMETERS;

/**
 * A stage restored from another one (infra/cdk/restore-runbook.ts): the source stage and the ARNs
 * of its keys. The restored data is sealed under them (the tables and the vault objects under the
 * root key, which also wraps the branch keys; the pseudonyms are HMACs under the pseudonym key) and
 * the chain knows the signers' accounts, so the restored stage uses these keys instead of creating
 * its own. Its tables are those the runbook restored into `fhir-exchange-<stage>-<table>`: the
 * stack references them by name instead of creating them.
 */
export interface RestoreSource {
  stage: string;
  rootKeyArn: string;
  pseudonymKeyArn: string;
  operatorSignerKeyArn: string;
  adminSignerKeyArn: string;
}

/** The CDK context variables of a restored stage (`cdk deploy -c restoreOf=prod -c restoreRootKeyArn=arn:…`), by RestoreSource field. */
export const RESTORE_CONTEXT = {
  stage: 'restoreOf',
  rootKeyArn: 'restoreRootKeyArn',
  pseudonymKeyArn: 'restorePseudonymKeyArn',
  operatorSignerKeyArn: 'restoreOperatorSignerKeyArn',
  adminSignerKeyArn: 'restoreAdminSignerKeyArn',
} as const satisfies Record<keyof RestoreSource, string>;

/** Context `apiHeld=true`: the API stack's `$default` stage is deployed with a throttle of 0 (every request refused) until the restore runbook releases it. */
export const API_HELD_CONTEXT = 'apiHeld';

const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/(mrk-)?[0-9a-f-]{32,36}$/;

/** The RestoreSource named by the context (`lookup` reads one variable), undefined without `restoreOf`; throws on a missing or malformed key ARN. */
export function restoreSourceFrom(lookup: (name: string) => unknown): RestoreSource | undefined {
  const stage: unknown = lookup(RESTORE_CONTEXT.stage);
  if (stage === undefined || stage === '') return undefined;
  const source: Partial<RestoreSource> = { stage: String(stage) };
  for (const field of ['rootKeyArn', 'pseudonymKeyArn', 'operatorSignerKeyArn', 'adminSignerKeyArn'] as const) {
    const value: unknown = lookup(RESTORE_CONTEXT[field]);
    if (typeof value !== 'string' || !KMS_KEY_ARN.test(value)) {
      throw new Error(`Invalid context ${RESTORE_CONTEXT[field]}=${JSON.stringify(value ?? null)}: a restored stage (${RESTORE_CONTEXT.stage}) needs the ARN of each of the source stage's keys (printed by npm run restore:aws)`);
    }
    source[field] = value;
  }
  return source as RestoreSource;
}

/** The `cdk deploy` context of a restored stage: `-c name=value` pairs, in RESTORE_CONTEXT order, the stage first. */
export function restoreDeployContext(toStage: string, source: RestoreSource, options: { held: boolean }): [string, string][] {
  return [
    ['stage', toStage],
    ...(Object.entries(RESTORE_CONTEXT) as [keyof RestoreSource, string][]).map(([field, name]): [string, string] => [name, source[field]]),
    ...(options.held ? [[API_HELD_CONTEXT, 'true'] as [string, string]] : []),
  ];
}

export interface StatefulStackProps extends StackProps {
  /** Deployment stage (`dev`, `prod`, ...): part of every resource name and of the key alias. */
  stage: string;
  /** A stage restored from another: its tables and keys are referenced, not created (RestoreSource). */
  restoreOf?: RestoreSource;
}

export class StatefulStack extends Stack {
  readonly stage: string;
  /** Prefix of the deployed table names: `<prefix>-<TableSpec.name>`. */
  readonly resourcePrefix: string;
  /** The exchange's root key: wraps its secrets and encrypts every table and data bucket. */
  readonly key: IKey;
  readonly tables: Readonly<Record<TableName, ITable>>;
  /** Set on a restored stage: the stage its tables and keys come from. */
  readonly restoreOf: RestoreSource | undefined;
  readonly buckets: Readonly<Record<BucketName, Bucket>>;
  /** Destination of the data buckets' server access logs. */
  readonly accessLogsBucket: Bucket;
  /**
   * Nudges for the anchoring function (functions/vault/anchoring/anchoring-queue.ts): a message per commit
   * (ids and counts, no PHI; what is anchored is read from the catalog) and the scheduled worker's
   * sweeps. Encrypted with the root key (SQS uses it with the caller's credentials, under the
   * encryption context `aws:sqs:arn`: the queue's ARN).
   */
  readonly anchoringQueue: Queue;
  /**
   * Where anchoring messages go after ANCHORING_MAX_RECEIVE_COUNT receives without being deleted
   * (failed or throttled anchoring runs). They are nudges only: the commitments they announced stay
   * pending in the catalog, and the scheduled worker nudges again about those that wait too long.
   */
  readonly anchoringDeadLetterQueue: Queue;
  /**
   * Bulk Data export jobs for the export worker (functions/export-worker): a message per kick-off,
   * and per run that had to stop before the function's timeout, naming the job's id only (no PHI;
   * what is exported is read from the job and the chain). Encrypted with the root key, as the
   * anchoring queue.
   */
  readonly exportQueue: Queue;
  /**
   * Where export messages go after EXPORT_MAX_RECEIVE_COUNT receives without being deleted (a job
   * whose runs keep failing: chain or storage unreachable). The job stays in the jobs table; it is
   * failed once older than the worker's limit, which frees its client.
   */
  readonly exportDeadLetterQueue: Queue;
  /**
   * secp256k1 signing key of the exchange operator's chain account (OPERATOR_ROLE: relays provider
   * applications, writes locators and anchors). The private key never leaves KMS.
   */
  readonly operatorSignerKey: IKey;
  /**
   * secp256k1 signing key of the ProviderRegistry admin (DEFAULT_ADMIN_ROLE: confirms and suspends
   * providers). In production the admin role would rather belong to a multisig or governance
   * account outside the exchange; this key exists so that the exchange can be run end to end.
   */
  readonly adminSignerKey: IKey;
  /** HMAC_256 key under which patient pseudonyms are computed (GenerateMac); never leaves KMS. */
  readonly pseudonymKey: IKey;
  /** The chain settings (CHAIN_PARAMETERS), by name. */
  readonly chainParameters: Readonly<Record<ChainParameterName, StringParameter>>;
  /**
   * The origins besides the API's own that patients sign in from (PATIENT_PORTAL_ORIGINS), as an SSM
   * parameter: the portal's CloudFront origin, known only once the portal stack is deployed. It starts
   * from the context variable `portalOrigins` (comma-separated origins) or `none`; the operator sets it
   * to the portal stack's output and redeploys the API stack, which resolves it at deploy time.
   */
  readonly portalOriginsParameter: StringParameter;
  /** Per bucket, the output publishing its ARN (see bucketIn). */
  /** Identifier systems that link one person across providers (schemas/config.ts pseudonymConfigSchema). */
  readonly linkingIdentifierSystems: readonly string[];
  readonly #bucketArnOutputs: Readonly<Record<BucketName, CfnOutput>>;
  readonly #bucketsIn = new Map<string, IBucket>();

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    // The access-log bucket relies on this flag (log delivery granted by bucket policy, so ACLs stay
    // disabled): set it here so the stack does not depend on cdk.json being read.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    this.stage = props.stage;
    this.resourcePrefix = `fhir-exchange-${props.stage}`;
    this.restoreOf = props.restoreOf;
    const restoreOf = props.restoreOf;
    if (restoreOf?.stage === props.stage) throw new Error(`A stage cannot be restored into itself (${props.stage})`);

    this.key = restoreOf ? Key.fromKeyArn(this, 'ExchangeKey', restoreOf.rootKeyArn) : new Key(this, 'ExchangeKey', {
      alias: `alias/${this.resourcePrefix}`,
      description: `fhir-exchange ${props.stage} root key: wraps the exchange's secrets and per-patient branch keys, encrypts its tables and buckets`,
      keySpec: KeySpec.SYMMETRIC_DEFAULT,
      keyUsage: KeyUsage.ENCRYPT_DECRYPT,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const tables: Partial<Record<TableName, ITable>> = {};
    for (const [logicalName, spec] of Object.entries(TABLES) as [TableName, TableSpec][]) {
      // A restored stage's tables exist already (the runbook restored them under this stage's names, encrypted under the source's root key).
      tables[logicalName] = restoreOf
        ? Table.fromTableAttributes(this, `${pascalCase(logicalName)}Table`, { tableName: `${this.resourcePrefix}-${spec.name}`, encryptionKey: this.key })
        : this.createTable(logicalName, spec);
    }
    this.tables = tables as Record<TableName, ITable>;

    this.accessLogsBucket = new Bucket(this, 'AccessLogsBucket', {
      // SSE-S3, so that S3's log-delivery service needs no grant on the exchange's root key.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      // The logs are the audit trail of who touched PHI: keep overwritten or deleted entries.
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.accessLogsBucket).acknowledge(
      {
        id: 'HIPAA.Security-S3DefaultEncryptionKMS',
        reason: "Encrypted with SSE-S3 instead, so that S3's log-delivery service principal is never granted use of the exchange's root key (which wraps its secrets and patient branch keys). The bucket holds request logs, not record contents.",
      },
      {
        id: 'HIPAA.Security-S3BucketReplicationEnabled',
        reason: 'Cross-region replication needs a second region: a disaster-recovery decision not made yet. The logs are versioned and retained on stack deletion.',
      },
    );

    const buckets: Partial<Record<BucketName, Bucket>> = {};
    for (const [logicalName, spec] of Object.entries(BUCKETS) as [BucketName, BucketSpec][]) {
      buckets[logicalName] = this.createBucket(logicalName, spec);
    }
    this.buckets = buckets as Record<BucketName, Bucket>;
    const bucketArnOutputs: Partial<Record<BucketName, CfnOutput>> = {};
    for (const logicalName of Object.keys(BUCKETS) as BucketName[]) {
      bucketArnOutputs[logicalName] = new CfnOutput(this, `${pascalCase(logicalName)}BucketArn`, {
        description: `ARN of the ${BUCKETS[logicalName].name} bucket (read by the API stack with Fn::GetStackOutput)`,
        value: this.buckets[logicalName].bucketArn,
      });
    }
    this.#bucketArnOutputs = bucketArnOutputs as Record<BucketName, CfnOutput>;

    [this.anchoringQueue, this.anchoringDeadLetterQueue] = this.createRedrivenQueue('Anchoring', 'anchoring', ANCHORING_VISIBILITY_TIMEOUT, ANCHORING_MAX_RECEIVE_COUNT);
    [this.exportQueue, this.exportDeadLetterQueue] = this.createRedrivenQueue('Export', 'export', EXPORT_VISIBILITY_TIMEOUT, EXPORT_MAX_RECEIVE_COUNT);

    // A restored stage signs as the source stage's chain accounts (which hold the roles on chain) and computes the same pseudonyms.
    this.operatorSignerKey = restoreOf
      ? Key.fromKeyArn(this, 'OperatorSignerKey', restoreOf.operatorSignerKeyArn)
      : this.createSignerKey('OperatorSignerKey', 'operator', 'signs the exchange operator\'s chain transactions (OPERATOR_ROLE)');
    this.adminSignerKey = restoreOf
      ? Key.fromKeyArn(this, 'AdminSignerKey', restoreOf.adminSignerKeyArn)
      : this.createSignerKey(
          'AdminSignerKey',
          'admin',
          'signs ProviderRegistry admin transactions (DEFAULT_ADMIN_ROLE; in production rather a multisig or governance account)',
        );
    this.pseudonymKey = restoreOf ? Key.fromKeyArn(this, 'PseudonymKey', restoreOf.pseudonymKeyArn) : new Key(this, 'PseudonymKey', {
      alias: `alias/${this.resourcePrefix}-pseudonym`,
      description: `fhir-exchange ${props.stage}: HMAC key of the patient pseudonyms (GenerateMac)`,
      keySpec: KeySpec.HMAC_256,
      keyUsage: KeyUsage.GENERATE_VERIFY_MAC,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const chainParameters: Partial<Record<ChainParameterName, StringParameter>> = {};
    for (const [name, spec] of Object.entries(CHAIN_PARAMETERS) as [ChainParameterName, (typeof CHAIN_PARAMETERS)[ChainParameterName]][]) {
      const given: unknown = this.node.tryGetContext(spec.context);
      const value = given === undefined ? spec.placeholder : String(given);
      if (!spec.schema.safeParse(value).success) {
        throw new Error(`Invalid context ${spec.context}=${JSON.stringify(value)} for the SSM parameter chain/${name}`);
      }
      chainParameters[name] = new StringParameter(this, `Chain ${name}`, {
        parameterName: this.chainParameterName(name),
        description: `fhir-exchange ${props.stage}: ${name} of the chain the exchange uses (set by the operator once the contracts are deployed)`,
        stringValue: value,
        tier: ParameterTier.STANDARD,
      });
    }
    this.chainParameters = chainParameters as Record<ChainParameterName, StringParameter>;

    const portalOrigins: unknown = this.node.tryGetContext('portalOrigins');
    const portalOriginsValue = portalOrigins === undefined ? PORTAL_ORIGINS_NONE : String(portalOrigins);
    if (!consentConfigSchema.shape.PATIENT_PORTAL_ORIGINS.safeParse(portalOriginsValue).success) {
      throw new Error(`Invalid context portalOrigins=${JSON.stringify(portalOriginsValue)}: comma-separated https origins`);
    }
    this.portalOriginsParameter = new StringParameter(this, 'Patient portal origins', {
      parameterName: this.portalOriginsParameterName,
      description: `fhir-exchange ${props.stage}: origins patients sign in from besides the API's (the portal's CloudFront origin), or ${PORTAL_ORIGINS_NONE}`,
      stringValue: portalOriginsValue,
      tier: ParameterTier.STANDARD,
    });

    const linking = pseudonymConfigSchema.shape.LINKING_IDENTIFIER_SYSTEMS.safeParse(this.node.tryGetContext('linkingIdentifierSystems'));
    if (!linking.success) throw new Error('Invalid context linkingIdentifierSystems: comma-separated identifier system URIs');
    this.linkingIdentifierSystems = linking.data;
  }

  /**
   * The chain and pseudonym variables (schemas/config.ts) for functions in the stack `scope`: the
   * chain settings resolved from their SSM parameters when that stack is deployed (CloudFormation
   * reads them, the functions need no SSM access; redeploy it after changing a parameter), the
   * signers as `kms:<key id>`, the pseudonym key by ARN, and the linking identifier systems
   * (context `linkingIdentifierSystems`, comma-separated; default the US SSN system).
   */
  chainEnvironment(
    scope: Construct,
  ): Record<
    'CHAIN_RPC_URL' | 'CHAIN_ID' | 'PROVIDER_REGISTRY_ADDRESS' | 'RECORD_LOCATOR_ADDRESS' | 'ANCHOR_REGISTRY_ADDRESS' | 'CONSENT_REGISTRY_ADDRESS' | 'ERASURE_JOURNAL_ADDRESS' | 'OPERATOR_SIGNER' | 'ADMIN_SIGNER' | 'PSEUDONYM_KMS_KEY_ID' | 'LINKING_IDENTIFIER_SYSTEMS',
    string
  > {
    const parameter = (name: ChainParameterName) => StringParameter.valueForStringParameter(scope, this.chainParameterName(name));
    return {
      CHAIN_RPC_URL: parameter('rpc-url'),
      CHAIN_ID: parameter('chain-id'),
      PROVIDER_REGISTRY_ADDRESS: parameter('provider-registry-address'),
      RECORD_LOCATOR_ADDRESS: parameter('record-locator-address'),
      ANCHOR_REGISTRY_ADDRESS: parameter('anchor-registry-address'),
      CONSENT_REGISTRY_ADDRESS: parameter('consent-registry-address'),
      ERASURE_JOURNAL_ADDRESS: parameter('erasure-journal-address'),
      OPERATOR_SIGNER: `kms:${this.operatorSignerKey.keyId}`,
      ADMIN_SIGNER: `kms:${this.adminSignerKey.keyId}`,
      PSEUDONYM_KMS_KEY_ID: this.pseudonymKey.keyArn,
      LINKING_IDENTIFIER_SYSTEMS: this.linkingIdentifierSystems.join(','),
    };
  }

  /**
   * The bucket `logicalName` as a stack deployed after this one (`scope`) grants access to it: its
   * ARN read from this stack's output with an explicit `Fn::GetStackOutput`, its key this stack's
   * root key. An implicit cross-stack reference would read the same output, but it only becomes
   * one during synthesis, so an object-prefix grant (`<bucket ARN>/o/*`) would be named one way
   * by cdk-nag before synthesis and another way at synthesis, and no one acknowledgement could
   * cover both; this reference is the same in both.
   */
  bucketIn(scope: Construct, logicalName: BucketName): IBucket {
    const stack = Stack.of(scope);
    if (stack === this) return this.buckets[logicalName];
    const key = `${stack.node.path}/${logicalName}`;
    let bucket = this.#bucketsIn.get(key);
    if (!bucket) {
      bucket = Bucket.fromBucketAttributes(stack, `${pascalCase(logicalName)}BucketOf${this.node.id}`, {
        bucketArn: Fn.getStackOutput(this.stackName, this.getLogicalId(this.#bucketArnOutputs[logicalName])),
        encryptionKey: this.key,
      });
      this.#bucketsIn.set(key, bucket);
    }
    return bucket;
  }

  /** The SSM parameter name of the patient portal origins (resolved by the API stack at deploy time). */
  get portalOriginsParameterName(): string {
    return portalOriginsParameterName(this.stage);
  }

  /** PATIENT_PORTAL_ORIGINS for functions in the stack `scope`, from its SSM parameter at deploy time. */
  patientEnvironment(scope: Construct): Record<'PATIENT_PORTAL_ORIGINS', string> {
    return { PATIENT_PORTAL_ORIGINS: StringParameter.valueForStringParameter(scope, this.portalOriginsParameterName) };
  }

  /** The SSM parameter name of a chain setting: what the API stack resolves at deploy time. */
  chainParameterName(name: ChainParameterName): string {
    return `/fhir-exchange/${this.stage}/chain/${name}`;
  }

  /** A retained secp256k1 signing key with the alias `alias/<prefix>-<role>`. Asymmetric keys cannot rotate. */
  /** A KMS-encrypted, TLS-only queue (retained) that redrives to its own dead-letter queue (kept 14 days) after `maxReceiveCount` receives. */
  private createRedrivenQueue(id: string, name: string, visibilityTimeout: Duration, maxReceiveCount: number): [Queue, Queue] {
    const encrypted = { encryption: QueueEncryption.KMS, encryptionMasterKey: this.key, dataKeyReuse: Duration.minutes(5), enforceSSL: true, removalPolicy: RemovalPolicy.RETAIN } as const;
    const deadLetterQueue = new Queue(this, `${id}DeadLetterQueue`, { ...encrypted, queueName: `${this.resourcePrefix}-${name}-dlq`, retentionPeriod: Duration.days(14) });
    const queue = new Queue(this, `${id}Queue`, { ...encrypted, queueName: `${this.resourcePrefix}-${name}`, visibilityTimeout, deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount } });
    return [queue, deadLetterQueue];
  }

  private createSignerKey(id: string, role: string, purpose: string): Key {
    return new Key(this, id, {
      alias: `alias/${this.resourcePrefix}-${role}`,
      description: `fhir-exchange ${this.stage}: ${purpose}`,
      keySpec: KeySpec.ECC_SECG_P256K1,
      keyUsage: KeyUsage.SIGN_VERIFY,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /**
   * `{ [configKey]: physical name }` for every table and bucket, plus `EXCHANGE_KMS_KEY_ID` and
   * `VAULT_KMS_KEY_ARN` (both the root key's ARN): the environment variables the functions read
   * (see schemas/config.ts).
   */
  functionEnvironment(): StatefulEnvironment {
    // The root key also wraps the vault's branch keys (VAULT_KMS_KEY_ARN must be an ARN: the key store binds it into every key).
    const env: Partial<StatefulEnvironment> = { EXCHANGE_KMS_KEY_ID: this.key.keyArn, VAULT_KMS_KEY_ARN: this.key.keyArn };
    for (const [logicalName, spec] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
      env[spec.configKey] = this.tables[logicalName].tableName;
    }
    for (const [logicalName, spec] of Object.entries(BUCKETS) as [BucketName, (typeof BUCKETS)[BucketName]][]) {
      env[spec.configKey] = this.buckets[logicalName].bucketName;
    }
    return env as StatefulEnvironment;
  }

  private createTable(logicalName: TableName, spec: TableSpec): Table {
    const table = new Table(this, `${pascalCase(logicalName)}Table`, {
      tableName: `${this.resourcePrefix}-${spec.name}`,
      partitionKey: { name: spec.partitionKey, type: AttributeType.STRING },
      ...(spec.sortKey ? { sortKey: { name: spec.sortKey, type: AttributeType.STRING } } : {}),
      ...(spec.ttlAttribute ? { timeToLiveAttribute: spec.ttlAttribute } : {}),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: POINT_IN_TIME_RECOVERY_DAYS },
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(table).acknowledge({
      id: 'HIPAA.Security-DynamoDBInBackupPlan',
      reason:
        logicalName === 'branchKeys'
          ? `Point-in-time recovery (${POINT_IN_TIME_RECOVERY_DAYS} days, continuous) is this table's only backup, on purpose: an erased patient's branch key stays restorable through it for ${POINT_IN_TIME_RECOVERY_DAYS} days (the documented trade-off of crypto-shredding); a backup plan with a longer retention would keep erased keys, and so the patients' records, recoverable for longer.`
          : `Point-in-time recovery (${POINT_IN_TIME_RECOVERY_DAYS} days, continuous) is the backup for now; an AWS Backup plan with a separate vault and longer retention is an open decision, not part of this stack yet.`,
    });
    return table;
  }

  private createBucket(logicalName: BucketName, spec: BucketSpec): Bucket {
    const versioned = VERSIONED_BUCKETS.has(logicalName);
    // Names are left to CloudFormation: bucket names are global, and a predictable name can be taken first by another account.
    const bucket = new Bucket(this, `${pascalCase(logicalName)}Bucket`, {
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned,
      lifecycleRules: lifecycleRules(logicalName),
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: `${spec.name}/`,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(bucket).acknowledge({
      id: 'HIPAA.Security-S3BucketReplicationEnabled',
      reason: "Cross-region replication needs a second region and a key there: a disaster-recovery decision not made yet. The bucket is retained on stack deletion and encrypted with the exchange's key.",
    });
    if (!versioned) {
      Validations.of(bucket).acknowledge({
        id: 'HIPAA.Security-S3BucketVersioningEnabled',
        reason: `The ${spec.name} bucket holds short-lived files that can be generated again; keeping old versions would only keep more copies of PHI after they are deleted.`,
      });
    }
    return bucket;
  }
}

/**
 * The lifecycle of a bucket: for buckets in BUCKET_EXPIRY, expiry of the objects; for versioned
 * buckets, expiry of noncurrent versions after NONCURRENT_VERSION_EXPIRY (and removal of the delete
 * markers that are left with no version behind them). Either way incomplete multipart uploads are
 * aborted (their parts are billed, hold the same data and no erasure reaches them).
 */
function lifecycleRules(logicalName: BucketName): LifecycleRule[] | undefined {
  const expiration = BUCKET_EXPIRY[logicalName];
  if (expiration) return [{ id: 'ExpireObjects', enabled: true, expiration, abortIncompleteMultipartUploadAfter: ABORT_INCOMPLETE_UPLOADS_AFTER }];
  if (VERSIONED_BUCKETS.has(logicalName)) {
    return [
      {
        id: 'ExpireNoncurrentVersions',
        enabled: true,
        noncurrentVersionExpiration: NONCURRENT_VERSION_EXPIRY,
        expiredObjectDeleteMarker: true,
        abortIncompleteMultipartUploadAfter: ABORT_INCOMPLETE_UPLOADS_AFTER,
      },
    ];
  }
  return undefined;
}

/** `assertionJtis` → `AssertionJtis`: construct ids (and so logical ids) follow the TABLES/BUCKETS keys. */
function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
