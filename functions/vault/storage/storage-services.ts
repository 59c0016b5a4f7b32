import { parseConfig, vaultStoreConfigSchema } from '../../../schemas/config.ts';
import type { VaultStoreConfig } from '../../../schemas/config.ts';
import { awsClients } from '../../platform/aws-clients.ts';
import { AuditLog } from './audit-log.ts';
import { Catalog } from './catalog.ts';
import { VaultObjects } from './vault-objects.ts';

/**
 * The vault's storage for one process, built from the environment on first use: the catalog, the
 * audit log and the bucket (without keys). The services each function uses are built on it in
 * their own modules, so that a function's bundle carries only what it uses:
 *
 * | module | services | used by |
 * |---|---|---|
 * | storage/storage-services.ts | storage, vaultCatalog, repairAfterSeconds | all below |
 * | storage/sealing-services.ts | branch keys, sealed objects | fhir-read, fhir-erase, admin-erasures, fhir-ingest |
 * | read/read-services.ts | vaultReader | fhir-read |
 * | read/verification-services.ts | vaultVerification | fhir-read |
 * | erase/erasure-services.ts | vaultErasure | fhir-erase, admin-erasures |
 * | ingest/ingest-services.ts | vaultIngest (validator, pseudonyms, identifier tokens) | fhir-ingest |
 * | anchoring/anchoring-services.ts | vaultCommitIndex (repair), vaultAnchoring, the anchoring queue | vault-worker, anchor-worker |
 */

let storage: { config: VaultStoreConfig; catalog: Catalog; audit: AuditLog; objects: VaultObjects } | undefined;

/** Catalog, audit log and the bucket; `objects` here cannot seal or open (sealing-services.ts can). */
export function vaultStorage() {
  if (!storage) {
    const config = parseConfig(vaultStoreConfigSchema);
    const clients = awsClients();
    storage = {
      config,
      catalog: new Catalog(clients.documents, config.CATALOG_TABLE),
      audit: new AuditLog(clients.documents, config.AUDIT_TABLE),
      objects: new VaultObjects(clients.s3, config.VAULT_BUCKET),
    };
  }
  return storage;
}

export function vaultCatalog(): Catalog {
  return vaultStorage().catalog;
}

/** Seconds after which the repair pass takes over an unfinished ingest. */
export function repairAfterSeconds(): number {
  return vaultStorage().config.REPAIR_AFTER_SECONDS;
}
