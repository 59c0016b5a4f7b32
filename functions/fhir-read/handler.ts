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
import { compartmentSearch, vaultReader } from '../vault/read/read-services.ts';
import { compartmentAnchor } from '../fhir/search/compartment-anchor.ts';
import { parseSearch } from '../fhir/search/search-request.ts';
import { MAX_COUNT } from '../fhir/search/search-request.ts';
import { pageOf, pagingLinks } from '../fhir/search/search-results.ts';
import type { Permit } from '../access/decide.ts';
import { requireScope } from '../http/middleware/smart-auth.ts';
import { providerRegistry } from '../ledger/provider-registry.ts';
import type { Organization } from 'fhir/r4.d.ts';
import { PATIENT_COMPARTMENT } from '../../schemas/patient-compartment.generated.ts';
import { exportKickOff } from '../fhir-export/kick-off.ts';
import { vaultVerification } from '../vault/read/verification-services.ts';
import { verificationParameters } from '../vault/read/vault-verification.ts';

const STORABLE = new Set(STORABLE_RESOURCE_TYPES);
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const VERSION_ID = /^[1-9]\d{0,9}$/;
/** datatypes.html#instant */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `GET [base]/{type}/{id}`, `GET [base]/{type}/{id}/_history/{vid}`, `GET [base]/{type}/{id}/_history`
 * and `GET [base]/Patient/{id}/$everything`: reads from the vault (functions/vault/read/vault-reader.ts);
 * `GET [base]/{type}?patient=…`, `GET [base]/Patient/{id}/{type}` and `GET [base]/Patient?identifier=`:
 * search inside one patient's compartment (functions/vault/read/compartment-search.ts);
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
  const everything = await vaultReader().everythingForPerson({ permit: decision, requestId }, pseudonym, context.exchange.fhirBase, filter);
  // _count pages the answer as a holder's $everything does (links repeat the request with an _offset).
  const { count, offset } = paging(query);
  const canonical = [...query].filter(([name]) => name !== '_offset');
  const bundle =
    count === undefined
      ? everything
      : { ...everything, link: pagingLinks(`${context.exchange.fhirBase}/Patient/$everything`, { count, offset: offset ?? 0, canonical }, everything.total ?? 0), entry: pageOf({ count, offset: offset ?? 0 }, everything.entry ?? []) };
  // Records read by break-glass carry the security label that says so (v3 ActReason BTG).
  if (decision.basis === 'emergency') bundle.meta = { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'BTG', display: 'break the glass' }] };
  return fhirResponse(200, bundle, { 'Cache-Control': 'no-store' });
}

/** `_count` and `_offset` of a paged operation (400 naming a bad one), or undefined when absent. */
function paging(query: URLSearchParams): { count?: number; offset?: number } {
  const read = (name: string, max: number) => {
    const values = query.getAll(name);
    if (values.length === 0) return undefined;
    if (values.length !== 1 || !/^\d{1,7}$/.test(values[0]!)) throw badRequest(`${name} must be one non-negative integer`, name);
    return Math.min(Number(values[0]), max);
  };
  const count = read('_count', MAX_COUNT);
  const offset = read('_offset', Number.MAX_SAFE_INTEGER);
  return { ...(count === undefined ? {} : { count }), ...(offset === undefined ? {} : { offset }) };
}

/** The parameters of Patient $everything served here (R4 patient-operation-everything: start and end are not). */
const EVERYTHING_PARAMETERS = new Set(['_type', '_since', '_count', '_offset', '_format', '_pretty']);

/**
 * A read decision for every type a search may return (the searched type first, refused as the
 * decision says; the others kept only where the scopes allow), as one permit.
 */
function searchPermit(principal: Principal, patientId: string, types: readonly string[]): Permit {
  const [first, ...others] = types;
  const permit = requirePermit(decide(principal, { kind: 'read', resourceType: first! }, { kind: 'patient', id: patientId }));
  const allowed = new Set(permit.resourceTypes === 'all' ? [first!] : permit.resourceTypes);
  for (const type of others) {
    const decision = decide(principal, { kind: 'read', resourceType: type }, { kind: 'patient', id: patientId });
    if (decision.allowed && decision.namespace === permit.namespace) for (const allowedType of decision.resourceTypes === 'all' ? [type] : decision.resourceTypes) allowed.add(allowedType);
  }
  return { ...permit, resourceTypes: allowed };
}

/** `GET [base]/{type}?…`, `GET [base]/Patient/{id}/{type}?…`: a search in one patient's compartment. */
async function search(event: APIGatewayProxyEventV2, context: ExchangeContext, principal: Principal, type: string, pathPatientId: string | undefined) {
  if (pathPatientId !== undefined && !FHIR_ID.test(pathPatientId)) throw badRequest('Not a FHIR resource id', 'id');
  // _revinclude: of the compartment's searchable types (the CapabilityStatement's searchRevInclude lists the same).
  const request = parseSearch(type, new URLSearchParams(event.rawQueryString ?? ''));
  const anchor = compartmentAnchor(request, pathPatientId);
  const types = [type, ...request.revinclude.map((include) => include.sourceType), ...request.include.flatMap((include) => (include.targetType ? [include.targetType] : (include.definition.targets ?? [])))];
  const permit = searchPermit(principal, anchor.kind === 'patient' ? anchor.id : '', [...new Set(types)]);
  const base = context.exchange.fhirBase;
  const linkBase = pathPatientId === undefined ? `${base}/${type}` : `${base}/Patient/${pathPatientId}/${type}`;
  const bundle = await compartmentSearch().search({ permit, requestId: context.exchange.requestId }, anchor, request, base, linkBase);
  return fhirResponse(200, bundle, { 'Cache-Control': 'no-store' });
}

