import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Bundle, BundleEntry, OperationOutcome, Resource } from 'fhir/r4.d.ts';
import { permits } from '../access/smart-scopes.ts';
import { OperationOutcomeError, badRequest, forbidden, issue, notFound, outcome } from '../fhir/outcomes.ts';
import { STORABLE_RESOURCE_TYPES } from '../routes.ts';
import { validateJsonText } from '../fhir/validation/validate.ts';
import { assertConfirmed } from '../ledger/provider-status.ts';
import { requirePrincipal } from '../http/exchange-context.ts';
import type { ExchangeContext } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { fhirResponse } from '../http/responses.ts';
import type { HttpResponse } from '../http/responses.ts';
import { logger } from '../platform/logger.ts';
import { vaultIngest } from '../vault/ingest/ingest-services.ts';
import type { IngestResult } from '../vault/ingest/vault-ingest.ts';

/** An Idempotency-Key: printable ASCII, at most 255 characters (draft-ietf-httpapi-idempotency-key-header). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const STORABLE = new Set(STORABLE_RESOURCE_TYPES);

/**
 * `POST [base]` (transaction, batch) and `POST [base]/Bundle` (collection, document): ingest into
 * the patient vault (functions/vault/ingest/vault-ingest.ts). Provider clients only; each entry needs the
 * create or update scope on its type. `Idempotency-Key` makes a retry answer the original
 * response (`X-Idempotent-Replay: true`); without it, the same body from the same client is
 * answered the same way only while what it stored is still current. The provider must be
 * Confirmed on the on-chain ProviderRegistry (or, while the chain cannot be read, last seen so
 * within the configured grace).
 *
 * The type-level interactions are the same ingest, as a transaction of one entry
 * (http.html#update, #cond-update, #create): `PUT [base]/Type/id` (update, or create with that id;
 * `If-Match` for a version), `PUT [base]/Type?criteria` (conditional update) and, where the route
 * table routes it here, `POST [base]/Type` (create; `If-None-Exist` makes it conditional). They answer with Location, ETag and
 * Last-Modified, and the resource as stored (or what `Prefer: return=` asks for); an existing
 * match of `If-None-Exist` is a 200 with its Location and an informational outcome.
 */
export const handler = httpHandler(
  async (event, context) => {
    const principal = requirePrincipal(context);
    if (principal.kind !== 'provider') throw forbidden('Only a client acting for a provider can post data');
    await assertConfirmed(principal.providerId, 'post data', { lastConfirmedGrace: true });
    const idempotencyKey = event.headers?.['idempotency-key'];
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) throw badRequest('Idempotency-Key must be 1-255 printable ASCII characters', 'Idempotency-Key');
    const single = singleEntry(event, context.exchange.text!);
    const ingest = await vaultIngest();
    const result = await ingest.ingest({
      clientId: principal.clientId,
      providerId: principal.providerId,
      endpoint: event.routeKey === 'POST /fhir/Bundle' ? 'Bundle' : 'system',
      text: single ? JSON.stringify(single.bundle) : context.exchange.text!,
      ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
      permits: (type, permission) => permits(principal.scopes, type, permission),
      fhirBase: context.exchange.fhirBase,
    });
    logger.info('ingest answered', { status: result.status, resources: result.resources, objects: result.objects, replayed: result.replayed, timings: result.timings });
    const serverTiming = Object.entries(result.timings).map(([phase, ms]) => `${phase};dur=${ms}`).join(', ');
    const headers = { ...result.headers, ...(serverTiming ? { 'Server-Timing': serverTiming } : {}) };
    if (single) return typeLevelAnswer(result, headers, context);
    return fhirResponse(result.status, result.body, headers);
  },
  { function: 'fhir-ingest', auth: { kind: 'role', roles: ['provider'] }, body: 'json-text' },
);

/**
 * For the type-level routes: the request as a transaction of one entry. The body must be one
 * resource of the type the URL names (and, for `PUT Type/id`, with that id).
 */
function singleEntry(event: APIGatewayProxyEventV2, text: string): { bundle: Bundle } | undefined {
  const method = event.requestContext.http.method;
  const path = event.requestContext.http.path.replace(/\/+$/, '');
  const [, , type, id] = path.split('/') as [string, string, string | undefined, string | undefined];
  if (event.routeKey === 'POST /fhir' || event.routeKey === 'POST /fhir/Bundle' || type === undefined) return undefined;
  if (!STORABLE.has(type)) throw notFound(`${type} is not a FHIR R4 resource type`);
  if (type === 'Bundle') throw badRequest('A Bundle is stored with POST [base]/Bundle (collection, document) or posted to [base] (transaction, batch)', 'Bundle');
  const validation = validateJsonText(text);
  if (!validation.valid) throw new OperationOutcomeError(400, validation.outcome);
  const resource = validation.resource as Resource;
  if (resource.resourceType !== type) throw badRequest(`The body is a ${resource.resourceType}; this URL takes a ${type}`, `${resource.resourceType}.resourceType`);
  const request: NonNullable<BundleEntry['request']> = { method: method === 'PUT' ? 'PUT' : 'POST', url: type };
  if (method === 'POST') {
    const ifNoneExist = event.headers?.['if-none-exist'];
    if (ifNoneExist !== undefined) request.ifNoneExist = ifNoneExist.replace(/^[A-Za-z]+\?/, '');
  } else if (id !== undefined) {
    if (!FHIR_ID.test(id)) throw badRequest('Not a FHIR resource id', 'id');
    // http.html#update: the body's id must be the id of the URL.
    if (resource.id !== id) throw badRequest(resource.id === undefined ? 'The resource has no id; an update names it in the body as in the URL' : 'The id in the body is not the id in the URL', `${type}.id`);
    request.url = `${type}/${id}`;
    const ifMatch = event.headers?.['if-match'];
    if (ifMatch !== undefined) request.ifMatch = ifMatch;
  } else {
    const criteria = event.rawQueryString ?? '';
    if (criteria === '') throw badRequest('A conditional update names its criteria in the query (PUT [base]/Type?identifier=system|value)');
    request.url = `${type}?${criteria}`;
  }
  return { bundle: { resourceType: 'Bundle', type: 'transaction', entry: [{ resource, request }] } };
}

/** A transaction-response of one entry, as the type-level interaction answers it. */
function typeLevelAnswer(result: IngestResult, headers: Record<string, string>, context: ExchangeContext): HttpResponse {
  if (result.status >= 400) return fhirResponse(result.status, result.body, headers);
  const response = (result.body as Bundle).entry?.[0]?.response;
  const status = Number.parseInt(response?.status ?? '', 10);
  if (!response || !Number.isInteger(status)) throw new Error('transaction-response without its entry');
  if (status >= 400) throw new OperationOutcomeError(status, (response.outcome as OperationOutcome | undefined) ?? outcome(issue('processing', response.status)));
  const answerHeaders: Record<string, string> = {
    ...headers,
    Location: `${context.exchange.fhirBase}/${response.location}`,
    ...(response.etag ? { ETag: response.etag } : {}),
    ...(response.lastModified ? { 'Last-Modified': new Date(response.lastModified).toUTCString() } : {}),
  };
  // The resource as this request stored it; a replay or a match stored nothing now: an outcome says where it is.
  const stored = result.stored?.get(0);
  if (stored) return fhirResponse(status, stored, answerHeaders);
  return fhirResponse(status, outcome(issue('informational', `${result.replayed ? 'Stored before' : 'Already stored'}: ${response.location}`, undefined, 'information')), answerHeaders);
}
