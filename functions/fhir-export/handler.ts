import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { decide, requirePermit } from '../access/decide.ts';
import type { Principal } from '../access/principal.ts';
import { ACTIVE } from '../export/export-jobs.ts';
import type { ExportJob } from '../export/export-jobs.ts';
import { exportServices } from '../export/export-services.ts';
import { groupMembers, groupResource } from '../export/export-groups.ts';
import { badRequest, forbidden, notFound, outcome, issue } from '../fhir/outcomes.ts';
import { FHIR_ID } from '../fhir/references.ts';
import type { ExchangeContext } from '../http/exchange-context.ts';
import { requirePrincipal } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { fhirResponse, jsonResponse } from '../http/responses.ts';
import { exportKickOff } from './kick-off.ts';

/**
 * Bulk Data export (Bulk Data Access IG v2.0.0) for research clients, de-identified, of the
 * patients whose research consent to them is on chain:
 * - kick-off (kick-off.ts): `POST [base]/Group/{id}/$export` here; `GET|POST [base]/$export`,
 *   `GET|POST [base]/Patient/$export` and `GET [base]/Group/{id}/$export` through the functions API
 *   Gateway sends those positions to (fhir-locate, fhir-validate, fhir-read) → 202 with
 *   Content-Location (the job's status URL); 429 with Retry-After while the client has a job running.
 * - status: `GET [base]/bulk-status/{jobId}` → 202 with X-Progress (`30% (3/10 patients done)`) and Retry-After while running;
 *   200 with the manifest (presigned links to the NDJSON files, `requiresAccessToken: false`) and
 *   Expires once done; 500 with an OperationOutcome if it failed. `DELETE` cancels (202), then 404.
 *   Only the client that started a job sees it: anyone else gets 404.
 * - groups: `PUT [base]/Group/{id}`: the cohorts (of de-identified Patient ids) a research
 *   client exports with the Group level.
 * The access decision (`research-consent`) lets research clients, and nobody else, export.
 */

const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function owned(event: APIGatewayProxyEventV2, principal: Principal): Promise<ExportJob> {
  const jobId = event.pathParameters?.['jobId'] ?? '';
  const clientId = principal.kind === 'patient' ? '' : principal.clientId;
  const job = JOB_ID.test(jobId) ? await exportServices().jobs.getOwned(jobId, clientId) : undefined;
  // Cancelled, or past its retention (its files are gone with the bucket's lifecycle): as if it never was.
  if (!job || job.status === 'cancelled' || job.expiresAt * 1000 < Date.now()) throw notFound('No such export job');
  return job;
}

async function status(event: APIGatewayProxyEventV2, principal: Principal) {
  const job = await owned(event, principal);
  const { files, config } = exportServices();
  if (ACTIVE.has(job.status)) {
    const total = job.totalPatients;
    // A percentage first: bulk-data-client reads X-Progress with parseInt as a percentage.
    const done = job.patients.considered;
    const progress = job.status === 'accepted' || total === undefined ? 'accepted, waiting for the worker' : `${total === 0 ? 100 : Math.floor((done * 100) / total)}% (${done}/${total} patients done)`;
    return fhirResponse(202, outcome(issue('informational', `In progress: ${progress}`, undefined, 'information')), { 'X-Progress': progress.slice(0, 99), 'Retry-After': String(config.EXPORT_RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' });
  }
  if (job.status === 'failed') {
    return fhirResponse(500, outcome(issue('exception', `The export failed: ${job.failure ?? 'unknown reason'}`)), { 'Cache-Control': 'no-store' });
  }
  const expires = new Date(Date.now() + config.EXPORT_LINK_SECONDS * 1000);
  const manifest = {
    transactionTime: job.transactionTime,
    request: job.request,
    requiresAccessToken: false,
    output: await Promise.all((job.output ?? []).map(async (file) => ({ type: file.type, url: await files.link(file.key, config.EXPORT_LINK_SECONDS), count: file.count }))),
    error: job.errorFile ? [{ type: 'OperationOutcome', url: await files.link(job.errorFile.key, config.EXPORT_LINK_SECONDS), count: job.errorFile.count }] : [],
    extension: {
      // Counts only: who consented, or not, is never named.
      'https://fhir-exchange.dev/bulk-export/patients': { ...job.patients },
    },
  };
  return jsonResponse(200, manifest, { Expires: expires.toUTCString(), 'Cache-Control': 'no-store' });
}

async function cancel(event: APIGatewayProxyEventV2, principal: Principal) {
  const job = await owned(event, principal);
  const { jobs, files } = exportServices();
  const cancelled = await jobs.cancel(job.jobId, job.clientId);
  if (!cancelled) throw notFound('No such export job');
  // A finished job's files are deleted now; a running job's run stops at its next checkpoint and deletes what it wrote.
  await files.deleteFiles([...(job.output ?? []).map((file) => file.key), ...(job.errorFile ? [job.errorFile.key] : [])]);
  return fhirResponse(202, outcome(issue('informational', 'The export was cancelled and its files deleted', undefined, 'information')));
}

async function group(event: APIGatewayProxyEventV2, context: ExchangeContext, principal: Principal) {
  if (principal.kind !== 'research') throw forbidden('Groups are defined by research clients, for their exports');
  requirePermit(decide(principal, { kind: 'export' }, { kind: 'cohort' }));
  const id = event.pathParameters?.['id'] ?? '';
  if (!FHIR_ID.test(id)) throw badRequest('Not a FHIR resource id', 'id');
  const { group: stored, created } = await exportServices().groups.put(principal.clientId, id, groupMembers(context.exchange.body, id));
  return fhirResponse(created ? 201 : 200, groupResource(stored), { Location: `${context.exchange.fhirBase}/Group/${id}` });
}

export const handler = httpHandler(
  async (event, context) => {
    const principal = requirePrincipal(context);
    if (event.routeKey.startsWith('GET /fhir/bulk-status/')) return status(event, principal);
    if (event.routeKey.startsWith('DELETE /fhir/bulk-status/')) return cancel(event, principal);
    if (event.routeKey.endsWith('/$export')) return exportKickOff(event, context);
    return group(event, context, principal);
  },
  { function: 'fhir-export', auth: { kind: 'token' }, body: 'optional-json' },
);
