import { vaultSealing } from '../storage/sealing-services.ts';
import { vaultStorage } from '../storage/storage-services.ts';
import { VaultReader } from './vault-reader.ts';

let reader: VaultReader | undefined;
export function vaultReader(): VaultReader {
  const { catalog, audit } = vaultStorage();
  return (reader ??= new VaultReader(catalog, vaultSealing().objects, audit));
}
