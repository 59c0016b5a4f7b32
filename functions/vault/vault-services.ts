import { authConfigSchema, parseConfig, vaultStoreConfigSchema } from '../../schemas/config.ts';
import { loadWrappedSecret } from '../access/wrapped-secret.ts';
import { awsClients } from '../platform/aws-clients.ts';
import { AuditLog } from './audit-log.ts';
import { Catalog } from './catalog.ts';
import { IDENTIFIER_TOKEN_SECRET, IdentifierTokens } from './identifier-tokens.ts';
import { PatientKeyring } from './patient-keys.ts';
import { pseudonymServiceFromEnv } from './patient-pseudonym.ts';
import { SealedObjects } from './sealed-object.ts';
import { VaultErasure } from './vault-erasure.ts';
import { VaultIngest } from './vault-ingest.ts';
import { VaultObjects } from './vault-objects.ts';
import { VaultReader } from './vault-reader.ts';
import { VaultVerification } from './vault-verification.ts';
import { Anchoring } from './anchoring.ts';
import { anchoringQueue } from './anchoring-queue.ts';
import type { AnchoringNudge } from './anchoring-queue.ts';
import { anchorRegistry } from '../ledger/anchor-registry.ts';

/**
 * The vault's services for one process, built from the environment on first use. Each function
 * asks only for what it uses (the read function never builds the ingest, so it needs neither the
 * pseudonym key nor the identifier token key).
 */

let base:
  | {
      catalog: Catalog;
      objects: VaultObjects;
      keyring: PatientKeyring;
      audit: AuditLog;
      concurrency: number;
      repairAfterSeconds: number;
      anchorMaxLeaves: number;
      anchorMaxWaitSeconds: number;
      anchorQueueUrl: string | undefined;
    }
  | undefined;
function vaultBase() {
  if (!base) {
    const config = parseConfig(vaultStoreConfigSchema);
    const clients = awsClients();
    const keyring = PatientKeyring.fromEnvironment();
    base = {
      catalog: new Catalog(clients.documents, config.CATALOG_TABLE),
      objects: new VaultObjects(clients.s3, config.VAULT_BUCKET, new SealedObjects(keyring)),
      keyring,
      audit: new AuditLog(clients.documents, config.AUDIT_TABLE),
      concurrency: config.VAULT_CONCURRENCY,
      repairAfterSeconds: config.REPAIR_AFTER_SECONDS,
      anchorMaxLeaves: config.ANCHOR_BATCH_MAX_LEAVES,
      anchorMaxWaitSeconds: config.ANCHOR_BATCH_MAX_WAIT_SECONDS,
      anchorQueueUrl: config.ANCHOR_QUEUE_URL,
    };
  }
  return base;
}

let ingest: Promise<VaultIngest> | undefined;
/** Ingest (and repair): creates the identifier token key on first use if it does not exist. */
export function vaultIngest(): Promise<VaultIngest> {
  if (!ingest) {
    ingest = (async () => {
      const vault = vaultBase();
      const auth = parseConfig(authConfigSchema);
      const clients = awsClients();
      const key = await loadWrappedSecret({ kms: clients.kms, documents: clients.documents, table: auth.KEYS_TABLE, kmsKeyId: auth.EXCHANGE_KMS_KEY_ID }, IDENTIFIER_TOKEN_SECRET, { create: true });
      return new VaultIngest({
        catalog: vault.catalog,
        objects: vault.objects,
        keyring: vault.keyring,
        pseudonyms: pseudonymServiceFromEnv(),
        tokens: new IdentifierTokens(key!),
        concurrency: vault.concurrency,
        ...(vault.anchorQueueUrl ? { notifyAnchoring: anchoringQueue(vault.anchorQueueUrl) } : {}),
      });
    })();
    ingest.catch(() => (ingest = undefined));
  }
  return ingest;
}

let reader: VaultReader | undefined;
export function vaultReader(): VaultReader {
  const vault = vaultBase();
  return (reader ??= new VaultReader(vault.catalog, vault.objects, vault.audit));
}

let erasure: VaultErasure | undefined;
export function vaultErasure(): VaultErasure {
  const vault = vaultBase();
  return (erasure ??= new VaultErasure(vault.catalog, vault.objects, vault.keyring, vault.audit));
}

let verification: VaultVerification | undefined;
export function vaultVerification(): VaultVerification {
  const vault = vaultBase();
  return (verification ??= new VaultVerification(vault.catalog, vault.objects, anchorRegistry(), vault.audit));
}

let anchoring: Anchoring | undefined;
export function vaultAnchoring(): { anchoring: Anchoring; maxLeaves: number; maxWaitSeconds: number; queue?: (nudge: AnchoringNudge) => Promise<void> } {
  const vault = vaultBase();
  anchoring ??= new Anchoring(vault.catalog, vault.objects, anchorRegistry());
  return { anchoring, maxLeaves: vault.anchorMaxLeaves, maxWaitSeconds: vault.anchorMaxWaitSeconds, ...(vault.anchorQueueUrl ? { queue: anchoringQueue(vault.anchorQueueUrl) } : {}) };
}

export function vaultCatalog() {
  return vaultBase().catalog;
}

/** Seconds after which the repair pass takes over an unfinished ingest. */
export function repairAfterSeconds(): number {
  return vaultBase().repairAfterSeconds;
}
