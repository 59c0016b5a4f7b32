import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Bundle, BundleEntry, OperationOutcome, Resource } from 'fhir/r4.d.ts';
import { permits } from '../access/smart-scopes.ts';
import { OperationOutcomeError, badRequest, forbidden, issue, notFound, outcome } from '../fhir/outcomes.ts';
import { STORABLE_RESOURCE_TYPES } from '../routes.ts';
import { validateJsonText } from '../fhir/validation/validate.ts';
import { assertConfirmed } from '../ledger/provider-status.ts';
import { requirePrincipal } from '../http/exchange-context.ts';
import type { ExchangeContext } from '../http/exchange-context.ts';
import { exportKickOff } from '../fhir-export/kick-off.ts';
import { validateOperation } from '../fhir-validate/validate-operation.ts';
import { httpHandler } from '../http/http-handler.ts';
import { answerUnrouted } from '../http/unrouted.ts';
import type { LambdaHttpHandler } from '../http/http-handler.ts';
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
 * `If-Match` for a version), `PUT [base]/Type?criteria` (conditional update) and `POST [base]/Type`
 * (create; `If-None-Exist` makes it conditional: no match creates, one match is a 200 that stores
 * nothing, several a 412). They answer with Location, ETag and Last-Modified, and the resource as
 * stored (or what `Prefer: return=` asks for); a match of `If-None-Exist` with the stored resource.
 */
const ingestHandler = httpHandler(
  async (event, context) => {
    // POST|PUT /fhir/{type} of a segment that names no resource type (POST [base]/metadata) is no
    // route of this function: answered as the fallback answers it (405 where the path has other methods, else 404).
    const named = event.pathParameters?.['type'];
    if (named !== undefined && !STORABLE.has(named)) await answerUnrouted(event, context);
    const principal = requirePrincipal(context);
    if (principal.kind !== 'provider') throw forbidden('Only a client acting for a provider can post data');
    await assertConfirmed(principal.providerId, 'post data', { lastConfirmedGrace: true });
    const idempotencyKey = event.headers?.['idempotency-key'];
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) throw badRequest('Idempotency-Key must be 1-255 printable ASCII characters', 'Idempotency-Key');
    const single = singleEntry(event, context.exchange.text!);
    const ingest = await vaultIngest();
    const result = await ingest
      .ingest({
        clientId: principal.clientId,
        providerId: principal.providerId,
        endpoint: event.routeKey === 'POST /fhir/Bundle' ? 'Bundle' : 'system',
        text: single ? JSON.stringify(single.bundle) : context.exchange.text!,
        ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
        permits: (type, permission) => permits(principal.scopes, type, permission),
        fhirBase: context.exchange.fhirBase,
      })
      .catch((error: unknown) => {
        // A transaction of one entry fails whole: its outcome names the request's own parts.
        if (single && error instanceof OperationOutcomeError) throw new OperationOutcomeError(error.status, asTypeLevel(error.outcome, single.type), error.headers);
        throw error;
      });
    logger.info('ingest answered', { status: result.status, resources: result.resources, objects: result.objects, replayed: result.replayed, timings: result.timings });
    const serverTiming = Object.entries(result.timings).map(([phase, ms]) => `${phase};dur=${ms}`).join(', ');
    const headers = { ...result.headers, ...(serverTiming ? { 'Server-Timing': serverTiming } : {}) };
    if (single) return typeLevelAnswer(result, headers, event, context, single.type);
    return fhirResponse(result.status, result.body, headers);
  },
  { function: 'fhir-ingest', auth: { kind: 'role', roles: ['provider'] }, body: 'json-text' },
);

/**
 * `POST [base]/$validate` and `POST [base]/$export` (the kick-off): in API Gateway they arrive on
 * create's route (`POST /fhir/{type}`), where a route path cannot tell `$validate` from a type.
 * They run as fhir-validate and fhir-export run them, with their own authentication (any token;
 * research clients for the kick-off).
 */
const systemOperationHandler = httpHandler(
  async (event, context) => (event.routeKey === 'POST /fhir/$export' ? exportKickOff(event, context) : validateOperation(event, context)),
  { function: 'fhir-ingest', auth: { kind: 'token' }, body: 'json-text' },
);

/** `/fhir/$name` (or `%24name`), with or without one trailing slash: a system-level operation, not a type. */
const SYSTEM_OPERATION_PATH = /^\/fhir\/(\$|%24)[^/]*\/?$/i;

export const handler: LambdaHttpHandler = (event, context) =>
  (SYSTEM_OPERATION_PATH.test(event.requestContext.http.path) ? systemOperationHandler : ingestHandler)(event, context);

/**
 * For the type-level routes: the request as a transaction of one entry. The body must be one
 * resource of the type the URL names (and, for `PUT Type/id`, with that id).
 */
