import { forbidden, serviceUnavailable } from '../fhir/outcomes.ts';
import { providerRegistry } from './provider-registry.ts';

/**
 * Whether a provider is Confirmed on the on-chain ProviderRegistry, as the chain said at most
 * STATUS_TTL_MS ago: only confirmed providers post data, and only they read other providers'
 * records (with consent, or in an emergency, which also goes on chain in their name).
 */

/** How long a provider's on-chain status is trusted before it is read again. */
const STATUS_TTL_MS = 30_000;
const statuses = new Map<string, { at: number; status: Promise<string | undefined> }>();

/** Resolves when `providerId` is Confirmed; 403 when it is not, 503 when the registry cannot be read. `what` completes "only confirmed providers can …". */
export async function assertConfirmed(providerId: string, what: string): Promise<void> {
  const now = Date.now();
  let known = statuses.get(providerId);
  if (!known || now - known.at > STATUS_TTL_MS) {
    known = { at: now, status: providerRegistry().find(providerId).then((provider) => provider?.status) };
    statuses.set(providerId, known);
    known.status.catch(() => statuses.delete(providerId));
  }
  const status = await known.status.catch(() => {
    throw serviceUnavailable('The provider registry on chain cannot be read; nothing was done. Retry later.', 5);
  });
  if (status !== 'Confirmed') throw forbidden(`The provider is ${status ?? 'not registered'} on the provider registry: only confirmed providers can ${what}`);
}
