import type { ProviderRegistry, ProviderStatus } from '../../functions/ledger/provider-registry.ts';
import { DEV_CLIENTS } from './provision.ts';

/**
 * The dev providers of the local stack (the providers the dev provider clients act for), put on
 * the chain's provider registry at start-up: applied by the operator, confirmed by the admin.
 * Idempotent: a confirmed provider is skipped (a warm start sends no transaction), an applied one
 * is confirmed, and a suspended one stays suspended, as a suspended dev client does.
 *
 * Endpoints are under the reserved `.example` TLD: the registry cannot change an endpoint, and
 * the local stack's own port changes between starts. They do not spell the exchange ids (which
 * never go on chain in clear; the on-chain id is their hash).
 */

interface DevProviderDetails {
  name: string;
  fhirEndpoint: string;
}

const DETAILS: Readonly<Record<string, DevProviderDetails>> = {
  'dev-hospital-a': { name: 'Dev Hospital A', fhirEndpoint: 'https://fhir.hospital-a.example/r4' },
  'dev-clinic-b': { name: 'Dev Clinic B', fhirEndpoint: 'https://fhir.clinic-b.example/r4' },
};

/** Public, non-PHI, and the same JSON form the admin API writes (sorted keys). */
const METADATA = JSON.stringify({ environment: 'local-dev' });

export interface DevProvider extends DevProviderDetails {
  providerId: string;
}

export const DEV_PROVIDERS: readonly DevProvider[] = [
  ...new Set(DEV_CLIENTS.flatMap((client) => (client.providerId ? [client.providerId] : []))),
].map((providerId) => {
  const details = DETAILS[providerId];
  if (!details) throw new Error(`seed-providers: no name and endpoint for dev provider ${providerId}`);
  return { providerId, ...details };
});

export interface SeededProvider {
  providerId: string;
  onChainId: string;
  status: ProviderStatus;
}

export async function seedDevProviders(registry: ProviderRegistry): Promise<SeededProvider[]> {
  return Promise.all(
    DEV_PROVIDERS.map(async ({ providerId, name, fhirEndpoint }) => {
      let provider = await registry.find(providerId);
      provider ??= (await registry.apply({ providerId, name, fhirEndpoint, metadata: METADATA })).provider;
      if (provider.status === 'Applied') provider = (await registry.confirm(providerId)).provider;
      return { providerId, onChainId: provider.onChainId, status: provider.status };
    }),
  );
}
