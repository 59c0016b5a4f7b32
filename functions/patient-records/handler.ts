import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { AuditEvent, Bundle, Reference } from 'fhir/r4.d.ts';
import { auditedDecision, decide, requirePermit } from '../access/decide.ts';
import type { Action } from '../access/decide.ts';
import { auditEvent } from '../audit/audit-events.ts';
import { badRequest, notFound } from '../fhir/outcomes.ts';
import type { ExchangeContext } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { fhirResponse, jsonResponse } from '../http/responses.ts';
import type { HttpResponse } from '../http/responses.ts';
import { consentRegistry } from '../ledger/consent-registry.ts';
import { confirmedHolders } from '../ledger/holding-providers.ts';
import { authenticatePatient } from '../patient-auth/session-auth.ts';
import type { AuthenticatedPatient } from '../patient-auth/session-auth.ts';
import { vaultReader } from '../vault/read/read-services.ts';
import { holdersOf } from '../vault/storage/catalog.ts';
import { vaultStorage } from '../vault/storage/storage-services.ts';

/**
 * A patient's own records, for the wallet signed in with Sign-In with Ethereum (a bearer session
 * or the cookie, patient-auth/session-auth.ts), decided on the basis `patient-self` (the wallet
 * controls the person's pseudonym on chain: functions/access/decide.ts):
 * - `GET /patient/holders`: which confirmed providers hold records for the patient (the record
 *   locator on chain), with their names and FHIR endpoints; an empty list for a wallet that
 *   controls no patient;
 * - `GET /patient/records`: `$everything` at every holder (the vault's cross-holder read: one
 *   audit entry per holder, each entry's `meta.source` its holder, ids scoped to the holder) as a
 *   searchset Bundle, or NDJSON with `Accept: application/fhir+ndjson` or `_outputFormat=ndjson`;
 * - `GET /patient/access-log[?_count=&_offset=]`: every entry of the access log of the patient,
 *   newest first, as BALP-shaped AuditEvents: reads by anyone (the patient's own too), refusals,
 *   emergency accesses with their reason (purposeOfEvent BTG), erasures.
 * A wallet that controls no patient gets 403 for records and the access log. Nothing the patient
 * asks is logged beyond the route, the status and counts.
 */

const DEFAULT_COUNT = 50;
const MAX_COUNT = 200;
const NDJSON = 'application/fhir+ndjson';
const NDJSON_FORMATS = new Set(['ndjson', 'application/ndjson', 'application/fhir+ndjson']);

/** The patient the signed-in wallet controls (undefined when none), and the facts its decision needs. */
async function patientOf(address: string, chosen: string | null): Promise<{ pseudonym: string; controller: string } | undefined> {
  const consents = consentRegistry();
  const pseudonyms = await consents.pseudonymsControlledBy(address);
  const pseudonym = chosen === null ? (pseudonyms.length > 1 ? undefined : pseudonyms[0]) : pseudonyms.find((candidate) => candidate.replace(/^0x/, '') === chosen.toLowerCase().replace(/^0x/, ''));
  if (chosen === null && pseudonyms.length > 1) throw badRequest('This wallet controls several patients: name one with pseudonym', 'pseudonym');
  if (!pseudonym) return undefined;
  const controller = await consents.controllerOf(pseudonym);
  // The vault keys a person by the pseudonym's 64 hex digits (the chain by bytes32: 0x and the same digits).
  return controller === undefined ? undefined : { pseudonym: pseudonym.replace(/^0x/, '').toLowerCase(), controller };
}

/** The decision for the signed-in patient on their person (a refusal, thrown, when the wallet controls none). */
async function decidedPerson(signedIn: AuthenticatedPatient, action: Action, query: URLSearchParams) {
  const patient = await patientOf(signedIn.principal.address, query.get('pseudonym'));
  const pseudonym = patient?.pseudonym ?? '';
  const holders = patient ? await holdersOf(vaultStorage().catalog, pseudonym) : [];
  const permit = requirePermit(decide(signedIn.principal, action, { kind: 'person', pseudonym, holders }, patient ? { controller: patient.controller } : {}));
  return { permit, pseudonym };
}

/** The patient as their own view of the log names them: by their wallet (FHIR has no id of theirs at the exchange). */
const walletReference = (address: string): Reference => ({ identifier: { system: 'urn:fhir-exchange:wallet', value: address }, display: 'you' });

