import { z } from 'zod';

/**
 * Runtime configuration, read from the environment once per cold start.
 *
 * Each function parses only the sections it needs, so a function never has to be given settings
 * it does not use. Secrets never appear here: keys are reached through KMS (by key id), and the
 * values below are names, limits and switches.
 */

const tableName = z.string().min(3).max(255).regex(/^[A-Za-z0-9_.-]+$/, 'not a DynamoDB table name');
const booleanFlag = z.enum(['true', 'false']).transform((value) => value === 'true');
const positiveInt = z.coerce.number().int().positive();

export const httpConfigSchema = z.object({
  /** Public FHIR base URL. When absent it is derived from the request (API Gateway domain name). */
  FHIR_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Largest request body accepted, in bytes. Lambda's synchronous payload limit is 6 MB. */
  MAX_BODY_BYTES: positiveInt.default(6 * 1024 * 1024),
  /**
   * Origins (comma-separated, `*` for any) whose browser pages may call the API (CORS). When
   * absent, only the exchange's own origin, where its patient pages are served.
   */
  CORS_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.split(',').map((origin) => origin.trim().replace(/\/+$/, '')).filter((origin) => origin !== ''))),
});

export const awsConfigSchema = z.object({
  AWS_REGION: z.string().min(1),
  /** s3rver and other S3 stand-ins need path-style addressing. */
  S3_FORCE_PATH_STYLE: booleanFlag.default(false),
});

export const authConfigSchema = z.object({
  CLIENTS_TABLE: tableName,
  ASSERTION_JTI_TABLE: tableName,
  KEYS_TABLE: tableName,
  /** KMS key that wraps the exchange's own secrets (for example the access-token signing key). */
  EXCHANGE_KMS_KEY_ID: z.string().min(1),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt.max(3600).default(300),
  /** How long a client's registry entry (status, scopes) is cached in memory. */
  CLIENT_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
});

/**
 * The patient vault's key hierarchy: KMS key -> per-patient branch key (Encryption SDK hierarchical
 * keyring, branch keys in a DynamoDB key store) -> per-object data key.
 */
export const vaultConfigSchema = z.object({
  /** The branch key store table (the Encryption SDK's schema). */
  BRANCH_KEY_TABLE: tableName,
  /**
   * DynamoDB endpoint for the branch key table. Set only locally, where that table lives in
   * DynamoDB Local (dynalite lacks the transactions the key store needs); unset in AWS, where the
   * SDK's default endpoint is used.
   */
  BRANCH_KEY_DYNAMODB_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  /** ARN of the KMS key that wraps the branch keys (an ARN: the key store binds it into every key). */
  VAULT_KMS_KEY_ARN: z.string().regex(/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/, 'not a KMS key ARN'),
  /** How long unwrapped branch key materials stay in memory: about one KMS call per patient per window. */
  BRANCH_KEY_CACHE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  /** How many branch key materials the cache holds (least recently used go first). */
  BRANCH_KEY_CACHE_ENTRIES: positiveInt.max(100_000).default(1000),
});

/** The value of PATIENT_PORTAL_ORIGINS that names no origin. */
export const PORTAL_ORIGINS_NONE = 'none';

/** Patients taking control of their pseudonym: where single-use enrollment codes and sign-in nonces are kept. */
export const consentConfigSchema = z.object({
  ONE_TIME_CODES_TABLE: tableName,
  /** How long a Sign-In with Ethereum nonce may be used (it is single use either way). */
  SIWE_NONCE_TTL_SECONDS: z.coerce.number().int().min(10).max(600).default(300),
  /** How long a patient's session lasts: short, since it reads health records (SMART patient scopes). */
  PATIENT_SESSION_TTL_SECONDS: z.coerce.number().int().min(1).max(900).default(900),
  /**
   * Origins besides the exchange's own that a patient may sign in from (the portal's, when it is
   * served from another origin, e.g. a CDN), comma-separated. A Sign-In with Ethereum message
   * binds its domain and URI to one of them, so a signature obtained elsewhere is refused. `none`
   * says there are none (in AWS the value comes from an SSM parameter, which cannot be empty).
   */
  PATIENT_PORTAL_ORIGINS: z
    .string()
    .transform((value) => (value.trim() === PORTAL_ORIGINS_NONE ? [] : value.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '')))
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((origin) => new URL(origin).origin)))
    .default([]),
});

