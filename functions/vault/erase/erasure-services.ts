import { erasureJournal } from '../../ledger/erasure-journal.ts';
import { vaultSealing } from '../storage/sealing-services.ts';
import { ErasureReplay } from './erasure-replay.ts';
import { VaultErasure } from './vault-erasure.ts';
import { vaultStorage } from '../storage/storage-services.ts';

let erasure: VaultErasure | undefined;
export function vaultErasure(): VaultErasure {
  const { catalog, audit } = vaultStorage();
  const { keyring, objects } = vaultSealing();
  return (erasure ??= new VaultErasure(catalog, objects, keyring, audit, erasureJournal()));
}

let replay: ErasureReplay | undefined;
/** The replay of journaled erasures (erasure-replay.ts) over this process's vault and chain client. */
export function vaultErasureReplay(): ErasureReplay {
  return (replay ??= new ErasureReplay(vaultStorage().catalog, vaultErasure(), erasureJournal()));
}
