import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { BUCKETS, TABLES } from '../../schemas/storage.ts';
import type { BucketSpec, TableSpec } from '../../schemas/storage.ts';

/**
 * Everything in the exchange that holds data: the root KMS key, one DynamoDB table per `TABLES`
 * entry and one S3 bucket per `BUCKETS` entry (plus the bucket that receives their access logs).
 * Everything here is retained when the stack is deleted. Stacks deployed after this one (the API)
 * take the resources from the properties below and the functions' environment from
 * `functionEnvironment()`.
 */

export type TableName = keyof typeof TABLES;
export type BucketName = keyof typeof BUCKETS;
type StorageConfigKey = (typeof TABLES)[TableName]['configKey'] | (typeof BUCKETS)[BucketName]['configKey'];

/** The environment the functions read: every storage config key, and the exchange's root key. */
export type StatefulEnvironment = Record<StorageConfigKey | 'EXCHANGE_KMS_KEY_ID', string>;

/** Buckets that keep object versions. The vault holds the patients' records; exports can be made again. */
const VERSIONED_BUCKETS: ReadonlySet<BucketName> = new Set<BucketName>(['vault']);

export interface StatefulStackProps extends StackProps {
  /** Deployment stage (`dev`, `prod`, ...): part of every resource name and of the key alias. */
  stage: string;
}

export class StatefulStack extends Stack {
  readonly stage: string;
  /** Prefix of the deployed table names: `<prefix>-<TableSpec.name>`. */
  readonly resourcePrefix: string;
  /** The exchange's root key: wraps its secrets and encrypts every table and data bucket. */
  readonly key: Key;
  readonly tables: Readonly<Record<TableName, Table>>;
  readonly buckets: Readonly<Record<BucketName, Bucket>>;
  /** Destination of the data buckets' server access logs. */
  readonly accessLogsBucket: Bucket;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    // The access-log bucket relies on this flag (log delivery granted by bucket policy, so ACLs stay
    // disabled): set it here so the stack does not depend on cdk.json being read.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    this.stage = props.stage;
    this.resourcePrefix = `fhir-exchange-${props.stage}`;

    this.key = new Key(this, 'ExchangeKey', {
      alias: `alias/${this.resourcePrefix}`,
      description: `fhir-exchange ${props.stage} root key: wraps the exchange's secrets and per-patient branch keys, encrypts its tables and buckets`,
      keySpec: KeySpec.SYMMETRIC_DEFAULT,
      keyUsage: KeyUsage.ENCRYPT_DECRYPT,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const tables: Partial<Record<TableName, Table>> = {};
    for (const [logicalName, spec] of Object.entries(TABLES) as [TableName, TableSpec][]) {
      tables[logicalName] = this.createTable(logicalName, spec);
    }
    this.tables = tables as Record<TableName, Table>;

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
  }

  /**
   * `{ [configKey]: physical name }` for every table and bucket, plus `EXCHANGE_KMS_KEY_ID` (the
   * key's ARN): the environment variables the functions read (see schemas/config.ts).
   */
  functionEnvironment(): StatefulEnvironment {
    const env: Partial<StatefulEnvironment> = { EXCHANGE_KMS_KEY_ID: this.key.keyArn };
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
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(table).acknowledge({
      id: 'HIPAA.Security-DynamoDBInBackupPlan',
      reason: 'Point-in-time recovery (35 days, continuous) is the backup for now; an AWS Backup plan with a separate vault and longer retention is an open decision, not part of this stack yet.',
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

/** `assertionJtis` → `AssertionJtis`: construct ids (and so logical ids) follow the TABLES/BUCKETS keys. */
function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
