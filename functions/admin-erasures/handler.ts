import { z } from 'zod';
import { decide, requirePermit } from '../access/decide.ts';
import { OperationOutcomeError, badRequest, notFound, serviceUnavailable } from '../fhir/outcomes.ts';
import { requirePrincipal } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { jsonResponse } from '../http/responses.ts';
import { zodOutcome } from '../http/zod-outcome.ts';
import { isTransientAwsError } from '../platform/retry.ts';
import { vaultErasure } from '../vault/erase/erasure-services.ts';
import { personIdentifiers, splitIdentifier } from '../vault/storage/person-identifier.ts';

/**
 * `POST /admin/erasures`: a person's erasure under a legal order (DESIGN.md "Erase"), by the
 * exchange's admin. The body names the person by a linking identifier and gives the order's
 * reference:
 *
 *   { "identifier": "http://hl7.org/fhir/sid/us-ssn|999-12-3456", "reason": "District Court order 2026-CV-0117" }
 *
 * The identifier becomes the person's pseudonym (functions/vault/storage/patient-pseudonym.ts: KMS
 * GenerateMac of the normalised `system|value`, as at ingest) and is used for nothing else: it is not logged, stored or echoed. The access decision (basis admin,
 * purpose HLEGAL) opens every holder's partition the catalog knows for the pseudonym, and the vault
 * erases them all (functions/vault/erase/vault-erasure.ts): an audit entry per holder partition
 * with the reason, the person tombstone (no provider stores new data for them again: 409), every
 * holder's branch key, the tombstoned catalog items (reads answer 410), the objects.
 *
 * 200 with counts only: `{ erased, alreadyErased, holders, objects, resources, keyItems }`. A retry
 * answers 200 with `alreadyErased: true`, finishes whatever an interrupted run left and records no
 * second set of audit entries. 400 names `identifier` or `reason`; 404 when the exchange holds
 * nothing for the person; 403 for anything but an admin client.
 */

/** No control characters: the reason is shown as it is in the access log and its AuditEvents. */
const CONTROL = /\p{Cc}/u;

export const personErasureSchema = z
  .object({
    identifier: z.string().max(4096),
    reason: z
      .string()
      .trim()
      .min(1, "A person's erasure needs a reason: the legal order's reference")
      .max(500)
      .refine((reason) => !CONTROL.test(reason), 'must not contain control characters'),
  })
  .strict();

/** Whether the reason repeats the identifier's value (compared on letters and digits: `999-12-3456` is in `order 999123456`). */
function repeatsIdentifier(reason: string, value: string): boolean {
  const plain = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const needle = plain(value);
  return needle.length >= 4 && plain(reason).includes(needle);
}

/** A busy dependency is a 503 the admin may retry: the erasure is idempotent and finishes what an earlier run left. */
function whenBusy(error: unknown): never {
  if (!(error instanceof OperationOutcomeError) && isTransientAwsError(error)) {
    throw serviceUnavailable('A storage or key service is busy; the erasure may be partly done. Retry the same request: it finishes what is left.');
  }
  throw error;
}

export const handler = httpHandler(
  async (event, context) => {
    if (event.routeKey !== 'POST /admin/erasures') throw notFound('No such endpoint on this server');
    const principal = requirePrincipal(context);
    const parsed = personErasureSchema.safeParse(context.exchange.body);
    if (!parsed.success) throw zodOutcome(parsed.error, '');
    const { reason } = parsed.data;
    const identifier = splitIdentifier(parsed.data.identifier);
    if (repeatsIdentifier(reason, identifier.value)) throw badRequest("The reason is the legal order's reference; it must not repeat the person's identifier", 'reason');

    const erasure = vaultErasure();
    const result = await (async () => {
      const pseudonym = await personIdentifiers().pseudonymOf(identifier);
      const holders = await erasure.holdersOf(pseudonym);
      const permit = requirePermit(decide(principal, { kind: 'erase-person', reason }, { kind: 'person', pseudonym, holders }));
      return erasure.erasePerson({ permit, requestId: context.exchange.requestId }, pseudonym);
    })().catch(whenBusy);

    return jsonResponse(200, {
      erased: true,
      alreadyErased: result.alreadyErased,
      holders: result.holders.length,
      objects: result.objects,
      resources: result.resources,
      keyItems: result.keyItems,
    });
  },
  { function: 'admin-erasures', auth: { kind: 'role', roles: ['admin'] }, body: 'json' },
);
