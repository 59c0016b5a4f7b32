import { authConfigSchema, parseConfig } from '../../../schemas/config.ts';
import { loadWrappedSecret } from '../../access/wrapped-secret.ts';
import { awsClients } from '../../platform/aws-clients.ts';
import { anchoringQueue } from '../anchoring/anchoring-queue.ts';
import { IDENTIFIER_TOKEN_SECRET, IdentifierTokens } from '../storage/identifier-tokens.ts';
import { pseudonymServiceFromEnv } from '../storage/patient-pseudonym.ts';
import { vaultSealing } from '../storage/sealing-services.ts';
import { VaultIngest } from './vault-ingest.ts';
import { vaultStorage } from '../storage/storage-services.ts';

let ingest: Promise<VaultIngest> | undefined;
/** The ingest: creates the identifier token key on first use if it does not exist. */
export function vaultIngest(): Promise<VaultIngest> {
  if (!ingest) {
    ingest = (async () => {
      const { config, catalog } = vaultStorage();
      const { keyring, objects } = vaultSealing();
      const auth = parseConfig(authConfigSchema);
      const clients = awsClients();
      const key = await loadWrappedSecret({ kms: clients.kms, documents: clients.documents, table: auth.KEYS_TABLE, kmsKeyId: auth.EXCHANGE_KMS_KEY_ID }, IDENTIFIER_TOKEN_SECRET, { create: true });
      return new VaultIngest({
        catalog,
        objects,
        keyring,
        pseudonyms: pseudonymServiceFromEnv(),
        tokens: new IdentifierTokens(key!),
        concurrency: config.VAULT_CONCURRENCY,
        ...(config.ANCHOR_QUEUE_URL ? { notifyAnchoring: anchoringQueue(config.ANCHOR_QUEUE_URL) } : {}),
      });
    })();
    ingest.catch(() => (ingest = undefined));
  }
  return ingest;
}
