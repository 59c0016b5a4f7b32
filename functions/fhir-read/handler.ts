import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { decide, requirePermit } from '../access/decide.ts';
import type { Principal } from '../access/principal.ts';
import type { ExchangeContext } from '../http/exchange-context.ts';
import { consentRegistry } from '../ledger/consent-registry.ts';
import { assertConfirmed } from '../ledger/provider-status.ts';
import { leaveEmergencyAccessPending } from '../vault/read/emergency-access.ts';
import { holdersOf } from '../vault/storage/catalog.ts';
import { vaultStorage } from '../vault/storage/storage-services.ts';
import { identifierParameter, personIdentifiers } from '../vault/storage/person-identifier.ts';
import { STORABLE_RESOURCE_TYPES } from '../routes.ts';
import { badRequest, notFound } from '../fhir/outcomes.ts';
import { requirePrincipal } from '../http/exchange-context.ts';
import { httpHandler } from '../http/http-handler.ts';
import { fhirResponse } from '../http/responses.ts';
import { exportKickOff } from '../fhir-export/kick-off.ts';
import { vaultReader } from '../vault/read/read-services.ts';
import { vaultVerification } from '../vault/read/verification-services.ts';
import { verificationParameters } from '../vault/read/vault-verification.ts';

const STORABLE = new Set(STORABLE_RESOURCE_TYPES);
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const VERSION_ID = /^[1-9]\d{0,9}$/;
/** datatypes.html#instant */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `GET [base]/{type}/{id}`, `GET [base]/{type}/{id}/_history/{vid}` and
 * `GET [base]/Patient/{id}/$everything`: reads from the vault (functions/vault/read/vault-reader.ts);
 * `GET [base]/{type}/{id}/$verify`: the resource against its anchored commitment (vault-verification.ts).
 * What the caller may see is the access decision's (functions/access/decide.ts): today a provider
 * client reads what its provider sent, within its token's scopes. ETag and Last-Modified name the version.
 */
/** `_type` as a set of storable types (400 naming an unknown one), or undefined. */
function typeFilter(query: URLSearchParams): Set<string> | undefined {
  const values = query.getAll('_type');
  if (values.length === 0) return undefined;
  const types = new Set(values.flatMap((value) => value.split(',')).map((type) => type.trim()).filter((type) => type !== ''));
  for (const type of types) if (!STORABLE.has(type)) throw badRequest(`_type names ${type}, which is not a resource type the exchange stores`, '_type');
  return types;
}

/** `_since` as an instant (400 unless a FHIR instant with a time zone), or undefined. */
function sinceFilter(query: URLSearchParams): Date | undefined {
  const values = query.getAll('_since');
  if (values.length === 0) return undefined;
  const since = values.length === 1 && INSTANT.test(values[0]!) ? new Date(values[0]!) : undefined;
  if (!since || Number.isNaN(since.getTime())) throw badRequest('_since must be one FHIR instant, e.g. 2026-01-31T00:00:00Z', '_since');
  return since;
}

/**
 * `GET [base]/Patient/$everything?identifier=system|value[&_type=…][&_since=…]`: a provider treating
 * a person reads their records at every holder. The decision needs consent on chain for this
 * provider and treatment (ConsentRegistry.isPermitted, cached at most 30 s), or a break-glass token;
 * a refusal is audited and answered 403. Emergency access is left pending for the chain (the
 * vault worker records it) before anything is returned. Only confirmed providers read across holders.
 */
