import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { z } from 'zod';
import { decide, requirePermit } from '../access/decide.ts';
import { consentServices } from '../consent/consent-services.ts';
import { OperationOutcomeError, forbidden, notFound, serviceUnavailable } from '../fhir/outcomes.ts';
import type { ExchangeContext } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { jsonResponse } from '../http/responses.ts';
import { zodOutcome } from '../http/zod-outcome.ts';
import { pseudonymBytes32 } from '../ledger/record-locator.ts';
import { controlledPseudonym } from '../patient-auth/controlled-pseudonym.ts';
import { authenticatePatient } from '../patient-auth/session-auth.ts';
import { isTransientAwsError } from '../platform/retry.ts';
import { vaultErasure } from '../vault/erase/erasure-services.ts';

/**
 * A person's erasure at their own request (DESIGN.md "Erase": the person's scope, signed by the
 * patient's controller), for a signed-in patient:
 * - `POST /patient/erasure/$prepare` `{ pseudonym? }`: the EIP-712 typed data of an
 *   `ErasureRequest(pseudonym, nonce)` in the ConsentRegistry's domain, for `eth_signTypedData_v4`;
 * - `POST /patient/erasure` `{ message, signature }`: the exchange relays the signed request
 *   (ConsentRegistry.requestErasure checks the controller's signature and nonce and records
 *   ErasureRequested on chain: the journal a restore cannot roll back), then erases every
 *   holder's partition (functions/vault/erase: branch keys deleted, catalog items tombstoned, objects
 *   deleted, one audit entry per holder with the request's transaction as the reason) and answers
 *   `{ transaction, block, holders }`. Afterwards every holder's reads answer 410 and no provider
 *   stores the person again (409).
 * The session's wallet must control the pseudonym (basis patient-self); the signature must be its
 * own (the contract refuses another's). A retry after a partial failure prepares and signs again
 * and finishes what is left.
 */

const hex32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/);
const prepareSchema = z.object({ pseudonym: z.string().regex(/^(0x)?[0-9a-fA-F]{64}$/).optional() }).strict();
const relaySchema = z
  .object({
    primaryType: z.literal('ErasureRequest').optional(),
    message: z.object({ pseudonym: hex32, nonce: z.string().regex(/^[0-9]{1,20}$/) }).strict(),
    signature: z.string().max(8200),
  })
  .strict();

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw zodOutcome(parsed.error, '');
  return parsed.data;
}

/** A busy dependency after the request was relayed: a 503 the patient may retry (the erasure finishes what is left). */
function whenBusy(error: unknown): never {
  if (!(error instanceof OperationOutcomeError) && isTransientAwsError(error)) {
    throw serviceUnavailable('A storage or key service is busy; the erasure may be partly done. Sign a new request and send it again: it finishes what is left.');
  }
  throw error;
}

async function route(event: APIGatewayProxyEventV2, context: ExchangeContext) {
  const { principal } = await authenticatePatient(event, context.exchange.fhirBase);
  context.exchange.principal = principal;
  const { consents } = consentServices();
  switch (event.routeKey) {
    case 'POST /patient/erasure/$prepare': {
      const body = parse(prepareSchema, context.exchange.body);
      const pseudonym = await controlledPseudonym(consents, principal.address, body.pseudonym);
      return jsonResponse(200, await consents.erasureTypedData(pseudonym), { 'Cache-Control': 'no-store' });
    }
    case 'POST /patient/erasure': {
      const body = parse(relaySchema, context.exchange.body);
      const pseudonym = await controlledPseudonym(consents, principal.address, body.message.pseudonym);
      if (pseudonymBytes32(pseudonym) !== body.message.pseudonym.toLowerCase()) throw forbidden('The request names a patient this wallet does not control');
      const sent = await consents.relayErasureRequest(body.message, body.signature);
      const result = await (async () => {
        const person = pseudonym.replace(/^0x/, '').toLowerCase();
        const erasure = vaultErasure();
        const holders = await erasure.holdersOf(person);
        const reason = `At the patient's request, signed by their wallet (ErasureRequested in transaction ${sent.transactionHash})`;
        const controller = await consents.controllerOf(pseudonym);
        const permit = requirePermit(decide(principal, { kind: 'erase-person', reason }, { kind: 'person', pseudonym: person, holders }, controller ? { controller } : {}));
        // Journaled already: ErasureRequested (ConsentRegistry) is the journal's entry for it.
        return erasure.erasePerson({ permit, requestId: context.exchange.requestId }, person, { journaled: true });
      })().catch(whenBusy);
      return jsonResponse(200, { transaction: sent.transactionHash, block: sent.blockNumber, holders: result.holders.length, alreadyErased: result.alreadyErased });
    }
    default:
      throw notFound('No such endpoint on this server');
  }
}

export const handler = httpHandler(route, { function: 'patient-erasure', auth: { kind: 'public' }, body: 'optional-json' });
