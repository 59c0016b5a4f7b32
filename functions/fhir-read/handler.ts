import { decide, requirePermit } from '../access/decide.ts';
import { STORABLE_RESOURCE_TYPES } from '../routes.ts';
import { badRequest, notFound } from '../fhir/outcomes.ts';
import { requirePrincipal } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
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
 * What the caller may see is the access decision's (functions/access/decide.ts): today a provider
 * client reads what its provider sent, within its token's scopes. ETag and Last-Modified name the version.
 */
export const handler = httpHandler(
  async (event, context) => {
    const principal = requirePrincipal(context);
    const { id, vid } = event.pathParameters ?? {};
    // Only the Patient-level routes name no {type} (in API Gateway, $verify on a Patient arrives on $everything's route).
    const type = event.pathParameters?.['type'] ?? 'Patient';
    if (!STORABLE.has(type)) throw notFound(`${type} is not a FHIR R4 resource type`);
    if (!id || !FHIR_ID.test(id)) throw badRequest('Not a FHIR resource id', 'id');
    const requestId = context.exchange.requestId;

    if (event.rawPath.endsWith('/$everything')) {
      const permit = requirePermit(decide(principal, { kind: 'everything' }, { kind: 'patient', id }));
      const bundle = await vaultReader().everything({ permit, requestId }, id, context.exchange.fhirBase);
      return fhirResponse(200, bundle, { 'Cache-Control': 'no-store' });
    }
    if (event.rawPath.endsWith('/$verify')) {
      const permit = requirePermit(decide(principal, { kind: 'verify', resourceType: type }, { kind: 'resource', type, id }));
      const verification = await vaultVerification().verify({ permit, requestId }, type, id);
      return fhirResponse(200, verificationParameters(verification), { 'Cache-Control': 'no-store' });
    }
    const permit = requirePermit(decide(principal, { kind: vid === undefined ? 'read' : 'vread', resourceType: type }, { kind: 'resource', type, id }));
    if (vid !== undefined && !VERSION_ID.test(vid)) throw notFound(`${type}/${id} has no version ${vid}`);
    const result = await vaultReader().read({ permit, requestId }, type, id, vid === undefined ? undefined : Number(vid));
    return fhirResponse(200, result.resource, {
      ETag: `W/"${result.versionId}"`,
      'Last-Modified': new Date(result.lastUpdated).toUTCString(),
      'Content-Location': `${context.exchange.fhirBase}/${type}/${id}/_history/${result.versionId}`,
      'Cache-Control': 'no-store',
    });
  },
  { function: 'fhir-read', auth: { kind: 'token' } },
);
