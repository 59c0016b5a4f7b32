import { permits } from '../access/smart-scopes.ts';
import { badRequest, forbidden } from '../fhir/outcomes.ts';
import { assertConfirmed } from '../ledger/provider-status.ts';
import { requirePrincipal } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { fhirResponse } from '../http/responses.ts';
import { logger } from '../platform/logger.ts';
import { vaultIngest } from '../vault/ingest/ingest-services.ts';

/** An Idempotency-Key: printable ASCII, at most 255 characters (draft-ietf-httpapi-idempotency-key-header). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * `POST [base]` (transaction, batch) and `POST [base]/Bundle` (collection, document): ingest into
 * the patient vault (functions/vault/ingest/vault-ingest.ts). Provider clients only; each entry needs the
 * create or update scope on its type. `Idempotency-Key` makes a retry answer the original
 * response; without it, the same body from the same client is recognised the same way. The
 * provider must be Confirmed on the on-chain ProviderRegistry.
 */
export const handler = httpHandler(
  async (event, context) => {
    const principal = requirePrincipal(context);
    if (principal.kind !== 'provider') throw forbidden('Only a client acting for a provider can post data');
    await assertConfirmed(principal.providerId, 'post data', { lastConfirmedGrace: true });
    const idempotencyKey = event.headers?.['idempotency-key'];
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) throw badRequest('Idempotency-Key must be 1-255 printable ASCII characters', 'Idempotency-Key');
    const ingest = await vaultIngest();
    const result = await ingest.ingest({
      clientId: principal.clientId,
      providerId: principal.providerId,
      endpoint: event.routeKey === 'POST /fhir/Bundle' ? 'Bundle' : 'system',
      text: context.exchange.text!,
      ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
      permits: (type, permission) => permits(principal.scopes, type, permission),
      fhirBase: context.exchange.fhirBase,
    });
    logger.info('ingest answered', { status: result.status, resources: result.resources, objects: result.objects, replayed: result.replayed, timings: result.timings });
    const serverTiming = Object.entries(result.timings).map(([phase, ms]) => `${phase};dur=${ms}`).join(', ');
    return fhirResponse(result.status, result.body, { ...result.headers, ...(serverTiming ? { 'Server-Timing': serverTiming } : {}) });
  },
  { function: 'fhir-ingest', auth: { kind: 'role', roles: ['provider'] }, body: 'json-text' },
);
