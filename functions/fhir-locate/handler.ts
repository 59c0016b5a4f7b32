import type { Parameters, ParametersParameter } from 'fhir/r4.d.ts';
import { exportKickOff } from '../fhir-export/kick-off.ts';
import { forbidden, notFound } from '../fhir/outcomes.ts';
import { requirePrincipal } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { requireScope } from '../http/middleware/smart-auth.ts';
import { fhirResponse } from '../http/responses.ts';
import { confirmedHolders } from '../ledger/holding-providers.ts';
import type { OnChainProvider } from '../ledger/provider-registry.ts';
import { identifierParameter, personIdentifiers } from '../vault/storage/person-identifier.ts';

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
    // GET [base]/$export shares this function's API Gateway route (GET /fhir/{operation}).
    if (event.routeKey === 'GET /fhir/$export') return exportKickOff(event, context);
    if (event.routeKey !== 'GET /fhir/$locate') throw notFound('No such endpoint on this server');
    if (requirePrincipal(context).kind !== 'provider') throw forbidden('This endpoint is for provider clients');
    requireScope(requirePrincipal(context), 'Patient', 'r');

    const pseudonym = await personIdentifiers().pseudonymOf(identifierParameter(event.rawQueryString, '$locate'));

    const parameter = (await confirmedHolders(pseudonym)).map(({ providerId, provider }) => providerParameter(providerId, provider));
    const result: Parameters = { resourceType: 'Parameters', ...(parameter.length > 0 ? { parameter } : {}) };
    return fhirResponse(200, result, { 'Cache-Control': 'no-store' });
  },
  { function: 'fhir-locate', auth: { kind: 'role', roles: ['provider', 'research'] } },
);
