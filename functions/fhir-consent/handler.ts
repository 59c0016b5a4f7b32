import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { AuditEvent, Bundle, Consent } from 'fhir/r4.d.ts';
import { auditedDecision, decide, requirePermit } from '../access/decide.ts';
import { auditEvent } from '../audit/audit-events.ts';
import { consentResources } from '../consent/consent-resources.ts';
import { exchangeIds } from '../consent/consent-services.ts';
import { badRequest, notFound } from '../fhir/outcomes.ts';
import { FHIR_ID } from '../fhir/references.ts';
import { requirePrincipal } from '../http/exchange-context.ts';
import type { ExchangeContext } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { fhirResponse } from '../http/responses.ts';
import { consentRegistry } from '../ledger/consent-registry.ts';
import { permittedCurrent } from '../vault/read/vault-reader.ts';
import { vaultStorage } from '../vault/storage/storage-services.ts';

/**
 * What the exchange keeps about a patient beside their records, for the provider that holds them
 * (the enrollment code, a POST on the patient, is served with $erase by fhir-erase):
 * - `GET [base]/Consent?patient=Patient/{id}`: the patient's consents, from the chain, as R4
 *   Consent resources (active, or inactive after a revocation or expiry). Scope `Consent.r`.
 * - `GET [base]/AuditEvent?patient=Patient/{id}[&_count=n]`: the access log of the provider's
 *   records of that patient (reads, operations, erasures, consent decisions including refusals
 *   and break-glass), newest first, as BALP-shaped R4 AuditEvents, paged with `next` links.
 *   Scope `AuditEvent.r`.
 * The patient is named by the provider's own id; the access decision (own-records) opens only
 * that provider's partition.
 */

const DEFAULT_COUNT = 50;
const MAX_COUNT = 200;

/** `patient=Patient/{id}` (or a bare id) of a search: the provider's patient id. */
function patientParameter(event: APIGatewayProxyEventV2, type: string): string {
  const values = new URLSearchParams(event.rawQueryString ?? '').getAll('patient');
  if (values.length !== 1) throw badRequest(`${type} is searched by patient only: give exactly one patient=Patient/{id}`, 'patient');
  const id = values[0]!.startsWith('Patient/') ? values[0]!.slice('Patient/'.length) : values[0]!;
  if (!FHIR_ID.test(id)) throw badRequest('patient must be Patient/{id}', 'patient');
  return id;
}

/** A positive integer query parameter, bounded; 400 naming it otherwise. */
function countParameter(query: URLSearchParams, name: string, fallback: number, max: number): number {
  const value = query.get(name);
  if (value === null) return fallback;
  if (!/^\d{1,6}$/.test(value)) throw badRequest(`${name} must be a non-negative integer`, name);
  return Math.min(Number(value), max);
}

function searchset<T extends Consent | AuditEvent>(resources: T[], fhirBase: string, links: Bundle['link'] = [], total = resources.length): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total,
    ...(links.length > 0 ? { link: links } : {}),
    entry: resources.map((resource) => ({ fullUrl: `${fhirBase}/${resource.resourceType}/${resource.id}`, resource, search: { mode: 'match' } })),
  };
}

async function consents(event: APIGatewayProxyEventV2, context: ExchangeContext) {
  const id = patientParameter(event, 'Consent');
  const permit = requirePermit(decide(requirePrincipal(context), { kind: 'search', resourceType: 'Consent' }, { kind: 'patient', id }));
  const { catalog, audit } = vaultStorage();
  const { holder, current } = await permittedCurrent(catalog, permit, 'Patient', id);
  await audit.record([{ pseudonym: current.pseudonym, action: 'search', ...auditedDecision(permit), holder, resources: [`Patient/${id}`], requestId: context.exchange.requestId }]);
  const [states, granteeId] = await Promise.all([consentRegistry().consentsOf(current.pseudonym), exchangeIds()]);
  const resources = consentResources(states, { patient: { reference: `Patient/${id}` }, granteeId });
  return fhirResponse(200, searchset(resources, context.exchange.fhirBase), { 'Cache-Control': 'no-store' });
}

async function auditEvents(event: APIGatewayProxyEventV2, context: ExchangeContext) {
  const id = patientParameter(event, 'AuditEvent');
  const query = new URLSearchParams(event.rawQueryString ?? '');
  const count = countParameter(query, '_count', DEFAULT_COUNT, MAX_COUNT);
  const offset = countParameter(query, '_offset', 0, Number.MAX_SAFE_INTEGER);
  const permit = requirePermit(decide(requirePrincipal(context), { kind: 'search', resourceType: 'AuditEvent' }, { kind: 'patient', id }));
  const { catalog, audit } = vaultStorage();
  const { holder, current } = await permittedCurrent(catalog, permit, 'Patient', id);
  // The log of this provider's records of the patient: everything that touched its partition
  // (consented and break-glass reads by others included), and every refused attempt on the
  // person's records. Other holders' own reads of their own partitions are theirs (and the patient's).
  const entries = (await audit.entriesFor(current.pseudonym)).filter((entry) => entry.holder === holder || entry.decision === 'deny').reverse();
  await audit.record([{ pseudonym: current.pseudonym, action: 'search', ...auditedDecision(permit), holder, resources: [`Patient/${id}`], requestId: context.exchange.requestId }]);
  const page = entries.slice(offset, offset + count).map((entry) => auditEvent(entry, `Patient/${id}`));
  const base = `${context.exchange.fhirBase}/AuditEvent?patient=Patient/${id}&_count=${count}`;
  const links: Bundle['link'] = [{ relation: 'self', url: `${base}&_offset=${offset}` }];
  if (offset + count < entries.length) links.push({ relation: 'next', url: `${base}&_offset=${offset + count}` });
  if (offset > 0) links.push({ relation: 'previous', url: `${base}&_offset=${Math.max(0, offset - count)}` });
  return fhirResponse(200, searchset(page, context.exchange.fhirBase, links, entries.length), { 'Cache-Control': 'no-store' });
}

export const handler = httpHandler(
  async (event, context) => {
    switch (event.routeKey) {
      case 'GET /fhir/Consent':
        return consents(event, context);
      case 'GET /fhir/AuditEvent':
        return auditEvents(event, context);
      default:
        throw notFound('No such endpoint on this server');
    }
  },
  { function: 'fhir-consent', auth: { kind: 'token' } },
);
