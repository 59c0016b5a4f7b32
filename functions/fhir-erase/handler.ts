import type { Parameters } from 'fhir/r4.d.ts';
import { decide, requirePermit } from '../access/decide.ts';
import { badRequest } from '../fhir/outcomes.ts';
import { requirePrincipal } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { fhirResponse } from '../http/responses.ts';
import { enrollmentCodeFor } from '../consent/enrollment-code.ts';
import { recoveryCodeFor } from '../consent/recovery-code.ts';
import { vaultErasure } from '../vault/erase/erasure-services.ts';

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/**
 * `POST [base]/Patient/{id}/$erase`: a holder's erasure (functions/vault/erase/vault-erasure.ts).
 * A provider erases its own partition of a patient it sent (`Patient/{id}` in its own namespace),
 * with `system/Patient.d` in its token; other providers' records of the same person are not
 * touched. Erasing a person at every holder is the admin's (`POST /admin/erasures`, under a
 * legal order). The answer is a Parameters resource with the counts; erasing again answers the
 * same way (idempotent).
 *
 * `POST [base]/Patient/{id}/$enrollment-code` (functions/consent/enrollment-code.ts) is served here
 * too, and so is `$recovery-code` (functions/consent/recovery-code.ts): API Gateway routes them all as
 * `POST /fhir/Patient/{id}/{operation}`, so they share a function.
 */
export const handler = httpHandler(
  async (event, context) => {
    const principal = requirePrincipal(context);
    const id = event.pathParameters?.['id'];
    if (!id || !FHIR_ID.test(id)) throw badRequest('Not a FHIR resource id', 'id');
    if (event.routeKey === 'POST /fhir/Patient/{id}/$enrollment-code') {
      return fhirResponse(200, await enrollmentCodeFor(principal, id, context.exchange.requestId), { 'Cache-Control': 'no-store' });
    }
    if (event.routeKey === 'POST /fhir/Patient/{id}/$recovery-code') {
      return fhirResponse(200, await recoveryCodeFor(principal, id, context.exchange.requestId), { 'Cache-Control': 'no-store' });
    }
    const permit = requirePermit(decide(principal, { kind: 'erase' }, { kind: 'patient', id }));
    const result = await vaultErasure().eraseHolderPartition({ permit, requestId: context.exchange.requestId }, id);
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
  { function: 'fhir-erase', auth: { kind: 'token' }, body: 'optional-json' },
);
