import { exchangeIds } from '../consent/consent-services.ts';
import { providerRegistry } from './provider-registry.ts';
import type { OnChainProvider } from './provider-registry.ts';
import { recordLocator } from './record-locator.ts';

/** A provider that holds records for a pseudonym, as the chain says: its exchange id, and its registry entry. */
export interface HoldingProvider {
  /** The exchange's id of the provider; its on-chain id without 0x when no client acts for it. */
  providerId: string;
  provider: OnChainProvider;
}

/**
 * The record locator's answer for a pseudonym: its holdings on the RecordLocator, each provider
 * resolved on the ProviderRegistry, only those Confirmed now, all read at one block (holdings and
 * statuses as they stood together). Used by `$locate` (providers) and by the patient's holders.
 */
export async function confirmedHolders(pseudonym: string): Promise<HoldingProvider[]> {
  const locator = recordLocator();
  const registry = providerRegistry();
  const blockNumber = await registry.chain.provider.getBlockNumber();
  const held = await locator.providersOf(pseudonym, blockNumber);
  const found = await Promise.all(held.map((onChainId) => registry.find({ onChainId }, blockNumber)));
  const confirmed = held.flatMap((onChainId, index) => (found[index]?.status === 'Confirmed' ? [{ onChainId, provider: found[index] }] : []));
  let idOf = await exchangeIds();
  if (confirmed.some(({ onChainId }) => !idOf(onChainId))) idOf = await exchangeIds(true);
  // A provider no client acts for is named by its on-chain id without 0x (a FHIR id is at most 64 characters).
  return confirmed.map(({ onChainId, provider }) => ({ providerId: idOf(onChainId) ?? onChainId.slice(2), provider }));
}
