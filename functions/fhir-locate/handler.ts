import type { Parameters, ParametersParameter } from 'fhir/r4.d.ts';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { accessServices } from '../access/access-services.ts';
import { awsClients } from '../platform/aws-clients.ts';
import { parseConfig, pseudonymConfigSchema } from '../../schemas/config.ts';
import type { PseudonymConfig } from '../../schemas/config.ts';
import { badRequest, notFound } from '../fhir/outcomes.ts';
import { requirePrincipal } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { requireScope } from '../http/middleware/smart-auth.ts';
import { fhirResponse } from '../http/responses.ts';
import { onChainProviderId, providerRegistry } from '../ledger/provider-registry.ts';
import type { OnChainProvider } from '../ledger/provider-registry.ts';
import { recordLocator } from '../ledger/record-locator.ts';
import { PseudonymService, normaliseIdentifier } from '../vault/storage/patient-pseudonym.ts';

/**
 * `GET [base]/$locate?identifier=system|value`: which providers hold records for the patient with
 * this linking identifier (by default a US SSN), as a Parameters resource shaped like an IHE PIXm
 * $ihe-pix answer, one `provider` parameter per provider:
 *
 *   { name: 'provider', part: [
 *       { name: 'organization', valueReference: { reference: 'Organization/<providerId>', display: <name> } },
 *       { name: 'endpoint', valueUrl: <its FHIR base> } ] }
 *
 * The identifier is normalised and pseudonymised (KMS GenerateMac), the pseudonym's holdings read
 * from the RecordLocator contract, and each provider resolved on the ProviderRegistry: only
 * providers that are Confirmed now are reported. An identifier nobody holds records for is an
 * empty Parameters (200). Provider clients with a read scope on Patient only.
 *
 * The identifier appears in no log line, error or response: the request log has the route
 * template only, and errors say what is wrong with it without repeating it.
 */

let pseudonyms: { config: PseudonymConfig; service: PseudonymService } | undefined;
function pseudonymService() {
  if (!pseudonyms) {
    const config = parseConfig(pseudonymConfigSchema);
    pseudonyms = { config, service: new PseudonymService({ kms: awsClients().kms, keyId: config.PSEUDONYM_KMS_KEY_ID, linkingSystems: config.LINKING_IDENTIFIER_SYSTEMS }) };
  }
  return pseudonyms;
}

/** The chain knows keccak256(providerId) only; the client registry knows the providers' ids. */
const PROVIDER_IDS_TTL_MS = 60_000;
let providerIds: { at: number; byOnChainId: Promise<Map<string, string>> } | undefined;
async function exchangeProviderIds(refresh: boolean): Promise<Map<string, string>> {
  const now = Date.now();
  // A refresh is granted at most once a second, so unknown providers cannot make every request scan.
  if (!providerIds || now - providerIds.at > PROVIDER_IDS_TTL_MS || (refresh && now - providerIds.at > 1_000)) {
    const loading = accessServices()
      .clients.list()
      .then((clients) => new Map(clients.flatMap((client) => (client.providerId ? [[onChainProviderId(client.providerId).toLowerCase(), client.providerId] as const] : []))));
    providerIds = { at: now, byOnChainId: loading };
    loading.catch(() => {
      if (providerIds?.byOnChainId === loading) providerIds = undefined;
    });
  }
  return providerIds.byOnChainId;
}

/**
 * The `identifier` query parameter, split at its first `|` (FHIR token syntax). Exactly one is
 * required. Messages never carry the value.
 */
export function identifierParameter(event: Pick<APIGatewayProxyEventV2, 'rawQueryString'>): { system: string; value: string } {
  const values = new URLSearchParams(event.rawQueryString ?? '').getAll('identifier');
  if (values.length !== 1) throw badRequest('$locate needs exactly one identifier parameter (identifier=system|value)', 'identifier');
  const text = values[0]!;
  const bar = text.indexOf('|');
  if (bar < 0) throw badRequest('The identifier must be system|value', 'identifier');
  const system = text.slice(0, bar).trim();
  const value = text.slice(bar + 1).trim();
  if (system === '' || value === '') throw badRequest('The identifier must be system|value, with neither part empty', 'identifier');
  return { system, value };
}

function providerParameter(providerId: string, provider: OnChainProvider): ParametersParameter {
  return {
    name: 'provider',
    part: [
      { name: 'organization', valueReference: { reference: `Organization/${providerId}`, display: provider.name } },
      { name: 'endpoint', valueUrl: provider.fhirEndpoint },
    ],
  };
}

export const handler = httpHandler(
  async (event, context) => {
    if (event.routeKey !== 'GET /fhir/$locate') throw notFound('No such endpoint on this server');
    requireScope(requirePrincipal(context), 'Patient', 'r');

    const { system, value } = identifierParameter(event);
    const { config, service } = pseudonymService();
    if (!config.LINKING_IDENTIFIER_SYSTEMS.includes(system)) {
      throw badRequest(`The identifier system is not one the exchange links patients by (${config.LINKING_IDENTIFIER_SYSTEMS.join(', ')})`, 'identifier');
    }
    if (normaliseIdentifier(system, value) === undefined) throw badRequest('The identifier value is not valid for its system', 'identifier');
    const pseudonym = await service.forIdentifier(system, value);

    const locator = recordLocator();
    const registry = providerRegistry();
    // One block for every read: holdings and statuses as they stood together.
    const blockNumber = await registry.chain.provider.getBlockNumber();
    const held = await locator.providersOf(pseudonym, blockNumber);
    const found = await Promise.all(held.map((onChainId) => registry.find({ onChainId }, blockNumber)));
    const confirmed = held.flatMap((onChainId, index) => (found[index]?.status === 'Confirmed' ? [{ onChainId, provider: found[index] }] : []));

    let ids = confirmed.length > 0 ? await exchangeProviderIds(false) : new Map<string, string>();
    if (confirmed.some(({ onChainId }) => !ids.has(onChainId))) ids = await exchangeProviderIds(true);
    const parameter = confirmed.map(({ onChainId, provider }) =>
      // A provider no client acts for is named by its on-chain id without 0x (a FHIR id is at most 64 characters).
      providerParameter(ids.get(onChainId) ?? onChainId.slice(2), provider),
    );
    const result: Parameters = { resourceType: 'Parameters', ...(parameter.length > 0 ? { parameter } : {}) };
    return fhirResponse(200, result, { 'Cache-Control': 'no-store' });
  },
  { function: 'fhir-locate', auth: { kind: 'role', roles: ['provider'] } },
);
