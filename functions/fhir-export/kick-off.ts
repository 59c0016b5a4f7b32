import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { allowsType, decide, requirePermit } from '../access/decide.ts';
import { RunningJobError } from '../export/export-jobs.ts';
import type { ExportJob, ExportLevel } from '../export/export-jobs.ts';
import { parseKickOff } from '../export/export-request.ts';
import { exportServices } from '../export/export-services.ts';
import { badRequest, forbidden, issue, notFound, outcome, tooManyRequests } from '../fhir/outcomes.ts';
import { FHIR_ID } from '../fhir/references.ts';
import type { ExchangeContext } from '../http/exchange-context.ts';
import { requirePrincipal } from '../http/exchange-context.ts';
import { fhirResponse } from '../http/responses.ts';
import type { HttpResponse } from '../http/responses.ts';
import { STORABLE_RESOURCE_TYPES } from '../routes.ts';

/**
 * The Bulk Data kick-off (Bulk Data Access IG v2.0.0, "Bulk Data Kick-off Request") at every level:
 * the access decision (research clients only), the request checked, the job recorded (429 with
 * Retry-After while the client has one running) and handed to the export worker; 202 with the
 * status URL in Content-Location. The work is done off the request path.
 *
 * API Gateway routes `$`-operations by position (`GET|POST /fhir/{operation}`,
 * `GET /fhir/Patient/{operation}`, `POST /fhir/{type}/{operation}`, `GET /fhir/{type}/{id}/{operation}`),
 * so most kick-offs reach the functions that serve those positions already ($locate, $validate,
 * $everything, $verify; see functions/routes.ts): they call this, as fhir-export does for a Group's POST.
 */

const STORABLE = new Set(STORABLE_RESOURCE_TYPES);

function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  return event.headers?.[name] ?? event.headers?.[name.toLowerCase()];
}

function statusUrl(context: ExchangeContext, jobId: string): string {
  return `${context.exchange.fhirBase}/bulk-status/${jobId}`;
}

function levelOf(event: APIGatewayProxyEventV2): ExportLevel {
  if (event.routeKey.includes('/Group/')) return 'group';
  return event.routeKey.includes('/Patient/') ? 'patient' : 'system';
}

/** Handles a kick-off at any level (the route names the level; the body, if any, is a Parameters resource). */
export async function exportKickOff(event: APIGatewayProxyEventV2, context: ExchangeContext): Promise<HttpResponse> {
  const principal = requirePrincipal(context);
  const permit = requirePermit(decide(principal, { kind: 'export' }, { kind: 'cohort' }));
  if (principal.kind !== 'research') throw forbidden('Bulk export is for research clients');
  const accept = header(event, 'accept');
  if (accept !== undefined && !/(^|,)\s*(application\/fhir\+json|application\/json|\*\/\*)\s*(;|,|$)/i.test(accept)) throw badRequest('The kick-off answers with application/fhir+json (Accept)', 'Accept');
  const level = levelOf(event);
  const groupId = event.pathParameters?.['id'];
  const { jobs, groups, cohort, notify, config } = exportServices();
  if (level === 'group') {
    if (!groupId || !FHIR_ID.test(groupId)) throw badRequest('Not a FHIR resource id', 'id');
    if (!(await groups.get(principal.clientId, groupId))) throw notFound(`Group/${groupId} is not known`);
  }
  const query = event.rawQueryString ?? '';
  const request = parseKickOff({
    level,
    ...(groupId ? { groupId } : {}),
    url: `${context.exchange.fhirBase}${event.requestContext.http.path.replace(/^.*?\/fhir/, '')}${query ? `?${query}` : ''}`,
    method: event.requestContext.http.method === 'POST' ? 'POST' : 'GET',
    query,
    body: context.exchange.body ?? parsedText(context.exchange.text),
    ...(header(event, 'prefer') ? { prefer: header(event, 'prefer')! } : {}),
    storableTypes: STORABLE,
  });
  for (const type of request.types ?? []) if (!allowsType(permit, type)) throw forbidden(`The access token's scopes do not permit reading ${type} (needs system/${type}.r)`);
  const block = await cohort().currentBlock();
  let job: ExportJob;
  try {
    job = await jobs.create({ clientId: principal.clientId, scopes: principal.scopes.map((scope) => scope.text), purposeOfUse: principal.purposeOfUse }, request, new Date(), block);
  } catch (error) {
    if (error instanceof RunningJobError) {
      const busy = tooManyRequests('This client already has an export running: wait for it, or cancel it (DELETE on its status URL)');
      Object.assign(busy.headers, { 'Retry-After': String(config.EXPORT_RETRY_AFTER_SECONDS * 5) });
      throw busy;
    }
    throw error;
  }
  await notify(job.jobId);
  return fhirResponse(202, outcome(issue('informational', 'The export has started; poll the status URL in Content-Location', undefined, 'information')), { 'Content-Location': statusUrl(context, job.jobId) });
}

/** A body the function read as text (fhir-validate's), parsed: 400 if it is not JSON. */
function parsedText(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('The body is not valid JSON', 'Parameters');
  }
}