function singleEntry(event: APIGatewayProxyEventV2, text: string): { bundle: Bundle; type: string } | undefined {
  const method = event.requestContext.http.method;
  const path = event.requestContext.http.path.replace(/\/+$/, '');
  const [, , type, id] = path.split('/') as [string, string, string | undefined, string | undefined];
  if (event.routeKey === 'POST /fhir' || event.routeKey === 'POST /fhir/Bundle' || type === undefined) return undefined;
  if (!STORABLE.has(type)) throw notFound(`${type} is not a FHIR R4 resource type`);
  if (type === 'Bundle') throw badRequest('A Bundle is stored with POST [base]/Bundle (collection, document) or posted to [base] (transaction, batch)', 'Bundle');
  // Groups are the export's cohorts (PUT [base]/Group/{id}, functions/fhir-export), not vault records.
  if (type === 'Group' && method === 'POST') throw new OperationOutcomeError(405, outcome(issue('not-supported', 'A Group is defined with PUT [base]/Group/{id}')), { Allow: 'PUT' });
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
  return { bundle: { resourceType: 'Bundle', type: 'transaction', entry: [{ resource, request }] }, type };
}

/**
 * An outcome about the one entry, as the type-level request names things: `Bundle.entry[0].resource.x`
 * is the body's `Type.x`, `Bundle.entry[0].request.ifNoneExist` the If-None-Exist header, and so on.
 */
function asTypeLevel(answer: OperationOutcome, type: string): OperationOutcome {
  const rename = (expression: string) =>
    expression
      .replace(/^Bundle\.entry\[0\]\.resource(?=\.|$)/, type)
      .replace(/^Bundle\.entry\[0\]\.request\.ifNoneExist$/, 'If-None-Exist')
      .replace(/^Bundle\.entry\[0\]\.request\.ifMatch$/, 'If-Match')
      .replace(/^Bundle\.entry\[0\]\.request\.url$/, 'url')
      .replace(/^Bundle\.entry\[0\](?=\.|$)/, type);
  return { ...answer, issue: answer.issue.map((entry) => (entry.expression ? { ...entry, expression: entry.expression.map(rename) } : entry)) };
}

/** A transaction-response of one entry, as the type-level interaction answers it. */
async function typeLevelAnswer(result: IngestResult, headers: Record<string, string>, event: APIGatewayProxyEventV2, context: ExchangeContext, type: string): Promise<HttpResponse> {
  if (result.status >= 400) {
    const body = result.body as OperationOutcome;
    return fhirResponse(result.status, body.resourceType === 'OperationOutcome' ? asTypeLevel(body, type) : body, headers);
  }
  const response = (result.body as Bundle).entry?.[0]?.response;
  const status = Number.parseInt(response?.status ?? '', 10);
  if (!response || !Number.isInteger(status)) throw new Error('transaction-response without its entry');
  if (status >= 400) throw new OperationOutcomeError(status, asTypeLevel((response.outcome as OperationOutcome | undefined) ?? outcome(issue('processing', response.status)), type));
  const answerHeaders: Record<string, string> = {
    ...headers,
    Location: `${context.exchange.fhirBase}/${response.location}`,
    ...(response.etag ? { ETag: response.etag } : {}),
    ...(response.lastModified ? { 'Last-Modified': new Date(response.lastModified).toUTCString() } : {}),
  };
  // The resource as this request stored it.
  const stored = result.stored?.get(0);
  if (stored) return fhirResponse(status, stored, answerHeaders);
  // A replay or an If-None-Exist match stored nothing now. http.html#ccreate: a match is a 200,
  // answered (as every write is unless Prefer says otherwise) with the resource: the stored
  // version, read as the caller would read it. This function cannot open sealed objects, so the
  // read goes through the exchange's own read endpoint, with the caller's token (the access
  // decision and the audit entry are the read's). Where that read fails, an outcome says where it is.
  const already = outcome(issue('informational', `${result.replayed ? 'Stored before' : 'Already stored'}: ${response.location}`, undefined, 'information'));
  if (/return\s*=\s*"?(minimal|OperationOutcome)/i.test(event.headers?.['prefer'] ?? '')) return fhirResponse(status, already, answerHeaders);
  const resource = await readBack(`${context.exchange.fhirBase}/${response.location}`, event.headers?.['authorization']);
  return fhirResponse(status, resource ?? already, answerHeaders);
}

/** How long the read of an already stored resource may take before the answer goes without it. */
const READ_BACK_TIMEOUT_MS = 10_000;

async function readBack(url: string, authorization: string | undefined): Promise<Resource | undefined> {
  if (authorization === undefined) return undefined;
  try {
    const response = await fetch(url, { headers: { Authorization: authorization, Accept: 'application/fhir+json' }, signal: AbortSignal.timeout(READ_BACK_TIMEOUT_MS) });
    if (response.status !== 200) {
      logger.warn('stored resource not read back', { status: response.status });
      return undefined;
    }
    return (await response.json()) as Resource;
  } catch (error) {
    logger.warn('stored resource not read back', { error: error instanceof Error ? error.name : 'unknown' });
    return undefined;
  }
}
