import { parseConfig, providerStatusConfigSchema } from '../../schemas/config.ts';
import { forbidden, serviceUnavailable } from '../fhir/outcomes.ts';
import { logger } from '../platform/logger.ts';
import { providerRegistry } from './provider-registry.ts';

/**
 * Whether a provider is Confirmed on the on-chain ProviderRegistry, as the chain said at most
 * PROVIDER_STATUS_CACHE_SECONDS (default 30) ago: only confirmed providers post data, and only they read other providers'
 * records (with consent, or in an emergency, which also goes on chain in their name).
 *
 * When the chain cannot be read, posting data (`lastConfirmedGrace`) goes on for a provider this
 * process saw Confirmed at most PROVIDER_STATUS_GRACE_SECONDS ago (default 15 min): each such
 * acceptance is logged, and the chain work of what it stores stays pending until the chain is
 * back. Anything else that needs the status answers 503 with Retry-After.
 */

/** After a failed read, how long before the chain is asked again (requests meanwhile use the failure). */
const FAILURE_TTL_MS = 2_000;
const statuses = new Map<string, { at: number; ttl: number; status: Promise<string | undefined> }>();
/** When each provider was last read as Confirmed. */
const lastConfirmed = new Map<string, number>();
let config: { graceMs: number; ttlMs: number } | undefined;

function settings(): { graceMs: number; ttlMs: number } {
  if (!config) {
    const parsed = parseConfig(providerStatusConfigSchema);
    config = { graceMs: parsed.PROVIDER_STATUS_GRACE_SECONDS * 1000, ttlMs: parsed.PROVIDER_STATUS_CACHE_SECONDS * 1000 };
  }
  return config;
}
const grace = () => settings().graceMs;

/**
 * The log line of a request accepted under the grace (the chain could not be read): a metric
 * filter counts these lines and an alarm tells the operator (infra/cdk/alarms.ts).
 */
export const GRACE_LOG_MESSAGE = 'provider status from last confirmation';

export interface AssertConfirmedOptions {
  /** Accept a provider last seen Confirmed within the configured grace when the chain cannot be read. */
  lastConfirmedGrace?: boolean;
  now?: () => number;
}

/** Resolves when `providerId` is Confirmed; 403 when it is not, 503 when the registry cannot be read. `what` completes "only confirmed providers can …". */
export async function assertConfirmed(providerId: string, what: string, options: AssertConfirmedOptions = {}): Promise<void> {
  const now = (options.now ?? Date.now)();
  let known = statuses.get(providerId);
  if (!known || now - known.at > known.ttl) {
    const entry = { at: now, ttl: settings().ttlMs, status: providerRegistry().find(providerId).then((provider) => provider?.status) };
    entry.status.catch(() => {
      entry.ttl = FAILURE_TTL_MS;
    });
    known = entry;
    statuses.set(providerId, entry);
  }
  const readAt = known.at;
  let status: string | undefined;
  try {
    status = await known.status;
  } catch {
    const seen = lastConfirmed.get(providerId);
    if (options.lastConfirmedGrace && seen !== undefined && now - seen <= grace()) {
      logger.warn(GRACE_LOG_MESSAGE, { providerId, lastConfirmedSecondsAgo: Math.round((now - seen) / 1000), graceSeconds: grace() / 1000 });
      return;
    }
    throw serviceUnavailable('The provider registry on chain cannot be read; nothing was done. Retry later.', 5);
  }
  if (status === 'Confirmed') lastConfirmed.set(providerId, Math.max(lastConfirmed.get(providerId) ?? 0, readAt));
  else lastConfirmed.delete(providerId);
  if (status !== 'Confirmed') throw forbidden(`The provider is ${status ?? 'not registered'} on the provider registry: only confirmed providers can ${what}`);
}

/** Forgets every status read (tests). */
export function resetProviderStatuses(): void {
  statuses.clear();
  lastConfirmed.clear();
  config = undefined;
}
