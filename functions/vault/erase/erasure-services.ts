import { vaultSealing } from '../storage/sealing-services.ts';
import { VaultErasure } from './vault-erasure.ts';
import { vaultStorage } from '../storage/storage-services.ts';

let erasure: VaultErasure | undefined;
export function vaultErasure(): VaultErasure {
  const { catalog, audit } = vaultStorage();
  const { keyring, objects } = vaultSealing();
  return (erasure ??= new VaultErasure(catalog, objects, keyring, audit));
}