async function personEverything(event: APIGatewayProxyEventV2, context: ExchangeContext, principal: Principal) {
  const query = new URLSearchParams(event.rawQueryString ?? '');
  const filter = { types: typeFilter(query), since: sinceFilter(query) };
  const pseudonym = await personIdentifiers().pseudonymOf(identifierParameter(event.rawQueryString, 'Patient/$everything'));
  const requestId = context.exchange.requestId;
  const treatmentConsent = principal.kind === 'provider' && principal.purposeOfUse === 'TREAT' ? await consentRegistry().isPermitted(pseudonym, principal.providerId, 'treatment') : undefined;
  const { catalog, audit } = vaultStorage();
  const holders = await holdersOf(catalog, pseudonym);
  const decision = decide(principal, { kind: 'everything' }, { kind: 'person', pseudonym, holders }, { treatmentConsent });
  if (!decision.allowed) {
    await audit.record([
      {
        pseudonym,
        action: 'everything',
        ...(principal.kind === 'patient' ? {} : { clientId: principal.clientId }),
        ...(principal.kind === 'provider' ? { providerId: principal.providerId, purpose: principal.purposeOfUse } : { purpose: 'TREAT' as const }),
        basis: principal.kind === 'provider' && principal.purposeOfUse !== 'TREAT' ? 'emergency' : 'consent',
        decision: 'deny',
        resources: [],
        requestId,
      },
    ]);
    throw decision.outcome;
  }
  if (decision.providerId) await assertConfirmed(decision.providerId, "read other providers' records");
  if (decision.basis === 'emergency') await leaveEmergencyAccessPending(catalog, { pseudonym, providerId: decision.providerId!, reason: decision.reason!, requestId });
  const bundle = await vaultReader().everythingForPerson({ permit: decision, requestId }, pseudonym, context.exchange.fhirBase, filter);
  // Records read by break-glass carry the security label that says so (v3 ActReason BTG).
  if (decision.basis === 'emergency') bundle.meta = { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'BTG', display: 'break the glass' }] };
  return fhirResponse(200, bundle, { 'Cache-Control': 'no-store' });
}

export const handler = httpHandler(
  async (event, context) => {
    // GET [base]/Patient/$export and [base]/Group/{id}/$export share this function's API Gateway routes
    // (GET /fhir/Patient/{operation}, /fhir/{type}/{id}/{operation}).
    if (event.routeKey === 'GET /fhir/Patient/$export' || event.routeKey === 'GET /fhir/Group/{id}/$export') return exportKickOff(event, context);
    const principal = requirePrincipal(context);
    if (event.routeKey === 'GET /fhir/Patient/$everything') return personEverything(event, context, principal);
    const { id, vid } = event.pathParameters ?? {};
    // Only the Patient-level routes name no {type} (in API Gateway, $verify on a Patient arrives on $everything's route).
    const type = event.pathParameters?.['type'] ?? 'Patient';
    if (!STORABLE.has(type)) throw notFound(`${type} is not a FHIR R4 resource type`);
    if (!id || !FHIR_ID.test(id)) throw badRequest('Not a FHIR resource id', 'id');
    const requestId = context.exchange.requestId;

    if (event.rawPath.endsWith('/$everything')) {
      const permit = requirePermit(decide(principal, { kind: 'everything' }, { kind: 'patient', id }));
      const bundle = await vaultReader().everything({ permit, requestId }, id, context.exchange.fhirBase);
      return fhirResponse(200, bundle, { 'Cache-Control': 'no-store' });
    }
    if (event.rawPath.endsWith('/$verify')) {
      const permit = requirePermit(decide(principal, { kind: 'verify', resourceType: type }, { kind: 'resource', type, id }));
      const verification = await vaultVerification().verify({ permit, requestId }, type, id);
      return fhirResponse(200, verificationParameters(verification), { 'Cache-Control': 'no-store' });
    }
    const permit = requirePermit(decide(principal, { kind: vid === undefined ? 'read' : 'vread', resourceType: type }, { kind: 'resource', type, id }));
    if (vid !== undefined && !VERSION_ID.test(vid)) throw notFound(`${type}/${id} has no version ${vid}`);
    const result = await vaultReader().read({ permit, requestId }, type, id, vid === undefined ? undefined : Number(vid));
    return fhirResponse(200, result.resource, {
      ETag: `W/"${result.versionId}"`,
      'Last-Modified': new Date(result.lastUpdated).toUTCString(),
      'Content-Location': `${context.exchange.fhirBase}/${type}/${id}/_history/${result.versionId}`,
      'Cache-Control': 'no-store',
    });
  },
  { function: 'fhir-read', auth: { kind: 'token' } },
);
