import { awsClients } from '../../platform/aws-clients.ts';
import { PatientKeyring } from './patient-keys.ts';
import { SealedObjects } from './sealed-object.ts';
import { VaultObjects } from './vault-objects.ts';
import { vaultStorage } from './storage-services.ts';

/** Branch keys and the objects they seal (see storage-services.ts for how the services are split). */
let sealing: { keyring: PatientKeyring; objects: VaultObjects } | undefined;
export function vaultSealing() {
  if (!sealing) {
    const { config } = vaultStorage();
    const keyring = PatientKeyring.fromEnvironment();
    sealing = { keyring, objects: new VaultObjects(awsClients().s3, config.VAULT_BUCKET, new SealedObjects(keyring)) };
  }
  return sealing;
}
