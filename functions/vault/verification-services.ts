import { anchorRegistry } from '../ledger/anchor-registry.ts';
import { vaultSealing } from './sealing-services.ts';
import { vaultStorage } from './vault-services.ts';
import { VaultVerification } from './vault-verification.ts';

let verification: VaultVerification | undefined;
export function vaultVerification(): VaultVerification {
  const { catalog, audit } = vaultStorage();
  return (verification ??= new VaultVerification(catalog, vaultSealing().objects, anchorRegistry(), audit));
}
