/**
 * DynamoDB tables, described once and used by both the CDK stacks and the local stack's
 * provisioning, so the two cannot drift. `configKey` is the environment variable that carries the
 * table's name to the functions.
 */
export interface TableSpec {
  /** Logical name; the deployed name is `<prefix>-<name>`. */
  name: string;
  configKey: string;
  partitionKey: string;
  sortKey?: string;
  /** Attribute holding an epoch-seconds expiry, removed by DynamoDB TTL in AWS. */
  ttlAttribute?: string;
}

export const TABLES = {
  clients: { name: 'clients', configKey: 'CLIENTS_TABLE', partitionKey: 'clientId' },
  assertionJtis: { name: 'assertion-jtis', configKey: 'ASSERTION_JTI_TABLE', partitionKey: 'key', ttlAttribute: 'expiresAt' },
  keys: { name: 'keys', configKey: 'KEYS_TABLE', partitionKey: 'name' },
} as const satisfies Record<string, TableSpec>;

/** S3 buckets, likewise. */
export interface BucketSpec {
  name: string;
  configKey: string;
}

export const BUCKETS = {
  vault: { name: 'vault', configKey: 'VAULT_BUCKET' },
  exports: { name: 'exports', configKey: 'EXPORT_BUCKET' },
} as const satisfies Record<string, BucketSpec>;
