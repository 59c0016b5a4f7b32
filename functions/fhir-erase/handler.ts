import type { Parameters } from 'fhir/r4.d.ts';
import { badRequest, forbidden } from '../fhir/outcomes.ts';
import { httpHandler } from '../http/http-handler.ts';
import { fhirResponse } from '../http/responses.ts';
import { vaultErasure } from '../vault/erase/erasure-services.ts';

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const PROVIDER_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * `POST [base]/Patient/{id}/$erase`: crypto-shredding erasure of a patient
 * (functions/vault/erase/vault-erasure.ts). A provider erases a patient it sent (`Patient/{id}` in its
 * own namespace); an admin names the provider whose `Patient/{id}` is meant with a Parameters
 * body `{ parameter: [{ name: 'provider', valueString: <provider id> }] }`. The answer is a
 * Parameters resource with the counts; erasing again answers the same way (idempotent).
 */
export const handler = httpHandler(
  async (event, context) => {
    const principal = context.exchange.principal!;
    const id = event.pathParameters?.['id'];
    if (!id || !FHIR_ID.test(id)) throw badRequest('Not a FHIR resource id', 'id');
    let providerId = principal.providerId;
    if (principal.role === 'admin') {
      const body = context.exchange.body as Parameters | undefined;
      const named = body?.resourceType === 'Parameters' ? body.parameter?.find((parameter) => parameter.name === 'provider')?.valueString : undefined;
      if (!named || !PROVIDER_ID.test(named)) throw badRequest("An admin names the patient's provider: Parameters.parameter 'provider' (valueString)", 'Parameters.parameter');
      providerId = named;
    } else if (!providerId) {
      throw forbidden('Only the provider that holds the patient, or an admin, can erase');
    }
    const result = await vaultErasure().erase(
      { clientId: principal.clientId, ...(principal.providerId ? { providerId: principal.providerId } : {}), requestId: context.exchange.requestId, basis: principal.role === 'admin' ? 'admin' : 'own-records' },
      providerId!,
      id,
    );
    const answer: Parameters = {
      resourceType: 'Parameters',
      parameter: [
        { name: 'erased', valueBoolean: true },
        { name: 'alreadyErased', valueBoolean: result.alreadyErased },
        { name: 'keyItems', valueInteger: result.keyItems },
        { name: 'objects', valueInteger: result.objects },
        { name: 'resources', valueInteger: result.resources },
      ],
    };
    return fhirResponse(200, answer);
  },
  { function: 'fhir-erase', auth: { kind: 'role', roles: ['provider', 'admin'] }, body: 'optional-json' },
);
