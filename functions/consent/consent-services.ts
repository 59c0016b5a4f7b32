import { consentConfigSchema, parseConfig } from '../../schemas/config.ts';
import { accessServices } from '../access/access-services.ts';
import { consentRegistry } from '../ledger/consent-registry.ts';
import { granteeKey } from '../ledger/consent-registry.ts';
import { awsClients } from '../platform/aws-clients.ts';
import type { EnrollmentDeps } from './enrollment.ts';
import { OneTimeCodes } from './one-time-codes.ts';

/** The consent flows' services, built once per process on first use (the consent section: the one-time code table; the chain section). */
let codes: OneTimeCodes | undefined;
export function consentServices(): EnrollmentDeps {
  codes ??= new OneTimeCodes(awsClients().documents, parseConfig(consentConfigSchema).ONE_TIME_CODES_TABLE);
  return { codes, consents: consentRegistry() };
}

const GRANTEES_TTL_MS = 60_000;
let grantees: { at: number; byKey: Promise<Map<string, string>> } | undefined;

/**
 * Who an on-chain id is: the exchange id of every provider (its provider id) and research client
 * (its client id) the registry knows, by keccak256 of the id (as the provider registry, the
 * record locator and the consent registry name them). Read from the client registry at most once a
 * minute; `refresh` (an id was not found) re-reads it, at most once a second, so unknown ids
 * cannot make every request scan. The registry is the access services' (accessServices(): the
 * function reads the auth section, and needs dynamodb:Scan on the clients table).
 */
export async function exchangeIds(refresh = false): Promise<(onChainId: string) => string | undefined> {
  const now = Date.now();
  if (!grantees || now - grantees.at > GRANTEES_TTL_MS || (refresh && now - grantees.at > 1_000)) {
    const loading = accessServices()
      .clients.list()
      .then((clients) => {
        const ids = clients.flatMap((client) => (client.providerId ? [client.providerId] : client.role === 'research' ? [client.clientId] : []));
        return new Map(ids.map((id) => [granteeKey(id).toLowerCase(), id] as const));
      });
    grantees = { at: now, byKey: loading };
    loading.catch(() => {
      if (grantees?.byKey === loading) grantees = undefined;
    });
  }
  const byKey = await grantees.byKey;
  return (onChainId) => byKey.get(onChainId.toLowerCase());
}
