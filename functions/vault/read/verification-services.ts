import { anchorRegistry } from '../../ledger/anchor-registry.ts';
import { vaultSealing } from '../storage/sealing-services.ts';
import { vaultStorage } from '../storage/storage-services.ts';
import { VaultVerification } from './vault-verification.ts';

let verification: VaultVerification | undefined;
export function vaultVerification(): VaultVerification {
  const { catalog, audit } = vaultStorage();
  return (verification ??= new VaultVerification(catalog, vaultSealing().objects, anchorRegistry(), audit));
}