/**
 * `GET [base]/Organization/{id}` for an id the vault does not hold: the provider of that id on the
 * ProviderRegistry (the Organization that `$locate` names), from what the chain says of it: its
 * name, its FHIR endpoint, and whether it is confirmed. Anyone with a read scope on Organization
 * may read it: the registry is public on chain.
 */
async function providerOrganization(principal: Principal, id: string): Promise<Organization | undefined> {
  requireScope(principal, 'Organization', 'r');
  const registry = providerRegistry();
  const provider = /^[0-9a-f]{64}$/.test(id) ? ((await registry.find(`0x${id}`)) ?? (await registry.find(id))) : await registry.find(id);
  if (!provider) return undefined;
  return {
    resourceType: 'Organization',
    id,
    active: provider.status === 'Confirmed',
    name: provider.name,
    telecom: [{ system: 'url', value: provider.fhirEndpoint }],
  };
}

export const handler = httpHandler(
  async (event, context) => {
    // GET [base]/Patient/$export and [base]/Group/{id}/$export share this function's API Gateway routes
    // (GET /fhir/Patient/{operation}, /fhir/{type}/{id}/{operation}).
    if (event.routeKey === 'GET /fhir/Patient/$export' || event.routeKey === 'GET /fhir/Group/{id}/$export') return exportKickOff(event, context);
    const principal = requirePrincipal(context);
    if (event.routeKey === 'GET /fhir/Patient/$everything') return personEverything(event, context, principal);
    const { id, vid } = event.pathParameters ?? {};
    // Searches: the route names the type (GET /fhir/Observation, GET /fhir/Patient/{id}/Observation).
    const routed = /^GET \/fhir\/(?:Patient\/\{id\}\/)?([A-Z][A-Za-z]+)$/.exec(event.routeKey ?? '');
    if (routed && PATIENT_COMPARTMENT[routed[1]!]) return search(event, context, principal, routed[1]!, event.routeKey.includes('{id}') ? id : undefined);
    // Only the Patient-level routes name no {type} (in API Gateway, $verify on a Patient arrives on $everything's route).
    const type = event.pathParameters?.['type'] ?? 'Patient';
    if (!STORABLE.has(type)) throw notFound(`${type} is not a FHIR R4 resource type`);
    if (!id || !FHIR_ID.test(id)) throw badRequest('Not a FHIR resource id', 'id');
    const requestId = context.exchange.requestId;

    if (event.rawPath.endsWith('/$everything')) {
      const query = new URLSearchParams(event.rawQueryString ?? '');
      for (const name of query.keys()) if (!EVERYTHING_PARAMETERS.has(name)) throw badRequest(`$everything: the parameter ${name} is not served (_type, _since, _count are)`, name);
      const permit = requirePermit(decide(principal, { kind: 'everything' }, { kind: 'patient', id }));
      const canonical = [...query].filter(([name]) => name === '_type' || name === '_since' || name === '_count');
      const types = typeFilter(query);
      const since = sinceFilter(query);
      const bundle = await vaultReader().everything({ permit, requestId }, id, context.exchange.fhirBase, {
        ...(types ? { types } : {}),
        ...(since ? { since } : {}),
        ...paging(query),
        canonical,
      });
      return fhirResponse(200, bundle, { 'Cache-Control': 'no-store' });
    }
    if (event.rawPath.endsWith('/_history')) {
      const permit = requirePermit(decide(principal, { kind: 'vread', resourceType: type }, { kind: 'resource', type, id }));
      const bundle = await vaultReader().history({ permit, requestId }, type, id, context.exchange.fhirBase);
      return fhirResponse(200, bundle, { 'Cache-Control': 'no-store' });
    }
    if (event.rawPath.endsWith('/$verify')) {
      const permit = requirePermit(decide(principal, { kind: 'verify', resourceType: type }, { kind: 'resource', type, id }));
      const verification = await vaultVerification().verify({ permit, requestId }, type, id);
      return fhirResponse(200, verificationParameters(verification), { 'Cache-Control': 'no-store' });
    }
    const permit = requirePermit(decide(principal, { kind: vid === undefined ? 'read' : 'vread', resourceType: type }, { kind: 'resource', type, id }));
    if (vid !== undefined && !VERSION_ID.test(vid)) throw notFound(`${type}/${id} has no version ${vid}`);
    let result;
    try {
      result = await vaultReader().read({ permit, requestId }, type, id, vid === undefined ? undefined : Number(vid));
    } catch (error) {
      // The Organization a $locate answer names is the provider on the registry, when the vault holds none of that id.
      const organization = type === 'Organization' && vid === undefined && (error as { status?: number }).status === 404 ? await providerOrganization(principal, id) : undefined;
      if (!organization) throw error;
      return fhirResponse(200, organization, { 'Cache-Control': 'no-store' });
    }
    return fhirResponse(200, result.resource, {
      ETag: `W/"${result.versionId}"`,
      'Last-Modified': new Date(result.lastUpdated).toUTCString(),
      'Content-Location': `${context.exchange.fhirBase}/${type}/${id}/_history/${result.versionId}`,
      'Cache-Control': 'no-store',
    });
  },
  { function: 'fhir-read', auth: { kind: 'token' } },
);
