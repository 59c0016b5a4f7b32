import { STORABLE_RESOURCE_TYPES } from '../routes.ts';
import { badRequest, forbidden, notFound } from '../fhir/outcomes.ts';
import { httpHandler } from '../http/http-handler.ts';
import { requireScope } from '../http/middleware/smart-auth.ts';
import { fhirResponse } from '../http/responses.ts';
import { vaultReader } from '../vault/read/read-services.ts';
import { vaultVerification } from '../vault/read/verification-services.ts';
import { verificationParameters } from '../vault/read/vault-verification.ts';

const STORABLE = new Set(STORABLE_RESOURCE_TYPES);
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const VERSION_ID = /^[1-9]\d{0,9}$/;

/**
 * `GET [base]/{type}/{id}`, `GET [base]/{type}/{id}/_history/{vid}` and
 * `GET [base]/Patient/{id}/$everything`: reads from the vault (functions/vault/read/vault-reader.ts);
 * `GET [base]/{type}/{id}/$verify`: the resource against its anchored commitment (vault-verification.ts).
 * A provider client reads what its provider sent; ETag and Last-Modified name the version.
 */
export const handler = httpHandler(
  async (event, context) => {
    const principal = context.exchange.principal!;
    if (!principal.providerId) throw forbidden('Only a client acting for a provider can read records (consent-based access comes later)');
    const { id, vid } = event.pathParameters ?? {};
    // Only the Patient-level routes name no {type} (in API Gateway, $verify on a Patient arrives on $everything's route).
    const type = event.pathParameters?.['type'] ?? 'Patient';
    if (!STORABLE.has(type)) throw notFound(`${type} is not a FHIR R4 resource type`);
    if (!id || !FHIR_ID.test(id)) throw badRequest('Not a FHIR resource id', 'id');
    const reader = { clientId: principal.clientId, providerId: principal.providerId, requestId: context.exchange.requestId };

    if (event.rawPath.endsWith('/$everything')) {
      requireScope(principal, 'Patient', 'r');
      const bundle = await vaultReader().everything(reader, id, context.exchange.fhirBase);
      return fhirResponse(200, bundle, { 'Cache-Control': 'no-store' });
    }
    requireScope(principal, type, 'r');
    if (event.rawPath.endsWith('/$verify')) {
      const verification = await vaultVerification().verify(reader, type, id);
      return fhirResponse(200, verificationParameters(verification), { 'Cache-Control': 'no-store' });
    }
    if (vid !== undefined && !VERSION_ID.test(vid)) throw notFound(`${type}/${id} has no version ${vid}`);
    const result = await vaultReader().read(reader, type, id, vid === undefined ? undefined : Number(vid));
    return fhirResponse(200, result.resource, {
      ETag: `W/"${result.versionId}"`,
      'Last-Modified': new Date(result.lastUpdated).toUTCString(),
      'Content-Location': `${context.exchange.fhirBase}/${type}/${id}/_history/${result.versionId}`,
      'Cache-Control': 'no-store',
    });
  },
  { function: 'fhir-read', auth: { kind: 'role', roles: ['provider'] } },
);
