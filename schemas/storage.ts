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
  /**
   * The table is written with TransactWriteItems by a library the exchange does not control (the
   * Encryption SDK's branch key store). dynalite lacks transactions, so locally such a table lives
   * in DynamoDB Local instead. The exchange's own writes never need transactions.
   */
  transactional?: true;
}

export const TABLES = {
  clients: { name: 'clients', configKey: 'CLIENTS_TABLE', partitionKey: 'clientId' },
  assertionJtis: { name: 'assertion-jtis', configKey: 'ASSERTION_JTI_TABLE', partitionKey: 'key', ttlAttribute: 'expiresAt' },
  keys: { name: 'keys', configKey: 'KEYS_TABLE', partitionKey: 'name' },
  /**
   * The Encryption SDK branch key store: one branch key per patient pseudonym. Its key schema is
   * the SDK's (@aws-crypto/branch-keystore-node: partition `branch-key-id`, sort `type`, which holds
   * `branch:ACTIVE`, `branch:version:<uuid>` or `beacon:ACTIVE`); the vault adds a tombstone item
   * per erased patient (see functions/vault/storage/patient-keys.ts).
   */
  branchKeys: { name: 'branch-keys', configKey: 'BRANCH_KEY_TABLE', partitionKey: 'branch-key-id', sortKey: 'type', transactional: true },
  /**
   * The vault's catalog (functions/vault/storage/catalog.ts): commit records (the commit point of every
   * ingest), ingest intents, resource version and current items, per-patient listings, keyed
   * identifier tokens, pending commitments and pending holdings. Keys are opaque: provider ids,
   * resource ids, pseudonyms and HMAC tokens, never PHI.
   */
  catalog: { name: 'catalog', configKey: 'CATALOG_TABLE', partitionKey: 'pk', sortKey: 'sk' },
  /**
   * Single-use secrets with a short life (functions/consent/one-time-codes.ts): enrollment codes and
   * sign-in nonces, keyed by the SHA-256 of the secret, removed by TTL when unused.
   */
  oneTimeCodes: { name: 'one-time-codes', configKey: 'ONE_TIME_CODES_TABLE', partitionKey: 'key', ttlAttribute: 'expiresAt' },
  /** Who read or erased what, when and why (functions/vault/storage/audit-log.ts), by patient pseudonym. No PHI. */
  audit: { name: 'audit', configKey: 'AUDIT_TABLE', partitionKey: 'pk', sortKey: 'sk' },
  /**
   * Bulk Data export jobs (functions/export/export-jobs.ts): each job (its owner, request, state and
   * checkpoint), each client's running job, the groups research clients define (of de-identified
   * ids) and the jobs waiting for the worker. Client ids, job ids, resource types and counts: no PHI.
   */
  exportJobs: { name: 'export-jobs', configKey: 'EXPORT_JOBS_TABLE', partitionKey: 'pk', sortKey: 'sk', ttlAttribute: 'expiresAt' },
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