function countParameter(query: URLSearchParams, name: string, fallback: number, max: number): number {
  const value = query.get(name);
  if (value === null) return fallback;
  if (!/^\d{1,6}$/.test(value)) throw badRequest(`${name} must be a non-negative integer`, name);
  return Math.min(Number(value), max);
}

async function holders(signedIn: AuthenticatedPatient, query: URLSearchParams): Promise<HttpResponse> {
  const patient = await patientOf(signedIn.principal.address, query.get('pseudonym'));
  const found = patient ? await confirmedHolders(patient.pseudonym) : [];
  return jsonResponse(200, { holders: found.map(({ providerId, provider }) => ({ providerId, name: provider.name, fhirEndpoint: provider.fhirEndpoint })) }, { 'Cache-Control': 'no-store' });
}

async function records(event: APIGatewayProxyEventV2, context: ExchangeContext, signedIn: AuthenticatedPatient, query: URLSearchParams): Promise<HttpResponse> {
  const format = query.get('_outputFormat');
  if (format !== null && !NDJSON_FORMATS.has(format) && format !== 'json' && format !== 'application/fhir+json') throw badRequest('_outputFormat must be ndjson or json', '_outputFormat');
  const ndjson = (format !== null && NDJSON_FORMATS.has(format)) || (format === null && (event.headers?.['accept'] ?? '').split(',').some((type) => type.trim().split(';')[0] === NDJSON));
  const { permit, pseudonym } = await decidedPerson(signedIn, { kind: 'everything' }, query);
  const bundle = await vaultReader().everythingForPerson({ permit, requestId: context.exchange.requestId }, pseudonym, context.exchange.fhirBase);
  if (!ndjson) return fhirResponse(200, bundle, { 'Cache-Control': 'no-store' });
  const lines = (bundle.entry ?? []).map((entry) => `${JSON.stringify(entry.resource)}\n`).join('');
  return { statusCode: 200, headers: { 'Content-Type': NDJSON, 'Content-Disposition': 'attachment; filename="records.ndjson"', 'Cache-Control': 'no-store' }, body: lines };
}

async function accessLog(context: ExchangeContext, signedIn: AuthenticatedPatient, query: URLSearchParams): Promise<HttpResponse> {
  const count = countParameter(query, '_count', DEFAULT_COUNT, MAX_COUNT);
  const offset = countParameter(query, '_offset', 0, Number.MAX_SAFE_INTEGER);
  const { permit, pseudonym } = await decidedPerson(signedIn, { kind: 'search', resourceType: 'AuditEvent' }, query);
  const { audit } = vaultStorage();
  const entries = (await audit.entriesFor(pseudonym)).reverse();
  await audit.record([{ pseudonym, action: 'search', ...auditedDecision(permit), resources: [], requestId: context.exchange.requestId }]);
  const you = walletReference(signedIn.principal.address);
  const page: AuditEvent[] = entries.slice(offset, offset + count).map((entry) => auditEvent(entry, you));
  const base = `${new URL(context.exchange.fhirBase).origin}/patient/access-log?_count=${count}`;
  const link: Bundle['link'] = [{ relation: 'self', url: `${base}&_offset=${offset}` }];
  if (offset + count < entries.length) link.push({ relation: 'next', url: `${base}&_offset=${offset + count}` });
  if (offset > 0) link.push({ relation: 'previous', url: `${base}&_offset=${Math.max(0, offset - count)}` });
  const bundle: Bundle = {
    resourceType: 'Bundle',
    type: 'searchset',
    total: entries.length,
    link,
    entry: page.map((resource) => ({ fullUrl: `${context.exchange.fhirBase}/AuditEvent/${resource.id}`, resource, search: { mode: 'match' } })),
  };
  return fhirResponse(200, bundle, { 'Cache-Control': 'no-store' });
}

export const handler = httpHandler(
  async (event, context) => {
    const signedIn = await authenticatePatient(event, context.exchange.fhirBase);
    context.exchange.principal = signedIn.principal;
    const query = new URLSearchParams(event.rawQueryString ?? '');
    switch (event.routeKey) {
      case 'GET /patient/holders':
        return holders(signedIn, query);
      case 'GET /patient/records':
        return records(event, context, signedIn, query);
      case 'GET /patient/access-log':
        return accessLog(context, signedIn, query);
      default:
        throw notFound('No such endpoint on this server');
    }
  },
  { function: 'patient-records', auth: { kind: 'public' } },
);