/** Where the vault keeps what it stores: sealed objects in S3, the catalog and the audit log in DynamoDB. */
export const vaultStoreConfigSchema = z.object({
  VAULT_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'not an S3 bucket name'),
  CATALOG_TABLE: tableName,
  AUDIT_TABLE: tableName,
  /** How many patient objects one request seals and uploads at a time. */
  VAULT_CONCURRENCY: positiveInt.max(64).default(8),
  /** An ingest intent older than this without its commit is abandoned: the repair pass deletes what it wrote. */
  REPAIR_AFTER_SECONDS: positiveInt.max(86_400).default(120),
  /**
   * The anchoring queue (SQS). When set (in AWS), each commit's index step sends it a message (ids
   * and counts only) and the anchoring function, fed by the queue, anchors; the scheduled worker
   * only nudges it. When unset (the local stack), the worker anchors on its own schedule.
   */
  ANCHOR_QUEUE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Anchoring: most commitments under one Merkle root. */
  ANCHOR_BATCH_MAX_LEAVES: positiveInt.max(100_000).default(10_000),
  /** Anchoring: a smaller batch is anchored once its oldest commitment waited this long. */
  ANCHOR_BATCH_MAX_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
});

/** Identifier systems compared exactly; a comma-separated list in the environment. */
const identifierSystems = z
  .string()
  .transform((value) => [...new Set(value.split(',').map((system) => system.trim()).filter((system) => system !== ''))])
  .pipe(z.array(z.string().regex(/^[^\s|,]+$/, 'not an identifier system URI')).min(1, 'at least one system is required'));

export const pseudonymConfigSchema = z.object({
  /**
   * The HMAC_256 KMS key (id, ARN or alias) under which patient pseudonyms are computed with
   * GenerateMac. The key material never leaves KMS.
   */
  PSEUDONYM_KMS_KEY_ID: z.string().min(1),
  /**
   * Identifier systems that link one person across providers, comma-separated, in order of
   * preference (a patient's first identifier in the first listed system that it has is used).
   */
  LINKING_IDENTIFIER_SYSTEMS: identifierSystems.default(['http://hl7.org/fhir/sid/us-ssn']),
});

/**
 * Who signs a chain transaction, as a reference (never key material):
 * - `rpc-account:N`: account N of the node's unlocked dev accounts, signing through JSON-RPC
 *   (`eth_sendTransaction`); only a local dev node (anvil) has such accounts;
 * - `kms:<key-id>`: an AWS KMS `ECC_SECG_P256K1` key, signing in KMS (functions/ledger/kms-signer.ts).
 */
export type SignerReference = { kind: 'rpc-account'; index: number } | { kind: 'kms'; keyId: string };

const signerReference = z
  .string()
  .regex(/^(rpc-account:\d{1,3}|kms:[A-Za-z0-9:/_-]{1,2048})$/, 'must be rpc-account:<index> or kms:<key-id>')
  .transform((value): SignerReference => {
    const [kind, ...rest] = value.split(':');
    return kind === 'rpc-account' ? { kind: 'rpc-account', index: Number(rest[0]) } : { kind: 'kms', keyId: rest.join(':') };
  });

/**
 * The EVM chain the exchange registers providers on. The chain is public: only organisational
 * data and opaque ids go there, never PHI. The operator relays applications (OPERATOR_ROLE), the
 * admin confirms and suspends providers (DEFAULT_ADMIN_ROLE).
 */
