import { authConfigSchema, parseConfig } from '../../../schemas/config.ts';
import { loadWrappedSecret } from '../../access/wrapped-secret.ts';
import { awsClients } from '../../platform/aws-clients.ts';
import { IDENTIFIER_TOKEN_SECRET, IdentifierTokens } from '../storage/identifier-tokens.ts';
import { vaultSealing } from '../storage/sealing-services.ts';
import { vaultStorage } from '../storage/storage-services.ts';
import { CompartmentSearch } from './compartment-search.ts';
import { VaultReader } from './vault-reader.ts';

let reader: VaultReader | undefined;
export function vaultReader(): VaultReader {
  const { catalog, audit } = vaultStorage();
  return (reader ??= new VaultReader(catalog, vaultSealing().objects, audit));
}

let tokens: Promise<IdentifierTokens | undefined> | undefined;
/**
 * The identifier token key, read (never created: the ingest creates it with the first Patient it
 * stores; until then no Patient has a token to find).
 */
function identifierTokens(): Promise<IdentifierTokens | undefined> {
  if (!tokens) {
    const auth = parseConfig(authConfigSchema);
    const clients = awsClients();
    tokens = loadWrappedSecret({ kms: clients.kms, documents: clients.documents, table: auth.KEYS_TABLE, kmsKeyId: auth.EXCHANGE_KMS_KEY_ID }, IDENTIFIER_TOKEN_SECRET, { create: false }).then((key) => (key ? new IdentifierTokens(key) : undefined));
    // Absent now, it may exist on the next request; a failure is retried too.
    tokens.then((found) => (found ? undefined : (tokens = undefined)), () => (tokens = undefined));
  }
  return tokens;
}

let search: CompartmentSearch | undefined;
export function compartmentSearch(): CompartmentSearch {
  return (search ??= new CompartmentSearch(vaultReader(), vaultStorage().catalog, identifierTokens));
}
