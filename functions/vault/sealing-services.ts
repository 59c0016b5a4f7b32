import { awsClients } from '../platform/aws-clients.ts';
import { PatientKeyring } from './patient-keys.ts';
import { SealedObjects } from './sealed-object.ts';
import { VaultObjects } from './vault-objects.ts';
import { VaultReader } from './vault-reader.ts';
import { vaultStorage } from './vault-services.ts';

/** Branch keys and the objects they seal (see vault-services.ts for how the services are split). */
let sealing: { keyring: PatientKeyring; objects: VaultObjects } | undefined;
export function vaultSealing() {
  if (!sealing) {
    const { config } = vaultStorage();
    const keyring = PatientKeyring.fromEnvironment();
    sealing = { keyring, objects: new VaultObjects(awsClients().s3, config.VAULT_BUCKET, new SealedObjects(keyring)) };
  }
  return sealing;
}

let reader: VaultReader | undefined;
export function vaultReader(): VaultReader {
  const { catalog, audit } = vaultStorage();
  return (reader ??= new VaultReader(catalog, vaultSealing().objects, audit));
}