export const chainReadConfigSchema = z.object({
  CHAIN_RPC_URL: z.url({ protocol: /^https?$/ }),
  CHAIN_ID: positiveInt,
  PROVIDER_REGISTRY_ADDRESS: z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'not an EVM address'),
  /** The block the registry was deployed in: where the event scan of `list` starts. */
  PROVIDER_REGISTRY_FROM_BLOCK: z.coerce.number().int().min(0).default(0),
  /**
   * The RecordLocator contract (contracts/RecordLocator.sol): which confirmed providers hold
   * records for a patient pseudonym. Optional here, so that functions that only use the provider
   * registry need not be given it; functions/ledger/record-locator.ts requires it.
   */
  RECORD_LOCATOR_ADDRESS: z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'not an EVM address').optional(),
  /** The AnchorRegistry contract (Merkle roots of salted commitments); required by anchoring and $verify. */
  ANCHOR_REGISTRY_ADDRESS: z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'not an EVM address').optional(),
  /** The ConsentRegistry contract (controllers, EIP-712 consents, emergency access); required by functions/ledger/consent-registry.ts. */
  CONSENT_REGISTRY_ADDRESS: z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'not an EVM address').optional(),
  /** The ErasureJournal contract (every erasure, recorded before any key is destroyed); required by the erasures and their replay. */
  ERASURE_JOURNAL_ADDRESS: z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'not an EVM address').optional(),
  /** How long an answer of ConsentRegistry.isPermitted is trusted: a revocation is in force everywhere within it (at most 30 s). */
  CONSENT_CACHE_SECONDS: z.coerce.number().int().min(0).max(30).default(30),
});

/**
 * While the chain cannot be read, how long a provider last seen Confirmed on the ProviderRegistry
 * may keep posting data (its chain work waits, pending). Each such acceptance is logged as
 * `provider status from last confirmation` (the line to alarm on).
 */
export const providerStatusConfigSchema = z.object({
  PROVIDER_STATUS_GRACE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(900),
  /** How long a status read from the chain is trusted before it is read again. */
  PROVIDER_STATUS_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
});

/**
 * Who signs the exchange's transactions (references such as `kms:<key id>`, never keys): given
 * only to the functions that send transactions, which alone have kms:Sign on those keys.
 */
export const chainSignerConfigSchema = z.object({
  OPERATOR_SIGNER: signerReference,
  ADMIN_SIGNER: signerReference,
});

/** What the chain client reads: the chain, and the signers where the function has them. */
export const chainConfigSchema = chainReadConfigSchema.extend(chainSignerConfigSchema.partial().shape);

/**
 * Bulk Data export (functions/export): where jobs and files live, how the worker walks the
 * patients, how long links and jobs last. The de-identification keys are not here: they come
 * KMS-wrapped from the keys table (functions/export/deid-keys.ts).
 */
export const exportConfigSchema = z.object({
  EXPORT_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'not an S3 bucket name'),
  EXPORT_JOBS_TABLE: tableName,
  /**
   * The export queue (SQS). Set in AWS: a kick-off sends the job's id there and the queue-fed
   * export worker runs it (a crashed run comes back after the visibility timeout). Unset locally,
   * where the stack's worker thread takes waiting jobs from the jobs table.
   */
  EXPORT_QUEUE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** A worker holds a job this long without a checkpoint; after that another run may take it over. */
  EXPORT_LEASE_SECONDS: positiveInt.max(3600).default(120),
  /** Lifetime of a presigned download link (the manifest's Expires). */
  EXPORT_LINK_SECONDS: positiveInt.max(7 * 24 * 3600).default(3600),
  /** What a poll of a running job is told to wait (Retry-After). */
  EXPORT_RETRY_AFTER_SECONDS: positiveInt.max(3600).default(2),
  /** How long a job and its files are kept (the export bucket's lifecycle expires the files after as long). */
  EXPORT_RETENTION_DAYS: positiveInt.max(30).default(7),
});

export type HttpConfig = z.infer<typeof httpConfigSchema>;
export type ExportConfig = z.infer<typeof exportConfigSchema>;
export type VaultConfig = z.infer<typeof vaultConfigSchema>;
export type VaultStoreConfig = z.infer<typeof vaultStoreConfigSchema>;
export type AwsConfig = z.infer<typeof awsConfigSchema>;
export type AuthConfig = z.infer<typeof authConfigSchema>;
export type PseudonymConfig = z.infer<typeof pseudonymConfigSchema>;
export type ChainConfig = z.infer<typeof chainConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses `env` with `schema`, failing with the names of the bad variables (never their values,
 * which could be anything an operator pasted into the wrong place).
 */
export function parseConfig<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const picked: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    picked[key] = value === '' ? undefined : value;
  }
  const result = schema.safeParse(picked);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return result.data;
}
